"""Rekap mengajar GTK: per guru the pembelajaran of the active semester, the JJM,
the tugas tambahan still running and the total JTM, the figures Info GTK reads.

Counted as Validasi Lokal counts them (PTK-JTM-01): hours of the semester's
pembelajaran plus the jumlah jam of every tugas tambahan without a TST passed.
"""

from collections import defaultdict

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from dapodik.i18n import QT_TRANSLATE_NOOP
from dapodik.schema import models as m

from ..accounts.principal import current_tahun_ajaran
from ..sync.confirmation import JTM_MINIMUM
from .document import Printout, Section, Table, Text
from .request import Request
from .school import (
    NothingToPrint,
    active_semester,
    school_printout,
    signed_by_principal,
)
from .values import natural_key


def _guru(session: Session) -> list[tuple[str, str, str]]:
    """Guru active at the school this tahun ajaran: (ptk_id, nama, NUPTK)."""
    tahun = current_tahun_ajaran(session)
    return session.execute(
        select(m.Ptk.ptk_id, m.Ptk.nama, m.Ptk.nuptk)
        .join(m.PtkTerdaftar, m.PtkTerdaftar.ptk_id == m.Ptk.ptk_id)
        .join(m.JenisPtk, m.JenisPtk.jenis_ptk_id == m.PtkTerdaftar.jenis_ptk_id)
        .where(
            m.Ptk.soft_delete.is_(False),
            m.PtkTerdaftar.soft_delete.is_(False),
            m.PtkTerdaftar.jenis_keluar_id.is_(None),
            m.PtkTerdaftar.tahun_ajaran_id == (tahun.tahun_ajaran_id if tahun else None),
            m.JenisPtk.guru == 1,
        )
        .distinct()
        .order_by(m.Ptk.nama)
    ).all()


def _teaching(session: Session) -> dict[str, dict[tuple[str, int], list[str]]]:
    """Per ptk_id, the rombel taught this semester per (mata pelajaran, jam per minggu)."""
    rows = session.execute(
        select(
            m.PtkTerdaftar.ptk_id,
            m.Pembelajaran.nama_mata_pelajaran,
            m.Pembelajaran.jam_mengajar_per_minggu,
            m.RombonganBelajar.nama,
        )
        .join(m.PtkTerdaftar, m.PtkTerdaftar.ptk_terdaftar_id == m.Pembelajaran.ptk_terdaftar_id)
        .join(m.RombonganBelajar)
        .where(
            m.Pembelajaran.soft_delete.is_(False),
            m.PtkTerdaftar.soft_delete.is_(False),
            m.Pembelajaran.semester_id == active_semester(session).semester_id,
        )
        .order_by(m.Pembelajaran.nama_mata_pelajaran)
    )
    found = defaultdict(lambda: defaultdict(list))
    for ptk_id, mapel, jam, rombel in rows:
        found[ptk_id][(mapel, jam or 0)].append(rombel)
    return found


def _jjm(taught: dict[tuple[str, int], list[str]]) -> int:
    return sum(jam * len(rombels) for (_, jam), rombels in taught.items())


def _taught_text(taught: dict[tuple[str, int], list[str]]) -> str:
    return "\n".join(
        f"{mapel}, {jam} jam: {', '.join(sorted(rombels, key=natural_key))}"
        for (mapel, jam), rombels in taught.items()
    )


def _duties(session: Session, request: Request) -> dict[str, list[tuple[str, int]]]:
    """Per ptk_id: (jabatan, jumlah jam) of every tugas tambahan still running."""
    rows = session.execute(
        select(m.TugasTambahan.ptk_id, m.JabatanTugasPtk.nama, m.TugasTambahan.jumlah_jam)
        .join(m.JabatanTugasPtk)
        .where(
            m.TugasTambahan.soft_delete.is_(False),
            or_(
                m.TugasTambahan.tst_tambahan.is_(None),
                m.TugasTambahan.tst_tambahan >= request.today,
            ),
        )
        .order_by(m.TugasTambahan.tmt_tambahan)
    )
    found = defaultdict(list)
    for ptk_id, jabatan, jam in rows:
        found[ptk_id].append((jabatan, jam or 0))
    return found


def _duties_text(duties: list[tuple[str, int]]) -> str:
    return "\n".join(f"{jabatan}, {jam} jam" for jabatan, jam in duties)


def rekap_mengajar(session: Session, request: Request) -> Printout:
    guru = _guru(session)
    if not guru:
        raise NothingToPrint(
            QT_TRANSLATE_NOOP("Cetak", "Belum ada guru aktif pada tahun ajaran ini.")
        )
    teaching, duties = _teaching(session), _duties(session, request)
    rows = []
    for number, (ptk_id, nama, nuptk) in enumerate(guru, 1):
        jjm = _jjm(teaching[ptk_id])
        tambahan = sum(jam for _, jam in duties[ptk_id])
        rows.append(
            (
                str(number),
                f"{nama}\nNUPTK {nuptk or '-'}",
                _taught_text(teaching[ptk_id]),
                str(jjm),
                _duties_text(duties[ptk_id]),
                str(tambahan),
                str(jjm + tambahan),
                "Ya" if jjm + tambahan >= JTM_MINIMUM else "Belum",
            )
        )
    return school_printout(
        session,
        "Rekap Mengajar GTK",
        [
            Section(
                [
                    Text(
                        f"JJM: jam mengajar per minggu dari pembelajaran semester ini. "
                        f"JTM: JJM ditambah jam tugas tambahan; paling sedikit {JTM_MINIMUM} "
                        "jam per minggu."
                    ),
                    Table(
                        (
                            "No",
                            "Nama GTK",
                            "Pembelajaran (mata pelajaran, jam per rombel: rombel)",
                            "JJM",
                            "Tugas Tambahan",
                            "Jam TT",
                            "JTM",
                            f"JTM ≥ {JTM_MINIMUM}",
                        ),
                        rows,
                        (4, 22, 39, 5, 12, 6, 5, 7),
                        numeric=frozenset({0, 3, 5, 6}),
                    ),
                    signed_by_principal(session, request.today),
                ]
            )
        ],
        file_name="rekap-mengajar",
    )
