"""A full disk during ``backup`` or ``user add``: a clear message, exit 2, data intact.

On a small tmpfs where this machine lets the tests mount one (root), and always
with SQLite's "database or disk is full" (SQLITE_FULL) simulated, for CI
machines that allow no mounts.
"""

import shutil
import sqlite3
import subprocess

import pytest
import sqlalchemy.exc
from sqlalchemy.orm import Session

from app.cli import main as cli_main
from app.db.engine import open_database
from app.sync import backup

PASSWORD_ENV = {"DAPODIK_PASSWORD": "rahasia123"}
SQLITE_FULL = "database or disk is full"


@pytest.fixture
def tmpfs(tmp_path):
    """A 3 MiB tmpfs; skipped where mounting is not allowed."""
    folder = tmp_path / "tmpfs"
    folder.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(folder)], capture_output=True
    )
    if mounted.returncode != 0:
        pytest.skip(f"no tmpfs here ({mounted.stderr.decode().strip()}); see the simulated test")
    yield folder
    subprocess.run(["umount", "-l", str(folder)], check=True)


def _fill(folder):
    subprocess.run(["dd", "if=/dev/zero", f"of={folder / 'pengisi'}", "bs=4k"], capture_output=True)


def _pengguna(path):
    with sqlite3.connect(path) as conn:
        rows = conn.execute("SELECT username FROM pengguna ORDER BY username").fetchall()
        assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    return rows


def _user_add(path, monkeypatch, capsys):
    for name, value in PASSWORD_ENV.items():
        monkeypatch.setenv(name, value)
    code = cli_main(["user", "add", "budi", "--db", str(path)])
    return code, capsys.readouterr().err


def test_user_add_on_a_full_tmpfs(small_demo_file, tmpfs, monkeypatch, capsys):
    path = tmpfs / "dapodik.sqlite"
    shutil.copy(small_demo_file[0], path)
    before = _pengguna(path)
    db = open_database(path)  # the app holds the database, as the GUI does, when the disk fills
    try:
        _fill(tmpfs)
        code, err = _user_add(path, monkeypatch, capsys)
    finally:
        db.close()
    assert code == 2
    assert "Disk penuh" in err and "Traceback" not in err
    (tmpfs / "pengisi").unlink()
    assert _pengguna(path) == before


def test_backup_onto_a_full_tmpfs(small_db, tmpfs, capsys):
    _fill(tmpfs)
    before = small_db.path.read_bytes()
    out = tmpfs / "cadangan.sqlite"
    assert cli_main(["backup", "--db", str(small_db.path), "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert "Disk penuh" in err and "Traceback" not in err
    assert sorted(p.name for p in tmpfs.iterdir()) == ["pengisi"]  # no half backup
    assert small_db.path.read_bytes() == before


def _disk_full(*_args, **_kwargs):
    raise sqlite3.OperationalError(SQLITE_FULL)


def _commit_on_a_full_disk(_session):
    raise sqlalchemy.exc.OperationalError(
        "INSERT INTO pengguna", {}, sqlite3.OperationalError(SQLITE_FULL)
    )


def test_user_add_with_sqlite_full_simulated(small_db, monkeypatch, capsys):
    before = _pengguna(small_db.path)
    monkeypatch.setattr(Session, "commit", _commit_on_a_full_disk)
    code, err = _user_add(small_db.path, monkeypatch, capsys)
    monkeypatch.undo()
    assert code == 2
    assert "Disk penuh" in err and "Traceback" not in err
    assert _pengguna(small_db.path) == before


def test_backup_with_sqlite_full_simulated(small_db, tmp_path, monkeypatch, capsys):
    def copy_then_fail(_src, dst):
        dst.write_bytes(b"SQLite format 3\x00 setengah")
        _disk_full()

    monkeypatch.setattr(backup, "_copy", copy_then_fail)
    out = tmp_path / "cadangan" / "cadangan.sqlite"
    assert cli_main(["backup", "--db", str(small_db.path), "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert "Disk penuh" in err and "Traceback" not in err
    assert list(out.parent.iterdir()) == []


def test_a_full_disk_in_a_screen_is_said_plainly(qtbot, tmp_path, monkeypatch):
    """A save on the UI thread that meets a full disk: the operator reads that the
    disk is full, not only that something unexpected happened."""
    import sys

    from PySide6.QtWidgets import QMessageBox

    from app.ui.crash import install_exception_hook
    from tests.gui.hands import Operator

    shown = []

    def read_and_close(hands, box: QMessageBox) -> None:
        shown.append(box.text())
        hands.click("Tutup")

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    install_exception_hook(tmp_path / "dapodik-lokal.log")
    with Operator(qtbot).answering("Terjadi kesalahan", read_and_close):
        try:
            _commit_on_a_full_disk(None)
        except sqlalchemy.exc.OperationalError:
            sys.excepthook(*sys.exc_info())
    assert "Disk penuh" in shown[0] and "tidak hilang" in shown[0]
