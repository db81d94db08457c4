"""Formulir Peserta Didik and Formulir GTK: one record's full data, and the blank
Formulir Peserta Didik a new student's parents fill in.

Each form prints the entry form's fields (``app.entry.forms``) page by page of
the form, in its order, with the rows that hang off the record below them.
"""

from string import ascii_uppercase

from sqlalchemy import select
from sqlalchemy.orm import Session

from dapodik.i18n import QT_TRANSLATE_NOOP
from dapodik.schema import models as m

from ..entry import store
from ..entry.forms import FORMS, FormSpec
from .document import Fields, Heading, Printout, Section, Signer, Table, Text
from .request import Request
from .school import NothingToPrint, nip_text, school_printout, signed_by_principal
from .values import FieldText

OTHER_GROUP = "Lainnya"
WIDE_CELL = 30  # characters: longer values wrap rather than widen their column


def _groups(spec: FormSpec) -> dict[str, list]:
    """The form's fields page by page, in the form's order."""
    groups: dict[str, list] = {}
    for f in spec.fields:
        groups.setdefault(f.group or OTHER_GROUP, []).append(f)
    return groups


def _lettered(titles: list[str]) -> list[str]:
    return [f"{letter}. {title}" for letter, title in zip(ascii_uppercase, titles, strict=False)]


def _letters_after(spec: FormSpec):
    """The letters of the headings that follow the form's own pages."""
    return iter(ascii_uppercase[len(_groups(spec)) :])


def _form_blocks(spec: FormSpec, rows_of_group) -> list:
    """A heading and a Fields block per page of the form; ``rows_of_group`` makes
    a group's Fields."""
    groups = _groups(spec)
    blocks = []
    for heading, fields in zip(_lettered(list(groups)), groups.values(), strict=True):
        blocks += [Heading(heading), rows_of_group(fields)]
    return blocks


def _record_blocks(session: Session, spec: FormSpec, record_id: str) -> list:
    values = store.load(session, spec, record_id)
    text = FieldText(session)
    return _form_blocks(
        spec, lambda fields: Fields([(f.label, text.value(f, values[f.key])) for f in fields])
    )


def _child_table(session: Session, spec: FormSpec, link: str, record_id: str, order):
    """The rows of another form that belong to the record: a column per field that
    any of them fills, as wide as its words need."""
    rows = session.scalars(
        select(spec.model)
        .where(getattr(spec.model, link) == record_id, spec.model.soft_delete.is_(False))
        .order_by(order)
    ).all()
    if not rows:
        return Text("Tidak ada.")
    text = FieldText(session)
    values = {
        f.label: [text.value(f, getattr(row, f.key)) for row in rows]
        for f in spec.fields
        if f.key != link
    }
    filled = {label: column for label, column in values.items() if any(column)}
    # Characters each column needs: a header word is bold and never broken.
    weights = [
        max(_longest_word(label) * 1.2, min(max(len(v) for v in column), WIDE_CELL)) + 2
        for label, column in filled.items()
    ]
    return Table(
        tuple(filled),
        list(zip(*filled.values(), strict=True)),
        tuple(round(100 * w / sum(weights)) for w in weights),
        compact=True,
    )


def _longest_word(text: str) -> int:
    return max(len(word) for word in text.split())


def _record(session: Session, model, record_id: str | None, nisn: str | None = None):
    row = None
    if record_id:
        row = session.get(model, record_id)
    elif nisn:
        row = session.scalar(
            select(model).where(model.nisn == nisn, model.soft_delete.is_(False)).limit(1)
        )
    if row is None or row.soft_delete:
        raise NothingToPrint(
            QT_TRANSLATE_NOOP("Cetak", "Data yang diminta ({wanted}) tidak ada."),
            wanted=record_id or nisn or "-",
        )
    return row


def _rombel_fields(session: Session, peserta_didik_id: str) -> Fields:
    """The student's class group this semester, which the entry form does not ask."""
    semester = session.scalar(select(m.Semester.semester_id).where(m.Semester.periode_aktif == 1))
    found = session.execute(
        select(m.RombonganBelajar.nama, m.TingkatPendidikan.nama, m.Ptk.nama)
        .join(m.AnggotaRombel)
        .outerjoin(m.TingkatPendidikan)
        .outerjoin(m.Ptk, m.Ptk.ptk_id == m.RombonganBelajar.ptk_id)
        .where(
            m.AnggotaRombel.peserta_didik_id == peserta_didik_id,
            m.AnggotaRombel.soft_delete.is_(False),
            m.RombonganBelajar.soft_delete.is_(False),
            m.RombonganBelajar.semester_id == semester,
        )
        .order_by(m.RombonganBelajar.jenis_rombel, m.RombonganBelajar.nama)
    ).all()
    rombel, tingkat, wali = found[0] if found else ("", "", "")
    return Fields([("Rombel", rombel), ("Tingkat", tingkat or ""), ("Wali Kelas", wali or "")])


def formulir_pd(session: Session, request: Request) -> Printout:
    spec = FORMS["peserta_didik"]
    student = _record(session, m.PesertaDidik, request.record_id, request.nisn)
    blocks = _record_blocks(session, spec, student.peserta_didik_id)
    blocks += [
        Heading(f"{next(_letters_after(spec))}. Rombongan Belajar"),
        _rombel_fields(session, student.peserta_didik_id),
        signed_by_principal(session, request.today, Signer("Orang Tua/Wali", "", "")),
    ]
    return school_printout(
        session,
        "Formulir Peserta Didik",
        [Section(blocks)],
        footer=f"Formulir Peserta Didik: {student.nama}",
        file_name=f"formulir-pd-{student.nisn or student.peserta_didik_id}",
    )


def formulir_pd_kosong(session: Session, request: Request) -> Printout:
    text = FieldText(session)
    blocks = _form_blocks(
        FORMS["peserta_didik"],
        lambda fields: Fields([(f.label, text.blank(f)) for f in fields], blank=True),
    )
    # Dated by the parents when they hand it in.
    blocks.append(signed_by_principal(session, None, Signer("Orang Tua/Wali", "", "")))
    return school_printout(
        session,
        "Formulir Peserta Didik",
        [Section(blocks)],
        subtitle="Diisi oleh orang tua/wali peserta didik baru",
        footer="Formulir Peserta Didik (kosong)",
        file_name="formulir-pd-kosong",
    )


def _himself(ptk: m.Ptk) -> Signer:
    return Signer("Yang bersangkutan", ptk.nama, nip_text(ptk.nip), ptk.ptk_id)


def formulir_gtk(session: Session, request: Request) -> Printout:
    spec = FORMS["ptk"]
    ptk = _record(session, m.Ptk, request.record_id)
    blocks = _record_blocks(session, spec, ptk.ptk_id)
    letters = _letters_after(spec)
    blocks += [
        Heading(f"{next(letters)}. Riwayat Pendidikan Formal"),
        _child_table(
            session, FORMS["rwy_pend_formal"], "ptk_id", ptk.ptk_id, m.RwyPendFormal.tahun_lulus
        ),
        # Sertifikasi (rwy_sertifikasi) belongs here once the ministry's data model
        # brings that table: a heading and a table of it, as riwayat pendidikan has.
        Heading(f"{next(letters)}. Tugas Tambahan"),
        _child_table(
            session, FORMS["tugas_tambahan"], "ptk_id", ptk.ptk_id, m.TugasTambahan.tmt_tambahan
        ),
        signed_by_principal(session, request.today, _himself(ptk)),
    ]
    return school_printout(
        session,
        "Formulir GTK",
        [Section(blocks)],
        footer=f"Formulir GTK: {ptk.nama}",
        file_name=f"formulir-gtk-{ptk.nuptk or ptk.ptk_id}",
    )
