"""Daftar Peserta Didik per rombel and the absensi sheet of a month: one section
(beginning on a new page) per rombel of the active semester, its active members
by name."""

import calendar
from dataclasses import dataclass
from datetime import date
from itertools import groupby

from sqlalchemy import select
from sqlalchemy.orm import Session

from dapodik.i18n import QT_TRANSLATE_NOOP
from dapodik.schema import models as m

from .dates import month_name
from .document import Fields, Printout, Section, Signer, Table, Text
from .request import Request
from .school import (
    NothingToPrint,
    active_semester,
    nip_text,
    school_printout,
    semester_text,
    signed_by_principal,
)
from .values import date_text, natural_key

SUNDAY = 6


@dataclass(frozen=True)
class Rombel:
    rombongan_belajar_id: str
    nama: str
    tingkat: str
    wali: str
    wali_nip: str | None
    wali_ptk_id: str | None


@dataclass(frozen=True)
class Member:
    nipd: str | None
    nisn: str | None
    nama: str
    jenis_kelamin: str
    tempat_lahir: str | None
    tanggal_lahir: date | None
    agama: str | None


def rombels(session: Session, nama: str | None) -> list[Rombel]:
    """The active semester's rombel, by tingkat and name ("X TKJ 2" before "X TKJ 10");
    only ``nama`` if given."""
    query = (
        select(
            m.RombonganBelajar.rombongan_belajar_id,
            m.RombonganBelajar.nama,
            m.RombonganBelajar.tingkat_pendidikan_id.label("tingkat_id"),
            m.TingkatPendidikan.nama.label("tingkat"),
            m.Ptk.nama.label("wali"),
            m.Ptk.nip,
            m.RombonganBelajar.ptk_id,
        )
        .outerjoin(m.TingkatPendidikan)
        .outerjoin(m.Ptk, m.Ptk.ptk_id == m.RombonganBelajar.ptk_id)
        .where(
            m.RombonganBelajar.soft_delete.is_(False),
            m.RombonganBelajar.semester_id == active_semester(session).semester_id,
        )
    )
    if nama is not None:
        query = query.where(m.RombonganBelajar.nama == nama)
    rows = sorted(
        session.execute(query), key=lambda row: (row.tingkat_id or 0, natural_key(row.nama))
    )
    found = [
        Rombel(
            row.rombongan_belajar_id,
            row.nama,
            row.tingkat or "",
            row.wali or "",
            row.nip,
            row.ptk_id,
        )
        for row in rows
    ]
    if not found and nama is not None:
        raise NothingToPrint(
            QT_TRANSLATE_NOOP("Cetak", "Rombel {nama} tidak ada pada semester aktif."), nama=nama
        )
    if not found:
        raise NothingToPrint(QT_TRANSLATE_NOOP("Cetak", "Belum ada rombel pada semester aktif."))
    return found


def members(session: Session, chosen: list[Rombel]) -> dict[str, list[Member]]:
    """Each rombel's students who have not left the school, by name."""
    pd, reg, anggota = m.PesertaDidik, m.RegistrasiPesertaDidik, m.AnggotaRombel
    rows = session.execute(
        select(
            anggota.rombongan_belajar_id,
            reg.nipd,
            pd.nisn,
            pd.nama,
            pd.jenis_kelamin,
            pd.tempat_lahir,
            pd.tanggal_lahir,
            m.Agama.nama,
        )
        .join(pd, pd.peserta_didik_id == anggota.peserta_didik_id)
        .join(reg, reg.peserta_didik_id == pd.peserta_didik_id)
        .outerjoin(m.Agama, m.Agama.agama_id == pd.agama_id)
        .where(
            anggota.rombongan_belajar_id.in_([r.rombongan_belajar_id for r in chosen]),
            anggota.soft_delete.is_(False),
            pd.soft_delete.is_(False),
            reg.soft_delete.is_(False),
            reg.jenis_keluar_id.is_(None),
        )
        .order_by(anggota.rombongan_belajar_id, pd.nama)
    )
    return {
        rombel_id: [Member(*row[1:]) for row in group]
        for rombel_id, group in groupby(rows, key=lambda row: row[0])
    }


def _jumlah(students: list[Member]) -> str:
    male = sum(1 for s in students if s.jenis_kelamin == "L")
    return f"{len(students)} (L: {male}, P: {len(students) - male})"


def _rombel_fields(rombel: Rombel, students: list[Member]) -> Fields:
    return Fields(
        [
            ("Rombel", rombel.nama),
            ("Tingkat", rombel.tingkat),
            ("Wali Kelas", rombel.wali),
            ("Jumlah", _jumlah(students)),
        ]
    )


def _wali(rombel: Rombel) -> Signer:
    return Signer("Wali Kelas", rombel.wali, nip_text(rombel.wali_nip), rombel.wali_ptk_id)


def daftar_pd(session: Session, request: Request) -> Printout:
    chosen = rombels(session, request.rombel)
    by_rombel = members(session, chosen)
    sections = []
    for rombel in chosen:
        students = by_rombel.get(rombel.rombongan_belajar_id, [])
        rows = [
            (
                str(number),
                s.nipd or "",
                s.nisn or "",
                s.nama,
                s.jenis_kelamin,
                ", ".join(filter(None, [s.tempat_lahir, date_text(s.tanggal_lahir)])),
                s.agama or "",
            )
            for number, s in enumerate(students, 1)
        ]
        sections.append(
            Section(
                [
                    _rombel_fields(rombel, students),
                    Table(
                        ("No", "NIPD", "NISN", "Nama", "L/P", "Tempat, Tanggal Lahir", "Agama"),
                        rows,
                        (4, 9, 13, 27, 4, 34, 9),
                        numeric=frozenset({0}),
                    ),
                    *([] if students else [Text("Rombel ini belum mempunyai anggota.")]),
                    signed_by_principal(session, request.today, _wali(rombel)),
                ]
            )
        )
    return school_printout(
        session,
        "Daftar Peserta Didik",
        sections,
        footer="Daftar Peserta Didik" + (f" {request.rombel}" if request.rombel else ""),
        file_name=f"daftar-pd-{request.rombel or 'semua-rombel'}",
    )


def _days(year: int, month: int) -> list[date]:
    return [date(year, month, day) for day in range(1, calendar.monthrange(year, month)[1] + 1)]


def absensi(session: Session, request: Request) -> Printout:
    year, month = request.month or (request.today.year, request.today.month)
    days = _days(year, month)
    chosen = rombels(session, request.rombel)
    by_rombel = members(session, chosen)
    fixed = ("No", "Nama", "NISN", "L/P")
    totals = ("S", "I", "A")
    header = (*fixed, *(str(d.day) for d in days), *totals)
    fixed_widths, total_widths = (3, 20, 8, 3), (3, 3, 3)
    day_width = round((100 - sum(fixed_widths) - sum(total_widths)) / len(days), 2)
    widths = (*fixed_widths, *([day_width] * len(days)), *total_widths)
    sundays = frozenset(len(fixed) + i for i, d in enumerate(days) if d.weekday() == SUNDAY)
    sections = []
    for rombel in chosen:
        students = by_rombel.get(rombel.rombongan_belajar_id, [])
        rows = [
            (str(n), s.nama, s.nisn or "", s.jenis_kelamin, *([""] * (len(days) + len(totals))))
            for n, s in enumerate(students, 1)
        ]
        sections.append(
            Section(
                [
                    # One line: the more of the page is left to the grid and the signatures.
                    Text(
                        f"Rombel {rombel.nama} · {rombel.tingkat} · Wali Kelas {rombel.wali or '-'}"
                        f" · Jumlah {_jumlah(students)} · S sakit, I izin, A alpa;"
                        " abu-abu: hari Minggu"
                    ),
                    Table(
                        header, rows, widths, numeric=frozenset({0}), shaded=sundays, compact=True
                    ),
                    signed_by_principal(session, request.today, _wali(rombel)),
                ]
            )
        )
    bulan = f"{month_name(month)} {year}"
    return school_printout(
        session,
        "Daftar Hadir Peserta Didik",
        sections,
        subtitle=f"Bulan {bulan} · {semester_text(session)}",
        landscape=True,
        footer=f"Absensi {bulan}" + (f" {request.rombel}" if request.rombel else ""),
        file_name=f"absensi-{year}-{month:02d}-{request.rombel or 'semua-rombel'}",
    )
