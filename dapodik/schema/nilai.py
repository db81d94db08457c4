"""Nilai tab: grades per anggota rombel and pembelajaran."""

from sqlalchemy import Numeric, UniqueConstraint

from .base import Base, Mapped, SchoolOwned, mapped_column, ref_fk, uuid_fk, uuid_pk


class Nilai(SchoolOwned, Base):
    __tablename__ = "nilai"
    __table_args__ = (UniqueConstraint("anggota_rombel_id", "pembelajaran_id"),)
    nilai_id: Mapped[str] = uuid_pk()
    anggota_rombel_id: Mapped[str] = uuid_fk("anggota_rombel.anggota_rombel_id")
    pembelajaran_id: Mapped[str] = uuid_fk("pembelajaran.pembelajaran_id")
    semester_id: Mapped[int] = ref_fk("ref_semester.semester_id", nullable=False)
    nilai_pengetahuan: Mapped[float | None] = mapped_column(Numeric(5, 2))
    nilai_keterampilan: Mapped[float | None] = mapped_column(Numeric(5, 2))
