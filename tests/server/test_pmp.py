"""The PMP upload page, online sending, the daily batch and the status, with real
files exported by the app for a school of the test server."""

import io
import json
import zipfile

import httpx
import pytest
from pmp_files import export_for, members, resigned, without_type


@pytest.fixture
def school(server, new_school):
    return new_school(server)


@pytest.fixture
def pmp_file(small_db, school, tmp_path):
    return export_for(small_db, school.npsn, school.kode, tmp_path / "keluar")


def post_page(server, content: bytes, name: str = "PMP.pmp") -> httpx.Response:
    files = {"berkas": (name, content, "application/octet-stream")}
    return httpx.post(server.url("/pmp/upload"), files=files, timeout=60)


def status_of(school) -> dict:
    reply = school.http.get("/api/v1/pmp/status")
    reply.raise_for_status()
    return reply.json()


def test_the_page_offers_a_file_chooser_and_drag_and_drop(server):
    page = httpx.get(server.url("/pmp"))
    assert page.status_code == 200 and "Unggah Berkas PMP Offline" in page.text
    assert 'type="file"' in page.text and 'name="berkas"' in page.text
    assert "Seret berkas PMP ke sini" in page.text and '"drop"' in page.text


def test_a_valid_file_is_sudah_kirim(server, school, pmp_file):
    assert status_of(school) == {"status": "Belum Kirim", "detail": None, "submissions": []}
    reply = post_page(server, pmp_file.read_bytes(), pmp_file.name)
    assert reply.status_code == 200, reply.text
    assert f"Berkas diterima untuk NPSN {school.npsn}. Status: Sudah Kirim." in reply.text
    again = post_page(server, pmp_file.read_bytes(), pmp_file.name)
    assert again.status_code == 200 and "Status: Sudah Kirim." in again.text
    status = status_of(school)
    assert status["status"] == "Sudah Kirim"
    assert [s["filename"] for s in status["submissions"]] == [pmp_file.name]  # once, not twice


def _tampered(path) -> bytes:
    parts = members(path)
    parts["responses.json"] = parts["responses.json"].replace(b'"jawaban": {', b'"jawaban":{', 1)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _zip_bomb(path) -> bytes:
    parts = members(path)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", parts["manifest.json"])
        archive.writestr("responses.json", b"\0" * (20 * 1024 * 1024))
        archive.writestr("signature.json", parts["signature.json"])
    return buffer.getvalue()


def _unknown_version(path, npsn: str, kode: str) -> bytes:
    parts = members(path)
    manifest = {**json.loads(parts["manifest.json"]), "versi_instrumen": "1999.1"}
    responses = {**json.loads(parts["responses.json"]), "versi_instrumen": "1999.1"}
    return resigned(manifest, responses, npsn, kode)


def test_bad_files_are_refused_with_their_reason(server, school, pmp_file, small_db, tmp_path):
    stranger = export_for(small_db, "39999999", "ABCD-EFGH-JKMN", tmp_path / "asing")
    cases = [
        (b"bukan zip sama sekali", 400, "isinya bukan arsip zip yang utuh"),
        (_tampered(pmp_file), 400, "Tanda tangan berkas tidak cocok"),
        (stranger.read_bytes(), 400, "NPSN 39999999 (dari berkas) belum terdaftar"),
        (_zip_bomb(pmp_file), 400, "kemungkinan zip bomb"),
        (_unknown_version(pmp_file, school.npsn, school.kode), 400, "Versi instrumen 1999.1"),
        (b"PK" + b"\0" * (10 * 1024 * 1024), 413, "Berkas terlalu besar"),
    ]
    kept_before = sorted((server.data_dir / "pmp").iterdir())
    for content, code, reason in cases:
        reply = post_page(server, content)
        assert reply.status_code == code, (reason, reply.text[-600:])
        assert "Ditolak. " in reply.text and reason in reply.text
    assert httpx.get(server.url("/api/v1/ping")).status_code == 200  # still up
    assert status_of(school)["status"] == "Belum Kirim"
    assert sorted((server.data_dir / "pmp").iterdir()) == kept_before  # nothing refused kept


def test_online_sending_is_for_the_tokens_school_only(server, new_school, school, pmp_file):
    other = new_school(server)
    files = {"berkas": (pmp_file.name, pmp_file.read_bytes(), "application/octet-stream")}
    refused = other.http.post("/api/v1/pmp/upload", files=files)
    assert refused.status_code == 400
    assert "milik sekolah lain" in refused.json()["detail"]
    assert status_of(other)["status"] == "Belum Kirim"
    sent = school.http.post("/api/v1/pmp/upload", files=files)
    assert sent.status_code == 200, sent.text
    assert sent.json() == {"npsn": school.npsn, "status": "Sudah Kirim", "detail": None}
    no_token = httpx.post(server.url("/api/v1/pmp/upload"), files=files)
    assert no_token.status_code == 401


def test_the_daily_batch_processes_or_fails_each_file(
    server, new_school, school, pmp_file, small_db, tmp_path
):
    incomplete_school = new_school(server)
    incomplete_file = export_for(
        small_db, incomplete_school.npsn, incomplete_school.kode, tmp_path / "kurang"
    )
    no_pengawas = without_type(
        incomplete_file, "pengawas", incomplete_school.npsn, incomplete_school.kode
    )
    assert post_page(server, pmp_file.read_bytes()).status_code == 200
    assert post_page(server, no_pengawas).status_code == 200  # sound, signed: accepted
    assert status_of(incomplete_school)["status"] == "Sudah Kirim"

    done = server.admin("pmp", "proses")
    assert "Sudah Diproses" in done.stdout and "Gagal Diproses" in done.stdout

    processed = status_of(school)
    assert processed["status"] == "Sudah Diproses"
    assert processed["detail"].startswith(f"Berkas PMP sah: NPSN {school.npsn}")
    failed = status_of(incomplete_school)
    assert failed["status"] == "Gagal Diproses"
    assert failed["detail"] == "Responden belum lengkap: pengawas 0 dari 1."
    again = server.admin("pmp", "proses")  # nothing left waiting
    assert again.stdout.strip() == "PMP: 0 Sudah Diproses, 0 Gagal Diproses"


def test_a_file_gone_from_the_store_fails_in_the_batch(server, school, pmp_file):
    assert post_page(server, pmp_file.read_bytes()).status_code == 200
    for stored in (server.data_dir / "pmp").glob("*.pmp"):
        if stored.read_bytes() == pmp_file.read_bytes():
            stored.unlink()
    server.admin("pmp", "proses")
    status = status_of(school)
    assert status["status"] == "Gagal Diproses"
    assert "hilang" in status["detail"]
    resent = post_page(server, pmp_file.read_bytes())  # a new try, not the old verdict
    assert resent.status_code == 200 and "Status: Sudah Kirim." in resent.text
    server.admin("pmp", "proses")
    assert status_of(school)["status"] == "Sudah Diproses"


def test_the_status_needs_a_device_token(server):
    assert httpx.get(server.url("/api/v1/pmp/status")).status_code == 401


def test_the_app_sends_the_file_online_for_its_own_school_only(
    server, new_school, school, pmp_file
):
    from app.pmp.status import SendRefused, send_file

    with pytest.raises(SendRefused, match="milik sekolah lain"):
        send_file(server.base, new_school(server).token, pmp_file)
    assert send_file(server.base, school.token, pmp_file) == "Sudah Kirim"
    assert status_of(school)["status"] == "Sudah Kirim"
