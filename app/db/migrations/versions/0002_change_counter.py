"""change counter: change_log, its control row, and triggers on every synced table

Revision ID: 0002
Revises: 0001
"""
import sqlalchemy as sa
from alembic import op

from app.db.change_tracking import drop_trigger_ddl, trigger_ddl

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# Frozen here: a later table gets its triggers in its own revision.
TRACKED = [
    ('sekolah', 'sekolah_id'),
    ('sekolah_longitudinal', 'sekolah_longitudinal_id'),
    ('tanah', 'id_tanah'),
    ('bangunan', 'id_bangunan'),
    ('bangunan_longitudinal', 'bangunan_longitudinal_id'),
    ('ruang', 'id_ruang'),
    ('ruang_longitudinal', 'ruang_longitudinal_id'),
    ('alat', 'id_alat'),
    ('alat_longitudinal', 'alat_longitudinal_id'),
    ('ptk', 'ptk_id'),
    ('ptk_terdaftar', 'ptk_terdaftar_id'),
    ('rwy_pend_formal', 'riwayat_pendidikan_formal_id'),
    ('tugas_tambahan', 'ptk_tugas_tambahan_id'),
    ('peserta_didik', 'peserta_didik_id'),
    ('registrasi_peserta_didik', 'registrasi_id'),
    ('peserta_didik_longitudinal', 'peserta_didik_longitudinal_id'),
    ('rombongan_belajar', 'rombongan_belajar_id'),
    ('anggota_rombel', 'anggota_rombel_id'),
    ('pembelajaran', 'pembelajaran_id'),
    ('jadwal', 'jadwal_id'),
    ('nilai', 'nilai_id'),
]


def upgrade() -> None:
    op.create_table(
        "change_log",
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_change_log")),
        sa.UniqueConstraint("table_name", "row_id", name=op.f("uq_change_log_table_name")),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "change_tracking_control",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("suppress", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_change_tracking_control")),
    )
    op.execute("INSERT INTO change_tracking_control (id, suppress) VALUES (1, 0)")
    # Rows that existed before the counter are all unsent: count them once.
    for table, pk in TRACKED:
        op.execute(
            f"INSERT INTO change_log (table_name, row_id) SELECT '{table}', {pk} FROM {table}"
        )
        for ddl in trigger_ddl(table, pk):
            op.execute(ddl)


def downgrade() -> None:
    for table, _pk in TRACKED:
        for ddl in drop_trigger_ddl(table):
            op.execute(ddl)
    op.drop_table("change_tracking_control")
    op.drop_table("change_log")
