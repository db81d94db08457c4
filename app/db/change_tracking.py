"""The local change counter: which school-owned rows changed since counter N.

Laptop clocks are wrong too often to ask "what changed since this time", so
SQLite triggers record every insert and update (a soft delete is an update) in
``change_log`` with a monotonically increasing ``seq``.
"""

from collections.abc import Iterable

from sqlalchemy import Connection, func, select, text, update
from sqlalchemy.orm import Session

from .local import ChangeLog, ChangeTrackingControl


def trigger_ddl(table: str, pk: str) -> list[str]:
    body = (
        "WHEN (SELECT suppress FROM change_tracking_control WHERE id = 1) = 0 "
        f"BEGIN INSERT OR REPLACE INTO change_log (table_name, row_id) "
        f"VALUES ('{table}', NEW.{pk}); END"
    )
    return [
        f"CREATE TRIGGER trg_{table}_change_ins AFTER INSERT ON {table} {body}",
        f"CREATE TRIGGER trg_{table}_change_upd AFTER UPDATE ON {table} {body}",
    ]


def drop_trigger_ddl(table: str) -> list[str]:
    return [
        f"DROP TRIGGER IF EXISTS trg_{table}_change_ins",
        f"DROP TRIGGER IF EXISTS trg_{table}_change_upd",
    ]


def install_triggers(conn: Connection, tables: Iterable[tuple[str, str]]) -> None:
    for table, pk in tables:
        for ddl in trigger_ddl(table, pk):
            conn.execute(text(ddl))


def current_counter(session: Session) -> int:
    return session.scalar(select(func.coalesce(func.max(ChangeLog.seq), 0)))


def changed_since(session: Session, counter: int) -> dict[str, list[str]]:
    """Row ids per table changed after ``counter``, in change order."""
    rows = session.execute(
        select(ChangeLog.table_name, ChangeLog.row_id)
        .where(ChangeLog.seq > counter)
        .order_by(ChangeLog.seq)
    )
    changed: dict[str, list[str]] = {}
    for table, row_id in rows:
        changed.setdefault(table, []).append(row_id)
    return changed


def set_suppressed(session: Session, suppressed: bool) -> None:
    """Within the caller's transaction, stop (or resume) counting changes."""
    session.execute(
        update(ChangeTrackingControl)
        .where(ChangeTrackingControl.id == 1)
        .values(suppress=int(suppressed))
    )
