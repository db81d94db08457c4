"""The Sinkronisasi wizard: one page per step, in the order operators know.

(1) Validasi Lokal with zero invalid, (2) the principal acting, (3) the Lembar
Konfirmasi ticked item by item, (4) the Persetujuan Pengiriman Data, (5) the
connection, (6) the sync itself with progress, pause, resume and cancel.
Everything below the widgets is ``app.sync``; validation, the connection check
and the run go on worker threads (``jobs``), and what they end with is shown here.
"""

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from ..accounts.acting import current_user_id
from ..cetak.document import Printout
from ..cetak.konfirmasi import lembar_konfirmasi
from ..cetak.request import Request
from ..db.engine import Database
from ..sync import log
from ..sync.confirmation import PERSETUJUAN_PENGIRIMAN_DATA, build_lembar_konfirmasi
from ..sync.preconditions import (
    agreement_accepted,
    confirmation_ticked,
    principal_acting,
    validation_clean,
)
from ..sync.run import STEP_UPLOAD, SyncControl, local_now, run_sync
from ..sync.server_api import ServerApi
from ..validation import engine as validation
from ..validation.rule import INVALID
from ..work import finish
from . import printing
from .cetak import PrintPreview
from .dialogs import confirm
from .jobs import Job, start_job
from .sync_summary import RunSummary, make_read_only, sync_text
from .translations import error_text
from .tukar_akses import TukarAksesDialog, acting_notice
from .validasi import validate_school, validation_progress

KEY_ROLE = Qt.UserRole + 1


class ValidasiPage(QWizardPage):
    """Validasi Lokal must show zero invalid; double-click an invalid row to fix it."""

    record_requested = Signal(str, str)

    def __init__(self, db: Database):
        super().__init__()
        self.db = db
        self.setTitle(self.tr("Validasi Lokal"))
        self.status = QLabel()
        self.invalid = QListWidget()
        self.invalid.itemDoubleClicked.connect(self._jump)
        self.run_button = QPushButton(self.tr("Jalankan Validasi Lokal"))
        self.run_button.clicked.connect(self.validate)
        self.progress = validation_progress()
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.invalid)
        layout.addWidget(self.run_button)
        layout.addWidget(self.progress)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        self._show()

    def validate(self) -> None:
        self.run_button.setEnabled(False)
        self.status.setText(self.tr("Validasi Lokal berjalan…"))
        job = validate_school(self, self.db, self.progress)
        job.succeeded.connect(self._validated)
        job.failed.connect(self._failed)
        job.cancelled.connect(self._validated)  # the earlier results stand: show them

    def _validated(self, *_outcome) -> None:
        self.run_button.setEnabled(True)
        self._show()

    def _failed(self, error: Exception) -> None:
        self.run_button.setEnabled(True)
        self.status.setText(
            self.tr("Validasi Lokal gagal: {error}").format(error=error_text(error))
        )

    def validation_changed(self) -> None:
        """A record fixed in the main window was re-checked: list what is left."""
        if self.progress.job is None:
            self._show()

    def _show(self) -> None:
        problem = validation_clean(self.db).check()
        self.invalid.clear()
        for result in validation.stored_results(self.db.engine):
            if result.severity == INVALID:
                item = QListWidgetItem(f"{result.code}: {result.message}")
                item.setData(KEY_ROLE, (result.table, result.row_id))
                self.invalid.addItem(item)
        self.status.setText(sync_text(problem) if problem else self.tr("Tidak ada data invalid."))
        self.completeChanged.emit()

    def _jump(self, item: QListWidgetItem) -> None:
        self.record_requested.emit(*item.data(KEY_ROLE))

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return validation_clean(self.db).check() is None


class KepalaSekolahPage(QWizardPage):
    """Only the principal sends: Tukar Akses Pengguna switches to their account."""

    def __init__(self, db: Database):
        super().__init__()
        self.db = db
        self.setTitle(self.tr("Kepala Sekolah"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        switch = QPushButton(self.tr("Tukar Akses Pengguna…"))
        switch.clicked.connect(self._switch)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(switch)
        acting_notice().changed.connect(self._show)

    def initializePage(self) -> None:  # noqa: N802
        self._show()

    def _switch(self) -> None:
        # The same dialog as Pengaturan's: the main window hears of the switch too.
        self.dialog = TukarAksesDialog(self.db, self)
        self.dialog.open()

    def _show(self) -> None:
        problem = principal_acting(self.db).check()
        self.status.setText(problem or self.tr("Kepala sekolah sedang memakai aplikasi."))
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        return principal_acting(self.db).check() is None


class LembarKonfirmasiPage(QWizardPage):
    """Every item ticked, then "Konfirmasi Isian Dapodik"; printable and savable as PDF."""

    def __init__(self, db: Database):
        super().__init__()
        self.db = db
        self.sheet = None
        self.confirmed = False
        self.setTitle(self.tr("Lembar Konfirmasi"))
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Butir"), self.tr("Nilai")])
        self.tree.itemChanged.connect(self._ticked)
        self.show_button = QPushButton(self.tr("Tampilkan"))
        self.show_button.clicked.connect(self._detail)
        self.confirm_button = QPushButton(self.tr("Konfirmasi Isian Dapodik"))
        self.confirm_button.clicked.connect(self._confirm)
        pdf = QPushButton(self.tr("Simpan PDF…"))
        pdf.clicked.connect(self._save_pdf)
        printing = QPushButton(self.tr("Cetak…"))
        printing.clicked.connect(self._print)
        buttons = QHBoxLayout()
        for button in (self.show_button, pdf, printing, self.confirm_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addLayout(buttons)

    def initializePage(self) -> None:  # noqa: N802
        with self.db.Session() as session:
            self.sheet = build_lembar_konfirmasi(session)
        self.confirmed = False
        self.tree.blockSignals(True)
        self.tree.clear()
        for section in self.sheet.sections:
            top = QTreeWidgetItem([sync_text(section.title)])
            self.tree.addTopLevelItem(top)
            for item in section.items:
                row = QTreeWidgetItem([sync_text(item.title)])
                row.setData(0, KEY_ROLE, item.key)
                row.setCheckState(0, Qt.Unchecked)
                for figure in item.figures:
                    row.addChild(QTreeWidgetItem([sync_text(figure.label), figure.value]))
                top.addChild(row)
        self.tree.blockSignals(False)
        # The figures are what the principal confirms: show them all, names in full.
        self.tree.expandAll()
        self.tree.resizeColumnToContents(0)
        self._ticked()

    def ticked(self) -> set[str]:
        keys = set()
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            for j in range(top.childCount()):
                row = top.child(j)
                if row.checkState(0) == Qt.Checked:
                    keys.add(row.data(0, KEY_ROLE))
        return keys

    def _ticked(self, *_args) -> None:
        self.confirmed = False
        check = confirmation_ticked(self.sheet, self.ticked)
        self.confirm_button.setEnabled(check.check() is None)
        self.completeChanged.emit()

    def _confirm(self) -> None:
        self.confirmed = True
        self.completeChanged.emit()

    def _selected_item(self):
        current = self.tree.currentItem()
        while current is not None and current.data(0, KEY_ROLE) is None:
            current = current.parent()
        if current is None:
            return None
        key = current.data(0, KEY_ROLE)
        return next(i for s in self.sheet.sections for i in s.items if i.key == key)

    def _detail(self) -> None:
        item = self._selected_item()
        if item is None or not item.detail:
            return
        self.detail = QDialog(self)
        self.detail.setWindowTitle(sync_text(item.title))
        # What the principal reads before ticking: shown, not edited.
        table = make_read_only(QTableWidget(), [sync_text(h) for h in item.detail_header])
        table.setRowCount(len(item.detail))
        for r, values in enumerate(item.detail):
            for c, value in enumerate(values):
                table.setItem(r, c, QTableWidgetItem(value))
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("Tutup"), QDialogButtonBox.RejectRole)
        buttons.rejected.connect(self.detail.reject)
        layout = QVBoxLayout(self.detail)
        layout.addWidget(table)
        layout.addWidget(buttons)
        self.detail.resize(600, 400)
        self.detail.open()

    def _printout(self) -> Callable[[], Printout]:
        """The sheet on the school's letterhead, with the principal's signature."""
        db, text = self.db, self.sheet.as_text(self.ticked())

        def make() -> Printout:
            with db.Session() as session:
                return lembar_konfirmasi(session, text, Request(date.today()))

        return make

    def _save_pdf(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Simpan Lembar Konfirmasi"), "lembar-konfirmasi.pdf", "PDF (*.pdf)"
        )
        if path:
            self.write_pdf(path)

    def write_pdf(self, path: str) -> None:
        # One page or two: written at once, as the operator waits for the file.
        pages = finish(printing.lay_out(self._printout()(), "a4"))
        finish(printing.write_pdf(pages, path))

    def _print(self) -> None:
        PrintPreview(self._printout(), self.tr("Lembar Konfirmasi"), self).open()

    def isComplete(self) -> bool:  # noqa: N802
        return self.confirmed


class PersetujuanPage(QWizardPage):
    def __init__(self):
        super().__init__()
        self.setTitle(self.tr("Persetujuan Pengiriman Data"))
        text = QLabel(sync_text(PERSETUJUAN_PENGIRIMAN_DATA))
        text.setWordWrap(True)
        self.agree = QCheckBox(self.tr("Saya setuju"))
        self.agree.toggled.connect(self.completeChanged)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.agree)

    def isComplete(self) -> bool:  # noqa: N802
        return self.agree.isChecked()


class KoneksiPage(QWizardPage):
    """ "Terhubung" or "Tidak terhubung" with the reason."""

    def __init__(self, api: ServerApi):
        super().__init__()
        self.api = api
        self.connected = False
        self.setTitle(self.tr("Koneksi ke Server"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        again = QPushButton(self.tr("Periksa lagi"))
        again.clicked.connect(self.check)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(again)

    def initializePage(self) -> None:  # noqa: N802
        self.check()

    def check(self) -> None:
        self.connected = False
        self.status.setText(self.tr("Menghubungi server…"))
        self.completeChanged.emit()
        api = self.api
        start_job(self, lambda: api.ping(local_now), self._reached, self._unreachable)

    def _reached(self, _ping) -> None:
        self.connected = True
        self.status.setText(self.tr("Terhubung"))
        self.completeChanged.emit()

    def _unreachable(self, error: Exception) -> None:
        self.status.setText(error_text(error))
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        return self.connected


class SinkronisasiPage(QWizardPage):
    def __init__(self, db: Database, api: ServerApi, wizard: "SyncWizard"):
        super().__init__()
        self.db, self.api, self.sync_wizard = db, api, wizard
        self.job: Job | None = None
        self.last_event = None  # the newest event of the run, shown
        self.setTitle(self.tr("Sinkronisasi"))
        self.step = QLabel(self.tr("Tekan Mulai untuk mengirim dan menerima data."))
        self.step.setWordWrap(True)
        self.progress = QProgressBar()
        self.speed = QLabel()
        self.start_button = QPushButton(self.tr("Mulai"))
        self.start_button.clicked.connect(self.start)
        self.pause_button = QPushButton(self.tr("Jeda"))
        self.pause_button.clicked.connect(self._pause)
        self.cancel_button = QPushButton(self.tr("Batalkan"))
        self.cancel_button.clicked.connect(self._cancel)
        # What the run did, once it is over: the operator's receipt of the sync.
        self.summary = RunSummary()
        self.summary.hide()
        buttons = QHBoxLayout()
        for button in (self.start_button, self.pause_button, self.cancel_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.step)
        layout.addWidget(self.progress)
        layout.addWidget(self.speed)
        layout.addLayout(buttons)
        layout.addWidget(self.summary, 1)
        self._running(False)

    def _running(self, running: bool) -> None:
        self.start_button.setEnabled(not running)
        self.pause_button.setEnabled(running)
        self.cancel_button.setEnabled(running)

    def start(self) -> None:
        wizard = self.sync_wizard
        checks = [
            validation_clean(self.db),
            principal_acting(self.db),
            confirmation_ticked(wizard.konfirmasi.sheet, wizard.konfirmasi.ticked),
            agreement_accepted(wizard.persetujuan.agree.isChecked),
        ]
        db, api, user_id, control = self.db, self.api, current_user_id(), SyncControl()
        self.job = Job(self, control)
        self.job.progressed.connect(self._show)
        self.job.succeeded.connect(self._ended)
        self.job.failed.connect(self._failed)
        self.last_event = None
        self.summary.hide()
        self._running(True)
        self.progress.setRange(0, 0)
        self.job.start(
            lambda: run_sync(db, api, user_id=user_id, preconditions=checks, control=control)
        )

    def _pause(self) -> None:
        control = self.job.token
        if control.paused:
            control.resume()
            self.pause_button.setText(self.tr("Jeda"))
        else:
            control.pause()
            self.pause_button.setText(self.tr("Lanjutkan"))

    def _cancel(self) -> None:
        self.job.cancel()

    def _ended(self, _result=None) -> None:
        self._running(False)
        self.progress.setRange(0, 100)
        self.progress.setValue(100 if self.outcome() == log.DONE else self.progress.value())
        self._show_summary()
        self.completeChanged.emit()

    def _failed(self, error: Exception) -> None:
        """The run could not even be recorded (its log is unwritable): say why."""
        self.step.setText(self.tr("Sinkronisasi gagal: {error}").format(error=error_text(error)))
        self._ended()

    def _show(self, event) -> None:
        self.last_event = event
        self.step.setText(sync_text(event.message).format(**event.params))
        if event.step == STEP_UPLOAD and event.fraction is not None:
            self.progress.setRange(0, 100)
            self.progress.setValue(int(event.fraction * 100))
            left = "-" if event.seconds_left is None else f"{event.seconds_left:.0f}"
            self.speed.setText(
                self.tr("{speed} KiB/detik, {left} detik lagi").format(
                    speed=f"{(event.bytes_per_second or 0) / 1024:.0f}", left=left
                )
            )

    def _show_summary(self) -> None:
        event = self.last_event
        if event is None or event.run_id is None:
            return  # the run failed before the log had it: the step line says why
        self.summary.show_run(log.run_record(self.db, event.run_id))
        self.summary.show()

    def outcome(self) -> str | None:
        return self.last_event.outcome if self.last_event else None

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        # Done once the run's outcome has been shown, not merely when the worker ended.
        return self.job is not None and not self.job.is_running()


class SyncWizard(QWizard):
    record_requested = Signal(str, str)

    def __init__(self, db: Database, api: ServerApi, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sinkronisasi"))
        # Qt ships no Indonesian for its own buttons: set them here.
        self.setButtonText(QWizard.NextButton, self.tr("Lanjut >"))
        self.setButtonText(QWizard.BackButton, self.tr("< Kembali"))
        self.setButtonText(QWizard.FinishButton, self.tr("Selesai"))
        self.setButtonText(QWizard.CancelButton, self.tr("Tutup"))
        self.validasi = ValidasiPage(db)
        self.validasi.record_requested.connect(self.record_requested)
        self.kepala = KepalaSekolahPage(db)
        self.konfirmasi = LembarKonfirmasiPage(db)
        self.persetujuan = PersetujuanPage()
        self.koneksi = KoneksiPage(api)
        self.sinkronisasi = SinkronisasiPage(db, api, self)
        for page in (
            self.validasi,
            self.kepala,
            self.konfirmasi,
            self.persetujuan,
            self.koneksi,
            self.sinkronisasi,
        ):
            self.addPage(page)

    def has_progress(self) -> bool:
        """Work that closing would throw away: ticks, the agreement, a run going on."""
        running = self.sinkronisasi.job is not None and not self.sinkronisasi.isComplete()
        return bool(self.konfirmasi.ticked()) or self.persetujuan.agree.isChecked() or running

    def reject(self) -> None:
        """Tutup, Escape and the window's ×: ask first when something would be lost."""
        if self.has_progress() and not self.sinkronisasi.isComplete():
            closing = confirm(
                self,
                self.tr("Tutup Sinkronisasi"),
                self.tr(
                    "Tutup Sinkronisasi? Centang Lembar Konfirmasi dan persetujuan harus "
                    "diulang saat Sinkronisasi dibuka lagi."
                ),
                self.tr("Tutup"),
                self.tr("Lanjutkan Sinkronisasi"),
            )
            if not closing:
                return
        super().reject()
