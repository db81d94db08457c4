"""Sinkronisasi end to end: the real client against the real server on loopback."""

import shutil

from sqlalchemy import select

from app.sync import log
from app.sync.run import STEP_BUILD, STEP_UPLOAD, SyncControl, run_sync
from app.sync.state import pending_changes
from dapodik.schema.models import PesertaDidik
from tests.sync.sync_support import (
    editable_student,
    new_students,
    outcome,
    pending,
    server_rows,
)


def _student(db, **where):
    with db.Session() as session:
        query = select(PesertaDidik).order_by(PesertaDidik.nama)
        for name, value in where.items():
            query = query.where(getattr(PesertaDidik, name) == value)
        return session.scalars(query).first()


def _edit(db, peserta_didik_id, **values):
    with db.Session() as session:
        row = session.get(PesertaDidik, peserta_didik_id)
        for name, value in values.items():
            setattr(row, name, value)
        session.commit()


def test_first_sync_after_prefill_sends_only_the_local_edit(installation, sync_server):
    db = installation.db
    assert pending(db) == {}
    student = _student(db, peserta_didik_id=editable_student(installation, sync_server))
    _edit(db, student.peserta_didik_id, nama_ayah="Bapak Baru")
    (added,) = new_students(db, 1, registered=False)
    _edit(db, added, soft_delete=True)
    with db.Session() as session:
        assert pending_changes(session) == {
            "peserta_didik": {"created": 0, "updated": 1, "deleted": 1}
        }

    events = installation.sync()

    assert outcome(events) == log.DONE
    run = log.last_run(db)
    assert run.counts == {
        "peserta_didik": {"created": 0, "updated": 1, "deleted": 1, "conflict": 0, "rejected": 0}
    }
    assert run.server_status == "processed"
    assert [h["status"] for h in run.server_history][-1] == "processed"
    assert pending(db) == {}
    synced = _student(db, peserta_didik_id=student.peserta_didik_id)
    assert synced.last_sync is not None
    assert synced.server_version > student.server_version
    # Nothing left to send: the next run pulls only.
    assert outcome(installation.sync()) == log.DONE
    assert log.last_run(db).package_id is None


def test_a_bad_row_among_many_is_reported_and_the_rest_applied(installation, sync_server):
    db = installation.db
    taken = _student(db).nisn
    ids = new_students(db, 999, registered=False)
    (bad,) = new_students(db, 1, registered=False, nisn=taken)

    assert outcome(installation.sync()) == log.DONE

    run = log.last_run(db)
    assert run.server_status == "processed_with_exceptions"
    assert [(e["row_id"], e["code"]) for e in run.exceptions] == [(bad, "NISN_DUPLICATE")]
    assert run.counts["peserta_didik"]["rejected"] == 1
    assert run.counts["peserta_didik"]["created"] == 1000
    on_server = server_rows(
        sync_server,
        "SELECT COUNT(*) FROM peserta_didik WHERE peserta_didik_id IN :ids".replace(
            ":ids", "(" + ",".join(f"'{i}'" for i in ids + [bad]) + ")"
        ),
    )
    assert on_server == [(999,)]
    assert pending(db) == {"peserta_didik": 1}
    _edit(db, bad, nisn=None)
    assert outcome(installation.sync()) == log.DONE
    assert log.last_run(db).server_status == "processed"
    assert pending(db) == {}


def test_more_rejected_rows_than_a_page_of_the_report_all_stay_pending(installation, sync_server):
    db = installation.db
    taken = _student(db).nisn
    rejected = new_students(db, 501, registered=False, nisn=taken)

    assert outcome(installation.sync()) == log.DONE

    run = log.last_run(db)
    assert sorted(e["row_id"] for e in run.exceptions) == sorted(rejected)
    assert run.counts["peserta_didik"]["rejected"] == 501
    assert pending(db) == {"peserta_didik": 501}


def test_a_row_edited_while_its_package_uploads_stays_pending(installation, sync_server):
    db = installation.db
    student = _student(db, peserta_didik_id=editable_student(installation, sync_server))
    new_students(db, 300)  # enough rows for several chunks
    _edit(db, student.peserta_didik_id, nama_ayah="Sebelum")
    edited_during_upload = False
    for event in run_sync(db, installation.api(), user_id=None, poll_interval=0.1):
        if event.step == STEP_UPLOAD and not edited_during_upload:
            _edit(db, student.peserta_didik_id, nama_ayah="Sesudah")
            edited_during_upload = True
    assert log.last_run(db).outcome == log.DONE
    assert pending(db) == {"peserta_didik": 1}
    # The pull brought the server's version back without undoing the newer local edit.
    assert _student(db, peserta_didik_id=student.peserta_didik_id).nama_ayah == "Sesudah"

    assert outcome(installation.sync()) == log.DONE
    assert log.last_run(db).counts["peserta_didik"]["updated"] == 1
    assert pending(db) == {}


def test_the_same_package_submitted_twice_is_applied_once(installation, sync_server, tmp_path):
    db = installation.db
    new_students(db, 20)
    copy = tmp_path / "copy.pkg"
    for event in run_sync(db, installation.api(), user_id=None, poll_interval=0.1):
        if event.step == STEP_BUILD:
            shutil.copy(_package_path(db, event.params["package_id"]), copy)
    package_id = log.last_run(db).package_id
    feed_before = server_rows(sync_server, "SELECT MAX(seq) FROM srv_change_feed")

    client = installation.api().tus()
    sha = _sha(copy)
    url = client.create(copy.stat().st_size, {"package_id": package_id, "sha256": sha})
    assert client.offset(url) == copy.stat().st_size  # the same, completed upload
    assert list(client.upload(url, copy)) == []

    report = installation.api().package_status(package_id)
    assert [h["status"] for h in report["history"]].count("processed") == 1
    assert server_rows(sync_server, "SELECT MAX(seq) FROM srv_change_feed") == feed_before
    uploads = server_rows(
        sync_server, "SELECT COUNT(*) FROM srv_upload WHERE package_id = :p", p=package_id
    )
    assert uploads == [(1,)]


def test_pause_and_cancel_between_chunks_then_resume(installation):
    db = installation.db
    new_students(db, 300)
    control = SyncControl()
    offsets = []
    for event in run_sync(db, installation.api(), user_id=None, control=control):
        if event.step == STEP_UPLOAD:
            offsets.append(event.params["done"])
            control.cancel()
    assert log.last_run(db).outcome == log.CANCELLED
    assert len(offsets) == 1
    events = installation.sync()
    assert outcome(events) == log.DONE
    run = log.last_run(db)
    assert run.bytes_resent == 0
    assert "Melanjutkan paket yang belum selesai dikirim." in run.notes
    first_upload = next(e for e in events if e.step == STEP_UPLOAD)
    assert first_upload.params["done"] > offsets[0]


def _package_path(db, package_id):
    from app.sync.package import package_folder

    return package_folder(db.path) / f"{package_id}.pkg"


def _sha(path):
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()
