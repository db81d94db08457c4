"""The service as a process and a thread: the headless command an operator runs,
its token commands, binding (loopback by default, LAN only when asked), speed on
the large school, and the table's migration."""

import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests
from sqlalchemy import inspect

from app.cli import main
from app.db import migrations
from app.db.engine import make_engine
from app.webservice import DEFAULT_HOST, DEFAULT_PORT
from app.webservice.server import WebService, bind, is_loopback, lan_addresses
from app.webservice.tokens import list_tokens

ROOT = Path(__file__).resolve().parents[2]


def _token_from(output: str) -> str:
    return output.strip().splitlines()[-1]


def test_token_commands_add_list_revoke(small_db, capsys):
    db = str(small_db.path)
    assert main(["webservice", "token", "add", "E-Rapor", "--ip", "192.168.1.7", "--db", db]) == 0
    token = _token_from(capsys.readouterr().out)
    assert re.fullmatch(r"[A-Za-z0-9]{43}", token)
    assert main(["webservice", "token", "add", "E-Rapor", "--db", db]) == 2
    assert "sudah ada" in capsys.readouterr().err
    assert main(["webservice", "token", "add", "Absensi", "--ip", "bukan-ip", "--db", db]) == 2
    assert "tidak sah" in capsys.readouterr().err
    assert main(["--db", db, "webservice", "token", "list"]) == 0
    listing = capsys.readouterr().out
    assert "E-Rapor" in listing and "192.168.1.7" in listing and token not in listing
    assert main(["webservice", "token", "revoke", "E-Rapor", "--db", db]) == 0
    assert main(["webservice", "token", "revoke", "E-Rapor", "--db", db]) == 2
    assert [t.active for t in list_tokens(small_db.engine)] == [False]
    assert main(["webservice", "token", "add", "E-Rapor", "--db", db]) == 0, "name free again"


def test_token_commands_refuse_a_missing_database(tmp_path, capsys):
    assert main(["webservice", "token", "list", "--db", str(tmp_path / "tidak-ada.sqlite")]) == 2
    assert "tidak ada" in capsys.readouterr().err


def test_headless_service_serves_an_unchanged_client(small_demo_file, tmp_path):
    """``python -m app webservice`` in its own process, read by plain requests."""
    path = tmp_path / "school.sqlite"
    shutil.copy(small_demo_file[0], path)
    add = subprocess.run(
        [sys.executable, "-m", "app", "webservice", "token", "add", "E-Rapor", "--db", str(path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    token = _token_from(add.stdout)
    process = subprocess.Popen(
        [sys.executable, "-m", "app", "webservice", "--db", str(path), "--port", "0"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        line = process.stdout.readline()
        url = re.search(r"http://127\.0\.0\.1:\d+/WebService/", line).group(0)
        session = requests.Session()
        session.headers["Authorization"] = f"Bearer {token}"
        npsn = small_demo_file[1].npsn
        sekolah = session.get(url + "getSekolah", params={"npsn": npsn}, timeout=10).json()
        assert sekolah["rows"]["npsn"] == npsn
        siswa = session.get(url + "getPesertaDidik", params={"npsn": npsn}, timeout=10).json()
        assert siswa["results"] == 180
        denied = requests.get(url + "getGtk", params={"npsn": npsn}, timeout=10)
        assert denied.status_code == 401
    finally:
        process.terminate()
        process.wait(timeout=15)
        process.stdout.close()
        process.stderr.close()


def test_the_default_address_is_this_computer_only():
    assert (DEFAULT_HOST, DEFAULT_PORT) == ("127.0.0.1", 5774)
    assert is_loopback(DEFAULT_HOST) and is_loopback("localhost") and is_loopback("::1")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.168.1.2")
    assert all(not is_loopback(a) for a in lan_addresses())
    assert lan_addresses()[-1] == "0.0.0.0"


def test_a_lan_address_is_an_explicit_choice_with_a_warning(small_db, capsys):
    # 192.0.2.0/24 is reserved for documentation: never this computer's, so the bind
    # fails and nothing listens on a real network during the test.
    assert main(["webservice", "--db", str(small_db.path), "--host", "192.0.2.123"]) == 2
    err = capsys.readouterr().err
    assert "PERINGATAN" in err and "--ip" in err
    assert "tidak dapat dimulai" in err
    assert "Belum ada token aktif" in err


def test_a_port_in_use_is_reported_not_hidden(small_db, capsys):
    taken = bind("127.0.0.1", 0)
    try:
        port = taken.getsockname()[1]
        assert main(["webservice", "--db", str(small_db.path), "--port", str(port)]) == 2
        assert "tidak dapat dimulai" in capsys.readouterr().err
        with pytest.raises(OSError):
            WebService(small_db.engine).start("127.0.0.1", port)
    finally:
        taken.close()


def test_start_and_stop_on_a_thread(small_db):
    service = WebService(small_db.engine)
    address = service.start("127.0.0.1", 0)
    assert service.running
    assert requests.get(address.url + "getSekolah", timeout=10).status_code == 401
    service.stop()
    assert not service.running and service.address is None
    with pytest.raises(requests.ConnectionError):
        requests.get(address.url + "getSekolah", timeout=5)


def test_large_school_students_answer_in_under_half_a_second(served_large):
    served = served_large
    served.get("getPesertaDidik")  # warm the page cache, as a running service would be
    times = []
    for _ in range(3):
        started = time.perf_counter()
        response = served.get("getPesertaDidik")
        times.append(time.perf_counter() - started)
        assert response.json()["results"] == 3000
    assert min(times) < 0.5, times


def test_the_token_table_comes_by_its_own_migration(empty_db, tmp_path):
    engine = make_engine(tmp_path / "bertahap.sqlite")
    migrations.upgrade(engine, "0002")
    assert not inspect(engine).has_table("webservice_token")
    migrations.upgrade(engine, "0007")
    assert inspect(engine).has_table("webservice_token")
    engine.dispose()
    columns = {c["name"] for c in inspect(empty_db.engine).get_columns("webservice_token")}
    assert columns == {
        "token_id",
        "nama",
        "token_hash",
        "allowed_ip",
        "created_at",
        "revoked_at",
        "last_used_at",
        "last_used_ip",
    }
