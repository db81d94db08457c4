"""Crashes: the server SIGKILLed mid-PATCH, and mid-processing, then restarted."""

import contextlib
import hashlib
import os
import threading
import time

import httpx
from server_support import SchoolClient, student
from tusclient import client as tus_client

# The history of a package whose processing a kill cut short, once.
TAKEN_AGAIN = ["received", "checking", "received", "checking", "processed"]


def _slow_body(data: bytes, sent: threading.Event):
    """Yield the body in pieces, then hang, as a dying mobile connection does."""
    for i in range(0, len(data), 64 * 1024):
        yield data[i : i + 64 * 1024]
    sent.set()
    time.sleep(30)


def test_kill_mid_patch_then_resume_keeps_only_recorded_bytes(make_server, tmp_path):
    server = make_server().start()
    kode = server.add_school("39990002")
    school = SchoolClient(server, "39990002", kode, tmp_path)
    # Incompressible rows make the package big enough to send in parts.
    package = school.package(
        {"peserta_didik": [student(os.urandom(30).hex()) for _ in range(40_000)]},
        compresslevel=1,
    )
    data = package.path.read_bytes()
    assert len(data) > 2 * 1024 * 1024
    created = school.create(len(data), package.manifest.package_id, package.sha256)
    location = created.headers["Location"]
    first = 1024 * 1024
    assert school.patch(location, 0, data[:first]).status_code == 204

    sent = threading.Event()
    second_part = data[first : first + 1024 * 1024]
    hanging = threading.Thread(
        target=lambda: _ignore_errors(school.patch, location, first, _slow_body(second_part, sent)),
        daemon=True,
    )
    hanging.start()
    stored = server.data_dir / "uploads" / f"{location.rsplit('/', 1)[-1]}.bin"
    assert sent.wait(20)
    deadline = time.monotonic() + 10
    while stored.stat().st_size < first + 512 * 1024 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert stored.stat().st_size > first + 512 * 1024  # on disk, not recorded
    server.kill()

    server.start()
    assert school.head(location).headers["Upload-Offset"] == str(first)
    tus = tus_client.TusClient(server.url("/api/v1/uploads/"), headers=school.headers)
    uploader = tus.uploader(
        str(package.path), url=location, chunk_size=512 * 1024, upload_checksum=True
    )
    assert uploader.offset == first
    uploader.upload()
    assert hashlib.sha256(stored.read_bytes()).hexdigest() == package.sha256
    report = school.wait(package.manifest.package_id, timeout=120)
    assert report["status"] == "processed", report


def _ignore_errors(fn, *args):
    # The server is killed under this request: a transport error is the expected end.
    with contextlib.suppress(httpx.TransportError):
        fn(*args)


def test_worker_killed_mid_processing_resumes_without_loss(make_server, tmp_path):
    server = make_server().start(env={"DAPODIK_SERVER_TEST_APPLY_DELAY": "60"})
    kode = server.add_school("39990003")
    school = SchoolClient(server, "39990003", kode, tmp_path)
    rows = [student(f"Siswa {i}") for i in range(200)]
    package = school.package({"peserta_didik": rows})
    school.send(package)
    deadline = time.monotonic() + 20
    while school.status(package.manifest.package_id)["status"] != "checking":
        assert time.monotonic() < deadline
        time.sleep(0.05)
    time.sleep(1.0)  # inside the apply transaction, which sleeps before committing
    server.kill()

    server.start()
    report = school.wait(package.manifest.package_id, rows="all")
    assert report["status"] == "processed"
    assert [h["status"] for h in report["history"]] == TAKEN_AGAIN
    assert len(report["rows"]) == 200
    ids = {r["peserta_didik_id"] for r in rows}
    feed = [c for c in school.changes()["changes"] if c["row_id"] in ids]
    assert len(feed) == 200


def test_worker_killed_between_batches_goes_on_after_the_rows_applied(make_server, tmp_path):
    server = make_server().start(env={"DAPODIK_SERVER_TEST_APPLY_DELAY": "1"})
    kode = server.add_school("39990004")
    school = SchoolClient(server, "39990004", kode, tmp_path)
    rows = [student(f"Siswa {i}") for i in range(1200)]  # three batches
    package = school.package({"peserta_didik": rows})
    package_id = package.manifest.package_id
    school.send(package)
    deadline = time.monotonic() + 30
    while True:  # until the first batch is committed, results and all
        page = school.http.get(
            f"/api/v1/packages/{package_id}", params={"rows": "all", "offset": 499, "limit": 1}
        ).json()
        if page["rows"]:
            break
        assert time.monotonic() < deadline
        time.sleep(0.05)
    assert page["status"] == "checking"
    server.kill()

    server.start()
    report = school.wait(package_id)
    assert report["status"] == "processed"
    assert report["summary"] == {"applied": 1200, "rejected": 0, "conflict": 0}
    assert [h["status"] for h in report["history"]] == TAKEN_AGAIN
    results = school.http.get(
        f"/api/v1/packages/{package_id}", params={"rows": "all", "limit": 5000}
    ).json()["rows"]
    ids = {r["peserta_didik_id"] for r in rows}
    assert sorted(r["row_id"] for r in results) == sorted(ids)
    feed = [c for c in school.changes()["changes"] if c["row_id"] in ids]
    assert len(feed) == 1200 and {c["package_id"] for c in feed} == {package_id}
