"""A TCP proxy of the tests' own that cuts connections, to play a bad school link."""

import contextlib
import socket
import threading
import time


class CuttingProxy:
    """Forwards 127.0.0.1:port to ``target``. ``cut_after(n)`` arms a cut: the
    connection carrying the n-th byte sent towards the server (counted from the
    arming) is closed at that byte, in both directions, mid-request.
    ``drop_response_to(b"POST")`` lets the next request of that method reach the
    server whole and closes the connection instead of passing on the answer: the
    server did the work, the client never hears of it. With ``rate`` (bytes per
    second) the way towards the server is no faster than that, like a school link."""

    def __init__(self, target: tuple[str, int], rate: int | None = None):
        self.target = target
        self.rate = rate
        self._link_free_at = 0.0  # when the paced link has sent what it was given
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self._lock = threading.Lock()
        self._budget: list[int] = []
        self.cuts_done = 0
        self.bytes_up = 0  # every byte passed on towards the server
        self._drop_method: bytes | None = None
        self.responses_dropped = 0
        self._stopped = False
        threading.Thread(target=self._accept, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def cut_after(self, *byte_counts: int) -> None:
        with self._lock:
            self._budget = list(byte_counts)

    def drop_response_to(self, method: bytes) -> None:
        with self._lock:
            self._drop_method = method

    def _claim_drop(self, data: bytes) -> bool:
        """Whether this request (its first bytes) is the one whose answer is dropped."""
        with self._lock:
            if self._drop_method and data.startswith(self._drop_method + b" "):
                self._drop_method = None
                return True
            return False

    def close(self) -> None:
        self._stopped = True
        self.listener.close()

    def _take(self, n: int) -> int:
        """How many of ``n`` upstream bytes may pass before the next armed cut."""
        with self._lock:
            if not self._budget:
                self.bytes_up += n
                return n
            allowed = min(n, self._budget[0])
            self.bytes_up += allowed
            self._budget[0] -= allowed
            if self._budget[0] == 0:
                self._budget.pop(0)
                self.cuts_done += 1
                return -allowed - 1  # pass ``allowed`` bytes, then cut
            return allowed

    def _pace(self, n: int) -> None:
        """Hold the sender as long as a link of ``rate`` would take to carry ``n`` bytes."""
        if not self.rate:
            return
        with self._lock:
            now = time.monotonic()
            self._link_free_at = max(self._link_free_at, now) + n / self.rate
            wait = self._link_free_at - now
        time.sleep(wait)

    def _accept(self) -> None:
        while not self._stopped:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            upstream = socket.create_connection(self.target)
            dropping = threading.Event()
            threading.Thread(
                target=self._pump_up, args=(client, upstream, dropping), daemon=True
            ).start()
            threading.Thread(
                target=self._pump_down, args=(upstream, client, dropping), daemon=True
            ).start()

    def _pump_up(self, client: socket.socket, upstream: socket.socket, dropping) -> None:
        try:
            while data := client.recv(65536):
                if self._claim_drop(data):
                    dropping.set()
                allowed = self._take(len(data))
                if allowed < 0:
                    upstream.sendall(data[: -allowed - 1])
                    break
                upstream.sendall(data)
                self._pace(len(data))
        except OSError:
            pass
        _close(client, upstream)

    def _pump_down(self, upstream: socket.socket, client: socket.socket, dropping) -> None:
        try:
            while data := upstream.recv(65536):
                if dropping.is_set():
                    self.responses_dropped += 1
                    break
                client.sendall(data)
        except OSError:
            pass
        _close(client, upstream)


def _close(*sockets: socket.socket) -> None:
    for s in sockets:
        with contextlib.suppress(OSError):
            s.shutdown(socket.SHUT_RDWR)
        s.close()
