"""Building the change package: the rows changed since the last package the
server accepted, by the change counter (never the clock), in package_format.

The counter is read first and the package records the slice it covers
(``base_counter`` < seq ≤ ``cut_counter``). A row edited after the cut has a
higher seq, so it stays pending for the next package, whatever was sent now.
"""

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Table, func, select
from sqlalchemy.orm import Session

from dapodik.package_format import Manifest, build_package, primary_key
from dapodik.schema.models import SYNCED_TABLES

from .. import __version__
from ..db.local import ChangeLog
from ..db.sync_state import SyncUpload
from .state import acked_counter, pull_cursor, registered_school

BATCH = 500


def package_folder(db_path: Path) -> Path:
    """Packages live beside the database, so a resumed upload finds its file after a restart."""
    folder = db_path.parent / f"{db_path.stem}-paket"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _changed_between(session: Session, low: int, high: int) -> dict[str, list[str]]:
    rows = session.execute(
        select(ChangeLog.table_name, ChangeLog.row_id)
        .where(ChangeLog.seq > low, ChangeLog.seq <= high)
        .order_by(ChangeLog.seq)
    )
    changed: dict[str, list[str]] = {}
    for table, row_id in rows:
        changed.setdefault(table, []).append(row_id)
    return changed


def _rows(session: Session, table: Table, ids: list[str]) -> Iterator[dict]:
    key = table.c[primary_key(table)[0]]
    for start in range(0, len(ids), BATCH):
        part = ids[start : start + BATCH]
        for row in session.execute(select(table).where(key.in_(part))):
            yield dict(row._mapping)


def _kind(row: dict) -> str:
    if row.get("soft_delete"):
        return "deleted"
    return "created" if row.get("server_version") is None else "updated"


def _collect(session: Session, changed: dict[str, list[str]]):
    rows: dict[str, list[dict]] = {}
    counts: dict[str, dict[str, int]] = {}
    for name, table in SYNCED_TABLES.items():
        if name not in changed:
            continue
        rows[name] = list(_rows(session, table, changed[name]))
        per_kind = {"created": 0, "updated": 0, "deleted": 0}
        for row in rows[name]:
            per_kind[_kind(row)] += 1
        counts[name] = per_kind
    return rows, counts


def build_change_package(
    session: Session, folder: Path, *, rebuilt: bool = False
) -> SyncUpload | None:
    """Build the next package and record it (status ``built``) in the session;
    None when nothing changed. The caller commits before sending a byte."""
    base = acked_counter(session)
    cut = session.scalar(select(func.coalesce(func.max(ChangeLog.seq), 0)))
    if cut <= base:
        return None
    npsn, sekolah_id = registered_school(session)
    rows, counts = _collect(session, _changed_between(session, base, cut))
    package_id = str(uuid.uuid4())
    manifest = Manifest(
        package_id=package_id,
        npsn=npsn,
        sekolah_id=sekolah_id,
        base_cursor=pull_cursor(session),
        extra={"app_version": __version__, "base_counter": base, "cut_counter": cut},
    )
    built = build_package(folder / f"{package_id}.pkg", manifest, rows)
    upload = SyncUpload(
        package_id=package_id,
        path=str(built.path),
        sha256=built.sha256,
        size=built.size,
        offset=0,
        base_counter=base,
        cut_counter=cut,
        base_cursor=manifest.base_cursor,
        status="built",
        rebuilt=int(rebuilt),
        counts=counts,
        created_at=datetime.now(UTC).replace(tzinfo=None),
    )
    session.add(upload)
    return upload
