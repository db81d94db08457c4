"""Pembelajaran tab: a teacher teaching a mata pelajaran to a rombel."""

from datetime import date

from .base import (
    Base,
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
)


class Pembelajaran(SchoolOwned, Base):
    __tablename__ = "pembelajaran"
    pembelajaran_id: Mapped[str] = uuid_pk()
    rombongan_belajar_id: Mapped[str] = uuid_fk("rombongan_belajar.rombongan_belajar_id")
    semester_id: Mapped[int] = ref_fk("ref_semester.semester_id", nullable=False)
    mata_pelajaran_id: Mapped[int] = ref_fk("ref_mata_pelajaran.mata_pelajaran_id", nullable=False)
    ptk_terdaftar_id: Mapped[str] = uuid_fk("ptk_terdaftar.ptk_terdaftar_id")
    nama_mata_pelajaran: Mapped[str] = mapped_column(String(80))
    sk_mengajar: Mapped[str | None] = mapped_column(String(80))
    tanggal_sk_mengajar: Mapped[date | None] = mapped_column(Date)
    jam_mengajar_per_minggu: Mapped[int] = mapped_column(SmallInteger)
    # 1 wajib sesuai kurikulum, 2 muatan lokal, 3 tambahan
    status_di_kurikulum: Mapped[int] = mapped_column(Integer, default=1)
    induk_pembelajaran_id: Mapped[str | None] = uuid_fk(
        "pembelajaran.pembelajaran_id", nullable=True, index=False
    )
