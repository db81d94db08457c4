"""Jadwal tab: the weekly timetable, one row per lesson slot (hari, bel ke-n)."""

from .base import Base, Mapped, SchoolOwned, SmallInteger, mapped_column, ref_fk, uuid_fk, uuid_pk


class Jadwal(SchoolOwned, Base):
    __tablename__ = "jadwal"
    jadwal_id: Mapped[str] = uuid_pk()
    sekolah_id: Mapped[str] = uuid_fk("sekolah.sekolah_id")
    semester_id: Mapped[int] = ref_fk("ref_semester.semester_id", nullable=False)
    id_ruang: Mapped[str | None] = uuid_fk("ruang.id_ruang", nullable=True)
    pembelajaran_id: Mapped[str] = uuid_fk("pembelajaran.pembelajaran_id")
    hari: Mapped[int] = mapped_column(SmallInteger)  # 1 Senin … 6 Sabtu
    bel_ke: Mapped[int] = mapped_column(SmallInteger)
