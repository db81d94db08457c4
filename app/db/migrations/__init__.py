"""Schema migrations (Alembic). A newer app opens an older database by
upgrading it in place; an older app refuses a database from a newer one.

New revision: ``alembic -c app/db/migrations/alembic.ini revision --autogenerate -m "…"``.
"""

import sqlite3
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Engine

from ...i18n import QT_TRANSLATE_NOOP
from ..errors import DatabaseOpenError

HERE = Path(__file__).resolve().parent


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(HERE))
    return config


def known_revisions() -> set[str]:
    return {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def stored_revision(path: Path) -> str | None:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.OperationalError:
        return None
    finally:
        conn.close()
    return row[0] if row else None


def check_not_newer(path: Path) -> None:
    revision = stored_revision(path)
    if revision is not None and revision not in known_revisions():
        raise DatabaseOpenError(
            QT_TRANSLATE_NOOP(
                "DatabaseOpenError",
                "Basis data {path} dibuat oleh versi Dapodik Lokal yang lebih baru (skema "
                "{revision}). Perbarui aplikasi untuk membukanya; berkas tidak diubah.",
            ),
            path=str(path),
            revision=revision,
        )


def upgrade(engine: Engine, revision: str = "head") -> None:
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, revision)
