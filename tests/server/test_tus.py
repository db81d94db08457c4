"""The tus 1.0.0 endpoint: an independent client (tuspy), checksums, limits,
idempotent creation, termination and expiration."""

import base64
import hashlib
import io
import os
import time

import pytest
from server_support import b64, new_id, student
from tusclient import client as tus_client
from tusclient.exceptions import TusCommunicationError


@pytest.fixture(scope="module")
def school_factory(server, tmp_path_factory):
    from server_support import SchoolClient, next_npsn

    def make():
        npsn = next_npsn()
        return SchoolClient(server, npsn, server.add_school(npsn), tmp_path_factory.mktemp("w"))

    return make


@pytest.fixture(scope="module")
def school(school_factory):
    return school_factory()


def test_options_announces_version_extensions_and_limits(school):
    reply = school.http.options("/api/v1/uploads/")
    assert reply.status_code == 204
    assert reply.headers["Tus-Version"] == "1.0.0"
    assert set(reply.headers["Tus-Extension"].split(",")) == {
        "creation",
        "creation-with-upload",
        "termination",
        "expiration",
        "checksum",
    }
    assert reply.headers["Tus-Checksum-Algorithm"] == "sha1,sha256"
    assert int(reply.headers["Tus-Max-Size"]) > 0


def test_tuspy_uploads_a_package_in_chunks_with_sha1_checksums(school):
    package = school.package({"peserta_didik": [student(f"Siswa {i}") for i in range(300)]})
    tus = tus_client.TusClient(school.server.url("/api/v1/uploads/"), headers=school.headers)
    uploader = tus.uploader(
        str(package.path),
        chunk_size=4096,
        upload_checksum=True,
        metadata={"package_id": package.manifest.package_id, "sha256": package.sha256},
    )
    uploader.upload()
    assert uploader.offset == package.size
    report = school.wait(package.manifest.package_id)
    assert report["status"] == "processed", report
    assert report["summary"] == {"applied": 300, "rejected": 0, "conflict": 0}
    assert [h["label"] for h in report["history"]] == [
        "Diterima via aplikasi",
        "Cek Konversi",
        "Berhasil diproses",
    ]


def test_wrong_checksum_is_460_and_keeps_the_offset(school):
    data = os.urandom(10_000)
    created = school.create(len(data), new_id(), hashlib.sha256(data).hexdigest())
    location = created.headers["Location"]
    good = base64.b64encode(hashlib.sha256(data[:4000]).digest()).decode()
    assert (
        school.patch(location, 0, data[:4000], **{"Upload-Checksum": f"sha256 {good}"}).status_code
        == 204
    )
    bad = base64.b64encode(hashlib.sha1(b"lain").digest()).decode()
    reply = school.patch(location, 4000, data[4000:], **{"Upload-Checksum": f"sha1 {bad}"})
    assert reply.status_code == 460
    assert school.head(location).headers["Upload-Offset"] == "4000"
    unknown = school.patch(location, 4000, data[4000:], **{"Upload-Checksum": "md5 AAAA"})
    assert unknown.status_code == 400


def test_upload_above_the_limit_is_413(school):
    assert school.create(10**12, new_id(), "0" * 64).status_code == 413


def test_wrong_offset_is_409_and_wrong_content_type_415(school):
    data = os.urandom(100)
    location = school.create(100, new_id(), hashlib.sha256(data).hexdigest()).headers["Location"]
    assert school.patch(location, 10, data[10:]).status_code == 409
    assert school.patch(location, 0, data, **{"Content-Type": "text/plain"}).status_code == 415
    assert school.patch(location, 0, data + b"x").status_code == 413
    assert school.head(location).headers["Upload-Offset"] == "0"


def test_creation_again_with_a_known_package_id_returns_the_same_upload(school):
    data = os.urandom(5000)
    package_id, sha = new_id(), hashlib.sha256(data).hexdigest()
    first = school.create(len(data), package_id, sha)
    school.patch(first.headers["Location"], 0, data[:1000])
    # The first response was "lost": the client asks again.
    again = school.create(len(data), package_id, sha)
    assert again.status_code == 201
    assert again.headers["Location"] == first.headers["Location"]
    assert again.headers["Upload-Offset"] == "1000"
    assert school.create(len(data) + 1, package_id, sha).status_code == 409


def test_creation_with_upload_stores_the_body(school):
    data = os.urandom(3000)
    meta = f"package_id {b64(new_id())},sha256 {b64(hashlib.sha256(data).hexdigest())}"
    reply = school.http.post(
        "/api/v1/uploads/",
        content=data[:1200],
        headers={
            "Tus-Resumable": "1.0.0",
            "Upload-Length": str(len(data)),
            "Content-Type": "application/offset+octet-stream",
            "Upload-Metadata": meta,
        },
    )
    assert reply.status_code == 201
    assert reply.headers["Upload-Offset"] == "1200"
    assert "Upload-Expires" in reply.headers


def test_termination_forgets_the_upload(school):
    location = school.create(100, new_id(), "a" * 64).headers["Location"]
    reply = school.http.delete(location, headers={"Tus-Resumable": "1.0.0"})
    assert reply.status_code == 204
    assert school.head(location).status_code == 404


def test_missing_tus_version_is_412_and_metadata_is_required(school):
    location = school.create(100, new_id(), "a" * 64).headers["Location"]
    assert school.http.head(location).status_code == 412
    reply = school.http.post(
        "/api/v1/uploads/", headers={"Tus-Resumable": "1.0.0", "Upload-Length": "10"}
    )
    assert reply.status_code == 400


def test_tuspy_sees_a_refused_creation_as_an_error(school):
    tus = tus_client.TusClient(school.server.url("/api/v1/uploads/"), headers=school.headers)
    with pytest.raises(TusCommunicationError):
        tus.uploader(file_stream=io.BytesIO(b"abc"), metadata={}).upload()


def test_expired_upload_is_gone_and_a_new_one_can_start(make_server, tmp_path):
    from server_support import SchoolClient

    server = make_server("--upload-expiry", "1").start()
    kode = server.add_school("39990001")
    school = SchoolClient(server, "39990001", kode, tmp_path)
    data = os.urandom(100)
    package_id, sha = new_id(), hashlib.sha256(data).hexdigest()
    first = school.create(100, package_id, sha)
    assert "Upload-Expires" in first.headers
    time.sleep(1.5)
    assert school.head(first.headers["Location"]).status_code == 410
    second = school.create(100, package_id, sha)
    assert second.status_code == 201
    assert second.headers["Location"] != first.headers["Location"]
    assert school.patch(second.headers["Location"], 0, data).status_code == 204


def test_the_apps_own_tus_client_uploads_with_sha256_chunks(school):
    from app.sync.tus import TusClient

    package = school.package({"peserta_didik": [student(f"Klien {i}") for i in range(100)]})
    client = TusClient(
        school.server.url("/api/v1/uploads/"), headers=school.headers, chunk_size=2048
    )
    assert client.capabilities().sha256
    metadata = {"package_id": package.manifest.package_id, "sha256": package.sha256}
    url = client.create(package.size, metadata)
    assert client.create(package.size, metadata) == url  # a lost answer, asked again
    offsets = [p.offset for p in client.upload(url, package.path)]
    assert offsets[-1] == package.size and len(offsets) > 1
    assert school.wait(package.manifest.package_id)["status"] == "processed"


def test_concurrent_creations_of_one_package_share_one_upload(school):
    from concurrent.futures import ThreadPoolExecutor

    package_id, sha = new_id(), "b" * 64
    with ThreadPoolExecutor(8) as pool:
        replies = list(pool.map(lambda _: school.create(1000, package_id, sha), range(8)))
    assert {r.status_code for r in replies} == {201}
    assert len({r.headers["Location"] for r in replies}) == 1
