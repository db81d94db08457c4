"""The local reference server of the demo school: seeding once, registering, and
reconciling the laptop's demo rows with the server's copy, against the real
server in a subprocess (``app.sync.local_server``)."""

import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from app.accounts import settings
from app.accounts.credentials import SERVICE
from app.accounts.demo import ensure_demo_accounts
from app.config import REFERENCE_SERVER_ARGUMENT
from app.sync import local_server
from app.sync.run import local_now
from app.sync.server_api import ServerApi
from app.sync.state import acked_counter, pending_changes
from app.validation import engine as validation
from app.validation.rule import INVALID
from dapodik.package_format import primary_key
from dapodik.schema.models import SYNCED_MODELS
from server.pmp_keys import SERVER_KEY_FILE
from tests import old_releases
from tests.sync.sync_support import new_students

ENTRY_POINT = Path(__file__).resolve().parents[2] / "packaging" / "entry.py"


@pytest.fixture
def demo(small_db, memory_keyring):
    """A copy of the small demo school with its 20 deliberate mistakes and demo accounts."""
    ensure_demo_accounts(small_db)
    return small_db


@pytest.fixture
def started(demo):
    server = local_server.start_local_server(demo)
    yield demo, server
    server.stop()


def invalid_results(db) -> set[tuple[str, str, str]]:
    validation.run(db.engine)
    return {
        (r.code, r.table, r.row_id)
        for r in validation.stored_results(db.engine)
        if r.severity == INVALID
    }


def pending_ids(session) -> dict[str, set[str]]:
    from app.db.local import ChangeLog

    acked = acked_counter(session)
    found: dict[str, set[str]] = {}
    for table, row_id in session.execute(
        select(ChangeLog.table_name, ChangeLog.row_id).where(ChangeLog.seq > acked)
    ):
        found.setdefault(table, set()).add(row_id)
    return found


def test_the_demo_registers_and_only_its_mistakes_stay_pending(demo, memory_keyring):
    # A student the operator added before trying Sinkronisasi: new, so still to send.
    (added,) = new_students(demo, 1, nama_ibu_kandung="Siti Aminah")
    before = invalid_results(demo)
    server = local_server.start_local_server(demo)
    try:
        # The lesson stays: the same mistakes block sending, nothing was repaired.
        assert invalid_results(demo) == before
        with demo.Session() as session:
            assert settings.get(session, settings.NPSN) == "20219001"
            assert settings.get(session, settings.SERVER) == server.url
            assert int(settings.get(session, settings.SERVER_CURSOR)) > 0
            pending = pending_ids(session)
            changes = pending_changes(session)
            # A handful of rows per mistake, not the school: 180 students stay synced.
            total = sum(len(ids) for ids in pending.values())
            assert 0 < total <= 40
            done = server.reconciled
            assert done.edited + done.deleted + done.created == total
            assert done.synced > 1000
            assert changes["peserta_didik"]["updated"] <= 9
            assert changes["peserta_didik"]["created"] == 1 and added in pending["peserta_didik"]
            # Rows the mistakes removed come back only as local (soft) deletions.
            assert changes["anggota_rombel"]["deleted"] >= 1
            for model in SYNCED_MODELS:
                table = model.__table__
                key = table.c[primary_key(table)[0]]
                waiting = pending.get(table.name, set())
                for row_id, version, last_sync in session.execute(
                    select(key, table.c.server_version, table.c.last_sync)
                ):
                    if row_id not in waiting:
                        assert version is not None and last_sync is not None, (table.name, row_id)
        # Every student a mistake names is among the pending edits or deletions.
        named = {row for code, table, row in before if table == "peserta_didik"}
        assert named & pending["peserta_didik"]
        token = memory_keyring.get_password(SERVICE, "device-token-20219001")
        assert ServerApi(server.url, token).changes(0, limit=1)["changes"]
    finally:
        server.stop()
    assert not server.running()


def test_a_second_start_reuses_the_seeded_server_and_moves_the_address(started):
    db, first = started
    folder = local_server.server_folder()
    seeded = (folder / local_server.SEEDED_MARKER).stat().st_mtime_ns
    with db.Session() as session:
        before = pending_changes(session)
    first.stop()
    second = local_server.start_local_server(db)
    try:
        assert (folder / local_server.SEEDED_MARKER).stat().st_mtime_ns == seeded
        assert local_server.uses_local_server(db) and local_server.offers_local_server(db)
        with db.Session() as session:
            assert settings.get(session, settings.SERVER) == second.url
            assert pending_changes(session) == before  # registered once, not reconciled again
    finally:
        second.stop()


def test_a_seeding_cut_short_starts_over(tmp_path):
    folder = tmp_path / "reference-server"
    folder.mkdir()
    (folder / "server.sqlite").write_bytes(b"half a database")
    local_server.ensure_seeded(folder, "20219001")
    assert (folder / local_server.SEEDED_MARKER).read_text() == "20219001"
    server = local_server.start_process(folder)
    try:
        assert ServerApi(server.url, "no token").ping(local_now).version
    finally:
        server.stop()


def test_a_folder_seeded_by_the_release_before_is_upgraded_and_served(tmp_path):
    folder = tmp_path / "reference-server"
    folder.mkdir()
    database = folder / "server.sqlite"
    old_releases.restore_sqlite(old_releases.CENTRE, database)
    (folder / local_server.SEEDED_MARKER).write_text("20219001")
    before = old_releases.every_row(f"sqlite:///{database}")

    local_server.ensure_seeded(folder, "20219001")
    server = local_server.start_process(folder)
    try:
        assert ServerApi(server.url, "no token").ping(local_now).version
    finally:
        server.stop()
    old_releases.assert_centre_upgraded(f"sqlite:///{database}", before, folder / SERVER_KEY_FILE)


def test_a_registered_school_is_never_offered_the_local_server(demo):
    with demo.Session() as session:
        settings.put(session, settings.NPSN, "20219001")
        settings.put(session, settings.SEKOLAH_ID, "x")
        session.commit()
    assert not local_server.offers_local_server(demo)
    with pytest.raises(local_server.LocalServerError):
        local_server.start_local_server(demo)


def test_a_demo_built_with_another_seed_is_refused(tmp_path, memory_keyring):
    from app.db.engine import open_database
    from dapodik.demo.school import build_demo

    db = open_database(tmp_path / "other-seed.sqlite")
    with db.engine.begin() as conn:
        build_demo(conn, "small", seed=7)
    ensure_demo_accounts(db)
    try:
        with pytest.raises(local_server.LocalServerError, match="seed lain"):
            local_server.start_local_server(db)
        assert not local_server.uses_local_server(db)
    finally:
        db.close()


@pytest.mark.skipif(sys.platform == "win32", reason="the stand-in bundle is a shell script")
def test_the_bundle_starts_its_own_program_as_the_server(demo, tmp_path, monkeypatch):
    """As frozen by PyInstaller: sys.executable is the bundle, whose entry point
    (packaging/entry.py, here run by a stand-in program) is the only server there is."""
    bundle = tmp_path / "DapodikLokal"
    bundle.write_text(f'#!/bin/sh\nexec "{sys.executable}" "{ENTRY_POINT}" "$@"\n')
    bundle.chmod(0o755)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(bundle))
    server = local_server.start_local_server(demo)
    try:
        assert server.process.args[:2] == [str(bundle), REFERENCE_SERVER_ARGUMENT]
        assert server.reconciled.synced > 1000
        assert ServerApi(server.url, "no token").ping(local_now).version
    finally:
        server.stop()
