"""Processing uploaded packages from the durable queue (``srv_package``).

received → checking → processed | processed_with_exceptions | corrupt | refused

A package is checked whole before anything of it is written: its file to the
last value (``open_package``), its manifest against the upload and the school.
Whatever refuses it does so then, at once. Then it is applied in short
transactions, one batch of one table each, so other schools' requests take
their turns in between; each batch commits with its rows' results, and the
count of results is the package's progress. A server stopped mid-way takes the
package again at its next start and goes on after the rows already applied, so
a package is applied entirely, and never a row twice. The last transaction
writes the final status; until then the package reads as checking.
"""

import logging
import os
import threading
import time
from collections.abc import Iterator

from sqlalchemy import Connection, Table, func, insert, select, update

from dapodik.package_format import (
    KIND_PACKAGE,
    CorruptPackage,
    IncompatiblePackage,
    PackageError,
    PackageReader,
    open_package,
    sha256_file,
)
from dapodik.schema.models import SYNCED_TABLES

from . import tables
from .apply import BATCH, Applier, Checked, batched, check_row
from .config import ServerConfig
from .database import UNAVAILABLE, Database, lock_feed
from .feed import now
from .uploads import purge_expired, upload_path

log = logging.getLogger(__name__)

RECEIVED, CHECKING = "received", "checking"
PROCESSED, WITH_EXCEPTIONS = "processed", "processed_with_exceptions"
CORRUPT, REFUSED = "corrupt", "refused"
LABELS = {
    RECEIVED: "Diterima via aplikasi",
    CHECKING: "Cek Konversi",
    PROCESSED: "Berhasil diproses",
    WITH_EXCEPTIONS: "Berhasil diproses dengan pengecualian",
    CORRUPT: "Paket rusak, kirim ulang",
    REFUSED: "Ditolak",
}
RESULT_KINDS = ("applied", "rejected", "conflict")
# Fault injection for the crash tests: seconds to wait inside each batch's transaction.
TEST_APPLY_DELAY = "DAPODIK_SERVER_TEST_APPLY_DELAY"
# What the history keeps of a detail (which may quote an exception or the file).
MAX_DETAIL = 2000


def add_history(conn: Connection, package_pk: int, status: str, detail: str | None = None):
    detail = detail or LABELS[status]
    if len(detail) > MAX_DETAIL:
        detail = detail[: MAX_DETAIL - 1] + "…"
    conn.execute(
        insert(tables.package_history).values(
            package_pk=package_pk, status=status, at=now(), detail=detail
        )
    )


def set_status(conn: Connection, package_pk: int, status: str, detail=None, summary=None):
    values = {"status": status, "updated_at": now()}
    if summary is not None:
        values["summary"] = summary
    conn.execute(update(tables.package).where(tables.package.c.id == package_pk).values(**values))
    add_history(conn, package_pk, status, detail)


def recover(db: Database) -> int:
    """Put back in the queue what a stopped server was checking; returns how many.

    One server process serves a database, so at its start nothing is being
    checked by anyone: a ``checking`` package was interrupted (and its apply
    transaction, if any, rolled back).
    """
    p = tables.package
    with db.write() as conn:
        stuck = conn.scalars(select(p.c.id).where(p.c.status == CHECKING)).all()
        for package_pk in stuck:
            set_status(conn, package_pk, RECEIVED, "Diulang: pemrosesan terhenti sebelum selesai")
    return len(stuck)


def claim_next(db: Database):
    """Take the oldest received package and mark it checking; None when the queue is empty."""
    p = tables.package
    query = select(p).where(p.c.status == RECEIVED).order_by(p.c.id).limit(1)
    if not db.is_sqlite:
        query = query.with_for_update(skip_locked=True)
    with db.write() as conn:
        row = conn.execute(query).first()
        if row is None:
            return None
        conn.execute(update(p).where(p.c.id == row.id).values(attempts=p.c.attempts + 1))
        set_status(conn, row.id, CHECKING)
    return row


# -- one package ------------------------------------------------------------


def _check_manifest(reader: PackageReader, package, school) -> None:
    m = reader.manifest
    if m.kind != KIND_PACKAGE:
        raise CorruptPackage("BAD_MANIFEST", f"Berkas berjenis {m.kind}, bukan paket perubahan.")
    if m.package_id != package.package_id:
        raise CorruptPackage("BAD_MANIFEST", "package_id di manifest berbeda dengan unggahan.")
    if m.sekolah_id != school.sekolah_id or m.npsn != school.npsn:
        raise IncompatiblePackage(
            "WRONG_SCHOOL", f"Paket milik sekolah NPSN {m.npsn}, bukan NPSN {school.npsn}."
        )


def _still_checking(conn: Connection, package) -> bool:
    """False when the package was taken care of meanwhile: never apply it twice."""
    p = tables.package
    return conn.scalar(select(p.c.status).where(p.c.id == package.id)) == CHECKING


def _result_counts(conn: Connection, package) -> dict[str, int]:
    """The package's row results so far, per kind."""
    r = tables.row_result
    query = (
        select(r.c.result, func.count()).where(r.c.package_pk == package.id).group_by(r.c.result)
    )
    counts = dict(conn.execute(query).all())
    return {kind: counts.get(kind, 0) for kind in RESULT_KINDS}


def _batches(reader: PackageReader, skip: int) -> Iterator[tuple[Table, list[Checked]]]:
    """The package's rows in the order they are applied, a batch of one table at a
    time, after the first ``skip`` (those a stopped run applied already). Each row
    is checked as it is read, so only one raw row is ever held."""
    for name in reader.tables:
        count = reader.manifest.row_counts.get(name, 0)
        if skip >= count:
            skip -= count
            continue
        table = SYNCED_TABLES[name]
        checked = (check_row(table, raw) for raw in reader.rows(name, skip))
        for chunk in batched(checked, BATCH):
            yield table, chunk
        skip = 0


def _apply_batch(db: Database, package, table: Table, rows: list[Checked], referensi: dict) -> bool:
    """One batch and its results in one transaction; False when the package is no
    longer being checked."""
    with db.write() as conn:
        lock_feed(conn)
        if not _still_checking(conn, package):
            return False
        applier = Applier(conn, package.sekolah_id, package.package_id, referensi)
        results = applier.apply(table, rows)
        # One result per row, or the count of results would not say how far it got.
        assert len(results) == len(rows)
        conn.execute(
            insert(tables.row_result), [{"package_pk": package.id, **r.__dict__} for r in results]
        )
        delay = float(os.environ.get(TEST_APPLY_DELAY, "0") or 0)
        if delay:
            time.sleep(delay)
    return True


def _apply_all(db: Database, reader: PackageReader, package) -> None:
    with db.read() as conn:
        done = sum(_result_counts(conn, package).values())
    referensi: dict[str, set] = {}
    try:
        for table, rows in _batches(reader, done):
            if not _apply_batch(db, package, table, rows, referensi):
                return
    except PackageError as exc:
        # The file was read whole before; failing now is the disk's doing, and some
        # rows may be applied: go on from them later rather than call it corrupt.
        raise RuntimeError(f"Paket gagal dibaca ulang: {exc}") from exc
    with db.write() as conn:
        if not _still_checking(conn, package):
            return
        summary = _result_counts(conn, package)
        final = PROCESSED if summary["applied"] == sum(summary.values()) else WITH_EXCEPTIONS
        set_status(conn, package.id, final, summary=summary)


def _finish(db: Database, package, status: str, detail: str) -> None:
    with db.write() as conn:
        set_status(conn, package.id, status, detail)


def process(db: Database, config: ServerConfig, package) -> None:
    """Check and apply one claimed package, ending in a final status."""
    path = upload_path(config, package.upload_id)
    with db.read() as conn:
        school = conn.execute(
            select(tables.school).where(tables.school.c.sekolah_id == package.sekolah_id)
        ).first()
    try:
        if sha256_file(path) != package.sha256:
            raise CorruptPackage("CHECKSUM", "SHA-256 paket tidak sama dengan yang dikirim.")
        with open_package(path, config.max_package_uncompressed) as reader:
            _check_manifest(reader, package, school)
            _apply_all(db, reader, package)
    except PackageError as exc:
        _finish(db, package, exc.status, f"{exc.code}: {exc}")


class Worker(threading.Thread):
    """Takes packages from the queue until stopped; a restart loses nothing."""

    PURGE_EVERY = 600.0
    # A package that keeps failing for a reason of the server's own is refused
    # after this many tries, so it never blocks the queue behind it.
    MAX_ATTEMPTS = 3

    def __init__(self, db: Database, config: ServerConfig, poll: float = 0.2) -> None:
        super().__init__(name="package-worker", daemon=True)
        self.db, self.config, self.poll = db, config, poll
        self.stopping = threading.Event()
        self._last_purge = 0.0

    def run(self) -> None:
        while not self.stopping.is_set():
            try:
                self._step()
            except Exception:
                # Never let the worker die: log, wait a little, and take the queue again.
                log.exception("Pemrosesan paket gagal")
                self.stopping.wait(1.0)

    def _step(self) -> None:
        if time.monotonic() - self._last_purge > self.PURGE_EVERY:
            purge_expired(self.db, self.config)
            self._last_purge = time.monotonic()
        package = claim_next(self.db)
        if package is None:
            self.stopping.wait(self.poll)
            return
        try:
            process(self.db, self.config, package)
        except Exception as exc:
            self._give_back(package, exc)
            raise

    def _give_back(self, package, exc: Exception) -> None:
        attempts = package.attempts + 1
        if isinstance(exc, UNAVAILABLE) or attempts < self.MAX_ATTEMPTS:
            # The database was unavailable or busy, or a first failure: try again later.
            status, detail = RECEIVED, f"Diulang setelah kesalahan server: {exc}"
        else:
            status, detail = REFUSED, f"INTERNAL: gagal diproses {attempts} kali: {exc}"
        with self.db.write() as conn:
            set_status(conn, package.id, status, detail)

    def stop(self) -> None:
        self.stopping.set()
