"""The Riwayat Sinkronisasi in the Sinkronisasi tab: filtered by text and outcome,
and exported to Excel without a server. Offscreen Qt."""

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
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
    with qtbot.waitSignal(page.refreshed):
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


def test_the_tab_reads_off_the_ui_thread_and_shows_only_the_newest_read(
    qtbot, small_db, monkeypatch
):
    import threading

    from app.ui import sync_tab

    record_run(small_db, log.DONE, package_id="paket-lama")
    readers = []
    first_may_finish, first_finished = threading.Event(), threading.Event()
    real = sync_tab.read_overview

    def read_overview(db):
        readers.append(threading.current_thread())
        first = len(readers) == 1
        overview = real(db)
        if first:  # the first read is slow: by the time it lands it is stale
            first_may_finish.wait(10)
            first_finished.set()
        else:
            overview.history = []
        return overview

    monkeypatch.setattr(sync_tab, "read_overview", read_overview)
    page = SyncTab(small_db)
    qtbot.addWidget(page)
    assert page.last_run.text() == "Memuat…" and not page.start_button.isEnabled()
    page.show()
    qtbot.waitUntil(lambda: len(readers) == 1)  # the first read is under way
    with qtbot.waitSignal(page.refreshed):
        page.refresh()
    first_may_finish.set()
    qtbot.waitUntil(first_finished.is_set)
    qtbot.wait(100)  # its answer reaches the UI thread, which must drop it

    assert threading.main_thread() not in readers and len(readers) == 2
    assert page.history.rowCount() == 0
    assert page.last_run.text() == "Belum pernah sinkronisasi."


def test_a_rejected_row_reads_in_the_operators_words(qtbot, small_db):
    problem = {
        "table": "peserta_didik",
        "row_id": "",
        "result": "rejected",
        "code": "INVALID_KEY",
        "reason": "Kolom peserta_didik_id bukan UUID: 'kkkk'.",
    }
    record_run(small_db, log.DONE, package_id="paket-malam", exceptions=[problem])
    page = SyncTab(small_db)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.refreshed):
        page.show()
    cell = page.history.visualItemRect(page.history.item(0, 0)).center()
    qtbot.mouseClick(page.history.viewport(), Qt.LeftButton, pos=cell)
    assert page.exceptions.item(0).text() == (
        "Peserta Didik: Ditolak — Kolom peserta_didik_id bukan UUID: 'kkkk'. (INVALID_KEY)"
    )
