"""Local backups of the school's database, with SQLite's online backup API.

A backup is taken before each pull is applied, and on demand
(``python -m app backup``). The backup API copies a consistent snapshot even
while the app has the database open (WAL), which copying the file would not.
"""

import contextlib
import sqlite3
from datetime import datetime
from pathlib import Path

from dapodik.i18n import QT_TRANSLATE_NOOP

from ..db import migrations
from ..db.engine import SQLITE_HEADER
from .server_api import SyncError

KEEP_AUTOMATIC = 10
AUTO_PREFIX = "sebelum-tarik"


BACKUP_FOLDER_KEY = "backup.folder"


def backup_folder(db_path: Path) -> Path:
    """The folder chosen in Pengaturan, else one beside the database."""
    with contextlib.closing(sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)) as conn:
        try:
            row = conn.execute(
                "SELECT value FROM app_setting WHERE key = ?", (BACKUP_FOLDER_KEY,)
            ).fetchone()
        except sqlite3.OperationalError:  # a database from before settings existed
            row = None
    return Path(row[0]) if row and row[0] else db_path.parent / f"{db_path.stem}-cadangan"


def _copy(src: Path, dst: Path) -> None:
    source = sqlite3.connect(src)
    target = sqlite3.connect(dst)
    try:
        source.backup(target)
    finally:
        target.close()
        source.close()


def backup_database(db_path: Path, out: Path | None = None, prefix: str = "cadangan") -> Path:
    """Write a consistent copy of ``db_path``; returns its path. Written aside, then
    renamed, so a half-written backup never looks like a good one."""
    if out is None:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        out = backup_folder(db_path) / f"{prefix}-{stamp}.sqlite"
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_suffix(out.suffix + ".part")
    partial.unlink(missing_ok=True)
    _copy(db_path, partial)
    partial.replace(out)
    return out


def backup_before_pull(db_path: Path) -> Path:
    """The automatic backup before a pull; only the newest few are kept."""
    path = backup_database(db_path, prefix=AUTO_PREFIX)
    automatic = sorted(backup_folder(db_path).glob(f"{AUTO_PREFIX}-*.sqlite"))
    for old in automatic[:-KEEP_AUTOMATIC]:
        old.unlink(missing_ok=True)
    return path


def _check_backup(path: Path) -> None:
    with open(path, "rb") as f:
        if f.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            raise SyncError(
                QT_TRANSLATE_NOOP("Sync", "Berkas {path} bukan cadangan basis data Dapodik Lokal."),
                path=str(path),
            )
    if not migrations.stored_revisions(path):
        raise SyncError(
            QT_TRANSLATE_NOOP("Sync", "Berkas {path} bukan cadangan basis data Dapodik Lokal."),
            path=str(path),
        )
    migrations.check_not_newer(path)
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        check = conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()
    if check != "ok":
        raise SyncError(
            QT_TRANSLATE_NOOP("Sync", "Cadangan {path} rusak: {error}"), path=str(path), error=check
        )


def restore_database(backup: Path, db_path: Path) -> Path | None:
    """Replace the database's content with ``backup``; the current content is backed
    up first (returned), so a restore can itself be undone."""
    _check_backup(backup)
    safety = backup_database(db_path, prefix="sebelum-pulihkan") if db_path.exists() else None
    _copy(backup, db_path)
    return safety
