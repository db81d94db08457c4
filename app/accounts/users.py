"""Users (``pengguna``) and their roles; login with lockout; passwords.

Roles (``ref_peran``): 1 Operator Sekolah, 2 Kepala Sekolah, 3 Staf (hanya baca).
"""

from sqlalchemy import select
from sqlalchemy.orm import Session

from dapodik.i18n import QT_TRANSLATE_NOOP

from ..db.engine import Database
from ..db.pengguna import Pengguna
from . import acting, kode, lockout
from .acting import PERAN_STAF, UserInfo
from .errors import AccountError
from .passwords import MIN_PASSWORD_LENGTH, hash_secret, needs_rehash, verify_secret

PERAN_OPERATOR, PERAN_KEPALA_SEKOLAH = 1, 2
PERAN_NAMES = {
    PERAN_OPERATOR: QT_TRANSLATE_NOOP("Akun", "Operator Sekolah"),
    PERAN_KEPALA_SEKOLAH: QT_TRANSLATE_NOOP("Akun", "Kepala Sekolah"),
    PERAN_STAF: QT_TRANSLATE_NOOP("Akun", "Staf (hanya baca)"),
}


def info(row: Pengguna) -> UserInfo:
    return UserInfo(
        pengguna_id=row.pengguna_id,
        username=row.username,
        nama=row.nama,
        peran_id=row.peran_id,
        ptk_id=row.ptk_id,
        aktif=bool(row.aktif),
        has_password=bool(row.password),
    )


def can_edit(user: UserInfo) -> bool:
    return user.peran_id != PERAN_STAF


def _by_username(session: Session, username: str) -> Pengguna | None:
    return session.scalar(
        select(Pengguna).where(
            Pengguna.username == username.strip(), Pengguna.soft_delete.is_(False)
        )
    )


def check_password_rules(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise AccountError(
            QT_TRANSLATE_NOOP("Akun", "Kata sandi minimal {count} karakter."),
            count=MIN_PASSWORD_LENGTH,
        )


def list_users(session: Session) -> list[UserInfo]:
    rows = session.scalars(
        select(Pengguna).where(Pengguna.soft_delete.is_(False)).order_by(Pengguna.username)
    )
    return [info(r) for r in rows]


def get_user(session: Session, pengguna_id: str) -> UserInfo | None:
    row = session.get(Pengguna, pengguna_id)
    return info(row) if row else None


def create_user(
    session: Session,
    username: str,
    nama: str,
    peran_id: int,
    password: str | None,
    ptk_id: str | None = None,
    sekolah_id: str | None = None,
) -> UserInfo:
    """A new account. ``password`` None: the account cannot log in by password
    (a principal's account, entered through Tukar Akses Pengguna)."""
    username = username.strip()
    if not username:
        raise AccountError(QT_TRANSLATE_NOOP("Akun", "Nama pengguna wajib diisi."))
    if _by_username(session, username) is not None:
        raise AccountError(
            QT_TRANSLATE_NOOP("Akun", "Nama pengguna {username} sudah dipakai."), username=username
        )
    if password is not None:
        check_password_rules(password)
    row = Pengguna(
        username=username,
        nama=nama.strip() or username,
        peran_id=peran_id,
        password=hash_secret(password) if password is not None else None,
        ptk_id=ptk_id,
        sekolah_id=sekolah_id,
        aktif=True,
    )
    session.add(row)
    session.flush()
    return info(row)


def _wrong_login() -> AccountError:
    return AccountError(QT_TRANSLATE_NOOP("Akun", "Nama pengguna atau kata sandi salah."))


def authenticate(session: Session, username: str, password: str) -> UserInfo:
    """The user, when the password is right; counts wrong attempts and locks.

    The attempt is counted (and committed) before the password is checked; the
    caller commits in every case, so that a wrong one locks in time. Unknown
    names are counted and checked too (against a dummy hash), so neither the
    answer nor its time tells which names exist.
    """
    name = username.strip()
    lockout.begin_attempt(session, name)
    row = _by_username(session, name)
    stored = row.password if row is not None and row.aktif else None
    if not verify_secret(stored, password):
        lockout.record_failure(session, name)
        raise _wrong_login()
    lockout.record_success(session, name)
    if needs_rehash(row.password):
        row.password = hash_secret(password)
    return info(row)


def set_password(session: Session, username: str, new_password: str) -> UserInfo:
    """Set a password without the old one (command line, by whoever holds the files)."""
    row = _by_username(session, username)
    if row is None:
        raise AccountError(
            QT_TRANSLATE_NOOP("Akun", "Pengguna {username} tidak ada."), username=username
        )
    check_password_rules(new_password)
    row.password = hash_secret(new_password)
    lockout.record_success(session, row.username)
    return info(row)


def change_password(session: Session, pengguna_id: str, old: str, new: str) -> None:
    row = session.get(Pengguna, pengguna_id)
    lockout.begin_attempt(session, row.username)
    if not verify_secret(row.password, old):
        lockout.record_failure(session, row.username)
        raise AccountError(QT_TRANSLATE_NOOP("Akun", "Kata sandi lama salah."))
    check_password_rules(new)
    row.password = hash_secret(new)


def reset_password_with_kode(session: Session, username: str, kode_registrasi: str, new: str):
    """Lupa password: an operator's password reset by whoever knows the school's code."""
    kode.verify(session, kode_registrasi)
    row = _by_username(session, username)
    if row is None or row.peran_id != PERAN_OPERATOR:
        raise AccountError(
            QT_TRANSLATE_NOOP(
                "Akun", "Hanya kata sandi akun Operator Sekolah yang dapat diatur ulang di sini."
            )
        )
    return set_password(session, row.username, new)


# -- for the UI and the command line: one unit of work per call --------------


def login(db: Database, username: str, password: str) -> UserInfo:
    """Check the password and start the login session; wrong attempts are counted."""
    with db.Session() as session:
        try:
            user = authenticate(session, username, password)
        finally:
            session.commit()
    acting.start(user)
    return user


def change_own_password(db: Database, pengguna_id: str, old: str, new: str) -> None:
    with db.Session() as session:
        try:
            change_password(session, pengguna_id, old, new)
        finally:
            session.commit()


def reset_forgotten_password(db: Database, username: str, kode_registrasi: str, new: str):
    with db.Session() as session:
        try:
            return reset_password_with_kode(session, username, kode_registrasi, new)
        finally:
            session.commit()


def all_users(db: Database) -> list[UserInfo]:
    with db.Session() as session:
        return list_users(session)
