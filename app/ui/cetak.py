"""Cetak in the interface: the Cetak button of a tab, what it asks (a rombel, a
month), and the preview every printout opens in before it is printed.

The preview reads and lays the printout out on a worker, with progress and
Batal, then shows it page by page on A4 or F4; from there it is saved as PDF or
sent to the system's printer (both on a worker too).
"""

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..cetak.daftar import rombels
from ..cetak.dates import MONTHS
from ..cetak.document import Printout
from ..cetak.jenis import JENIS, PESERTA_DIDIK, PTK, ROMBEL, Jenis, build
from ..cetak.request import Request
from ..db.engine import Database
from ..work import finish
from .dialogs import message
from .jobs import Job, JobProgress
from .printing import Pages, lay_out, paint, set_up, write_pdf
from .translations import error_text

# The printouts each tab offers, by the key of the tab (or of its main table).
MENUS = {
    "peserta_didik": ("formulir-pd", "formulir-pd-kosong", "daftar-pd", "absensi"),
    "ptk": ("formulir-gtk", "rekap-mengajar"),
    "sekolah": ("profil-sekolah",),
    "validasi": ("hasil-validasi",),
}
PAPER_SETTING = "cetak/kertas"


def _title(jenis: Jenis) -> str:
    return QCoreApplication.translate("Cetak", jenis.title)


class PrintPreview(QDialog):
    """A printout as it will come out of the printer, before it does."""

    def __init__(self, make: Callable[[], Printout], title: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Pratinjau: %1").replace("%1", title))
        self.make = make
        self.printout: Printout | None = None
        self.pages: Pages | None = None
        self.job: Job | None = None
        self.paper = QComboBox()
        self.paper.addItem(self.tr("A4 (210 × 297 mm)"), "a4")
        self.paper.addItem(self.tr("F4 (215 × 330 mm)"), "f4")
        self.paper.setCurrentIndex(max(0, self.paper.findData(QSettings().value(PAPER_SETTING))))
        self.paper.currentIndexChanged.connect(self._paper_chosen)
        self.save_button = QPushButton(self.tr("Simpan PDF…"))
        self.save_button.clicked.connect(self.save_pdf)
        self.print_button = QPushButton(self.tr("Cetak…"))
        self.print_button.clicked.connect(self.print_)
        close = QPushButton(self.tr("Tutup"))
        close.clicked.connect(self.reject)
        zoom_in = QPushButton(self.tr("Perbesar"))
        zoom_out = QPushButton(self.tr("Perkecil"))
        self.status = QLabel()
        self.progress = JobProgress(self.tr("%v dari %m"))
        self.printer = QPrinter(QPrinter.HighResolution)
        self.view = QPrintPreviewWidget(self.printer, self)
        self.view.paintRequested.connect(self._paint)
        zoom_in.clicked.connect(lambda: self.view.zoomIn())
        zoom_out.clicked.connect(lambda: self.view.zoomOut())

        tools = QHBoxLayout()
        tools.addWidget(QLabel(self.tr("Kertas:")))
        for widget in (self.paper, zoom_in, zoom_out):
            tools.addWidget(widget)
        tools.addStretch()
        for widget in (self.save_button, self.print_button, close):
            tools.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.view, 1)
        # A page's width at a readable size, within a laptop's screen.
        screen = self.screen().availableGeometry()
        self.resize(min(900, screen.width()), round(screen.height() * 0.9))
        self._lay_out()

    def _ready(self, ready: bool) -> None:
        for widget in (self.save_button, self.print_button, self.paper):
            widget.setEnabled(ready)

    def _start(self, work: Callable, on_done: Callable) -> Job:
        self._ready(False)
        self.job = Job(self)
        for ended in (self.job.succeeded, self.job.failed, self.job.cancelled):
            ended.connect(self._forget_job)
        self.job.succeeded.connect(on_done)
        self.job.failed.connect(self._failed)
        self.job.cancelled.connect(self._cancelled)
        self.progress.follow(self.job)
        return self.job.start(work)

    def _forget_job(self, *_outcome) -> None:
        self.job = None  # it deletes itself once it has told its outcome

    def _lay_out(self) -> None:
        """Read the printout (once) and lay it out on the chosen paper, on a worker."""
        printout, make, paper = self.printout, self.make, self.paper.currentData()

        def work():
            chosen = printout or make()
            pages = yield from lay_out(chosen, paper)
            return chosen, pages

        self._start(work, self._laid_out)

    def _laid_out(self, outcome: tuple[Printout, Pages]) -> None:
        self.printout, self.pages = outcome
        set_up(self.printer, self.pages)
        self.view.updatePreview()
        self.status.setText(self.tr("%n halaman", "", self.pages.count))
        self._ready(True)

    def _paint(self, printer: QPrinter) -> None:
        if self.pages is not None:
            finish(paint(self.pages, printer))

    def _paper_chosen(self) -> None:
        QSettings().setValue(PAPER_SETTING, self.paper.currentData())
        self._lay_out()

    def _failed(self, error: Exception) -> None:
        self.status.setText(error_text(error))
        self._ready(self.pages is not None)

    def _cancelled(self) -> None:
        self.status.setText(self.tr("Dibatalkan."))
        self._ready(self.pages is not None)

    def save_pdf(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Simpan PDF"), f"{self.printout.file_name}.pdf", "PDF (*.pdf)"
        )
        if path:
            pages = self.pages
            self._start(
                lambda: write_pdf(pages, path),
                lambda _: self._done(self.tr("Tersimpan: %1").replace("%1", path)),
            )

    def print_(self) -> None:
        printer = QPrinter(QPrinter.HighResolution)
        set_up(printer, self.pages)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.Accepted:
            return
        set_up(printer, self.pages)  # the paper chosen here is the one laid out for
        pages, name = self.pages, printer.printerName()
        self._start(
            lambda: paint(pages, printer),
            lambda _: self._done(self.tr("Terkirim ke pencetak %1.").replace("%1", name)),
        )

    def _done(self, text: str) -> None:
        self.status.setText(text)
        self._ready(True)

    def done(self, result: int) -> None:
        if self.job is not None:
            self.job.cancel()  # closed while reading or writing: stop the worker too
        super().done(result)


class RombelChoice(QDialog):
    """Which rombel (or every one) and, for an absensi sheet, which month."""

    def __init__(self, db: Database, jenis: Jenis, parent=None):
        super().__init__(parent)
        self.setWindowTitle(_title(jenis))
        self.rombel = QComboBox()
        self.rombel.addItem(self.tr("Semua rombel"), None)
        with db.Session() as session:
            for rombel in rombels(session, None):
                self.rombel.addItem(rombel.nama, rombel.nama)
        form = QFormLayout()
        form.addRow(self.tr("Rombel"), self.rombel)
        self.month = QComboBox()
        self.year = QSpinBox()
        if jenis.monthly:
            today = date.today()
            for number, name in enumerate(MONTHS, 1):
                self.month.addItem(QCoreApplication.translate("Cetak", name), number)
            self.month.setCurrentIndex(today.month - 1)
            self.year.setRange(2000, 2100)
            self.year.setValue(today.year)
            form.addRow(self.tr("Bulan"), self.month)
            form.addRow(self.tr("Tahun"), self.year)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("Pratinjau"))
        buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Batal"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.monthly = jenis.monthly

    def request(self) -> Request:
        month = (self.year.value(), self.month.currentData()) if self.monthly else None
        return Request(date.today(), rombel=self.rombel.currentData(), month=month)


class CetakButton(QToolButton):
    """A tab's Cetak menu. ``selected`` gives the record chosen in the tab's table,
    for the printouts of one record."""

    def __init__(
        self,
        db: Database,
        keys: tuple[str, ...],
        selected: Callable[[], str | None] = lambda: None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.db, self.selected = db, selected
        self.dialog: QDialog | None = None  # the last dialog it opened
        self.setText(self.tr("Cetak"))
        self.setPopupMode(QToolButton.InstantPopup)
        self.setToolButtonStyle(Qt.ToolButtonTextOnly)
        menu = QMenu(self)
        for key in keys:
            action = menu.addAction(_title(JENIS[key]) + "…")
            action.triggered.connect(lambda _checked=False, key=key: self.ask(key))
        self.setMenu(menu)

    def ask(self, key: str) -> QDialog | None:
        """Ask what the printout needs, then open its preview."""
        jenis = JENIS[key]
        if jenis.needs in (PESERTA_DIDIK, PTK):
            record_id = self.selected()
            if record_id is None:
                return self._open(
                    message(
                        self,
                        _title(jenis),
                        self.tr("Pilih dahulu satu baris di tabel, lalu cetak lagi."),
                    )
                )
            return self._preview(jenis, Request(date.today(), record_id=record_id))
        if jenis.needs == ROMBEL:
            choice = RombelChoice(self.db, jenis, self)
            choice.accepted.connect(lambda: self._preview(jenis, choice.request()))
            return self._open(choice)
        return self._preview(jenis, Request(date.today()))

    def _preview(self, jenis: Jenis, request: Request) -> PrintPreview:
        db = self.db
        return self._open(PrintPreview(lambda: build(db, jenis.key, request), _title(jenis), self))

    def _open(self, dialog: QDialog) -> QDialog:
        self.dialog = dialog
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.open()
        return dialog
