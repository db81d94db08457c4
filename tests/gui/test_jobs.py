"""The one job runner: work off the UI thread, its progress, Batal, failures logged
and told in Indonesian, outcomes dropped for a widget that is gone, and quitting
while work runs."""

import errno
import logging
import shutil
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from app.ui.jobs import Job, LatestOnly, start_job
from app.ui.translations import error_text
from app.work import Cancelled, Progress

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def owner(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def test_a_generator_reports_its_progress_and_result_on_the_ui_thread(qtbot, owner):
    workers, shown = [], []

    def count():
        workers.append(threading.current_thread())
        for done in range(1, 4):
            time.sleep(0.02)
            yield Progress(done, 3)
        return "selesai"

    job = Job(owner)
    job.progressed.connect(lambda p: shown.append((threading.current_thread(), p)))
    with qtbot.waitSignal(job.succeeded) as result:
        job.start(count)
    assert result.args == ["selesai"] and not job.is_running()
    assert workers and threading.main_thread() not in workers
    assert {thread for thread, _ in shown} == {threading.main_thread()}
    assert shown[-1][1] == Progress(3, 3)


def test_batal_throws_cancelled_into_the_work_at_its_step(qtbot, owner):
    cleaned_up = threading.Event()

    def endless():
        try:
            while True:
                time.sleep(0.01)
                yield Progress(1, 2)
        finally:
            cleaned_up.set()  # e.g. a transaction rolled back

    job = Job(owner)
    with qtbot.waitSignal(job.progressed):
        job.start(endless)
    with qtbot.waitSignal(job.cancelled):
        job.cancel()
    assert cleaned_up.is_set()


def test_work_that_handles_cancelled_still_delivers_its_last_step(qtbot, owner):
    """The sync run records a cancelled run in its log and says so in a last event."""

    def polite():
        try:
            while True:
                time.sleep(0.01)
                yield "bekerja"
        except Cancelled:
            yield "dihentikan"

    job = Job(owner)
    shown = []
    job.progressed.connect(shown.append)
    with qtbot.waitSignal(job.progressed):
        job.start(polite)
    with qtbot.waitSignal(job.succeeded):
        job.cancel()
    assert shown[-1] == "dihentikan"


@pytest.mark.parametrize(
    "error, text",
    [
        (
            sqlite3.OperationalError("database is locked"),
            "Basis data sedang dipakai program lain (terkunci). Tutup program tersebut, "
            "lalu ulangi.",
        ),
        (
            OSError(errno.ENOSPC, "No space left on device"),
            "Disk penuh: kosongkan sebagian ruang disk, lalu ulangi. "
            "([Errno 28] No space left on device)",
        ),
        (
            KeyError("x"),
            "Kesalahan tak terduga: 'x'. Rinciannya tercatat di log aplikasi.",
        ),
    ],
)
def test_a_failure_is_logged_with_its_traceback_and_told_in_indonesian(
    qtbot, owner, caplog, error, text
):
    def broken():
        raise error

    job = Job(owner)
    with qtbot.waitSignal(job.failed) as failure:
        job.start(broken)
    assert failure.args == [error]
    assert error_text(error) == text
    record = next(r for r in caplog.records if r.name == "app.ui.jobs")
    assert record.levelno == logging.ERROR and record.exc_info[1] is error


def test_an_outcome_for_a_widget_that_is_gone_is_dropped(qtbot, capfd):
    widget = QWidget()
    release, delivered = threading.Event(), []
    start_job(widget, lambda: release.wait(5), delivered.append, delivered.append)
    widget.deleteLater()
    qtbot.waitUntil(lambda: not _alive(widget))
    release.set()
    qtbot.wait(200)  # time for a (wrong) delivery to arrive
    assert delivered == []
    assert "RuntimeError" not in capfd.readouterr().err


def _alive(widget) -> bool:
    import shiboken6

    return shiboken6.isValid(widget)


def test_a_failed_older_read_does_not_overwrite_a_newer_one(qtbot, owner):
    older_may_fail = threading.Event()
    shown = []
    reads = LatestOnly(owner, lambda r: shown.append(("gelar", r)), lambda e: shown.append(e))

    def older():
        older_may_fail.wait(5)
        raise OSError("baca lama gagal")

    first = reads.start(older)
    with qtbot.waitSignal(reads.start(lambda: "baru").succeeded):
        pass
    older_may_fail.set()
    qtbot.waitUntil(lambda: not first.is_running())
    qtbot.wait(50)
    assert shown == [("gelar", "baru")]


QUIT_WHILE_READING = """
import sys, threading, time
from PySide6.QtCore import QTimer
from app.db.engine import open_database
from app.ui import pages
from app.ui.app import create_application
from app.ui.main_window import MainWindow

read_pending, finished = pages.pending_and_last_run, threading.Event()

def slow_read(db):  # a large school on an old laptop: still reading at quit
    time.sleep(0.5)
    found = read_pending(db)
    finished.set()
    return found

pages.pending_and_last_run = slow_read
app = create_application(sys.argv)
window = MainWindow(open_database(sys.argv[1]))
window.show()  # Beranda starts its read of what is pending
QTimer.singleShot(0, app.quit)
app.exec()
print("read finished before exit" if finished.is_set() else "read still running at exit")
"""


def test_quitting_while_a_read_is_under_way_waits_for_it_and_prints_no_error(
    small_demo_file, tmp_path
):
    """What benchmarks/startup.py does, with a slower read. A worker still running
    while Python tore the objects down printed "RuntimeError: Signal source has
    been deleted"; now quitting cancels running jobs and waits for them."""
    database = tmp_path / "demo.sqlite"
    shutil.copy(small_demo_file[0], database)
    done = subprocess.run(
        [sys.executable, "-c", QUIT_WHILE_READING, str(database)],
        cwd=ROOT,
        env={"QT_QPA_PLATFORM": "offscreen", "DAPODIK_DATA_DIR": str(tmp_path), "PATH": ""},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "read finished before exit"
    assert "Error" not in done.stderr, done.stderr
