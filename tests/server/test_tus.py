"""The tus 1.0.0 endpoint: an independent client (tuspy), checksums, limits,
idempotent creation, termination and expiration."""

import base64
import hashlib
import io
import os
import socket
import time

import httpx
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
        "block-checksum",
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


BLOCK = 4096


def block_header(body: bytes, block: int = BLOCK) -> str:
    digests = (
        base64.b64encode(hashlib.sha256(body[i : i + block]).digest()).decode()
        for i in range(0, len(body), block)
    )
    return f"sha256 {block} " + ",".join(digests)


def test_block_checksums_keep_the_blocks_before_a_damaged_one(school):
    data = os.urandom(10 * BLOCK + 100)
    location = school.create(len(data), new_id(), hashlib.sha256(data).hexdigest()).headers[
        "Location"
    ]
    damaged = bytearray(data)
    damaged[6 * BLOCK + 7] ^= 0xFF
    reply = school.patch(
        location, 0, bytes(damaged), **{"Upload-Block-Checksum": block_header(data)}
    )
    assert reply.status_code == 460
    assert school.head(location).headers["Upload-Offset"] == str(6 * BLOCK)
    rest = data[6 * BLOCK :]
    reply = school.patch(location, 6 * BLOCK, rest, **{"Upload-Block-Checksum": block_header(rest)})
    assert reply.status_code == 204 and reply.headers["Upload-Offset"] == str(len(data))


def test_block_checksums_keep_the_whole_blocks_of_a_cut_request(school):
    data = os.urandom(8 * BLOCK)
    location = school.create(len(data), new_id(), hashlib.sha256(data).hexdigest()).headers[
        "Location"
    ]
    path = location.split("//", 1)[1].split("/", 1)[1]
    head = (
        f"PATCH /{path} HTTP/1.1\r\nHost: x\r\nTus-Resumable: 1.0.0\r\n"
        f"Authorization: {school.headers['Authorization']}\r\n"
        "Content-Type: application/offset+octet-stream\r\nUpload-Offset: 0\r\n"
        f"Upload-Block-Checksum: {block_header(data)}\r\nContent-Length: {len(data)}\r\n\r\n"
    )
    with socket.create_connection(("127.0.0.1", school.server.port)) as raw:
        raw.sendall(head.encode() + data[: 5 * BLOCK + 1000])  # cut inside block 6
        # As on a real link, the server reads what arrived before the cut comes.
        time.sleep(1)
    assert _offset_settles(school, location) == 5 * BLOCK


def _offset_settles(school, location: str) -> int:
    """The offset once the server has noticed the dropped connection."""
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        offset = int(school.head(location).headers["Upload-Offset"])
        if offset:
            return offset
        time.sleep(0.05)
    return 0


def test_block_checksums_refuse_bodies_the_digests_do_not_cover(school):
    data = os.urandom(3 * BLOCK)
    location = school.create(len(data), new_id(), hashlib.sha256(data).hexdigest()).headers[
        "Location"
    ]
    two_blocks = block_header(data[: 2 * BLOCK])
    reply = school.patch(location, 0, data, **{"Upload-Block-Checksum": two_blocks})
    assert reply.status_code == 460
    assert school.head(location).headers["Upload-Offset"] == str(2 * BLOCK)
    short = data[2 * BLOCK : 2 * BLOCK + 10]
    reply = school.patch(
        location, 2 * BLOCK, short, **{"Upload-Block-Checksum": block_header(data[2 * BLOCK :])}
    )
    assert reply.status_code == 460
    assert school.head(location).headers["Upload-Offset"] == str(2 * BLOCK)


@pytest.mark.parametrize(
    "header",
    [
        "sha256 4096",
        "md5 4096 AAAA",
        "sha256 100 " + base64.b64encode(bytes(32)).decode(),
        "sha256 4096 bukan-base64!",
        "sha256 4096 " + base64.b64encode(bytes(20)).decode(),
    ],
)
def test_malformed_block_checksums_are_400(school, header):
    data = os.urandom(100)
    location = school.create(100, new_id(), hashlib.sha256(data).hexdigest()).headers["Location"]
    assert school.patch(location, 0, data, **{"Upload-Block-Checksum": header}).status_code == 400
    both = {"Upload-Block-Checksum": block_header(data), "Upload-Checksum": "sha256 AAAA"}
    assert school.patch(location, 0, data, **both).status_code == 400
    assert school.head(location).headers["Upload-Offset"] == "0"


def _create_with(school, data: bytes, body: bytes, **headers) -> httpx.Response:
    """A creation request carrying ``body`` as the upload's first bytes."""
    meta = f"package_id {b64(new_id())},sha256 {b64(hashlib.sha256(data).hexdigest())}"
    return school.http.post(
        "/api/v1/uploads/",
        content=body,
        headers={
            "Tus-Resumable": "1.0.0",
            "Upload-Length": str(len(data)),
            "Upload-Metadata": meta,
            "Content-Type": "application/offset+octet-stream",
            **headers,
        },
    )


def test_a_damaged_first_chunk_still_creates_the_upload_with_the_blocks_kept(school):
    data = os.urandom(5 * BLOCK)
    damaged = bytearray(data[: 4 * BLOCK])
    damaged[2 * BLOCK + 1] ^= 0xFF
    header = block_header(data[: 4 * BLOCK])
    reply = _create_with(school, data, bytes(damaged), **{"Upload-Block-Checksum": header})
    assert reply.status_code == 201 and reply.headers["Upload-Offset"] == str(2 * BLOCK)
    rest = data[2 * BLOCK :]
    patched = school.patch(
        reply.headers["Location"], 2 * BLOCK, rest, **{"Upload-Block-Checksum": block_header(rest)}
    )
    assert patched.status_code == 204 and patched.headers["Upload-Offset"] == str(len(data))


def test_a_creation_carrying_the_whole_package_is_processed(school):
    package = school.package({"peserta_didik": [student("Sekali Kirim")]})
    data = package.path.read_bytes()
    meta = f"package_id {b64(package.manifest.package_id)},sha256 {b64(package.sha256)}"
    reply = school.http.post(
        "/api/v1/uploads/",
        content=data,
        headers={
            "Tus-Resumable": "1.0.0",
            "Upload-Length": str(len(data)),
            "Upload-Metadata": meta,
            "Content-Type": "application/offset+octet-stream",
            "Upload-Block-Checksum": block_header(data),
        },
    )
    assert reply.status_code == 201 and reply.headers["Upload-Offset"] == str(len(data))
    assert school.wait(package.manifest.package_id)["status"] == "processed"


def test_a_creation_carrying_more_than_its_length_leaves_nothing_behind(school):
    uploads = school.server.data_dir / "uploads"
    before = set(uploads.iterdir())
    data = os.urandom(2 * BLOCK)
    meta = f"package_id {b64(new_id())},sha256 {b64(hashlib.sha256(data).hexdigest())}"
    headers = {
        "Tus-Resumable": "1.0.0",
        "Upload-Length": str(BLOCK),
        "Upload-Metadata": meta,
        "Content-Type": "application/offset+octet-stream",
    }
    assert school.http.post("/api/v1/uploads/", content=data, headers=headers).status_code == 413
    assert set(uploads.iterdir()) == before
    # No upload was recorded either: the same package id starts afresh.
    again = school.http.post("/api/v1/uploads/", content=data[:BLOCK], headers=headers)
    assert again.status_code == 201 and again.headers["Upload-Offset"] == str(BLOCK)


def test_data_of_creations_never_recorded_is_purged_after_the_expiry(tmp_path):
    from server.config import ServerConfig
    from server.database import open_database, prepare_database
    from server.uploads import purge_expired

    config = ServerConfig(tmp_path, f"sqlite:///{tmp_path / 's.sqlite'}", upload_expiry_seconds=60)
    config.make_dirs()
    db = open_database(config.db_url)
    prepare_database(db)
    stale, fresh, upload = (config.upload_dir / n for n in ("a.part", "b.part", "c.bin"))
    for path in (stale, fresh, upload):
        path.write_bytes(b"x" * 100)
    old = time.time() - 120
    for path in (stale, upload):
        os.utime(path, (old, old))
    assert purge_expired(db, config) == 1
    assert not stale.exists() and fresh.exists() and upload.exists()
    db.dispose()


def test_a_malformed_checksum_on_a_creation_is_refused(school):
    data = os.urandom(BLOCK)
    reply = _create_with(school, data, data, **{"Upload-Block-Checksum": "sha256 4096 !"})
    assert reply.status_code == 400 and "Location" not in reply.headers


def test_numbers_in_other_digits_are_refused_not_crashed_on(school):
    two = "²".encode("latin-1")  # str.isdigit() says yes, int() says no
    data = os.urandom(100)
    location = school.create(100, new_id(), hashlib.sha256(data).hexdigest()).headers["Location"]
    tus = {"Tus-Resumable": "1.0.0", "Content-Type": "application/offset+octet-stream"}
    reply = school.http.patch(location, content=data, headers={**tus, "Upload-Offset": two})
    assert reply.status_code == 409
    meta = f"package_id {b64(new_id())},sha256 {b64('0' * 64)}"
    reply = school.http.post(
        "/api/v1/uploads/",
        headers={
            "Tus-Resumable": "1.0.0",
            "Upload-Length": two,
            "Upload-Metadata": meta,
        },
    )
    assert reply.status_code == 400
    header = b"sha256 " + two + b" " + base64.b64encode(bytes(32))
    assert school.patch(location, 0, data, **{"Upload-Block-Checksum": header}).status_code == 400


def _sinkronisasi_client(school, base: str | None = None):
    """Our client with the Sinkronisasi settings (chunks grow to 16 MiB, one digest
    per 128 KiB block), talking to ``base`` (a proxy) or straight to the server."""
    from app.sync.tus import RetryPolicy, TusClient

    client = TusClient(
        (base or school.server.base) + "/api/v1/uploads/",
        headers=school.headers,
        max_chunk_size=16 * 1024 * 1024,
        retry=RetryPolicy(attempts=6, base_delay=0.01),
    )
    client.capabilities()
    return client


def test_a_lost_answer_to_a_creation_with_data_is_retried_without_the_data(school, tmp_path):
    from app.sync.tus import DEFAULT_CHUNK
    from tests.sync.proxy import CuttingProxy

    path = tmp_path / "paket.bin"
    path.write_bytes(os.urandom(1024 * 1024))
    proxy = CuttingProxy(("127.0.0.1", school.server.port))
    try:
        client = _sinkronisasi_client(school, proxy.url)
        start = proxy.bytes_up
        proxy.drop_response_to(b"POST")
        url = client.create(path.stat().st_size, {"package_id": new_id(), "sha256": "0" * 64}, path)
        assert [p.offset for p in client.upload(url, path)][-1] == path.stat().st_size
        assert proxy.responses_dropped == 1
        # The first chunk went once; the retried creation and the rest carried no copy.
        assert proxy.bytes_up - start - path.stat().st_size < DEFAULT_CHUNK // 4
    finally:
        proxy.close()
    stored = school.server.data_dir / "uploads" / (url.rsplit("/", 1)[-1] + ".bin")
    assert stored.read_bytes() == path.read_bytes()


def test_the_blocks_of_the_next_request_are_hashed_while_the_creation_is_on_the_wire(
    school, tmp_path, monkeypatch
):
    import threading

    from app.sync import tus

    path = tmp_path / "paket.bin"
    path.write_bytes(os.urandom(1024 * 1024))
    hashed_on = []
    real = tus._b64_sha256
    monkeypatch.setattr(
        tus, "_b64_sha256", lambda data: hashed_on.append(threading.current_thread()) or real(data)
    )
    client = _sinkronisasi_client(school)
    url = client.create(path.stat().st_size, {"package_id": new_id(), "sha256": "0" * 64}, path)
    assert [p.offset for p in client.upload(url, path)][-1] == path.stat().st_size
    # The creation's chunk is hashed before it is sent; the 8 blocks of the rest, which
    # went in one request, by the lookahead thread.
    main = threading.main_thread()
    assert hashed_on.count(main) == 1 and len(hashed_on) == 9
    stored = school.server.data_dir / "uploads" / (url.rsplit("/", 1)[-1] + ".bin")
    assert stored.read_bytes() == path.read_bytes()


def test_digests_hashed_ahead_of_a_package_changed_on_disk_fail_once_not_forever(school, tmp_path):
    path = tmp_path / "paket.bin"
    path.write_bytes(os.urandom(1024 * 1024))
    client = _sinkronisasi_client(school)
    url = client.create(path.stat().st_size, {"package_id": new_id(), "sha256": "0" * 64}, path)
    client._lookahead._job.result()  # the rest is hashed as it was
    changed = os.urandom(path.stat().st_size)
    path.write_bytes(changed)

    assert [p.offset for p in client.upload(url, path)][-1] == len(changed)
    stored = school.server.data_dir / "uploads" / (url.rsplit("/", 1)[-1] + ".bin")
    assert stored.read_bytes()[64 * 1024 :] == changed[64 * 1024 :]


def _wire_bytes(school, path, package_id: str, cut_at: int | None) -> tuple[int, str]:
    """Bytes our Sinkronisasi client put on the wire for one upload of ``path``."""
    from tests.sync.proxy import CuttingProxy

    proxy = CuttingProxy(("127.0.0.1", school.server.port))
    try:
        client = _sinkronisasi_client(school, proxy.url)
        if cut_at is not None:
            proxy.cut_after(cut_at)
        size = path.stat().st_size
        url = client.create(size, {"package_id": package_id, "sha256": "0" * 64}, path)
        assert [p.offset for p in client.upload(url, path)][-1] == size
        assert proxy.cuts_done == (cut_at is not None)
    finally:
        proxy.close()
    return proxy.bytes_up, url


@pytest.mark.parametrize("cut_at", [0.21, 0.57, 0.93])
def test_a_cut_in_a_large_request_costs_a_block_and_the_servers_buffer(school, tmp_path, cut_at):
    path = tmp_path / "paket.bin"
    path.write_bytes(os.urandom(6 * 1024 * 1024))
    clean, _ = _wire_bytes(school, path, new_id(), None)
    cut, url = _wire_bytes(school, path, new_id(), int(path.stat().st_size * cut_at))
    # A partial 128 KiB block, plus what uvicorn had read but not handed over (it
    # drops that on a disconnect: up to 64 KiB and one 256 KiB socket read).
    assert 0 < cut - clean <= 128 * 1024 + 64 * 1024 + 256 * 1024
    stored = school.server.data_dir / "uploads" / (url.rsplit("/", 1)[-1] + ".bin")
    assert (
        hashlib.sha256(stored.read_bytes()).digest() == hashlib.sha256(path.read_bytes()).digest()
    )


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
        school.server.url("/api/v1/uploads/"), headers=school.headers, chunk_size=4096
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
