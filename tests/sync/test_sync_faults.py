"""Fault tests: the real client and the real server on loopback, with a proxy that
cuts connections or drops answers, processes killed mid-way, a wrong clock and
concurrent central edits."""

import random
import sqlite3
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import requests
from sqlalchemy import select, text, update

from app.accounts.registration import apply_prefill
from app.db.engine import open_database
from app.db.sync_state import SyncUpload
from app.sync import log
from app.sync.run import STATUS_LABELS, STEP_BUILD, STEP_STATUS, STEP_UPLOAD, SyncControl, run_sync
from app.sync.tus import RetryPolicy
from dapodik.schema.models import PesertaDidik
from tests.server.server_support import ServerProcess
from tests.sync.proxy import CuttingProxy
from tests.sync.sync_support import (
    CHUNK,
    Installation,
    complete_registration,
    editable_student,
    new_students,
    outcome,
    pending,
    register,
    server_rows,
)

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def sync_server(tmp_path_factory):
    """The reference server of these tests lets a school keep two active devices: one
    test has a second laptop send what the first then pulls."""
    folder = tmp_path_factory.mktemp("sync-server")
    url = f"sqlite:///{folder / 'server.sqlite'}"
    process = ServerProcess(url, folder / "data", "--devices-per-school", "2").start()
    yield process
    process.stop()


def _upload_row(db) -> SyncUpload:
    with db.Session() as session:
        return session.scalars(select(SyncUpload).order_by(SyncUpload.id.desc())).first()


def _server_count(server, ids: list[str]) -> int:
    listed = ",".join(f"'{i}'" for i in ids)
    sql = f"SELECT COUNT(*) FROM peserta_didik WHERE peserta_didik_id IN ({listed})"
    return server_rows(server, sql)[0][0]


def _processed_once(inst: Installation, package_id: str) -> dict:
    report = inst.api().package_status(package_id)
    statuses = [h["status"] for h in report["history"]]
    assert statuses.count("processed") + statuses.count("processed_with_exceptions") == 1
    return report


def test_twenty_cuts_and_two_lost_answers_still_deliver_one_package(installation, sync_server):
    db = installation.db
    ids = new_students(db, 1000, registered=False)
    proxy = CuttingProxy(("127.0.0.1", sync_server.port))
    try:
        proxy.drop_response_to(b"POST")  # the creation's answer never arrives
        rng = random.Random(20)
        # The cuts fall after the creation (it carries the first chunk) and its retry.
        after_creation = 2 * CHUNK + 4096
        points = sorted(rng.sample(range(after_creation, after_creation + 60_000), 20))
        proxy.cut_after(*[b - a for a, b in zip([0, *points[:-1]], points, strict=True)])
        armed_last = False
        events = []
        retry = RetryPolicy(attempts=40, base_delay=0.01, max_delay=0.05)
        api = installation.api(proxy.url, retry=retry)
        for event in run_sync(db, api, user_id=None, poll_interval=0.1):
            events.append(event)
            last_chunk_next = event.params.get("done", 0) >= event.params.get("total", 0) - CHUNK
            if event.step == STEP_UPLOAD and last_chunk_next and not armed_last:
                proxy.drop_response_to(b"PATCH")  # the last byte arrives, its answer is lost
                armed_last = True
        assert outcome(events) == log.DONE, events[-1].text
        assert proxy.cuts_done == 20
        assert proxy.responses_dropped == 2
    finally:
        proxy.close()
    upload = _upload_row(db)
    report = _processed_once(installation, upload.package_id)
    assert report["sha256"] == upload.sha256 and report["size"] == upload.size
    orphans = server_rows(
        sync_server,
        "SELECT COUNT(*) FROM srv_upload WHERE sekolah_id = :s",
        s=installation.sekolah_id,
    )
    assert orphans == [(1,)]
    assert _server_count(sync_server, ids) == 1000
    assert pending(db) == {}


def test_an_expired_upload_url_starts_a_new_upload(tmp_path):
    server = ServerProcess(
        f"sqlite:///{tmp_path / 'server.sqlite'}", tmp_path / "data", "--upload-expiry", "1"
    ).start()
    try:
        inst = register(server, tmp_path / "client")
        ids = new_students(inst.db, 300)
        control = SyncControl()
        for event in run_sync(inst.db, inst.api(), user_id=None, control=control):
            if event.step == STEP_UPLOAD:
                control.cancel()
        old_url = _upload_row(inst.db).upload_url
        time.sleep(1.5)
        assert outcome(inst.sync()) == log.DONE
        assert "Unggahan lama kedaluwarsa; unggahan baru dimulai." in log.last_run(inst.db).notes
        assert _upload_row(inst.db).upload_url != old_url
        assert _server_count(server, ids) == 300
        inst.db.close()
    finally:
        server.stop()


def test_a_client_killed_mid_upload_resumes_after_restart(installation, sync_server):
    db = installation.db
    ids = new_students(db, 600)
    killed = subprocess.run(
        [
            sys.executable,
            str(ROOT / "tests/sync/crash_client.py"),
            str(db.path),
            installation.base_url,
            installation.token,
            "upload",
            "0.4",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert killed.returncode == -9, killed.stderr
    upload = _upload_row(db)
    assert upload.status == "uploading" and upload.offset >= 0.4 * upload.size

    assert outcome(installation.sync()) == log.DONE
    run = log.last_run(db)
    assert "Melanjutkan paket yang belum selesai dikirim." in run.notes
    assert run.bytes_sent <= upload.size - upload.offset + CHUNK
    assert _server_count(sync_server, ids) == 600
    with db.Session() as session:
        assert [r.outcome for r in log.runs(session)] == [log.DONE, log.INTERRUPTED]


def test_the_server_killed_mid_upload_and_mid_processing_loses_nothing(tmp_path):
    delay = {"DAPODIK_SERVER_TEST_APPLY_DELAY": "3"}
    server = ServerProcess(f"sqlite:///{tmp_path / 'server.sqlite'}", tmp_path / "data")
    server.start(env=delay)
    try:
        inst = register(server, tmp_path / "client")
        ids = new_students(inst.db, 600)
        killed = set()
        for event in run_sync(inst.db, inst.api(), user_id=None, poll_interval=0.1):
            if event.step == STEP_UPLOAD and event.fraction >= 0.4 and "upload" not in killed:
                server.kill()
                server.start(env=delay)
                killed.add("upload")
            checking = event.step == STEP_STATUS and event.message == STATUS_LABELS["checking"]
            if checking and "checking" not in killed:
                server.kill()
                server.start(env={"DAPODIK_SERVER_TEST_APPLY_DELAY": "0"})
                killed.add("checking")
        assert killed == {"upload", "checking"}
        run = log.last_run(inst.db)
        assert run.outcome == log.DONE, run.errors
        statuses = [h["status"] for h in run.server_history]
        assert statuses == ["received", "checking", "received", "checking", "processed"]
        assert _server_count(server, ids) == 600
        assert pending(inst.db) == {}
        inst.db.close()
    finally:
        server.stop()


def _flip_byte(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))


def test_a_package_corrupted_in_transit_is_rebuilt_and_sent_once_more(installation, sync_server):
    db = installation.db
    ids = new_students(db, 100)
    corrupted = []
    for event in run_sync(db, installation.api(), user_id=None, poll_interval=0.1):
        if event.step == STEP_BUILD and not corrupted:
            _flip_byte(Path(_upload_row(db).path))
            corrupted.append(event.params["package_id"])
    run = log.last_run(db)
    assert run.outcome == log.DONE, run.errors
    first = installation.api().package_status(corrupted[0])
    assert first["status"] == "corrupt" and first["history"][-1]["detail"].startswith("CHECKSUM")
    assert run.package_id != corrupted[0]
    assert any("dibangun ulang" in note for note in run.notes)
    assert _server_count(sync_server, ids) == 100
    assert pending(db) == {}


def test_a_package_corrupted_twice_is_not_sent_a_third_time(installation):
    db = installation.db
    new_students(db, 20)
    builds = 0
    for event in run_sync(db, installation.api(), user_id=None, poll_interval=0.1):
        if event.step == STEP_BUILD:
            _flip_byte(Path(_upload_row(db).path))
            builds += 1
    run = log.last_run(db)
    assert builds == 2
    assert run.outcome == log.FAILED
    assert any("rusak lagi" in error for error in run.errors)
    assert pending(db) == {"peserta_didik": 20, "registrasi_peserta_didik": 20}


def _second_device(inst: Installation, server: ServerProcess, folder: Path) -> Installation:
    reply = requests.post(
        server.url("/api/v1/register"),
        json={"npsn": inst.npsn, "kode_registrasi": inst.kode, "device_name": "laptop kedua"},
        timeout=30,
    )
    token = reply.json()["token"]
    prefill = folder / "prefill.prf"
    folder.mkdir(parents=True)
    prefill.write_bytes(
        requests.get(
            server.url("/api/v1/prefill"), headers={"Authorization": f"Bearer {token}"}, timeout=60
        ).content
    )
    db = open_database(folder / "dapodik.sqlite")
    apply_prefill(db, prefill, inst.kode, server.base)
    complete_registration(server, token)
    return Installation(db, server.base, token, inst.npsn, inst.kode, inst.sekolah_id)


def test_a_client_killed_mid_pull_apply_stays_sound_and_completes_next_time(
    installation, sync_server, tmp_path
):
    other = _second_device(installation, sync_server, tmp_path / "kedua")
    ids = new_students(other.db, 700)  # 1,400 rows: three feed pages of 500
    assert outcome(other.sync()) == log.DONE
    other.db.close()
    db = installation.db
    with db.Session() as session:
        cursor_before = session.scalar(
            text("SELECT value FROM app_setting WHERE key = 'sync.server_cursor'")
        )
    killed = subprocess.run(
        [
            sys.executable,
            str(ROOT / "tests/sync/crash_client.py"),
            str(db.path),
            installation.base_url,
            installation.token,
            "pull",
            "2",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert killed.returncode == -9, killed.stderr
    conn = sqlite3.connect(db.path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        cursor_after = conn.execute(
            "SELECT value FROM app_setting WHERE key = 'sync.server_cursor'"
        ).fetchone()[0]
        present = conn.execute(
            "SELECT COUNT(*) FROM peserta_didik WHERE nama LIKE 'Siswa Baru %'"
        ).fetchone()[0]
    finally:
        conn.close()
    # Page 1 is in, page 2 rolled back whole.
    assert int(cursor_after) > int(cursor_before)
    assert present == 500
    assert outcome(installation.sync()) == log.DONE
    with db.Session() as session:
        count = session.scalar(
            select(text("COUNT(*)"))
            .select_from(PesertaDidik)
            .where(PesertaDidik.peserta_didik_id.in_(ids))
        )
    assert count == 700
    assert pending(db) == {}


@pytest.mark.parametrize("days", [365, -365])
def test_a_laptop_clock_a_year_off_loses_and_reorders_nothing(installation, sync_server, days):
    db = installation.db
    ids = new_students(db, 50, registered=False)
    with db.Session() as session:
        # Rows typed while the clock was wrong carry that clock's times.
        wrong = datetime.now() + timedelta(days=days)
        session.execute(
            update(PesertaDidik)
            .where(PesertaDidik.peserta_didik_id.in_(ids))
            .values(last_update=wrong, create_date=wrong)
        )
        session.commit()

    def skewed() -> datetime:
        return datetime.now(UTC) + timedelta(days=days)

    assert outcome(installation.sync(now=skewed)) == log.DONE
    run = log.last_run(db)
    assert abs(run.clock_offset_s + days * 86400) < 120
    assert any("Jam laptop berbeda" in note for note in run.notes)
    assert run.counts["peserta_didik"]["created"] == 50
    assert _server_count(sync_server, ids) == 50
    assert pending(db) == {}


def _set(db, row_id, **values):
    with db.Session() as session:
        row = session.get(PesertaDidik, row_id)
        for name, value in values.items():
            setattr(row, name, value)
        session.commit()


def _get(db, row_id) -> PesertaDidik:
    with db.Session() as session:
        return session.get(PesertaDidik, row_id)


def test_verval_and_an_unsent_local_edit_are_resolved_by_field_ownership(installation, sync_server):
    db = installation.db
    row_id = editable_student(installation, sync_server)
    _set(db, row_id, nama="Nama Lokal", alamat_jalan="Jl. Lokal 1")
    sync_server.admin("verval", "pd", "--peserta-didik-id", row_id, "--nama", "Nama Verval")

    assert outcome(installation.sync()) == log.DONE

    run = log.last_run(db)
    assert run.server_status == "processed_with_exceptions"
    assert [(e["row_id"], e["result"], e["code"]) for e in run.exceptions] == [
        (row_id, "conflict", "SERVER_OWNED")
    ]
    after = _get(db, row_id)
    assert (after.nama, after.alamat_jalan) == ("Nama Verval", "Jl. Lokal 1")
    assert pending(db) == {}


def test_verval_arriving_while_a_local_edit_is_pending_keeps_school_fields(
    installation, sync_server
):
    db = installation.db
    row_id = editable_student(installation, sync_server)
    new_students(db, 300)
    edited = False
    for event in run_sync(db, installation.api(), user_id=None, poll_interval=0.1):
        if event.step == STEP_UPLOAD and not edited:
            _set(db, row_id, nama="Nama Lokal", alamat_jalan="Jl. Lokal 2")
            sync_server.admin("verval", "pd", "--peserta-didik-id", row_id, "--nama", "Verval")
            edited = True
    run = log.last_run(db)
    assert run.outcome == log.DONE
    (conflict,) = run.conflicts
    assert conflict["row_id"] == row_id and conflict["source"] == "verval"
    assert conflict["server_fields"] == ["nama"] and conflict["local_fields"] == ["alamat_jalan"]
    after = _get(db, row_id)
    assert (after.nama, after.alamat_jalan) == ("Verval", "Jl. Lokal 2")
    assert pending(db) == {"peserta_didik": 1}

    assert outcome(installation.sync()) == log.DONE
    assert log.last_run(db).server_status == "processed"
    on_server = server_rows(
        sync_server,
        "SELECT nama, alamat_jalan FROM peserta_didik WHERE peserta_didik_id = :i",
        i=row_id,
    )
    assert on_server == [("Verval", "Jl. Lokal 2")]
