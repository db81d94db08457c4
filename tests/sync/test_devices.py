"""A laptop whose registration another one replaced, or the centre revoked: its sync
is refused with the reason in Indonesian and its unsent changes stay; registering it
again (python -m app register --again) sends them. A new Kode Registrasi reaches
the laptop with its next pull."""

import re

import requests

from app.accounts import kode
from app.accounts.credentials import token_store
from app.accounts.registration import register_online
from app.cli import main as cli_main
from app.db.engine import open_database
from app.sync import log
from tests.sync.sync_support import new_students, outcome, pending


def _errors(db) -> list[str]:
    return log.last_run(db).errors


def test_a_second_laptop_retires_the_first_whose_changes_stay(
    installation, sync_server, tmp_path, memory_keyring, monkeypatch, capsys
):
    db = installation.db
    new_students(db, 3)
    waiting = pending(db)
    assert waiting

    second = open_database(tmp_path / "laptop-kedua.sqlite")
    register_online(second, sync_server.base, installation.npsn, installation.kode, "laptop kedua")
    second.close()

    assert outcome(installation.sync()) == log.FAILED
    (error,) = _errors(db)
    assert re.search(r"sudah diganti oleh registrasi baru pada \d{4}-\d\d-\d\d \d\d:\d\d", error)
    assert "belum dikirim tetap tersimpan" in error
    assert pending(db) == waiting

    # This laptop is the one the school uses after all: registered again, it sends.
    monkeypatch.setenv("DAPODIK_KODE_REGISTRASI", installation.kode)
    argv = ["register", "--again", "--db", str(db.path), "--server", sync_server.base]
    assert cli_main(argv) == 0
    assert "terdaftar ulang" in capsys.readouterr().out
    installation.token = token_store(db).get(installation.npsn)
    assert outcome(installation.sync()) == log.DONE
    assert pending(db) == {}


def test_a_revoked_laptop_is_told_so(installation, sync_server):
    new_students(installation.db, 2)
    waiting = pending(installation.db)
    listed = sync_server.admin("device", "list", "--npsn", installation.npsn).stdout
    device_id = listed.splitlines()[2].split()[0]
    sync_server.admin("device", "revoke", "--npsn", installation.npsn, "--device", device_id)
    assert outcome(installation.sync()) == log.FAILED
    assert "dicabut oleh server pusat pada" in _errors(installation.db)[0]
    assert pending(installation.db) == waiting


def test_a_new_kode_registrasi_reaches_the_laptop_at_its_next_pull(installation, sync_server):
    out = sync_server.admin("school", "rotate-kode", "--npsn", installation.npsn).stdout
    new = re.search(r": (\S+)\n", out).group(1)
    events = installation.sync()
    assert outcome(events) == log.DONE
    assert any("Kode Registrasi baru" in note for note in log.last_run(installation.db).notes)
    with installation.db.Session() as session:
        kode.verify(session, new)  # the laptop now knows the new code
        session.commit()
    assert (
        requests.post(
            sync_server.url("/api/v1/register"),
            json={
                "npsn": installation.npsn,
                "kode_registrasi": installation.kode,
                "device_name": "x",
            },
            timeout=30,
        ).status_code
        == 401
    )
