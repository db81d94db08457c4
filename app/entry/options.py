"""Where a choice field's options come from.

``ref:<table>`` is a referensi table (retired codes left out, unless the record
already holds one, so an edit never silently drops its value); the other sources
are the school's own rows or short fixed lists.
"""

from datetime import date
from typing import NamedTuple

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from dapodik.i18n import QT_TRANSLATE_NOOP
from dapodik.schema import models as m
from dapodik.schema.referensi import REFERENSI_MODELS, Wilayah

REFERENSI = {model.__tablename__: model for model in REFERENSI_MODELS}


class Option(NamedTuple):
    value: object
    label: str
    marked: bool = False  # label is marked for translation in context "Entry"


FIXED = {
    "jenis_kelamin": (
        Option("L", QT_TRANSLATE_NOOP("Entry", "Laki-laki"), True),
        Option("P", QT_TRANSLATE_NOOP("Entry", "Perempuan"), True),
    ),
    "status_sekolah": (
        Option(1, QT_TRANSLATE_NOOP("Entry", "Negeri"), True),
        Option(2, QT_TRANSLATE_NOOP("Entry", "Swasta"), True),
    ),
    "status_di_kurikulum": (
        Option(1, QT_TRANSLATE_NOOP("Entry", "Wajib sesuai kurikulum"), True),
        Option(2, QT_TRANSLATE_NOOP("Entry", "Muatan lokal"), True),
        Option(3, QT_TRANSLATE_NOOP("Entry", "Tambahan"), True),
    ),
    # The ministry's ref.alasan_layak_pip; the column keeps the reason's text.
    "alasan_layak_pip": tuple(
        Option(name, name)
        for name in (
            "Dilarang Pemda karena menerima bantuan serupa",
            "Sudah Mampu",
            "Menolak",
            "Pemegang PKH/KPS/KKS",
            "Penerima BSM 2014",
            "Yatim Piatu/Panti Asuhan/Panti Sosial",
            "Dampak Bencana Alam",
            "Pernah Drop Out",
            "Siswa Miskin/Rentan Miskin",
            "Daerah Konflik",
            "Keluarga Terpidana / Berada di LAPAS",
            "Kelainan Fisik",
        )
    ),
    "hari": tuple(
        Option(i + 1, name, True)
        for i, name in enumerate(
            (
                QT_TRANSLATE_NOOP("Entry", "Senin"),
                QT_TRANSLATE_NOOP("Entry", "Selasa"),
                QT_TRANSLATE_NOOP("Entry", "Rabu"),
                QT_TRANSLATE_NOOP("Entry", "Kamis"),
                QT_TRANSLATE_NOOP("Entry", "Jumat"),
                QT_TRANSLATE_NOOP("Entry", "Sabtu"),
            )
        )
    ),
}


def active_semester_id(session: Session) -> int | None:
    return session.scalar(select(m.Semester.semester_id).where(m.Semester.periode_aktif == 1))


def _referensi(session: Session, table: str, current) -> list[Option]:
    model = REFERENSI[table]
    pk = model.__table__.primary_key.columns.values()[0]
    live = or_(model.expired_date.is_(None), model.expired_date > date.today())
    rows = session.execute(select(pk, model.nama).where(or_(live, pk == current)).order_by(pk))
    return [Option(value, name) for value, name in rows]


def _school_rows(session: Session, source: str) -> list[Option]:
    semester = active_semester_id(session)
    queries = {
        "ptk": select(m.Ptk.ptk_id, m.Ptk.nama)
        .where(m.Ptk.soft_delete.is_(False))
        .order_by(m.Ptk.nama),
        "guru": select(m.PtkTerdaftar.ptk_terdaftar_id, m.Ptk.nama)
        .join(m.Ptk, m.Ptk.ptk_id == m.PtkTerdaftar.ptk_id)
        .where(
            m.PtkTerdaftar.soft_delete.is_(False),
            m.PtkTerdaftar.jenis_keluar_id.is_(None),
            m.Ptk.soft_delete.is_(False),
        )
        .order_by(m.Ptk.nama),
        "peserta_didik": select(
            m.PesertaDidik.peserta_didik_id,
            m.PesertaDidik.nama + " (" + func.coalesce(m.PesertaDidik.nisn, "-") + ")",
        )
        .where(m.PesertaDidik.soft_delete.is_(False))
        .order_by(m.PesertaDidik.nama),
        "rombongan_belajar": select(
            m.RombonganBelajar.rombongan_belajar_id, m.RombonganBelajar.nama
        )
        .where(
            m.RombonganBelajar.soft_delete.is_(False),
            m.RombonganBelajar.semester_id == semester,
        )
        .order_by(m.RombonganBelajar.nama),
        "pembelajaran": select(
            m.Pembelajaran.pembelajaran_id,
            m.RombonganBelajar.nama + " — " + m.Pembelajaran.nama_mata_pelajaran,
        )
        .join(m.RombonganBelajar)
        .where(m.Pembelajaran.soft_delete.is_(False), m.Pembelajaran.semester_id == semester)
        .order_by(m.RombonganBelajar.nama, m.Pembelajaran.nama_mata_pelajaran),
        "ruang": select(m.Ruang.id_ruang, m.Ruang.nama)
        .where(m.Ruang.soft_delete.is_(False))
        .order_by(m.Ruang.nama),
        "bangunan": select(m.Bangunan.id_bangunan, m.Bangunan.nama)
        .where(m.Bangunan.soft_delete.is_(False))
        .order_by(m.Bangunan.nama),
        "tanah": select(m.Tanah.id_tanah, m.Tanah.nama)
        .where(m.Tanah.soft_delete.is_(False))
        .order_by(m.Tanah.nama),
    }
    return [Option(value, label) for value, label in session.execute(queries[source])]


def chosen_row(session: Session, source: str, value):
    """The referensi row a ``ref:`` choice holds, for rules that read its attributes."""
    if value is None or not source.startswith("ref:"):
        return None
    return session.get(REFERENSI[source[4:]], value)


def options(session: Session, source: str, current=None) -> list[Option]:
    if source in FIXED:
        return list(FIXED[source])
    if source.startswith("ref:"):
        return _referensi(session, source[4:], current)
    return _school_rows(session, source)


WILAYAH_LEVELS = (
    QT_TRANSLATE_NOOP("Entry", "Provinsi"),
    QT_TRANSLATE_NOOP("Entry", "Kabupaten/Kota"),
    QT_TRANSLATE_NOOP("Entry", "Kecamatan"),
    QT_TRANSLATE_NOOP("Entry", "Desa/Kelurahan"),
)


def wilayah_children(session: Session, parent: str | None) -> list[Option]:
    """Provinces when ``parent`` is None, else the wilayah one level below it."""
    query = select(Wilayah.kode_wilayah, Wilayah.nama).where(
        or_(Wilayah.expired_date.is_(None), Wilayah.expired_date > date.today())
    )
    if parent is None:
        query = query.where(Wilayah.id_level_wilayah == 1)
    else:
        query = query.where(Wilayah.mst_kode_wilayah == parent)
    return [Option(k, n) for k, n in session.execute(query.order_by(Wilayah.nama))]


def wilayah_path(session: Session, kode: str | None) -> list[str]:
    """Codes from the province down to ``kode``."""
    path = []
    while kode:
        path.insert(0, kode)
        kode = session.scalar(select(Wilayah.mst_kode_wilayah).where(Wilayah.kode_wilayah == kode))
    return path
