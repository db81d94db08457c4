"""Who counts as an active student: one definition for every count the school sees
(Beranda, the Lembar Konfirmasi the principal signs, the Rombongan Belajar
listing, the Web Service, PMP respondents), so that they cannot disagree.

As the ministry's bridges count them (REFERENCE.md §2.1, "Bridge definitions"):
a student whose registration at the school has not ended (no jenis_keluar, no
tanggal_keluar; neither it nor the student deleted); counted per class through
their membership of a reguler rombel (jenis_rombel 1, 8 or 9) of the semester.
"""

from sqlalchemy import and_, exists, func, select
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql import ColumnElement

from dapodik.schema import models as m

# Rombel kinds whose members are counted as a school's active students (E-Rapor's
# bridges count 1, 8 and 9 together; 1 is the reguler Kelas).
REGULER_ROMBEL = (1, 8, 9)


def registration_current(reg=m.RegistrasiPesertaDidik) -> ColumnElement[bool]:
    """A registration that has not ended."""
    return and_(
        reg.soft_delete.is_(False), reg.jenis_keluar_id.is_(None), reg.tanggal_keluar.is_(None)
    )


def active_student(peserta_didik_id) -> ColumnElement[bool]:
    """The student with this id (a column or value) is active at the school."""
    # Aliases, so that the outer query may join these tables too.
    reg = aliased(m.RegistrasiPesertaDidik)
    return exists().where(reg.peserta_didik_id == peserta_didik_id, registration_current(reg))


def active_member(anggota=m.AnggotaRombel) -> ColumnElement[bool]:
    """An anggota_rombel row that counts: not deleted, of an active, undeleted student."""
    pd = aliased(m.PesertaDidik)
    return and_(
        anggota.soft_delete.is_(False),
        exists().where(
            pd.peserta_didik_id == anggota.peserta_didik_id,
            pd.soft_delete.is_(False),
            active_student(pd.peserta_didik_id),
        ),
    )


def active_student_count(session: Session) -> int:
    pd = m.PesertaDidik
    return session.scalar(
        select(func.count())
        .select_from(pd)
        .where(pd.soft_delete.is_(False), active_student(pd.peserta_didik_id))
    )
