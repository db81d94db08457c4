"""devices with a state and times; PMP keys sealed under the server key

srv_device: state (pending, active, retired, revoked; the devices registered so
far stay active), last_used_at, ended_at, replaced_by. srv_pmp_key: the clear
signing_key becomes sealed_key, sealed (Fernet) under the server key, a file
outside the database; the sealing function comes from the caller
(``server.migrations.upgrade``), as the key is no business of the schema.

Revision ID: pusat_0002
Revises: pusat_0001
Create Date: 2026-12-07 22:00:00
"""

import sqlalchemy as sa
from alembic import context, op

from server.migrations import SEAL

revision = "pusat_0002"
down_revision = "pusat_0001"
branch_labels = None
depends_on = None


def _seal_clear_keys() -> None:
    conn = op.get_bind()
    keys = conn.execute(sa.text("SELECT sekolah_id, signing_key FROM srv_pmp_key")).all()
    seal = context.config.attributes.get(SEAL)
    if keys and seal is None:
        raise RuntimeError("pusat_0002 seals the PMP keys kept in clear: give it the server key")
    for sekolah_id, clear in keys:
        conn.execute(
            sa.text("UPDATE srv_pmp_key SET sealed_key = :sealed WHERE sekolah_id = :id"),
            {"sealed": seal(bytes.fromhex(clear)), "id": sekolah_id},
        )


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        # The pages that held the clear keys are overwritten, not just freed.
        op.execute("PRAGMA secure_delete = ON")
    with op.batch_alter_table("srv_device") as batch:
        batch.add_column(
            sa.Column("state", sa.String(length=10), server_default="active", nullable=False)
        )
        batch.add_column(sa.Column("last_used_at", sa.DateTime(), nullable=True))
        batch.add_column(sa.Column("ended_at", sa.DateTime(), nullable=True))
        batch.add_column(sa.Column("replaced_by", sa.String(length=36), nullable=True))
    op.add_column("srv_pmp_key", sa.Column("sealed_key", sa.Text(), nullable=True))
    _seal_clear_keys()
    with op.batch_alter_table("srv_pmp_key") as batch:
        batch.alter_column("sealed_key", existing_type=sa.Text(), nullable=False)
        batch.drop_column("signing_key")


def downgrade() -> None:
    raise NotImplementedError("the sealed PMP keys are not put back in clear")
