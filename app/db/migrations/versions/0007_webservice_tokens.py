"""webservice tokens: webservice_token, the Web Service's hashed tokens

Revision ID: 0007
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "webservice_token",
        sa.Column("token_id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("nama", sa.String(length=60), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("allowed_ip", sa.String(length=45), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("revoked_at", sa.DateTime(), nullable=True),
        sa.Column("last_used_at", sa.DateTime(), nullable=True),
        sa.Column("last_used_ip", sa.String(length=45), nullable=True),
        sa.PrimaryKeyConstraint("token_id", name=op.f("pk_webservice_token")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_webservice_token_token_hash")),
    )
    op.create_index(
        "uq_webservice_token_active_nama",
        "webservice_token",
        ["nama"],
        unique=True,
        sqlite_where=sa.text("revoked_at IS NULL"),
    )


def downgrade() -> None:
    op.drop_index("uq_webservice_token_active_nama", table_name="webservice_token")
    op.drop_table("webservice_token")
