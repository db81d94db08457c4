"""The restore dialog (Berkas → Pulihkan dari Cadangan…) and, at start, the dialog
for a damaged database, driven as an operator drives them."""

import shutil
import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog, QMenu

from app.db.engine import open_database
from app.db.integrity import DatabaseDamaged
from app.sync import backup
from app.ui.restore import DamagedDatabaseDialog, RestoreDialog
from dapodik.demo.school import build_demo
from tests.gui.hands import Operator

from .damage import damage_table_page

SMALL_NPSN = "20219001"


def _names(path) -> list[str]:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        return [r[0] for r in conn.execute("SELECT nama FROM peserta_didik ORDER BY nama")]


def _npsn(path) -> str:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        return conn.execute("SELECT npsn FROM sekolah").fetchone()[0]


def _click(qtbot, button) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    QTest.mouseClick(button, Qt.LeftButton)


def _open_from_menu(qtbot, window) -> RestoreDialog:
    """Alt+B opens Berkas, P chooses Pulihkan dari Cadangan…"""
    window.activateWindow()
    QTest.keyClick(window, Qt.Key_B, Qt.AltModifier)
    menu = next(m for m in window.findChildren(QMenu) if m.isVisible())
    QTest.keyClick(menu, Qt.Key_P)
    qtbot.waitUntil(lambda: window.findChild(RestoreDialog) is not None, timeout=5000)
    dialog = window.findChild(RestoreDialog)
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    return dialog


def _choose(qtbot, dialog, path, monkeypatch) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    _click(qtbot, dialog.choose_button)
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=10000)


def _restore(qtbot, dialog) -> None:
    _click(qtbot, dialog.restore_button)
    qtbot.waitUntil(lambda: "dipulihkan" in dialog.outcome.text(), timeout=20000)


def test_this_schools_backup_is_restored_from_the_menu(qtbot, window, tmp_path, monkeypatch):
    path = window.db.path
    copy = backup.backup_database(path, tmp_path / "cadangan.sqlite")
    before = _names(path)
    with window.db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE peserta_didik SET nama = 'Diubah Setelah Cadangan'")

    dialog = _open_from_menu(qtbot, window)
    _choose(qtbot, dialog, copy, monkeypatch)
    assert not dialog.typed.isVisible() and not dialog.warning.text()
    assert f"NPSN {SMALL_NPSN}" in dialog.chosen.text()
    _restore(qtbot, dialog)

    assert _names(path) == before
    assert "Aplikasi ditutup" in dialog.outcome.text()
    _click(qtbot, dialog.close_button)  # "Tutup"
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)


@pytest.fixture
def other_school(tmp_path):
    made = tmp_path / "sekolah-b.sqlite"
    db = open_database(made)
    with db.engine.begin() as conn:
        build_demo(conn, "small", seed=7)
        conn.exec_driver_sql("UPDATE sekolah SET npsn = '20219777', nama = 'SD Negeri Lain 3'")
    db.close()
    return backup.backup_database(made, tmp_path / "flashdisk" / "sekolah-b.sqlite")


def test_another_schools_backup_needs_the_npsn_typed(qtbot, window, other_school, monkeypatch):
    path = window.db.path
    dialog = _open_from_menu(qtbot, window)
    _choose(qtbot, dialog, other_school, monkeypatch)

    assert "SD Negeri Lain 3 (NPSN 20219777)" in dialog.warning.text()
    assert f"(NPSN {SMALL_NPSN})" in dialog.warning.text()
    assert dialog.typed.isVisible() and SMALL_NPSN in dialog.typed_label.text()
    assert not dialog.restore_button.isEnabled()
    QTest.keyClicks(dialog.typed, "20219777")  # the other school's NPSN is not the answer
    assert not dialog.restore_button.isEnabled()
    dialog.typed.clear()
    QTest.keyClicks(dialog.typed, SMALL_NPSN)
    _restore(qtbot, dialog)
    assert _npsn(path) == "20219777"


def test_cancelling_leaves_the_school_as_it_was(qtbot, window, other_school, monkeypatch):
    path = window.db.path
    before = path.read_bytes()
    dialog = _open_from_menu(qtbot, window)
    _choose(qtbot, dialog, other_school, monkeypatch)
    QTest.keyClicks(dialog.typed, SMALL_NPSN)
    _click(qtbot, dialog.close_button)  # "Batal"
    assert not dialog.isVisible()
    assert _npsn(path) == SMALL_NPSN and path.read_bytes() == before


@pytest.fixture
def damaged(small_demo_file, tmp_path):
    """A database damaged after two automatic backups were taken."""
    path = tmp_path / "dapodik.sqlite"
    shutil.copy(small_demo_file[0], path)
    for _ in range(2):
        backup.backup_before_pull(path)
    good = _names(path)
    damage_table_page(path)
    with pytest.raises(DatabaseDamaged) as refused:
        open_database(path)
    return path, good, refused.value


def test_a_damaged_database_offers_its_newest_good_backup(qtbot, damaged):
    path, good, error = damaged
    dialog = DamagedDatabaseDialog(error)
    qtbot.addWidget(dialog)
    dialog.show()
    shown = " ".join(label.text() for label in dialog.findChildren(type(dialog.outcome)))
    assert "rusak" in shown and str(dialog.backup) in shown
    assert dialog.backup == sorted(backup.backup_folder(path).glob("sebelum-tarik-*"))[-1]
    with qtbot.waitSignal(dialog.accepted, timeout=20000):
        _click(qtbot, dialog.restore_button)
    db = open_database(path)  # the start goes on with the restored database
    db.close()
    assert _names(path) == good
    kept = list(backup.backup_folder(path).glob(f"{backup.SAFETY_PREFIX}-*.sqlite"))
    assert len(kept) == 1  # the damaged content, kept aside


def test_without_a_good_backup_the_dialog_says_so(qtbot, damaged):
    path, _good, error = damaged
    shutil.rmtree(backup.backup_folder(path))
    dialog = DamagedDatabaseDialog(error)
    qtbot.addWidget(dialog)
    dialog.show()
    shown = " ".join(label.text() for label in dialog.findChildren(type(dialog.outcome)))
    assert "Tidak ada cadangan yang baik" in shown
    assert not dialog.restore_button.isVisible()
    with qtbot.waitSignal(dialog.rejected, timeout=5000):
        _click(qtbot, dialog.quit_button)


def test_the_start_restores_a_damaged_database_then_asks_for_the_login(qtbot, damaged, launch):
    path, good, _error = damaged
    op = Operator(qtbot)
    startup = launch(path)
    op.window("Basis data rusak")
    op.click("Pulihkan Cadangan Terbaru")
    op.window("Masuk")  # the start goes on with the restored database
    assert startup.db.path == path and _names(path) == good


def test_keluar_ends_a_start_on_a_damaged_database(qtbot, damaged, launch):
    path, _good, _error = damaged
    op = Operator(qtbot)
    startup = launch(path)
    dialog = op.window("Basis data rusak")
    with qtbot.waitSignal(startup.ended, timeout=5000) as ended:
        op.click("Keluar")
    assert ended.args == [2]
    op.gone(dialog)
