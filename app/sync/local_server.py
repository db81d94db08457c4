"""The reference server on this laptop, for the embedded demo school.

A first look at Sinkronisasi needs a server. For the demo school the app starts
``python -m server`` itself (from the installed bundle: its own program, see
``config.reference_server_command``) on a free loopback port, with its data in the
user data folder (``reference-server``, kept across starts). The server is seeded
once with the *valid* variant of the same demo school (same seed, so the same
row ids) and the public demo Kode Registrasi, as if the school had synced
before; this laptop then registers with it like any school.

Registration never replaces the local demo data (the operator may have edited
it). Instead the local rows are reconciled with the server's prefill:

- a row equal to the server's (school data, not bookkeeping) is marked synced:
  the server's ``server_version``, ``last_sync`` now, no pending change;
- a row that differs keeps its local values and becomes an unsent local edit
  based on the server's version: the deliberate mistakes of the demo are
  exactly such edits, and Validasi Lokal blocks sending until they are fixed;
- a row only the laptop has stays a new, unsent row;
- a row only the server has (the demo's mistakes remove some rows) is written
  soft-deleted and pending: a local deletion, never a silent resurrection.

The feed's own pull machinery is not used for this: it lets server-owned
fields (NIK, NISN, nama) win over unsent edits, which would quietly repair the
mistakes the demo is there to teach.
"""

import atexit
import shutil
import socket
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import requests
from sqlalchemy import Table, insert, select, text, update
from sqlalchemy.orm import Session

from dapodik.demo.school import DEFAULT_SEED, PLANS
from dapodik.i18n import QT_TRANSLATE_NOOP
from dapodik.package_format import decode_row, open_package, primary_key
from dapodik.schema.models import SYNCED_TABLES, Sekolah

from ..accounts import settings
from ..accounts.credentials import token_store
from ..accounts.demo import DEMO_KODE_REGISTRASI, is_demo
from ..accounts.registration import (
    MAX_PREFILL_BYTES,
    applying,
    check_prefill_file,
    complete_registration,
    download_prefill,
    http_session,
    register_device,
    staged_prefill,
)
from ..config import data_dir, reference_server_command
from ..db.change_tracking import current_counter, set_suppressed
from ..db.engine import Database
from ..i18n import UserError
from .pull import BOOKKEEPING
from .state import mark_pending, set_acked_counter

FOLDER_NAME = "reference-server"
# Written only after the demo school is in the server's database: without it a
# folder is a seeding cut short, and is started over.
SEEDED_MARKER = "demo-seeded"
START_TIMEOUT_S = 60.0
SEED_TIMEOUT_S = 600.0
STOP_TIMEOUT_S = 10.0
# The project root, where ``python -m server`` from source finds the server package.
PROJECT_ROOT = Path(__file__).resolve().parents[2]

STAGE_SEED = QT_TRANSLATE_NOOP("LocalServer", "Menyiapkan server referensi dengan sekolah demo…")
STAGE_START = QT_TRANSLATE_NOOP("LocalServer", "Menjalankan server referensi lokal…")
STAGE_REGISTER = QT_TRANSLATE_NOOP("LocalServer", "Mendaftarkan aplikasi ke server referensi…")
STAGE_RECONCILE = QT_TRANSLATE_NOOP("LocalServer", "Mencocokkan data demo dengan data server…")


class LocalServerError(UserError):
    """The local reference server could not be prepared; the message says why."""

    context = "LocalServer"


@dataclass(frozen=True)
class Reconciled:
    synced: int  # rows equal to the server's, now marked synced
    edited: int  # rows that differ: unsent local edits
    deleted: int  # rows only the server had: written soft-deleted, pending
    created: int  # rows only this laptop has: new, unsent


class LocalServer:
    """A running ``python -m server`` subprocess; stop it when the app ends."""

    def __init__(self, process: subprocess.Popen, url: str) -> None:
        self.process = process
        self.url = url
        # Set by the start that registered this database; None when it was already.
        self.reconciled: Reconciled | None = None
        # A safety net for a run that ends without the UI stopping the server.
        atexit.register(self.stop)

    def running(self) -> bool:
        return self.process.poll() is None

    def stop(self) -> None:
        if self.running():
            self.process.terminate()
            try:
                self.process.wait(STOP_TIMEOUT_S)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        atexit.unregister(self.stop)


def server_folder() -> Path:
    return data_dir() / FOLDER_NAME


def _school(db: Database) -> tuple[str | None, str | None]:
    with db.Session() as session:
        row = session.execute(select(Sekolah.npsn, Sekolah.sekolah_id)).first()
    return (row.npsn, row.sekolah_id) if row else (None, None)


def uses_local_server(db: Database) -> bool:
    """True once this database registered with the local demo server."""
    with db.Session() as session:
        return settings.get(session, settings.LOCAL_DEMO_SERVER) == "1"


def offers_local_server(db: Database) -> bool:
    """The demo school, unregistered or registered with the local server (is_demo
    covers both)."""
    return is_demo(db)


def _plan_size(npsn: str) -> str:
    return next(size for size, plan in PLANS.items() if plan.npsn == npsn)


def _server_command(folder: Path, *args: str) -> list[str]:
    return reference_server_command("--data", str(folder), *args)


def _run_server_command(folder: Path, *args: str) -> None:
    done = subprocess.run(
        _server_command(folder, *args),
        cwd=PROJECT_ROOT,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=SEED_TIMEOUT_S,
    )
    if done.returncode != 0:
        raise LocalServerError(
            QT_TRANSLATE_NOOP("LocalServer", "Server referensi tidak dapat disiapkan: {detail}"),
            detail=(done.stderr or done.stdout).strip()[-500:],
        )


def ensure_seeded(folder: Path, npsn: str, seed: int = DEFAULT_SEED) -> None:
    """Add the valid demo school to the server's database, once per folder; a folder
    seeded before has its database moved to this release's schema."""
    if (folder / SEEDED_MARKER).exists():
        _run_server_command(folder, "db", "upgrade")
        return
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    size = _plan_size(npsn)
    _run_server_command(
        folder,
        *("school", "add", "--npsn", npsn, "--nama", PLANS[size].nama),
        *("--from-demo", size, "--seed", str(seed)),
        *("--kode-registrasi", DEMO_KODE_REGISTRASI),
    )
    (folder / SEEDED_MARKER).write_text(npsn)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_until_up(process: subprocess.Popen, url: str, log_file: Path, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise LocalServerError(
                QT_TRANSLATE_NOOP(
                    "LocalServer", "Server referensi berhenti saat dijalankan: {detail}"
                ),
                detail=log_file.read_text(errors="replace").strip()[-500:],
            )
        try:
            if requests.get(f"{url}/api/v1/ping", timeout=1).status_code == 200:
                return
        except requests.RequestException:
            pass  # not listening yet
        time.sleep(0.1)
    raise LocalServerError(
        QT_TRANSLATE_NOOP("LocalServer", "Server referensi tidak menjawab dalam {seconds} detik."),
        seconds=int(timeout),
    )


def start_process(folder: Path, timeout: float = START_TIMEOUT_S) -> LocalServer:
    """Run the server on a free loopback port and wait until it answers."""
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    log_file = folder / "server.log"
    with open(log_file, "w") as log:  # the child keeps its own copy of the handle
        process = subprocess.Popen(
            _server_command(folder, "--host", "127.0.0.1", "--port", str(port)),
            cwd=PROJECT_ROOT,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    server = LocalServer(process, url)
    try:
        _wait_until_up(process, url, log_file, timeout)
    except LocalServerError:
        server.stop()
        raise
    return server


# -- reconciling the local demo with the server's copy ---------------------------------


def _data_columns(table: Table) -> list[str]:
    return [c.name for c in table.columns if c.name not in BOOKKEEPING]


def _reconcile_table(session: Session, table: Table, server_rows: list[dict], counts: dict):
    """Mark equal rows synced; return ids to leave pending (edited, deleted, created)."""
    key = table.c[primary_key(table)[0]]
    columns = _data_columns(table)
    local = {row[key.name]: row for row in session.execute(select(table)).mappings()}
    pending, now = [], datetime.now(UTC).replace(tzinfo=None)
    for values in server_rows:
        row_id = values[key.name]
        mine = local.pop(row_id, None)
        stamp = {"server_version": values["server_version"]}
        if mine is None:
            deleted = {**values, "soft_delete": True, "last_sync": None}
            session.execute(insert(table).values(deleted))
            counts["deleted"] += 1
            pending.append(row_id)
        elif all(mine[c] == values.get(c) for c in columns):
            # last_update is for people: marking a row synced is no edit of theirs.
            stamp.update(last_sync=now, last_update=mine["last_update"])
            session.execute(update(table).where(key == row_id).values(stamp))
            counts["synced"] += 1
        else:
            stamp["last_update"] = mine["last_update"]
            session.execute(update(table).where(key == row_id).values(stamp))
            counts["edited"] += 1
            pending.append(row_id)
    counts["created"] += len(local)
    return pending + list(local)


def _record_registration(session: Session, manifest, server: str) -> None:
    values = {
        settings.NPSN: manifest.npsn,
        settings.SEKOLAH_ID: manifest.sekolah_id,
        settings.KODE_HASH: manifest.extra["kode_registrasi_hash"],
        settings.SERVER_CURSOR: str(manifest.base_cursor),
        settings.SERVER: server,
        settings.LOCAL_DEMO_SERVER: "1",
    }
    for key, value in values.items():
        settings.put(session, key, value)


def reconcile_with_prefill(db: Database, prefill: Path, server: str) -> Reconciled:
    """Register this demo database from the server's prefill without replacing its
    rows (see the module's docstring); one transaction."""
    manifest = check_prefill_file(prefill, DEMO_KODE_REGISTRASI)
    npsn, sekolah_id = _school(db)
    if (npsn, sekolah_id) != (manifest.npsn, manifest.sekolah_id):
        raise LocalServerError(
            QT_TRANSLATE_NOOP(
                "LocalServer",
                "Data demo di laptop ini bukan sekolah demo yang ada di server referensi "
                "(mungkin dibuat dengan seed lain). Buat ulang basis data demo.",
            )
        )
    counts = {"synced": 0, "edited": 0, "deleted": 0, "created": 0}
    with open_package(prefill, MAX_PREFILL_BYTES) as reader, db.Session() as session:
        set_suppressed(session, True)
        # Parents and children come table by table in the file's order.
        session.execute(text("PRAGMA defer_foreign_keys = ON"))
        # Everything counted so far is acknowledged; what differs is re-counted below.
        set_acked_counter(session, current_counter(session))
        pending = {}
        # Every school table, also those the file leaves out for having no rows on the
        # server: local rows there are new and must stay pending. Referensi tables are
        # skipped: the server's codes are the ones this release ships, and the pull
        # brings any later change.
        present = set(reader.tables)
        for name, table in SYNCED_TABLES.items():
            raw_rows = reader.rows(name) if name in present else ()
            rows = [decode_row(table, raw) for raw in raw_rows]
            pending[name] = _reconcile_table(session, table, rows, counts)
        set_suppressed(session, False)
        for name, row_ids in pending.items():
            mark_pending(session, name, row_ids)
        _record_registration(session, manifest, server)
        session.commit()
    return Reconciled(**counts)


def register_demo(db: Database, server: str, progress: Callable[[str], None]) -> Reconciled:
    """Register this device with the local server (token kept as registration keeps
    it) and reconcile the demo rows with the server's prefill. The server keeps one
    active device per school: registering the demo again replaces the earlier one."""
    npsn, _ = _school(db)
    store = token_store(db, DEMO_KODE_REGISTRASI)
    progress(STAGE_REGISTER)
    http = http_session()
    registered = register_device(http, server, npsn, DEMO_KODE_REGISTRASI, "laptop demo")
    dest = staged_prefill(registered.npsn)
    for _step in download_prefill(http, server, registered.token, dest):
        pass  # a loopback download takes a moment; the stage text is progress enough
    progress(STAGE_RECONCILE)
    with applying(dest):
        reconciled = reconcile_with_prefill(db, dest, server)
    complete_registration(http, server, registered.token)
    store.set(registered.npsn, registered.token)
    return reconciled


def _point_to(db: Database, server: str) -> None:
    with db.Session() as session:
        settings.put(session, settings.SERVER, server)
        session.commit()


def start_local_server(
    db: Database, progress: Callable[[str], None] = lambda _stage: None
) -> LocalServer:
    """Start (seeding once) the local reference server for this demo database and
    register with it, or point the registration at its new address."""
    if not offers_local_server(db):
        raise LocalServerError(
            QT_TRANSLATE_NOOP("LocalServer", "Server referensi lokal hanya untuk sekolah demo.")
        )
    folder = server_folder()
    progress(STAGE_SEED)
    ensure_seeded(folder, _school(db)[0])
    progress(STAGE_START)
    server = start_process(folder)
    try:
        if uses_local_server(db):
            _point_to(db, server.url)
        else:
            server.reconciled = register_demo(db, server.url, progress)
    except Exception:
        server.stop()
        raise
    return server
