"""The PMP offline upload page and its status."""

import io
import zipfile

import httpx


def _zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("manifest.json", '{"npsn": "x"}')
    return buffer.getvalue()


def test_page_upload_and_status(server, new_school):
    school = new_school(server)
    kode = school.kode
    assert school.http.get("/api/v1/pmp/status").json()["status"] == "Belum Kirim"
    page = httpx.get(server.url("/pmp"))
    assert page.status_code == 200 and "Unggah Berkas PMP" in page.text

    def post(content, code):
        return httpx.post(
            server.url("/pmp/upload"),
            data={"npsn": school.npsn, "kode_registrasi": code},
            files={"berkas": ("pmp.zip", content, "application/zip")},
        )

    wrong = post(_zip(), "SALAH")
    assert wrong.status_code == 401 and "Kode Registrasi salah" in wrong.text
    broken = post(b"bukan zip", kode)
    assert broken.status_code == 400 and "zip rusak" in broken.text
    ok = post(_zip(), kode)
    assert ok.status_code == 200 and "Sudah Kirim" in ok.text
    status = school.http.get("/api/v1/pmp/status").json()
    assert status["status"] == "Sudah Kirim"
    assert len(status["submissions"]) == 1 and status["submissions"][0]["filename"] == "pmp.zip"
