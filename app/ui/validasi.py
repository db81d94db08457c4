"""The Validasi tab: per data tab the count of invalid and peringatan results, the
list of results with their messages, and a whole-school run on a worker thread
with progress and Batal. ``ValidationFollower`` re-checks what every save
changed, so these counts (and Beranda's and Sinkronisasi's) follow the data.

Double-clicking a result emits ``record_requested(table, row_id)``; the main
window opens that record's form.
"""

from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QColor, QStandardItem, QStandardItemModel
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
from sqlalchemy.orm import Session

from dapodik.i18n import QT_TRANSLATE_NOOP

from ..db.engine import Database
from ..db.listing import record_labels
from ..validation import engine as validation
from ..validation.rule import INVALID, PERINGATAN, TAB_TITLES, TABS
from ..validation.rules import BY_CODE
from .cetak import MENUS, CetakButton
from .jobs import Job, JobProgress, LatestOnly, start_job
from .translations import error_text

NO_PARENT = QModelIndex()
RESIZE_SAMPLE_ROWS = 100


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


@dataclass(frozen=True)
class PageRead:
    """What the Validasi tab shows, read in one go off the UI thread."""

    tab: str
    counts: dict[str, dict[str, int]]
    last: object  # the last whole or tab run (started_at, elapsed_s), or None
    results: list[validation.Result]
    labels: dict[tuple[str, str], str]  # (table, row id): the record as its tab lists it


def read_page(engine, tab: str) -> PageRead:
    results = validation.stored_results(engine, tab)
    ids: dict[str, set[str]] = {}
    for result in results:
        ids.setdefault(result.table, set()).add(result.row_id)
    with Session(engine) as session:
        labels = {
            (table, row_id): label
            for table, rows in ids.items()
            for row_id, label in record_labels(session, table, rows).items()
        }
    return PageRead(tab, validation.summary(engine), validation.last_run(engine), results, labels)


MESSAGE_COLUMN = 3


class ResultsModel(QAbstractTableModel):
    """One tab's results. Cells are made only as the view asks for them: after a
    messy import a tab lists thousands, and an item per cell froze the page."""

    HEADERS = (
        QT_TRANSLATE_NOOP("ValidasiPage", "Jenis"),
        QT_TRANSLATE_NOOP("ValidasiPage", "Kode"),
        QT_TRANSLATE_NOOP("ValidasiPage", "Data"),
        QT_TRANSLATE_NOOP("ValidasiPage", "Keterangan"),
    )
    SEVERITIES = {
        INVALID: QT_TRANSLATE_NOOP("ValidasiPage", "Invalid"),
        PERINGATAN: QT_TRANSLATE_NOOP("ValidasiPage", "Peringatan"),
    }

    def __init__(self, parent=None):
        super().__init__(parent)
        self.results: list[validation.Result] = []
        self.labels: dict[tuple[str, str], str] = {}

    def show_results(self, results: list[validation.Result], labels: dict) -> None:
        self.beginResetModel()
        self.results, self.labels = results, labels
        self.endResetModel()

    def label(self, result: validation.Result) -> str:
        return self.labels.get((result.table, result.row_id), "")

    def result(self, row: int) -> validation.Result:
        return self.results[row]

    def rowCount(self, parent=NO_PARENT) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.results)

    def columnCount(self, parent=NO_PARENT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return QCoreApplication.translate("ValidasiPage", self.HEADERS[section])
        return None

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        result = self.results[index.row()]
        if role == Qt.ForegroundRole and index.column() == 0 and result.severity == INVALID:
            return QColor(Qt.red)
        if role == Qt.ToolTipRole and index.column() == MESSAGE_COLUMN:
            return translated_message(result)  # the whole text, however narrow the column
        if role != Qt.DisplayRole:
            return None
        if index.column() == 0:
            return QCoreApplication.translate("ValidasiPage", self.SEVERITIES[result.severity])
        if index.column() == 1:
            return result.code
        return self.label(result) if index.column() == 2 else translated_message(result)


class ValidasiPage(QWidget):
    record_requested = Signal(str, str)  # table, row id
    refreshed = Signal()  # the newest read of the counts and results is shown

    def __init__(self, db: Database, parent=None):
        super().__init__(parent)
        self.db = db
        self.tab_titles = {
            tab: QCoreApplication.translate("Validasi", title) for tab, title in TAB_TITLES.items()
        }
        self.run_button = QPushButton(self.tr("Jalankan Validasi"))
        self.progress = validation_progress()
        self.status = QLabel()
        self.tabs_model = QStandardItemModel(0, 3, self)
        self.tabs_model.setHorizontalHeaderLabels(
            [self.tr("Tab"), self.tr("Invalid"), self.tr("Peringatan")]
        )
        for tab in TABS:
            self.tabs_model.appendRow([QStandardItem(self.tab_titles[tab]), _number(0), _number(0)])
        self.tabs_view = _table(self.tabs_model)
        self.tabs_view.selectRow(0)
        self.results_model = ResultsModel(self)
        self.results_view = _table(self.results_model)
        # The chosen result in full: whom it concerns and its whole message.
        self.detail = QLabel(wordWrap=True, textInteractionFlags=Qt.TextSelectableByMouse)
        self.detail.hide()
        # Measured once per refresh, on the first rows: a school may list thousands.
        header = self.results_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setResizeContentsPrecision(RESIZE_SAMPLE_ROWS)
        header.setStretchLastSection(True)

        self.cetak = CetakButton(db, MENUS["validasi"])
        top = QHBoxLayout()
        top.addWidget(self.run_button)
        top.addWidget(self.progress, 1)
        top.addStretch()  # the button keeps its size while no run shows its progress
        top.addWidget(self.cetak)
        splitter = QSplitter(Qt.Horizontal)
        splitter.addWidget(self.tabs_view)
        splitter.addWidget(self.results_view)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.detail)

        self.run_button.clicked.connect(self.run_all)
        self._reads = LatestOnly(self, self._show, self._read_failed)
        self.tabs_view.selectionModel().currentRowChanged.connect(lambda *_: self.refresh())
        self.results_view.doubleClicked.connect(self._open_result)
        self.results_view.selectionModel().currentRowChanged.connect(self._show_detail)
        self.refresh()

    # --- running ---------------------------------------------------------------

    def run_all(self) -> None:
        """Validate the whole school on the thread pool; the page stays responsive."""
        if self.progress.job is not None:
            return
        job = validate_school(self, self.db, self.progress)
        job.succeeded.connect(self._finished)
        job.failed.connect(self._failed)
        job.cancelled.connect(self._cancelled)
        self.run_button.setEnabled(False)
        self.status.setText(self.tr("Validasi berjalan…"))

    def is_busy(self) -> bool:
        """While a run, or the read of what it found, is under way."""
        reading = self._reads.job is not None and self._reads.job.is_running()
        return self.progress.job is not None or reading

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
        if self.progress.job is None:
            self.refresh()

    # --- showing ---------------------------------------------------------------

    def refresh(self) -> None:
        """Read the stored counts and the chosen tab's results off the UI thread."""
        engine, tab = self.db.engine, self.current_tab()
        self._reads.start(lambda: read_page(engine, tab))

    def _show(self, page: PageRead) -> None:
        for row, tab in enumerate(TABS):
            for column, severity in ((1, INVALID), (2, PERINGATAN)):
                self.tabs_model.item(row, column).setText(str(page.counts[tab][severity]))
        if page.tab == self.current_tab():
            self.results_model.show_results(page.results, page.labels)
            for column in range(MESSAGE_COLUMN):
                self.results_view.resizeColumnToContents(column)
            self.detail.hide()
        last = page.last
        self.status.setText(
            self.tr("Validasi terakhir: %1 (%2 detik)")
            .replace("%1", f"{last.started_at:%d-%m-%Y %H:%M}")
            .replace("%2", f"{last.elapsed_s:.2f}")
            if last
            else self.tr("Validasi belum pernah dijalankan.")
        )
        self.refreshed.emit()

    def _read_failed(self, error: Exception) -> None:
        self.status.setText(self.tr("Validasi gagal: %1").replace("%1", error_text(error)))
        self.refreshed.emit()

    def current_tab(self) -> str:
        index = self.tabs_view.currentIndex()
        return TABS[index.row()] if index.isValid() else TABS[0]

    def _show_detail(self, current, _previous) -> None:
        if not current.isValid():
            self.detail.hide()
            return
        result = self.results_model.result(current.row())
        label = self.results_model.label(result)
        message = translated_message(result)
        self.detail.setText(f"{result.code} — {label}: {message}" if label else message)
        self.detail.show()

    def _open_result(self, index) -> None:
        result = self.results_model.result(index.row())
        self.record_requested.emit(result.table, result.row_id)


def _table(model) -> QTableView:
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
