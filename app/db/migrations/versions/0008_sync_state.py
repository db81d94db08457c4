"""sync: acknowledged change counter, the pending upload, the sync log

Revision ID: 0008
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_state",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("acked_counter", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_state")),
    )
    # Nothing acknowledged yet: a database from before sync sends all its rows,
    # unless registration from a prefill moves the counter past them.
    op.execute("INSERT INTO sync_state (id, acked_counter) VALUES (1, 0)")
    op.create_table(
        "sync_upload",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("package_id", sa.String(length=36), nullable=False),
        sa.Column("path", sa.Text(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("upload_url", sa.Text(), nullable=True),
        sa.Column("offset", sa.Integer(), nullable=False),
        sa.Column("base_counter", sa.Integer(), nullable=False),
        sa.Column("cut_counter", sa.Integer(), nullable=False),
        sa.Column("base_cursor", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("rebuilt", sa.Integer(), nullable=False),
        sa.Column("counts", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_upload")),
        sa.UniqueConstraint("package_id", name=op.f("uq_sync_upload_package_id")),
    )
    op.create_table(
        "sync_run",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("finished_at", sa.DateTime(), nullable=True),
        sa.Column("user_id", sa.String(length=36), nullable=True),
        sa.Column("server_url", sa.Text(), nullable=True),
        sa.Column("clock_offset_s", sa.Float(), nullable=True),
        sa.Column("package_id", sa.String(length=36), nullable=True),
        sa.Column("bytes_sent", sa.Integer(), nullable=False),
        sa.Column("bytes_resent", sa.Integer(), nullable=False),
        sa.Column("counts", sa.JSON(), nullable=False),
        sa.Column("server_status", sa.String(length=40), nullable=True),
        sa.Column("server_history", sa.JSON(), nullable=False),
        sa.Column("exceptions", sa.JSON(), nullable=False),
        sa.Column("rows_pulled", sa.Integer(), nullable=False),
        sa.Column("conflicts", sa.JSON(), nullable=False),
        sa.Column("notes", sa.JSON(), nullable=False),
        sa.Column("errors", sa.JSON(), nullable=False),
        sa.Column("outcome", sa.String(length=20), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_run")),
    )


def downgrade() -> None:
    op.drop_table("sync_run")
    op.drop_table("sync_upload")
    op.drop_table("sync_state")
