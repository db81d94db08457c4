"""Running the real server in a subprocess on a free loopback port, and talking to
it as a client would: registration, packages, raw tus requests, status polling.

The database is SQLite in the test's folder, or a fresh PostgreSQL database
when DAPODIK_TEST_POSTGRES_URL points at a server (see .ci/postgres.sh).
"""

import base64
import hashlib
import itertools
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
import uuid
from datetime import date
from pathlib import Path

import httpx
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from dapodik.package_format import BuiltPackage, Manifest, build_package

ROOT = Path(__file__).resolve().parents[2]
PG_ENV = "DAPODIK_TEST_POSTGRES_URL"
FINAL = {"processed", "processed_with_exceptions", "corrupt", "refused"}


_npsn = itertools.count(30000001)


def next_npsn() -> str:
    """A fresh NPSN for a school of this test session."""
    return str(next(_npsn))


def backends() -> list[str]:
    return ["sqlite", "postgres"] if os.environ.get(PG_ENV) else ["sqlite"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class DatabaseSlot:
    """A new, empty database of the backend, dropped again by ``drop``."""

    def __init__(self, backend: str, folder: Path) -> None:
        self.backend = backend
        if backend == "sqlite":
            self.url = f"sqlite:///{folder / 'server.sqlite'}"
            return
        admin_url = make_url(os.environ[PG_ENV])
        self.name = f"t_{uuid.uuid4().hex[:12]}"
        self._admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
        with self._admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{self.name}"'))
        self.url = admin_url.set(database=self.name).render_as_string(hide_password=False)

    def drop(self) -> None:
        if self.backend == "sqlite":
            return
        with self._admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)'))
        self._admin.dispose()


class ServerProcess:
    """``python -m server`` on a free port; start, kill -9, restart on the same data.

    ``program`` replaces ``-m server`` (a script standing for a later release)."""

    def __init__(
        self, db_url: str, data_dir: Path, *extra_args: str, program: tuple = ("-m", "server")
    ) -> None:
        self.db_url, self.data_dir, self.extra_args = db_url, data_dir, extra_args
        self.program = program
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.proc: subprocess.Popen | None = None
        data_dir.mkdir(parents=True, exist_ok=True)
        self.log = data_dir / "server.log"

    def _base_args(self) -> list[str]:
        return [sys.executable, *self.program, "--db", self.db_url, "--data", str(self.data_dir)]

    def start(self, env: dict | None = None) -> "ServerProcess":
        args = self._base_args() + ["--port", str(self.port), *self.extra_args]
        with open(self.log, "ab") as log:
            self.proc = subprocess.Popen(
                args, cwd=ROOT, env={**os.environ, **(env or {})}, stdout=log, stderr=log
            )
        self._wait_ready()
        return self

    def _wait_ready(self, timeout: float = 30.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"server exited: {self.log.read_text()[-2000:]}")
            try:
                if httpx.get(f"{self.base}/api/v1/ping", timeout=1).status_code == 200:
                    return
            except httpx.TransportError:
                time.sleep(0.1)
        raise RuntimeError("server did not start")

    def kill(self) -> None:
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(10)

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                self.kill()

    def admin(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        done = subprocess.run(
            self._base_args() + list(args), cwd=ROOT, capture_output=True, text=True, timeout=120
        )
        if check and done.returncode != 0:
            raise AssertionError(f"admin {args} failed: {done.stderr}")
        return done

    def add_school(self, npsn: str, nama: str = "Sekolah Uji", demo: str | None = None) -> str:
        extra = ["--from-demo", demo] if demo else []
        out = self.admin("school", "add", "--npsn", npsn, "--nama", nama, *extra).stdout
        return re.search(r"Kode Registrasi: (\S+)", out).group(1)

    def url(self, path: str) -> str:
        return self.base + path


class SchoolClient:
    """One registered device of one school."""

    def __init__(self, server: ServerProcess, npsn: str, kode: str, work: Path) -> None:
        self.server, self.npsn, self.kode, self.work = server, npsn, kode, work
        reply = httpx.post(
            server.url("/api/v1/register"),
            json={"npsn": npsn, "kode_registrasi": kode, "device_name": "laptop uji"},
        )
        reply.raise_for_status()
        self.token = reply.json()["token"]
        self.sekolah_id = reply.json()["sekolah_id"]
        self.headers = {"Authorization": f"Bearer {self.token}"}
        self.http = httpx.Client(base_url=server.base, headers=self.headers, timeout=60)
        self.http.post("/api/v1/register/complete").raise_for_status()

    def package(
        self, rows: dict, package_id: str | None = None, compresslevel: int = 6, **manifest
    ) -> BuiltPackage:
        fields = dict(
            package_id=package_id or str(uuid.uuid4()),
            npsn=self.npsn,
            sekolah_id=self.sekolah_id,
            base_cursor=0,
        )
        fields.update(manifest)
        path = self.work / f"{fields['package_id']}.pkg"
        return build_package(path, Manifest(**fields), rows, compresslevel=compresslevel)

    def create(self, length: int, package_id: str, sha256: str, **headers) -> httpx.Response:
        meta = f"package_id {b64(package_id)},sha256 {b64(sha256)}"
        return self.http.post(
            "/api/v1/uploads/",
            headers={
                "Tus-Resumable": "1.0.0",
                "Upload-Length": str(length),
                "Upload-Metadata": meta,
                **headers,
            },
        )

    def patch(self, location: str, offset: int, data, **headers) -> httpx.Response:
        return self.http.patch(
            location,
            content=data,
            headers={
                "Tus-Resumable": "1.0.0",
                "Upload-Offset": str(offset),
                "Content-Type": "application/offset+octet-stream",
                **headers,
            },
        )

    def head(self, location: str) -> httpx.Response:
        return self.http.head(location, headers={"Tus-Resumable": "1.0.0"})

    def send_bytes(self, data: bytes, package_id: str, sha256: str | None = None) -> str:
        """Upload ``data`` in one PATCH; returns the upload's Location."""
        sha256 = sha256 or hashlib.sha256(data).hexdigest()
        created = self.create(len(data), package_id, sha256)
        assert created.status_code == 201, created.text
        location = created.headers["Location"]
        patched = self.patch(location, 0, data)
        assert patched.status_code == 204, patched.text
        return location

    def send(self, package: BuiltPackage) -> str:
        return self.send_bytes(package.path.read_bytes(), package.manifest.package_id)

    def status(self, package_id: str, rows: str = "exceptions") -> dict:
        reply = self.http.get(f"/api/v1/packages/{package_id}", params={"rows": rows})
        reply.raise_for_status()
        return reply.json()

    def wait(self, package_id: str, timeout: float = 60.0, rows: str = "exceptions") -> dict:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            report = self.status(package_id, rows)
            if report["status"] in FINAL:
                return report
            time.sleep(0.1)
        raise AssertionError(f"package {package_id} still {report['status']}")

    def changes(self, since: int = 0, limit: int = 5000) -> dict:
        reply = self.http.get("/api/v1/changes", params={"since": since, "limit": limit})
        reply.raise_for_status()
        return reply.json()


def b64(value: str) -> str:
    return base64.b64encode(value.encode()).decode()


def new_id() -> str:
    return str(uuid.uuid4())


def student(nama: str, **values) -> dict:
    """A peserta_didik row with only what the shared table requires."""
    return {
        "peserta_didik_id": new_id(),
        "nama": nama,
        "jenis_kelamin": "L",
        "tanggal_lahir": date(2015, 3, 14),
        "kewarganegaraan": "ID",
        "soft_delete": False,
        "penerima_kps": False,
        "penerima_kip": False,
        "layak_pip": False,
        **values,
    }


def registrasi(peserta_didik_id: str, sekolah_id: str, **values) -> dict:
    return {
        "registrasi_id": new_id(),
        "peserta_didik_id": peserta_didik_id,
        "sekolah_id": sekolah_id,
        "jenis_pendaftaran_id": 1,
        "tanggal_masuk_sekolah": date(2024, 7, 15),
        "soft_delete": False,
        **values,
    }


def creations_while_checking(
    owner: SchoolClient, package_id: str, other: SchoolClient, timeout: float = 600.0
) -> list[tuple[float, int]]:
    """Upload creations by another school, one after another, for as long as the
    owner's package is being checked: (seconds each took, HTTP status)."""
    samples, done = [], threading.Event()

    def watch() -> None:
        owner.wait(package_id, timeout)
        done.set()

    watcher = threading.Thread(target=watch, daemon=True)
    while owner.status(package_id)["status"] != "checking":
        time.sleep(0.05)
    watcher.start()
    while not done.is_set():
        started = time.monotonic()
        created = other.create(1000, new_id(), "0" * 64)
        samples.append((time.monotonic() - started, created.status_code))
        time.sleep(0.05)
    watcher.join()
    return samples
