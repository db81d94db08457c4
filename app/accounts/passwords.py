"""Argon2 hashing of passwords and of the Kode Registrasi (argon2-cffi).

Each hash carries its own random salt and parameters, so a stored hash is all
that is needed to verify offline, and a stolen database gives nothing to read.
"""

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

_hasher = PasswordHasher()

MIN_PASSWORD_LENGTH = 8


def hash_secret(secret: str) -> str:
    return _hasher.hash(secret)


def verify_secret(stored_hash: str | None, secret: str) -> bool:
    """True when ``secret`` matches; a missing or malformed hash matches nothing."""
    if not stored_hash:
        return False
    try:
        return _hasher.verify(stored_hash, secret)
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(stored_hash: str) -> bool:
    """True when the hash was made with weaker parameters than today's defaults."""
    return _hasher.check_needs_rehash(stored_hash)


def normalise_kode(kode: str) -> str:
    """The Kode Registrasi as the server hashes it: no spaces, upper case.

    Must stay equal to ``server.schools.normalise_kode``: the prefill carries the
    server's hash and the client verifies against it offline.
    """
    return kode.strip().upper().replace(" ", "")
