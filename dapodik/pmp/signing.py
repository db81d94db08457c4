"""The key that signs a school's PMP file, shared by the app and the server.

    key = HKDF-SHA256(IKM  = the Kode Registrasi, normalised,
                      salt = b"dapodik-lokal/pmp-signing/v1",
                      info = b"npsn:" + NPSN (ASCII),
                      L    = 32 bytes)                    (RFC 5869)

Normalising the Kode Registrasi (upper case, spaces and hyphens removed) lets
"abcd-efgh-jkmn" and "ABCDEFGHJKMN" give the same key. The Kode Registrasi is
the school's secret that both sides hold: the operator types it (as for Tukar
Akses Pengguna), and the server's upload page receives it with the file. The
server keeps only an argon2 hash of the code, so for a file that arrives
without it (online sending, the daily batch) the server must keep the derived
key of each school: it does not reveal the code.

The demo schools are never registered; their files are signed with the public
demo Kode Registrasi of ``app.accounts.demo`` (DEMO-KODE-2026).

The signature is HMAC-SHA256 with that key over every signed member of the zip,
in order, each as: name (UTF-8), a NUL byte, its length (8 bytes, big-endian),
its bytes. The length prefix keeps one member's end from being moved into the next.
"""

import hashlib
import hmac

KEY_SALT = b"dapodik-lokal/pmp-signing/v1"
KEY_LENGTH = 32


def normalise_kode(kode: str) -> str:
    return "".join(kode.split()).replace("-", "").upper()


def _hkdf_sha256(ikm: bytes, salt: bytes, info: bytes, length: int) -> bytes:
    prk = hmac.new(salt, ikm, hashlib.sha256).digest()
    okm, block, counter = b"", b"", 1
    while len(okm) < length:
        block = hmac.new(prk, block + info + bytes([counter]), hashlib.sha256).digest()
        okm += block
        counter += 1
    return okm[:length]


def school_signing_key(npsn: str, kode_registrasi: str) -> bytes:
    """The 32-byte signing key of the school ``npsn`` with that Kode Registrasi."""
    ikm = normalise_kode(kode_registrasi).encode("utf-8")
    return _hkdf_sha256(ikm, KEY_SALT, b"npsn:" + npsn.strip().encode("ascii"), KEY_LENGTH)


def signature(key: bytes, members: list[tuple[str, bytes]]) -> str:
    mac = hmac.new(key, digestmod=hashlib.sha256)
    for name, data in members:
        mac.update(name.encode("utf-8") + b"\0" + len(data).to_bytes(8, "big"))
        mac.update(data)
    return mac.hexdigest()


def signature_matches(key: bytes, members: list[tuple[str, bytes]], claimed: str) -> bool:
    return hmac.compare_digest(signature(key, members), claimed)
