"""Peserta Didik tab: the student, their registration at the school, and their
per-semester facts."""

from datetime import date

from sqlalchemy import Boolean, Numeric, UniqueConstraint

from .base import (
    Base,
    Date,
    Mapped,
    SchoolOwned,
    SmallInteger,
    String,
    mapped_column,
    ref_fk,
    uuid_fk,
    uuid_pk,
    wilayah_fk,
)


def _nik() -> Mapped:
    return mapped_column(String(16))


def _pekerjaan() -> Mapped:
    return ref_fk("ref_pekerjaan.pekerjaan_id")


def _penghasilan() -> Mapped:
    return ref_fk("ref_penghasilan.penghasilan_id")


class PesertaDidik(SchoolOwned, Base):
    __tablename__ = "peserta_didik"
    peserta_didik_id: Mapped[str] = uuid_pk()
    nama: Mapped[str] = mapped_column(String(100), index=True)
    jenis_kelamin: Mapped[str] = mapped_column(String(1))  # L / P
    nisn: Mapped[str | None] = mapped_column(String(10), index=True)
    nik: Mapped[str | None] = mapped_column(String(16), index=True)
    no_kk: Mapped[str | None] = mapped_column(String(16))
    tempat_lahir: Mapped[str | None] = mapped_column(String(32))
    tanggal_lahir: Mapped[date] = mapped_column(Date)
    agama_id: Mapped[int | None] = ref_fk("ref_agama.agama_id")
    kewarganegaraan: Mapped[str] = mapped_column(String(2), default="ID")
    kebutuhan_khusus_id: Mapped[int | None] = ref_fk("ref_kebutuhan_khusus.kebutuhan_khusus_id")
    alamat_jalan: Mapped[str | None] = mapped_column(String(80))
    rt: Mapped[int | None] = mapped_column(SmallInteger)
    rw: Mapped[int | None] = mapped_column(SmallInteger)
    nama_dusun: Mapped[str | None] = mapped_column(String(60))
    desa_kelurahan: Mapped[str | None] = mapped_column(String(60))
    kode_wilayah: Mapped[str | None] = wilayah_fk()
    kode_pos: Mapped[str | None] = mapped_column(String(5))
    lintang: Mapped[float | None] = mapped_column(Numeric(18, 12))
    bujur: Mapped[float | None] = mapped_column(Numeric(18, 12))
    jenis_tinggal_id: Mapped[int | None] = ref_fk("ref_jenis_tinggal.jenis_tinggal_id")
    alat_transportasi_id: Mapped[int | None] = ref_fk("ref_alat_transportasi.alat_transportasi_id")
    nomor_telepon_rumah: Mapped[str | None] = mapped_column(String(20))
    nomor_telepon_seluler: Mapped[str | None] = mapped_column(String(20))
    email: Mapped[str | None] = mapped_column(String(60))
    penerima_kps: Mapped[bool] = mapped_column(Boolean, default=False)
    no_kps: Mapped[str | None] = mapped_column(String(40))
    penerima_kip: Mapped[bool] = mapped_column(Boolean, default=False)
    no_kip: Mapped[str | None] = mapped_column(String(6))
    nm_kip: Mapped[str | None] = mapped_column(String(100))
    layak_pip: Mapped[bool] = mapped_column(Boolean, default=False)
    alasan_layak_pip: Mapped[str | None] = mapped_column(String(60))
    nama_ayah: Mapped[str | None] = mapped_column(String(100))
    nik_ayah: Mapped[str | None] = _nik()
    tahun_lahir_ayah: Mapped[int | None] = mapped_column(SmallInteger)
    pekerjaan_id_ayah: Mapped[int | None] = _pekerjaan()
    penghasilan_id_ayah: Mapped[int | None] = _penghasilan()
    nama_ibu_kandung: Mapped[str | None] = mapped_column(String(100))
    nik_ibu: Mapped[str | None] = _nik()
    tahun_lahir_ibu: Mapped[int | None] = mapped_column(SmallInteger)
    pekerjaan_id_ibu: Mapped[int | None] = _pekerjaan()
    penghasilan_id_ibu: Mapped[int | None] = _penghasilan()
    nama_wali: Mapped[str | None] = mapped_column(String(100))
    nik_wali: Mapped[str | None] = _nik()
    tahun_lahir_wali: Mapped[int | None] = mapped_column(SmallInteger)
    pekerjaan_id_wali: Mapped[int | None] = _pekerjaan()
    penghasilan_id_wali: Mapped[int | None] = _penghasilan()


class RegistrasiPesertaDidik(SchoolOwned, Base):
    """A student's registration at the school; leaving is recorded here (jenis_keluar)."""

    __tablename__ = "registrasi_peserta_didik"
    registrasi_id: Mapped[str] = uuid_pk()
    peserta_didik_id: Mapped[str] = uuid_fk("peserta_didik.peserta_didik_id")
    sekolah_id: Mapped[str] = uuid_fk("sekolah.sekolah_id")
    jenis_pendaftaran_id: Mapped[int] = ref_fk("ref_jenis_pendaftaran.jenis_pendaftaran_id")
    nipd: Mapped[str | None] = mapped_column(String(18))
    tanggal_masuk_sekolah: Mapped[date] = mapped_column(Date)
    sekolah_asal: Mapped[str | None] = mapped_column(String(100))
    jenis_keluar_id: Mapped[str | None] = ref_fk(
        "ref_jenis_keluar.jenis_keluar_id", type_=String(1)
    )
    tanggal_keluar: Mapped[date | None] = mapped_column(Date)
    keterangan: Mapped[str | None] = mapped_column(String(128))


class PesertaDidikLongitudinal(SchoolOwned, Base):
    __tablename__ = "peserta_didik_longitudinal"
    __table_args__ = (UniqueConstraint("peserta_didik_id", "semester_id"),)
    peserta_didik_longitudinal_id: Mapped[str] = uuid_pk()
    peserta_didik_id: Mapped[str] = uuid_fk("peserta_didik.peserta_didik_id")
    semester_id: Mapped[int] = ref_fk("ref_semester.semester_id", nullable=False)
    tinggi_badan: Mapped[int | None] = mapped_column(SmallInteger)
    berat_badan: Mapped[int | None] = mapped_column(SmallInteger)
    lingkar_kepala: Mapped[int | None] = mapped_column(SmallInteger)
    jarak_rumah_ke_sekolah_km: Mapped[float | None] = mapped_column(Numeric(6, 2))
    waktu_tempuh_menit: Mapped[int | None] = mapped_column(SmallInteger)
    jumlah_saudara_kandung: Mapped[int | None] = mapped_column(SmallInteger)
