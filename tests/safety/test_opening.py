"""Only our own, sound files are opened for writing: another program's SQLite file
and a damaged database are refused with a message and exit 2, left byte-identical."""

import shutil
import sqlite3

import pytest

from app.cli import main as cli_main
from app.db.engine import open_database
from app.db.errors import DatabaseOpenError
from app.db.integrity import DatabaseDamaged

from .damage import damage_schema_page, damage_table_page


def _foreign(path):
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE buku (id INTEGER PRIMARY KEY, judul TEXT)")
        conn.executemany("INSERT INTO buku (judul) VALUES (?)", [("Laskar Pelangi",), ("Bumi",)])
    conn.close()
    return path.read_bytes()


def _siblings(path):
    return sorted(p.name for p in path.parent.iterdir())


def test_another_programs_sqlite_file_is_refused_untouched(tmp_path, capsys):
    path = tmp_path / "perpustakaan.sqlite"
    before = _foreign(path)
    with pytest.raises(DatabaseOpenError, match="milik program lain"):
        open_database(path)
    assert cli_main(["validate", "--db", str(path)]) == 2
    assert "milik program lain" in capsys.readouterr().err
    assert path.read_bytes() == before
    assert _siblings(path) == ["perpustakaan.sqlite"]  # no -wal, no -shm left behind


def test_the_centres_database_is_not_taken_for_a_school(tmp_path):
    path = tmp_path / "server.sqlite"
    with sqlite3.connect(path) as conn:
        for name in ("alembic_version", "app_setting", "sekolah", "srv_school"):
            conn.execute(f"CREATE TABLE {name} (x)")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseOpenError, match="milik program lain"):
        open_database(path)
    assert path.read_bytes() == before


@pytest.mark.parametrize("content", [b"", None], ids=["empty file", "sqlite without tables"])
def test_an_empty_file_becomes_a_new_school_database(tmp_path, content):
    path = tmp_path / "baru.sqlite"
    if content is None:
        sqlite3.connect(path).execute("PRAGMA user_version = 0").connection.close()
        with sqlite3.connect(path) as conn:
            conn.execute("VACUUM")
        conn.close()
    else:
        path.write_bytes(content)
    db = open_database(path)
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM alembic_version").scalar() == 1
    db.close()


@pytest.fixture
def damaged(small_demo_file, tmp_path):
    path = tmp_path / "rusak.sqlite"
    shutil.copy(small_demo_file[0], path)
    damage_table_page(path)
    return path


def test_a_damaged_page_is_found_at_open(damaged):
    before = damaged.read_bytes()
    with pytest.raises(DatabaseDamaged, match="rusak"):
        open_database(damaged)
    assert damaged.read_bytes() == before


@pytest.mark.parametrize(
    "command",
    [["validate"], ["export", "peserta_didik", "--out", "OUT"], ["backup"], ["sync", "--status"]],
    ids=lambda c: c[0],
)
def test_commands_on_a_damaged_database_say_so_with_exit_2(damaged, command, tmp_path, capsys):
    before = damaged.read_bytes()
    argv = [a.replace("OUT", str(tmp_path / "pd.xlsx")) for a in command]
    assert cli_main([*argv, "--db", str(damaged)]) == 2
    err = capsys.readouterr().err
    assert "rusak" in err and "Traceback" not in err
    assert damaged.read_bytes() == before
    assert not (tmp_path / "pd.xlsx").exists()
    assert not list(tmp_path.glob("rusak-cadangan/*"))  # backup wrote nothing


def test_a_damaged_schema_page_is_refused_with_exit_2(small_demo_file, tmp_path, capsys):
    path = tmp_path / "skema-rusak.sqlite"
    shutil.copy(small_demo_file[0], path)
    damage_schema_page(path)
    before = path.read_bytes()
    assert cli_main(["validate", "--db", str(path)]) == 2
    err = capsys.readouterr().err
    assert "rusak" in err
    assert path.read_bytes() == before


def test_the_gui_refuses_another_programs_file_untouched(qtbot, tmp_path, monkeypatch):
    import sys

    from app.ui import app as gui_app
    from tests.gui.hands import Operator

    path = tmp_path / "kasir" / "kasir.sqlite"
    path.parent.mkdir()
    before = _foreign(path)
    shown = []

    def read_and_close(hands, box) -> None:
        shown.append(box.text())
        hands.click("Tutup")

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    with Operator(qtbot).answering("Basis data tidak dapat dibuka", read_and_close):
        assert gui_app.run_gui(path) == 2
    assert "milik program lain" in shown[0]
    assert path.read_bytes() == before and _siblings(path) == ["kasir.sqlite"]
