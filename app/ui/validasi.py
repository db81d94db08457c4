"""The Validasi tab: per data tab the count of invalid and peringatan results, the
list of results with their messages, a whole-school run on a worker thread with
progress and cancel, and re-validation of a record after it is saved.

Double-clicking a result emits ``record_requested(table, row_id)``; the main
window opens that record's form.
"""

import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..db.engine import Database
from ..validation import engine as validation
from ..validation.rule import INVALID, PERINGATAN, TABS
from ..validation.rules import BY_CODE

ROW_ID_ROLE = Qt.UserRole + 1
POLL_MS = 100


def translated_message(result: validation.Result) -> str:
    """The result's message in the interface language, from its rule's template."""
    rule = BY_CODE.get(result.code)
    if rule is None:  # a rule of an older version of the app: its stored text
        return result.message
    template = rule.variants.get(str(result.params.get("variant")), rule.message)
    return QCoreApplication.translate("Validasi", template).format(**result.params)


class _Job(QRunnable):
    """Validation off the UI thread. It reports through plain attributes that the
    page polls every POLL_MS: a queued signal per rule would flood the UI thread,
    and PySide6 6.12.0 on Python 3.11 loses a reference to True on every emit
    (fatal after a few hundred)."""

    def __init__(self, work: Callable[["_Job"], object]):
        super().__init__()
        self.work = work
        self.done, self.total = 0, 0
        self.cancel = threading.Event()
        self.finished = threading.Event()
        self.outcome: object = None
        self.error: Exception | None = None

    def progress(self, done: int, total: int, _code: str) -> None:
        self.done, self.total = done, total

    def run(self) -> None:
        try:
            self.outcome = self.work(self)
        except Exception as exc:  # handed to the UI thread, which shows it
            self.error = exc
        finally:
            self.finished.set()


class ValidasiPage(QWidget):
    record_requested = Signal(str, str)  # table, row id

    def __init__(self, db: Database, parent=None):
        super().__init__(parent)
        self.db = db
        self._job: _Job | None = None  # the whole-school run
        self._record_jobs: list[_Job] = []
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._check_jobs)
        self.tab_titles = {
            "sekolah": self.tr("Sekolah"),
            "sarpras": self.tr("Sarpras"),
            "peserta_didik": self.tr("Peserta Didik"),
            "ptk": self.tr("GTK"),
            "rombongan_belajar": self.tr("Rombongan Belajar"),
            "pembelajaran": self.tr("Pembelajaran"),
            "jadwal": self.tr("Jadwal"),
            "nilai": self.tr("Nilai"),
            "referensi": self.tr("Referensi"),
        }
        self.run_button = QPushButton(self.tr("Jalankan Validasi"))
        self.cancel_button = QPushButton(self.tr("Batal"))
        self.cancel_button.setEnabled(False)
        self.progress = QProgressBar()
        self.progress.setFormat(self.tr("%v dari %m aturan"))
        self.status = QLabel()
        self.tabs_model = QStandardItemModel(0, 3, self)
        self.tabs_model.setHorizontalHeaderLabels(
            [self.tr("Tab"), self.tr("Invalid"), self.tr("Peringatan")]
        )
        self.tabs_view = _table(self.tabs_model)
        self.results_model = QStandardItemModel(0, 3, self)
        self.results_model.setHorizontalHeaderLabels(
            [self.tr("Jenis"), self.tr("Kode"), self.tr("Keterangan")]
        )
        self.results_view = _table(self.results_model)
        # Measured once per refresh, not on every change: a school may list thousands.
        self.results_view.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)
        self.results_view.horizontalHeader().setStretchLastSection(True)

        top = QHBoxLayout()
        top.addWidget(self.run_button)
        top.addWidget(self.cancel_button)
        top.addWidget(self.progress, 1)
        splitter = QSplitter(Qt.Horizontal)
        splitter.addWidget(self.tabs_view)
        splitter.addWidget(self.results_view)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(splitter, 1)

        self.run_button.clicked.connect(self.run_all)
        self.cancel_button.clicked.connect(self.cancel)
        self.tabs_view.selectionModel().currentRowChanged.connect(lambda *_: self._show_results())
        self.results_view.doubleClicked.connect(self._open_result)
        self.refresh()

    # --- running ---------------------------------------------------------------

    def run_all(self) -> None:
        """Validate the whole school on the thread pool; the page stays responsive."""
        if self._job is not None:
            return
        self._job = _Job(
            lambda job: validation.run(
                self.db.engine, progress=job.progress, should_cancel=job.cancel.is_set
            )
        )
        self.run_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.progress.setValue(0)
        self.status.setText(self.tr("Validasi berjalan…"))
        self._start(self._job)

    def cancel(self) -> None:
        if self._job is not None:
            self._job.cancel.set()
            self.cancel_button.setEnabled(False)

    def record_saved(self, table: str, row_id: str) -> None:
        """Re-run the rules that touch a record the operator just saved."""
        job = _Job(lambda _job: validation.run_record(self.db.engine, table, row_id))
        self._record_jobs.append(job)
        self._start(job)

    def is_busy(self) -> bool:
        return self._job is not None or bool(self._record_jobs)

    def _start(self, job: _Job) -> None:
        QThreadPool.globalInstance().start(job)
        self._poll.start()

    def _check_jobs(self) -> None:
        job = self._job
        if job is not None:
            if job.total:
                self.progress.setMaximum(job.total)
                self.progress.setValue(job.done)
            if job.finished.is_set():
                self._job = None
                self.run_button.setEnabled(True)
                self.cancel_button.setEnabled(False)
                self._finish(job, self.tr("Validasi dibatalkan; hasil sebelumnya tetap berlaku."))
        for record_job in [j for j in self._record_jobs if j.finished.is_set()]:
            self._record_jobs.remove(record_job)
            self._finish(record_job, "")
        if not self.is_busy():
            self._poll.stop()

    def _finish(self, job: _Job, cancelled_text: str) -> None:
        if job.error is not None:
            self.status.setText(self.tr("Validasi gagal: %1").replace("%1", str(job.error)))
        elif job.outcome is None:
            self.status.setText(cancelled_text)
        else:
            self.refresh()

    # --- showing ---------------------------------------------------------------

    def refresh(self) -> None:
        """Show the stored counts and results (reads only the results table)."""
        counts = validation.summary(self.db.engine)
        current = self.current_tab()
        self.tabs_model.removeRows(0, self.tabs_model.rowCount())
        for tab in TABS:
            title = QStandardItem(self.tab_titles[tab])
            title.setData(tab, ROW_ID_ROLE)
            self.tabs_model.appendRow(
                [title, _number(counts[tab][INVALID]), _number(counts[tab][PERINGATAN])]
            )
        # Selecting the row lists its results (currentRowChanged).
        self.tabs_view.selectRow(TABS.index(current) if current else 0)
        last = validation.last_run(self.db.engine)
        self.status.setText(
            self.tr("Validasi terakhir: %1 (%2 detik)")
            .replace("%1", f"{last.started_at:%d-%m-%Y %H:%M}")
            .replace("%2", f"{last.elapsed_s:.2f}")
            if last
            else self.tr("Validasi belum pernah dijalankan.")
        )

    def current_tab(self) -> str | None:
        index = self.tabs_view.currentIndex()
        if not index.isValid():
            return None
        return self.tabs_model.item(index.row(), 0).data(ROW_ID_ROLE)

    def _show_results(self) -> None:
        self.results_model.removeRows(0, self.results_model.rowCount())
        tab = self.current_tab()
        if tab is None:
            return
        labels = {INVALID: self.tr("Invalid"), PERINGATAN: self.tr("Peringatan")}
        for result in validation.stored_results(self.db.engine, tab):
            severity = QStandardItem(labels[result.severity])
            severity.setData((result.table, result.row_id), ROW_ID_ROLE)
            if result.severity == INVALID:
                severity.setForeground(Qt.red)
            self.results_model.appendRow(
                [severity, QStandardItem(result.code), QStandardItem(translated_message(result))]
            )
        self.results_view.resizeColumnToContents(0)
        self.results_view.resizeColumnToContents(1)

    def _open_result(self, index) -> None:
        table, row_id = self.results_model.item(index.row(), 0).data(ROW_ID_ROLE)
        self.record_requested.emit(table, row_id)


def _table(model: QStandardItemModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectRows)
    view.setSelectionMode(QAbstractItemView.SingleSelection)
    view.setEditTriggers(QAbstractItemView.NoEditTriggers)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(24)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
    return view


def _number(value: int) -> QStandardItem:
    item = QStandardItem(str(value))
    item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
    return item
