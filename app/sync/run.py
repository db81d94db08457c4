"""One Sinkronisasi run: preconditions, package, resumable upload, server status,
acknowledgement, backup and pull, each step in the sync log.

``run_sync`` is a plain generator of ``SyncEvent``: the UI runs it on a worker
and shows each event; the command line prints them. Between chunks and pages it
asks the ``SyncControl`` whether to pause or stop, so stopping never leaves half
a step: what was sent is recorded, and the next run resumes from the server's
offset. Every step is safe to repeat (the package id is the idempotency key).
Whatever ends a run, it ends in the sync log as done, failed or cancelled.
"""

import logging
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import requests
from sqlalchemy import Table, update

from dapodik.i18n import QT_TRANSLATE_NOOP
from dapodik.package_format import PackageError, open_package, primary_key
from dapodik.schema.models import SYNCED_TABLES

from ..accounts.kode import follow_kode
from ..db.change_tracking import set_suppressed
from ..db.engine import Database
from ..db.sync_state import SyncUpload
from ..i18n import unexpected_error
from ..work import Cancelled, CancelToken
from . import log
from .backup import backup_before_pull
from .package import build_change_package, package_folder
from .pull import apply_page
from .server_api import FINAL_STATUSES, ServerApi, SyncError
from .state import mark_pending, open_upload, pull_cursor, set_acked_counter
from .tus import TusError, UploadGone

STEP_CHECK, STEP_BUILD, STEP_UPLOAD, STEP_STATUS, STEP_PULL, STEP_DONE = (
    "syarat",
    "paket",
    "unggah",
    "status",
    "tarik",
    "selesai",
)
STATUS_LABELS = {
    "uploading": QT_TRANSLATE_NOOP("Sync", "Sedang diunggah"),
    "received": QT_TRANSLATE_NOOP("Sync", "Diterima via aplikasi"),
    "checking": QT_TRANSLATE_NOOP("Sync", "Cek Konversi"),
    "processed": QT_TRANSLATE_NOOP("Sync", "Berhasil diproses"),
    "processed_with_exceptions": QT_TRANSLATE_NOOP("Sync", "Berhasil diproses dengan pengecualian"),
    "corrupt": QT_TRANSLATE_NOOP("Sync", "Paket rusak, kirim ulang"),
    "refused": QT_TRANSLATE_NOOP("Sync", "Ditolak"),
}
# Larger than any package we build; the reader only needs it as a bomb limit.
MAX_OWN_PACKAGE = 4 * 1024**3
CLOCK_NOTE_AFTER_S = 300
logger = logging.getLogger(__name__)


class SyncControl(CancelToken):
    """Cancel, pause and resume from another thread; the run obeys between chunks."""

    def __init__(self) -> None:
        super().__init__()
        self._running = threading.Event()
        self._running.set()

    def pause(self) -> None:
        self._running.clear()

    def resume(self) -> None:
        self._running.set()

    def cancel(self) -> None:
        super().cancel()
        self._running.set()

    @property
    def paused(self) -> bool:
        return not self._running.is_set()

    def checkpoint(self) -> None:
        """Block while paused; raise Cancelled once cancelled."""
        self._running.wait()
        self.check()

    def sleep(self, seconds: float) -> None:
        """Wait between status polls, waking early to be cancelled."""
        self.wait(seconds)
        self.checkpoint()


@dataclass(frozen=True)
class SyncEvent:
    step: str
    message: str  # Bahasa Indonesia, marked for translation; ``params`` fill it
    params: dict = field(default_factory=dict)
    fraction: float | None = None
    bytes_per_second: float | None = None
    seconds_left: float | None = None
    run_id: int | None = None
    outcome: str | None = None  # on the last event: log.DONE, FAILED or CANCELLED

    @property
    def text(self) -> str:
        return self.message.format(**self.params)


@dataclass(frozen=True)
class Precondition:
    """One condition of sending; ``check`` returns what is wrong, or None."""

    name: str
    check: Callable[[], str | None]


@dataclass
class _Run:
    db: Database
    api: ServerApi
    run_id: int
    control: SyncControl
    now: Callable[[], datetime]
    poll_interval: float
    status_timeout: float

    def event(self, step: str, message: str, **kwargs) -> SyncEvent:
        params = kwargs.pop("params", {})
        return SyncEvent(step, message, params, run_id=self.run_id, **kwargs)

    def note(self, message: str, **params) -> None:
        log.append_to_run(self.db, self.run_id, "notes", [message.format(**params)])


def local_now() -> datetime:
    return datetime.now(UTC)


def run_sync(
    db: Database,
    api: ServerApi,
    *,
    user_id: str | None,
    preconditions: Iterable[Precondition] = (),
    control: SyncControl | None = None,
    now: Callable[[], datetime] = local_now,
    poll_interval: float = 0.5,
    status_timeout: float = 600.0,
) -> Iterator[SyncEvent]:
    """Send the pending changes, then pull the server's; yields progress. The last
    event has ``outcome`` set: DONE only when the package was processed (with or
    without exceptions, or nothing needed sending) and the pull was applied."""
    run = _Run(
        db,
        api,
        log.start_run(db, user_id, api.base_url),
        control or SyncControl(),
        now,
        poll_interval,
        status_timeout,
    )
    try:
        yield from _check(run, preconditions)
        yield from _send(run)
        yield from _pull(run)
    except Cancelled:
        log.finish_run(db, run.run_id, log.CANCELLED)
        yield run.event(
            STEP_DONE,
            QT_TRANSLATE_NOOP("Sync", "Sinkronisasi dihentikan; dapat dilanjutkan nanti."),
            outcome=log.CANCELLED,
        )
        return
    except (SyncError, TusError, requests.RequestException) as exc:
        yield _failed(run, str(exc))
        return
    except Exception as exc:
        # A full disk, a locked database, a defect: the run still ends in the
        # Riwayat as failed, with the reason, rather than staying "running".
        logger.exception("Sinkronisasi %s gagal", run.run_id)
        yield _failed(run, str(unexpected_error(exc)))
        return
    log.finish_run(db, run.run_id, log.DONE)
    yield run.event(STEP_DONE, QT_TRANSLATE_NOOP("Sync", "Sinkronisasi selesai."), outcome=log.DONE)


def _failed(run: _Run, error: str) -> SyncEvent:
    """Record the run as failed with its reason; the event that tells the operator,
    who hears of it even when the database refuses the record (the next run then
    marks it interrupted)."""
    try:
        log.append_to_run(run.db, run.run_id, "errors", [error])
        log.finish_run(run.db, run.run_id, log.FAILED)
    except Exception:
        logger.exception("Sinkronisasi %s: kegagalan tidak dapat dicatat", run.run_id)
    return run.event(
        STEP_DONE,
        QT_TRANSLATE_NOOP("Sync", "Sinkronisasi gagal: {error}"),
        params={"error": error},
        outcome=log.FAILED,
    )


# -- preconditions and connection ------------------------------------------------


def _check(run: _Run, preconditions: Iterable[Precondition]) -> Iterator[SyncEvent]:
    problems = [f"{p.name}: {problem}" for p in preconditions if (problem := p.check())]
    if problems:
        log.append_to_run(run.db, run.run_id, "errors", problems)
        raise SyncError(
            QT_TRANSLATE_NOOP("Sync", "Syarat pengiriman belum terpenuhi: {problems}"),
            problems="; ".join(problems),
        )
    ping = run.api.ping(run.now)
    run.api.device()  # a retired or revoked device stops here, its changes kept
    log.update_run(run.db, run.run_id, clock_offset_s=ping.clock_offset_s)
    if ping.clock_offset_s is not None and abs(ping.clock_offset_s) > CLOCK_NOTE_AFTER_S:
        # Only a note: what to send and in which order is decided by counters.
        run.note(
            QT_TRANSLATE_NOOP(
                "Sync", "Jam laptop berbeda {minutes} menit dari jam server; periksa jam laptop."
            ),
            minutes=round(ping.clock_offset_s / 60),
        )
    yield run.event(STEP_CHECK, QT_TRANSLATE_NOOP("Sync", "Terhubung"))


# -- sending ------------------------------------------------------------------


def _build(run: _Run, rebuilt: bool = False) -> int | None:
    with run.db.Session() as session:
        upload = build_change_package(session, package_folder(run.db.path), rebuilt=rebuilt)
        if upload is None:
            return None
        session.commit()
        return upload.id


def _upload_row(run: _Run, upload_id: int) -> SyncUpload:
    with run.db.Session() as session:
        return session.get(SyncUpload, upload_id)


def _save_upload(run: _Run, upload_id: int, **values) -> None:
    with run.db.Session() as session:
        session.execute(update(SyncUpload).where(SyncUpload.id == upload_id).values(**values))
        session.commit()


def _send(run: _Run) -> Iterator[SyncEvent]:
    with run.db.Session() as session:
        pending = open_upload(session)
        upload_id = pending.id if pending else None
    if upload_id is not None:
        run.note(QT_TRANSLATE_NOOP("Sync", "Melanjutkan paket yang belum selesai dikirim."))
    else:
        upload_id = _build(run)
        if upload_id is None:
            run.note(QT_TRANSLATE_NOOP("Sync", "Tidak ada perubahan lokal untuk dikirim."))
            return
    upload = _upload_row(run, upload_id)
    log.update_run(run.db, run.run_id, package_id=upload.package_id, counts=upload.counts)
    yield run.event(
        STEP_BUILD,
        QT_TRANSLATE_NOOP("Sync", "Paket {package_id} siap ({size} byte)."),
        params={"package_id": upload.package_id, "size": upload.size},
    )
    report = yield from _deliver(run, upload_id)
    if report["status"] == "corrupt":
        upload_id = _after_corrupt(run, upload_id, report)
        upload = _upload_row(run, upload_id)
        yield run.event(
            STEP_BUILD,
            QT_TRANSLATE_NOOP(
                "Sync", "Server melaporkan paket rusak; paket {package_id} dibangun ulang."
            ),
            params={"package_id": upload.package_id, "size": upload.size},
        )
        report = yield from _deliver(run, upload_id)
        if report["status"] == "corrupt":
            _close_upload(run, upload_id, "corrupt")
            raise SyncError(
                QT_TRANSLATE_NOOP(
                    "Sync", "Paket rusak lagi setelah dibangun ulang: {detail}. Hubungi dinas."
                ),
                detail=_last_detail(report),
            )
    if report["status"] == "refused":
        _close_upload(run, upload_id, "refused")
        raise SyncError(
            QT_TRANSLATE_NOOP("Sync", "Paket ditolak server: {detail}"),
            detail=_last_detail(report),
        )
    _acknowledge(run, upload_id, report)


def _last_detail(report: dict) -> str:
    history = report.get("history") or []
    return history[-1]["detail"] if history else report["status"]


def _close_upload(run: _Run, upload_id: int, status: str) -> None:
    upload = _upload_row(run, upload_id)
    _save_upload(run, upload_id, status=status)
    Path(upload.path).unlink(missing_ok=True)


def _after_corrupt(run: _Run, upload_id: int, report: dict) -> int:
    """The server found the package broken: build it again, once, under a new id."""
    if _upload_row(run, upload_id).rebuilt:
        _close_upload(run, upload_id, "corrupt")
        raise SyncError(
            QT_TRANSLATE_NOOP("Sync", "Paket rusak lagi setelah dibangun ulang: {detail}."),
            detail=_last_detail(report),
        )
    _close_upload(run, upload_id, "corrupt")
    new_id = _build(run, rebuilt=True)
    upload = _upload_row(run, new_id)
    run.note(
        QT_TRANSLATE_NOOP(
            "Sync",
            "Server melaporkan paket rusak ({detail}); paket dibangun ulang ({package_id}) dan dikirim sekali lagi.",  # noqa: E501
        ),
        detail=_last_detail(report),
        package_id=upload.package_id,
    )
    log.update_run(run.db, run.run_id, package_id=upload.package_id, counts=upload.counts)
    return new_id


def _deliver(run: _Run, upload_id: int) -> Iterator[SyncEvent]:
    """Upload (resuming) and wait for the server's verdict; returns its report."""
    for _attempt in range(3):
        if _upload_row(run, upload_id).status != "uploaded":
            yield from _transfer(run, upload_id)
        report = yield from _await_status(run, _upload_row(run, upload_id).package_id)
        if report is not None and report["status"] != "uploading":
            return report
        # The server lost or never completed the upload: send it again.
        _save_upload(run, upload_id, status="built")
    raise SyncError(QT_TRANSLATE_NOOP("Sync", "Server tidak menerima paket secara utuh."))


def _create(run: _Run, upload: SyncUpload) -> str:
    url = run.api.tus().create(
        upload.size,
        {
            "package_id": upload.package_id,
            "sha256": upload.sha256,
            "filename": f"{upload.package_id}.pkg",
        },
        Path(upload.path),
    )
    _save_upload(run, upload.id, upload_url=url, status="uploading")
    return url


def _transfer(run: _Run, upload_id: int) -> Iterator[SyncEvent]:
    for _attempt in range(2):
        upload = _upload_row(run, upload_id)
        url = upload.upload_url or _create(run, upload)
        try:
            yield from _chunks(run, upload, url)
        except UploadGone:
            # Expired or removed on the server: forget the URL and start a new upload.
            _save_upload(run, upload_id, upload_url=None, offset=0)
            run.note(QT_TRANSLATE_NOOP("Sync", "Unggahan lama kedaluwarsa; unggahan baru dimulai."))
            continue
        _save_upload(run, upload_id, status="uploaded")
        return
    raise SyncError(QT_TRANSLATE_NOOP("Sync", "Unggahan terus ditolak sebagai kedaluwarsa."))


def _chunks(run: _Run, upload: SyncUpload, url: str) -> Iterator[SyncEvent]:
    started_at = None
    for progress in run.api.tus().upload(url, Path(upload.path)):
        started_at = progress.offset if started_at is None else started_at
        _save_upload(run, upload.id, offset=progress.offset)
        log.update_run(
            run.db,
            run.run_id,
            bytes_sent=progress.offset - upload.offset + progress.resent_bytes,
            bytes_resent=progress.resent_bytes,
        )
        yield run.event(
            STEP_UPLOAD,
            QT_TRANSLATE_NOOP("Sync", "Mengunggah {done} dari {total} byte"),
            params={"done": progress.offset, "total": progress.length},
            fraction=progress.fraction,
            bytes_per_second=progress.bytes_per_second,
            seconds_left=progress.seconds_left,
        )
        run.control.checkpoint()


def _await_status(run: _Run, package_id: str) -> Iterator[SyncEvent]:
    """Poll the package's status until final; None when the server does not know it."""
    deadline = time.monotonic() + run.status_timeout
    shown = None
    while True:
        report = run.api.package_status(package_id)
        if report is None or report["status"] == "uploading":
            return report
        status = report["status"]
        if status != shown:
            shown = status
            log.update_run(
                run.db, run.run_id, server_status=status, server_history=report.get("history", [])
            )
            yield run.event(STEP_STATUS, STATUS_LABELS.get(status, status))
        if status in FINAL_STATUSES:
            return report
        if time.monotonic() > deadline:
            raise SyncError(
                QT_TRANSLATE_NOOP(
                    "Sync",
                    "Server belum selesai memproses paket ({status}). Jalankan sinkronisasi lagi "
                    "nanti untuk melihat hasilnya; paket tidak perlu dikirim ulang.",
                ),
                status=STATUS_LABELS.get(status, status),
            )
        run.control.sleep(run.poll_interval)


# -- acknowledgement --------------------------------------------------------------


def _package_ids(path: Path) -> dict[str, list[str]]:
    try:
        with open_package(path, MAX_OWN_PACKAGE) as reader:
            return {
                name: [row[primary_key(SYNCED_TABLES[name])[0]] for row in reader.rows(name)]
                for name in reader.tables
            }
    except PackageError as exc:
        raise SyncError(
            QT_TRANSLATE_NOOP("Sync", "Berkas paket lokal {path} tidak terbaca: {error}"),
            path=str(path),
            error=str(exc),
        ) from exc


def _mark_synced(session, table: Table, row_ids: list[str]) -> None:
    key = table.c[primary_key(table)[0]]
    at = log.utcnow()
    for start in range(0, len(row_ids), 500):
        session.execute(
            update(table)
            .where(key.in_(row_ids[start : start + 500]))
            # last_update is for people: a sync is no edit of theirs.
            .values(last_sync=at, last_update=table.c.last_update)
        )


def _counts(upload: SyncUpload, exceptions: list[dict]) -> dict:
    counts = {t: {**c, "conflict": 0, "rejected": 0} for t, c in upload.counts.items()}
    for row in exceptions:
        per_table = counts.setdefault(
            row["table"], {"created": 0, "updated": 0, "deleted": 0, "conflict": 0, "rejected": 0}
        )
        if row["result"] in ("conflict", "rejected"):
            per_table[row["result"]] += 1
    return counts


def _acknowledge(run: _Run, upload_id: int, report: dict) -> None:
    """Rows the server applied count as synced; rejected rows stay pending."""
    upload = _upload_row(run, upload_id)
    exceptions = report.get("rows", [])
    rejected: dict[str, set[str]] = {}
    for row in exceptions:
        if row["result"] == "rejected":
            rejected.setdefault(row["table"], set()).add(row["row_id"])
    ids = _package_ids(Path(upload.path))
    with run.db.Session() as session:
        set_suppressed(session, True)
        for name, row_ids in ids.items():
            refused = rejected.get(name, set())
            _mark_synced(session, SYNCED_TABLES[name], [i for i in row_ids if i not in refused])
            mark_pending(session, name, sorted(refused))
        set_acked_counter(session, upload.cut_counter)
        session.execute(update(SyncUpload).where(SyncUpload.id == upload_id).values(status="done"))
        set_suppressed(session, False)
        session.commit()
    Path(upload.path).unlink(missing_ok=True)
    log.update_run(run.db, run.run_id, counts=_counts(upload, exceptions))
    log.append_to_run(run.db, run.run_id, "exceptions", exceptions)


# -- pull --------------------------------------------------------------------------


def _pull(run: _Run) -> Iterator[SyncEvent]:
    with run.db.Session() as session:
        cursor = pull_cursor(session)
    page = run.api.changes(cursor)
    if follow_kode(run.db, page.get("kode_registrasi_hash")):
        run.note(
            QT_TRANSLATE_NOOP(
                "Sync",
                "Server pusat menerbitkan Kode Registrasi baru untuk sekolah ini: pakai kode "
                "baru itu untuk Tukar Akses Pengguna dan PMP.",
            )
        )
    if not page["changes"]:
        return
    backup = backup_before_pull(run.db.path)
    run.note(QT_TRANSLATE_NOOP("Sync", "Cadangan sebelum menarik data: {path}"), path=str(backup))
    pulled = 0
    while True:
        with run.db.Session() as session:
            result = apply_page(session, page)
            session.commit()
        pulled += result.rows
        log.update_run(run.db, run.run_id, rows_pulled=pulled)
        log.append_to_run(run.db, run.run_id, "conflicts", result.conflicts)
        yield run.event(
            STEP_PULL,
            QT_TRANSLATE_NOOP("Sync", "Menerapkan perubahan dari server: {rows} baris"),
            params={"rows": pulled},
        )
        if not page["has_more"]:
            return
        run.control.checkpoint()
        page = run.api.changes(page["next_cursor"])
