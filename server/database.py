"""The server's database: engines, its schema checked at start, transactions.

SQLite (default) and PostgreSQL (by URL) behave alike here. On SQLite every
write transaction starts with BEGIN IMMEDIATE: a deferred transaction that
reads and then writes can fail at once with "database is locked" when another
writer committed in between, while IMMEDIATE waits its turn (busy_timeout).
"""

import hashlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import Connection, create_engine, event, insert, select, text
from sqlalchemy.engine import Engine

from dapodik.referensi_loading import load_referensi

from . import migrations, tables


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys = ON")
    cur.execute("PRAGMA busy_timeout = 60000")
    cur.execute("PRAGMA journal_mode = WAL")
    cur.execute("PRAGMA synchronous = NORMAL")
    cur.close()


def _sqlite_engine(url: str, immediate: bool) -> Engine:
    engine = create_engine(
        url,
        connect_args={"check_same_thread": False, "isolation_level": None, "timeout": 60},
        pool_size=10,
        max_overflow=40,
        pool_timeout=120,
    )
    event.listen(engine, "connect", _sqlite_pragmas)
    begin = "BEGIN IMMEDIATE" if immediate else "BEGIN"
    event.listen(engine, "begin", lambda conn: conn.exec_driver_sql(begin))
    return engine


@dataclass
class Database:
    """``write`` for transactions that change data; ``read`` for the rest."""

    write_engine: Engine
    read_engine: Engine

    @property
    def is_sqlite(self) -> bool:
        return self.write_engine.dialect.name == "sqlite"

    @contextmanager
    def write(self) -> Iterator[Connection]:
        with self.write_engine.begin() as conn:
            yield conn

    @contextmanager
    def read(self) -> Iterator[Connection]:
        with self.read_engine.begin() as conn:
            yield conn

    def dispose(self) -> None:
        self.write_engine.dispose()
        self.read_engine.dispose()


def open_database(url: str) -> Database:
    if url.startswith("sqlite"):
        return Database(_sqlite_engine(url, True), _sqlite_engine(url, False))
    # No server-side prepared statements: after five runs PostgreSQL may switch a
    # prepared "IN (500 ids)" lookup to a generic plan that scans the whole table.
    connect_args = {"prepare_threshold": None} if "+psycopg" in url else {}
    engine = create_engine(
        url, pool_size=10, max_overflow=40, pool_timeout=120, connect_args=connect_args
    )
    return Database(engine, engine)


def prepare_database(db: Database) -> None:
    """Make the database ready to serve: the head schema in an empty database, a
    refusal (``migrations.SchemaError``) of an older or newer one; then the
    shipped referensi codes it lacks and the feed's lock row (idempotent)."""
    with db.write() as conn:
        migrations.ensure_current(conn)
    load_referensi(db.write_engine)
    with db.write() as conn:
        if conn.scalar(select(tables.feed_lock.c.id)) is None:
            conn.execute(insert(tables.feed_lock).values(id=1))


def lock_feed(conn: Connection) -> None:
    """Serialise feed writers (see tables.feed_lock); SQLite's IMMEDIATE already does."""
    if conn.dialect.name != "sqlite":
        conn.execute(select(tables.feed_lock.c.id).with_for_update())


def serialise(conn: Connection, name: str) -> None:
    """Serialise the transactions that name the same thing: on PostgreSQL an
    advisory lock on the name, held until the transaction ends; on SQLite every
    write transaction (BEGIN IMMEDIATE) is serialised already."""
    if conn.dialect.name != "sqlite":
        key = int.from_bytes(hashlib.sha256(name.encode()).digest()[:8], "big", signed=True)
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": key})
