"""Opening the school's database: safely, and only when it is ours to open.

A missing or empty file becomes a new school database. A file that is not a
database, another program's database, a database of a newer schema, a damaged
database (``PRAGMA quick_check``) and a locked or read-only file are refused
with a clear message before anything is written.
"""

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from dapodik.i18n import QT_TRANSLATE_NOOP
from dapodik.referensi_loading import load_referensi

from . import migrations
from .errors import DatabaseOpenError
from .integrity import check_ours, check_sound

SQLITE_HEADER = b"SQLite format 3\x00"


@dataclass
class Database:
    path: Path
    engine: Engine
    Session: sessionmaker[Session]

    def close(self) -> None:
        self.engine.dispose()


def _set_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys = ON")
    cur.execute("PRAGMA busy_timeout = 5000")
    cur.execute("PRAGMA synchronous = NORMAL")
    cur.close()


def make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", connect_args={"check_same_thread": False})
    event.listen(engine, "connect", _set_pragmas)
    return engine


def check_file(path: Path) -> None:
    """Refuse a file we must not touch, without writing to it."""
    if not path.exists():
        if not os.access(path.parent, os.W_OK):
            raise DatabaseOpenError(
                QT_TRANSLATE_NOOP(
                    "DatabaseOpenError",
                    "Folder {folder} tidak dapat ditulisi, basis data baru tidak dapat dibuat.",
                ),
                folder=str(path.parent),
            )
        return
    with open(path, "rb") as f:
        header = f.read(len(SQLITE_HEADER))
    if header and header != SQLITE_HEADER:
        raise DatabaseOpenError(
            QT_TRANSLATE_NOOP(
                "DatabaseOpenError",
                "Berkas {path} bukan basis data Dapodik Lokal (bukan berkas SQLite).",
            ),
            path=str(path),
        )
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        raise DatabaseOpenError(
            QT_TRANSLATE_NOOP(
                "DatabaseOpenError",
                "Berkas {path} hanya dapat dibaca (read-only). Salin ke folder yang dapat "
                "ditulisi atau ubah izinnya, lalu buka kembali.",
            ),
            path=str(path),
        )
    _check_not_locked(path)
    check_ours(path)
    migrations.check_not_newer(path)
    check_sound(path)


def _check_not_locked(path: Path) -> None:
    conn = sqlite3.connect(path, timeout=0.5)
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.rollback()
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise DatabaseOpenError(
                QT_TRANSLATE_NOOP(
                    "DatabaseOpenError",
                    "Basis data {path} sedang dipakai program lain (terkunci). Tutup "
                    "program tersebut lalu coba lagi.",
                ),
                path=str(path),
            ) from exc
        raise DatabaseOpenError(
            QT_TRANSLATE_NOOP(
                "DatabaseOpenError", "Berkas {path} tidak dapat dibuka sebagai basis data: {error}"
            ),
            path=str(path),
            error=str(exc),
        ) from exc
    except sqlite3.DatabaseError as exc:
        raise DatabaseOpenError(
            QT_TRANSLATE_NOOP(
                "DatabaseOpenError",
                "Berkas {path} bukan basis data Dapodik Lokal (bukan berkas SQLite).",
            ),
            path=str(path),
        ) from exc
    finally:
        conn.close()


def open_existing_database(path: str | os.PathLike | None) -> Database:
    """The database a command works on: ``path`` (``--db``), or the school in the
    user data folder. A missing file is refused, never created."""
    from ..config import default_database_path

    path = Path(path or default_database_path())
    if not path.is_file():
        raise DatabaseOpenError(
            QT_TRANSLATE_NOOP("DatabaseOpenError", "Berkas basis data {path} tidak ada."),
            path=str(path),
        )
    return open_database(path)


def open_database(path: str | os.PathLike) -> Database:
    """Open (creating if missing) and upgrade the database at ``path``."""
    path = Path(path).resolve()
    check_file(path)
    engine = make_engine(path)
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA journal_mode = WAL")
    migrations.upgrade(engine)
    load_referensi(engine)
    return Database(path, engine, sessionmaker(engine, expire_on_commit=False))
