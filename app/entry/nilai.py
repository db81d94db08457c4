"""The Nilai grid: a rombel's students for one pembelajaran, their pengetahuan and
keterampilan, checked 0–100 and saved together in one transaction."""

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from dapodik.schema import models as m

from ..db.engine import Database
from .fields import Problem, clean_value
from .forms import NILAI
from .options import Option
from .store import FormRefused, failed, school_context

COLUMNS = NILAI.fields


@dataclass
class NilaiRow:
    anggota_rombel_id: str
    nama: str
    nisn: str
    values: list  # one per COLUMNS, typed (Decimal) or None


def pembelajaran_of(session: Session, rombongan_belajar_id: str) -> list[Option]:
    rows = session.execute(
        select(m.Pembelajaran.pembelajaran_id, m.Pembelajaran.nama_mata_pelajaran)
        .where(
            m.Pembelajaran.rombongan_belajar_id == rombongan_belajar_id,
            m.Pembelajaran.soft_delete.is_(False),
        )
        .order_by(m.Pembelajaran.nama_mata_pelajaran)
    )
    return [Option(pid, nama) for pid, nama in rows]


def grid(session: Session, pembelajaran_id: str) -> list[NilaiRow]:
    """Every student of the pembelajaran's rombel, with their nilai if any."""
    pb = session.get(m.Pembelajaran, pembelajaran_id)
    ar, pd, nl = m.AnggotaRombel, m.PesertaDidik, m.Nilai
    query = (
        select(ar.anggota_rombel_id, pd.nama, pd.nisn, nl.nilai_pengetahuan, nl.nilai_keterampilan)
        .join(pd, pd.peserta_didik_id == ar.peserta_didik_id)
        .outerjoin(
            nl,
            (nl.anggota_rombel_id == ar.anggota_rombel_id)
            & (nl.pembelajaran_id == pembelajaran_id)
            & nl.soft_delete.is_(False),
        )
        .where(ar.rombongan_belajar_id == pb.rombongan_belajar_id, ar.soft_delete.is_(False))
        .order_by(pd.nama)
    )
    return [NilaiRow(a, nama, nisn or "", [p, k]) for a, nama, nisn, p, k in session.execute(query)]


def check_cell(column: int, text: str) -> tuple[object, Problem | None]:
    return clean_value(COLUMNS[column], text)


def save_grid(db: Database, pembelajaran_id: str, edits: dict[str, list[str]]) -> list[str]:
    """Write the typed cells ({anggota_rombel_id: [pengetahuan, keterampilan]} as
    text) in one transaction; refuses all of them if any one is out of range.
    The ids of the nilai rows written."""
    typed, problems = {}, []
    for anggota_id, texts in edits.items():
        values = []
        for column, text in enumerate(texts):
            value, problem = check_cell(column, text)
            values.append(value)
            if problem:
                problems.append(problem)
        typed[anggota_id] = values
    if problems:
        raise FormRefused(problems)
    try:
        with db.Session.begin() as session:
            semester = school_context(session)["semester_id"]
            return [
                _upsert(session, pembelajaran_id, anggota_id, values, semester)
                for anggota_id, values in typed.items()
            ]
    except SQLAlchemyError as exc:
        raise failed(exc) from exc


def _upsert(session: Session, pembelajaran_id: str, anggota_id: str, values: list, semester) -> str:
    # A deleted nilai still holds the (anggota, pembelajaran) pair: revive it, never duplicate.
    row = session.scalars(
        select(m.Nilai).where(
            m.Nilai.anggota_rombel_id == anggota_id, m.Nilai.pembelajaran_id == pembelajaran_id
        )
    ).first()
    if row is None:
        row = m.Nilai(
            anggota_rombel_id=anggota_id, pembelajaran_id=pembelajaran_id, semester_id=semester
        )
        session.add(row)
    row.soft_delete = False
    row.nilai_pengetahuan, row.nilai_keterampilan = values
    session.flush()  # a new row's id
    return row.nilai_id
