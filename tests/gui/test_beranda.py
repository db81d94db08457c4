"""Beranda's "Perubahan yang belum dikirim": what an edit adds, what a sync clears,
and the last sync's result, read again whenever Beranda is shown."""

import pytest
from PySide6.QtCore import QSettings
from sqlalchemy import update

from app.db.change_tracking import current_counter, set_suppressed
from app.sync import log
from app.sync.state import set_acked_counter
from app.ui.main_window import MainWindow
from app.ui.pages import BerandaPage
from dapodik.schema.models import SYNCED_MODELS
from tests.sync.sync_support import edit_first_student, record_run


def _acknowledge(db, stamp: bool = False) -> None:
    """What a successful sync leaves: every change so far accepted by the server
    (and, with ``stamp``, every row carrying the server's version)."""
    with db.Session() as session:
        if stamp:
            set_suppressed(session, True)
            for model in SYNCED_MODELS:
                session.execute(update(model).values(server_version=1))
            set_suppressed(session, False)
        set_acked_counter(session, current_counter(session))
        session.commit()


def _pending_rows(page: BerandaPage) -> list[list[str]]:
    table = page.pending
    return [
        [table.item(r, c).text() for c in range(table.columnCount()) if table.item(r, c)]
        for r in range(table.rowCount())
    ]


@pytest.fixture
def window(qtbot, small_db):
    QSettings().clear()
    _acknowledge(small_db, stamp=True)
    w = MainWindow(small_db)
    qtbot.addWidget(w)
    w.show()
    return w


def _beranda_shown_again(qtbot, window) -> BerandaPage:
    """Beranda after another tab, once it has read what is pending (off the UI thread)."""
    page = window.show_tab("beranda")
    window.show_tab("peserta_didik")
    with qtbot.waitSignal(page.refreshed):
        window.show_tab("beranda")
    return page


def test_beranda_lists_an_edit_until_a_sync_accepts_it(qtbot, window):
    db = window.db
    page = _beranda_shown_again(qtbot, window)
    assert _pending_rows(page) == [["Tidak ada perubahan"]]
    assert page.last_run.text() == "Belum pernah sinkronisasi."

    edit_first_student(db, "Jl. Beranda 1")
    _beranda_shown_again(qtbot, window)
    assert _pending_rows(page) == [["Peserta Didik", "0", "1", "0"]]
    assert page.pending.item(0, 0).toolTip() == "peserta_didik"

    _acknowledge(db)
    record_run(db, log.DONE, server_status="processed")
    _beranda_shown_again(qtbot, window)
    assert _pending_rows(page) == [["Tidak ada perubahan"]]
    assert page.last_run.text().startswith("Sinkronisasi terakhir: ")
    assert page.last_run.text().endswith(", Selesai; status server: Berhasil diproses.")


def test_beranda_reads_what_is_pending_off_the_ui_thread(qtbot, small_db, monkeypatch):
    import threading

    from app.ui import pages

    readers = []

    def pending_and_last_run(db):
        readers.append(threading.current_thread())
        return {}, None

    monkeypatch.setattr(pages, "pending_and_last_run", pending_and_last_run)
    page = BerandaPage(small_db)
    qtbot.addWidget(page)
    assert page.last_run.text() == "Memuat…"
    with qtbot.waitSignal(page.refreshed):
        page.show()
    assert readers and threading.main_thread() not in readers
    assert page.last_run.text() == "Belum pernah sinkronisasi."


def test_every_table_a_package_carries_has_a_title(qapp):
    from app.ui.sync_summary import table_label

    untitled = [
        m.__table__.name for m in SYNCED_MODELS if table_label(m.__table__.name) == m.__table__.name
    ]
    assert untitled == []
