"""Argon2id hashes of the secrets people type: passwords and the Kode Registrasi.

The client and the centre hash and verify alike here: the prefill carries the
centre's hash of the code, which the client verifies offline. Each hash holds
its own random salt and parameters.

Every verification costs one argon2 computation, also when there is nothing
to verify against (an unknown user name or NPSN, an account without a
password): the time of the answer must not tell which names exist.
"""

from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

_hasher = PasswordHasher()
# Verified against when there is no hash: made with today's default parameters,
# so it costs what a real hash costs (remade once if the defaults change).
_DUMMY_HASH = (
    "$argon2id$v=19$m=65536,t=3,p=4$ip3AyupelkY+Hqs7jpqZVA$"
    "+K+xrOHEAuB29CVjg+kTqdZHILJ2WAX1TSUzogF4Hi0"
)


def hash_secret(secret: str) -> str:
    return _hasher.hash(secret)


def needs_rehash(stored_hash: str) -> bool:
    """True when the hash was made with weaker parameters than today's defaults."""
    return _hasher.check_needs_rehash(stored_hash)


@cache
def _dummy_hash() -> str:
    return hash_secret("tidak ada") if needs_rehash(_DUMMY_HASH) else _DUMMY_HASH


def verify_secret(stored_hash: str | None, secret: str) -> bool:
    """True when ``secret`` matches; a missing or malformed hash matches nothing,
    after the same work as a real one."""
    try:
        matched = _hasher.verify(stored_hash or _dummy_hash(), secret)
    except (VerificationError, InvalidHashError):
        return False
    return matched and bool(stored_hash)


def normalise_kode(kode: str) -> str:
    """The Kode Registrasi as it is hashed: no spaces, upper case."""
    return kode.strip().upper().replace(" ", "")
