import socket
import threading
import time

import pytest
import uvicorn


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class ThreadedServer:
    """An ASGI app served by uvicorn on a free loopback port, in a thread."""

    def __init__(self, app):
        self.port = free_port()
        config = uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self):
        self.thread.start()
        deadline = time.monotonic() + 10
        while not self.server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("server did not start")
            time.sleep(0.01)
        return self

    def __exit__(self, *exc):
        self.server.should_exit = True
        self.thread.join(timeout=10)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"


@pytest.fixture
def tuspyserver_peer(tmp_path):
    """tuspyserver 4.4.3, a tus server none of us wrote, offering no checksum extension."""
    from fastapi import FastAPI
    from tuspyserver import create_tus_router

    files = tmp_path / "tus-files"
    files.mkdir()
    app = FastAPI()
    app.include_router(create_tus_router(prefix="files", files_dir=str(files)))
    with ThreadedServer(app) as server:
        server.files = files
        yield server


@pytest.fixture(scope="module")
def sync_server(tmp_path_factory):
    """The real reference server in a subprocess, shared by a module's tests."""
    from tests.server.server_support import ServerProcess

    folder = tmp_path_factory.mktemp("sync-server")
    process = ServerProcess(f"sqlite:///{folder / 'server.sqlite'}", folder / "data").start()
    yield process
    process.stop()


@pytest.fixture
def installation(sync_server, tmp_path):
    """A fresh school on the server (the valid small demo) and this laptop registered to it."""
    from tests.sync.sync_support import register

    inst = register(sync_server, tmp_path / "client")
    yield inst
    inst.db.close()
