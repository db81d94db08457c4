"""The Riwayat Sinkronisasi in the Sinkronisasi tab: filtered by text and outcome,
and exported to Excel without a server. Offscreen Qt."""

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QFileDialog

from app.sync import log
from app.ui.sync_tab import SyncTab
from tests.sync.sync_support import record_run


@pytest.fixture
def tab(qtbot, small_db):
    record_run(small_db, log.DONE, package_id="paket-pagi", server_status="processed")
    record_run(small_db, log.FAILED, package_id="paket-siang", server_status="refused")
    record_run(small_db, log.CANCELLED, package_id="paket-sore")
    page = SyncTab(small_db)
    qtbot.addWidget(page)
    page.show()
    return page


def _shown_packages(tab) -> list[str]:
    history = tab.history
    return [
        history.item(r, 2).text() for r in range(history.rowCount()) if not history.isRowHidden(r)
    ]


def test_the_filter_hides_the_runs_that_do_not_match(qtbot, tab):
    assert _shown_packages(tab) == ["paket-sore", "paket-siang", "paket-pagi"]
    assert tab.filtered.text() == ""

    qtbot.keyClicks(tab.search, "siang")
    assert _shown_packages(tab) == ["paket-siang"]
    assert tab.filtered.text() == "1 dari 3 sinkronisasi"

    tab.search.setText("ditolak")  # the server status, as the table shows it
    assert _shown_packages(tab) == ["paket-siang"]

    tab.search.clear()
    tab.outcome.setCurrentIndex(tab.outcome.findData(log.DONE))
    assert _shown_packages(tab) == ["paket-pagi"]
    tab.search.setText("siang")
    assert _shown_packages(tab) == []

    tab.search.clear()
    tab.outcome.setCurrentIndex(tab.outcome.findData(None))
    assert len(_shown_packages(tab)) == 3 and tab.filtered.text() == ""


def test_the_button_exports_every_run_whatever_the_filter(qtbot, tab, tmp_path, monkeypatch):
    path = tmp_path / "riwayat.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    tab.search.setText("siang")

    tab.export_button.click()
    qtbot.waitUntil(tab.export_button.isEnabled, timeout=10_000)

    assert tab.export_status.text() == f"3 sinkronisasi diekspor ke {path}."
    book = load_workbook(path, read_only=True)
    packages = [row[6] for row in book["Riwayat"].iter_rows(min_row=2, values_only=True)]
    book.close()
    assert packages == ["paket-sore", "paket-siang", "paket-pagi"]


def test_an_export_that_cannot_be_written_says_why(qtbot, tab, tmp_path, monkeypatch):
    path = tmp_path / "tidak-ada" / "riwayat.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))

    tab.export_button.click()
    qtbot.waitUntil(tab.export_button.isEnabled, timeout=10_000)

    assert tab.export_status.text().startswith(
        f"Riwayat Sinkronisasi tidak dapat disimpan ke {path}:"
    )
