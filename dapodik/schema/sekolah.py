"""Sekolah tab: the school's identity, and its per-semester facts."""

from datetime import date

from sqlalchemy import Numeric, UniqueConstraint

from .base import (
    Base,
    Boolean,
    Date,
    Integer,
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


class Sekolah(SchoolOwned, Base):
    __tablename__ = "sekolah"
    sekolah_id: Mapped[str] = uuid_pk()
    nama: Mapped[str] = mapped_column(String(100))
    nss: Mapped[str | None] = mapped_column(String(12))
    npsn: Mapped[str] = mapped_column(String(8), unique=True)
    bentuk_pendidikan_id: Mapped[int] = ref_fk("ref_bentuk_pendidikan.bentuk_pendidikan_id")
    status_sekolah: Mapped[int] = mapped_column(SmallInteger)  # 1 negeri, 2 swasta
    alamat_jalan: Mapped[str | None] = mapped_column(String(80))
    rt: Mapped[int | None] = mapped_column(SmallInteger)
    rw: Mapped[int | None] = mapped_column(SmallInteger)
    nama_dusun: Mapped[str | None] = mapped_column(String(60))
    desa_kelurahan: Mapped[str | None] = mapped_column(String(60))
    kode_wilayah: Mapped[str | None] = wilayah_fk()
    kode_pos: Mapped[str | None] = mapped_column(String(5))
    lintang: Mapped[float | None] = mapped_column(Numeric(18, 12))
    bujur: Mapped[float | None] = mapped_column(Numeric(18, 12))
    nomor_telepon: Mapped[str | None] = mapped_column(String(20))
    nomor_fax: Mapped[str | None] = mapped_column(String(20))
    email: Mapped[str | None] = mapped_column(String(60))
    website: Mapped[str | None] = mapped_column(String(100))
    status_kepemilikan_id: Mapped[int | None] = ref_fk(
        "ref_status_kepemilikan.status_kepemilikan_id"
    )
    sk_pendirian_sekolah: Mapped[str | None] = mapped_column(String(80))
    tanggal_sk_pendirian: Mapped[date | None] = mapped_column(Date)
    sk_izin_operasional: Mapped[str | None] = mapped_column(String(80))
    tanggal_sk_izin_operasional: Mapped[date | None] = mapped_column(Date)
    akreditasi_id: Mapped[int | None] = ref_fk("ref_akreditasi.akreditasi_id")
    sk_akreditasi: Mapped[str | None] = mapped_column(String(80))
    tmt_akreditasi: Mapped[date | None] = mapped_column(Date)
    is_sks: Mapped[bool] = mapped_column(Boolean, default=False)


class SekolahLongitudinal(SchoolOwned, Base):
    __tablename__ = "sekolah_longitudinal"
    __table_args__ = (UniqueConstraint("sekolah_id", "semester_id"),)
    sekolah_longitudinal_id: Mapped[str] = uuid_pk()
    sekolah_id: Mapped[str] = uuid_fk("sekolah.sekolah_id")
    semester_id: Mapped[int] = ref_fk("ref_semester.semester_id", nullable=False)
    daya_listrik: Mapped[int | None] = mapped_column(Integer)
    sumber_listrik: Mapped[str | None] = mapped_column(String(40))
    akses_internet: Mapped[str | None] = mapped_column(String(40))
    sumber_air: Mapped[str | None] = mapped_column(String(40))
    waktu_penyelenggaraan: Mapped[str | None] = mapped_column(String(20))
