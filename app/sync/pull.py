"""Applying the server's rows: the changes feed, page by page.

Each feed page is applied in one transaction that also saves the cursor, with
change counting suppressed (a pulled row is not a local edit), so a crash
mid-pull leaves the database at the last whole page and the next pull goes on
from there. A row with an unsent local edit is merged by field ownership:
fields the centre owns (a verified NISN, NUPTK, NIK, name, birth date) take the
server's value; the school's own fields keep the local edit, which stays
pending. Every such merge is returned as a conflict for the sync log.
"""

from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import Table, select, text, update
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session

from dapodik.ownership import SERVER_OWNED
from dapodik.package_format import decode_row, primary_key
from dapodik.schema.models import REFERENSI_TABLES, SYNCED_TABLES

from ..db.change_tracking import set_suppressed
from ..db.local import ChangeLog
from .state import acked_counter, set_pull_cursor

# Bookkeeping columns: never reported as a conflict of data.
BOOKKEEPING = {"create_date", "last_update", "last_sync", "updater_id", "server_version"}


@dataclass
class PageResult:
    rows: int = 0
    conflicts: list[dict] = field(default_factory=list)


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _upsert(session: Session, table: Table, rows: list[dict]) -> None:
    """Insert or overwrite whole rows, many at a time (rows of a batch share their columns)."""
    if not rows:
        return
    keys = primary_key(table)
    statement = insert(table)
    changes = {c: statement.excluded[c] for c in rows[0] if c not in keys}
    session.execute(statement.on_conflict_do_update(index_elements=keys, set_=changes), rows)


def _pending_ids(session: Session, table: str, ids: list[str], acked: int) -> set[str]:
    return set(
        session.scalars(
            select(ChangeLog.row_id).where(
                ChangeLog.table_name == table, ChangeLog.row_id.in_(ids), ChangeLog.seq > acked
            )
        )
    )


def _merge(session: Session, table: Table, row_id: str, values: dict, change: dict):
    """Merge a server row into a row with an unsent local edit; returns the conflict or None."""
    key = table.c[primary_key(table)[0]]
    local = session.execute(select(table).where(key == row_id)).mappings().first()
    if local is None:
        _upsert(session, table, [values])
        return None
    # last_update is for people, and a pulled row is no local edit: keep it as it was.
    updates = {"server_version": values.get("server_version"), "last_update": local["last_update"]}
    if change.get("own"):
        # Our own earlier version coming back: the local edit is newer; only the
        # version moves, so the next package is based on it.
        session.execute(update(table).where(key == row_id).values(updates))
        return None
    owned = SERVER_OWNED.get(table.name, ())
    server_won = [f for f in owned if f in values and values[f] != local[f]]
    local_kept = [
        c for c, v in values.items() if c not in owned and c not in BOOKKEEPING and v != local[c]
    ]
    updates.update({f: values[f] for f in server_won})
    session.execute(update(table).where(key == row_id).values(updates))
    if not server_won and not local_kept:
        return None
    return {
        "table": table.name,
        "row_id": row_id,
        "source": change.get("source"),
        "server_fields": server_won,
        "local_fields": local_kept,
    }


def _apply_school_rows(session: Session, table: Table, changes: list[dict], result: PageResult):
    pending = _pending_ids(
        session, table.name, [c["row_id"] for c in changes], acked_counter(session)
    )
    plain = []
    for change in changes:
        values = decode_row(table, change["row"])
        if change["row_id"] in pending:
            conflict = _merge(session, table, change["row_id"], values, change)
            if conflict:
                result.conflicts.append(conflict)
        else:
            plain.append({**values, "last_sync": _now()})
    _upsert(session, table, plain)
    result.rows += len(changes)


def _by_table(changes: list[dict]) -> dict[str, list[dict]]:
    grouped: dict[str, list[dict]] = {}
    for change in changes:
        if change.get("row") is not None:
            grouped.setdefault(change["table"], []).append(change)
    return grouped


def _begin_server_write(session: Session) -> None:
    set_suppressed(session, True)
    # Parents and children may arrive in either order within one page.
    session.execute(text("PRAGMA defer_foreign_keys = ON"))


def apply_page(session: Session, page: dict) -> PageResult:
    """Apply one feed page and save its cursor, in the caller's (single) transaction."""
    result = PageResult()
    _begin_server_write(session)
    for name, changes in _by_table(page["changes"]).items():
        if name in REFERENSI_TABLES:
            table = REFERENSI_TABLES[name]
            _upsert(session, table, [decode_row(table, c["row"]) for c in changes])
            result.rows += len(changes)
        elif name in SYNCED_TABLES:
            _apply_school_rows(session, SYNCED_TABLES[name], changes, result)
    set_pull_cursor(session, page["next_cursor"])
    set_suppressed(session, False)
    return result
