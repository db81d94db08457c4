"""The centre's schema, versioned with Alembic in a history of its own.

The first revision (``pusat_0001``) is the schema the centre made with
``create_all`` before it was versioned: a database from then (the centre's
tables, no ``alembic_version``) is recognised as that revision. ``python -m
server db upgrade`` moves a database to the head with every row kept; the
server refuses to serve a schema older or newer than its own, and gives an
empty database the head schema.

A new revision is a file in ``versions/`` whose ``down_revision`` is the
current head; Alembic drafts one from the tables' definitions with
``command.revision(alembic_config(conn), "…", autogenerate=True)`` on a
connection to a database at the head. Every function here works on a
connection in the caller's transaction, so a failed upgrade is rolled back
whole.
"""

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, inspect

from dapodik.schema.models import Base

from .. import tables

HERE = Path(__file__).resolve().parent
# The shared school and referensi tables, and the centre's own.
TARGET_METADATA = [Base.metadata, tables.metadata]
# The schema of the releases before versioning; srv_school marks a centre database of then.
FIRST_REVISION = "pusat_0001"
UNVERSIONED_MARK = tables.school.name
UPGRADE_COMMAND = "python -m server db upgrade"


class SchemaError(Exception):
    """This database's schema is not the one this server serves; the message says why."""


# Where a revision finds the function that seals a school's PMP key under the server
# key (``pmp_keys.PmpKeys.seal``): pusat_0002 seals the keys kept in clear before it.
SEAL = "seal_pmp_key"


def alembic_config(conn: Connection | None = None, seal=None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(HERE))
    config.attributes["connection"] = conn
    config.attributes[SEAL] = seal
    return config


def _scripts() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    return _scripts().get_current_head()


def known_revisions() -> set[str]:
    return {script.revision for script in _scripts().walk_revisions()}


def recorded_revision(conn: Connection) -> str | None:
    """The revision in ``alembic_version``; None when the database has none."""
    heads = MigrationContext.configure(conn).get_current_heads()
    return heads[0] if heads else None


def current_revision(conn: Connection) -> str | None:
    """The database's revision: the one recorded, the first for a centre database
    made before versioning, None for an empty database. SchemaError for a
    database that is not a centre's."""
    recorded = recorded_revision(conn)
    if recorded:
        return recorded
    names = set(inspect(conn).get_table_names())
    if not names:
        return None
    if UNVERSIONED_MARK in names:
        return FIRST_REVISION
    raise SchemaError(
        "Basis data ini bukan basis data server pusat Dapodik Lokal (tidak ada tabel "
        f"{UNVERSIONED_MARK} dan tidak ada versi skema); basis data tidak diubah."
    )


def _refuse_newer(revision: str) -> None:
    if revision not in known_revisions():
        raise SchemaError(
            f"Skema basis data ({revision}) lebih baru daripada skema server ini "
            f"({head_revision()}): basis data dibuat oleh versi server yang lebih baru. "
            "Perbarui server; basis data tidak diubah."
        )


def ensure_current(conn: Connection) -> None:
    """Give an empty database the head schema; refuse any database not recorded at
    the head (one made before versioning too: ``db upgrade`` records its revision)."""
    revision = current_revision(conn)
    if revision is None:
        command.upgrade(alembic_config(conn), "head")
        return
    _refuse_newer(revision)
    recorded = recorded_revision(conn)
    if recorded == head_revision():
        return
    reason = (
        f"Skema basis data ({recorded}) lebih lama daripada skema server ini ({head_revision()})."
        if recorded
        else "Versi skema basis data belum tercatat (dibuat sebelum skema server pusat berversi)."
    )
    raise SchemaError(
        f"{reason} Cadangkan basis data, lalu jalankan `{UPGRADE_COMMAND}` dengan --db/--data "
        "yang sama, sekali, sebelum server dijalankan."
    )


def upgrade(conn: Connection, seal) -> tuple[str, str]:
    """Move the database to the head with every row kept; (what it was, the head).
    ``seal``: ``PmpKeys.seal`` of this server's key, for the keys kept in clear."""
    revision = current_revision(conn)
    recorded = recorded_revision(conn)
    if revision is None:
        before = "kosong"
    elif recorded is None:
        before = "tanpa versi"
        command.stamp(alembic_config(conn), FIRST_REVISION)
    else:
        _refuse_newer(recorded)
        before = recorded
    command.upgrade(alembic_config(conn, seal), "head")
    return before, head_revision()
