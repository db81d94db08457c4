"""How much of a PATCH body the server may keep: the integrity checks of tus.

Three ways a client can send a body:

- no checksum (tus core): every byte that arrived is kept, even when the
  connection drops mid-request, and the client resumes after them;
- ``Upload-Checksum`` (tus checksum extension): the body is all or nothing, so a
  cut at 57 % of a large request loses the whole request;
- ``Upload-Block-Checksum`` (our extension, ``block-checksum``): one digest per
  block of the body. Every block that arrived whole and matched is kept, so a cut
  or a damaged byte costs at most one block, however large the request. A client
  can then send a package in a few large requests (fast) without giving up
  per-block integrity or the short resend after a cut.

    Upload-Block-Checksum: sha256 262144 <base64 digest>,<base64 digest>,...

The digests cover the body from its first byte in blocks of the given size; the
last block may be shorter.
"""

import base64
import binascii
import hashlib

ALGORITHMS = {"sha1": hashlib.sha1, "sha256": hashlib.sha256}
MIN_BLOCK = 4 * 1024
MAX_BLOCK = 64 * 1024 * 1024


class ChecksumMismatch(Exception):
    """The body (or one of its blocks) does not match its digest."""


class MalformedChecksum(ValueError):
    """A checksum header the server cannot read; the message says which part."""


class WholeBody:
    """No checksum, or one ``Upload-Checksum`` for the whole body."""

    def __init__(self, algorithm: str | None = None, expected: bytes | None = None):
        self.hasher = ALGORITHMS[algorithm]() if algorithm else None
        self.expected = expected

    def feed(self, piece: bytes) -> None:
        if self.hasher:
            self.hasher.update(piece)

    def finish(self) -> None:
        if self.hasher and self.hasher.digest() != self.expected:
            raise ChecksumMismatch()

    def kept_when_cut(self, received: int) -> int:
        """Bytes to keep when the body did not arrive whole and checked."""
        return 0 if self.hasher else received


class Blocks:
    """One digest per block of the body (``Upload-Block-Checksum``)."""

    def __init__(self, algorithm: str, block_size: int, digests: list[bytes]):
        self.new_hasher = ALGORITHMS[algorithm]
        self.block_size = block_size
        self.digests = digests
        self.verified = 0  # bytes of the body in blocks that matched
        self._block = 0
        self._hasher = self.new_hasher()
        self._filled = 0

    def feed(self, piece: bytes) -> None:
        view = memoryview(piece)
        while view:
            if self._block >= len(self.digests):
                raise ChecksumMismatch()  # more body than the digests cover
            take = min(len(view), self.block_size - self._filled)
            self._hasher.update(view[:take])
            self._filled += take
            view = view[take:]
            if self._filled == self.block_size:
                self._close_block()

    def finish(self) -> None:
        if self._filled:
            self._close_block()
        if self._block != len(self.digests):
            raise ChecksumMismatch()  # fewer bytes than the digests cover

    def kept_when_cut(self, received: int) -> int:
        return self.verified

    def _close_block(self) -> None:
        if self._hasher.digest() != self.digests[self._block]:
            raise ChecksumMismatch()
        self.verified += self._filled
        self._block += 1
        self._hasher = self.new_hasher()
        self._filled = 0


def is_decimal(text: str) -> bool:
    """Plain ASCII digits: str.isdigit alone accepts "²", which int() refuses."""
    return text.isascii() and text.isdigit()


def _algorithm(name: str) -> str:
    if name not in ALGORITHMS:
        raise MalformedChecksum(f"Algoritma checksum {name} tidak didukung.")
    return name


def _digest(encoded: str) -> bytes:
    try:
        return base64.b64decode(encoded, validate=True)
    except binascii.Error as exc:
        raise MalformedChecksum("Checksum bukan base64 yang valid.") from exc


def body_check(whole: str | None, blocks: str | None) -> WholeBody | Blocks:
    """The check for a PATCH from its ``Upload-Checksum`` and ``Upload-Block-Checksum``."""
    if whole and blocks:
        raise MalformedChecksum("Kirim Upload-Checksum atau Upload-Block-Checksum, bukan keduanya.")
    if blocks:
        return parse_blocks(blocks)
    if whole:
        algorithm, _, encoded = whole.strip().partition(" ")
        return WholeBody(_algorithm(algorithm), _digest(encoded))
    return WholeBody()


def parse_blocks(header: str) -> Blocks:
    parts = header.strip().split(" ")
    if len(parts) != 3 or not is_decimal(parts[1]):
        raise MalformedChecksum("Upload-Block-Checksum: 'algoritma ukuran digest,digest,...'.")
    algorithm, size = _algorithm(parts[0]), int(parts[1])
    if not MIN_BLOCK <= size <= MAX_BLOCK:
        raise MalformedChecksum(f"Ukuran blok harus {MIN_BLOCK}–{MAX_BLOCK} byte.")
    digests = [_digest(d) for d in parts[2].split(",")]
    expected = ALGORITHMS[algorithm]().digest_size
    if any(len(d) != expected for d in digests):
        raise MalformedChecksum("Panjang digest tidak sesuai algoritmanya.")
    return Blocks(algorithm, size, digests)
