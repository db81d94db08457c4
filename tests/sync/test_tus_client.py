"""Our tus client against tuspyserver as an independent peer, through a proxy
that cuts the connection, and against servers that stall or refuse."""

import hashlib
import os
import socket
import threading
import time

import pytest

from app.sync.tus import RetriesExhausted, RetryPolicy, TusClient, UploadGone
from tests.sync.proxy import CuttingProxy

CHUNK = 64 * 1024


def _package(tmp_path, size=1024 * 1024):
    path = tmp_path / "paket.bin"
    path.write_bytes(os.urandom(size))
    return path


def _client(base_url: str, **kwargs) -> TusClient:
    retry = RetryPolicy(attempts=6, sleep=lambda s: None)
    return TusClient(base_url + "/files/", chunk_size=CHUNK, retry=retry, timeout=(2, 5), **kwargs)


def _meta(package_id: str) -> dict[str, str]:
    # tuspyserver requires filename and filetype; our server keys on package_id.
    return {"package_id": package_id, "filename": "paket.bin", "filetype": "application/gzip"}


def _stored(peer, url: str) -> bytes:
    return (peer.files / url.rstrip("/").rsplit("/", 1)[-1]).read_bytes()


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def test_upload_to_a_server_without_checksum_support(tmp_path, tuspyserver_peer):
    path = _package(tmp_path)
    client = _client(tuspyserver_peer.url)
    assert not client.capabilities().sha256
    url = client.create(path.stat().st_size, _meta("p-1"))
    progress = list(client.upload(url, path))
    assert progress[-1].offset == path.stat().st_size and progress[-1].fraction == 1.0
    assert len(progress) == 16 and progress[-1].resent_bytes == 0
    assert _sha(_stored(tuspyserver_peer, url)) == _sha(path.read_bytes())


def test_the_first_chunk_rides_with_the_creation_when_the_server_allows(tmp_path, tuspyserver_peer):
    path = _package(tmp_path)
    client = _client(tuspyserver_peer.url)
    url = client.create(path.stat().st_size, _meta("p-create"), path)
    progress = list(client.upload(url, path))
    assert progress[-1].offset == path.stat().st_size and progress[-1].resent_bytes == 0
    assert _sha(_stored(tuspyserver_peer, url)) == _sha(path.read_bytes())


def test_upload_resumes_after_the_client_stops_and_restarts(tmp_path, tuspyserver_peer):
    path = _package(tmp_path)
    first = _client(tuspyserver_peer.url)
    url = first.create(path.stat().st_size, _meta("p-2"))
    for progress in first.upload(url, path):
        if progress.offset >= 5 * CHUNK:
            break  # the app closed here; the URL was recorded
    second = _client(tuspyserver_peer.url)
    assert second.offset(url) == 5 * CHUNK
    rest = list(second.upload(url, path))
    assert rest[0].offset == 6 * CHUNK and rest[-1].resent_bytes == 0
    assert _sha(_stored(tuspyserver_peer, url)) == _sha(path.read_bytes())


@pytest.mark.parametrize("cut_at", [100, 3 * CHUNK + 777, 9 * CHUNK + 5])
def test_a_cut_connection_resumes_from_the_server_offset(tmp_path, tuspyserver_peer, cut_at):
    path = _package(tmp_path)
    proxy = CuttingProxy(("127.0.0.1", tuspyserver_peer.port))
    try:
        client = _client(proxy.url)
        url = client.create(path.stat().st_size, _meta(f"p-cut-{cut_at}"))
        proxy.cut_after(cut_at)
        progress = list(client.upload(url, path))
        assert proxy.cuts_done == 1
        # Only the interrupted chunk is sent again, never the whole package.
        assert progress[-1].resent_bytes <= CHUNK
        assert _sha(_stored(tuspyserver_peer, url)) == _sha(path.read_bytes())
    finally:
        proxy.close()


def test_an_expired_upload_is_reported_as_gone(tmp_path, tuspyserver_peer):
    path = _package(tmp_path, 10_000)
    client = _client(tuspyserver_peer.url)
    url = client.create(path.stat().st_size, _meta("p-3"))
    client.terminate(url)
    with pytest.raises(UploadGone):
        list(client.upload(url, path))


def test_an_unreachable_server_gives_up_after_the_retries(tmp_path):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # nothing listens here once closed
    waits = []
    client = TusClient(
        f"http://127.0.0.1:{port}/files/", retry=RetryPolicy(attempts=3, sleep=waits.append)
    )
    with pytest.raises(RetriesExhausted):
        client.create(10, _meta("p-4"))
    assert len(waits) == 2 and waits[0] < waits[1] * 2


def test_a_server_that_never_answers_times_out(tmp_path):
    """A stalled link must not hang the upload forever (tuspy sets no timeout)."""
    listener = socket.create_server(("127.0.0.1", 0))
    accepted = []
    threading.Thread(target=lambda: accepted.append(listener.accept()), daemon=True).start()
    client = TusClient(
        f"http://127.0.0.1:{listener.getsockname()[1]}/files/",
        timeout=(1, 0.5),
        retry=RetryPolicy(attempts=1, sleep=lambda s: None),
    )
    started = time.monotonic()
    with pytest.raises(RetriesExhausted):
        client.capabilities()
    assert time.monotonic() - started < 5
    listener.close()
