"""The Excel import dialog reads and writes on a worker, with a progress bar and
Batal; a cancelled import writes nothing."""

import time

import pytest
from PySide6.QtCore import Qt

from app.entry import excel
from app.ui.import_dialog import ImportDialog
from tests.entry.test_excel import GOOD, student_count, write_book


@pytest.fixture
def dialog(qtbot, small_db):
    widget = ImportDialog(small_db, "peserta_didik")
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _slowed(monkeypatch, name: str) -> None:
    """What the import does per row (``excel.<name>``) takes a while, as for a
    large school's file: long enough to press Batal between two rows."""
    per_row = getattr(excel, name)

    def slow(*args):
        time.sleep(0.3)
        return per_row(*args)

    monkeypatch.setattr(excel, name, slow)


def test_the_preview_shows_its_progress_and_can_be_cancelled(qtbot, dialog, tmp_path, monkeypatch):
    _slowed(monkeypatch, "check")
    monkeypatch.setattr(excel, "PREVIEW_BATCH", 1)  # progress after every row
    dialog.load(str(write_book(tmp_path / "pd.xlsx", GOOD)))
    qtbot.waitUntil(lambda: dialog.progress.bar.value() == 1, timeout=5000)
    assert dialog.progress.isVisible() and not dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.progress.cancel_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: not dialog.progress.isVisible(), timeout=5000)
    assert dialog.summary.text() == "Pratinjau dibatalkan. Pilih berkas lagi."
    assert dialog.table.rowCount() == 0 and not dialog.import_button.isEnabled()


def test_a_cancelled_import_writes_nothing(qtbot, dialog, small_db, tmp_path, monkeypatch):
    before = student_count(small_db)
    dialog.load(str(write_book(tmp_path / "pd.xlsx", GOOD)))
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=5000)
    _slowed(monkeypatch, "write")
    qtbot.mouseClick(dialog.import_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: dialog.progress.bar.value() == 1, timeout=5000)
    qtbot.mouseClick(dialog.progress.cancel_button, Qt.LeftButton)
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=5000)
    assert dialog.summary.text() == "Impor dibatalkan; tidak ada yang ditulis."
    assert student_count(small_db) == before  # the row written is rolled back
