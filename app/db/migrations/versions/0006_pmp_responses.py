"""PMP: pmp_respondent and pmp_response, the questionnaire answers kept on this laptop

Revision ID: 0006
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "pmp_respondent",
        sa.Column("respondent_id", sa.String(length=36), nullable=False),
        sa.Column("kunci", sa.String(length=80), nullable=False),
        sa.Column("jenis", sa.String(length=20), nullable=False),
        sa.Column("nama", sa.String(length=100), nullable=False),
        sa.Column("keterangan", sa.String(length=100), nullable=True),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.PrimaryKeyConstraint("respondent_id", name=op.f("pk_pmp_respondent")),
        sa.UniqueConstraint("kunci", name=op.f("uq_pmp_respondent_kunci")),
    )
    with op.batch_alter_table("pmp_respondent", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_pmp_respondent_jenis"), ["jenis"], unique=False)
    op.create_table(
        "pmp_response",
        sa.Column("respondent_id", sa.String(length=36), nullable=False),
        sa.Column("kode_pertanyaan", sa.String(length=20), nullable=False),
        sa.Column("jawaban", sa.String(length=10), nullable=False),
        sa.Column("answered_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["respondent_id"],
            ["pmp_respondent.respondent_id"],
            name=op.f("fk_pmp_response_respondent_id_pmp_respondent"),
        ),
        sa.PrimaryKeyConstraint("respondent_id", "kode_pertanyaan", name=op.f("pk_pmp_response")),
    )


def downgrade() -> None:
    op.drop_table("pmp_response")
    with op.batch_alter_table("pmp_respondent", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_pmp_respondent_jenis"))
    op.drop_table("pmp_respondent")
