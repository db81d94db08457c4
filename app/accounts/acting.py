"""Who is acting now, and stamping their id on every change they make.

A desktop app has one person at the keyboard at a time, so the login session is
process-wide state: the operator who logged in, and the user acting for them
(the same operator, or the principal after Tukar Akses Pengguna).

Importing this module installs a ``before_flush`` hook on every ORM ``Session``:
new and changed school-owned rows get ``updater_id = current_user_id()``, and a
read-only Staf account's change is refused (AccountError). Code that writes
through Core must set ``updater_id=current_user_id()`` (and check the role) itself.
"""

from dataclasses import dataclass

from sqlalchemy import event
from sqlalchemy.orm import Session

from dapodik.i18n import QT_TRANSLATE_NOOP
from dapodik.schema.base import SchoolOwned

from .errors import AccountError

# ref_peran 3; kept here too because users.py imports this module.
PERAN_STAF = 3


@dataclass(frozen=True)
class UserInfo:
    """A user as the rest of the app sees it: plain values, no ORM object."""

    pengguna_id: str
    username: str
    nama: str
    peran_id: int
    ptk_id: str | None
    aktif: bool
    has_password: bool


@dataclass
class _LoginSession:
    logged_in: UserInfo | None = None
    acting: UserInfo | None = None


_state = _LoginSession()


def logged_in_user() -> UserInfo | None:
    """The user who logged in (the operator), whoever is acting now."""
    return _state.logged_in


def current_user() -> UserInfo | None:
    return _state.acting


def current_user_id() -> str | None:
    return _state.acting.pengguna_id if _state.acting else None


def is_switched() -> bool:
    """True while a user other than the one who logged in is acting."""
    return _state.acting is not None and _state.acting != _state.logged_in


def start(user: UserInfo) -> None:
    """After a successful login: this user logged in and acts."""
    _state.logged_in = _state.acting = user


def act_as(user: UserInfo) -> None:
    """Tukar Akses Pengguna: ``user`` acts from now on (call only after the checks)."""
    _state.acting = user


def back_to_logged_in() -> None:
    """Kembali: the user who logged in acts again."""
    _state.acting = _state.logged_in


def end() -> None:
    _state.logged_in = _state.acting = None


@event.listens_for(Session, "before_flush")
def _stamp_updater(session: Session, _context, _instances) -> None:
    user = _state.acting
    if user is None:
        return
    changed = [
        row
        for row in (*session.new, *(r for r in session.dirty if session.is_modified(r)))
        if isinstance(row, SchoolOwned)
    ]
    # Their own account (pengguna, never synced) a Staf user may still change.
    if user.peran_id == PERAN_STAF and any(row.__synced__ for row in changed):
        # Enforced here, below every form, so no screen can forget the read-only role.
        raise AccountError(
            QT_TRANSLATE_NOOP(
                "Akun", "Akun Staf hanya dapat membaca data, tidak dapat mengubahnya."
            )
        )
    for row in changed:
        row.updater_id = user.pengguna_id
