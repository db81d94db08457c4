"""Riwayat Sinkronisasi: writing a run as it goes, and reading runs back.

The run row is committed at every step, so a run cut short by a crash still
shows how far it got; the next run marks it as interrupted.
"""

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from dapodik.i18n import QT_TRANSLATE_NOOP

from ..db.engine import Database
from ..db.sync_state import SyncRun

RUNNING, DONE, FAILED, CANCELLED, INTERRUPTED = (
    "running",
    "done",
    "failed",
    "cancelled",
    "interrupted",
)
# What RunRecord.counts holds per table, in the order it is shown; conflict and
# rejected are the server's verdict, known once the package is processed.
COUNT_LABELS = {
    "created": QT_TRANSLATE_NOOP("Sync", "Baru"),
    "updated": QT_TRANSLATE_NOOP("Sync", "Diubah"),
    "deleted": QT_TRANSLATE_NOOP("Sync", "Dihapus"),
    "conflict": QT_TRANSLATE_NOOP("Sync", "Konflik"),
    "rejected": QT_TRANSLATE_NOOP("Sync", "Ditolak"),
}
COUNT_KINDS = tuple(COUNT_LABELS)
# What the Riwayat Sinkronisasi, its filter and its Excel export call each outcome.
OUTCOME_LABELS = {
    DONE: QT_TRANSLATE_NOOP("Sync", "Selesai"),
    FAILED: QT_TRANSLATE_NOOP("Sync", "Gagal"),
    CANCELLED: QT_TRANSLATE_NOOP("Sync", "Dihentikan"),
    INTERRUPTED: QT_TRANSLATE_NOOP("Sync", "Terputus"),
    RUNNING: QT_TRANSLATE_NOOP("Sync", "Berjalan"),
}


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def local_time(at: datetime | str) -> datetime:
    """A time of the log (naive UTC) or of the server (ISO text) on the laptop's
    clock, naive: what the operator reads, and what Excel can hold."""
    if isinstance(at, str):
        at = datetime.fromisoformat(at)
    if at.tzinfo is None:
        at = at.replace(tzinfo=UTC)
    return at.astimezone().replace(tzinfo=None)


def start_run(db: Database, user_id: str | None, server_url: str) -> int:
    with db.Session() as session:
        # A run still "running" was cut short (the app closed or crashed).
        session.execute(
            update(SyncRun).where(SyncRun.outcome == RUNNING).values(outcome=INTERRUPTED)
        )
        run = SyncRun(
            started_at=utcnow(),
            user_id=user_id,
            server_url=server_url,
            bytes_sent=0,
            bytes_resent=0,
            counts={},
            server_history=[],
            exceptions=[],
            rows_pulled=0,
            conflicts=[],
            notes=[],
            errors=[],
            outcome=RUNNING,
        )
        session.add(run)
        session.commit()
        return run.id


def update_run(db: Database, run_id: int, **values) -> None:
    with db.Session() as session:
        session.execute(update(SyncRun).where(SyncRun.id == run_id).values(**values))
        session.commit()


def append_to_run(db: Database, run_id: int, column: str, items: list) -> None:
    """Add to one of the run's lists (notes, errors, conflicts, exceptions)."""
    if not items:
        return
    with db.Session() as session:
        run = session.get(SyncRun, run_id)
        setattr(run, column, [*getattr(run, column), *items])
        session.commit()


def finish_run(db: Database, run_id: int, outcome: str) -> None:
    update_run(db, run_id, outcome=outcome, finished_at=utcnow())


@dataclass(frozen=True)
class RunRecord:
    """A run as the UI and the command line show it: plain values."""

    id: int
    started_at: datetime
    finished_at: datetime | None
    user_id: str | None
    server_url: str | None
    clock_offset_s: float | None
    package_id: str | None
    bytes_sent: int
    bytes_resent: int
    counts: dict
    server_status: str | None
    server_history: list
    exceptions: list
    rows_pulled: int
    conflicts: list
    notes: list
    errors: list
    outcome: str


def _record(run: SyncRun) -> RunRecord:
    return RunRecord(**{name: getattr(run, name) for name in RunRecord.__dataclass_fields__})


def runs(session: Session, limit: int | None = 100) -> list[RunRecord]:
    """The newest runs first; ``limit=None`` for every run (the Excel export)."""
    rows = session.scalars(select(SyncRun).order_by(SyncRun.id.desc()).limit(limit))
    return [_record(r) for r in rows]


def run_record(db: Database, run_id: int) -> RunRecord:
    with db.Session() as session:
        return _record(session.get(SyncRun, run_id))


def last_run(db: Database) -> RunRecord | None:
    with db.Session() as session:
        found = runs(session, limit=1)
    return found[0] if found else None
