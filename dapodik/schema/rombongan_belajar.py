"""Rombongan Belajar tab: class groups and their student members."""

from sqlalchemy import Boolean, UniqueConstraint

from .base import Base, Mapped, SchoolOwned, String, mapped_column, ref_fk, uuid_fk, uuid_pk


class RombonganBelajar(SchoolOwned, Base):
    __tablename__ = "rombongan_belajar"
    rombongan_belajar_id: Mapped[str] = uuid_pk()
    sekolah_id: Mapped[str] = uuid_fk("sekolah.sekolah_id")
    semester_id: Mapped[int] = ref_fk("ref_semester.semester_id", nullable=False)
    tingkat_pendidikan_id: Mapped[int | None] = ref_fk(
        "ref_tingkat_pendidikan.tingkat_pendidikan_id"
    )
    nama: Mapped[str] = mapped_column(String(30))
    ptk_id: Mapped[str | None] = uuid_fk("ptk.ptk_id", nullable=True)  # wali kelas
    id_ruang: Mapped[str | None] = uuid_fk("ruang.id_ruang", nullable=True)
    kurikulum_id: Mapped[int | None] = ref_fk("ref_kurikulum.kurikulum_id")
    jenis_rombel: Mapped[int] = ref_fk("ref_jenis_rombel.jenis_rombel", nullable=False)
    moving_class: Mapped[bool] = mapped_column(Boolean, default=False)


class AnggotaRombel(SchoolOwned, Base):
    __tablename__ = "anggota_rombel"
    __table_args__ = (UniqueConstraint("rombongan_belajar_id", "peserta_didik_id"),)
    anggota_rombel_id: Mapped[str] = uuid_pk()
    rombongan_belajar_id: Mapped[str] = uuid_fk("rombongan_belajar.rombongan_belajar_id")
    peserta_didik_id: Mapped[str] = uuid_fk("peserta_didik.peserta_didik_id")
    jenis_pendaftaran_id: Mapped[int] = ref_fk("ref_jenis_pendaftaran.jenis_pendaftaran_id")
