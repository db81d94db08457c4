"""Our tus 1.0.0 client: resumable uploads that survive a bad school connection.

Why our own: tuspy sets no request timeout (a stalled mobile link hangs forever)
and offers only SHA-1 checksums. Here every request has connect/read timeouts,
every chunk carries a SHA-256 ``Upload-Checksum`` when the server offers it, and
any failure is answered by asking the server for its offset (HEAD) and going on
from there: the server's offset is the truth, never what the client thinks it sent.

When the server offers our ``block-checksum`` extension, a request carries one
SHA-256 per 128 KiB block instead of one for its whole body: the server keeps
every block that arrived whole, so requests can be large (few round trips, near
the speed of one plain request) while a cut costs one partial block plus what
the server's HTTP layer had buffered and not yet handed over.

While a request is on the wire, a thread hashes the blocks the next one may
carry, so its header is ready when it is due (hashlib lets go of the GIL).

The upload is a generator that yields ``Progress`` after every acknowledged chunk,
so the caller can record the offset durably, show progress, and stop between
chunks (pause or cancel) simply by no longer iterating.
"""

import base64
import hashlib
import random
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urljoin

import requests

TUS_VERSION = "1.0.0"
# The first request's chunk, and the smallest: it measures a slow link within a
# second; after it, chunks grow to what the link moves in ``chunk_seconds``.
DEFAULT_CHUNK = 64 * 1024
BLOCK = 128 * 1024  # one digest per block with Upload-Block-Checksum
MAX_DIGESTS = 128  # about 6 KB of header; servers refuse headers past 8-16 KB
SEND_PIECE = 256 * 1024  # bytes handed to the socket at a time, counted as sent
DEFAULT_TIMEOUT = (5.0, 30.0)  # connect, read (seconds)


class TusError(Exception):
    """The server refused the upload in a way retrying cannot fix."""


class UploadGone(TusError):
    """The upload URL no longer exists (404/410: expired or terminated)."""


class RetriesExhausted(TusError):
    """The connection kept failing; the upload can be resumed later from its offset."""


@dataclass(frozen=True)
class Capabilities:
    extensions: frozenset[str]
    checksum_algorithms: frozenset[str]
    max_size: int | None

    @property
    def sha256(self) -> bool:
        return "checksum" in self.extensions and "sha256" in self.checksum_algorithms

    @property
    def block_sha256(self) -> bool:
        return "block-checksum" in self.extensions and "sha256" in self.checksum_algorithms


@dataclass(frozen=True)
class Progress:
    offset: int
    length: int
    bytes_per_second: float
    # Bytes handed to the socket more than once (after a cut or a checksum mismatch);
    # at most: some of them may have died in the socket's buffer.
    resent_bytes: int

    @property
    def fraction(self) -> float:
        return self.offset / self.length if self.length else 1.0

    @property
    def seconds_left(self) -> float | None:
        if self.bytes_per_second <= 0:
            return None
        return (self.length - self.offset) / self.bytes_per_second


@dataclass
class RetryPolicy:
    """Exponential backoff with jitter; ``attempts`` consecutive failures give up."""

    attempts: int = 8
    base_delay: float = 0.5
    max_delay: float = 30.0
    sleep: Callable[[float], None] = time.sleep
    rng: random.Random = field(default_factory=random.Random)

    def wait(self, failure: int) -> None:
        delay = min(self.max_delay, self.base_delay * 2 ** (failure - 1))
        self.sleep(delay * (0.5 + self.rng.random() / 2))


def with_retries(retry: RetryPolicy, attempt: Callable[[], requests.Response]) -> requests.Response:
    """Run ``attempt`` until the server answers, backing off while the network
    fails or the server is overloaded (5xx), as it is near deadlines."""
    failure = 0
    while True:
        try:
            response = attempt()
            if response.status_code < 500:
                return response
        except (requests.ConnectionError, requests.Timeout):
            pass
        failure += 1
        if failure >= retry.attempts:
            raise RetriesExhausted("koneksi ke server terus terputus")
        retry.wait(failure)


def encode_metadata(metadata: dict[str, str]) -> str:
    return ",".join(
        f"{key} {base64.b64encode(value.encode()).decode()}" for key, value in metadata.items()
    )


def _b64_sha256(data) -> str:
    return base64.b64encode(hashlib.sha256(data).digest()).decode()


def checksum_header(chunk: bytes) -> str:
    return "sha256 " + _b64_sha256(chunk)


def block_checksum_header(chunk, block: int = BLOCK) -> str:
    view = memoryview(chunk)
    digests = ",".join(_b64_sha256(view[i : i + block]) for i in range(0, len(chunk), block))
    return f"sha256 {block} {digests}"


class _Lookahead:
    """Digests of the package's blocks from ``start`` on, hashed in a thread ahead
    of the requests that carry them. A block is looked up by its offset and length,
    so a body that does not line up with the blocks hashed here is hashed on the
    spot: a miss costs time, never a wrong digest."""

    def __init__(self, path: Path, start: int, block: int = BLOCK):
        self.path = path
        self.block = block
        self._digests: dict[int, tuple[int, str]] = {}  # block offset -> (length, digest)
        self._ahead = start  # where the thread's hashing stops so far
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="tus-lookahead")
        self._job: Future | None = None

    def hash_until(self, end: int) -> None:
        """Have the thread hash the blocks up to ``end`` (and the block ``end`` is in)."""
        if end > self._ahead:
            start = self._ahead
            self._ahead += -(-(end - start) // self.block) * self.block
            self._job = self._pool.submit(self._hash, start, self._ahead)

    def header(self, offset: int, data) -> str:
        """``Upload-Block-Checksum`` for ``data``, the body that starts at ``offset``."""
        if self._job is not None and not self._job.done():
            self._job.result()  # its blocks are this body's: waiting beats hashing twice
        view = memoryview(data)
        digests = []
        for start in range(0, len(view), self.block):
            piece = view[start : start + self.block]
            ready = self._digests.get(offset + start)
            digests.append(ready[1] if ready and ready[0] == len(piece) else _b64_sha256(piece))
        return f"sha256 {self.block} {','.join(digests)}"

    def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)

    def _hash(self, start: int, end: int) -> None:
        with open(self.path, "rb") as f:
            f.seek(start)
            for offset in range(start, end, self.block):
                piece = f.read(self.block)
                if not piece:
                    return
                self._digests[offset] = (len(piece), _b64_sha256(piece))


class _CountedBody:
    """A request body that counts the bytes handed to the socket (the piece in hand
    included), so that after a cut the client knows at most how much it sent rather
    than counting the whole chunk."""

    def __init__(self, data: bytes):
        self.data = memoryview(data)
        self.sent = 0

    def __len__(self) -> int:
        return len(self.data)

    def __iter__(self):
        for start in range(0, len(self.data), SEND_PIECE):
            piece = self.data[start : start + SEND_PIECE]
            self.sent = start + len(piece)
            yield piece


class TusClient:
    def __init__(
        self,
        endpoint: str,
        session: requests.Session | None = None,
        headers: dict[str, str] | None = None,
        timeout: tuple[float, float] = DEFAULT_TIMEOUT,
        chunk_size: int = DEFAULT_CHUNK,
        retry: RetryPolicy | None = None,
        max_chunk_size: int | None = None,
        chunk_seconds: float = 2.0,
    ):
        self.endpoint = endpoint if endpoint.endswith("/") else endpoint + "/"
        self.session = session or requests.Session()
        self.headers = {"Tus-Resumable": TUS_VERSION, **(headers or {})}
        self.timeout = timeout
        self.chunk_size = chunk_size
        # With max_chunk_size, chunks grow to what the link moves in chunk_seconds: few
        # requests on a fast link, and a cut never costs more than those seconds.
        self.max_chunk_size = max_chunk_size
        self.chunk_seconds = chunk_seconds
        self.retry = retry or RetryPolicy()
        self._capabilities: Capabilities | None = None
        # Offsets the creation answer just told us, so upload() needs no HEAD first,
        # and whether that creation carried the first chunk.
        self._created_offsets: dict[str, tuple[int, bool]] = {}
        # The next chunk's size, learned from how fast the last request went.
        self._size = chunk_size
        self._lookahead: _Lookahead | None = None

    def _request(self, method: str, url: str, **kwargs) -> requests.Response:
        headers = {**self.headers, **kwargs.pop("headers", {})}
        return self.session.request(method, url, headers=headers, timeout=self.timeout, **kwargs)

    def _with_retries(self, attempt: Callable[[], requests.Response]) -> requests.Response:
        return with_retries(self.retry, attempt)

    def capabilities(self) -> Capabilities:
        if self._capabilities is None:
            response = self._with_retries(lambda: self._request("OPTIONS", self.endpoint))
            if response.status_code not in (200, 204):
                raise TusError(f"OPTIONS: status {response.status_code}")
            h = response.headers
            self._capabilities = Capabilities(
                extensions=_header_set(h.get("Tus-Extension", "")),
                checksum_algorithms=_header_set(h.get("Tus-Checksum-Algorithm", "")),
                max_size=int(h["Tus-Max-Size"]) if h.get("Tus-Max-Size") else None,
            )
        return self._capabilities

    def create(self, length: int, metadata: dict[str, str], path: Path | None = None) -> str:
        """Create an upload and return its absolute URL.

        With ``path`` and a server offering creation-with-upload, the first chunk
        travels with the creation request: one round trip fewer per package.

        A lost answer is retried with the same metadata: a server that treats the
        package id as an idempotency key answers with the upload it already made.
        """
        caps = self.capabilities()
        if caps.max_size is not None and length > caps.max_size:
            raise TusError(f"paket {length} byte melebihi batas server {caps.max_size} byte")
        headers = {"Upload-Length": str(length), "Upload-Metadata": encode_metadata(metadata)}
        response = None
        if path is not None and length and "creation-with-upload" in caps.extensions:
            response = self._create_with_first_chunk(headers, path, length)
        carried = response is not None
        if response is None:
            response = self._with_retries(
                lambda: self._request("POST", self.endpoint, headers=headers)
            )
        if response.status_code not in (200, 201) or "Location" not in response.headers:
            raise TusError(f"POST: status {response.status_code}: {response.text[:200]}")
        url = urljoin(self.endpoint, response.headers["Location"])
        if _is_number(response.headers.get("Upload-Offset", "")):
            self._created_offsets[url] = (int(response.headers["Upload-Offset"]), carried)
        return url

    def _create_with_first_chunk(
        self, headers: dict, path: Path, length: int
    ) -> requests.Response | None:
        """One creation request carrying the first chunk; None when it did not work
        out (a cut, a lost answer, a server refusing the chunk) and a plain creation
        should follow. Only this attempt carries data, so a retry never sends the
        chunk again to an upload that may already hold it."""
        with open(path, "rb") as f:
            body = _CountedBody(f.read(self.chunk_size))
        headers = headers | self._body_headers(0, body)
        self._look_ahead(path, len(body), length)
        sent_at = time.monotonic()
        try:
            response = self._request("POST", self.endpoint, headers=headers, data=body)
        except (requests.ConnectionError, requests.Timeout):
            return None
        if response.status_code not in (200, 201):
            return None
        self._size = self._next_size(len(body), time.monotonic() - sent_at)
        return response

    def offset(self, url: str) -> int:
        response = self._with_retries(lambda: self._request("HEAD", url))
        if response.status_code in (404, 410):
            raise UploadGone(url)
        if response.status_code not in (200, 204) or "Upload-Offset" not in response.headers:
            raise TusError(f"HEAD: status {response.status_code}")
        return int(response.headers["Upload-Offset"])

    def terminate(self, url: str) -> None:
        response = self._with_retries(lambda: self._request("DELETE", url))
        if response.status_code not in (204, 404, 410):
            raise TusError(f"DELETE: status {response.status_code}")

    def upload(self, url: str, path: Path) -> Iterator[Progress]:
        """Send ``path`` from the server's current offset to the end.

        Yields after every chunk the server acknowledged. Raises ``UploadGone``
        when the URL expired (start a new upload), ``RetriesExhausted`` when the
        network kept failing (resume later: nothing is lost).
        """
        length = path.stat().st_size
        if url in self._created_offsets:
            offset, carried = self._created_offsets.pop(url)
            if carried and offset:
                yield Progress(offset, length, 0.0, 0)  # what the creation request carried
        else:
            offset = self.offset(url)
        started, sent_from, failures = time.monotonic(), offset, 0
        sent = _SentBytes(offset)
        try:
            with open(path, "rb") as f:
                while offset < length:
                    f.seek(offset)
                    body = _CountedBody(f.read(min(self._size, length - offset)))
                    headers = self._body_headers(offset, body)
                    self._look_ahead(path, offset + len(body), length)
                    sent_at = time.monotonic()
                    try:
                        new_offset = self._patch(url, headers, body)
                    except (requests.ConnectionError, requests.Timeout, _Retry):
                        # Digests hashed before a failure are not trusted: the lookahead
                        # starts afresh from where the server stands.
                        self._stop_looking_ahead()
                        sent.record(offset, body.sent)
                        self._size = self.chunk_size
                        failures += 1
                        if failures >= self.retry.attempts:
                            raise RetriesExhausted("koneksi ke server terus terputus") from None
                        self.retry.wait(failures)
                        offset = self.offset(url)
                        continue
                    sent.record(offset, len(body))
                    failures = 0
                    self._size = self._next_size(len(body), time.monotonic() - sent_at)
                    offset = new_offset
                    elapsed = max(time.monotonic() - started, 1e-6)
                    yield Progress(offset, length, (offset - sent_from) / elapsed, sent.resent)
        finally:
            self._stop_looking_ahead()  # its thread has nothing left to do

    def _checksum_kind(self) -> str | None:
        caps = self.capabilities()
        if caps.block_sha256:
            return "block"
        return "whole" if caps.sha256 else None

    def _next_size(self, sent: int, seconds: float) -> int:
        if self.max_chunk_size is None:
            return self.chunk_size
        fitting = int(sent / max(seconds, 1e-3) * self.chunk_seconds)
        # Whole blocks, so the next chunk starts where the lookahead's blocks do.
        fitting -= fitting % BLOCK
        return max(self.chunk_size, min(self.max_chunk_size, fitting))

    def _look_ahead(self, path: Path, offset: int, length: int) -> None:
        """Hash what the next request may carry, from ``offset``, while this one is
        on the wire; only for block checksums, where the digests do not depend on
        how large the next chunk turns out to be."""
        if self._checksum_kind() != "block" or _block_for(self.max_chunk_size or 0) != BLOCK:
            return
        if self._lookahead is None or self._lookahead.path != path:
            self._stop_looking_ahead()
            self._lookahead = _Lookahead(path, offset)
        self._lookahead.hash_until(min(offset + (self.max_chunk_size or self.chunk_size), length))

    def _stop_looking_ahead(self) -> None:
        if self._lookahead is not None:
            self._lookahead.close()
            self._lookahead = None

    def _body_headers(self, offset: int, body: _CountedBody) -> dict[str, str]:
        headers = {
            "Content-Type": "application/offset+octet-stream",
            "Upload-Offset": str(offset),
        }
        checksum = self._checksum_kind()
        if checksum == "block":
            block = _block_for(len(body))
            headers["Upload-Block-Checksum"] = (
                self._lookahead.header(offset, body.data)
                if self._lookahead is not None and block == self._lookahead.block
                else block_checksum_header(body.data, block)
            )
        elif checksum == "whole":
            headers["Upload-Checksum"] = checksum_header(body.data)
        return headers

    def _patch(self, url: str, headers: dict[str, str], body: _CountedBody) -> int:
        response = self._request("PATCH", url, headers=headers, data=body)
        if response.status_code == 204:
            return int(response.headers["Upload-Offset"])
        if response.status_code in (404, 410):
            raise UploadGone(url)
        if response.status_code in (409, 460) or response.status_code >= 500:
            # Offset out of step, chunk damaged on the way, or server trouble:
            # ask the server where it stands and send again from there.
            raise _Retry()
        raise TusError(f"PATCH: status {response.status_code}: {response.text[:200]}")


def _block_for(size: int) -> int:
    """BLOCK, or a multiple of it for a chunk so large that its digests would not fit
    in a header the server accepts."""
    return BLOCK * max(1, -(-size // (BLOCK * MAX_DIGESTS)))


def _is_number(text: str) -> bool:
    return text.isascii() and text.isdigit()


class _SentBytes:
    """What went over the wire: the furthest byte sent, and how much was sent twice."""

    def __init__(self, start: int):
        self.furthest = start
        self.resent = 0

    def record(self, offset: int, count: int) -> None:
        self.resent += max(0, min(self.furthest, offset + count) - offset)
        self.furthest = max(self.furthest, offset + count)


class _Retry(Exception):
    pass


def _header_set(value: str) -> frozenset[str]:
    return frozenset(v.strip() for v in value.split(",") if v.strip())
