"""Local tables of Sinkronisasi: what was acknowledged, the upload in flight, the log.

Never synced. The pull cursor is not here: registration writes it with the
prefill (``app.accounts.settings.SERVER_CURSOR``) and the pull moves it on.
"""

from datetime import datetime

from sqlalchemy import JSON, DateTime, Float, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .local import LocalBase


class SyncState(LocalBase):
    """A single row (id 1): the change counter the last acknowledged package was cut at.

    Rows whose ``change_log.seq`` is above it are not yet accepted by the server.
    """

    __tablename__ = "sync_state"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    acked_counter: Mapped[int] = mapped_column(Integer, default=0)


class SyncUpload(LocalBase):
    """One package and its upload, written before its first byte leaves.

    ``base_counter``..``cut_counter`` is the slice of the change counter it
    carries; rows changed after ``cut_counter`` wait for the next package.
    ``status``: built → uploading → uploaded → done, or corrupt / refused.
    """

    __tablename__ = "sync_upload"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    package_id: Mapped[str] = mapped_column(String(36), unique=True)
    path: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    upload_url: Mapped[str | None] = mapped_column(Text)
    offset: Mapped[int] = mapped_column(Integer, default=0)
    base_counter: Mapped[int] = mapped_column(Integer)
    cut_counter: Mapped[int] = mapped_column(Integer)
    base_cursor: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(20))
    rebuilt: Mapped[int] = mapped_column(Integer, default=0)  # 1: re-sent after corrupt
    counts: Mapped[dict] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class SyncRun(LocalBase):
    """Riwayat Sinkronisasi: one row per run, kept for the operator to read back."""

    __tablename__ = "sync_run"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    started_at: Mapped[datetime] = mapped_column(DateTime)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime)
    user_id: Mapped[str | None] = mapped_column(String(36))
    server_url: Mapped[str | None] = mapped_column(Text)
    # Server time minus laptop time, from the HTTP Date header (seconds).
    clock_offset_s: Mapped[float | None] = mapped_column(Float)
    package_id: Mapped[str | None] = mapped_column(String(36))
    bytes_sent: Mapped[int] = mapped_column(Integer, default=0)
    bytes_resent: Mapped[int] = mapped_column(Integer, default=0)
    # {table: {created, updated, deleted, conflict, rejected}}
    counts: Mapped[dict] = mapped_column(JSON, default=dict)
    server_status: Mapped[str | None] = mapped_column(String(40))
    server_history: Mapped[list] = mapped_column(JSON, default=list)
    # [{table, row_id, result, code, reason}] as the server reported them
    exceptions: Mapped[list] = mapped_column(JSON, default=list)
    rows_pulled: Mapped[int] = mapped_column(Integer, default=0)
    # [{table, row_id, source, server_fields, local_fields}]
    conflicts: Mapped[list] = mapped_column(JSON, default=list)
    notes: Mapped[list] = mapped_column(JSON, default=list)
    errors: Mapped[list] = mapped_column(JSON, default=list)
    outcome: Mapped[str] = mapped_column(String(20), default="running")
