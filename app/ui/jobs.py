"""The one way the UI runs work off its thread.

Work is a function without arguments (written below ``app/ui``, so the command
line and the tests call the same code). If it returns a generator, that
generator yields progress and returns the result: the runner shows each step
and, once the job's token is cancelled, throws ``Cancelled`` into it at the
step it is paused at. Work that reports through a callback instead calls
``job.report`` (safe from the worker thread).

A ``Job`` is a QObject child of the widget that started it, and its outcome
reaches the UI thread as one of its signals: progress (only the newest, however
fast the work yields), then the result, the error or the cancellation. When the
widget is gone, so is the job, and the outcome is dropped, never delivered to a
deleted widget. The worker emits only through an object it holds itself, which
nothing on the UI side deletes; and when the application quits, running jobs are
cancelled and waited for, so no worker outlives the objects it reports to.

Failures are logged with their traceback here; the UI shows them with
``translations.error_text``.
"""

import logging
import threading
from collections.abc import Callable, Generator

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QWidget

from ..i18n import UserError
from ..work import Cancelled, CancelToken, Progress

log = logging.getLogger(__name__)
# How long quitting waits for cancelled jobs to stop (an upload ends its chunk).
QUIT_WAIT_MS = 10_000
SUCCEEDED, FAILED, CANCELLED = "succeeded", "failed", "cancelled"


class _Emitter(QObject):
    """The worker's way back to the UI thread. Held by the worker's channel and
    parented to nothing, so the UI never deletes it under a running worker."""

    progress_ready = Signal()
    ended = Signal(str, object)  # SUCCEEDED / FAILED / CANCELLED, and the value


class _Channel:
    """What the worker touches: plain Python, never the Job (which the UI may
    delete). Progress is coalesced: the worker keeps only the newest value and
    signals only when the UI thread has taken the previous one."""

    def __init__(self, emitter: _Emitter) -> None:
        self.emitter = emitter
        self._lock = threading.Lock()
        self._latest: object = None
        self._told = False

    def report(self, progress: object) -> None:
        with self._lock:
            self._latest = progress
            told, self._told = self._told, True
        if not told:
            self._emit(self.emitter.progress_ready)

    def take_progress(self) -> object:
        with self._lock:
            self._told = False
            return self._latest

    def end(self, kind: str, value: object) -> None:
        self._emit(self.emitter.ended, kind, value)

    @staticmethod
    def _emit(signal, *args) -> None:
        try:
            signal.emit(*args)
        except RuntimeError:
            # Python is tearing the objects down (a job that outlived the wait at
            # quit, or a test process ending): there is nobody left to tell.
            log.info("Pekerjaan selesai setelah aplikasi ditutup; hasilnya diabaikan.")


_running: set[CancelToken] = set()
_running_lock = threading.Lock()
_watched_app: QCoreApplication | None = None


def _cancel_all_and_wait() -> None:
    """On quit: stop every job and wait, so that no worker still runs while Python
    and Qt tear down the objects it would report to."""
    with _running_lock:
        tokens = list(_running)
    for token in tokens:
        token.cancel()
    QThreadPool.globalInstance().waitForDone(QUIT_WAIT_MS)


def _watch_quit() -> None:
    global _watched_app
    app = QCoreApplication.instance()
    if app is not None and app is not _watched_app:
        app.aboutToQuit.connect(_cancel_all_and_wait)
        _watched_app = app


class _Runnable(QRunnable):
    def __init__(self, work: Callable[[], object], token: CancelToken, channel: _Channel):
        super().__init__()
        self.work, self.token, self.channel = work, token, channel

    def run(self) -> None:
        try:
            outcome = self.work()
            if isinstance(outcome, Generator):
                outcome = self._drive(outcome)
        except Cancelled:
            self.channel.end(CANCELLED, None)
        except UserError as exc:  # a refusal the operator can act on, not a defect
            log.warning("%s: %s", _name(self.work), exc)
            self.channel.end(FAILED, exc)
        except Exception as exc:
            log.exception("%s gagal", _name(self.work))
            self.channel.end(FAILED, exc)
        else:
            self.channel.end(SUCCEEDED, outcome)
        finally:
            with _running_lock:
                _running.discard(self.token)

    def _drive(self, steps: Generator) -> object:
        thrown = False
        while True:
            try:
                if self.token.cancelled and not thrown:
                    thrown = True  # once: the work may end its step and report it
                    step = steps.throw(Cancelled())
                else:
                    step = next(steps)
            except StopIteration as end:
                return end.value
            self.channel.report(step)


def _name(work: Callable) -> str:
    return getattr(work, "__qualname__", repr(work))


class Job(QObject):
    """One piece of work on the thread pool, as the widget that started it sees it."""

    progressed = Signal(object)
    succeeded = Signal(object)
    failed = Signal(object)  # the exception
    cancelled = Signal()

    def __init__(self, owner: QObject, token: CancelToken | None = None):
        super().__init__(owner)
        self.token = token or CancelToken()
        self._channel = _Channel(_Emitter())
        self._channel.emitter.progress_ready.connect(self._show_progress, Qt.QueuedConnection)
        self._channel.emitter.ended.connect(self._end, Qt.QueuedConnection)
        self.report = self._channel.report
        self._running = False
        self._discarded = False

    def start(self, work: Callable[[], object]) -> "Job":
        _watch_quit()
        with _running_lock:
            _running.add(self.token)
        self._running = True
        QThreadPool.globalInstance().start(_Runnable(work, self.token, self._channel))
        return self

    def cancel(self) -> None:
        self.token.cancel()

    def discard(self) -> None:
        """Nobody wants this job's outcome any more (a newer one replaced it)."""
        self._discarded = True
        self.token.cancel()

    def is_running(self) -> bool:
        """Until its outcome has been delivered on the UI thread."""
        return self._running

    def _show_progress(self) -> None:
        progress = self._channel.take_progress()
        if not self._discarded:
            self.progressed.emit(progress)

    def _end(self, kind: str, value: object) -> None:
        self._running = False
        if not self._discarded:
            if kind == SUCCEEDED:
                self.succeeded.emit(value)
            elif kind == FAILED:
                self.failed.emit(value)
            else:
                self.cancelled.emit()
        self.deleteLater()  # its owner may start many: they must not pile up


def start_job(
    owner: QObject,
    work: Callable[[], object],
    on_done: Callable[[object], None],
    on_error: Callable[[Exception], None],
) -> Job:
    """Start ``work`` on the thread pool and call ``on_done(result)`` or
    ``on_error(exception)`` on the UI thread, unless ``owner`` is gone by then."""
    job = Job(owner)
    job.succeeded.connect(on_done)
    job.failed.connect(on_error)
    return job.start(work)


class LatestOnly:
    """Reads of one kind where only the newest counts, as when a page is shown
    again before its last read came back: starting one discards the outcome,
    result or error, of any still under way."""

    def __init__(
        self,
        owner: QObject,
        on_done: Callable[[object], None],
        on_error: Callable[[Exception], None],
    ):
        self.owner, self.on_done, self.on_error = owner, on_done, on_error
        self.job: Job | None = None

    def start(self, work: Callable[[], object]) -> Job:
        if self.job is not None and self.job.is_running():
            self.job.discard()
        self.job = start_job(self.owner, work, self.on_done, self.on_error)
        return self.job


class JobProgress(QWidget):
    """A long job's determinate progress bar and its Batal button, shown while the
    job runs. ``text`` is the bar's format, e.g. "%v dari %m aturan"."""

    def __init__(self, text: str, parent=None):
        super().__init__(parent)
        self.job: Job | None = None
        self.bar = QProgressBar()
        self.bar.setFormat(text)
        self.cancel_button = QPushButton(self.tr("Batal"))
        self.cancel_button.clicked.connect(self.cancel)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.bar, 1)
        row.addWidget(self.cancel_button)
        self.hide()

    def follow(self, job: Job) -> Job:
        self.job = job
        self.bar.setRange(0, 0)  # busy until the first step says how many there are
        self.cancel_button.setEnabled(True)
        job.progressed.connect(self._show)
        job.succeeded.connect(self._ended)
        job.failed.connect(self._ended)
        job.cancelled.connect(self._ended)
        self.show()
        return job

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.cancel_button.setEnabled(False)

    def _show(self, progress: Progress) -> None:
        self.bar.setRange(0, progress.total)
        self.bar.setValue(progress.done)

    def _ended(self, *_outcome) -> None:
        self.job = None
        self.hide()
