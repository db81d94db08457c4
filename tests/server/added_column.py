"""The client or the centre as a later release that adds a column to a synced table.

    python tests/server/added_column.py app|server ARGS…

``peserta_didik.hobi`` joins the shared table definition, and each migration
history gets one revision on top of its head that adds it; then the program's own
command line runs with ARGS.
"""

import os
import sys
import tempfile
from pathlib import Path

import sqlalchemy as sa
from alembic.script import ScriptDirectory

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from app.db import migrations as client_history  # noqa: E402
from dapodik.schema.models import PesertaDidik  # noqa: E402
from server import migrations as centre_history  # noqa: E402

TABLE, COLUMN, LENGTH = "peserta_didik", "hobi", 40
REVISION = {"app": "tambah_hobi_klien", "server": "pusat_tambah_hobi"}
HISTORY = {"app": client_history, "server": centre_history}

REVISION_FILE = f'''"""{TABLE}.{COLUMN}: a column a later release adds to a synced table"""

import sqlalchemy as sa
from alembic import op

revision = "{{revision}}"
down_revision = "{{head}}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("{TABLE}", sa.Column("{COLUMN}", sa.String({LENGTH})))


def downgrade() -> None:
    op.drop_column("{TABLE}", "{COLUMN}")
'''


def add_revision(program: str, folder: Path) -> None:
    """Write the revision on the history's current head and make Alembic read it too."""
    history = HISTORY[program]
    (head,) = ScriptDirectory.from_config(history.alembic_config()).get_heads()
    (folder / f"{REVISION[program]}.py").write_text(
        REVISION_FILE.format(revision=REVISION[program], head=head), encoding="utf-8"
    )
    released = history.alembic_config

    def alembic_config(*args):
        config = released(*args)
        config.set_main_option("path_separator", "os")
        versions = (history.HERE / "versions", folder)
        config.set_main_option("version_locations", os.pathsep.join(map(str, versions)))
        return config

    history.alembic_config = alembic_config


def main(program: str, args: list[str]) -> int:
    PesertaDidik.__table__.append_column(sa.Column(COLUMN, sa.String(LENGTH)))
    with tempfile.TemporaryDirectory() as folder:
        add_revision(program, Path(folder))
        if program == "app":
            from app.cli import main as run
        else:
            from server.__main__ import main as run
        return run(args)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2:]))
