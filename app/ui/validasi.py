"""The Validasi tab: per data tab the count of invalid and peringatan results, the
list of results with their messages, and a whole-school run on a worker thread
with progress and Batal. ``ValidationFollower`` re-checks what every save
changed, so these counts (and Beranda's and Sinkronisasi's) follow the data.

Double-clicking a result emits ``record_requested(table, row_id)``; the main
window opens that record's form.
"""

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
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
from .jobs import Job, JobProgress, start_job
from .translations import error_text

ROW_ID_ROLE = Qt.UserRole + 1


def translated_message(result: validation.Result) -> str:
    """The result's message in the interface language, from its rule's template."""
    rule = BY_CODE.get(result.code)
    if rule is None:  # a rule of an older version of the app: its stored text
        return result.message
    template = rule.variants.get(str(result.params.get("variant")), rule.message)
    return QCoreApplication.translate("Validasi", template).format(**result.params)


def counts_text(counts: validation.Counts) -> str:
    """The school's Validasi Lokal counts in one line, as Beranda and Sinkronisasi show them."""
    if not counts.validated:
        return QCoreApplication.translate("Validasi", "Validasi Lokal belum pernah dijalankan.")
    return (
        QCoreApplication.translate("Validasi", "Validasi Lokal: %1 invalid, %2 peringatan.")
        .replace("%1", str(counts.invalid))
        .replace("%2", str(counts.peringatan))
    )


def validation_progress() -> JobProgress:
    return JobProgress(QCoreApplication.translate("Validasi", "%v dari %m aturan"))


def validate_school(owner: QObject, db: Database, progress: JobProgress) -> Job:
    """Validate the whole school on a worker, its progress and Batal on ``progress``;
    the caller connects to the job's outcome."""
    engine = db.engine
    return progress.follow(Job(owner)).start(lambda: validation.run_steps(engine))


class ValidationFollower(QObject):
    """Keeps the stored results current as the operator writes: the rows a write
    names (``data_changed(table, row_ids)``) are re-checked on a worker, one
    re-run at a time; rows written meanwhile wait and go together into the next.
    ``validation.run_changes`` decides whether per record, per tab or whole."""

    validated = Signal()  # the stored results changed
    failed = Signal(str)  # why a re-run failed, for the operator

    def __init__(self, db: Database, parent=None):
        super().__init__(parent)
        self.db = db
        self.waiting: dict[str, set[str]] = {}
        self.job: Job | None = None

    def data_changed(self, table: str, row_ids: list) -> None:
        self.waiting.setdefault(table, set()).update(row_ids)
        if not self.is_busy():
            self._start()

    def is_busy(self) -> bool:
        return self.job is not None and self.job.is_running()

    def _start(self) -> None:
        changes, self.waiting, engine = self.waiting, {}, self.db.engine
        self.job = start_job(
            self, lambda: validation.run_changes(engine, changes), self._done, self._fail
        )

    def _done(self, _result) -> None:
        self.validated.emit()
        self._next()

    def _fail(self, error: Exception) -> None:
        self.failed.emit(
            QCoreApplication.translate("Validasi", "Validasi Lokal gagal: %1").replace(
                "%1", error_text(error)
            )
        )
        self._next()

    def _next(self) -> None:
        if self.waiting:
            self._start()


class ValidasiPage(QWidget):
    record_requested = Signal(str, str)  # table, row id

    def __init__(self, db: Database, parent=None):
        super().__init__(parent)
        self.db = db
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
        self.progress = validation_progress()
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
        self.tabs_view.selectionModel().currentRowChanged.connect(lambda *_: self._show_results())
        self.results_view.doubleClicked.connect(self._open_result)
        self.refresh()

    # --- running ---------------------------------------------------------------

    def run_all(self) -> None:
        """Validate the whole school on the thread pool; the page stays responsive."""
        if self.is_busy():
            return
        job = validate_school(self, self.db, self.progress)
        job.succeeded.connect(self._finished)
        job.failed.connect(self._failed)
        job.cancelled.connect(self._cancelled)
        self.run_button.setEnabled(False)
        self.status.setText(self.tr("Validasi berjalan…"))

    def is_busy(self) -> bool:
        return self.progress.job is not None

    def _finished(self, _outcome) -> None:
        self.run_button.setEnabled(True)
        self.refresh()

    def _failed(self, error: Exception) -> None:
        self.run_button.setEnabled(True)
        self.status.setText(self.tr("Validasi gagal: %1").replace("%1", error_text(error)))

    def _cancelled(self) -> None:
        self.run_button.setEnabled(True)
        self.status.setText(self.tr("Validasi dibatalkan; hasil sebelumnya tetap berlaku."))

    def validation_changed(self) -> None:
        """A save was re-checked: show the new counts, unless a whole run is on its way."""
        if not self.is_busy():
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
