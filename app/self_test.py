"""``--self-test``: prove an installed build has everything it needs, then exit.

Run by CI against the PyInstaller bundle, so a missing hidden import, migration
script, translation or resource fails the build instead of an operator's first start.
It also runs the demo's Sinkronisasi end to end: the local reference server (the
bundle's own program), registration and one sync, all in a throwaway folder.
"""

import os
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from dapodik.resources import resources_dir

# The loopback round trip takes seconds; a package still unprocessed after this is a
# failure to report, not a wait.
SYNC_STATUS_TIMEOUT_S = 20.0
SELF_TEST_ADDRESS = "Jl. Uji Mandiri 1"


def _database() -> Iterator[str]:
    from dapodik.demo.school import build_demo

    from .db.engine import open_database
    from .db.summary import has_school

    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "self-test.sqlite")
        with db.engine.begin() as conn:
            build_demo(conn, "small")
        ok = has_school(db)
        db.close()
    if not ok:
        raise RuntimeError("demo school not written")
    yield "basis data, migrasi, referensi, sekolah demo"


def _resources() -> Iterator[str]:
    needed = [
        resources_dir() / "referensi" / "ref_wilayah.csv",
        resources_dir() / "translations" / "dapodik_en.qm",
        resources_dir() / "translations" / "qtbase_id.qm",
        resources_dir() / "icons" / "dapodik-lokal.png",
    ]
    missing = [str(p) for p in needed if not p.is_file()]
    if missing:
        raise RuntimeError("tidak ada: " + ", ".join(missing))
    yield f"sumber daya di {resources_dir()}"


def _keyring() -> Iterator[str]:
    import keyring

    # No usable backend is a fact to report (the app then asks the operator),
    # not a broken build: CI's Linux machine has none.
    yield f"keyring: {type(keyring.get_keyring()).__module__}"


def _qt() -> Iterator[str]:
    from .ui.self_check import check_qt

    yield check_qt()


@contextmanager
def _throwaway_user_data() -> Iterator[Path]:
    """A temporary user data folder and no OS credential store while the round trip
    runs, so it leaves nothing in the operator's real folder or keyring: the device
    token goes to the encrypted file the app falls back to, in that folder."""
    import keyring
    from keyring.backends import fail

    previous_folder = os.environ.get("DAPODIK_DATA_DIR")
    previous_keyring = keyring.get_keyring()
    with tempfile.TemporaryDirectory(prefix="dapodik-self-test-") as folder:
        os.environ["DAPODIK_DATA_DIR"] = folder
        keyring.set_keyring(fail.Keyring())
        try:
            yield Path(folder)
        finally:
            keyring.set_keyring(previous_keyring)
            if previous_folder is None:
                del os.environ["DAPODIK_DATA_DIR"]
            else:
                os.environ["DAPODIK_DATA_DIR"] = previous_folder


def _demo_school(path: Path):
    """The valid small demo (the one the local server is seeded with) and its accounts,
    agreeing to the encrypted token file as an operator without a keyring would."""
    from dapodik.demo.school import build_demo

    from .accounts.credentials import agree_to_file_fallback
    from .accounts.demo import ensure_demo_accounts
    from .db.engine import open_database

    db = open_database(path)
    with db.engine.begin() as conn:
        build_demo(conn, "small", valid=True)
    ensure_demo_accounts(db)
    agree_to_file_fallback(db)
    return db


def _edit_school_address(db) -> None:
    """One change to send, saved through the Sekolah form as the operator saves it."""
    from sqlalchemy import select

    from dapodik.schema.models import Sekolah

    from .entry import store
    from .entry.forms import FORMS

    spec = FORMS["sekolah"]
    with db.Session() as session:
        sekolah_id = session.scalar(select(Sekolah.sekolah_id))
        values = store.load(session, spec, sekolah_id)
    store.save(db, spec, {**values, "alamat_jalan": SELF_TEST_ADDRESS}, sekolah_id)


def _sync_once(db, server_url: str) -> str:
    """Upload, processing and pull through the client's own Sinkronisasi run."""
    from .accounts.credentials import token_store
    from .accounts.demo import DEMO_KODE_REGISTRASI
    from .sync import log
    from .sync.run import STATUS_LABELS, run_sync
    from .sync.server_api import ServerApi
    from .sync.state import pending_counts, registered_school

    with db.Session() as session:
        npsn, _ = registered_school(session)
    api = ServerApi(server_url, token_store(db, DEMO_KODE_REGISTRASI).get(npsn))
    for _event in run_sync(
        db, api, user_id=None, poll_interval=0.1, status_timeout=SYNC_STATUS_TIMEOUT_S
    ):
        pass  # the sync log keeps what the self-test reports
    run = log.last_run(db)
    if run.outcome != log.DONE:
        raise RuntimeError(f"sinkronisasi {run.outcome}: {'; '.join(run.errors)}")
    if run.server_status != "processed":
        raise RuntimeError(f"paket berstatus {run.server_status}, bukan processed")
    with db.Session() as session:
        pending = pending_counts(session)
    if pending:
        raise RuntimeError(f"masih ada perubahan tertunda: {pending}")
    return (
        f"{run.bytes_sent} byte, {STATUS_LABELS[run.server_status]}, "
        f"{run.rows_pulled} baris ditarik"
    )


def _print_stage(stage: str) -> None:
    print(f"      {stage}", flush=True)


def _reference_server() -> Iterator[str]:
    """What the Sinkronisasi tab's local server button does, then one sync; the
    server stopped and the folder removed at the end. Stages print as they begin, so
    a failure shows where it happened."""
    from .sync import local_server

    started = time.monotonic()

    def took() -> str:
        return f"{time.monotonic() - started:.1f} s"

    with _throwaway_user_data() as folder:
        db = _demo_school(folder / "dapodik.sqlite")
        try:
            server = local_server.start_local_server(db, _print_stage)
            try:
                same = server.reconciled.synced
                yield (
                    f"server referensi lokal di {server.url}, sekolah demo terdaftar: "
                    f"{same} baris sama dengan server ({took()})"
                )
                _edit_school_address(db)
                yield f"sinkronisasi: {_sync_once(db, server.url)} ({took()})"
            finally:
                server.stop()
        finally:
            db.close()
    yield f"server referensi dihentikan, folder sementara dihapus ({took()})"


CHECKS = (_database, _resources, _keyring, _qt, _reference_server)


def run() -> int:
    failed = 0
    for check in CHECKS:
        try:
            for step in check():
                print(f"OK    {step}", flush=True)
        except Exception as exc:  # every failure is reported, then the exit code says it
            failed += 1
            print(f"GAGAL {check.__name__.strip('_')}: {exc}", flush=True)
    return 1 if failed else 0
