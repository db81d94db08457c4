"""A sync run that meets an error nobody foresaw (a full disk, a database another
program holds) ends in the Riwayat Sinkronisasi as failed, with the reason;
nothing stays "running", and the wizard says so on the UI thread."""

import errno
import sqlite3
import threading

import pytest
from PySide6.QtCore import Qt

from app.sync import log
from app.sync.run import Precondition, run_sync
from app.sync.server_api import ServerApi
from app.ui import sinkronisasi
from app.ui.sinkronisasi import SyncWizard

NOWHERE = "http://127.0.0.1:9"  # the run fails before it needs a server
LOCKED = (
    sqlite3.OperationalError("database is locked"),
    "Basis data sedang dipakai program lain (terkunci). Tutup program tersebut, lalu ulangi.",
)
DISK_FULL = (
    OSError(errno.ENOSPC, "No space left on device"),
    "Disk penuh: kosongkan sebagian ruang disk, lalu ulangi. ([Errno 28] No space left on device)",
)


def _failing(error: Exception, threads: list | None = None) -> Precondition:
    def check():
        if threads is not None:
            threads.append(threading.current_thread())
        raise error

    return Precondition("Validasi Lokal", check)


@pytest.mark.parametrize("error, text", [LOCKED, DISK_FULL])
def test_an_unexpected_error_ends_the_run_as_failed_with_its_reason(small_db, error, text):
    events = list(
        run_sync(small_db, ServerApi(NOWHERE, "t"), user_id=None, preconditions=[_failing(error)])
    )
    assert events[-1].outcome == log.FAILED
    assert events[-1].text == f"Sinkronisasi gagal: {text}"
    run = log.last_run(small_db)
    assert run.outcome == log.FAILED and run.finished_at is not None
    assert run.errors == [text]


def test_the_wizard_shows_the_failed_run_on_the_ui_thread(qtbot, small_db, monkeypatch):
    threads = []
    monkeypatch.setattr(
        sinkronisasi, "validation_clean", lambda db: _failing(DISK_FULL[0], threads)
    )
    wizard = SyncWizard(small_db, ServerApi(NOWHERE, "t"))
    qtbot.addWidget(wizard)
    page = wizard.sinkronisasi
    wizard.setStartId(wizard.pageIds()[-1])
    wizard.restart()
    wizard.show()
    qtbot.mouseClick(page.start_button, Qt.LeftButton)
    qtbot.waitUntil(page.isComplete, timeout=10_000)
    assert threads and threading.main_thread() not in threads
    assert page.outcome() == log.FAILED
    assert page.step.text() == f"Sinkronisasi gagal: {DISK_FULL[1]}"
    assert page.summary.isVisible() and page.start_button.isEnabled()
    assert log.last_run(small_db).outcome == log.FAILED
