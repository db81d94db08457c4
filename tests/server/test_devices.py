"""Devices at the centre: a school has one active device by default, a new
registration retires the earlier ones, a registration that never completed leaves
no live token, the centre can revoke a device and issue a new Kode Registrasi;
the schools' PMP keys are sealed under a server key kept outside the database."""

import re
import stat
from pathlib import Path

import httpx
from argon2 import PasswordHasher
from cryptography.fernet import Fernet
from server_support import next_npsn
from sqlalchemy import create_engine, text

from dapodik.pmp.signing import school_signing_key
from server.pmp_keys import SERVER_KEY_FILE


def _register(server, npsn: str, kode: str, name: str = "laptop") -> str:
    reply = httpx.post(
        server.url("/api/v1/register"),
        json={"npsn": npsn, "kode_registrasi": kode, "device_name": name},
    )
    assert reply.status_code == 200, reply.text
    return reply.json()["token"]


def _get(server, token: str, path: str = "/api/v1/device") -> httpx.Response:
    return httpx.get(server.url(path), headers={"Authorization": f"Bearer {token}"})


def _create_upload(server, token: str) -> httpx.Response:
    return httpx.post(
        server.url("/api/v1/uploads/"),
        headers={
            "Authorization": f"Bearer {token}",
            "Tus-Resumable": "1.0.0",
            "Upload-Length": "10",
            "Upload-Metadata": "package_id YQ==,sha256 YQ==",
        },
    )


def _complete(server, token: str) -> httpx.Response:
    return httpx.post(
        server.url("/api/v1/register/complete"), headers={"Authorization": f"Bearer {token}"}
    )


def _devices(server, npsn: str) -> list[list[str]]:
    out = server.admin("device", "list", "--npsn", npsn).stdout
    return [re.split(r"\s{2,}", line.strip()) for line in out.splitlines()[2:]]


def test_a_second_registration_retires_the_first_device(server):
    npsn = next_npsn()
    kode = server.add_school(npsn)
    first = _register(server, npsn, kode, "laptop TU")
    assert _complete(server, first).status_code == 200
    assert _get(server, first).json()["state"] == "active"

    second = _register(server, npsn, kode, "laptop baru")
    assert _get(server, first).status_code == 200  # until the second has its data
    assert _complete(server, second).json()["state"] == "active"

    for refused in (
        _get(server, first),
        _get(server, first, "/api/v1/changes"),
        _create_upload(server, first),
    ):
        assert refused.status_code == 401
        assert refused.headers["Dapodik-Device-State"] == "retired"
        assert "sudah diganti oleh registrasi baru pada" in refused.json()["detail"]
        assert refused.headers["Dapodik-Device-Ended"].endswith("Z")
    assert _get(server, second).status_code == 200
    listed = {row[1]: row[2] for row in _devices(server, npsn)}
    assert listed == {"laptop TU": "diganti", "laptop baru": "aktif"}


def test_a_registration_that_never_completed_leaves_no_live_token(server):
    npsn = next_npsn()
    kode = server.add_school(npsn)
    interrupted = _register(server, npsn, kode)
    # It may fetch what registering needs, nothing more.
    assert _get(server, interrupted, "/api/v1/prefill").status_code == 200
    refused = _create_upload(server, interrupted)
    assert refused.status_code == 401 and refused.headers["Dapodik-Device-State"] == "pending"
    assert _get(server, interrupted).status_code == 401

    again = _register(server, npsn, kode)  # the operator tries again
    assert _get(server, interrupted, "/api/v1/prefill").headers["Dapodik-Device-State"] == (
        "retired"
    )
    engine = create_engine(server.db_url)  # a day passes
    with engine.begin() as conn:
        conn.execute(text("UPDATE srv_device SET created_at = '2020-01-01 00:00:00'"))
    engine.dispose()
    expired = _get(server, again, "/api/v1/prefill")
    assert expired.status_code == 401 and expired.headers["Dapodik-Device-State"] == "expired"
    assert _complete(server, again).status_code == 401
    assert sorted(row[2] for row in _devices(server, npsn)) == ["diganti", "kedaluwarsa"]


def test_the_centre_revokes_one_device(server, new_school):
    school = new_school(server)
    device_id = _devices(server, school.npsn)[0][0]
    other = new_school(server)
    stranger = server.admin(
        "device", "revoke", "--npsn", other.npsn, "--device", device_id, check=False
    )
    assert stranger.returncode == 1 and "bukan perangkat sekolah" in stranger.stderr

    done = server.admin("device", "revoke", "--npsn", school.npsn, "--device", device_id)
    assert "dicabut" in done.stdout
    refused = school.http.get("/api/v1/changes")
    assert refused.status_code == 401 and refused.headers["Dapodik-Device-State"] == "revoked"
    assert "dicabut oleh server pusat pada" in refused.json()["detail"]
    assert other.http.get("/api/v1/changes").status_code == 200
    twice = server.admin(
        "device", "revoke", "--npsn", school.npsn, "--device", device_id, check=False
    )
    assert twice.returncode == 1 and "sudah tidak aktif (dicabut)" in twice.stderr
    assert _devices(server, school.npsn)[0][2] == "dicabut"


def test_a_new_kode_registrasi_replaces_the_old_one(server, new_school):
    school = new_school(server, demo="small")
    old_prefill = school.http.get("/api/v1/prefill")
    out = server.admin("school", "rotate-kode", "--npsn", school.npsn).stdout
    kode = re.search(r"Kode Registrasi baru NPSN \d+: (\S+)", out).group(1)
    assert kode != school.kode

    wrong = httpx.post(
        server.url("/api/v1/register"),
        json={"npsn": school.npsn, "kode_registrasi": school.kode, "device_name": "x"},
    )
    assert wrong.status_code == 401
    assert school.http.get("/api/v1/device").status_code == 200  # devices keep working
    hashed = school.changes(0, 1)["kode_registrasi_hash"]
    assert PasswordHasher().verify(hashed, kode)
    new_prefill = school.http.get("/api/v1/prefill")
    assert new_prefill.headers["etag"] != old_prefill.headers["etag"]
    assert _register(server, school.npsn, kode)


def test_pmp_keys_are_sealed_under_a_server_key_outside_the_database(server, new_school):
    school = new_school(server)
    clear = school_signing_key(school.npsn, school.kode)
    key_file = server.data_dir / SERVER_KEY_FILE
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    engine = create_engine(server.db_url)
    with engine.connect() as conn:
        sealed = conn.execute(
            text("SELECT sealed_key FROM srv_pmp_key WHERE sekolah_id = :id"),
            {"id": school.sekolah_id},
        ).scalar_one()
        columns = list(conn.execute(text("SELECT * FROM srv_pmp_key")).keys())
    engine.dispose()
    assert sorted(columns) == ["sealed_key", "sekolah_id", "updated_at"]  # no clear key
    assert clear.hex() not in sealed and clear.hex().encode() not in sealed.encode()
    assert Fernet(key_file.read_bytes()).decrypt(sealed.encode()) == clear
    if server.db_url.startswith("sqlite"):
        database = server.db_url.removeprefix("sqlite:///")
        for path in (Path(database), Path(database + "-wal")):
            if path.exists():
                assert clear.hex().encode() not in path.read_bytes()
