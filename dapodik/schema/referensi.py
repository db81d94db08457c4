"""Referensi: the national code lists. Server-owned, read-only on the client."""

from datetime import date

from sqlalchemy import ForeignKey

from .base import (
    Base,
    Date,
    Integer,
    Mapped,
    Referensi,
    SmallInteger,
    String,
    mapped_column,
    ref_fk,
)


class Agama(Referensi, Base):
    __tablename__ = "ref_agama"
    agama_id: Mapped[int] = mapped_column(SmallInteger, primary_key=True)


class Wilayah(Referensi, Base):
    """Kode wilayah follows Kemendagri's codes, as the NIK's first six digits do:
    province ``32``, kabupaten ``3204``, kecamatan ``320401``, desa ``3204012001``.
    """

    __tablename__ = "ref_wilayah"
    kode_wilayah: Mapped[str] = mapped_column(String(10), primary_key=True)
    id_level_wilayah: Mapped[int] = mapped_column(SmallInteger)
    mst_kode_wilayah: Mapped[str | None] = mapped_column(String(10), index=True)


class JenjangPendidikan(Referensi, Base):
    __tablename__ = "ref_jenjang_pendidikan"
    jenjang_pendidikan_id: Mapped[int] = mapped_column(SmallInteger, primary_key=True)


class BentukPendidikan(Referensi, Base):
    __tablename__ = "ref_bentuk_pendidikan"
    bentuk_pendidikan_id: Mapped[int] = mapped_column(SmallInteger, primary_key=True)
    jenjang_pendidikan_id: Mapped[int] = ref_fk("ref_jenjang_pendidikan.jenjang_pendidikan_id")
    tingkat_min: Mapped[int] = mapped_column(SmallInteger)
    tingkat_max: Mapped[int] = mapped_column(SmallInteger)
    usia_min: Mapped[int] = mapped_column(SmallInteger)
    usia_max: Mapped[int] = mapped_column(SmallInteger)


class TingkatPendidikan(Referensi, Base):
    __tablename__ = "ref_tingkat_pendidikan"
    tingkat_pendidikan_id: Mapped[int] = mapped_column(SmallInteger, primary_key=True)
    jenjang_pendidikan_id: Mapped[int] = ref_fk("ref_jenjang_pendidikan.jenjang_pendidikan_id")


class Pekerjaan(Referensi, Base):
    __tablename__ = "ref_pekerjaan"
    pekerjaan_id: Mapped[int] = mapped_column(SmallInteger, primary_key=True)


class Penghasilan(Referensi, Base):
    __tablename__ = "ref_penghasilan"
    penghasilan_id: Mapped[int] = mapped_column(SmallInteger, primary_key=True)
    batas_bawah: Mapped[int] = mapped_column(Integer)
    batas_atas: Mapped[int] = mapped_column(Integer)


class JenisTinggal(Referensi, Base):
    __tablename__ = "ref_jenis_tinggal"
    jenis_tinggal_id: Mapped[int] = mapped_column(SmallInteger, primary_key=True)


class AlatTransportasi(Referensi, Base):
    __tablename__ = "ref_alat_transportasi"
    alat_transportasi_id: Mapped[int] = mapped_column(SmallInteger, primary_key=True)


class KebutuhanKhusus(Referensi, Base):
    __tablename__ = "ref_kebutuhan_khusus"
    kebutuhan_khusus_id: Mapped[int] = mapped_column(Integer, primary_key=True)


class StatusKepegawaian(Referensi, Base):
    __tablename__ = "ref_status_kepegawaian"
    status_kepegawaian_id: Mapped[int] = mapped_column(SmallInteger, primary_key=True)
    is_pns: Mapped[bool] = mapped_column(SmallInteger, default=0)


class JenisPtk(Referensi, Base):
    __tablename__ = "ref_jenis_ptk"
    jenis_ptk_id: Mapped[int] = mapped_column(SmallInteger, primary_key=True)
    guru: Mapped[bool] = mapped_column(SmallInteger, default=0)


class JabatanTugasPtk(Referensi, Base):
    """Tugas tambahan: Kepala Sekolah, PLT, Wakil Kepala Sekolah…"""

    __tablename__ = "ref_jabatan_tugas_ptk"
    jabatan_ptk_id: Mapped[int] = mapped_column(SmallInteger, primary_key=True)
    jumlah_jam_diakui: Mapped[int] = mapped_column(SmallInteger, default=0)


class PangkatGolongan(Referensi, Base):
    __tablename__ = "ref_pangkat_golongan"
    pangkat_golongan_id: Mapped[int] = mapped_column(SmallInteger, primary_key=True)
    kode: Mapped[str] = mapped_column(String(5))


class BidangStudi(Referensi, Base):
    __tablename__ = "ref_bidang_studi"
    bidang_studi_id: Mapped[int] = mapped_column(Integer, primary_key=True)


class GelarAkademik(Referensi, Base):
    __tablename__ = "ref_gelar_akademik"
    gelar_akademik_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kode: Mapped[str] = mapped_column(String(20))


class MataPelajaran(Referensi, Base):
    __tablename__ = "ref_mata_pelajaran"
    mata_pelajaran_id: Mapped[int] = mapped_column(Integer, primary_key=True)


class Kurikulum(Referensi, Base):
    __tablename__ = "ref_kurikulum"
    kurikulum_id: Mapped[int] = mapped_column(SmallInteger, primary_key=True)
    jenjang_pendidikan_id: Mapped[int] = ref_fk("ref_jenjang_pendidikan.jenjang_pendidikan_id")


class MataPelajaranKurikulum(Base):
    """Which mata pelajaran a kurikulum has at a tingkat, and its weekly hours."""

    __tablename__ = "ref_mata_pelajaran_kurikulum"
    kurikulum_id: Mapped[int] = mapped_column(
        ForeignKey("ref_kurikulum.kurikulum_id"), primary_key=True
    )
    mata_pelajaran_id: Mapped[int] = mapped_column(
        ForeignKey("ref_mata_pelajaran.mata_pelajaran_id"), primary_key=True
    )
    tingkat_pendidikan_id: Mapped[int] = mapped_column(
        ForeignKey("ref_tingkat_pendidikan.tingkat_pendidikan_id"), primary_key=True
    )
    jumlah_jam: Mapped[int] = mapped_column(SmallInteger)
    expired_date: Mapped[date | None] = mapped_column(Date)


class TahunAjaran(Referensi, Base):
    __tablename__ = "ref_tahun_ajaran"
    tahun_ajaran_id: Mapped[int] = mapped_column(SmallInteger, primary_key=True)
    periode_aktif: Mapped[bool] = mapped_column(SmallInteger, default=0)
    tanggal_mulai: Mapped[date] = mapped_column(Date)
    tanggal_selesai: Mapped[date] = mapped_column(Date)


class Semester(Referensi, Base):
    __tablename__ = "ref_semester"
    semester_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    tahun_ajaran_id: Mapped[int] = ref_fk("ref_tahun_ajaran.tahun_ajaran_id", nullable=False)
    semester: Mapped[int] = mapped_column(SmallInteger)
    periode_aktif: Mapped[bool] = mapped_column(SmallInteger, default=0)
    tanggal_mulai: Mapped[date] = mapped_column(Date)
    tanggal_selesai: Mapped[date] = mapped_column(Date)


class JenisRombel(Referensi, Base):
    __tablename__ = "ref_jenis_rombel"
    jenis_rombel: Mapped[int] = mapped_column(SmallInteger, primary_key=True)


class JenisPendaftaran(Referensi, Base):
    __tablename__ = "ref_jenis_pendaftaran"
    jenis_pendaftaran_id: Mapped[int] = mapped_column(SmallInteger, primary_key=True)


class JenisKeluar(Referensi, Base):
    __tablename__ = "ref_jenis_keluar"
    jenis_keluar_id: Mapped[str] = mapped_column(String(1), primary_key=True)


class JenisPrasarana(Referensi, Base):
    __tablename__ = "ref_jenis_prasarana"
    jenis_prasarana_id: Mapped[int] = mapped_column(Integer, primary_key=True)


class JenisSarana(Referensi, Base):
    __tablename__ = "ref_jenis_sarana"
    jenis_sarana_id: Mapped[int] = mapped_column(Integer, primary_key=True)


class StatusKepemilikan(Referensi, Base):
    __tablename__ = "ref_status_kepemilikan"
    status_kepemilikan_id: Mapped[int] = mapped_column(SmallInteger, primary_key=True)


class Kerusakan(Referensi, Base):
    """Kategori kerusakan: the condition a percentage of damage falls into."""

    __tablename__ = "ref_kerusakan"
    kerusakan_id: Mapped[int] = mapped_column(SmallInteger, primary_key=True)
    persen_min: Mapped[int] = mapped_column(SmallInteger)
    persen_max: Mapped[int] = mapped_column(SmallInteger)


class Akreditasi(Referensi, Base):
    __tablename__ = "ref_akreditasi"
    akreditasi_id: Mapped[int] = mapped_column(SmallInteger, primary_key=True)


class Peran(Referensi, Base):
    """Roles of a pengguna: operator, kepala sekolah, read-only staff."""

    __tablename__ = "ref_peran"
    peran_id: Mapped[int] = mapped_column(SmallInteger, primary_key=True)


REFERENSI_MODELS = [
    Agama,
    Wilayah,
    JenjangPendidikan,
    BentukPendidikan,
    TingkatPendidikan,
    Pekerjaan,
    Penghasilan,
    JenisTinggal,
    AlatTransportasi,
    KebutuhanKhusus,
    StatusKepegawaian,
    JenisPtk,
    JabatanTugasPtk,
    PangkatGolongan,
    BidangStudi,
    GelarAkademik,
    MataPelajaran,
    Kurikulum,
    MataPelajaranKurikulum,
    TahunAjaran,
    Semester,
    JenisRombel,
    JenisPendaftaran,
    JenisKeluar,
    JenisPrasarana,
    JenisSarana,
    StatusKepemilikan,
    Kerusakan,
    Akreditasi,
    Peran,
]
