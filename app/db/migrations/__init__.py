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

from dapodik.i18n import QT_TRANSLATE_NOOP
from dapodik.schema.models import Base

from .. import (  # noqa: F401 - each module declares its tables on the client's metadata
    local,
    login_attempt,
    pengguna,
    pmp_responses,
    sync_state,
    validation_results,
    webservice_tokens,
)
from ..errors import DatabaseOpenError

HERE = Path(__file__).resolve().parent
# Every table of the client database: the shared school and referensi tables, and
# the client's own local tables.
TARGET_METADATA = [Base.metadata, local.LocalBase.metadata]


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(HERE))
    return config


def known_revisions() -> set[str]:
    return {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def head_revisions() -> set[str]:
    return set(ScriptDirectory.from_config(alembic_config()).get_heads())


def stored_revisions(path: Path) -> set[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        rows = conn.execute("SELECT version_num FROM alembic_version").fetchall()
    except sqlite3.OperationalError:
        return set()
    finally:
        conn.close()
    return {row[0] for row in rows}


def check_not_newer(path: Path) -> None:
    unknown = stored_revisions(path) - known_revisions()
    if unknown:
        raise DatabaseOpenError(
            QT_TRANSLATE_NOOP(
                "DatabaseOpenError",
                "Basis data {path} dibuat oleh versi Dapodik Lokal yang lebih baru (skema "
                "{revision}). Perbarui aplikasi untuk membukanya; berkas tidak diubah.",
            ),
            path=str(path),
            revision=", ".join(sorted(unknown)),
        )


def upgrade(engine: Engine, revision: str = "heads") -> None:
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, revision)
