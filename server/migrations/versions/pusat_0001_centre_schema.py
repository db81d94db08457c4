"""centre schema of the releases before versioning: what their create_all made

The shared school and referensi tables and the centre's srv_* tables. A centre
database made before versioning (no alembic_version) is stamped with this
revision and upgraded from it.

Revision ID: pusat_0001
Revises:
Create Date: 2026-12-07 19:40:08.409036
"""

import sqlalchemy as sa
from alembic import op

revision = "pusat_0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "ref_agama",
        sa.Column("agama_id", sa.SmallInteger(), nullable=False),
        sa.Column("nama", sa.String(length=100), nullable=False),
        sa.Column("expired_date", sa.Date(), nullable=True),
        sa.PrimaryKeyConstraint("agama_id", name=op.f("pk_ref_agama")),
    )
    op.create_table(
        "ref_akreditasi",
        sa.Column("akreditasi_id", sa.SmallInteger(), nullable=False),
        sa.Column("nama", sa.String(length=100), nullable=False),
        sa.Column("expired_date", sa.Date(), nullable=True),
        sa.PrimaryKeyConstraint("akreditasi_id", name=op.f("pk_ref_akreditasi")),
    )
    op.create_table(
        "ref_alat_transportasi",
        sa.Column("alat_transportasi_id", sa.SmallInteger(), nullable=False),
        sa.Column("nama", sa.String(length=100), nullable=False),
        sa.Column("expired_date", sa.Date(), nullable=True),
        sa.PrimaryKeyConstraint("alat_transportasi_id", name=op.f("pk_ref_alat_transportasi")),
    )
    op.create_table(
        "ref_bidang_studi",
        sa.Column("bidang_studi_id", sa.Integer(), nullable=False),
        sa.Column("nama", sa.String(length=100), nullable=False),
        sa.Column("expired_date", sa.Date(), nullable=True),
        sa.PrimaryKeyConstraint("bidang_studi_id", name=op.f("pk_ref_bidang_studi")),
    )
    op.create_table(
        "ref_gelar_akademik",
        sa.Column("gelar_akademik_id", sa.Integer(), nullable=False),
        sa.Column("kode", sa.String(length=20), nullable=False),
        sa.Column("nama", sa.String(length=100), nullable=False),
        sa.Column("expired_date", sa.Date(), nullable=True),
        sa.PrimaryKeyConstraint("gelar_akademik_id", name=op.f("pk_ref_gelar_akademik")),
    )
    op.create_table(
        "ref_jabatan_tugas_ptk",
        sa.Column("jabatan_ptk_id", sa.SmallInteger(), nullable=False),
        sa.Column("jumlah_jam_diakui", sa.SmallInteger(), nullable=False),
        sa.Column("nama", sa.String(length=100), nullable=False),
        sa.Column("expired_date", sa.Date(), nullable=True),
        sa.PrimaryKeyConstraint("jabatan_ptk_id", name=op.f("pk_ref_jabatan_tugas_ptk")),
    )
    op.create_table(
        "ref_jenis_keluar",
        sa.Column("jenis_keluar_id", sa.String(length=1), nullable=False),
        sa.Column("nama", sa.String(length=100), nullable=False),
        sa.Column("expired_date", sa.Date(), nullable=True),
        sa.PrimaryKeyConstraint("jenis_keluar_id", name=op.f("pk_ref_jenis_keluar")),
    )
    op.create_table(
        "ref_jenis_pendaftaran",
        sa.Column("jenis_pendaftaran_id", sa.SmallInteger(), nullable=False),
        sa.Column("nama", sa.String(length=100), nullable=False),
        sa.Column("expired_date", sa.Date(), nullable=True),
        sa.PrimaryKeyConstraint("jenis_pendaftaran_id", name=op.f("pk_ref_jenis_pendaftaran")),
    )
    op.create_table(
        "ref_jenis_prasarana",
        sa.Column("jenis_prasarana_id", sa.Integer(), nullable=False),
        sa.Column("nama", sa.String(length=100), nullable=False),
        sa.Column("expired_date", sa.Date(), nullable=True),
        sa.PrimaryKeyConstraint("jenis_prasarana_id", name=op.f("pk_ref_jenis_prasarana")),
    )
    op.create_table(
        "ref_jenis_ptk",
        sa.Column("jenis_ptk_id", sa.SmallInteger(), nullable=False),
        sa.Column("guru", sa.SmallInteger(), nullable=False),
        sa.Column("nama", sa.String(length=100), nullable=False),
        sa.Column("expired_date", sa.Date(), nullable=True),
        sa.PrimaryKeyConstraint("jenis_ptk_id", name=op.f("pk_ref_jenis_ptk")),
    )
    op.create_table(
        "ref_jenis_rombel",
        sa.Column("jenis_rombel", sa.SmallInteger(), nullable=False),
        sa.Column("nama", sa.String(length=100), nullable=False),
        sa.Column("expired_date", sa.Date(), nullable=True),
        sa.PrimaryKeyConstraint("jenis_rombel", name=op.f("pk_ref_jenis_rombel")),
    )
    op.create_table(
        "ref_jenis_sarana",
        sa.Column("jenis_sarana_id", sa.Integer(), nullable=False),
        sa.Column("nama", sa.String(length=100), nullable=False),
        sa.Column("expired_date", sa.Date(), nullable=True),
        sa.PrimaryKeyConstraint("jenis_sarana_id", name=op.f("pk_ref_jenis_sarana")),
    )
    op.create_table(
        "ref_jenis_tinggal",
        sa.Column("jenis_tinggal_id", sa.SmallInteger(), nullable=False),
        sa.Column("nama", sa.String(length=100), nullable=False),
        sa.Column("expired_date", sa.Date(), nullable=True),
        sa.PrimaryKeyConstraint("jenis_tinggal_id", name=op.f("pk_ref_jenis_tinggal")),
    )
    op.create_table(
        "ref_jenjang_pendidikan",
        sa.Column("jenjang_pendidikan_id", sa.SmallInteger(), nullable=False),
        sa.Column("nama", sa.String(length=100), nullable=False),
        sa.Column("expired_date", sa.Date(), nullable=True),
        sa.PrimaryKeyConstraint("jenjang_pendidikan_id", name=op.f("pk_ref_jenjang_pendidikan")),
    )
    op.create_table(
        "ref_kebutuhan_khusus",
        sa.Column("kebutuhan_khusus_id", sa.Integer(), nullable=False),
        sa.Column("nama", sa.String(length=100), nullable=False),
        sa.Column("expired_date", sa.Date(), nullable=True),
        sa.PrimaryKeyConstraint("kebutuhan_khusus_id", name=op.f("pk_ref_kebutuhan_khusus")),
    )
    op.create_table(
        "ref_kerusakan",
        sa.Column("kerusakan_id", sa.SmallInteger(), nullable=False),
        sa.Column("persen_min", sa.SmallInteger(), nullable=False),
        sa.Column("persen_max", sa.SmallInteger(), nullable=False),
        sa.Column("nama", sa.String(length=100), nullable=False),
        sa.Column("expired_date", sa.Date(), nullable=True),
        sa.PrimaryKeyConstraint("kerusakan_id", name=op.f("pk_ref_kerusakan")),
    )
    op.create_table(
        "ref_mata_pelajaran",
        sa.Column("mata_pelajaran_id", sa.Integer(), nullable=False),
        sa.Column("nama", sa.String(length=100), nullable=False),
        sa.Column("expired_date", sa.Date(), nullable=True),
        sa.PrimaryKeyConstraint("mata_pelajaran_id", name=op.f("pk_ref_mata_pelajaran")),
    )
    op.create_table(
        "ref_pangkat_golongan",
        sa.Column("pangkat_golongan_id", sa.SmallInteger(), nullable=False),
        sa.Column("kode", sa.String(length=5), nullable=False),
        sa.Column("nama", sa.String(length=100), nullable=False),
        sa.Column("expired_date", sa.Date(), nullable=True),
        sa.PrimaryKeyConstraint("pangkat_golongan_id", name=op.f("pk_ref_pangkat_golongan")),
    )
    op.create_table(
        "ref_pekerjaan",
        sa.Column("pekerjaan_id", sa.SmallInteger(), nullable=False),
        sa.Column("nama", sa.String(length=100), nullable=False),
        sa.Column("expired_date", sa.Date(), nullable=True),
        sa.PrimaryKeyConstraint("pekerjaan_id", name=op.f("pk_ref_pekerjaan")),
    )
    op.create_table(
        "ref_penghasilan",
        sa.Column("penghasilan_id", sa.SmallInteger(), nullable=False),
        sa.Column("batas_bawah", sa.Integer(), nullable=False),
        sa.Column("batas_atas", sa.Integer(), nullable=False),
        sa.Column("nama", sa.String(length=100), nullable=False),
        sa.Column("expired_date", sa.Date(), nullable=True),
        sa.PrimaryKeyConstraint("penghasilan_id", name=op.f("pk_ref_penghasilan")),
    )
    op.create_table(
        "ref_peran",
        sa.Column("peran_id", sa.SmallInteger(), nullable=False),
        sa.Column("nama", sa.String(length=100), nullable=False),
        sa.Column("expired_date", sa.Date(), nullable=True),
        sa.PrimaryKeyConstraint("peran_id", name=op.f("pk_ref_peran")),
    )
    op.create_table(
        "ref_status_kepegawaian",
        sa.Column("status_kepegawaian_id", sa.SmallInteger(), nullable=False),
        sa.Column("is_pns", sa.SmallInteger(), nullable=False),
        sa.Column("nama", sa.String(length=100), nullable=False),
        sa.Column("expired_date", sa.Date(), nullable=True),
        sa.PrimaryKeyConstraint("status_kepegawaian_id", name=op.f("pk_ref_status_kepegawaian")),
    )
    op.create_table(
        "ref_status_kepemilikan",
        sa.Column("status_kepemilikan_id", sa.SmallInteger(), nullable=False),
        sa.Column("nama", sa.String(length=100), nullable=False),
        sa.Column("expired_date", sa.Date(), nullable=True),
        sa.PrimaryKeyConstraint("status_kepemilikan_id", name=op.f("pk_ref_status_kepemilikan")),
    )
    op.create_table(
        "ref_tahun_ajaran",
        sa.Column("tahun_ajaran_id", sa.SmallInteger(), nullable=False),
        sa.Column("periode_aktif", sa.SmallInteger(), nullable=False),
        sa.Column("tanggal_mulai", sa.Date(), nullable=False),
        sa.Column("tanggal_selesai", sa.Date(), nullable=False),
        sa.Column("nama", sa.String(length=100), nullable=False),
        sa.Column("expired_date", sa.Date(), nullable=True),
        sa.PrimaryKeyConstraint("tahun_ajaran_id", name=op.f("pk_ref_tahun_ajaran")),
    )
    op.create_table(
        "ref_wilayah",
        sa.Column("kode_wilayah", sa.String(length=10), nullable=False),
        sa.Column("id_level_wilayah", sa.SmallInteger(), nullable=False),
        sa.Column("mst_kode_wilayah", sa.String(length=10), nullable=True),
        sa.Column("nama", sa.String(length=100), nullable=False),
        sa.Column("expired_date", sa.Date(), nullable=True),
        sa.PrimaryKeyConstraint("kode_wilayah", name=op.f("pk_ref_wilayah")),
    )
    op.create_index(
        op.f("ix_ref_wilayah_mst_kode_wilayah"), "ref_wilayah", ["mst_kode_wilayah"], unique=False
    )
    op.create_table(
        "peserta_didik",
        sa.Column("peserta_didik_id", sa.String(length=36), nullable=False),
        sa.Column("nama", sa.String(length=100), nullable=False),
        sa.Column("jenis_kelamin", sa.String(length=1), nullable=False),
        sa.Column("nisn", sa.String(length=10), nullable=True),
        sa.Column("nik", sa.String(length=16), nullable=True),
        sa.Column("no_kk", sa.String(length=16), nullable=True),
        sa.Column("tempat_lahir", sa.String(length=32), nullable=True),
        sa.Column("tanggal_lahir", sa.Date(), nullable=False),
        sa.Column("agama_id", sa.Integer(), nullable=True),
        sa.Column("kewarganegaraan", sa.String(length=2), nullable=False),
        sa.Column("kebutuhan_khusus_id", sa.Integer(), nullable=True),
        sa.Column("alamat_jalan", sa.String(length=80), nullable=True),
        sa.Column("rt", sa.SmallInteger(), nullable=True),
        sa.Column("rw", sa.SmallInteger(), nullable=True),
        sa.Column("nama_dusun", sa.String(length=60), nullable=True),
        sa.Column("desa_kelurahan", sa.String(length=60), nullable=True),
        sa.Column("kode_wilayah", sa.String(length=10), nullable=True),
        sa.Column("kode_pos", sa.String(length=5), nullable=True),
        sa.Column("lintang", sa.Numeric(precision=18, scale=12), nullable=True),
        sa.Column("bujur", sa.Numeric(precision=18, scale=12), nullable=True),
        sa.Column("jenis_tinggal_id", sa.Integer(), nullable=True),
        sa.Column("alat_transportasi_id", sa.Integer(), nullable=True),
        sa.Column("nomor_telepon_rumah", sa.String(length=20), nullable=True),
        sa.Column("nomor_telepon_seluler", sa.String(length=20), nullable=True),
        sa.Column("email", sa.String(length=60), nullable=True),
        sa.Column("penerima_kps", sa.Boolean(), nullable=False),
        sa.Column("no_kps", sa.String(length=40), nullable=True),
        sa.Column("penerima_kip", sa.Boolean(), nullable=False),
        sa.Column("no_kip", sa.String(length=6), nullable=True),
        sa.Column("nm_kip", sa.String(length=100), nullable=True),
        sa.Column("layak_pip", sa.Boolean(), nullable=False),
        sa.Column("alasan_layak_pip", sa.String(length=60), nullable=True),
        sa.Column("nama_ayah", sa.String(length=100), nullable=True),
        sa.Column("nik_ayah", sa.String(length=16), nullable=True),
        sa.Column("tahun_lahir_ayah", sa.SmallInteger(), nullable=True),
        sa.Column("pekerjaan_id_ayah", sa.Integer(), nullable=True),
        sa.Column("penghasilan_id_ayah", sa.Integer(), nullable=True),
        sa.Column("nama_ibu_kandung", sa.String(length=100), nullable=True),
        sa.Column("nik_ibu", sa.String(length=16), nullable=True),
        sa.Column("tahun_lahir_ibu", sa.SmallInteger(), nullable=True),
        sa.Column("pekerjaan_id_ibu", sa.Integer(), nullable=True),
        sa.Column("penghasilan_id_ibu", sa.Integer(), nullable=True),
        sa.Column("nama_wali", sa.String(length=100), nullable=True),
        sa.Column("nik_wali", sa.String(length=16), nullable=True),
        sa.Column("tahun_lahir_wali", sa.SmallInteger(), nullable=True),
        sa.Column("pekerjaan_id_wali", sa.Integer(), nullable=True),
        sa.Column("penghasilan_id_wali", sa.Integer(), nullable=True),
        sa.Column(
            "create_date", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False
        ),
        sa.Column(
            "last_update", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False
        ),
        sa.Column("soft_delete", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("last_sync", sa.DateTime(), nullable=True),
        sa.Column("updater_id", sa.String(length=36), nullable=True),
        sa.Column("server_version", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["agama_id"], ["ref_agama.agama_id"], name=op.f("fk_peserta_didik_agama_id_ref_agama")
        ),
        sa.ForeignKeyConstraint(
            ["alat_transportasi_id"],
            ["ref_alat_transportasi.alat_transportasi_id"],
            name=op.f("fk_peserta_didik_alat_transportasi_id_ref_alat_transportasi"),
        ),
        sa.ForeignKeyConstraint(
            ["jenis_tinggal_id"],
            ["ref_jenis_tinggal.jenis_tinggal_id"],
            name=op.f("fk_peserta_didik_jenis_tinggal_id_ref_jenis_tinggal"),
        ),
        sa.ForeignKeyConstraint(
            ["kebutuhan_khusus_id"],
            ["ref_kebutuhan_khusus.kebutuhan_khusus_id"],
            name=op.f("fk_peserta_didik_kebutuhan_khusus_id_ref_kebutuhan_khusus"),
        ),
        sa.ForeignKeyConstraint(
            ["kode_wilayah"],
            ["ref_wilayah.kode_wilayah"],
            name=op.f("fk_peserta_didik_kode_wilayah_ref_wilayah"),
        ),
        sa.ForeignKeyConstraint(
            ["pekerjaan_id_ayah"],
            ["ref_pekerjaan.pekerjaan_id"],
            name=op.f("fk_peserta_didik_pekerjaan_id_ayah_ref_pekerjaan"),
        ),
        sa.ForeignKeyConstraint(
            ["pekerjaan_id_ibu"],
            ["ref_pekerjaan.pekerjaan_id"],
            name=op.f("fk_peserta_didik_pekerjaan_id_ibu_ref_pekerjaan"),
        ),
        sa.ForeignKeyConstraint(
            ["pekerjaan_id_wali"],
            ["ref_pekerjaan.pekerjaan_id"],
            name=op.f("fk_peserta_didik_pekerjaan_id_wali_ref_pekerjaan"),
        ),
        sa.ForeignKeyConstraint(
            ["penghasilan_id_ayah"],
            ["ref_penghasilan.penghasilan_id"],
            name=op.f("fk_peserta_didik_penghasilan_id_ayah_ref_penghasilan"),
        ),
        sa.ForeignKeyConstraint(
            ["penghasilan_id_ibu"],
            ["ref_penghasilan.penghasilan_id"],
            name=op.f("fk_peserta_didik_penghasilan_id_ibu_ref_penghasilan"),
        ),
        sa.ForeignKeyConstraint(
            ["penghasilan_id_wali"],
            ["ref_penghasilan.penghasilan_id"],
            name=op.f("fk_peserta_didik_penghasilan_id_wali_ref_penghasilan"),
        ),
        sa.PrimaryKeyConstraint("peserta_didik_id", name=op.f("pk_peserta_didik")),
    )
    op.create_index(op.f("ix_peserta_didik_nama"), "peserta_didik", ["nama"], unique=False)
    op.create_index(op.f("ix_peserta_didik_nik"), "peserta_didik", ["nik"], unique=False)
    op.create_index(op.f("ix_peserta_didik_nisn"), "peserta_didik", ["nisn"], unique=False)
    op.create_table(
        "ptk",
        sa.Column("ptk_id", sa.String(length=36), nullable=False),
        sa.Column("nama", sa.String(length=100), nullable=False),
        sa.Column("nip", sa.String(length=18), nullable=True),
        sa.Column("jenis_kelamin", sa.String(length=1), nullable=False),
        sa.Column("tempat_lahir", sa.String(length=32), nullable=True),
        sa.Column("tanggal_lahir", sa.Date(), nullable=False),
        sa.Column("nik", sa.String(length=16), nullable=True),
        sa.Column("no_kk", sa.String(length=16), nullable=True),
        sa.Column("nuptk", sa.String(length=16), nullable=True),
        sa.Column("nama_ibu_kandung", sa.String(length=100), nullable=True),
        sa.Column("agama_id", sa.Integer(), nullable=True),
        sa.Column("status_kepegawaian_id", sa.Integer(), nullable=True),
        sa.Column("pangkat_golongan_id", sa.Integer(), nullable=True),
        sa.Column("sk_cpns", sa.String(length=80), nullable=True),
        sa.Column("tgl_cpns", sa.Date(), nullable=True),
        sa.Column("tmt_pns", sa.Date(), nullable=True),
        sa.Column("sk_pengangkatan", sa.String(length=80), nullable=True),
        sa.Column("tmt_pengangkatan", sa.Date(), nullable=True),
        sa.Column("alamat_jalan", sa.String(length=80), nullable=True),
        sa.Column("rt", sa.SmallInteger(), nullable=True),
        sa.Column("rw", sa.SmallInteger(), nullable=True),
        sa.Column("desa_kelurahan", sa.String(length=60), nullable=True),
        sa.Column("kode_wilayah", sa.String(length=10), nullable=True),
        sa.Column("kode_pos", sa.String(length=5), nullable=True),
        sa.Column("no_hp", sa.String(length=20), nullable=True),
        sa.Column("email", sa.String(length=60), nullable=True),
        sa.Column("npwp", sa.String(length=15), nullable=True),
        sa.Column(
            "create_date", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False
        ),
        sa.Column(
            "last_update", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False
        ),
        sa.Column("soft_delete", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("last_sync", sa.DateTime(), nullable=True),
        sa.Column("updater_id", sa.String(length=36), nullable=True),
        sa.Column("server_version", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["agama_id"], ["ref_agama.agama_id"], name=op.f("fk_ptk_agama_id_ref_agama")
        ),
        sa.ForeignKeyConstraint(
            ["kode_wilayah"],
            ["ref_wilayah.kode_wilayah"],
            name=op.f("fk_ptk_kode_wilayah_ref_wilayah"),
        ),
        sa.ForeignKeyConstraint(
            ["pangkat_golongan_id"],
            ["ref_pangkat_golongan.pangkat_golongan_id"],
            name=op.f("fk_ptk_pangkat_golongan_id_ref_pangkat_golongan"),
        ),
        sa.ForeignKeyConstraint(
            ["status_kepegawaian_id"],
            ["ref_status_kepegawaian.status_kepegawaian_id"],
            name=op.f("fk_ptk_status_kepegawaian_id_ref_status_kepegawaian"),
        ),
        sa.PrimaryKeyConstraint("ptk_id", name=op.f("pk_ptk")),
    )
    op.create_index(op.f("ix_ptk_nama"), "ptk", ["nama"], unique=False)
    op.create_index(op.f("ix_ptk_nik"), "ptk", ["nik"], unique=False)
    op.create_index(op.f("ix_ptk_nuptk"), "ptk", ["nuptk"], unique=False)
    op.create_table(
        "ref_bentuk_pendidikan",
        sa.Column("bentuk_pendidikan_id", sa.SmallInteger(), nullable=False),
        sa.Column("jenjang_pendidikan_id", sa.Integer(), nullable=True),
        sa.Column("tingkat_min", sa.SmallInteger(), nullable=False),
        sa.Column("tingkat_max", sa.SmallInteger(), nullable=False),
        sa.Column("usia_min", sa.SmallInteger(), nullable=False),
        sa.Column("usia_max", sa.SmallInteger(), nullable=False),
        sa.Column("nama", sa.String(length=100), nullable=False),
        sa.Column("expired_date", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["jenjang_pendidikan_id"],
            ["ref_jenjang_pendidikan.jenjang_pendidikan_id"],
            name=op.f("fk_ref_bentuk_pendidikan_jenjang_pendidikan_id_ref_jenjang_pendidikan"),
        ),
        sa.PrimaryKeyConstraint("bentuk_pendidikan_id", name=op.f("pk_ref_bentuk_pendidikan")),
    )
    op.create_table(
        "ref_kurikulum",
        sa.Column("kurikulum_id", sa.SmallInteger(), nullable=False),
        sa.Column("jenjang_pendidikan_id", sa.Integer(), nullable=True),
        sa.Column("nama", sa.String(length=100), nullable=False),
        sa.Column("expired_date", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["jenjang_pendidikan_id"],
            ["ref_jenjang_pendidikan.jenjang_pendidikan_id"],
            name=op.f("fk_ref_kurikulum_jenjang_pendidikan_id_ref_jenjang_pendidikan"),
        ),
        sa.PrimaryKeyConstraint("kurikulum_id", name=op.f("pk_ref_kurikulum")),
    )
    op.create_table(
        "ref_semester",
        sa.Column("semester_id", sa.Integer(), nullable=False),
        sa.Column("tahun_ajaran_id", sa.Integer(), nullable=False),
        sa.Column("semester", sa.SmallInteger(), nullable=False),
        sa.Column("periode_aktif", sa.SmallInteger(), nullable=False),
        sa.Column("tanggal_mulai", sa.Date(), nullable=False),
        sa.Column("tanggal_selesai", sa.Date(), nullable=False),
        sa.Column("nama", sa.String(length=100), nullable=False),
        sa.Column("expired_date", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["tahun_ajaran_id"],
            ["ref_tahun_ajaran.tahun_ajaran_id"],
            name=op.f("fk_ref_semester_tahun_ajaran_id_ref_tahun_ajaran"),
        ),
        sa.PrimaryKeyConstraint("semester_id", name=op.f("pk_ref_semester")),
    )
    op.create_table(
        "ref_tingkat_pendidikan",
        sa.Column("tingkat_pendidikan_id", sa.SmallInteger(), nullable=False),
        sa.Column("jenjang_pendidikan_id", sa.Integer(), nullable=True),
        sa.Column("nama", sa.String(length=100), nullable=False),
        sa.Column("expired_date", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["jenjang_pendidikan_id"],
            ["ref_jenjang_pendidikan.jenjang_pendidikan_id"],
            name=op.f("fk_ref_tingkat_pendidikan_jenjang_pendidikan_id_ref_jenjang_pendidikan"),
        ),
        sa.PrimaryKeyConstraint("tingkat_pendidikan_id", name=op.f("pk_ref_tingkat_pendidikan")),
    )
    op.create_table(
        "peserta_didik_longitudinal",
        sa.Column("peserta_didik_longitudinal_id", sa.String(length=36), nullable=False),
        sa.Column("peserta_didik_id", sa.String(length=36), nullable=False),
        sa.Column("semester_id", sa.Integer(), nullable=False),
        sa.Column("tinggi_badan", sa.SmallInteger(), nullable=True),
        sa.Column("berat_badan", sa.SmallInteger(), nullable=True),
        sa.Column("lingkar_kepala", sa.SmallInteger(), nullable=True),
        sa.Column("jarak_rumah_ke_sekolah_km", sa.Numeric(precision=6, scale=2), nullable=True),
        sa.Column("waktu_tempuh_menit", sa.SmallInteger(), nullable=True),
        sa.Column("jumlah_saudara_kandung", sa.SmallInteger(), nullable=True),
        sa.Column(
            "create_date", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False
        ),
        sa.Column(
            "last_update", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False
        ),
        sa.Column("soft_delete", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("last_sync", sa.DateTime(), nullable=True),
        sa.Column("updater_id", sa.String(length=36), nullable=True),
        sa.Column("server_version", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["peserta_didik_id"],
            ["peserta_didik.peserta_didik_id"],
            name=op.f("fk_peserta_didik_longitudinal_peserta_didik_id_peserta_didik"),
        ),
        sa.ForeignKeyConstraint(
            ["semester_id"],
            ["ref_semester.semester_id"],
            name=op.f("fk_peserta_didik_longitudinal_semester_id_ref_semester"),
        ),
        sa.PrimaryKeyConstraint(
            "peserta_didik_longitudinal_id", name=op.f("pk_peserta_didik_longitudinal")
        ),
        sa.UniqueConstraint(
            "peserta_didik_id",
            "semester_id",
            name=op.f("uq_peserta_didik_longitudinal_peserta_didik_id"),
        ),
    )
    op.create_index(
        op.f("ix_peserta_didik_longitudinal_peserta_didik_id"),
        "peserta_didik_longitudinal",
        ["peserta_didik_id"],
        unique=False,
    )
    op.create_table(
        "ref_mata_pelajaran_kurikulum",
        sa.Column("kurikulum_id", sa.SmallInteger(), nullable=False),
        sa.Column("mata_pelajaran_id", sa.Integer(), nullable=False),
        sa.Column("tingkat_pendidikan_id", sa.SmallInteger(), nullable=False),
        sa.Column("jumlah_jam", sa.SmallInteger(), nullable=False),
        sa.Column("expired_date", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["kurikulum_id"],
            ["ref_kurikulum.kurikulum_id"],
            name=op.f("fk_ref_mata_pelajaran_kurikulum_kurikulum_id_ref_kurikulum"),
        ),
        sa.ForeignKeyConstraint(
            ["mata_pelajaran_id"],
            ["ref_mata_pelajaran.mata_pelajaran_id"],
            name=op.f("fk_ref_mata_pelajaran_kurikulum_mata_pelajaran_id_ref_mata_pelajaran"),
        ),
        sa.ForeignKeyConstraint(
            ["tingkat_pendidikan_id"],
            ["ref_tingkat_pendidikan.tingkat_pendidikan_id"],
            name=op.f(
                "fk_ref_mata_pelajaran_kurikulum_tingkat_pendidikan_id_ref_tingkat_pendidikan"
            ),
        ),
        sa.PrimaryKeyConstraint(
            "kurikulum_id",
            "mata_pelajaran_id",
            "tingkat_pendidikan_id",
            name=op.f("pk_ref_mata_pelajaran_kurikulum"),
        ),
    )
    op.create_table(
        "rwy_pend_formal",
        sa.Column("riwayat_pendidikan_formal_id", sa.String(length=36), nullable=False),
        sa.Column("ptk_id", sa.String(length=36), nullable=False),
        sa.Column("jenjang_pendidikan_id", sa.Integer(), nullable=True),
        sa.Column("bidang_studi_id", sa.Integer(), nullable=True),
        sa.Column("gelar_akademik_id", sa.Integer(), nullable=True),
        sa.Column("satuan_pendidikan_formal", sa.String(length=100), nullable=False),
        sa.Column("fakultas", sa.String(length=80), nullable=True),
        sa.Column("prodi", sa.String(length=80), nullable=True),
        sa.Column("kependidikan", sa.Boolean(), nullable=False),
        sa.Column("tahun_masuk", sa.SmallInteger(), nullable=True),
        sa.Column("tahun_lulus", sa.SmallInteger(), nullable=True),
        sa.Column("nim", sa.String(length=24), nullable=True),
        sa.Column("status_kuliah", sa.String(length=20), nullable=True),
        sa.Column("semester", sa.SmallInteger(), nullable=True),
        sa.Column("ipk", sa.Numeric(precision=4, scale=2), nullable=True),
        sa.Column(
            "create_date", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False
        ),
        sa.Column(
            "last_update", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False
        ),
        sa.Column("soft_delete", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("last_sync", sa.DateTime(), nullable=True),
        sa.Column("updater_id", sa.String(length=36), nullable=True),
        sa.Column("server_version", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["bidang_studi_id"],
            ["ref_bidang_studi.bidang_studi_id"],
            name=op.f("fk_rwy_pend_formal_bidang_studi_id_ref_bidang_studi"),
        ),
        sa.ForeignKeyConstraint(
            ["gelar_akademik_id"],
            ["ref_gelar_akademik.gelar_akademik_id"],
            name=op.f("fk_rwy_pend_formal_gelar_akademik_id_ref_gelar_akademik"),
        ),
        sa.ForeignKeyConstraint(
            ["jenjang_pendidikan_id"],
            ["ref_jenjang_pendidikan.jenjang_pendidikan_id"],
            name=op.f("fk_rwy_pend_formal_jenjang_pendidikan_id_ref_jenjang_pendidikan"),
        ),
        sa.ForeignKeyConstraint(
            ["ptk_id"], ["ptk.ptk_id"], name=op.f("fk_rwy_pend_formal_ptk_id_ptk")
        ),
        sa.PrimaryKeyConstraint("riwayat_pendidikan_formal_id", name=op.f("pk_rwy_pend_formal")),
    )
    op.create_index(op.f("ix_rwy_pend_formal_ptk_id"), "rwy_pend_formal", ["ptk_id"], unique=False)
    op.create_table(
        "sekolah",
        sa.Column("sekolah_id", sa.String(length=36), nullable=False),
        sa.Column("nama", sa.String(length=100), nullable=False),
        sa.Column("nss", sa.String(length=12), nullable=True),
        sa.Column("npsn", sa.String(length=8), nullable=False),
        sa.Column("bentuk_pendidikan_id", sa.Integer(), nullable=True),
        sa.Column("status_sekolah", sa.SmallInteger(), nullable=False),
        sa.Column("alamat_jalan", sa.String(length=80), nullable=True),
        sa.Column("rt", sa.SmallInteger(), nullable=True),
        sa.Column("rw", sa.SmallInteger(), nullable=True),
        sa.Column("nama_dusun", sa.String(length=60), nullable=True),
        sa.Column("desa_kelurahan", sa.String(length=60), nullable=True),
        sa.Column("kode_wilayah", sa.String(length=10), nullable=True),
        sa.Column("kode_pos", sa.String(length=5), nullable=True),
        sa.Column("lintang", sa.Numeric(precision=18, scale=12), nullable=True),
        sa.Column("bujur", sa.Numeric(precision=18, scale=12), nullable=True),
        sa.Column("nomor_telepon", sa.String(length=20), nullable=True),
        sa.Column("nomor_fax", sa.String(length=20), nullable=True),
        sa.Column("email", sa.String(length=60), nullable=True),
        sa.Column("website", sa.String(length=100), nullable=True),
        sa.Column("status_kepemilikan_id", sa.Integer(), nullable=True),
        sa.Column("sk_pendirian_sekolah", sa.String(length=80), nullable=True),
        sa.Column("tanggal_sk_pendirian", sa.Date(), nullable=True),
        sa.Column("sk_izin_operasional", sa.String(length=80), nullable=True),
        sa.Column("tanggal_sk_izin_operasional", sa.Date(), nullable=True),
        sa.Column("akreditasi_id", sa.Integer(), nullable=True),
        sa.Column("sk_akreditasi", sa.String(length=80), nullable=True),
        sa.Column("tmt_akreditasi", sa.Date(), nullable=True),
        sa.Column("is_sks", sa.Boolean(), nullable=False),
        sa.Column(
            "create_date", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False
        ),
        sa.Column(
            "last_update", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False
        ),
        sa.Column("soft_delete", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("last_sync", sa.DateTime(), nullable=True),
        sa.Column("updater_id", sa.String(length=36), nullable=True),
        sa.Column("server_version", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["akreditasi_id"],
            ["ref_akreditasi.akreditasi_id"],
            name=op.f("fk_sekolah_akreditasi_id_ref_akreditasi"),
        ),
        sa.ForeignKeyConstraint(
            ["bentuk_pendidikan_id"],
            ["ref_bentuk_pendidikan.bentuk_pendidikan_id"],
            name=op.f("fk_sekolah_bentuk_pendidikan_id_ref_bentuk_pendidikan"),
        ),
        sa.ForeignKeyConstraint(
            ["kode_wilayah"],
            ["ref_wilayah.kode_wilayah"],
            name=op.f("fk_sekolah_kode_wilayah_ref_wilayah"),
        ),
        sa.ForeignKeyConstraint(
            ["status_kepemilikan_id"],
            ["ref_status_kepemilikan.status_kepemilikan_id"],
            name=op.f("fk_sekolah_status_kepemilikan_id_ref_status_kepemilikan"),
        ),
        sa.PrimaryKeyConstraint("sekolah_id", name=op.f("pk_sekolah")),
        sa.UniqueConstraint("npsn", name=op.f("uq_sekolah_npsn")),
    )
    op.create_table(
        "ptk_terdaftar",
        sa.Column("ptk_terdaftar_id", sa.String(length=36), nullable=False),
        sa.Column("ptk_id", sa.String(length=36), nullable=False),
        sa.Column("sekolah_id", sa.String(length=36), nullable=False),
        sa.Column("tahun_ajaran_id", sa.Integer(), nullable=False),
        sa.Column("jenis_ptk_id", sa.Integer(), nullable=False),
        sa.Column("nomor_surat_tugas", sa.String(length=80), nullable=True),
        sa.Column("tanggal_surat_tugas", sa.Date(), nullable=True),
        sa.Column("tmt_tugas", sa.Date(), nullable=True),
        sa.Column("ptk_induk", sa.Boolean(), nullable=False),
        sa.Column("jenis_keluar_id", sa.String(length=1), nullable=True),
        sa.Column("tgl_ptk_keluar", sa.Date(), nullable=True),
        sa.Column(
            "create_date", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False
        ),
        sa.Column(
            "last_update", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False
        ),
        sa.Column("soft_delete", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("last_sync", sa.DateTime(), nullable=True),
        sa.Column("updater_id", sa.String(length=36), nullable=True),
        sa.Column("server_version", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["jenis_keluar_id"],
            ["ref_jenis_keluar.jenis_keluar_id"],
            name=op.f("fk_ptk_terdaftar_jenis_keluar_id_ref_jenis_keluar"),
        ),
        sa.ForeignKeyConstraint(
            ["jenis_ptk_id"],
            ["ref_jenis_ptk.jenis_ptk_id"],
            name=op.f("fk_ptk_terdaftar_jenis_ptk_id_ref_jenis_ptk"),
        ),
        sa.ForeignKeyConstraint(
            ["ptk_id"], ["ptk.ptk_id"], name=op.f("fk_ptk_terdaftar_ptk_id_ptk")
        ),
        sa.ForeignKeyConstraint(
            ["sekolah_id"], ["sekolah.sekolah_id"], name=op.f("fk_ptk_terdaftar_sekolah_id_sekolah")
        ),
        sa.ForeignKeyConstraint(
            ["tahun_ajaran_id"],
            ["ref_tahun_ajaran.tahun_ajaran_id"],
            name=op.f("fk_ptk_terdaftar_tahun_ajaran_id_ref_tahun_ajaran"),
        ),
        sa.PrimaryKeyConstraint("ptk_terdaftar_id", name=op.f("pk_ptk_terdaftar")),
    )
    op.create_index(op.f("ix_ptk_terdaftar_ptk_id"), "ptk_terdaftar", ["ptk_id"], unique=False)
    op.create_index(
        op.f("ix_ptk_terdaftar_sekolah_id"), "ptk_terdaftar", ["sekolah_id"], unique=False
    )
    op.create_table(
        "registrasi_peserta_didik",
        sa.Column("registrasi_id", sa.String(length=36), nullable=False),
        sa.Column("peserta_didik_id", sa.String(length=36), nullable=False),
        sa.Column("sekolah_id", sa.String(length=36), nullable=False),
        sa.Column("jenis_pendaftaran_id", sa.Integer(), nullable=True),
        sa.Column("nipd", sa.String(length=18), nullable=True),
        sa.Column("tanggal_masuk_sekolah", sa.Date(), nullable=False),
        sa.Column("sekolah_asal", sa.String(length=100), nullable=True),
        sa.Column("jenis_keluar_id", sa.String(length=1), nullable=True),
        sa.Column("tanggal_keluar", sa.Date(), nullable=True),
        sa.Column("keterangan", sa.String(length=128), nullable=True),
        sa.Column(
            "create_date", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False
        ),
        sa.Column(
            "last_update", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False
        ),
        sa.Column("soft_delete", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("last_sync", sa.DateTime(), nullable=True),
        sa.Column("updater_id", sa.String(length=36), nullable=True),
        sa.Column("server_version", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["jenis_keluar_id"],
            ["ref_jenis_keluar.jenis_keluar_id"],
            name=op.f("fk_registrasi_peserta_didik_jenis_keluar_id_ref_jenis_keluar"),
        ),
        sa.ForeignKeyConstraint(
            ["jenis_pendaftaran_id"],
            ["ref_jenis_pendaftaran.jenis_pendaftaran_id"],
            name=op.f("fk_registrasi_peserta_didik_jenis_pendaftaran_id_ref_jenis_pendaftaran"),
        ),
        sa.ForeignKeyConstraint(
            ["peserta_didik_id"],
            ["peserta_didik.peserta_didik_id"],
            name=op.f("fk_registrasi_peserta_didik_peserta_didik_id_peserta_didik"),
        ),
        sa.ForeignKeyConstraint(
            ["sekolah_id"],
            ["sekolah.sekolah_id"],
            name=op.f("fk_registrasi_peserta_didik_sekolah_id_sekolah"),
        ),
        sa.PrimaryKeyConstraint("registrasi_id", name=op.f("pk_registrasi_peserta_didik")),
    )
    op.create_index(
        op.f("ix_registrasi_peserta_didik_peserta_didik_id"),
        "registrasi_peserta_didik",
        ["peserta_didik_id"],
        unique=False,
    )
    op.create_index(
        op.f("ix_registrasi_peserta_didik_sekolah_id"),
        "registrasi_peserta_didik",
        ["sekolah_id"],
        unique=False,
    )
    op.create_table(
        "sekolah_longitudinal",
        sa.Column("sekolah_longitudinal_id", sa.String(length=36), nullable=False),
        sa.Column("sekolah_id", sa.String(length=36), nullable=False),
        sa.Column("semester_id", sa.Integer(), nullable=False),
        sa.Column("daya_listrik", sa.Integer(), nullable=True),
        sa.Column("sumber_listrik", sa.String(length=40), nullable=True),
        sa.Column("akses_internet", sa.String(length=40), nullable=True),
        sa.Column("sumber_air", sa.String(length=40), nullable=True),
        sa.Column("waktu_penyelenggaraan", sa.String(length=20), nullable=True),
        sa.Column(
            "create_date", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False
        ),
        sa.Column(
            "last_update", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False
        ),
        sa.Column("soft_delete", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("last_sync", sa.DateTime(), nullable=True),
        sa.Column("updater_id", sa.String(length=36), nullable=True),
        sa.Column("server_version", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["sekolah_id"],
            ["sekolah.sekolah_id"],
            name=op.f("fk_sekolah_longitudinal_sekolah_id_sekolah"),
        ),
        sa.ForeignKeyConstraint(
            ["semester_id"],
            ["ref_semester.semester_id"],
            name=op.f("fk_sekolah_longitudinal_semester_id_ref_semester"),
        ),
        sa.PrimaryKeyConstraint("sekolah_longitudinal_id", name=op.f("pk_sekolah_longitudinal")),
        sa.UniqueConstraint(
            "sekolah_id", "semester_id", name=op.f("uq_sekolah_longitudinal_sekolah_id")
        ),
    )
    op.create_index(
        op.f("ix_sekolah_longitudinal_sekolah_id"),
        "sekolah_longitudinal",
        ["sekolah_id"],
        unique=False,
    )
    op.create_table(
        "tanah",
        sa.Column("id_tanah", sa.String(length=36), nullable=False),
        sa.Column("sekolah_id", sa.String(length=36), nullable=False),
        sa.Column("nama", sa.String(length=50), nullable=False),
        sa.Column("no_sertifikat_tanah", sa.String(length=40), nullable=True),
        sa.Column("panjang", sa.Numeric(precision=7, scale=2), nullable=True),
        sa.Column("lebar", sa.Numeric(precision=7, scale=2), nullable=True),
        sa.Column("luas", sa.Numeric(precision=10, scale=2), nullable=True),
        sa.Column("status_kepemilikan_id", sa.Integer(), nullable=True),
        sa.Column("keterangan", sa.String(length=200), nullable=True),
        sa.Column(
            "create_date", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False
        ),
        sa.Column(
            "last_update", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False
        ),
        sa.Column("soft_delete", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("last_sync", sa.DateTime(), nullable=True),
        sa.Column("updater_id", sa.String(length=36), nullable=True),
        sa.Column("server_version", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["sekolah_id"], ["sekolah.sekolah_id"], name=op.f("fk_tanah_sekolah_id_sekolah")
        ),
        sa.ForeignKeyConstraint(
            ["status_kepemilikan_id"],
            ["ref_status_kepemilikan.status_kepemilikan_id"],
            name=op.f("fk_tanah_status_kepemilikan_id_ref_status_kepemilikan"),
        ),
        sa.PrimaryKeyConstraint("id_tanah", name=op.f("pk_tanah")),
    )
    op.create_index(op.f("ix_tanah_sekolah_id"), "tanah", ["sekolah_id"], unique=False)
    op.create_table(
        "tugas_tambahan",
        sa.Column("ptk_tugas_tambahan_id", sa.String(length=36), nullable=False),
        sa.Column("ptk_id", sa.String(length=36), nullable=False),
        sa.Column("sekolah_id", sa.String(length=36), nullable=False),
        sa.Column("jabatan_ptk_id", sa.Integer(), nullable=False),
        sa.Column("jumlah_jam", sa.SmallInteger(), nullable=True),
        sa.Column("nomor_sk", sa.String(length=80), nullable=True),
        sa.Column("tmt_tambahan", sa.Date(), nullable=False),
        sa.Column("tst_tambahan", sa.Date(), nullable=True),
        sa.Column(
            "create_date", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False
        ),
        sa.Column(
            "last_update", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False
        ),
        sa.Column("soft_delete", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("last_sync", sa.DateTime(), nullable=True),
        sa.Column("updater_id", sa.String(length=36), nullable=True),
        sa.Column("server_version", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["jabatan_ptk_id"],
            ["ref_jabatan_tugas_ptk.jabatan_ptk_id"],
            name=op.f("fk_tugas_tambahan_jabatan_ptk_id_ref_jabatan_tugas_ptk"),
        ),
        sa.ForeignKeyConstraint(
            ["ptk_id"], ["ptk.ptk_id"], name=op.f("fk_tugas_tambahan_ptk_id_ptk")
        ),
        sa.ForeignKeyConstraint(
            ["sekolah_id"],
            ["sekolah.sekolah_id"],
            name=op.f("fk_tugas_tambahan_sekolah_id_sekolah"),
        ),
        sa.PrimaryKeyConstraint("ptk_tugas_tambahan_id", name=op.f("pk_tugas_tambahan")),
    )
    op.create_index(op.f("ix_tugas_tambahan_ptk_id"), "tugas_tambahan", ["ptk_id"], unique=False)
    op.create_index(
        op.f("ix_tugas_tambahan_sekolah_id"), "tugas_tambahan", ["sekolah_id"], unique=False
    )
    op.create_table(
        "bangunan",
        sa.Column("id_bangunan", sa.String(length=36), nullable=False),
        sa.Column("sekolah_id", sa.String(length=36), nullable=False),
        sa.Column("id_tanah", sa.String(length=36), nullable=True),
        sa.Column("kd_bangunan", sa.String(length=10), nullable=True),
        sa.Column("nama", sa.String(length=50), nullable=False),
        sa.Column("panjang", sa.Numeric(precision=7, scale=2), nullable=True),
        sa.Column("lebar", sa.Numeric(precision=7, scale=2), nullable=True),
        sa.Column("luas_tapak", sa.Numeric(precision=10, scale=2), nullable=True),
        sa.Column("jml_lantai", sa.SmallInteger(), nullable=True),
        sa.Column("tahun_dibangun", sa.SmallInteger(), nullable=True),
        sa.Column("status_kepemilikan_id", sa.Integer(), nullable=True),
        sa.Column(
            "create_date", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False
        ),
        sa.Column(
            "last_update", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False
        ),
        sa.Column("soft_delete", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("last_sync", sa.DateTime(), nullable=True),
        sa.Column("updater_id", sa.String(length=36), nullable=True),
        sa.Column("server_version", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["id_tanah"], ["tanah.id_tanah"], name=op.f("fk_bangunan_id_tanah_tanah")
        ),
        sa.ForeignKeyConstraint(
            ["sekolah_id"], ["sekolah.sekolah_id"], name=op.f("fk_bangunan_sekolah_id_sekolah")
        ),
        sa.ForeignKeyConstraint(
            ["status_kepemilikan_id"],
            ["ref_status_kepemilikan.status_kepemilikan_id"],
            name=op.f("fk_bangunan_status_kepemilikan_id_ref_status_kepemilikan"),
        ),
        sa.PrimaryKeyConstraint("id_bangunan", name=op.f("pk_bangunan")),
    )
    op.create_index(op.f("ix_bangunan_id_tanah"), "bangunan", ["id_tanah"], unique=False)
    op.create_index(op.f("ix_bangunan_sekolah_id"), "bangunan", ["sekolah_id"], unique=False)
    op.create_table(
        "bangunan_longitudinal",
        sa.Column("bangunan_longitudinal_id", sa.String(length=36), nullable=False),
        sa.Column("id_bangunan", sa.String(length=36), nullable=False),
        sa.Column("semester_id", sa.Integer(), nullable=False),
        sa.Column("rusak_pondasi", sa.Numeric(precision=5, scale=2), nullable=True),
        sa.Column("rusak_kolom_balok", sa.Numeric(precision=5, scale=2), nullable=True),
        sa.Column("rusak_atap", sa.Numeric(precision=5, scale=2), nullable=True),
        sa.Column("rusak_dinding", sa.Numeric(precision=5, scale=2), nullable=True),
        sa.Column("rusak_lantai", sa.Numeric(precision=5, scale=2), nullable=True),
        sa.Column("kerusakan_id", sa.Integer(), nullable=True),
        sa.Column(
            "create_date", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False
        ),
        sa.Column(
            "last_update", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False
        ),
        sa.Column("soft_delete", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("last_sync", sa.DateTime(), nullable=True),
        sa.Column("updater_id", sa.String(length=36), nullable=True),
        sa.Column("server_version", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["id_bangunan"],
            ["bangunan.id_bangunan"],
            name=op.f("fk_bangunan_longitudinal_id_bangunan_bangunan"),
        ),
        sa.ForeignKeyConstraint(
            ["kerusakan_id"],
            ["ref_kerusakan.kerusakan_id"],
            name=op.f("fk_bangunan_longitudinal_kerusakan_id_ref_kerusakan"),
        ),
        sa.ForeignKeyConstraint(
            ["semester_id"],
            ["ref_semester.semester_id"],
            name=op.f("fk_bangunan_longitudinal_semester_id_ref_semester"),
        ),
        sa.PrimaryKeyConstraint("bangunan_longitudinal_id", name=op.f("pk_bangunan_longitudinal")),
        sa.UniqueConstraint(
            "id_bangunan", "semester_id", name=op.f("uq_bangunan_longitudinal_id_bangunan")
        ),
    )
    op.create_index(
        op.f("ix_bangunan_longitudinal_id_bangunan"),
        "bangunan_longitudinal",
        ["id_bangunan"],
        unique=False,
    )
    op.create_table(
        "ruang",
        sa.Column("id_ruang", sa.String(length=36), nullable=False),
        sa.Column("sekolah_id", sa.String(length=36), nullable=False),
        sa.Column("id_bangunan", sa.String(length=36), nullable=True),
        sa.Column("jenis_prasarana_id", sa.Integer(), nullable=True),
        sa.Column("kd_ruang", sa.String(length=10), nullable=True),
        sa.Column("nama", sa.String(length=50), nullable=False),
        sa.Column("lantai", sa.SmallInteger(), nullable=True),
        sa.Column("panjang", sa.Numeric(precision=7, scale=2), nullable=True),
        sa.Column("lebar", sa.Numeric(precision=7, scale=2), nullable=True),
        sa.Column("luas_ruang", sa.Numeric(precision=8, scale=2), nullable=True),
        sa.Column("kapasitas", sa.SmallInteger(), nullable=True),
        sa.Column(
            "create_date", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False
        ),
        sa.Column(
            "last_update", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False
        ),
        sa.Column("soft_delete", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("last_sync", sa.DateTime(), nullable=True),
        sa.Column("updater_id", sa.String(length=36), nullable=True),
        sa.Column("server_version", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["id_bangunan"], ["bangunan.id_bangunan"], name=op.f("fk_ruang_id_bangunan_bangunan")
        ),
        sa.ForeignKeyConstraint(
            ["jenis_prasarana_id"],
            ["ref_jenis_prasarana.jenis_prasarana_id"],
            name=op.f("fk_ruang_jenis_prasarana_id_ref_jenis_prasarana"),
        ),
        sa.ForeignKeyConstraint(
            ["sekolah_id"], ["sekolah.sekolah_id"], name=op.f("fk_ruang_sekolah_id_sekolah")
        ),
        sa.PrimaryKeyConstraint("id_ruang", name=op.f("pk_ruang")),
    )
    op.create_index(op.f("ix_ruang_id_bangunan"), "ruang", ["id_bangunan"], unique=False)
    op.create_index(op.f("ix_ruang_sekolah_id"), "ruang", ["sekolah_id"], unique=False)
    op.create_table(
        "alat",
        sa.Column("id_alat", sa.String(length=36), nullable=False),
        sa.Column("sekolah_id", sa.String(length=36), nullable=False),
        sa.Column("id_ruang", sa.String(length=36), nullable=True),
        sa.Column("jenis_sarana_id", sa.Integer(), nullable=True),
        sa.Column("nama", sa.String(length=50), nullable=False),
        sa.Column("spesifikasi", sa.String(length=100), nullable=True),
        sa.Column("status_kepemilikan_id", sa.Integer(), nullable=True),
        sa.Column(
            "create_date", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False
        ),
        sa.Column(
            "last_update", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False
        ),
        sa.Column("soft_delete", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("last_sync", sa.DateTime(), nullable=True),
        sa.Column("updater_id", sa.String(length=36), nullable=True),
        sa.Column("server_version", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["id_ruang"], ["ruang.id_ruang"], name=op.f("fk_alat_id_ruang_ruang")
        ),
        sa.ForeignKeyConstraint(
            ["jenis_sarana_id"],
            ["ref_jenis_sarana.jenis_sarana_id"],
            name=op.f("fk_alat_jenis_sarana_id_ref_jenis_sarana"),
        ),
        sa.ForeignKeyConstraint(
            ["sekolah_id"], ["sekolah.sekolah_id"], name=op.f("fk_alat_sekolah_id_sekolah")
        ),
        sa.ForeignKeyConstraint(
            ["status_kepemilikan_id"],
            ["ref_status_kepemilikan.status_kepemilikan_id"],
            name=op.f("fk_alat_status_kepemilikan_id_ref_status_kepemilikan"),
        ),
        sa.PrimaryKeyConstraint("id_alat", name=op.f("pk_alat")),
    )
    op.create_index(op.f("ix_alat_id_ruang"), "alat", ["id_ruang"], unique=False)
    op.create_index(op.f("ix_alat_sekolah_id"), "alat", ["sekolah_id"], unique=False)
    op.create_table(
        "rombongan_belajar",
        sa.Column("rombongan_belajar_id", sa.String(length=36), nullable=False),
        sa.Column("sekolah_id", sa.String(length=36), nullable=False),
        sa.Column("semester_id", sa.Integer(), nullable=False),
        sa.Column("tingkat_pendidikan_id", sa.Integer(), nullable=True),
        sa.Column("nama", sa.String(length=30), nullable=False),
        sa.Column("ptk_id", sa.String(length=36), nullable=True),
        sa.Column("id_ruang", sa.String(length=36), nullable=True),
        sa.Column("kurikulum_id", sa.Integer(), nullable=True),
        sa.Column("jenis_rombel", sa.Integer(), nullable=False),
        sa.Column("moving_class", sa.Boolean(), nullable=False),
        sa.Column(
            "create_date", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False
        ),
        sa.Column(
            "last_update", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False
        ),
        sa.Column("soft_delete", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("last_sync", sa.DateTime(), nullable=True),
        sa.Column("updater_id", sa.String(length=36), nullable=True),
        sa.Column("server_version", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["id_ruang"], ["ruang.id_ruang"], name=op.f("fk_rombongan_belajar_id_ruang_ruang")
        ),
        sa.ForeignKeyConstraint(
            ["jenis_rombel"],
            ["ref_jenis_rombel.jenis_rombel"],
            name=op.f("fk_rombongan_belajar_jenis_rombel_ref_jenis_rombel"),
        ),
        sa.ForeignKeyConstraint(
            ["kurikulum_id"],
            ["ref_kurikulum.kurikulum_id"],
            name=op.f("fk_rombongan_belajar_kurikulum_id_ref_kurikulum"),
        ),
        sa.ForeignKeyConstraint(
            ["ptk_id"], ["ptk.ptk_id"], name=op.f("fk_rombongan_belajar_ptk_id_ptk")
        ),
        sa.ForeignKeyConstraint(
            ["sekolah_id"],
            ["sekolah.sekolah_id"],
            name=op.f("fk_rombongan_belajar_sekolah_id_sekolah"),
        ),
        sa.ForeignKeyConstraint(
            ["semester_id"],
            ["ref_semester.semester_id"],
            name=op.f("fk_rombongan_belajar_semester_id_ref_semester"),
        ),
        sa.ForeignKeyConstraint(
            ["tingkat_pendidikan_id"],
            ["ref_tingkat_pendidikan.tingkat_pendidikan_id"],
            name=op.f("fk_rombongan_belajar_tingkat_pendidikan_id_ref_tingkat_pendidikan"),
        ),
        sa.PrimaryKeyConstraint("rombongan_belajar_id", name=op.f("pk_rombongan_belajar")),
    )
    op.create_index(
        op.f("ix_rombongan_belajar_id_ruang"), "rombongan_belajar", ["id_ruang"], unique=False
    )
    op.create_index(
        op.f("ix_rombongan_belajar_ptk_id"), "rombongan_belajar", ["ptk_id"], unique=False
    )
    op.create_index(
        op.f("ix_rombongan_belajar_sekolah_id"), "rombongan_belajar", ["sekolah_id"], unique=False
    )
    op.create_table(
        "ruang_longitudinal",
        sa.Column("ruang_longitudinal_id", sa.String(length=36), nullable=False),
        sa.Column("id_ruang", sa.String(length=36), nullable=False),
        sa.Column("semester_id", sa.Integer(), nullable=False),
        sa.Column("rusak_lantai", sa.Numeric(precision=5, scale=2), nullable=True),
        sa.Column("rusak_dinding", sa.Numeric(precision=5, scale=2), nullable=True),
        sa.Column("rusak_plafon", sa.Numeric(precision=5, scale=2), nullable=True),
        sa.Column("rusak_pintu", sa.Numeric(precision=5, scale=2), nullable=True),
        sa.Column("rusak_jendela", sa.Numeric(precision=5, scale=2), nullable=True),
        sa.Column("kerusakan_id", sa.Integer(), nullable=True),
        sa.Column("berfungsi", sa.Boolean(), nullable=False),
        sa.Column(
            "create_date", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False
        ),
        sa.Column(
            "last_update", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False
        ),
        sa.Column("soft_delete", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("last_sync", sa.DateTime(), nullable=True),
        sa.Column("updater_id", sa.String(length=36), nullable=True),
        sa.Column("server_version", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["id_ruang"], ["ruang.id_ruang"], name=op.f("fk_ruang_longitudinal_id_ruang_ruang")
        ),
        sa.ForeignKeyConstraint(
            ["kerusakan_id"],
            ["ref_kerusakan.kerusakan_id"],
            name=op.f("fk_ruang_longitudinal_kerusakan_id_ref_kerusakan"),
        ),
        sa.ForeignKeyConstraint(
            ["semester_id"],
            ["ref_semester.semester_id"],
            name=op.f("fk_ruang_longitudinal_semester_id_ref_semester"),
        ),
        sa.PrimaryKeyConstraint("ruang_longitudinal_id", name=op.f("pk_ruang_longitudinal")),
        sa.UniqueConstraint("id_ruang", "semester_id", name=op.f("uq_ruang_longitudinal_id_ruang")),
    )
    op.create_index(
        op.f("ix_ruang_longitudinal_id_ruang"), "ruang_longitudinal", ["id_ruang"], unique=False
    )
    op.create_table(
        "alat_longitudinal",
        sa.Column("alat_longitudinal_id", sa.String(length=36), nullable=False),
        sa.Column("id_alat", sa.String(length=36), nullable=False),
        sa.Column("semester_id", sa.Integer(), nullable=False),
        sa.Column("jumlah", sa.Integer(), nullable=False),
        sa.Column("jumlah_laik", sa.Integer(), nullable=False),
        sa.Column(
            "create_date", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False
        ),
        sa.Column(
            "last_update", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False
        ),
        sa.Column("soft_delete", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("last_sync", sa.DateTime(), nullable=True),
        sa.Column("updater_id", sa.String(length=36), nullable=True),
        sa.Column("server_version", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["id_alat"], ["alat.id_alat"], name=op.f("fk_alat_longitudinal_id_alat_alat")
        ),
        sa.ForeignKeyConstraint(
            ["semester_id"],
            ["ref_semester.semester_id"],
            name=op.f("fk_alat_longitudinal_semester_id_ref_semester"),
        ),
        sa.PrimaryKeyConstraint("alat_longitudinal_id", name=op.f("pk_alat_longitudinal")),
        sa.UniqueConstraint("id_alat", "semester_id", name=op.f("uq_alat_longitudinal_id_alat")),
    )
    op.create_index(
        op.f("ix_alat_longitudinal_id_alat"), "alat_longitudinal", ["id_alat"], unique=False
    )
    op.create_table(
        "anggota_rombel",
        sa.Column("anggota_rombel_id", sa.String(length=36), nullable=False),
        sa.Column("rombongan_belajar_id", sa.String(length=36), nullable=False),
        sa.Column("peserta_didik_id", sa.String(length=36), nullable=False),
        sa.Column("jenis_pendaftaran_id", sa.Integer(), nullable=True),
        sa.Column(
            "create_date", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False
        ),
        sa.Column(
            "last_update", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False
        ),
        sa.Column("soft_delete", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("last_sync", sa.DateTime(), nullable=True),
        sa.Column("updater_id", sa.String(length=36), nullable=True),
        sa.Column("server_version", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["jenis_pendaftaran_id"],
            ["ref_jenis_pendaftaran.jenis_pendaftaran_id"],
            name=op.f("fk_anggota_rombel_jenis_pendaftaran_id_ref_jenis_pendaftaran"),
        ),
        sa.ForeignKeyConstraint(
            ["peserta_didik_id"],
            ["peserta_didik.peserta_didik_id"],
            name=op.f("fk_anggota_rombel_peserta_didik_id_peserta_didik"),
        ),
        sa.ForeignKeyConstraint(
            ["rombongan_belajar_id"],
            ["rombongan_belajar.rombongan_belajar_id"],
            name=op.f("fk_anggota_rombel_rombongan_belajar_id_rombongan_belajar"),
        ),
        sa.PrimaryKeyConstraint("anggota_rombel_id", name=op.f("pk_anggota_rombel")),
        sa.UniqueConstraint(
            "rombongan_belajar_id",
            "peserta_didik_id",
            name=op.f("uq_anggota_rombel_rombongan_belajar_id"),
        ),
    )
    op.create_index(
        op.f("ix_anggota_rombel_peserta_didik_id"),
        "anggota_rombel",
        ["peserta_didik_id"],
        unique=False,
    )
    op.create_index(
        op.f("ix_anggota_rombel_rombongan_belajar_id"),
        "anggota_rombel",
        ["rombongan_belajar_id"],
        unique=False,
    )
    op.create_table(
        "pembelajaran",
        sa.Column("pembelajaran_id", sa.String(length=36), nullable=False),
        sa.Column("rombongan_belajar_id", sa.String(length=36), nullable=False),
        sa.Column("semester_id", sa.Integer(), nullable=False),
        sa.Column("mata_pelajaran_id", sa.Integer(), nullable=False),
        sa.Column("ptk_terdaftar_id", sa.String(length=36), nullable=False),
        sa.Column("nama_mata_pelajaran", sa.String(length=80), nullable=False),
        sa.Column("sk_mengajar", sa.String(length=80), nullable=True),
        sa.Column("tanggal_sk_mengajar", sa.Date(), nullable=True),
        sa.Column("jam_mengajar_per_minggu", sa.SmallInteger(), nullable=False),
        sa.Column("status_di_kurikulum", sa.Integer(), nullable=False),
        sa.Column("induk_pembelajaran_id", sa.String(length=36), nullable=True),
        sa.Column(
            "create_date", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False
        ),
        sa.Column(
            "last_update", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False
        ),
        sa.Column("soft_delete", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("last_sync", sa.DateTime(), nullable=True),
        sa.Column("updater_id", sa.String(length=36), nullable=True),
        sa.Column("server_version", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["induk_pembelajaran_id"],
            ["pembelajaran.pembelajaran_id"],
            name=op.f("fk_pembelajaran_induk_pembelajaran_id_pembelajaran"),
        ),
        sa.ForeignKeyConstraint(
            ["mata_pelajaran_id"],
            ["ref_mata_pelajaran.mata_pelajaran_id"],
            name=op.f("fk_pembelajaran_mata_pelajaran_id_ref_mata_pelajaran"),
        ),
        sa.ForeignKeyConstraint(
            ["ptk_terdaftar_id"],
            ["ptk_terdaftar.ptk_terdaftar_id"],
            name=op.f("fk_pembelajaran_ptk_terdaftar_id_ptk_terdaftar"),
        ),
        sa.ForeignKeyConstraint(
            ["rombongan_belajar_id"],
            ["rombongan_belajar.rombongan_belajar_id"],
            name=op.f("fk_pembelajaran_rombongan_belajar_id_rombongan_belajar"),
        ),
        sa.ForeignKeyConstraint(
            ["semester_id"],
            ["ref_semester.semester_id"],
            name=op.f("fk_pembelajaran_semester_id_ref_semester"),
        ),
        sa.PrimaryKeyConstraint("pembelajaran_id", name=op.f("pk_pembelajaran")),
    )
    op.create_index(
        op.f("ix_pembelajaran_ptk_terdaftar_id"), "pembelajaran", ["ptk_terdaftar_id"], unique=False
    )
    op.create_index(
        op.f("ix_pembelajaran_rombongan_belajar_id"),
        "pembelajaran",
        ["rombongan_belajar_id"],
        unique=False,
    )
    op.create_table(
        "jadwal",
        sa.Column("jadwal_id", sa.String(length=36), nullable=False),
        sa.Column("sekolah_id", sa.String(length=36), nullable=False),
        sa.Column("semester_id", sa.Integer(), nullable=False),
        sa.Column("id_ruang", sa.String(length=36), nullable=True),
        sa.Column("pembelajaran_id", sa.String(length=36), nullable=False),
        sa.Column("hari", sa.SmallInteger(), nullable=False),
        sa.Column("bel_ke", sa.SmallInteger(), nullable=False),
        sa.Column(
            "create_date", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False
        ),
        sa.Column(
            "last_update", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False
        ),
        sa.Column("soft_delete", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("last_sync", sa.DateTime(), nullable=True),
        sa.Column("updater_id", sa.String(length=36), nullable=True),
        sa.Column("server_version", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["id_ruang"], ["ruang.id_ruang"], name=op.f("fk_jadwal_id_ruang_ruang")
        ),
        sa.ForeignKeyConstraint(
            ["pembelajaran_id"],
            ["pembelajaran.pembelajaran_id"],
            name=op.f("fk_jadwal_pembelajaran_id_pembelajaran"),
        ),
        sa.ForeignKeyConstraint(
            ["sekolah_id"], ["sekolah.sekolah_id"], name=op.f("fk_jadwal_sekolah_id_sekolah")
        ),
        sa.ForeignKeyConstraint(
            ["semester_id"],
            ["ref_semester.semester_id"],
            name=op.f("fk_jadwal_semester_id_ref_semester"),
        ),
        sa.PrimaryKeyConstraint("jadwal_id", name=op.f("pk_jadwal")),
    )
    op.create_index(op.f("ix_jadwal_id_ruang"), "jadwal", ["id_ruang"], unique=False)
    op.create_index(op.f("ix_jadwal_pembelajaran_id"), "jadwal", ["pembelajaran_id"], unique=False)
    op.create_index(op.f("ix_jadwal_sekolah_id"), "jadwal", ["sekolah_id"], unique=False)
    op.create_table(
        "nilai",
        sa.Column("nilai_id", sa.String(length=36), nullable=False),
        sa.Column("anggota_rombel_id", sa.String(length=36), nullable=False),
        sa.Column("pembelajaran_id", sa.String(length=36), nullable=False),
        sa.Column("semester_id", sa.Integer(), nullable=False),
        sa.Column("nilai_pengetahuan", sa.Numeric(precision=5, scale=2), nullable=True),
        sa.Column("nilai_keterampilan", sa.Numeric(precision=5, scale=2), nullable=True),
        sa.Column(
            "create_date", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False
        ),
        sa.Column(
            "last_update", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False
        ),
        sa.Column("soft_delete", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("last_sync", sa.DateTime(), nullable=True),
        sa.Column("updater_id", sa.String(length=36), nullable=True),
        sa.Column("server_version", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["anggota_rombel_id"],
            ["anggota_rombel.anggota_rombel_id"],
            name=op.f("fk_nilai_anggota_rombel_id_anggota_rombel"),
        ),
        sa.ForeignKeyConstraint(
            ["pembelajaran_id"],
            ["pembelajaran.pembelajaran_id"],
            name=op.f("fk_nilai_pembelajaran_id_pembelajaran"),
        ),
        sa.ForeignKeyConstraint(
            ["semester_id"],
            ["ref_semester.semester_id"],
            name=op.f("fk_nilai_semester_id_ref_semester"),
        ),
        sa.PrimaryKeyConstraint("nilai_id", name=op.f("pk_nilai")),
        sa.UniqueConstraint(
            "anggota_rombel_id", "pembelajaran_id", name=op.f("uq_nilai_anggota_rombel_id")
        ),
    )
    op.create_index(
        op.f("ix_nilai_anggota_rombel_id"), "nilai", ["anggota_rombel_id"], unique=False
    )
    op.create_index(op.f("ix_nilai_pembelajaran_id"), "nilai", ["pembelajaran_id"], unique=False)
    op.create_table(
        "srv_change_feed",
        sa.Column(
            "seq",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("table_name", sa.String(length=60), nullable=False),
        sa.Column("row_id", sa.String(length=200), nullable=False),
        sa.Column("sekolah_id", sa.String(length=36), nullable=True),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("package_id", sa.String(length=64), nullable=True),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("seq"),
        sa.UniqueConstraint("table_name", "row_id"),
        sqlite_autoincrement=True,
    )
    op.create_index(
        "ix_srv_change_feed_school_seq", "srv_change_feed", ["sekolah_id", "seq"], unique=False
    )
    op.create_index(
        op.f("ix_srv_change_feed_sekolah_id"), "srv_change_feed", ["sekolah_id"], unique=False
    )
    op.create_table(
        "srv_feed_lock",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "srv_register_failure",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("npsn", sa.String(length=20), nullable=False),
        sa.Column("client", sa.String(length=64), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(
        op.f("ix_srv_register_failure_npsn"), "srv_register_failure", ["npsn"], unique=False
    )
    op.create_table(
        "srv_school",
        sa.Column("sekolah_id", sa.String(length=36), nullable=False),
        sa.Column("npsn", sa.String(length=8), nullable=False),
        sa.Column("nama", sa.String(length=100), nullable=False),
        sa.Column("kode_hash", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("sekolah_id"),
        sa.UniqueConstraint("npsn"),
    )
    op.create_table(
        "srv_device",
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("sekolah_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["sekolah_id"],
            ["srv_school.sekolah_id"],
        ),
        sa.PrimaryKeyConstraint("device_id"),
        sa.UniqueConstraint("token_hash"),
    )
    op.create_table(
        "srv_package",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("sekolah_id", sa.String(length=36), nullable=False),
        sa.Column("package_id", sa.String(length=64), nullable=False),
        sa.Column("upload_id", sa.String(length=32), nullable=False),
        sa.Column("status", sa.String(length=30), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("summary", sa.JSON(), nullable=True),
        sa.ForeignKeyConstraint(
            ["sekolah_id"],
            ["srv_school.sekolah_id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("sekolah_id", "package_id"),
    )
    op.create_index("ix_srv_package_status", "srv_package", ["status", "id"], unique=False)
    op.create_table(
        "srv_pmp_key",
        sa.Column("sekolah_id", sa.String(length=36), nullable=False),
        sa.Column("signing_key", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["sekolah_id"],
            ["srv_school.sekolah_id"],
        ),
        sa.PrimaryKeyConstraint("sekolah_id"),
    )
    op.create_table(
        "srv_pmp_submission",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("sekolah_id", sa.String(length=36), nullable=False),
        sa.Column("filename", sa.String(length=200), nullable=False),
        sa.Column("stored_path", sa.String(length=400), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("status", sa.String(length=30), nullable=False),
        sa.Column("detail", sa.Text(), nullable=True),
        sa.Column("uploaded_at", sa.DateTime(), nullable=False),
        sa.Column("verified", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["sekolah_id"],
            ["srv_school.sekolah_id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "srv_upload",
        sa.Column("upload_id", sa.String(length=32), nullable=False),
        sa.Column("sekolah_id", sa.String(length=36), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("package_id", sa.String(length=64), nullable=False),
        sa.Column("length", sa.BigInteger(), nullable=False),
        sa.Column("offset", sa.BigInteger(), nullable=False),
        sa.Column("metadata", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("expires_at", sa.DateTime(), nullable=False),
        sa.Column("completed_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["sekolah_id"],
            ["srv_school.sekolah_id"],
        ),
        sa.PrimaryKeyConstraint("upload_id"),
        sa.UniqueConstraint("sekolah_id", "package_id"),
    )
    op.create_table(
        "srv_package_history",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("package_pk", sa.BigInteger(), nullable=False),
        sa.Column("status", sa.String(length=30), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("detail", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["package_pk"],
            ["srv_package.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(
        op.f("ix_srv_package_history_package_pk"),
        "srv_package_history",
        ["package_pk"],
        unique=False,
    )
    op.create_table(
        "srv_row_result",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("package_pk", sa.BigInteger(), nullable=False),
        sa.Column("table_name", sa.String(length=60), nullable=False),
        sa.Column("row_id", sa.String(length=200), nullable=False),
        sa.Column("result", sa.String(length=20), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["package_pk"],
            ["srv_package.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(
        op.f("ix_srv_row_result_package_pk"), "srv_row_result", ["package_pk"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_srv_row_result_package_pk"), table_name="srv_row_result")
    op.drop_table("srv_row_result")
    op.drop_index(op.f("ix_srv_package_history_package_pk"), table_name="srv_package_history")
    op.drop_table("srv_package_history")
    op.drop_table("srv_upload")
    op.drop_table("srv_pmp_submission")
    op.drop_table("srv_pmp_key")
    op.drop_index("ix_srv_package_status", table_name="srv_package")
    op.drop_table("srv_package")
    op.drop_table("srv_device")
    op.drop_table("srv_school")
    op.drop_index(op.f("ix_srv_register_failure_npsn"), table_name="srv_register_failure")
    op.drop_table("srv_register_failure")
    op.drop_table("srv_feed_lock")
    op.drop_index(op.f("ix_srv_change_feed_sekolah_id"), table_name="srv_change_feed")
    op.drop_index("ix_srv_change_feed_school_seq", table_name="srv_change_feed")
    op.drop_table("srv_change_feed")
    op.drop_index(op.f("ix_nilai_pembelajaran_id"), table_name="nilai")
    op.drop_index(op.f("ix_nilai_anggota_rombel_id"), table_name="nilai")
    op.drop_table("nilai")
    op.drop_index(op.f("ix_jadwal_sekolah_id"), table_name="jadwal")
    op.drop_index(op.f("ix_jadwal_pembelajaran_id"), table_name="jadwal")
    op.drop_index(op.f("ix_jadwal_id_ruang"), table_name="jadwal")
    op.drop_table("jadwal")
    op.drop_index(op.f("ix_pembelajaran_rombongan_belajar_id"), table_name="pembelajaran")
    op.drop_index(op.f("ix_pembelajaran_ptk_terdaftar_id"), table_name="pembelajaran")
    op.drop_table("pembelajaran")
    op.drop_index(op.f("ix_anggota_rombel_rombongan_belajar_id"), table_name="anggota_rombel")
    op.drop_index(op.f("ix_anggota_rombel_peserta_didik_id"), table_name="anggota_rombel")
    op.drop_table("anggota_rombel")
    op.drop_index(op.f("ix_alat_longitudinal_id_alat"), table_name="alat_longitudinal")
    op.drop_table("alat_longitudinal")
    op.drop_index(op.f("ix_ruang_longitudinal_id_ruang"), table_name="ruang_longitudinal")
    op.drop_table("ruang_longitudinal")
    op.drop_index(op.f("ix_rombongan_belajar_sekolah_id"), table_name="rombongan_belajar")
    op.drop_index(op.f("ix_rombongan_belajar_ptk_id"), table_name="rombongan_belajar")
    op.drop_index(op.f("ix_rombongan_belajar_id_ruang"), table_name="rombongan_belajar")
    op.drop_table("rombongan_belajar")
    op.drop_index(op.f("ix_alat_sekolah_id"), table_name="alat")
    op.drop_index(op.f("ix_alat_id_ruang"), table_name="alat")
    op.drop_table("alat")
    op.drop_index(op.f("ix_ruang_sekolah_id"), table_name="ruang")
    op.drop_index(op.f("ix_ruang_id_bangunan"), table_name="ruang")
    op.drop_table("ruang")
    op.drop_index(op.f("ix_bangunan_longitudinal_id_bangunan"), table_name="bangunan_longitudinal")
    op.drop_table("bangunan_longitudinal")
    op.drop_index(op.f("ix_bangunan_sekolah_id"), table_name="bangunan")
    op.drop_index(op.f("ix_bangunan_id_tanah"), table_name="bangunan")
    op.drop_table("bangunan")
    op.drop_index(op.f("ix_tugas_tambahan_sekolah_id"), table_name="tugas_tambahan")
    op.drop_index(op.f("ix_tugas_tambahan_ptk_id"), table_name="tugas_tambahan")
    op.drop_table("tugas_tambahan")
    op.drop_index(op.f("ix_tanah_sekolah_id"), table_name="tanah")
    op.drop_table("tanah")
    op.drop_index(op.f("ix_sekolah_longitudinal_sekolah_id"), table_name="sekolah_longitudinal")
    op.drop_table("sekolah_longitudinal")
    op.drop_index(
        op.f("ix_registrasi_peserta_didik_sekolah_id"), table_name="registrasi_peserta_didik"
    )
    op.drop_index(
        op.f("ix_registrasi_peserta_didik_peserta_didik_id"), table_name="registrasi_peserta_didik"
    )
    op.drop_table("registrasi_peserta_didik")
    op.drop_index(op.f("ix_ptk_terdaftar_sekolah_id"), table_name="ptk_terdaftar")
    op.drop_index(op.f("ix_ptk_terdaftar_ptk_id"), table_name="ptk_terdaftar")
    op.drop_table("ptk_terdaftar")
    op.drop_table("sekolah")
    op.drop_index(op.f("ix_rwy_pend_formal_ptk_id"), table_name="rwy_pend_formal")
    op.drop_table("rwy_pend_formal")
    op.drop_table("ref_mata_pelajaran_kurikulum")
    op.drop_index(
        op.f("ix_peserta_didik_longitudinal_peserta_didik_id"),
        table_name="peserta_didik_longitudinal",
    )
    op.drop_table("peserta_didik_longitudinal")
    op.drop_table("ref_tingkat_pendidikan")
    op.drop_table("ref_semester")
    op.drop_table("ref_kurikulum")
    op.drop_table("ref_bentuk_pendidikan")
    op.drop_index(op.f("ix_ptk_nuptk"), table_name="ptk")
    op.drop_index(op.f("ix_ptk_nik"), table_name="ptk")
    op.drop_index(op.f("ix_ptk_nama"), table_name="ptk")
    op.drop_table("ptk")
    op.drop_index(op.f("ix_peserta_didik_nisn"), table_name="peserta_didik")
    op.drop_index(op.f("ix_peserta_didik_nik"), table_name="peserta_didik")
    op.drop_index(op.f("ix_peserta_didik_nama"), table_name="peserta_didik")
    op.drop_table("peserta_didik")
    op.drop_index(op.f("ix_ref_wilayah_mst_kode_wilayah"), table_name="ref_wilayah")
    op.drop_table("ref_wilayah")
    op.drop_table("ref_tahun_ajaran")
    op.drop_table("ref_status_kepemilikan")
    op.drop_table("ref_status_kepegawaian")
    op.drop_table("ref_peran")
    op.drop_table("ref_penghasilan")
    op.drop_table("ref_pekerjaan")
    op.drop_table("ref_pangkat_golongan")
    op.drop_table("ref_mata_pelajaran")
    op.drop_table("ref_kerusakan")
    op.drop_table("ref_kebutuhan_khusus")
    op.drop_table("ref_jenjang_pendidikan")
    op.drop_table("ref_jenis_tinggal")
    op.drop_table("ref_jenis_sarana")
    op.drop_table("ref_jenis_rombel")
    op.drop_table("ref_jenis_ptk")
    op.drop_table("ref_jenis_prasarana")
    op.drop_table("ref_jenis_pendaftaran")
    op.drop_table("ref_jenis_keluar")
    op.drop_table("ref_jabatan_tugas_ptk")
    op.drop_table("ref_gelar_akademik")
    op.drop_table("ref_bidang_studi")
    op.drop_table("ref_alat_transportasi")
    op.drop_table("ref_akreditasi")
    op.drop_table("ref_agama")
