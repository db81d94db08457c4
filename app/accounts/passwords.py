"""Passwords and the Kode Registrasi: argon2id hashes (``dapodik.hashing``, shared
with the centre, whose hash of the code the prefill carries)."""

from dapodik.hashing import hash_secret, needs_rehash, normalise_kode, verify_secret

__all__ = ["MIN_PASSWORD_LENGTH", "hash_secret", "needs_rehash", "normalise_kode", "verify_secret"]

MIN_PASSWORD_LENGTH = 8
