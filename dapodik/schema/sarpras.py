"""Sarpras tab: tanah, bangunan, ruang and alat, with their per-semester condition.

Kerusakan is recorded per semester as percentages of damage per building part,
as Dapodik does; a prasarana without a row for the semester has no condition.
"""

from sqlalchemy import Boolean, Numeric, UniqueConstraint

from .base import (
    Base,
    Integer,
    Mapped,
    SchoolOwned,
    SmallInteger,
    String,
    mapped_column,
    ref_fk,
    uuid_fk,
    uuid_pk,
)


def _persen() -> Mapped:
    return mapped_column(Numeric(5, 2))


class Tanah(SchoolOwned, Base):
    __tablename__ = "tanah"
    id_tanah: Mapped[str] = uuid_pk()
    sekolah_id: Mapped[str] = uuid_fk("sekolah.sekolah_id")
    nama: Mapped[str] = mapped_column(String(50))
    no_sertifikat_tanah: Mapped[str | None] = mapped_column(String(40))
    panjang: Mapped[float | None] = mapped_column(Numeric(7, 2))
    lebar: Mapped[float | None] = mapped_column(Numeric(7, 2))
    luas: Mapped[float | None] = mapped_column(Numeric(10, 2))
    status_kepemilikan_id: Mapped[int | None] = ref_fk(
        "ref_status_kepemilikan.status_kepemilikan_id"
    )
    keterangan: Mapped[str | None] = mapped_column(String(200))


class Bangunan(SchoolOwned, Base):
    __tablename__ = "bangunan"
    id_bangunan: Mapped[str] = uuid_pk()
    sekolah_id: Mapped[str] = uuid_fk("sekolah.sekolah_id")
    id_tanah: Mapped[str | None] = uuid_fk("tanah.id_tanah", nullable=True)
    kd_bangunan: Mapped[str | None] = mapped_column(String(10))
    nama: Mapped[str] = mapped_column(String(50))
    panjang: Mapped[float | None] = mapped_column(Numeric(7, 2))
    lebar: Mapped[float | None] = mapped_column(Numeric(7, 2))
    luas_tapak: Mapped[float | None] = mapped_column(Numeric(10, 2))
    jml_lantai: Mapped[int | None] = mapped_column(SmallInteger)
    tahun_dibangun: Mapped[int | None] = mapped_column(SmallInteger)
    status_kepemilikan_id: Mapped[int | None] = ref_fk(
        "ref_status_kepemilikan.status_kepemilikan_id"
    )


class BangunanLongitudinal(SchoolOwned, Base):
    __tablename__ = "bangunan_longitudinal"
    __table_args__ = (UniqueConstraint("id_bangunan", "semester_id"),)
    bangunan_longitudinal_id: Mapped[str] = uuid_pk()
    id_bangunan: Mapped[str] = uuid_fk("bangunan.id_bangunan")
    semester_id: Mapped[int] = ref_fk("ref_semester.semester_id", nullable=False)
    rusak_pondasi: Mapped[float | None] = _persen()
    rusak_kolom_balok: Mapped[float | None] = _persen()
    rusak_atap: Mapped[float | None] = _persen()
    rusak_dinding: Mapped[float | None] = _persen()
    rusak_lantai: Mapped[float | None] = _persen()
    kerusakan_id: Mapped[int | None] = ref_fk("ref_kerusakan.kerusakan_id")


class Ruang(SchoolOwned, Base):
    __tablename__ = "ruang"
    id_ruang: Mapped[str] = uuid_pk()
    sekolah_id: Mapped[str] = uuid_fk("sekolah.sekolah_id")
    id_bangunan: Mapped[str | None] = uuid_fk("bangunan.id_bangunan", nullable=True)
    jenis_prasarana_id: Mapped[int] = ref_fk("ref_jenis_prasarana.jenis_prasarana_id")
    kd_ruang: Mapped[str | None] = mapped_column(String(10))
    nama: Mapped[str] = mapped_column(String(50))
    lantai: Mapped[int | None] = mapped_column(SmallInteger)
    panjang: Mapped[float | None] = mapped_column(Numeric(7, 2))
    lebar: Mapped[float | None] = mapped_column(Numeric(7, 2))
    luas_ruang: Mapped[float | None] = mapped_column(Numeric(8, 2))
    kapasitas: Mapped[int | None] = mapped_column(SmallInteger)


class RuangLongitudinal(SchoolOwned, Base):
    __tablename__ = "ruang_longitudinal"
    __table_args__ = (UniqueConstraint("id_ruang", "semester_id"),)
    ruang_longitudinal_id: Mapped[str] = uuid_pk()
    id_ruang: Mapped[str] = uuid_fk("ruang.id_ruang")
    semester_id: Mapped[int] = ref_fk("ref_semester.semester_id", nullable=False)
    rusak_lantai: Mapped[float | None] = _persen()
    rusak_dinding: Mapped[float | None] = _persen()
    rusak_plafon: Mapped[float | None] = _persen()
    rusak_pintu: Mapped[float | None] = _persen()
    rusak_jendela: Mapped[float | None] = _persen()
    kerusakan_id: Mapped[int | None] = ref_fk("ref_kerusakan.kerusakan_id")
    berfungsi: Mapped[bool] = mapped_column(Boolean, default=True)


class Alat(SchoolOwned, Base):
    __tablename__ = "alat"
    id_alat: Mapped[str] = uuid_pk()
    sekolah_id: Mapped[str] = uuid_fk("sekolah.sekolah_id")
    id_ruang: Mapped[str | None] = uuid_fk("ruang.id_ruang", nullable=True)
    jenis_sarana_id: Mapped[int] = ref_fk("ref_jenis_sarana.jenis_sarana_id")
    nama: Mapped[str] = mapped_column(String(50))
    spesifikasi: Mapped[str | None] = mapped_column(String(100))
    status_kepemilikan_id: Mapped[int | None] = ref_fk(
        "ref_status_kepemilikan.status_kepemilikan_id"
    )


class AlatLongitudinal(SchoolOwned, Base):
    __tablename__ = "alat_longitudinal"
    __table_args__ = (UniqueConstraint("id_alat", "semester_id"),)
    alat_longitudinal_id: Mapped[str] = uuid_pk()
    id_alat: Mapped[str] = uuid_fk("alat.id_alat")
    semester_id: Mapped[int] = ref_fk("ref_semester.semester_id", nullable=False)
    jumlah: Mapped[int] = mapped_column(Integer)
    jumlah_laik: Mapped[int] = mapped_column(Integer)
