"""The tables the data tabs show, described once as data.

A ``Listing`` names its rows' id column, the columns to show (each an SQL
expression, so joins and counts are done by SQLite), and which columns a search
looks in. ``fetch_ids`` returns the ordered ids of every matching row, cheap
even for 45,000 nilai; ``fetch_rows`` returns the values of a page of them, so a
table view loads only what is on screen.
"""

from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import Select, and_, func, not_, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql import ColumnElement

from dapodik.i18n import QT_TRANSLATE_NOOP
from dapodik.schema import models as m
from dapodik.schema.referensi import REFERENSI_MODELS

from .active import active_member, registration_current


@dataclass(frozen=True)
class Column:
    key: str
    label: str  # Bahasa Indonesia, marked for translation in context "Listing"
    expr: ColumnElement
    kind: str = "text"  # text, number, date, hari (weekday number), aktif (1 active, 0 left)


@dataclass(frozen=True)
class Listing:
    key: str
    title: str
    id_column: ColumnElement
    columns: tuple[Column, ...]
    select_from: Sequence = ()
    where: tuple[ColumnElement, ...] = ()
    search: tuple[str, ...] = ()
    default_sort: str = ""
    joins: tuple = field(default_factory=tuple)

    def column(self, key: str) -> Column:
        return next(c for c in self.columns if c.key == key)


def _active_semester() -> ColumnElement:
    return select(m.Semester.semester_id).where(m.Semester.periode_aktif == 1).scalar_subquery()


def _rombel_of_student() -> ColumnElement:
    return (
        select(m.RombonganBelajar.nama)
        .join(m.AnggotaRombel)
        .where(
            m.AnggotaRombel.peserta_didik_id == m.PesertaDidik.peserta_didik_id,
            m.AnggotaRombel.soft_delete.is_(False),
            m.RombonganBelajar.jenis_rombel == 1,
            m.RombonganBelajar.semester_id == _active_semester(),
        )
        .limit(1)
        .scalar_subquery()
    )


def _peserta_didik() -> Listing:
    pd, reg = m.PesertaDidik, m.RegistrasiPesertaDidik
    return Listing(
        key="peserta_didik",
        title=QT_TRANSLATE_NOOP("Listing", "Peserta Didik"),
        id_column=pd.peserta_didik_id,
        select_from=(pd,),
        joins=((reg, reg.peserta_didik_id == pd.peserta_didik_id),),
        where=(pd.soft_delete.is_(False), reg.soft_delete.is_(False)),
        columns=(
            Column("nama", QT_TRANSLATE_NOOP("Listing", "Nama"), pd.nama),
            Column("jenis_kelamin", QT_TRANSLATE_NOOP("Listing", "JK"), pd.jenis_kelamin),
            Column("nisn", QT_TRANSLATE_NOOP("Listing", "NISN"), pd.nisn),
            Column("nik", QT_TRANSLATE_NOOP("Listing", "NIK"), pd.nik),
            Column("nipd", QT_TRANSLATE_NOOP("Listing", "NIPD"), reg.nipd),
            Column("tempat_lahir", QT_TRANSLATE_NOOP("Listing", "Tempat Lahir"), pd.tempat_lahir),
            Column(
                "tanggal_lahir",
                QT_TRANSLATE_NOOP("Listing", "Tanggal Lahir"),
                pd.tanggal_lahir,
                "date",
            ),
            Column("rombel", QT_TRANSLATE_NOOP("Listing", "Rombel"), _rombel_of_student()),
            Column(
                "nama_ibu_kandung",
                QT_TRANSLATE_NOOP("Listing", "Nama Ibu Kandung"),
                pd.nama_ibu_kandung,
            ),
            Column(
                "status",
                QT_TRANSLATE_NOOP("Listing", "Status"),
                registration_current(reg),
                "aktif",
            ),
        ),
        search=("nama", "nisn", "nik", "nipd", "rombel"),
        default_sort="nama",
    )


def _ptk() -> Listing:
    ptk, terdaftar = m.Ptk, m.PtkTerdaftar
    status, jenis = m.StatusKepegawaian, m.JenisPtk
    return Listing(
        key="ptk",
        title=QT_TRANSLATE_NOOP("Listing", "GTK"),
        id_column=ptk.ptk_id,
        select_from=(ptk,),
        joins=(
            (terdaftar, terdaftar.ptk_id == ptk.ptk_id),
            (status, status.status_kepegawaian_id == ptk.status_kepegawaian_id),
            (jenis, jenis.jenis_ptk_id == terdaftar.jenis_ptk_id),
        ),
        where=(ptk.soft_delete.is_(False), terdaftar.soft_delete.is_(False)),
        columns=(
            Column("nama", QT_TRANSLATE_NOOP("Listing", "Nama"), ptk.nama),
            Column("jenis_kelamin", QT_TRANSLATE_NOOP("Listing", "JK"), ptk.jenis_kelamin),
            Column("nuptk", QT_TRANSLATE_NOOP("Listing", "NUPTK"), ptk.nuptk),
            Column("nip", QT_TRANSLATE_NOOP("Listing", "NIP"), ptk.nip),
            Column("nik", QT_TRANSLATE_NOOP("Listing", "NIK"), ptk.nik),
            Column(
                "tanggal_lahir",
                QT_TRANSLATE_NOOP("Listing", "Tanggal Lahir"),
                ptk.tanggal_lahir,
                "date",
            ),
            Column(
                "status_kepegawaian",
                QT_TRANSLATE_NOOP("Listing", "Status Kepegawaian"),
                status.nama,
            ),
            Column("jenis_ptk", QT_TRANSLATE_NOOP("Listing", "Jenis PTK"), jenis.nama),
            Column(
                "status",
                QT_TRANSLATE_NOOP("Listing", "Status"),
                terdaftar.jenis_keluar_id.is_(None),
                "aktif",
            ),
        ),
        search=("nama", "nuptk", "nip", "nik", "jenis_ptk"),
        default_sort="nama",
    )


def _rombongan_belajar() -> Listing:
    rb, wali, kur, ruang, semester = m.RombonganBelajar, m.Ptk, m.Kurikulum, m.Ruang, m.Semester
    anggota = (
        select(func.count())
        .where(
            m.AnggotaRombel.rombongan_belajar_id == rb.rombongan_belajar_id,
            active_member(m.AnggotaRombel),
        )
        .scalar_subquery()
    )
    return Listing(
        key="rombongan_belajar",
        title=QT_TRANSLATE_NOOP("Listing", "Rombongan Belajar"),
        id_column=rb.rombongan_belajar_id,
        select_from=(rb,),
        joins=(
            (wali, wali.ptk_id == rb.ptk_id, True),
            (kur, kur.kurikulum_id == rb.kurikulum_id, True),
            (ruang, ruang.id_ruang == rb.id_ruang, True),
            (semester, semester.semester_id == rb.semester_id, True),
        ),
        where=(rb.soft_delete.is_(False),),
        columns=(
            Column("nama", QT_TRANSLATE_NOOP("Listing", "Nama Rombel"), rb.nama),
            Column(
                "tingkat",
                QT_TRANSLATE_NOOP("Listing", "Tingkat"),
                rb.tingkat_pendidikan_id,
                "number",
            ),
            # By its name (2026/2027 Ganjil), not its code (20261).
            Column("semester", QT_TRANSLATE_NOOP("Listing", "Semester"), semester.nama),
            Column("wali_kelas", QT_TRANSLATE_NOOP("Listing", "Wali Kelas"), wali.nama),
            Column("kurikulum", QT_TRANSLATE_NOOP("Listing", "Kurikulum"), kur.nama),
            Column("ruang", QT_TRANSLATE_NOOP("Listing", "Ruang"), ruang.nama),
            Column("anggota", QT_TRANSLATE_NOOP("Listing", "Jumlah Anggota"), anggota, "number"),
        ),
        search=("nama", "wali_kelas", "kurikulum"),
        default_sort="nama",
    )


def _pembelajaran() -> Listing:
    pb, rb, terdaftar, guru = m.Pembelajaran, m.RombonganBelajar, m.PtkTerdaftar, m.Ptk
    return Listing(
        key="pembelajaran",
        title=QT_TRANSLATE_NOOP("Listing", "Pembelajaran"),
        id_column=pb.pembelajaran_id,
        select_from=(pb,),
        joins=(
            (rb, rb.rombongan_belajar_id == pb.rombongan_belajar_id),
            (terdaftar, terdaftar.ptk_terdaftar_id == pb.ptk_terdaftar_id),
            (guru, guru.ptk_id == terdaftar.ptk_id),
        ),
        where=(pb.soft_delete.is_(False),),
        columns=(
            Column("rombel", QT_TRANSLATE_NOOP("Listing", "Rombel"), rb.nama),
            Column(
                "mata_pelajaran",
                QT_TRANSLATE_NOOP("Listing", "Mata Pelajaran"),
                pb.nama_mata_pelajaran,
            ),
            Column("guru", QT_TRANSLATE_NOOP("Listing", "Guru"), guru.nama),
            Column(
                "jam",
                QT_TRANSLATE_NOOP("Listing", "Jam per Minggu"),
                pb.jam_mengajar_per_minggu,
                "number",
            ),
            Column("sk_mengajar", QT_TRANSLATE_NOOP("Listing", "SK Mengajar"), pb.sk_mengajar),
        ),
        search=("rombel", "mata_pelajaran", "guru"),
        default_sort="rombel",
    )


def _jadwal() -> Listing:
    jd, pb, rb = m.Jadwal, m.Pembelajaran, m.RombonganBelajar
    terdaftar, guru, ruang = m.PtkTerdaftar, m.Ptk, m.Ruang
    return Listing(
        key="jadwal",
        title=QT_TRANSLATE_NOOP("Listing", "Jadwal"),
        id_column=jd.jadwal_id,
        select_from=(jd,),
        joins=(
            (pb, pb.pembelajaran_id == jd.pembelajaran_id),
            (rb, rb.rombongan_belajar_id == pb.rombongan_belajar_id),
            (terdaftar, terdaftar.ptk_terdaftar_id == pb.ptk_terdaftar_id),
            (guru, guru.ptk_id == terdaftar.ptk_id),
            (ruang, ruang.id_ruang == jd.id_ruang, True),
        ),
        where=(jd.soft_delete.is_(False),),
        columns=(
            Column("rombel", QT_TRANSLATE_NOOP("Listing", "Rombel"), rb.nama),
            Column("hari", QT_TRANSLATE_NOOP("Listing", "Hari"), jd.hari, "hari"),
            Column("bel_ke", QT_TRANSLATE_NOOP("Listing", "Jam Ke"), jd.bel_ke, "number"),
            Column(
                "mata_pelajaran",
                QT_TRANSLATE_NOOP("Listing", "Mata Pelajaran"),
                pb.nama_mata_pelajaran,
            ),
            Column("guru", QT_TRANSLATE_NOOP("Listing", "Guru"), guru.nama),
            Column("ruang", QT_TRANSLATE_NOOP("Listing", "Ruang"), ruang.nama),
        ),
        search=("rombel", "mata_pelajaran", "guru"),
        default_sort="rombel",
    )


def _nilai() -> Listing:
    nl, ar, pd = m.Nilai, m.AnggotaRombel, m.PesertaDidik
    pb, rb = m.Pembelajaran, m.RombonganBelajar
    return Listing(
        key="nilai",
        title=QT_TRANSLATE_NOOP("Listing", "Nilai"),
        id_column=nl.nilai_id,
        select_from=(nl,),
        joins=(
            (ar, ar.anggota_rombel_id == nl.anggota_rombel_id),
            (pd, pd.peserta_didik_id == ar.peserta_didik_id),
            (pb, pb.pembelajaran_id == nl.pembelajaran_id),
            (rb, rb.rombongan_belajar_id == pb.rombongan_belajar_id),
        ),
        where=(nl.soft_delete.is_(False),),
        columns=(
            Column("peserta_didik", QT_TRANSLATE_NOOP("Listing", "Peserta Didik"), pd.nama),
            Column("nisn", QT_TRANSLATE_NOOP("Listing", "NISN"), pd.nisn),
            Column("rombel", QT_TRANSLATE_NOOP("Listing", "Rombel"), rb.nama),
            Column(
                "mata_pelajaran",
                QT_TRANSLATE_NOOP("Listing", "Mata Pelajaran"),
                pb.nama_mata_pelajaran,
            ),
            Column(
                "pengetahuan",
                QT_TRANSLATE_NOOP("Listing", "Nilai Pengetahuan"),
                nl.nilai_pengetahuan,
                "number",
            ),
            Column(
                "keterampilan",
                QT_TRANSLATE_NOOP("Listing", "Nilai Keterampilan"),
                nl.nilai_keterampilan,
                "number",
            ),
        ),
        search=("peserta_didik", "nisn", "rombel", "mata_pelajaran"),
        default_sort="peserta_didik",
    )


def _rwy_pend_formal() -> Listing:
    rw, ptk, jenjang = m.RwyPendFormal, m.Ptk, m.JenjangPendidikan
    return Listing(
        key="rwy_pend_formal",
        title=QT_TRANSLATE_NOOP("Listing", "Riwayat Pendidikan"),
        id_column=rw.riwayat_pendidikan_formal_id,
        select_from=(rw,),
        joins=(
            (ptk, ptk.ptk_id == rw.ptk_id),
            (jenjang, jenjang.jenjang_pendidikan_id == rw.jenjang_pendidikan_id, True),
        ),
        where=(rw.soft_delete.is_(False), ptk.soft_delete.is_(False)),
        columns=(
            Column("gtk", QT_TRANSLATE_NOOP("Listing", "GTK"), ptk.nama),
            Column("jenjang", QT_TRANSLATE_NOOP("Listing", "Jenjang"), jenjang.nama),
            Column(
                "satuan",
                QT_TRANSLATE_NOOP("Listing", "Satuan Pendidikan"),
                rw.satuan_pendidikan_formal,
            ),
            Column("prodi", QT_TRANSLATE_NOOP("Listing", "Program Studi"), rw.prodi),
            Column("lulus", QT_TRANSLATE_NOOP("Listing", "Tahun Lulus"), rw.tahun_lulus, "number"),
        ),
        search=("gtk", "satuan", "prodi"),
        default_sort="gtk",
    )


def _tugas_tambahan() -> Listing:
    tt, ptk, jabatan = m.TugasTambahan, m.Ptk, m.JabatanTugasPtk
    return Listing(
        key="tugas_tambahan",
        title=QT_TRANSLATE_NOOP("Listing", "Tugas Tambahan"),
        id_column=tt.ptk_tugas_tambahan_id,
        select_from=(tt,),
        joins=(
            (ptk, ptk.ptk_id == tt.ptk_id),
            (jabatan, jabatan.jabatan_ptk_id == tt.jabatan_ptk_id, True),
        ),
        where=(tt.soft_delete.is_(False), ptk.soft_delete.is_(False)),
        columns=(
            Column("gtk", QT_TRANSLATE_NOOP("Listing", "GTK"), ptk.nama),
            Column("jabatan", QT_TRANSLATE_NOOP("Listing", "Jabatan"), jabatan.nama),
            Column("nomor_sk", QT_TRANSLATE_NOOP("Listing", "Nomor SK"), tt.nomor_sk),
            Column("tmt", QT_TRANSLATE_NOOP("Listing", "TMT"), tt.tmt_tambahan, "date"),
            Column("tst", QT_TRANSLATE_NOOP("Listing", "TST"), tt.tst_tambahan, "date"),
        ),
        search=("gtk", "jabatan"),
        default_sort="gtk",
    )


def _anggota_rombel() -> Listing:
    ar, rb, pd = m.AnggotaRombel, m.RombonganBelajar, m.PesertaDidik
    return Listing(
        key="anggota_rombel",
        title=QT_TRANSLATE_NOOP("Listing", "Anggota Rombel"),
        id_column=ar.anggota_rombel_id,
        select_from=(ar,),
        joins=(
            (rb, rb.rombongan_belajar_id == ar.rombongan_belajar_id),
            (pd, pd.peserta_didik_id == ar.peserta_didik_id),
        ),
        where=(
            ar.soft_delete.is_(False),
            rb.soft_delete.is_(False),
            rb.semester_id == _active_semester(),
        ),
        columns=(
            Column("rombel", QT_TRANSLATE_NOOP("Listing", "Rombel"), rb.nama),
            Column("peserta_didik", QT_TRANSLATE_NOOP("Listing", "Peserta Didik"), pd.nama),
            Column("nisn", QT_TRANSLATE_NOOP("Listing", "NISN"), pd.nisn),
            Column("jenis_kelamin", QT_TRANSLATE_NOOP("Listing", "JK"), pd.jenis_kelamin),
        ),
        search=("rombel", "peserta_didik", "nisn"),
        default_sort="rombel",
    )


def _kondisi(longitudinal) -> ColumnElement:
    return (
        select(m.Kerusakan.nama)
        .join(longitudinal, longitudinal.kerusakan_id == m.Kerusakan.kerusakan_id)
        .where(longitudinal.semester_id == _active_semester())
        .correlate_except(longitudinal, m.Kerusakan)
    )


def _tanah() -> Listing:
    t, milik = m.Tanah, m.StatusKepemilikan
    return Listing(
        key="tanah",
        title=QT_TRANSLATE_NOOP("Listing", "Tanah"),
        id_column=t.id_tanah,
        select_from=(t,),
        joins=((milik, milik.status_kepemilikan_id == t.status_kepemilikan_id, True),),
        where=(t.soft_delete.is_(False),),
        columns=(
            Column("nama", QT_TRANSLATE_NOOP("Listing", "Nama"), t.nama),
            Column(
                "no_sertifikat",
                QT_TRANSLATE_NOOP("Listing", "No. Sertifikat"),
                t.no_sertifikat_tanah,
            ),
            Column("luas", QT_TRANSLATE_NOOP("Listing", "Luas (m²)"), t.luas, "number"),
            Column("kepemilikan", QT_TRANSLATE_NOOP("Listing", "Kepemilikan"), milik.nama),
        ),
        search=("nama", "no_sertifikat"),
        default_sort="nama",
    )


def _bangunan() -> Listing:
    b, bl = m.Bangunan, m.BangunanLongitudinal
    return Listing(
        key="bangunan",
        title=QT_TRANSLATE_NOOP("Listing", "Bangunan"),
        id_column=b.id_bangunan,
        select_from=(b,),
        where=(b.soft_delete.is_(False),),
        columns=(
            Column("kode", QT_TRANSLATE_NOOP("Listing", "Kode"), b.kd_bangunan),
            Column("nama", QT_TRANSLATE_NOOP("Listing", "Nama"), b.nama),
            Column("luas", QT_TRANSLATE_NOOP("Listing", "Luas Tapak (m²)"), b.luas_tapak, "number"),
            Column("lantai", QT_TRANSLATE_NOOP("Listing", "Jumlah Lantai"), b.jml_lantai, "number"),
            Column(
                "tahun", QT_TRANSLATE_NOOP("Listing", "Tahun Dibangun"), b.tahun_dibangun, "number"
            ),
            Column(
                "kondisi",
                QT_TRANSLATE_NOOP("Listing", "Kondisi"),
                _kondisi(bl).where(bl.id_bangunan == b.id_bangunan).scalar_subquery(),
            ),
        ),
        search=("kode", "nama"),
        default_sort="kode",
    )


def _ruang() -> Listing:
    r, b, jenis, rl = m.Ruang, m.Bangunan, m.JenisPrasarana, m.RuangLongitudinal
    return Listing(
        key="ruang",
        title=QT_TRANSLATE_NOOP("Listing", "Ruang"),
        id_column=r.id_ruang,
        select_from=(r,),
        joins=(
            (b, b.id_bangunan == r.id_bangunan, True),
            (jenis, jenis.jenis_prasarana_id == r.jenis_prasarana_id, True),
        ),
        where=(r.soft_delete.is_(False),),
        columns=(
            Column("kode", QT_TRANSLATE_NOOP("Listing", "Kode"), r.kd_ruang),
            Column("nama", QT_TRANSLATE_NOOP("Listing", "Nama"), r.nama),
            Column("jenis", QT_TRANSLATE_NOOP("Listing", "Jenis Prasarana"), jenis.nama),
            Column("bangunan", QT_TRANSLATE_NOOP("Listing", "Bangunan"), b.nama),
            Column("luas", QT_TRANSLATE_NOOP("Listing", "Luas (m²)"), r.luas_ruang, "number"),
            Column(
                "kondisi",
                QT_TRANSLATE_NOOP("Listing", "Kondisi"),
                _kondisi(rl).where(rl.id_ruang == r.id_ruang).scalar_subquery(),
            ),
        ),
        search=("kode", "nama", "jenis", "bangunan"),
        default_sort="kode",
    )


def _alat() -> Listing:
    a, r, jenis, al = m.Alat, m.Ruang, m.JenisSarana, m.AlatLongitudinal
    current = and_(al.id_alat == a.id_alat, al.semester_id == _active_semester())
    return Listing(
        key="alat",
        title=QT_TRANSLATE_NOOP("Listing", "Alat"),
        id_column=a.id_alat,
        select_from=(a,),
        joins=(
            (r, r.id_ruang == a.id_ruang, True),
            (jenis, jenis.jenis_sarana_id == a.jenis_sarana_id, True),
            (al, current, True),
        ),
        where=(a.soft_delete.is_(False),),
        columns=(
            Column("nama", QT_TRANSLATE_NOOP("Listing", "Nama"), a.nama),
            Column("jenis", QT_TRANSLATE_NOOP("Listing", "Jenis Sarana"), jenis.nama),
            Column("ruang", QT_TRANSLATE_NOOP("Listing", "Ruang"), r.nama),
            Column("jumlah", QT_TRANSLATE_NOOP("Listing", "Jumlah"), al.jumlah, "number"),
            Column("laik", QT_TRANSLATE_NOOP("Listing", "Laik"), al.jumlah_laik, "number"),
        ),
        search=("nama", "jenis", "ruang"),
        default_sort="ruang",
    )


def _joined_key(columns) -> ColumnElement:
    """One text id for a composite key, e.g. ``1|1001|3``."""
    key = columns[0]
    for column in columns[1:]:
        key = key.op("||")("|").op("||")(column)
    return key


# What the Referensi tab calls each national code list and its columns; the
# table's own name (Dapodik's) stays in the chooser's tooltip.
REFERENSI_TITLES = {
    "ref_agama": QT_TRANSLATE_NOOP("Listing", "Agama"),
    "ref_wilayah": QT_TRANSLATE_NOOP("Listing", "Wilayah"),
    "ref_jenjang_pendidikan": QT_TRANSLATE_NOOP("Listing", "Jenjang Pendidikan"),
    "ref_bentuk_pendidikan": QT_TRANSLATE_NOOP("Listing", "Bentuk Pendidikan"),
    "ref_tingkat_pendidikan": QT_TRANSLATE_NOOP("Listing", "Tingkat Pendidikan"),
    "ref_pekerjaan": QT_TRANSLATE_NOOP("Listing", "Pekerjaan"),
    "ref_penghasilan": QT_TRANSLATE_NOOP("Listing", "Penghasilan"),
    "ref_jenis_tinggal": QT_TRANSLATE_NOOP("Listing", "Jenis Tinggal"),
    "ref_alat_transportasi": QT_TRANSLATE_NOOP("Listing", "Alat Transportasi"),
    "ref_kebutuhan_khusus": QT_TRANSLATE_NOOP("Listing", "Kebutuhan Khusus"),
    "ref_status_kepegawaian": QT_TRANSLATE_NOOP("Listing", "Status Kepegawaian"),
    "ref_jenis_ptk": QT_TRANSLATE_NOOP("Listing", "Jenis PTK"),
    "ref_jabatan_tugas_ptk": QT_TRANSLATE_NOOP("Listing", "Jabatan dan Tugas PTK"),
    "ref_pangkat_golongan": QT_TRANSLATE_NOOP("Listing", "Pangkat/Golongan"),
    "ref_bidang_studi": QT_TRANSLATE_NOOP("Listing", "Bidang Studi"),
    "ref_gelar_akademik": QT_TRANSLATE_NOOP("Listing", "Gelar Akademik"),
    "ref_mata_pelajaran": QT_TRANSLATE_NOOP("Listing", "Mata Pelajaran"),
    "ref_kurikulum": QT_TRANSLATE_NOOP("Listing", "Kurikulum"),
    "ref_mata_pelajaran_kurikulum": QT_TRANSLATE_NOOP("Listing", "Mata Pelajaran per Kurikulum"),
    "ref_tahun_ajaran": QT_TRANSLATE_NOOP("Listing", "Tahun Ajaran"),
    "ref_semester": QT_TRANSLATE_NOOP("Listing", "Semester"),
    "ref_jenis_rombel": QT_TRANSLATE_NOOP("Listing", "Jenis Rombel"),
    "ref_jenis_pendaftaran": QT_TRANSLATE_NOOP("Listing", "Jenis Pendaftaran"),
    "ref_jenis_keluar": QT_TRANSLATE_NOOP("Listing", "Jenis Keluar"),
    "ref_jenis_prasarana": QT_TRANSLATE_NOOP("Listing", "Jenis Prasarana"),
    "ref_jenis_sarana": QT_TRANSLATE_NOOP("Listing", "Jenis Sarana"),
    "ref_status_kepemilikan": QT_TRANSLATE_NOOP("Listing", "Status Kepemilikan"),
    "ref_kerusakan": QT_TRANSLATE_NOOP("Listing", "Kerusakan"),
    "ref_akreditasi": QT_TRANSLATE_NOOP("Listing", "Akreditasi"),
    "ref_peran": QT_TRANSLATE_NOOP("Listing", "Peran"),
}
REFERENSI_COLUMNS = {
    "nama": QT_TRANSLATE_NOOP("Listing", "Nama"),
    "expired_date": QT_TRANSLATE_NOOP("Listing", "Tidak berlaku sejak"),
    "kode": QT_TRANSLATE_NOOP("Listing", "Singkatan"),
    "kode_wilayah": QT_TRANSLATE_NOOP("Listing", "Kode Wilayah"),
    "id_level_wilayah": QT_TRANSLATE_NOOP("Listing", "Tingkat Wilayah"),
    "mst_kode_wilayah": QT_TRANSLATE_NOOP("Listing", "Kode Wilayah Induk"),
    "jenjang_pendidikan_id": QT_TRANSLATE_NOOP("Listing", "Kode Jenjang"),
    "tingkat_pendidikan_id": QT_TRANSLATE_NOOP("Listing", "Kode Tingkat"),
    "kurikulum_id": QT_TRANSLATE_NOOP("Listing", "Kode Kurikulum"),
    "mata_pelajaran_id": QT_TRANSLATE_NOOP("Listing", "Kode Mata Pelajaran"),
    "tahun_ajaran_id": QT_TRANSLATE_NOOP("Listing", "Tahun Ajaran"),
    "tingkat_min": QT_TRANSLATE_NOOP("Listing", "Tingkat Terendah"),
    "tingkat_max": QT_TRANSLATE_NOOP("Listing", "Tingkat Tertinggi"),
    "usia_min": QT_TRANSLATE_NOOP("Listing", "Usia Terendah"),
    "usia_max": QT_TRANSLATE_NOOP("Listing", "Usia Tertinggi"),
    "batas_bawah": QT_TRANSLATE_NOOP("Listing", "Batas Bawah"),
    "batas_atas": QT_TRANSLATE_NOOP("Listing", "Batas Atas"),
    "is_pns": QT_TRANSLATE_NOOP("Listing", "PNS"),
    "guru": QT_TRANSLATE_NOOP("Listing", "Guru"),
    "jumlah_jam_diakui": QT_TRANSLATE_NOOP("Listing", "Jam Diakui"),
    "jumlah_jam": QT_TRANSLATE_NOOP("Listing", "Jumlah Jam"),
    "periode_aktif": QT_TRANSLATE_NOOP("Listing", "Aktif"),
    "tanggal_mulai": QT_TRANSLATE_NOOP("Listing", "Tanggal Mulai"),
    "tanggal_selesai": QT_TRANSLATE_NOOP("Listing", "Tanggal Selesai"),
    "semester": QT_TRANSLATE_NOOP("Listing", "Semester"),
    "persen_min": QT_TRANSLATE_NOOP("Listing", "Persen Terendah"),
    "persen_max": QT_TRANSLATE_NOOP("Listing", "Persen Tertinggi"),
}
CODE = QT_TRANSLATE_NOOP("Listing", "Kode")


def _referensi(model) -> Listing:
    table = model.__table__
    pk = table.primary_key.columns.values()

    def label(column) -> str:
        # A list's own code first; a code list added later shows its column names.
        if len(pk) == 1 and column is pk[0]:
            return CODE
        return REFERENSI_COLUMNS.get(column.name, column.name)

    return Listing(
        key=table.name,
        title=REFERENSI_TITLES.get(table.name, table.name),
        id_column=pk[0] if len(pk) == 1 else _joined_key(pk),
        select_from=(model,),
        columns=tuple(
            Column(c.name, label(c), c, "date" if c.name == "expired_date" else "text")
            for c in table.columns
        ),
        search=tuple(c.name for c in table.columns if c.name == "nama"),
    )


DATA_LISTINGS = {
    listing.key: listing
    for listing in (
        _peserta_didik(),
        _ptk(),
        _rwy_pend_formal(),
        _tugas_tambahan(),
        _rombongan_belajar(),
        _anggota_rombel(),
        _pembelajaran(),
        _jadwal(),
        _nilai(),
        _tanah(),
        _bangunan(),
        _ruang(),
        _alat(),
    )
}
REFERENSI_LISTINGS = {model.__tablename__: _referensi(model) for model in REFERENSI_MODELS}


def listing(key: str) -> Listing:
    return DATA_LISTINGS.get(key) or REFERENSI_LISTINGS[key]


def _base(lst: Listing, *columns) -> Select:
    query = select(*columns).select_from(*lst.select_from)
    for target, on, *outer in lst.joins:
        query = query.join(target, on, isouter=bool(outer))
    return query.where(*lst.where)


def _search_filter(lst: Listing, text: str) -> ColumnElement | None:
    words = text.split()
    if not words or not lst.search:
        return None
    searched = [lst.column(key).expr for key in lst.search]
    # Every word must appear in some searched column: "siti X TKJ" narrows as typed.
    return and_(*(or_(*(e.like(f"%{w}%") for e in searched)) for w in words))


def status_column(lst: Listing) -> Column | None:
    """The column telling active rows from those that left, if the listing has one."""
    return next((c for c in lst.columns if c.kind == "aktif"), None)


def fetch_ids(
    session: Session,
    lst: Listing,
    search: str = "",
    sort: str = "",
    descending: bool = False,
    active: bool | None = None,
) -> list:
    """Ids of the matching rows; ``active`` True or False keeps only rows whose
    status column says active (or left), None keeps both."""
    query = _base(lst, lst.id_column)
    condition = _search_filter(lst, search)
    if condition is not None:
        query = query.where(condition)
    status = status_column(lst)
    if active is not None and status is not None:
        query = query.where(status.expr if active else not_(status.expr))
    sort_key = sort or lst.default_sort
    if sort_key:
        expr = lst.column(sort_key).expr
        query = query.order_by(expr.desc() if descending else expr.asc())
    return list(session.scalars(query.order_by(lst.id_column)))


def fetch_rows(session: Session, lst: Listing, ids: Sequence) -> dict:
    """Values of the given rows keyed by id, in the listing's column order."""
    query = _base(lst, lst.id_column, *(c.expr for c in lst.columns)).where(
        lst.id_column.in_(list(ids))
    )
    return {row[0]: tuple(row[1:]) for row in session.execute(query)}


def record_labels(session: Session, table: str, ids: Sequence) -> dict:
    """How the data tab lists these rows of ``table``: the first column, and the
    name where that is another column (a room's code, then its name). Rows of a
    table no data tab lists get no label."""
    lst = DATA_LISTINGS.get(table)
    if lst is None:
        return {}
    keys = [c.key for c in lst.columns]
    shown = [0] + ([keys.index("nama")] if "nama" in keys[1:] else [])
    return {
        row_id: " — ".join(str(values[i]) for i in shown if values[i] not in (None, ""))
        for row_id, values in fetch_rows(session, lst, ids).items()
    }


def count_rows(session: Session, lst: Listing) -> int:
    return session.scalar(select(func.count()).select_from(_base(lst, lst.id_column).subquery()))
