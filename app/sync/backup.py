"""Local backups of the school's database, with SQLite's online backup API.

A backup is taken before each pull is applied, and on demand
(``python -m app backup``). The backup API copies a consistent snapshot even
while the app has the database open (WAL), which copying the file would not.

A backup is written aside, checked with ``PRAGMA quick_check`` and only then
renamed into place: a damaged database (the API copies pages as they are, so
its damage shows in the copy) is never written as a backup, and so never
pushes good copies out of the rotation. The rotation of the automatic backups
keeps the newest ``KEEP_AUTOMATIC`` and never deletes one while fewer than
``MIN_GOOD`` newer ones pass the check.

A restore accepts only a sound backup of this database's school (NPSN and
sekolah_id), unless the operator asks for another school's explicitly; the
current content is first copied aside, so a restore can itself be undone.
"""

import contextlib
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from dapodik.i18n import QT_TRANSLATE_NOOP

from ..db import migrations
from ..db.engine import SQLITE_HEADER
from ..db.errors import DatabaseOpenError
from ..db.integrity import check_ours, damage, damaged_error, read_only
from .server_api import SyncError

KEEP_AUTOMATIC = 10
MIN_GOOD = 3
AUTO_PREFIX = "sebelum-tarik"
SAFETY_PREFIX = "sebelum-pulihkan"
BACKUP_PATTERN = "*.sqlite"

BACKUP_FOLDER_KEY = "backup.folder"


@dataclass(frozen=True)
class School:
    npsn: str | None
    sekolah_id: str | None
    nama: str


class OtherSchool(SyncError):
    """The backup holds another school (or none) than the database it would replace."""

    def __init__(self, backup: Path, current: School, found: School | None) -> None:
        self.current, self.found = current, found
        if found is None:
            super().__init__(
                QT_TRANSLATE_NOOP(
                    "Sync",
                    "Cadangan {path} tidak berisi data sekolah, sedangkan basis data ini berisi "
                    "{current}. Basis data tidak diubah.",
                ),
                path=str(backup),
                current=describe(current, found),
            )
            return
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Sync",
                "Cadangan {path} berisi sekolah lain: {found}, sedangkan basis data ini berisi "
                "{current}. Basis data tidak diubah.",
            ),
            path=str(backup),
            found=describe(found, current),
            current=describe(current, found),
        )


def describe(school: School, other: School | None) -> str:
    """The school as the operator knows it; its sekolah_id too when the NPSN alone
    would not tell it from ``other``."""
    text = f"{school.nama} (NPSN {school.npsn or '-'})"
    if other is not None and other.npsn == school.npsn:
        text += f" [sekolah_id {school.sekolah_id}]"
    return text


def backup_folder(db_path: Path) -> Path:
    """The folder chosen in Pengaturan, else one beside the database."""
    try:
        with read_only(db_path) as conn:
            row = conn.execute(
                "SELECT value FROM app_setting WHERE key = ?", (BACKUP_FOLDER_KEY,)
            ).fetchone()
    except sqlite3.DatabaseError:  # before settings existed, or a damaged database
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


def _stamped(db_path: Path, prefix: str) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    return backup_folder(db_path) / f"{prefix}-{stamp}.sqlite"


def _write_copy(db_path: Path, out: Path) -> Path:
    """Copy ``db_path`` to ``out`` through a ``.part`` file, so a half-written
    copy never looks like a whole one; the copy is returned still as the part."""
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_suffix(out.suffix + ".part")
    partial.unlink(missing_ok=True)
    try:
        _copy(db_path, partial)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return partial


def _self_contained(path: Path) -> None:
    """One file, no -wal beside it when opened: backups travel on flash drives."""
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA journal_mode = DELETE")


def backup_database(db_path: Path, out: Path | None = None, prefix: str = "cadangan") -> Path:
    """Write a sound, consistent copy of ``db_path``; returns its path. A damaged
    database raises DatabaseDamaged and leaves no file."""
    out = out or _stamped(db_path, prefix)
    partial = _write_copy(db_path, out)
    problem = damage(partial, at_rest=True)
    if problem is not None:
        partial.unlink()
        # The copy carries the database's damage, unless the disk spoilt the copy.
        raise damaged_error(db_path, damage(db_path) or problem)
    _self_contained(partial)
    partial.replace(out)
    return out


def _newest_first(folder: Path) -> list[Path]:
    return sorted(folder.glob(f"{AUTO_PREFIX}-*.sqlite"), reverse=True)


def rotate_automatic(folder: Path) -> list[Path]:
    """Delete automatic backups beyond the newest KEEP_AUTOMATIC, but only once
    MIN_GOOD newer ones pass quick_check; returns those deleted."""
    good, deleted = 0, []
    for position, path in enumerate(_newest_first(folder)):
        if position >= KEEP_AUTOMATIC and good >= MIN_GOOD:
            path.unlink(missing_ok=True)
            deleted.append(path)
        elif good < MIN_GOOD and damage(path, at_rest=True) is None:
            good += 1
    return deleted


def backup_before_pull(db_path: Path) -> Path:
    """The automatic backup before a pull; the rotation keeps the newest few."""
    path = backup_database(db_path, prefix=AUTO_PREFIX)
    rotate_automatic(path.parent)
    return path


def newest_good_backup(db_path: Path) -> Path | None:
    """The newest backup in the database's backup folder that passes quick_check."""
    folder = backup_folder(db_path)
    found = sorted(folder.glob(BACKUP_PATTERN), key=lambda p: p.stat().st_mtime, reverse=True)
    return next((path for path in found if damage(path, at_rest=True) is None), None)


def _not_a_backup(path: Path) -> SyncError:
    return SyncError(
        QT_TRANSLATE_NOOP("Sync", "Berkas {path} bukan cadangan basis data Dapodik Lokal."),
        path=str(path),
    )


def _check_backup(path: Path) -> None:
    with open(path, "rb") as f:
        if f.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            raise _not_a_backup(path)
    problem = damage(path)
    if problem is not None:
        raise SyncError(
            QT_TRANSLATE_NOOP("Sync", "Cadangan {path} rusak: {error}"),
            path=str(path),
            error=problem,
        )
    try:
        check_ours(path)
    except DatabaseOpenError as exc:
        raise _not_a_backup(path) from exc
    if not migrations.stored_revisions(path):
        raise _not_a_backup(path)
    migrations.check_not_newer(path)


def school_of(path: Path) -> School | None:
    """The school a database file holds: its sekolah row, else what registration
    recorded; None when it holds none."""
    with read_only(path) as conn:
        row = conn.execute(
            "SELECT npsn, sekolah_id, nama FROM sekolah WHERE NOT soft_delete "
            "ORDER BY sekolah_id LIMIT 1"
        ).fetchone()
        if row is not None:
            return School(*row)
        settings = dict(
            conn.execute(
                "SELECT key, value FROM app_setting WHERE key IN "
                "('registrasi.npsn', 'registrasi.sekolah_id')"
            ).fetchall()
        )
    if not settings:
        return None
    npsn = settings.get("registrasi.npsn")
    return School(npsn, settings.get("registrasi.sekolah_id"), npsn or "")


def _same(a: School, b: School) -> bool:
    return (a.npsn, a.sekolah_id) == (b.npsn, b.sekolah_id)


def check_same_school(backup: Path, db_path: Path) -> None:
    """Raise OtherSchool unless ``backup`` holds the school of ``db_path`` (or the
    database holds none yet). A database too damaged to say which school it holds
    takes only a backup from its own backup folder."""
    try:
        current = school_of(db_path)
    except sqlite3.DatabaseError:
        if backup.resolve().parent == backup_folder(db_path).resolve():
            return
        current = School(None, None, db_path.name)
    if current is None:
        return
    found = school_of(backup)
    if found is None or not _same(found, current):
        raise OtherSchool(backup, current, found)


@dataclass(frozen=True)
class RestorePlan:
    """What restoring ``backup`` would do: the school it holds, and the refusal
    (another school) that only the operator's explicit choice overrides."""

    school: School | None
    other_school: OtherSchool | None


def plan_restore(backup: Path, db_path: Path) -> RestorePlan:
    """Check a backup before restoring it (SyncError when it is unusable)."""
    _check_backup(backup)
    try:
        check_same_school(backup, db_path)
    except OtherSchool as refusal:
        return RestorePlan(refusal.found, refusal)
    return RestorePlan(school_of(backup), None)


def restore_database(backup: Path, db_path: Path, other_school: bool = False) -> Path | None:
    """Replace the database's content with ``backup``; returns the copy of the
    content it had (None for a database that did not exist). ``other_school``:
    the operator explicitly replaces the school with another one."""
    _check_backup(backup)
    if not db_path.exists():
        _copy(backup, db_path)
        return None
    if not other_school:
        check_same_school(backup, db_path)
    # Kept as it is, damaged or not: the copy is there to undo the restore.
    safety = _write_copy(db_path, _stamped(db_path, SAFETY_PREFIX))
    safety = safety.replace(safety.with_suffix(""))
    _copy(backup, db_path)
    return safety
