"""Where this installation stands with the server: acknowledged counter, pull
cursor, registered school. All read and written inside the caller's session."""

from sqlalchemy import case, func, select, text
from sqlalchemy.orm import Session

from dapodik.i18n import QT_TRANSLATE_NOOP
from dapodik.package_format import primary_key
from dapodik.schema.models import SYNCED_MODELS

from ..accounts import settings
from ..db.engine import Database
from ..db.local import ChangeLog
from ..db.sync_state import SyncState, SyncUpload
from .log import RunRecord, runs
from .server_api import SyncError

# An upload in one of these states is resumed by the next run before anything new is built.
OPEN_STATUSES = ("built", "uploading", "uploaded")


def acked_counter(session: Session) -> int:
    return session.get(SyncState, 1).acked_counter


def set_acked_counter(session: Session, counter: int) -> None:
    session.get(SyncState, 1).acked_counter = counter


def pull_cursor(session: Session) -> int:
    return int(settings.get(session, settings.SERVER_CURSOR) or 0)


def set_pull_cursor(session: Session, cursor: int) -> None:
    settings.put(session, settings.SERVER_CURSOR, str(cursor))


def registered_school(session: Session) -> tuple[str, str]:
    """(npsn, sekolah_id) this installation registered as; refused when not registered."""
    npsn = settings.get(session, settings.NPSN)
    sekolah_id = settings.get(session, settings.SEKOLAH_ID)
    if not npsn or not sekolah_id:
        raise SyncError(
            QT_TRANSLATE_NOOP(
                "Sync", "Aplikasi belum terdaftar di server: lakukan registrasi terlebih dahulu."
            )
        )
    return npsn, sekolah_id


def registered_server(session: Session) -> str | None:
    return settings.get(session, settings.SERVER)


def open_upload(session: Session) -> SyncUpload | None:
    """The package still on its way (built, uploading, or waiting for the server)."""
    return session.scalar(
        select(SyncUpload).where(SyncUpload.status.in_(OPEN_STATUSES)).order_by(SyncUpload.id)
    )


def mark_pending(session: Session, table: str, row_ids: list[str]) -> None:
    """Give rows a fresh change counter, so the next package carries them again."""
    for row_id in row_ids:
        session.execute(
            text("INSERT OR REPLACE INTO change_log (table_name, row_id) VALUES (:t, :r)"),
            {"t": table, "r": row_id},
        )


def pending_counts(session: Session) -> dict[str, int]:
    """Rows per table changed since the last accepted package."""
    rows = session.execute(
        select(ChangeLog.table_name, func.count())
        .where(ChangeLog.seq > acked_counter(session))
        .group_by(ChangeLog.table_name)
    )
    return dict(rows.all())


def pending_changes(session: Session) -> dict[str, dict[str, int]]:
    """What Beranda lists: per table, rows added, changed and deleted since the last
    accepted package (added: the server never stamped it; deleted: soft-deleted)."""
    acked = acked_counter(session)
    result = {}
    for model in SYNCED_MODELS:
        table = model.__table__
        key = table.c[primary_key(table)[0]]
        kind = case(
            (table.c.soft_delete.is_(True), "deleted"),
            (table.c.server_version.is_(None), "created"),
            else_="updated",
        )
        rows = session.execute(
            select(kind, func.count())
            .select_from(table)
            .join(ChangeLog, (ChangeLog.table_name == table.name) & (ChangeLog.row_id == key))
            .where(ChangeLog.seq > acked)
            .group_by(kind)
        ).all()
        if rows:
            result[table.name] = {"created": 0, "updated": 0, "deleted": 0, **dict(rows)}
    return result


def pending_and_last_run(db: Database) -> tuple[dict[str, dict[str, int]], RunRecord | None]:
    """What Beranda shows of syncing, read in one session: the pending changes and
    the last run (None before the first)."""
    with db.Session() as session:
        last = runs(session, limit=1)
        return pending_changes(session), (last[0] if last else None)
