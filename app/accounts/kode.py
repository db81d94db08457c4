"""The school's Kode Registrasi, kept only as a salted argon2 hash.

Wrong codes are counted like wrong passwords (under the name ``KODE_REGISTRASI``),
so the code cannot be guessed at the Tukar Akses or Lupa Password dialogs.
"""

from sqlalchemy.orm import Session

from dapodik.i18n import QT_TRANSLATE_NOOP

from . import lockout, settings
from .errors import AccountError, WrongKode
from .passwords import hash_secret, normalise_kode, verify_secret

ATTEMPT_NAME = "KODE_REGISTRASI"


def store(session: Session, kode_registrasi: str) -> None:
    settings.put(session, settings.KODE_HASH, hash_secret(normalise_kode(kode_registrasi)))


def store_hash(session: Session, kode_hash: str) -> None:
    """Keep a hash made elsewhere (the server's, carried by the prefill)."""
    settings.put(session, settings.KODE_HASH, kode_hash)


def follow_kode(db, kode_hash: str | None) -> bool:
    """Keep the centre's hash of the school's current code (sent with every pull)
    when it differs from ours: the centre issued a new code. True when it did."""
    if not kode_hash:
        return False
    with db.Session() as session:
        if settings.get(session, settings.KODE_HASH) == kode_hash:
            return False
        store_hash(session, kode_hash)
        session.commit()
    return True


def verify(session: Session, kode_registrasi: str) -> None:
    """Raise unless ``kode_registrasi`` is this school's code. The attempt is
    counted (and committed) before the slow check; the caller commits in every
    case, so that a wrong code locks in time."""
    stored = settings.get(session, settings.KODE_HASH)
    if stored is None:
        raise AccountError(
            QT_TRANSLATE_NOOP(
                "Akun",
                "Kode Registrasi sekolah ini belum tersimpan: daftarkan sekolah terlebih dahulu.",
            )
        )
    lockout.begin_attempt(session, ATTEMPT_NAME)
    if not verify_secret(stored, normalise_kode(kode_registrasi)):
        left = lockout.record_failure(session, ATTEMPT_NAME)
        raise WrongKode(
            QT_TRANSLATE_NOOP(
                "Akun",
                "Kode Registrasi salah. Sisa percobaan sebelum dikunci sementara: {left}.",
            ),
            left=left,
        )
    lockout.record_success(session, ATTEMPT_NAME)
