"""The changes feed: what changed for a school, after a server-side cursor.

Every change the server accepts (a client's row, a Verval correction, a
Manajemen edit, a referensi code) takes the next number of one sequence
(``srv_change_feed.seq``). That number is the row's ``server_version`` and
the feed's cursor, so no clock is ever compared.
"""

import json
from datetime import UTC, date, datetime
from decimal import Decimal

from sqlalchemy import Connection, Table, bindparam, delete, func, insert, select, tuple_, update

from dapodik.schema.models import SHARED_TABLES, SYNCED_TABLES

from . import tables
from .database import lock_feed


def now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def key_columns(table: Table) -> list:
    return list(table.primary_key.columns)


def row_id_of(table: Table, row) -> str:
    """The feed's id of a row: its UUID, or a JSON list for a composite referensi key."""
    keys = [row[c.name] for c in key_columns(table)]
    return str(keys[0]) if len(keys) == 1 else json.dumps(keys)


def key_filter(table: Table, row_id: str):
    columns = key_columns(table)
    if len(columns) == 1:
        return columns[0] == columns[0].type.python_type(row_id)
    return tuple_(*columns) == tuple(json.loads(row_id))


def owner_of(conn: Connection, table_name: str, row_id: str) -> tuple[bool, str | None]:
    """(known, sekolah_id) of a row from its feed entry."""
    found = conn.execute(
        select(tables.change_feed.c.sekolah_id).where(
            tables.change_feed.c.table_name == table_name, tables.change_feed.c.row_id == row_id
        )
    ).first()
    return (found is not None, found[0] if found else None)


def record_changes(
    conn: Connection,
    table: Table,
    row_ids: list[str],
    sekolah_id: str | None,
    source: str,
    package_id: str | None = None,
) -> list[int]:
    """Give changed rows the next sequence numbers, in order; returns them.

    Each number becomes the row's server_version. The caller must hold the feed
    lock (``lock_feed``) for its whole transaction.
    """
    if not row_ids:
        return []
    feed = tables.change_feed
    for part in _chunks(row_ids):
        conn.execute(delete(feed).where(feed.c.table_name == table.name, feed.c.row_id.in_(part)))
    at = now()
    entries = [
        {
            "table_name": table.name,
            "row_id": row_id,
            "sekolah_id": sekolah_id,
            "source": source,
            "package_id": package_id,
            "changed_at": at,
        }
        for row_id in row_ids
    ]
    seqs = conn.scalars(
        insert(feed).returning(feed.c.seq, sort_by_parameter_order=True), entries
    ).all()
    if "server_version" in table.c:
        (key,) = key_columns(table)
        conn.execute(
            update(table).where(key == bindparam("k_id")).values(server_version=bindparam("k_sv")),
            [{"k_id": row_id, "k_sv": seq} for row_id, seq in zip(row_ids, seqs, strict=True)],
        )
    return seqs


def record_change(
    conn: Connection, table: Table, row_id: str, sekolah_id: str | None, source: str
) -> int:
    return record_changes(conn, table, [row_id], sekolah_id, source)[0]


def _chunks(items: list, size: int = 500):
    for i in range(0, len(items), size):
        yield items[i : i + size]


def stamp_existing(conn: Connection, sekolah_id: str, source: str) -> int:
    """Enter every unstamped school row of a freshly seeded school into the feed.

    Used after demo data is written straight into the tables; every row without
    a server_version belongs to the new school. Returns rows stamped.
    """
    lock_feed(conn)
    count = 0
    for table in SYNCED_TABLES.values():
        pk = key_columns(table)[0]
        ids = [str(i) for i in conn.scalars(select(pk).where(table.c.server_version.is_(None)))]
        record_changes(conn, table, ids, sekolah_id, source)
        count += len(ids)
    return count


def school_cursor(conn: Connection, sekolah_id: str) -> int:
    """The school's feed position: its last change, or the last referensi change."""
    feed = tables.change_feed
    return (
        conn.scalar(
            select(func.max(feed.c.seq)).where(
                (feed.c.sekolah_id == sekolah_id) | feed.c.sekolah_id.is_(None)
            )
        )
        or 0
    )


def jsonable(value):
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def _rows_by_id(conn: Connection, table: Table, row_ids: list[str]) -> dict[str, dict]:
    columns = key_columns(table)
    if len(columns) == 1:
        keys = [columns[0].type.python_type(r) for r in row_ids]
        result = conn.execute(select(table).where(columns[0].in_(keys)))
    else:
        keys = [tuple(json.loads(r)) for r in row_ids]
        result = conn.execute(select(table).where(tuple_(*columns).in_(keys)))
    return {
        row_id_of(table, r._mapping): {k: jsonable(v) for k, v in r._mapping.items()}
        for r in result
    }


def changes_since(conn: Connection, sekolah_id: str, since: int, limit: int) -> dict:
    """One page of the school's changes (its own rows and referensi) after ``since``."""
    feed = tables.change_feed
    entries = conn.execute(
        select(feed)
        .where(feed.c.seq > since, (feed.c.sekolah_id == sekolah_id) | feed.c.sekolah_id.is_(None))
        .order_by(feed.c.seq)
        .limit(limit + 1)
    ).all()
    has_more = len(entries) > limit
    entries = entries[:limit]
    wanted: dict[str, list[str]] = {}
    for e in entries:
        wanted.setdefault(e.table_name, []).append(e.row_id)
    data = {name: _rows_by_id(conn, SHARED_TABLES[name], ids) for name, ids in wanted.items()}
    changes = [
        {
            "seq": e.seq,
            "table": e.table_name,
            "row_id": e.row_id,
            "source": e.source,
            "package_id": e.package_id,
            # The school's own accepted row coming back: the client can tell it apart.
            "own": e.source == "package",
            "row": data[e.table_name].get(e.row_id),
        }
        for e in entries
    ]
    next_cursor = entries[-1].seq if entries else since
    return {"changes": changes, "next_cursor": next_cursor, "has_more": has_more}
