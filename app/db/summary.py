"""What Beranda shows: the school's identity and how much data it holds."""

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dapodik.i18n import QT_TRANSLATE_NOOP
from dapodik.schema.models import (
    Akreditasi,
    AnggotaRombel,
    BentukPendidikan,
    Nilai,
    Pembelajaran,
    PesertaDidik,
    Ptk,
    PtkTerdaftar,
    RombonganBelajar,
    Ruang,
    Sekolah,
    Semester,
    TugasTambahan,
    Wilayah,
)

from .active import active_student_count
from .engine import Database

JABATAN_KEPALA_SEKOLAH = 2


@dataclass(frozen=True)
class SchoolSummary:
    nama: str
    npsn: str
    bentuk_pendidikan: str
    alamat: str
    wilayah: str
    kepala_sekolah: str | None
    semester: str
    counts: dict[str, int]


def wilayah_chain(session: Session, kode_wilayah: str | None) -> list[str]:
    """Names from the given wilayah up to its province: desa, kecamatan, kabupaten, provinsi."""
    chain = []
    while kode_wilayah:
        wilayah = session.get(Wilayah, kode_wilayah)
        if wilayah is None:
            break
        chain.append(wilayah.nama)
        kode_wilayah = wilayah.mst_kode_wilayah
    return chain


def has_school(db: Database) -> bool:
    with db.Session() as session:
        return session.scalar(select(func.count()).select_from(Sekolah)) > 0


def _active_count(session: Session, model, *where) -> int:
    return session.scalar(
        select(func.count()).select_from(model).where(model.soft_delete.is_(False), *where)
    )


def active_semester_name(session: Session) -> str:
    """The active semester as people name it ("2026/2027 Ganjil"); empty when none is."""
    return session.scalar(select(Semester.nama).where(Semester.periode_aktif == 1)) or ""


def school_summary(session: Session) -> SchoolSummary | None:
    sekolah = session.scalars(select(Sekolah).where(Sekolah.soft_delete.is_(False))).first()
    if sekolah is None:
        return None
    bentuk = session.get(BentukPendidikan, sekolah.bentuk_pendidikan_id)
    kepala = session.scalar(
        select(Ptk.nama)
        .join(TugasTambahan, TugasTambahan.ptk_id == Ptk.ptk_id)
        .where(
            TugasTambahan.jabatan_ptk_id == JABATAN_KEPALA_SEKOLAH,
            TugasTambahan.tst_tambahan.is_(None),
            TugasTambahan.soft_delete.is_(False),
        )
        .order_by(TugasTambahan.tmt_tambahan.desc())
    )
    counts = {
        "peserta_didik": active_student_count(session),
        "ptk": _active_count(session, PtkTerdaftar, PtkTerdaftar.jenis_keluar_id.is_(None)),
        "rombongan_belajar": _active_count(session, RombonganBelajar),
        "anggota_rombel": _active_count(session, AnggotaRombel),
        "pembelajaran": _active_count(session, Pembelajaran),
        "nilai": _active_count(session, Nilai),
        "ruang": _active_count(session, Ruang),
        "peserta_didik_total": _active_count(session, PesertaDidik),
    }
    return SchoolSummary(
        nama=sekolah.nama,
        npsn=sekolah.npsn,
        bentuk_pendidikan=bentuk.nama if bentuk else "",
        alamat=", ".join(filter(None, [sekolah.alamat_jalan, sekolah.desa_kelurahan])),
        wilayah=", ".join(wilayah_chain(session, sekolah.kode_wilayah)[1:]),
        kepala_sekolah=kepala,
        semester=active_semester_name(session),
        counts=counts,
    )


SEKOLAH_FIELDS = (
    (QT_TRANSLATE_NOOP("Sekolah", "Nama"), "nama"),
    (QT_TRANSLATE_NOOP("Sekolah", "NPSN"), "npsn"),
    (QT_TRANSLATE_NOOP("Sekolah", "NSS"), "nss"),
    (QT_TRANSLATE_NOOP("Sekolah", "Alamat Jalan"), "alamat_jalan"),
    (QT_TRANSLATE_NOOP("Sekolah", "RT"), "rt"),
    (QT_TRANSLATE_NOOP("Sekolah", "RW"), "rw"),
    (QT_TRANSLATE_NOOP("Sekolah", "Dusun"), "nama_dusun"),
    (QT_TRANSLATE_NOOP("Sekolah", "Desa/Kelurahan"), "desa_kelurahan"),
    (QT_TRANSLATE_NOOP("Sekolah", "Kode Pos"), "kode_pos"),
    (QT_TRANSLATE_NOOP("Sekolah", "Lintang"), "lintang"),
    (QT_TRANSLATE_NOOP("Sekolah", "Bujur"), "bujur"),
    (QT_TRANSLATE_NOOP("Sekolah", "Telepon"), "nomor_telepon"),
    (QT_TRANSLATE_NOOP("Sekolah", "Email"), "email"),
    (QT_TRANSLATE_NOOP("Sekolah", "Website"), "website"),
    (QT_TRANSLATE_NOOP("Sekolah", "SK Pendirian"), "sk_pendirian_sekolah"),
    (QT_TRANSLATE_NOOP("Sekolah", "Tanggal SK Pendirian"), "tanggal_sk_pendirian"),
    (QT_TRANSLATE_NOOP("Sekolah", "SK Izin Operasional"), "sk_izin_operasional"),
    (QT_TRANSLATE_NOOP("Sekolah", "SK Akreditasi"), "sk_akreditasi"),
    (QT_TRANSLATE_NOOP("Sekolah", "TMT Akreditasi"), "tmt_akreditasi"),
)


def sekolah_fields(session: Session) -> list[tuple[str, str]]:
    """The school's identity as (label, text) pairs, with wilayah and referensi named."""
    sekolah = session.scalars(select(Sekolah).where(Sekolah.soft_delete.is_(False))).first()
    if sekolah is None:
        return []
    fields = [(label, _text(getattr(sekolah, attr))) for label, attr in SEKOLAH_FIELDS]
    bentuk = session.get(BentukPendidikan, sekolah.bentuk_pendidikan_id)
    akreditasi = session.get(Akreditasi, sekolah.akreditasi_id) if sekolah.akreditasi_id else None
    fields.insert(
        2, (QT_TRANSLATE_NOOP("Sekolah", "Bentuk Pendidikan"), bentuk.nama if bentuk else "")
    )
    fields.insert(
        9,
        (
            QT_TRANSLATE_NOOP("Sekolah", "Wilayah"),
            ", ".join(wilayah_chain(session, sekolah.kode_wilayah)[1:]),
        ),
    )
    fields.append(
        (QT_TRANSLATE_NOOP("Sekolah", "Akreditasi"), akreditasi.nama if akreditasi else "")
    )
    return fields


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.strftime("%d-%m-%Y")
    return str(value)
