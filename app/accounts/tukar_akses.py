"""Tukar Akses Pengguna: with the school's Kode Registrasi, switch the session
to the principal's account, and back ("Kembali").

Only the principal may send the school's data. The rules:
- the Kode Registrasi must be right (wrong codes count towards a short lock);
- the account switched to must be the Kepala Sekolah account of the PTK that
  ``principal.find_principal`` finds now; an account of a principal who left,
  or any account when no principal is set, is refused with what data to fix.
"""

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from dapodik.i18n import QT_TRANSLATE_NOOP

from ..db.engine import Database
from ..db.pengguna import Pengguna
from . import acting, kode
from .acting import UserInfo
from .errors import AccountError
from .principal import NoPrincipal, Principal, find_principal, principal_account
from .users import PERAN_KEPALA_SEKOLAH, info


@dataclass(frozen=True)
class Candidate:
    user: UserInfo
    is_principal: bool
    plt: bool


@dataclass(frozen=True)
class Choices:
    candidates: list[Candidate]
    # Why no one can be switched to (no principal set, or the principal left); else None.
    problem: NoPrincipal | None


def _principal_accounts(session: Session) -> list[UserInfo]:
    rows = session.scalars(
        select(Pengguna)
        .where(Pengguna.peran_id == PERAN_KEPALA_SEKOLAH, Pengguna.soft_delete.is_(False))
        .order_by(Pengguna.nama)
    )
    return [info(r) for r in rows]


def _principal_or_problem(session: Session) -> tuple[Principal | None, NoPrincipal | None]:
    try:
        return find_principal(session), None
    except NoPrincipal as problem:
        return None, problem


def choices(db: Database, kode_registrasi: str) -> Choices:
    """After checking the code: the accounts that could take over, the principal's
    (created if needed) marked. Raises WrongKode / AccountLocked."""
    with db.Session() as session:
        try:
            kode.verify(session, kode_registrasi)
        finally:
            session.commit()  # a wrong code is counted even though we raise
        principal, problem = _principal_or_problem(session)
        if principal is not None:
            principal_account(session, principal)
            session.commit()
        candidates = [
            Candidate(
                user,
                is_principal=principal is not None and user.ptk_id == principal.ptk_id,
                plt=principal is not None and user.ptk_id == principal.ptk_id and principal.plt,
            )
            for user in _principal_accounts(session)
        ]
    candidates.sort(key=lambda c: not c.is_principal)
    return Choices(candidates, problem)


def _refusal_for(user: UserInfo, principal: Principal | None, problem) -> AccountError | None:
    if principal is None:
        return problem
    if user.peran_id != PERAN_KEPALA_SEKOLAH or user.ptk_id != principal.ptk_id:
        return AccountError(
            QT_TRANSLATE_NOOP(
                "Akun",
                "{nama} bukan kepala sekolah saat ini (kepala sekolah menurut data GTK: "
                "{kepala}). Jika data itu keliru, perbaiki tugas tambahan Kepala Sekolah "
                "di tab GTK.",
            ),
            nama=user.nama,
            kepala=principal.nama,
        )
    if not user.aktif:
        return AccountError(QT_TRANSLATE_NOOP("Akun", "Akun {nama} tidak aktif."), nama=user.nama)
    return None


def switch(db: Database, kode_registrasi: str, pengguna_id: str) -> UserInfo:
    """Switch the session to this account if the rules allow; returns who acts now."""
    with db.Session() as session:
        try:
            kode.verify(session, kode_registrasi)
        finally:
            session.commit()
        row = session.get(Pengguna, pengguna_id)
        if row is None:
            raise AccountError(QT_TRANSLATE_NOOP("Akun", "Akun tidak ditemukan."))
        user = info(row)
        principal, problem = _principal_or_problem(session)
    refusal = _refusal_for(user, principal, problem)
    if refusal is not None:
        raise refusal
    acting.act_as(user)
    return user


def back() -> UserInfo | None:
    """Kembali: the operator who logged in acts again."""
    acting.back_to_logged_in()
    return acting.current_user()


def require_principal(db: Database) -> UserInfo:
    """For the sync and the Lembar Konfirmasi: the acting user if it is the principal,
    else a refusal that explains how to switch."""
    user = acting.current_user()
    with db.Session() as session:
        principal, problem = _principal_or_problem(session)
    if principal is None:
        raise problem
    if user is None or user.peran_id != PERAN_KEPALA_SEKOLAH or user.ptk_id != principal.ptk_id:
        raise AccountError(
            QT_TRANSLATE_NOOP(
                "Akun",
                "Hanya kepala sekolah ({kepala}) yang dapat mengirim data. Pilih Pengaturan → "
                "Tukar Akses Pengguna, masukkan Kode Registrasi sekolah, lalu pilih akun "
                "kepala sekolah dan klik Tukar Pengguna.",
            ),
            kepala=principal.nama,
        )
    return user
