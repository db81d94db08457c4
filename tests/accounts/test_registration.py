"""Registration against the real reference server (a subprocess on loopback), the
prefill (online, resumed, offline, stale), and the device token in keyring only."""

import os
from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from app.accounts import credentials, registration, settings, users
from app.accounts.errors import RegistrationFailed, WrongKode
from app.cli import main as cli_main
from app.config import staging_dir
from app.db.engine import open_database
from app.db.local import ChangeLog
from dapodik.schema.models import PesertaDidik, Sekolah

from .reference_server import NPSN, free_port


def _files_under(folder: Path):
    return [p for p in folder.rglob("*") if p.is_file()]


def test_register_online_keeps_the_token_in_keyring_and_in_no_file(
    server, fresh_db, memory_keyring, tmp_path
):
    srv, kode = server
    applied = registration.register_online(fresh_db, srv.base, NPSN, kode.lower(), "laptop uji")
    assert applied.npsn == NPSN and applied.rows > 1000
    (token,) = memory_keyring.secrets.values()
    assert memory_keyring.secrets == {("DapodikLokal", f"device-token-{NPSN}"): token}
    registration.create_school_accounts(fresh_db, "operator", "Operator", "rahasia123")
    fresh_db.close()  # checkpoint the WAL into the file we search
    written = _files_under(tmp_path)
    assert written and not [p for p in written if token.encode() in p.read_bytes()]
    db = open_database(fresh_db.path)
    try:
        with db.Session() as session:
            assert session.scalar(select(Sekolah.npsn)) == NPSN
            assert session.scalar(select(func.count()).select_from(PesertaDidik)) == 180
            # The prefill is the server's data, not a local edit waiting to be sent.
            assert session.scalar(select(func.count()).select_from(ChangeLog)) == 0
            assert settings.get(session, settings.KODE_HASH).startswith("$argon2")
        assert {u.username for u in users.all_users(db)} >= {"operator"}
        assert any(u.peran_id == users.PERAN_KEPALA_SEKOLAH for u in users.all_users(db))
    finally:
        db.close()


def test_a_wrong_code_is_refused_by_the_server(server, fresh_db, memory_keyring):
    srv, _ = server
    with pytest.raises(WrongKode, match="Kode Registrasi salah"):
        registration.register_online(fresh_db, srv.base, NPSN, "SALAH", "laptop")
    assert memory_keyring.secrets == {}


def test_an_unreachable_server_gets_a_clear_message(fresh_db, memory_keyring):
    dead = f"http://127.0.0.1:{free_port()}"
    with pytest.raises(RegistrationFailed, match="tidak dapat dihubungi"):
        registration.register_online(fresh_db, dead, NPSN, "X", "laptop")


def test_a_refused_registration_leaves_no_prefill_in_the_data_folder(
    server, fresh_db, memory_keyring
):
    srv, kode = server
    registration.register_online(fresh_db, srv.base, NPSN, kode, "laptop")
    with pytest.raises(RegistrationFailed, match="sudah berisi data sekolah"):
        registration.register_online(fresh_db, srv.base, NPSN, kode, "laptop")
    assert not list(staging_dir().glob("*.prf*"))
    assert not list(fresh_db.path.parent.glob("*.prf*"))


def test_a_missing_prefill_file_is_named_in_indonesian(tmp_path, fresh_db):
    missing = tmp_path / "tidak-ada.prf"
    with pytest.raises(RegistrationFailed) as refused:
        registration.apply_prefill(fresh_db, missing, "KODE")
    assert refused.value.message.format(**refused.value.params) == (
        f"Berkas prefill {missing} tidak ditemukan."
    )


def test_an_interrupted_prefill_download_resumes_where_it_stopped(server, tmp_path):
    srv, kode = server
    http = registration.http_session()
    token = registration.register_device(http, srv.base, NPSN, kode, "laptop").token
    whole = tmp_path / "whole.prf"
    list(registration.download_prefill(http, srv.base, token, whole))
    dest = tmp_path / "resumed.prf"
    steps = registration.download_prefill(http, srv.base, token, dest)
    next(steps)
    steps.close()  # the connection drops after the first chunk (or the app is closed)
    kept = (tmp_path / "resumed.prf.part").stat().st_size
    assert 0 < kept < whole.stat().st_size
    resumed = list(registration.download_prefill(http, srv.base, token, dest))
    assert resumed[0].resumed_from == kept
    assert dest.read_bytes() == whole.read_bytes()


def test_offline_registration_from_a_prefill_file(server, tmp_path, fresh_db):
    srv, kode = server
    prf = tmp_path / "sekolah.prf"
    srv.run("prefill", "--npsn", NPSN, "--out", str(prf))
    with pytest.raises(WrongKode, match="tidak cocok"):
        registration.apply_prefill(fresh_db, prf, "SALAH-KODE")
    applied = registration.apply_prefill(fresh_db, prf, kode)
    assert applied.npsn == NPSN


def test_a_prefill_older_than_data_already_sent_is_refused(server, tmp_path, fresh_db):
    srv, kode = server
    prf = tmp_path / "lama.prf"
    srv.run("prefill", "--npsn", NPSN, "--out", str(prf))
    applied = registration.apply_prefill(fresh_db, prf, kode)
    # This device has since sent data and pulled the server's answer: its rows
    # carry a newer server version than the old prefill's position.
    with fresh_db.engine.begin() as conn:
        conn.execute(update(PesertaDidik).values(server_version=applied.base_cursor + 50))
    with pytest.raises(registration.StalePrefill, match="lebih lama.*data ganda"):
        registration.apply_prefill(fresh_db, prf, kode)


def test_cli_register_creates_the_operator_account(server, tmp_path, memory_keyring, monkeypatch):
    srv, kode = server
    monkeypatch.setenv("DAPODIK_KODE_REGISTRASI", kode)
    monkeypatch.setenv("DAPODIK_PASSWORD", "rahasia123")
    path = tmp_path / "cli.sqlite"
    args = ["register", "--server", srv.base, "--npsn", NPSN, "--db", str(path)]
    assert cli_main(args) == 0
    assert cli_main(args) == 2  # the database already holds the school
    db = open_database(path)
    try:
        assert users.login(db, "operator", "rahasia123").username == "operator"
    finally:
        db.close()
    assert len(memory_keyring.secrets) == 1


def test_without_a_usable_keyring_the_token_is_stored_only_with_consent(
    server, tmp_path, fresh_db, monkeypatch
):
    srv, kode = server
    monkeypatch.setenv("DAPODIK_DATA_DIR", str(tmp_path / "data"))
    import keyring
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        with pytest.raises(credentials.NoCredentialStore, match="persetujuan"):
            registration.register_online(fresh_db, srv.base, NPSN, kode, "laptop")
        credentials.agree_to_file_fallback(fresh_db)
        registration.register_online(fresh_db, srv.base, NPSN, kode, "laptop")
    finally:
        keyring.set_keyring(previous)
    store = credentials.EncryptedFileStore(tmp_path / "data", kode)
    token = store.get(NPSN)
    assert token and not [p for p in _files_under(tmp_path) if token.encode() in p.read_bytes()]
    with pytest.raises(Exception, match="tidak dapat dibuka"):
        credentials.EncryptedFileStore(tmp_path / "data", "KODE-LAIN").get(NPSN)
    assert os.path.exists(tmp_path / "data" / f"device-token-{NPSN}.enc")
