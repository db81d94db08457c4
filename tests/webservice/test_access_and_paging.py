"""Who may read (tokens, revocation, client IP), the ministry app's error texts,
paging both ways, exact paths, what is never served (soft-deleted rows, students
who left, password hashes)."""

import hashlib

import pytest
import requests
from argon2 import PasswordHasher
from sqlalchemy import insert, select, text, update

from app.db.pengguna import Pengguna
from app.db.webservice_tokens import WebServiceToken
from app.webservice.tokens import create_token, list_tokens, revoke_token
from dapodik.schema.models import RegistrasiPesertaDidik

ACCESS_DENIED = "Access denied - You are not authorized to access this page. #1"
ENDPOINTS = ["getSekolah", "getGtk", "getPesertaDidik", "getRombonganBelajar", "getPengguna"]


def assert_denied(response) -> None:
    assert response.status_code == 401
    # Clients of the ministry app look for this text at the start of the body.
    assert response.text == ACCESS_DENIED


# --- tokens and errors -------------------------------------------------------------


@pytest.mark.parametrize("endpoint", ENDPOINTS)
def test_missing_or_wrong_token_is_denied(served_small, endpoint):
    assert_denied(served_small.get(endpoint, token=""))
    assert_denied(served_small.get(endpoint, token="not-a-token"))
    assert_denied(served_small.get(endpoint, token=served_small.token[:-1]))
    wrong_scheme = requests.get(
        served_small.url + endpoint,
        params={"npsn": served_small.npsn},
        headers={"Authorization": f"Basic {served_small.token}"},
        timeout=10,
    )
    assert_denied(wrong_scheme)


def test_the_token_is_checked_before_the_npsn(served_small):
    assert_denied(served_small.get("getSekolah", token="", npsn=""))
    assert_denied(served_small.get("getSekolah", token="", npsn="99999999"))


@pytest.mark.parametrize("endpoint", ENDPOINTS)
def test_missing_npsn_is_refused_with_the_ministry_text(served_small, endpoint):
    response = requests.get(
        served_small.url + endpoint,
        headers={"Authorization": f"Bearer {served_small.token}"},
        timeout=10,
    )
    assert response.status_code == 400
    assert response.json() == {"success": False, "message": "Parameter NPSN harap diisi"}
    assert served_small.get(endpoint, npsn="").status_code == 400


@pytest.mark.parametrize("endpoint", ENDPOINTS)
def test_another_npsn_is_refused_with_the_ministry_text(served_small, endpoint):
    response = served_small.get(endpoint, npsn="20250002")
    assert response.status_code == 404
    assert response.json() == {"success": False, "message": "Sekolah tidak ditemukan"}


def test_a_revoked_token_is_denied_at_once(served_small):
    _info, token = create_token(served_small.db.engine, "Aplikasi Absensi")
    assert served_small.get("getSekolah", token=token).status_code == 200
    revoke_token(served_small.db.engine, "Aplikasi Absensi")
    assert_denied(served_small.get("getSekolah", token=token))
    assert served_small.get("getSekolah").status_code == 200, "other tokens still work"


def test_a_token_limited_to_another_ip_is_denied(served_small):
    engine = served_small.db.engine
    _info, elsewhere = create_token(engine, "Rapor di lab", allowed_ip="192.168.10.25")
    _info, here = create_token(engine, "Rapor di sini", allowed_ip="127.0.0.1")
    assert_denied(served_small.get("getSekolah", token=elsewhere))
    assert served_small.get("getSekolah", token=here).status_code == 200


def test_last_use_is_recorded(served_small):
    engine = served_small.db.engine
    _info, token = create_token(engine, "E-Rapor")
    assert next(t for t in list_tokens(engine) if t.nama == "E-Rapor").last_used_at is None
    served_small.get("getGtk", token=token)
    used = next(t for t in list_tokens(engine) if t.nama == "E-Rapor")
    assert used.last_used_at is not None and used.last_used_ip == "127.0.0.1"


def test_only_a_sha256_of_the_token_is_stored(served_small):
    engine = served_small.db.engine
    _info, token = create_token(engine, "Sistem Informasi Sekolah")
    assert len(token) >= 43 and token.isalnum()
    with engine.connect() as conn:
        stored = conn.execute(
            select(WebServiceToken.token_hash).where(
                WebServiceToken.nama == "Sistem Informasi Sekolah"
            )
        ).scalar_one()
    assert stored == hashlib.sha256(token.encode()).hexdigest()
    served_small.db.close()
    assert token.encode() not in served_small.db.path.read_bytes()


# --- paths -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "path", ["getsekolah", "GetSekolah", "getSekolah/", "getSiswa", "../docs", "../openapi.json"]
)
def test_only_the_ministry_paths_exist(served_small, path):
    response = served_small.get(path)
    assert response.status_code == 404


def test_the_service_is_read_only(served_small):
    response = requests.post(
        served_small.url + "getSekolah",
        params={"npsn": served_small.npsn},
        headers={"Authorization": f"Bearer {served_small.token}"},
        timeout=10,
    )
    assert response.status_code == 405


# --- paging ------------------------------------------------------------------------


def test_paging_by_start_and_limit(served):
    everyone = served.get("getPesertaDidik").json()
    ids = [r["peserta_didik_id"] for r in everyone["rows"]]
    total = everyone["results"]
    page = served.get("getPesertaDidik", start="10", limit="25").json()
    assert (page["results"], page["start"], page["limit"]) == (total, 10, 25)
    assert [r["peserta_didik_id"] for r in page["rows"]] == ids[10:35]
    tail = served.get("getPesertaDidik", start=str(total - 3), limit="25").json()
    assert [r["peserta_didik_id"] for r in tail["rows"]] == ids[-3:]
    beyond = served.get("getPesertaDidik", start=str(total + 5), limit="25").json()
    assert beyond["rows"] == [] and beyond["results"] == total


def test_paging_by_page_and_limit(served):
    everyone = served.get("getGtk").json()
    ids = [r["ptk_terdaftar_id"] for r in everyone["rows"]]
    collected = []
    page = 1
    while True:
        body = served.get("getGtk", page=str(page), limit="5").json()
        assert body["start"] == (page - 1) * 5 and body["limit"] == 5
        if not body["rows"]:
            break
        collected += [r["ptk_terdaftar_id"] for r in body["rows"]]
        page += 1
    assert collected == ids


def test_paging_the_nested_endpoint_keeps_whole_rombel(served):
    everyone = served.get("getRombonganBelajar").json()["rows"]
    second = served.get("getRombonganBelajar", start="1", limit="2").json()["rows"]
    assert second == everyone[1:3]


@pytest.mark.parametrize(
    "params", [{"start": "-1"}, {"limit": "x"}, {"page": "0", "limit": "5"}, {"start": "1.5"}]
)
def test_bad_paging_values_are_refused(served_small, params):
    response = served_small.get("getPesertaDidik", **params)
    assert response.status_code == 400
    assert response.json()["success"] is False


# --- what is never served ------------------------------------------------------------


def _ids(served, endpoint: str, key: str) -> set[str]:
    return {r[key] for r in served.get(endpoint).json()["rows"]}


def test_students_who_left_and_soft_deleted_rows_are_not_served(served_small):
    engine = served_small.db.engine
    with engine.begin() as conn:
        left, deleted = conn.execute(
            select(RegistrasiPesertaDidik.peserta_didik_id).limit(2)
        ).scalars()
        conn.execute(
            update(RegistrasiPesertaDidik)
            .where(RegistrasiPesertaDidik.peserta_didik_id == left)
            .values(jenis_keluar_id="1")
        )
        conn.execute(
            text("UPDATE peserta_didik SET soft_delete = 1 WHERE peserta_didik_id = :id"),
            {"id": deleted},
        )
        ptk_id = conn.execute(text("SELECT ptk_id FROM ptk_terdaftar LIMIT 1")).scalar()
        conn.execute(
            text("UPDATE ptk_terdaftar SET soft_delete = 1 WHERE ptk_id = :id"), {"id": ptk_id}
        )
        rombel = conn.execute(text("SELECT rombongan_belajar_id FROM rombongan_belajar")).first()[0]
        conn.execute(
            text("UPDATE rombongan_belajar SET soft_delete = 1 WHERE rombongan_belajar_id = :id"),
            {"id": rombel},
        )
    students = _ids(served_small, "getPesertaDidik", "peserta_didik_id")
    assert left not in students and deleted not in students
    assert len(students) == 178
    rombels = served_small.get("getRombonganBelajar").json()["rows"]
    assert rombel not in {r["rombongan_belajar_id"] for r in rombels}
    members = {a["peserta_didik_id"] for r in rombels for a in r["anggota_rombel"]}
    assert left not in members and deleted not in members
    assert ptk_id not in _ids(served_small, "getGtk", "ptk_id")


def _add_pengguna(conn, sekolah_id: str, username: str, **values) -> str:
    password_hash = PasswordHasher().hash(f"rahasia-{username}")
    conn.execute(
        insert(Pengguna).values(
            sekolah_id=sekolah_id,
            username=username,
            nama=username.title(),
            password=password_hash,
            peran_id=1,
            **values,
        )
    )
    return password_hash


def test_no_password_hash_is_ever_served(served_small):
    engine = served_small.db.engine
    with engine.begin() as conn:
        sekolah_id = conn.execute(text("SELECT sekolah_id FROM sekolah")).scalar()
        hashes = [
            _add_pengguna(conn, sekolah_id, "operator@sekolah.id", no_hp="081234567890"),
            _add_pengguna(conn, sekolah_id, "kepsek@sekolah.id"),
            _add_pengguna(conn, sekolah_id, "lama@sekolah.id", aktif=False),
            _add_pengguna(conn, sekolah_id, "hapus@sekolah.id", soft_delete=True),
        ]
    response = served_small.get("getPengguna")
    body = response.json()
    assert body["results"] == 2, "inactive and soft-deleted accounts are not served"
    assert [r["username"] for r in body["rows"]] == ["kepsek@sekolah.id", "operator@sekolah.id"]
    for row in body["rows"]:
        assert row["password"] == ""
        assert row["peran_id_str"] == "Operator Sekolah"
        assert row["sekolah_id"] == sekolah_id
    for password_hash in hashes:
        assert password_hash not in response.text
    assert "$argon2" not in response.text
