"""Registration with the Kode Registrasi, its rate limit, and the prefill download."""

import hashlib

import httpx
from server_support import next_npsn

from dapodik.package_format import KIND_PREFILL, open_package


def test_ping_answers_without_token(server):
    reply = httpx.get(server.url("/api/v1/ping"))
    assert reply.status_code == 200
    assert reply.json()["status"] == "ok"


def test_right_code_gives_a_token_wrong_code_is_refused(server):
    npsn = next_npsn()
    kode = server.add_school(npsn)
    wrong = httpx.post(
        server.url("/api/v1/register"),
        json={"npsn": npsn, "kode_registrasi": "AAAA-BBBB-CCCC", "device_name": "x"},
    )
    assert wrong.status_code == 401
    assert "Kode Registrasi salah" in wrong.json()["detail"]
    # Typed by hand: lower case and spaces around are forgiven.
    right = httpx.post(
        server.url("/api/v1/register"),
        json={"npsn": npsn, "kode_registrasi": f" {kode.lower()} ", "device_name": "laptop TU"},
    )
    assert right.status_code == 200, right.text
    body = right.json()
    assert body["npsn"] == npsn and len(body["token"]) >= 40
    with_token = httpx.get(
        server.url("/api/v1/changes"), headers={"Authorization": f"Bearer {body['token']}"}
    )
    assert with_token.status_code == 200
    assert (
        httpx.get(
            server.url("/api/v1/changes"), headers={"Authorization": "Bearer salah"}
        ).status_code
        == 401
    )


def test_wrong_codes_are_rate_limited_even_before_the_right_one(server):
    npsn = next_npsn()
    kode = server.add_school(npsn)

    def attempt(code):
        return httpx.post(
            server.url("/api/v1/register"),
            json={"npsn": npsn, "kode_registrasi": code, "device_name": "x"},
        ).status_code

    assert [attempt("SALAH") for _ in range(5)] == [401] * 5
    assert attempt("SALAH") == 429
    assert attempt(kode) == 429


def _download(client, headers=None, stop_after=None) -> tuple[httpx.Response, bytes]:
    """GET the prefill; with ``stop_after`` drop the connection after that many bytes."""
    got = b""
    with client.http.stream("GET", "/api/v1/prefill", headers=headers or {}) as reply:
        for chunk in reply.iter_bytes(4096):
            got += chunk
            if stop_after and len(got) >= stop_after:
                break
    return reply, got


def test_prefill_download_interrupted_and_resumed_with_range(server, new_school, tmp_path):
    client = new_school(server, demo="small")
    first, part = _download(client, stop_after=50_000)
    assert first.status_code == 200 and len(part) >= 50_000
    total = int(first.headers["content-length"])
    resumed, rest = _download(
        client, {"Range": f"bytes={len(part)}-", "If-Range": first.headers["etag"]}
    )
    assert resumed.status_code == 206
    assert resumed.headers["content-range"] == f"bytes {len(part)}-{total - 1}/{total}"
    whole = part + rest
    full, again = _download(client)
    assert hashlib.sha256(whole).hexdigest() == hashlib.sha256(again).hexdigest()

    path = tmp_path / "prefill.prf"
    path.write_bytes(whole)
    with open_package(path, 10**9) as prefill:
        m = prefill.manifest
        assert (m.kind, m.npsn, m.sekolah_id) == (KIND_PREFILL, client.npsn, client.sekolah_id)
        assert m.row_counts["peserta_didik"] > 100 and m.row_counts["ref_agama"] > 0
        assert m.base_cursor == client.changes(0, 1)["next_cursor"] or m.base_cursor > 0
        assert {r["npsn"] for r in prefill.rows("sekolah")} == {client.npsn}


def test_stale_if_range_gets_the_whole_new_file(server, new_school):
    client = new_school(server)
    first, _ = _download(client, stop_after=1)
    server.admin("manajemen", "edit", "sekolah", client.sekolah_id, "nomor_telepon=0274123")
    reply, body = _download(client, {"Range": "bytes=100-", "If-Range": first.headers["etag"]})
    assert reply.status_code == 200
    assert reply.headers["etag"] != first.headers["etag"]
    assert len(body) == int(reply.headers["content-length"])


def test_prefill_file_for_offline_registration(server, new_school, tmp_path):
    from argon2 import PasswordHasher

    client = new_school(server)
    out = tmp_path / "offline.prf"
    server.admin("prefill", "--npsn", client.npsn, "--out", str(out))
    with open_package(out, 10**9) as prefill:
        extra = prefill.manifest.extra
        assert prefill.manifest.sekolah_id == client.sekolah_id
    assert PasswordHasher().verify(extra["kode_registrasi_hash"], client.kode.replace(" ", ""))
    again = server.admin("school", "add", "--npsn", client.npsn, "--nama", "Lagi", check=False)
    assert again.returncode == 1 and "sudah terdaftar" in again.stderr
    unknown = server.admin("prefill", "--npsn", "99999999", "--out", str(out), check=False)
    assert unknown.returncode == 1 and "belum terdaftar" in unknown.stderr
