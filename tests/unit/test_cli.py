import sqlite3

from app.accounts import users
from app.accounts.demo import DEMO_PASSWORD, DEMO_USERNAME
from app.cli import EXIT_OK, EXIT_USAGE, main
from app.db.engine import open_database


def test_demo_writes_a_school(tmp_path, capsys):
    path = tmp_path / "demo.sqlite"
    assert main(["demo", "--size", "small", "--db", str(path)]) == EXIT_OK
    assert "NPSN 20219001" in capsys.readouterr().out
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT count(*) FROM peserta_didik").fetchone() == (180,)


def test_demo_creates_the_accounts_the_gui_creates(tmp_path, capsys):
    path = tmp_path / "demo.sqlite"
    assert main(["demo", "--db", str(path)]) == EXIT_OK
    out = capsys.readouterr().out
    with sqlite3.connect(path) as conn:
        names = sorted(n for (n,) in conn.execute("SELECT username FROM pengguna"))
    assert names[1] == DEMO_USERNAME and names[0].startswith("kepsek-")
    assert f"Akun demo dibuat: {DEMO_USERNAME} (" in out and names[0] in out
    assert "README.md" in out
    db = open_database(path)
    try:
        assert users.login(db, DEMO_USERNAME, DEMO_PASSWORD).username == DEMO_USERNAME
    finally:
        db.close()


def test_demo_without_accounts(tmp_path, capsys):
    path = tmp_path / "demo.sqlite"
    assert main(["demo", "--db", str(path), "--no-accounts"]) == EXIT_OK
    assert "Akun demo" not in capsys.readouterr().out
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT count(*) FROM pengguna").fetchone() == (0,)


def test_demo_refuses_a_database_that_has_a_school(small_demo_file, tmp_path, capsys):
    path = tmp_path / "copy.sqlite"
    path.write_bytes(small_demo_file[0].read_bytes())
    assert main(["demo", "--size", "small", "--db", str(path)]) == EXIT_USAGE
    assert "sudah berisi data sekolah" in capsys.readouterr().err


def test_demo_refuses_a_file_that_is_not_a_database(tmp_path, capsys):
    path = tmp_path / "nilai.xlsx"
    path.write_bytes(b"PK\x03\x04 not sqlite")
    assert main(["demo", "--db", str(path)]) == EXIT_USAGE
    assert "bukan basis data Dapodik Lokal" in capsys.readouterr().err
    assert path.read_bytes() == b"PK\x03\x04 not sqlite"
