"""Is a database file sound, and is it ours? Asked read-only, before anything is written.

``PRAGMA quick_check`` reads every page of the file and checks its structure
(on the large demo school, 35 MB, it costs about 0.1 s with the file in the
disk cache); it skips only the comparison of indexes with their tables, which
``integrity_check`` adds at five times the cost.
"""

import contextlib
import sqlite3
from pathlib import Path

from dapodik.i18n import QT_TRANSLATE_NOOP

from .errors import DatabaseOpenError

# The tables every database of ours has had since the first release; a file with
# tables but not these (or with the centre's) belongs to another program.
OUR_TABLES = frozenset({"alembic_version", "app_setting", "sekolah"})
CENTRE_TABLE = "srv_school"
# quick_check can list up to a hundred problems; the operator needs the first few.
SHOWN_PROBLEMS = 3


class DatabaseDamaged(DatabaseOpenError):
    """The file is a database with damaged pages; nothing was written to it."""


def read_only(path: Path, at_rest: bool = False) -> contextlib.closing[sqlite3.Connection]:
    """A connection that cannot write. ``at_rest``: a closed copy no program uses
    (a backup): read as immutable, which also leaves no -wal or -shm beside it."""
    mode = "ro&immutable=1" if at_rest else "ro"
    return contextlib.closing(sqlite3.connect(f"file:{path}?mode={mode}", uri=True))


def damage(path: Path, at_rest: bool = False) -> str | None:
    """What ``PRAGMA quick_check`` finds wrong with the file; None when it is sound.
    SQLite may refuse even to run the check on a badly damaged file: that is damage too."""
    try:
        with read_only(path, at_rest) as conn:
            found = [row[0] for row in conn.execute("PRAGMA quick_check")]
    except sqlite3.DatabaseError as exc:
        return str(exc)
    if found == ["ok"]:
        return None
    return "; ".join(found[:SHOWN_PROBLEMS])


def table_names(path: Path) -> set[str]:
    with read_only(path) as conn:
        return {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}


def damaged_error(path: Path, detail: str) -> DatabaseDamaged:
    return DatabaseDamaged(
        QT_TRANSLATE_NOOP(
            "DatabaseOpenError",
            "Basis data {path} rusak ({detail}). Berkas tidak diubah. Pulihkan dari cadangan "
            "yang baik.",
        ),
        path=str(path),
        detail=detail,
    )


def check_sound(path: Path) -> None:
    """Raise DatabaseDamaged unless quick_check finds the file sound."""
    detail = damage(path)
    if detail is not None:
        raise damaged_error(path, detail)


def check_ours(path: Path) -> None:
    """Refuse a SQLite file that holds tables but not our schema: another program's."""
    try:
        names = table_names(path)
    except sqlite3.DatabaseError as exc:  # the schema page itself is damaged
        raise damaged_error(path, str(exc)) from exc
    if names and (not names >= OUR_TABLES or CENTRE_TABLE in names):
        raise DatabaseOpenError(
            QT_TRANSLATE_NOOP(
                "DatabaseOpenError",
                "Berkas {path} adalah basis data SQLite milik program lain, bukan basis data "
                "Dapodik Lokal. Berkas tidak diubah; pilih berkas lain atau nama berkas baru.",
            ),
            path=str(path),
        )
