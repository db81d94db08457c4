"""The status client against a real HTTP server on loopback: the answer, a
refused token, an unreachable server and a server that never answers."""

import json
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from app.accounts import settings
from app.pmp import status


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 - the name http.server calls
        server = self.server
        server.seen.append((self.path, self.headers.get("Authorization")))
        if server.delay:
            time.sleep(server.delay)
        code, body = server.reply
        payload = json.dumps(body).encode()
        try:
            self.send_response(code)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up waiting, as the timeout test wants

    def log_message(self, *args):
        pass


@pytest.fixture
def fake_server():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.seen, server.delay = [], 0
    server.reply = (200, {"status": "Belum Kirim", "submissions": []})
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    server.url = f"http://127.0.0.1:{server.server_address[1]}"
    yield server
    server.shutdown()
    server.server_close()


def test_status_with_the_latest_submission(fake_server):
    fake_server.reply = (
        200,
        {
            "status": "Gagal Diproses",
            "submissions": [
                {
                    "status": "Gagal Diproses",
                    "detail": "Tanda tangan tidak cocok",
                    "uploaded_at": "x",
                },
                {"status": "Sudah Diproses", "detail": None, "uploaded_at": "y"},
            ],
        },
    )
    result = status.fetch_status(fake_server.url + "/", "token-123")
    assert result == status.ServerStatus("Gagal Diproses", "Tanda tangan tidak cocok", "x", 2)
    assert fake_server.seen == [("/api/v1/pmp/status", "Bearer token-123")]


def test_a_refused_token_is_unavailable(fake_server):
    fake_server.reply = (401, {"detail": "token"})
    with pytest.raises(status.StatusUnavailable):
        status.fetch_status(fake_server.url, "salah")


def test_an_unknown_answer_is_unavailable(fake_server):
    fake_server.reply = (200, {"status": "Entah"})
    with pytest.raises(status.StatusUnavailable, match="tidak dikenal"):
        status.fetch_status(fake_server.url, "t")


def test_an_unreachable_server_is_unavailable():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(status.StatusUnavailable):
        status.fetch_status(f"http://127.0.0.1:{port}", "t")


def test_a_server_that_never_answers_times_out(fake_server):
    fake_server.delay = 3
    started = time.monotonic()
    with pytest.raises(status.StatusUnavailable):
        status.fetch_status(fake_server.url, "t", timeout=(1.0, 0.5))
    assert time.monotonic() - started < 2.5


class _Tokens:
    def get(self, npsn):
        return {"20219001": "token-9"}.get(npsn)


def test_an_unregistered_laptop_is_unavailable(small_db, monkeypatch):
    monkeypatch.setattr(status, "token_store", lambda db, kode: _Tokens())
    with pytest.raises(status.StatusUnavailable, match="belum terdaftar"):
        status.configured_status(small_db)


def test_the_registered_server_is_asked_with_the_device_token(small_db, fake_server, monkeypatch):
    monkeypatch.setattr(status, "token_store", lambda db, kode: _Tokens())
    fake_server.reply = (200, {"status": "Sudah Kirim", "submissions": [{"detail": None}]})
    with small_db.Session() as session:
        settings.put(session, settings.SERVER, fake_server.url)
        settings.put(session, settings.NPSN, "20219001")
        session.commit()
    assert status.configured_status(small_db).status == "Sudah Kirim"
    assert fake_server.seen[-1][1] == "Bearer token-9"
