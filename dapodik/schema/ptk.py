"""GTK tab: PTK (teachers and education staff), their assignment to the school,
formal education history and additional duties (tugas tambahan)."""

from datetime import date

from sqlalchemy import Boolean, Numeric

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


class Ptk(SchoolOwned, Base):
    __tablename__ = "ptk"
    ptk_id: Mapped[str] = uuid_pk()
    nama: Mapped[str] = mapped_column(String(100), index=True)
    nip: Mapped[str | None] = mapped_column(String(18))
    jenis_kelamin: Mapped[str] = mapped_column(String(1))
    tempat_lahir: Mapped[str | None] = mapped_column(String(32))
    tanggal_lahir: Mapped[date] = mapped_column(Date)
    nik: Mapped[str | None] = mapped_column(String(16), index=True)
    no_kk: Mapped[str | None] = mapped_column(String(16))
    nuptk: Mapped[str | None] = mapped_column(String(16), index=True)
    nama_ibu_kandung: Mapped[str | None] = mapped_column(String(100))
    agama_id: Mapped[int | None] = ref_fk("ref_agama.agama_id")
    status_kepegawaian_id: Mapped[int] = ref_fk("ref_status_kepegawaian.status_kepegawaian_id")
    pangkat_golongan_id: Mapped[int | None] = ref_fk("ref_pangkat_golongan.pangkat_golongan_id")
    sk_cpns: Mapped[str | None] = mapped_column(String(80))
    tgl_cpns: Mapped[date | None] = mapped_column(Date)
    tmt_pns: Mapped[date | None] = mapped_column(Date)
    sk_pengangkatan: Mapped[str | None] = mapped_column(String(80))
    tmt_pengangkatan: Mapped[date | None] = mapped_column(Date)
    alamat_jalan: Mapped[str | None] = mapped_column(String(80))
    rt: Mapped[int | None] = mapped_column(SmallInteger)
    rw: Mapped[int | None] = mapped_column(SmallInteger)
    desa_kelurahan: Mapped[str | None] = mapped_column(String(60))
    kode_wilayah: Mapped[str | None] = wilayah_fk()
    kode_pos: Mapped[str | None] = mapped_column(String(5))
    no_hp: Mapped[str | None] = mapped_column(String(20))
    email: Mapped[str | None] = mapped_column(String(60))
    npwp: Mapped[str | None] = mapped_column(String(15))


class PtkTerdaftar(SchoolOwned, Base):
    """A PTK's assignment to this school for a tahun ajaran (ptk_induk: home school)."""

    __tablename__ = "ptk_terdaftar"
    ptk_terdaftar_id: Mapped[str] = uuid_pk()
    ptk_id: Mapped[str] = uuid_fk("ptk.ptk_id")
    sekolah_id: Mapped[str] = uuid_fk("sekolah.sekolah_id")
    tahun_ajaran_id: Mapped[int] = ref_fk("ref_tahun_ajaran.tahun_ajaran_id", nullable=False)
    jenis_ptk_id: Mapped[int] = ref_fk("ref_jenis_ptk.jenis_ptk_id", nullable=False)
    nomor_surat_tugas: Mapped[str | None] = mapped_column(String(80))
    tanggal_surat_tugas: Mapped[date | None] = mapped_column(Date)
    tmt_tugas: Mapped[date | None] = mapped_column(Date)
    ptk_induk: Mapped[bool] = mapped_column(Boolean, default=True)
    jenis_keluar_id: Mapped[str | None] = ref_fk(
        "ref_jenis_keluar.jenis_keluar_id", type_=String(1)
    )
    tgl_ptk_keluar: Mapped[date | None] = mapped_column(Date)


class RwyPendFormal(SchoolOwned, Base):
    __tablename__ = "rwy_pend_formal"
    riwayat_pendidikan_formal_id: Mapped[str] = uuid_pk()
    ptk_id: Mapped[str] = uuid_fk("ptk.ptk_id")
    jenjang_pendidikan_id: Mapped[int] = ref_fk("ref_jenjang_pendidikan.jenjang_pendidikan_id")
    bidang_studi_id: Mapped[int | None] = ref_fk("ref_bidang_studi.bidang_studi_id")
    gelar_akademik_id: Mapped[int | None] = ref_fk("ref_gelar_akademik.gelar_akademik_id")
    satuan_pendidikan_formal: Mapped[str] = mapped_column(String(100))
    fakultas: Mapped[str | None] = mapped_column(String(80))
    prodi: Mapped[str | None] = mapped_column(String(80))
    kependidikan: Mapped[bool] = mapped_column(Boolean, default=False)
    tahun_masuk: Mapped[int | None] = mapped_column(SmallInteger)
    tahun_lulus: Mapped[int | None] = mapped_column(SmallInteger)
    nim: Mapped[str | None] = mapped_column(String(24))
    status_kuliah: Mapped[str | None] = mapped_column(String(20))
    semester: Mapped[int | None] = mapped_column(SmallInteger)
    ipk: Mapped[float | None] = mapped_column(Numeric(4, 2))


class TugasTambahan(SchoolOwned, Base):
    """An additional duty such as Kepala Sekolah (TMT start, TST end) or PLT."""

    __tablename__ = "tugas_tambahan"
    ptk_tugas_tambahan_id: Mapped[str] = uuid_pk()
    ptk_id: Mapped[str] = uuid_fk("ptk.ptk_id")
    sekolah_id: Mapped[str] = uuid_fk("sekolah.sekolah_id")
    jabatan_ptk_id: Mapped[int] = ref_fk("ref_jabatan_tugas_ptk.jabatan_ptk_id", nullable=False)
    jumlah_jam: Mapped[int | None] = mapped_column(SmallInteger)
    nomor_sk: Mapped[str | None] = mapped_column(String(80))
    tmt_tambahan: Mapped[date] = mapped_column(Date)
    tst_tambahan: Mapped[date | None] = mapped_column(Date)
