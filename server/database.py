"""The server's database: engines, its schema checked at start, transactions.

SQLite (default) and PostgreSQL (by URL) behave alike here. On SQLite every
write transaction starts with BEGIN IMMEDIATE: a deferred transaction that
reads and then writes can fail at once with "database is locked" when another
writer committed in between, while IMMEDIATE waits its turn (busy_timeout).

SQLite has one writer at a time, and its busy handler polls: a writer that
commits and begins again at once (the worker between two batches of a package)
would keep winning over a request that waits. So this process's writers take
their turns in the order they came (``WriteTurns``), and a request waits at most
for the transactions ahead of it. A writer that cannot have its turn within the
busy timeout gets ``DatabaseBusy``; the HTTP layer answers any of ``UNAVAILABLE``
with 503 and Retry-After, the worker tries again later.
"""

import hashlib
import threading
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass
from functools import partial

from sqlalchemy import Connection, create_engine, event, insert, select, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout

from dapodik.referensi_loading import load_referensi

from . import migrations, tables

# How long a writer waits for its turn (and SQLite for another process's lock), in
# seconds, before it is told the database is busy: the centre's commands; the
# server's requests wait less (``--busy-timeout``), a client simply asks again.
BUSY_TIMEOUT = 60.0


class DatabaseBusy(Exception):
    """No turn to write within the busy timeout."""


# Failures that say "not now" rather than "never": the database is busy or unreachable.
UNAVAILABLE = (DatabaseBusy, OperationalError, PoolTimeout)


class WriteTurns:
    """A lock that writers get in the order they asked for it."""

    def __init__(self) -> None:
        self._mutex = threading.Lock()
        self._waiting: deque[threading.Event] = deque()
        self._held = False

    @contextmanager
    def turn(self, timeout: float) -> Iterator[None]:
        if not self._acquire(timeout):
            raise DatabaseBusy(f"basis data sibuk lebih dari {timeout:g} detik")
        try:
            yield
        finally:
            self._release()

    def _acquire(self, timeout: float) -> bool:
        with self._mutex:
            if not self._held:
                self._held = True
                return True
            called = threading.Event()
            self._waiting.append(called)
        if called.wait(timeout):
            return True
        with self._mutex:
            if called.is_set():  # handed over just as the wait ran out
                return True
            self._waiting.remove(called)
            return False

    def _release(self) -> None:
        with self._mutex:
            if self._waiting:
                self._waiting.popleft().set()  # straight to the next in line
            else:
                self._held = False


def _sqlite_pragmas(dbapi_conn, _record, busy_timeout: float) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys = ON")
    cur.execute(f"PRAGMA busy_timeout = {int(busy_timeout * 1000)}")
    cur.execute("PRAGMA journal_mode = WAL")
    cur.execute("PRAGMA synchronous = NORMAL")
    cur.close()


def _sqlite_engine(url: str, immediate: bool, busy_timeout: float) -> Engine:
    engine = create_engine(
        url,
        connect_args={
            "check_same_thread": False,
            "isolation_level": None,
            "timeout": busy_timeout,
        },
        pool_size=10,
        max_overflow=40,
        pool_timeout=120,
    )
    event.listen(engine, "connect", partial(_sqlite_pragmas, busy_timeout=busy_timeout))
    begin = "BEGIN IMMEDIATE" if immediate else "BEGIN"
    event.listen(engine, "begin", lambda conn: conn.exec_driver_sql(begin))
    return engine


@dataclass
class Database:
    """``write`` for transactions that change data; ``read`` for the rest."""

    write_engine: Engine
    read_engine: Engine
    busy_timeout: float = BUSY_TIMEOUT
    # SQLite only: PostgreSQL writers lock rows, not the database.
    turns: WriteTurns | None = None

    @property
    def is_sqlite(self) -> bool:
        return self.write_engine.dialect.name == "sqlite"

    @contextmanager
    def write(self) -> Iterator[Connection]:
        turn = self.turns.turn(self.busy_timeout) if self.turns else nullcontext()
        with turn, self.write_engine.begin() as conn:
            yield conn

    @contextmanager
    def read(self) -> Iterator[Connection]:
        with self.read_engine.begin() as conn:
            yield conn

    def dispose(self) -> None:
        self.write_engine.dispose()
        self.read_engine.dispose()


def open_database(url: str, busy_timeout: float = BUSY_TIMEOUT) -> Database:
    if url.startswith("sqlite"):
        return Database(
            _sqlite_engine(url, True, busy_timeout),
            _sqlite_engine(url, False, busy_timeout),
            busy_timeout,
            WriteTurns(),
        )
    # No server-side prepared statements: after five runs PostgreSQL may switch a
    # prepared "IN (500 ids)" lookup to a generic plan that scans the whole table.
    connect_args = {"prepare_threshold": None} if "+psycopg" in url else {}
    engine = create_engine(
        url, pool_size=10, max_overflow=40, pool_timeout=120, connect_args=connect_args
    )
    return Database(engine, engine, busy_timeout)


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
