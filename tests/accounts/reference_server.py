"""The real reference server in a subprocess on a free loopback port."""

import socket
import subprocess
import sys
import time
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parents[2]
NPSN = "20219001"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self, data: Path) -> None:
        self.data = data
        self.base = f"http://127.0.0.1:{free_port()}"

    def run(self, *args: str) -> str:
        done = subprocess.run(
            [sys.executable, "-m", "server", "--data", str(self.data), *args],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=120,
            check=True,
        )
        return done.stdout

    def start(self) -> None:
        port = self.base.rsplit(":", 1)[1]
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "server", "--data", str(self.data), "--port", port],
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                requests.get(f"{self.base}/api/v1/ping", timeout=1)
                return
            except requests.ConnectionError:
                time.sleep(0.1)
        raise RuntimeError("server did not start")
