"""Who must answer PMP, and how far each of them got.

Required respondents come from the school's data and the minimum of the
school's jenjang (``resources/pmp/<versi>/responden.json``):

- kepala sekolah: the PTK holding the Kepala Sekolah tugas tambahan with no TST
  (a Plt. Kepala Sekolah when there is none);
- guru: up to the minimum (15) of the active teachers other than the principal;
- peserta didik: up to the minimum (18) of the active students in rombel of the
  upper tingkat (SD 4–6, SMP 8–9, SMA/SMK 11–13) of the active semester;
- komite sekolah (3) and pengawas (1): entered by name by the operator.

When there are more teachers or students than the minimum, the sample is the
first ones ordered by the SHA-256 of their id: spread over the whole school
(not the start of the alphabet), and the same sample every time, on every laptop.
"""

import hashlib
from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from dapodik.i18n import QT_TRANSLATE_NOOP
from dapodik.pmp.instruments import (
    GURU,
    KEPALA_SEKOLAH,
    NAMED_TYPES,
    PESERTA_DIDIK,
    RESPONDENT_TYPES,
    InstrumentSet,
)
from dapodik.schema.base import new_uuid
from dapodik.schema.models import (
    AnggotaRombel,
    BentukPendidikan,
    JabatanTugasPtk,
    JenisPtk,
    PesertaDidik,
    Ptk,
    PtkTerdaftar,
    RegistrasiPesertaDidik,
    RombonganBelajar,
    Sekolah,
    Semester,
    TugasTambahan,
)

from ..db.active import registration_current
from ..db.pmp_responses import PmpRespondent, PmpResponse
from . import PmpError

# Kepala Sekolah first; a Plt. only when no definitive principal is set.
JABATAN_KEPALA = (2, 34)
JENIS_PTK_KEPALA_SEKOLAH = 20

INCOMPLETE = QT_TRANSLATE_NOOP(
    "Pmp", "{jenis} — {nama}: {sisa} dari {total} pertanyaan belum dijawab"
)
MISSING_NAMED = QT_TRANSLATE_NOOP(
    "Pmp", "{jenis}: {jumlah} responden belum ditambahkan (paling sedikit {minimal})"
)
MISSING_FROM_DATA = {
    KEPALA_SEKOLAH: QT_TRANSLATE_NOOP(
        "Pmp", "Kepala Sekolah belum ditetapkan di data GTK (tugas tambahan Kepala Sekolah)"
    ),
    GURU: QT_TRANSLATE_NOOP("Pmp", "Guru: belum ada guru aktif di data GTK"),
    PESERTA_DIDIK: QT_TRANSLATE_NOOP(
        "Pmp", "Peserta Didik: belum ada peserta didik aktif di tingkat {tingkat}"
    ),
}


@dataclass(frozen=True)
class School:
    sekolah_id: str
    npsn: str
    nama: str
    jenjang_pendidikan_id: int


@dataclass(frozen=True)
class Slot:
    """A required respondent taken from the school's data."""

    kunci: str
    jenis: str
    nama: str
    keterangan: str


@dataclass(frozen=True)
class RespondentProgress:
    respondent_id: str
    kunci: str
    jenis: str
    nama: str
    keterangan: str
    answered: int
    total: int

    @property
    def complete(self) -> bool:
        return self.answered == self.total

    @property
    def remaining(self) -> int:
        return self.total - self.answered


@dataclass(frozen=True)
class Missing:
    """Required respondents that do not exist yet: ``count`` of them."""

    jenis: str
    count: int
    minimum: int


@dataclass(frozen=True)
class TypeProgress:
    jenis: str
    respondents: int
    complete: int
    answered: int
    total: int
    missing: int


@dataclass
class Completeness:
    school: School
    versi: str
    respondents: list[RespondentProgress]
    missing: list[Missing] = field(default_factory=list)
    tingkat_atas: tuple[int, ...] = ()

    @property
    def complete(self) -> bool:
        return not self.missing and all(r.complete for r in self.respondents)

    def incomplete(self) -> list[RespondentProgress]:
        return [r for r in self.respondents if not r.complete]

    def by_type(self) -> dict[str, TypeProgress]:
        missing = {m.jenis: m.count for m in self.missing}
        result = {}
        for jenis in RESPONDENT_TYPES:
            mine = [r for r in self.respondents if r.jenis == jenis]
            result[jenis] = TypeProgress(
                jenis=jenis,
                respondents=len(mine),
                complete=sum(r.complete for r in mine),
                answered=sum(r.answered for r in mine),
                total=sum(r.total for r in mine),
                missing=missing.get(jenis, 0),
            )
        return result

    def refusals(self, translate=lambda _context, text: text) -> list[str]:
        """Exactly who is missing or incomplete, one line each, in the operator's
        language when ``translate`` is Qt's (context, text) translator."""
        lines = []
        for m in self.missing:
            jenis = translate("Pmp", RESPONDENT_TYPES[m.jenis])
            if m.jenis in NAMED_TYPES:
                template = translate("Pmp", MISSING_NAMED)
            else:
                template = translate("Pmp", MISSING_FROM_DATA[m.jenis])
            tingkat = ", ".join(str(t) for t in self.tingkat_atas)
            lines.append(
                template.format(jenis=jenis, jumlah=m.count, minimal=m.minimum, tingkat=tingkat)
            )
        for r in self.incomplete():
            lines.append(
                translate("Pmp", INCOMPLETE).format(
                    jenis=translate("Pmp", RESPONDENT_TYPES[r.jenis]),
                    nama=r.nama,
                    sisa=r.remaining,
                    total=r.total,
                )
            )
        return lines


def school(session: Session) -> School:
    row = session.execute(
        select(Sekolah, BentukPendidikan.jenjang_pendidikan_id)
        .join(
            BentukPendidikan, BentukPendidikan.bentuk_pendidikan_id == Sekolah.bentuk_pendidikan_id
        )
        .where(Sekolah.soft_delete.is_(False))
    ).first()
    if row is None:
        raise PmpError(QT_TRANSLATE_NOOP("Pmp", "Belum ada data sekolah di basis data ini."))
    sekolah, jenjang = row
    return School(sekolah.sekolah_id, sekolah.npsn, sekolah.nama, jenjang)


def _sample(rows: dict[str, tuple[str, str]], limit: int) -> list[tuple[str, str, str]]:
    """Up to ``limit`` of ``{id: (nama, keterangan)}``, in SHA-256-of-id order."""
    ordered = sorted(rows, key=lambda i: hashlib.sha256(i.encode()).hexdigest())
    return [(i, *rows[i]) for i in ordered[:limit]]


def _kepala(session: Session) -> tuple[str, str, str] | None:
    for jabatan in JABATAN_KEPALA:
        row = session.execute(
            select(Ptk.ptk_id, Ptk.nama, JabatanTugasPtk.nama)
            .join(TugasTambahan, TugasTambahan.ptk_id == Ptk.ptk_id)
            .join(JabatanTugasPtk, JabatanTugasPtk.jabatan_ptk_id == TugasTambahan.jabatan_ptk_id)
            .where(
                TugasTambahan.jabatan_ptk_id == jabatan,
                TugasTambahan.tst_tambahan.is_(None),
                TugasTambahan.soft_delete.is_(False),
                Ptk.soft_delete.is_(False),
            )
            .order_by(TugasTambahan.tmt_tambahan.desc(), Ptk.ptk_id)
        ).first()
        if row is not None:
            return tuple(row)
    return None


def _guru(session: Session, exclude: str | None) -> dict[str, tuple[str, str]]:
    rows = session.execute(
        select(Ptk.ptk_id, Ptk.nama, JenisPtk.nama)
        .join(PtkTerdaftar, PtkTerdaftar.ptk_id == Ptk.ptk_id)
        .join(JenisPtk, JenisPtk.jenis_ptk_id == PtkTerdaftar.jenis_ptk_id)
        .where(
            JenisPtk.guru == 1,
            PtkTerdaftar.jenis_ptk_id != JENIS_PTK_KEPALA_SEKOLAH,
            PtkTerdaftar.jenis_keluar_id.is_(None),
            PtkTerdaftar.soft_delete.is_(False),
            Ptk.soft_delete.is_(False),
        )
    )
    return {ptk_id: (nama, jenis) for ptk_id, nama, jenis in rows if ptk_id != exclude}


def _semester_id(session: Session) -> int | None:
    active = session.scalar(select(Semester.semester_id).where(Semester.periode_aktif == 1))
    return active or session.scalar(
        select(RombonganBelajar.semester_id).order_by(RombonganBelajar.semester_id.desc())
    )


def _peserta_didik(session: Session, tingkat: tuple[int, ...]) -> dict[str, tuple[str, str]]:
    rows = session.execute(
        select(PesertaDidik.peserta_didik_id, PesertaDidik.nama, RombonganBelajar.nama)
        .join(AnggotaRombel, AnggotaRombel.peserta_didik_id == PesertaDidik.peserta_didik_id)
        .join(
            RombonganBelajar,
            RombonganBelajar.rombongan_belajar_id == AnggotaRombel.rombongan_belajar_id,
        )
        .join(
            RegistrasiPesertaDidik,
            RegistrasiPesertaDidik.peserta_didik_id == PesertaDidik.peserta_didik_id,
        )
        .where(
            RombonganBelajar.semester_id == _semester_id(session),
            RombonganBelajar.tingkat_pendidikan_id.in_(tingkat),
            RombonganBelajar.jenis_rombel == 1,
            RombonganBelajar.soft_delete.is_(False),
            AnggotaRombel.soft_delete.is_(False),
            registration_current(RegistrasiPesertaDidik),
            PesertaDidik.soft_delete.is_(False),
        )
        .order_by(PesertaDidik.peserta_didik_id, RombonganBelajar.nama)
    )
    found: dict[str, tuple[str, str]] = {}
    for pd_id, nama, rombel in rows:
        found.setdefault(pd_id, (nama, rombel))
    return found


def _minimum(iset: InstrumentSet, sch: School):
    minimum = iset.minimum.get(sch.jenjang_pendidikan_id)
    if minimum is None:
        raise PmpError(
            QT_TRANSLATE_NOOP(
                "Pmp", "Instrumen PMP {versi} belum tersedia untuk jenjang sekolah ini."
            ),
            versi=iset.versi,
        )
    return minimum


def required_slots(
    session: Session, iset: InstrumentSet, sch: School
) -> tuple[list[Slot], list[Missing]]:
    """Respondents the school's data requires, and the types with none available."""
    minimum = _minimum(iset, sch)
    slots: list[Slot] = []
    missing: list[Missing] = []
    kepala = _kepala(session)
    if kepala is None:
        missing.append(Missing(KEPALA_SEKOLAH, 1, 1))
    else:
        slots.append(Slot(f"ptk:{kepala[0]}", KEPALA_SEKOLAH, kepala[1], kepala[2]))
    sources = (
        (GURU, "ptk", _guru(session, kepala[0] if kepala else None)),
        (PESERTA_DIDIK, "pd", _peserta_didik(session, minimum.tingkat_atas)),
    )
    for jenis, prefix, rows in sources:
        if not rows:
            missing.append(Missing(jenis, minimum.counts[jenis], minimum.counts[jenis]))
        for source_id, nama, keterangan in _sample(rows, minimum.counts[jenis]):
            slots.append(Slot(f"{prefix}:{source_id}", jenis, nama, keterangan))
    return slots, missing


def _ensure(session: Session, slots: list[Slot]) -> dict[str, PmpRespondent]:
    """Rows for the required respondents, created or renamed as the school data says."""
    existing = {
        r.kunci: r
        for r in session.scalars(
            select(PmpRespondent).where(PmpRespondent.kunci.in_([s.kunci for s in slots]))
        )
    }
    for s in slots:
        row = existing.get(s.kunci)
        if row is None:
            row = PmpRespondent(kunci=s.kunci, jenis=s.jenis, nama=s.nama, keterangan=s.keterangan)
            session.add(row)
            existing[s.kunci] = row
        elif (row.nama, row.keterangan, row.jenis) != (s.nama, s.keterangan, s.jenis):
            row.nama, row.keterangan, row.jenis = s.nama, s.keterangan, s.jenis
    session.flush()
    return existing


def respondent_rows(
    session: Session, iset: InstrumentSet
) -> tuple[School, list[PmpRespondent], list[Missing]]:
    """The current respondents in display order (writes the rows of new required
    respondents; the caller commits), and what is still missing."""
    sch = school(session)
    slots, missing = required_slots(session, iset, sch)
    by_kunci = _ensure(session, slots)
    named = list(
        session.scalars(
            select(PmpRespondent)
            .where(PmpRespondent.jenis.in_(NAMED_TYPES))
            .order_by(PmpRespondent.created_at, PmpRespondent.respondent_id)
        )
    )
    minimum = _minimum(iset, sch)
    counts = Counter(r.jenis for r in named)
    for jenis in NAMED_TYPES:
        short = minimum.counts[jenis] - counts[jenis]
        if short > 0:
            missing.append(Missing(jenis, short, minimum.counts[jenis]))
    rows = [by_kunci[s.kunci] for s in slots] + named
    order = list(RESPONDENT_TYPES)
    # By type, then by name; komite and pengawas stay in the order they were added.
    rows.sort(key=lambda r: (order.index(r.jenis), "" if r.jenis in NAMED_TYPES else r.nama))
    missing.sort(key=lambda m: order.index(m.jenis))
    return sch, rows, missing


def valid_answers(
    session: Session, iset: InstrumentSet, rows: list[PmpRespondent]
) -> dict[str, dict[str, str]]:
    """Per respondent id, the answers that fit its instrument (question and option)."""
    jenis_of = {r.respondent_id: r.jenis for r in rows}
    answers: dict[str, dict[str, str]] = {r.respondent_id: {} for r in rows}
    result = session.execute(
        select(PmpResponse.respondent_id, PmpResponse.kode_pertanyaan, PmpResponse.jawaban).where(
            PmpResponse.respondent_id.in_(list(jenis_of))
        )
    )
    for respondent_id, kode, jawaban in result:
        question = iset.instruments[jenis_of[respondent_id]].question(kode)
        if question is not None and question.accepts(jawaban):
            answers[respondent_id][kode] = jawaban
    return answers


def completeness(session: Session, iset: InstrumentSet) -> Completeness:
    sch, rows, missing = respondent_rows(session, iset)
    answers = valid_answers(session, iset, rows)
    progress = [
        RespondentProgress(
            respondent_id=r.respondent_id,
            kunci=r.kunci,
            jenis=r.jenis,
            nama=r.nama,
            keterangan=r.keterangan or "",
            answered=len(answers[r.respondent_id]),
            total=len(iset.instruments[r.jenis].questions),
        )
        for r in rows
    ]
    tingkat = _minimum(iset, sch).tingkat_atas
    return Completeness(sch, iset.versi, progress, missing, tingkat)


def add_named(session: Session, jenis: str, nama: str, keterangan: str = "") -> str:
    """A komite member or pengawas, entered by name; returns the respondent id."""
    nama = " ".join(nama.split())
    if jenis not in NAMED_TYPES:
        raise ValueError(jenis)
    if not nama:
        raise PmpError(QT_TRANSLATE_NOOP("Pmp", "Nama responden wajib diisi."))
    respondent_id = new_uuid()
    session.add(
        PmpRespondent(
            respondent_id=respondent_id,
            kunci=f"nama:{respondent_id}",
            jenis=jenis,
            nama=nama[:100],
            keterangan=keterangan.strip()[:100] or None,
        )
    )
    session.flush()
    return respondent_id


def remove_named(session: Session, respondent_id: str) -> None:
    """Remove a respondent entered by name, with their answers. Respondents from
    the school's data follow that data and cannot be removed here."""
    row = session.get(PmpRespondent, respondent_id)
    if row is None or row.jenis not in NAMED_TYPES:
        raise ValueError(respondent_id)
    session.execute(delete(PmpResponse).where(PmpResponse.respondent_id == respondent_id))
    session.delete(row)
    session.flush()
