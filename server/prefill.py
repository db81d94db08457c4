"""The prefill: a school's full data as one file, in the package format.

Built from one consistent read (REPEATABLE READ on PostgreSQL, a read
transaction's snapshot on SQLite) together with the feed cursor it is current
to, so a client that registers from it pulls changes from exactly there.
The file is kept per school and cursor: a download interrupted and resumed
with Range gets the same bytes, and a changed school gets a new file (and a
new ETag, so a stale If-Range gets the whole new file).
"""

import time
import uuid
from pathlib import Path

from sqlalchemy import Connection, select

from dapodik.package_format import KIND_PREFILL, Manifest, build_package
from dapodik.schema.models import REFERENSI_TABLES, SYNCED_TABLES

from . import tables
from .config import ServerConfig
from .database import Database
from .feed import key_columns, school_cursor


def _school_rows(conn: Connection, sekolah_id: str) -> dict[str, list[dict]]:
    feed = tables.change_feed
    rows = {}
    for name, table in SYNCED_TABLES.items():
        pk = key_columns(table)[0]
        owned = select(feed.c.row_id).where(
            feed.c.table_name == name, feed.c.sekolah_id == sekolah_id
        )
        result = conn.execute(select(table).where(pk.in_(owned)).order_by(pk))
        rows[name] = [dict(r._mapping) for r in result]
    return rows


def _referensi_rows(conn: Connection) -> dict[str, list[dict]]:
    return {
        name: [dict(r._mapping) for r in conn.execute(select(table))]
        for name, table in REFERENSI_TABLES.items()
    }


def _snapshot(db: Database, sekolah_id: str):
    options = {} if db.is_sqlite else {"isolation_level": "REPEATABLE READ"}
    with db.read_engine.connect().execution_options(**options) as conn, conn.begin():
        school = conn.execute(
            select(tables.school).where(tables.school.c.sekolah_id == sekolah_id)
        ).first()
        cursor = school_cursor(conn, sekolah_id)
        rows = {**_referensi_rows(conn), **_school_rows(conn, sekolah_id)}
    return school, cursor, rows


def prefill_path(config: ServerConfig, sekolah_id: str, cursor: int) -> Path:
    return config.prefill_dir / f"{sekolah_id}-{cursor}.prf"


def current_prefill(db: Database, config: ServerConfig, sekolah_id: str) -> Path:
    """The school's prefill file for its current data, built if not built yet."""
    with db.read() as conn:
        cursor = school_cursor(conn, sekolah_id)
    path = prefill_path(config, sekolah_id, cursor)
    if path.exists():
        return path
    school, cursor, rows = _snapshot(db, sekolah_id)
    path = prefill_path(config, sekolah_id, cursor)
    manifest = Manifest(
        package_id=str(uuid.uuid4()),
        npsn=school.npsn,
        sekolah_id=sekolah_id,
        base_cursor=cursor,
        kind=KIND_PREFILL,
        # The client checks a Kode Registrasi offline against this argon2 hash.
        extra={"nama": school.nama, "kode_registrasi_hash": school.kode_hash},
    )
    build_package(path, manifest, rows)
    # Older snapshots stay an hour, so a download already under way can finish.
    for old in config.prefill_dir.glob(f"{sekolah_id}-*.prf"):
        if old != path and old.stat().st_mtime < time.time() - 3600:
            old.unlink(missing_ok=True)
    return path


def forget_prefills(config: ServerConfig, sekolah_id: str) -> None:
    """Serve no prefill built so far (after a new Kode Registrasi, whose hash they lack)."""
    for old in config.prefill_dir.glob(f"{sekolah_id}-*.prf"):
        old.unlink(missing_ok=True)
