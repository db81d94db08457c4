"""Finding the principal in the school data, as the ministry app does.

The Kepala Sekolah is the PTK with a Kepala Sekolah tugas tambahan (jabatan 2)
at this school with no end date (TST), whose assignment (ptk_terdaftar) at this
school for the current tahun ajaran is their sekolah induk and who has not left;
the newest TMT wins. Without one, a Plt. Kepala Sekolah (jabatan 34) found the
same way. The principal's account is created or linked for that PTK.
"""

from dataclasses import dataclass

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from dapodik.i18n import QT_TRANSLATE_NOOP
from dapodik.schema.models import Ptk, PtkTerdaftar, Sekolah, TahunAjaran, TugasTambahan

from ..db.pengguna import Pengguna
from .acting import UserInfo
from .errors import AccountError
from .users import PERAN_KEPALA_SEKOLAH, create_user, info

JABATAN_KEPALA_SEKOLAH, JABATAN_PLT_KEPALA_SEKOLAH = 2, 34


@dataclass(frozen=True)
class Principal:
    ptk_id: str
    nama: str
    nuptk: str | None
    plt: bool


class NoPrincipal(AccountError):
    """No principal can be found; the message says which data to fix."""


def current_tahun_ajaran(session: Session) -> TahunAjaran | None:
    return session.scalar(
        select(TahunAjaran)
        .where(TahunAjaran.periode_aktif == 1)
        .order_by(TahunAjaran.tahun_ajaran_id.desc())
    )


def _sekolah(session: Session) -> Sekolah | None:
    return session.scalar(select(Sekolah).where(Sekolah.soft_delete.is_(False)))


def _holders(session: Session, sekolah_id: str, jabatan: int, tahun_ajaran_id: int):
    """PTK holding ``jabatan`` now (no TST), active at this school as induk, newest TMT first."""
    active_here = and_(
        PtkTerdaftar.ptk_id == TugasTambahan.ptk_id,
        PtkTerdaftar.sekolah_id == sekolah_id,
        PtkTerdaftar.tahun_ajaran_id == tahun_ajaran_id,
        PtkTerdaftar.ptk_induk.is_(True),
        PtkTerdaftar.soft_delete.is_(False),
        PtkTerdaftar.jenis_keluar_id.is_(None),
        PtkTerdaftar.tgl_ptk_keluar.is_(None),
    )
    return session.execute(
        select(Ptk, TugasTambahan)
        .join(TugasTambahan, TugasTambahan.ptk_id == Ptk.ptk_id)
        .join(PtkTerdaftar, active_here)
        .where(
            TugasTambahan.sekolah_id == sekolah_id,
            TugasTambahan.jabatan_ptk_id == jabatan,
            TugasTambahan.tst_tambahan.is_(None),
            TugasTambahan.soft_delete.is_(False),
            Ptk.soft_delete.is_(False),
        )
        .order_by(TugasTambahan.tmt_tambahan.desc(), Ptk.nama)
    ).all()


def _departed_holder(session: Session, sekolah_id: str) -> str | None:
    """The name of someone still holding a principal's duty (no TST) who is not active here."""
    return session.scalar(
        select(Ptk.nama)
        .join(TugasTambahan, TugasTambahan.ptk_id == Ptk.ptk_id)
        .where(
            TugasTambahan.sekolah_id == sekolah_id,
            TugasTambahan.jabatan_ptk_id.in_((JABATAN_KEPALA_SEKOLAH, JABATAN_PLT_KEPALA_SEKOLAH)),
            TugasTambahan.tst_tambahan.is_(None),
            TugasTambahan.soft_delete.is_(False),
        )
        .order_by(TugasTambahan.tmt_tambahan.desc())
    )


def find_principal(session: Session) -> Principal:
    """The school's principal now; NoPrincipal says which data to fix."""
    sekolah = _sekolah(session)
    tahun = current_tahun_ajaran(session)
    if sekolah is None or tahun is None:
        raise NoPrincipal(
            QT_TRANSLATE_NOOP("Akun", "Data sekolah atau tahun ajaran aktif belum ada.")
        )
    for jabatan in (JABATAN_KEPALA_SEKOLAH, JABATAN_PLT_KEPALA_SEKOLAH):
        found = _holders(session, sekolah.sekolah_id, jabatan, tahun.tahun_ajaran_id)
        if found:
            ptk, _duty = found[0]
            return Principal(ptk.ptk_id, ptk.nama, ptk.nuptk, jabatan == JABATAN_PLT_KEPALA_SEKOLAH)
    departed = _departed_holder(session, sekolah.sekolah_id)
    if departed is not None:
        raise NoPrincipal(
            QT_TRANSLATE_NOOP(
                "Akun",
                "Kepala sekolah {nama} tidak aktif lagi di sekolah ini: tidak terdaftar "
                "sebagai PTK induk pada tahun ajaran {tahun_ajaran}, atau sudah keluar. "
                "Di tab GTK, isi TST tugas tambahan Kepala Sekolah-nya dan beri kepala "
                "sekolah yang baru (atau Plt.) tugas tambahan itu.",
            ),
            nama=departed,
            tahun_ajaran=tahun.nama,
        )
    raise NoPrincipal(
        QT_TRANSLATE_NOOP(
            "Akun",
            "Kepala sekolah belum ditetapkan di data sekolah. Di tab GTK, beri satu PTK "
            "tugas tambahan Kepala Sekolah (atau Plt. Kepala Sekolah) tanpa TST, dan "
            "pastikan PTK itu terdaftar sebagai PTK induk di sekolah ini pada tahun "
            "ajaran {tahun_ajaran} dan belum keluar.",
        ),
        tahun_ajaran=tahun.nama,
    )


def principal_account(session: Session, principal: Principal) -> UserInfo:
    """The Kepala Sekolah account of this PTK, created when there is none.

    Created without a password: a principal enters through Tukar Akses Pengguna
    with the Kode Registrasi, the way the ministry app works.
    """
    row = session.scalar(
        select(Pengguna).where(
            Pengguna.ptk_id == principal.ptk_id,
            Pengguna.peran_id == PERAN_KEPALA_SEKOLAH,
            Pengguna.soft_delete.is_(False),
        )
    )
    if row is not None:
        if not row.aktif:
            row.aktif = True
        return info(row)
    sekolah = _sekolah(session)
    username = f"kepsek-{principal.nuptk or principal.ptk_id[:8]}"
    return create_user(
        session,
        username,
        principal.nama,
        PERAN_KEPALA_SEKOLAH,
        None,
        ptk_id=principal.ptk_id,
        sekolah_id=sekolah.sekolah_id,
    )


def link_principal_account(session: Session) -> UserInfo | None:
    """The principal's account when the data names a principal; None otherwise
    (Tukar Akses Pengguna then says which data to fix)."""
    try:
        return principal_account(session, find_principal(session))
    except NoPrincipal:
        return None
