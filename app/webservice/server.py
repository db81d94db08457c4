"""Running the Web Service: uvicorn on a socket we bind ourselves.

Binding before uvicorn starts turns "port in use" or "address not here" into an
``OSError`` the caller sees at once, instead of a log line from a thread.
By default only this computer (127.0.0.1) can connect; listening on a LAN
address is the operator's explicit choice.
"""

import ipaddress
import socket
import threading
import time
from dataclasses import dataclass

from sqlalchemy.engine import Engine

from . import DEFAULT_HOST, DEFAULT_PORT

ALL_INTERFACES = "0.0.0.0"
START_TIMEOUT_S, STOP_TIMEOUT_S = 10.0, 10.0


def is_loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"


def lan_addresses() -> list[str]:
    """IPv4 addresses of this computer other than loopback, the one with the
    default route first; plus 0.0.0.0 (every interface)."""
    found: list[str] = []
    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        # A UDP "connect" sends nothing; it only asks the OS which address routes out.
        probe.connect(("192.0.2.1", 9))
        found.append(probe.getsockname()[0])
    except OSError:
        pass
    finally:
        probe.close()
    try:
        infos = socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET)
    except OSError:
        infos = []
    for info in infos:
        address = info[4][0]
        if address not in found:
            found.append(address)
    return [a for a in found if not is_loopback(a)] + [ALL_INTERFACES]


def bind(host: str, port: int) -> socket.socket:
    sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET)
    # Windows' SO_REUSEADDR would let a second app steal the port; elsewhere it
    # only lets a restarted service rebind while old connections linger.
    if not hasattr(socket, "SO_EXCLUSIVEADDRUSE"):
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
        sock.listen(128)
    except OSError:
        sock.close()
        raise
    sock.set_inheritable(True)
    return sock


def make_server(engine: Engine):
    """A uvicorn server of the Web Service; imported here, so that opening the
    main window does not pay for FastAPI and uvicorn until the service starts."""
    import uvicorn

    from .api import create_app

    config = uvicorn.Config(
        create_app(engine),
        log_config=None,  # the app's own logging stays as it is
        access_log=False,
        # The caller is the socket's peer. uvicorn would otherwise take X-Forwarded-For
        # from a loopback peer, so any program on this computer could claim the
        # address a token is bound to.
        proxy_headers=False,
        timeout_graceful_shutdown=2,
    )
    return uvicorn.Server(config)


@dataclass(frozen=True)
class Address:
    host: str
    port: int

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}/WebService/"


class WebService:
    """The service on a background thread: ``start`` returns once it accepts
    connections, ``stop`` once it has closed. Neither may run on a UI thread:
    both wait."""

    def __init__(self, engine: Engine):
        self.engine = engine
        self.address: Address | None = None
        self._server = None  # uvicorn.Server while running
        self._thread: threading.Thread | None = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT) -> Address:
        if self.running:
            self.stop()
        sock = bind(host, port)
        server = make_server(self.engine)
        # Daemon: a service left running never keeps the app from exiting.
        thread = threading.Thread(
            target=server.run, kwargs={"sockets": [sock]}, name="webservice", daemon=True
        )
        thread.start()
        _wait_until(lambda: server.started or not thread.is_alive(), START_TIMEOUT_S)
        if not server.started:
            server.should_exit = True
            sock.close()
            raise OSError(f"uvicorn stopped while starting on {host}:{port}")
        self._server, self._thread = server, thread
        self.address = Address(host, sock.getsockname()[1])
        return self.address

    def stop(self) -> None:
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(STOP_TIMEOUT_S)
        self._server = self._thread = None
        self.address = None


def _wait_until(done, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while not done() and time.monotonic() < deadline:
        time.sleep(0.02)
