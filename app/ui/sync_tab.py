"""The Sinkronisasi tab: where this installation stands with the server, what is
waiting to be sent, the Riwayat Sinkronisasi, and the way into the sync wizard.

For the demo school it offers to start the local reference server (see
``app.sync.local_server``), so a first look needs no server of one's own.
"""

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..accounts.credentials import NoCredentialStore, agree_to_file_fallback, keyring_usable
from ..accounts.credentials import token_store as credential_store
from ..accounts.demo import DEMO_KODE_REGISTRASI
from ..accounts.users import all_users
from ..db.engine import Database
from ..db.sync_state import SyncUpload
from ..i18n import UserError
from ..sync import local_server
from ..sync.log import OUTCOME_LABELS, RunRecord, runs
from ..sync.log_export import export_log
from ..sync.server_api import ServerApi
from ..sync.state import open_upload, pending_changes, registered_school, registered_server
from ..validation import engine as validation
from .dialogs import KodeDialog, confirm, tell
from .jobs import Job, LatestOnly, start_job
from .sinkronisasi import SyncWizard
from .sync_summary import (
    PendingChangesTable,
    exception_text,
    last_run_text,
    make_read_only,
    outcome_text,
    status_text,
    when,
)
from .translations import error_text
from .validasi import counts_text

KEY_ROLE = Qt.UserRole + 1


PENDING_MAX_HEIGHT = 190
EXCEPTIONS_MAX_HEIGHT = 110


@dataclass
class Overview:
    """What the tab shows, read in one go off the UI thread."""

    server: str | None
    offers_local_server: bool
    upload: SyncUpload | None
    changes: dict[str, dict[str, int]]
    history: list[RunRecord]
    user_names: dict[str, str]
    validation: validation.Counts


def read_overview(db: Database) -> Overview:
    with db.Session() as session:
        server = registered_server(session)
        upload = open_upload(session)
        changes = pending_changes(session)
        history = runs(session)
    return Overview(
        server,
        local_server.offers_local_server(db),
        upload,
        changes,
        history,
        {u.pengguna_id: u.nama for u in all_users(db)},
        validation.counts(db.engine),
    )


class SyncTab(QWidget):
    record_requested = Signal(str, str)
    # A read of what the tab shows has been shown (or its failure said).
    refreshed = Signal()

    def __init__(self, db: Database, parent=None):
        super().__init__(parent)
        self.db = db
        self.local: local_server.LocalServer | None = None
        self.runs: list[RunRecord] = []
        self._reads = LatestOnly(self, self._show_overview, self._overview_failed)
        self.wizard: SyncWizard | None = None
        self.server_label = QLabel()
        self.server_label.setWordWrap(True)
        # Invalid results block sending: the tab says how many before the wizard does.
        self.validation_label = QLabel()
        self.validation_label.setWordWrap(True)
        self.start_button = QPushButton(self.tr("Mulai Sinkronisasi…"))
        self.start_button.setEnabled(False)  # until the first read says where we stand
        self.start_button.clicked.connect(self.open_wizard)
        self.resume_label = QLabel()
        self.resume_label.setWordWrap(True)
        self.resume_button = QPushButton(self.tr("Lanjutkan Pengiriman…"))
        self.resume_button.clicked.connect(self.open_wizard)
        self.pending = PendingChangesTable()
        self.last_run = QLabel(self.tr("Memuat…"))
        self.last_run.setWordWrap(True)
        self.history = make_read_only(
            QTableWidget(),
            [
                self.tr("Waktu"),
                self.tr("Pengguna"),
                self.tr("Paket"),
                self.tr("Byte"),
                self.tr("Status server"),
                self.tr("Baris ditarik"),
                self.tr("Hasil"),
            ],
        )
        self.history.itemSelectionChanged.connect(self._show_exceptions)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Cari paket, pengguna, status, hasil…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.outcome = QComboBox()
        self.outcome.addItem(self.tr("Semua hasil"), None)
        for outcome in OUTCOME_LABELS:
            self.outcome.addItem(outcome_text(outcome), outcome)
        self.outcome.currentIndexChanged.connect(self._filter)
        self.filtered = QLabel()
        self.export_button = QPushButton(self.tr("Ekspor ke Excel…"))
        self.export_button.clicked.connect(self.export_history)
        self.export_status = QLabel()
        self.export_status.setWordWrap(True)
        self.export_status.hide()  # until there is an export to tell of
        self.exceptions = QListWidget()
        self.exceptions.itemDoubleClicked.connect(self._jump)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"<h2>{self.tr('Sinkronisasi')}</h2>"))
        layout.addWidget(self._server_box())
        layout.addWidget(self._local_box())
        layout.addWidget(self._resume_box())
        layout.addWidget(self._pending_box())
        layout.addWidget(self._history_box(), 1)
        self.local_box.hide()
        self.resume_box.hide()
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop_local_server)

    # -- layout --------------------------------------------------------------------

    def _server_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Server"))
        row = QHBoxLayout(box)
        labels = QVBoxLayout()
        labels.addWidget(self.server_label)
        labels.addWidget(self.validation_label)
        row.addLayout(labels, 1)
        row.addWidget(self.start_button)
        return box

    def _local_box(self) -> QGroupBox:
        self.local_box = QGroupBox(self.tr("Server referensi lokal"))
        self.local_text = text = QLabel(
            self.tr(
                "Sekolah demo belum punya server pusat. Aplikasi dapat menjalankan server "
                "referensi di laptop ini, berisi sekolah demo yang sama seolah-olah sudah "
                "pernah sinkronisasi, sehingga seluruh alur dapat dicoba tanpa persiapan. "
                "Data demo yang berbeda dari server (termasuk kesalahan yang disengaja) "
                "menjadi perubahan lokal yang belum dikirim."
            )
        )
        text.setWordWrap(True)
        self.local_button = QPushButton(
            self.tr("Jalankan server referensi lokal untuk sekolah demo")
        )
        self.local_button.clicked.connect(self.start_local_server)
        self.local_status = QLabel()
        self.local_status.setWordWrap(True)
        self.local_progress = QProgressBar()
        self.local_progress.setRange(0, 0)
        self.local_progress.hide()
        layout = QVBoxLayout(self.local_box)
        layout.addWidget(text)
        row = QHBoxLayout()
        row.addWidget(self.local_button)
        row.addWidget(self.local_progress, 1)
        layout.addLayout(row)
        layout.addWidget(self.local_status)
        return self.local_box

    def _resume_box(self) -> QGroupBox:
        self.resume_box = QGroupBox(self.tr("Pengiriman yang belum selesai"))
        row = QHBoxLayout(self.resume_box)
        row.addWidget(self.resume_label, 1)
        row.addWidget(self.resume_button)
        return self.resume_box

    def _pending_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Perubahan yang belum dikirim"))
        # As tall as its rows, up to a handful: on a 768-pixel laptop screen the
        # Riwayat needs the room; the rest scrolls.
        self.pending.setMaximumHeight(PENDING_MAX_HEIGHT)
        QVBoxLayout(box).addWidget(self.pending)
        return box

    def _history_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Riwayat Sinkronisasi"))
        layout = QVBoxLayout(box)
        layout.addWidget(self.last_run)
        tools = QHBoxLayout()
        tools.addWidget(self.search, 1)
        tools.addWidget(self.outcome)
        tools.addWidget(self.filtered)
        tools.addWidget(self.export_button)
        layout.addLayout(tools)
        layout.addWidget(self.export_status)
        layout.addWidget(self.history, 2)
        layout.addWidget(
            QLabel(self.tr("Pengecualian dan konflik (klik dua kali untuk membuka data):"))
        )
        self.exceptions.setMaximumHeight(EXCEPTIONS_MAX_HEIGHT)
        layout.addWidget(self.exceptions, 1)
        return box

    # -- what is shown -------------------------------------------------------------

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        # Edits elsewhere change what is pending: read it again whenever the tab shows.
        self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        """Read what the tab shows off the UI thread: the pending changes of a large
        school that has never synced take some 150 ms. ``refreshed`` tells when the
        newest read is shown."""
        db = self.db
        self._reads.start(lambda: read_overview(db))

    def validation_changed(self) -> None:
        """A save was re-checked: new counts here, and in the wizard's Validasi page."""
        self.refresh()
        if self.wizard is not None:
            self.wizard.validasi.validation_changed()

    def _show_overview(self, overview: Overview) -> None:
        self.validation_label.setText(
            self._validation_text(overview.validation, overview.offers_local_server)
        )
        self._show_server(overview.server, overview.offers_local_server)
        self._show_upload(overview.upload)
        self.pending.show_counts(overview.changes)
        self._show_history(overview.history, overview.user_names)
        self.refreshed.emit()

    def _validation_text(self, counts: validation.Counts, demo: bool) -> str:
        text = counts_text(counts)
        if counts.invalid:
            text += " " + self.tr("Data invalid harus diperbaiki sebelum dikirim.")
        if counts.invalid and demo:
            text += " " + self.tr(
                "Sekolah demo ini sengaja berisi kesalahan. Untuk mencoba Sinkronisasi tanpa "
                "memperbaiki semuanya, pakai sekolah demo tanpa kesalahan: pilih itu pada "
                "awal pemakaian, atau buat dengan perintah python -m app demo --valid --db "
                "demo.sqlite lalu buka dengan python -m app --db demo.sqlite."
            )
        return text

    def _overview_failed(self, error: Exception) -> None:
        self.last_run.setText(error_text(error))
        self.refreshed.emit()

    def _show_server(self, server: str | None, local: bool) -> None:
        running = self.local is not None and self.local.running()
        if server is None:
            self.server_label.setText(self.tr("Server: belum terdaftar"))
        elif local and not running:
            self.server_label.setText(self.tr("Server: server referensi lokal (belum berjalan)"))
        else:
            self.server_label.setText(self.tr("Server: {url}").format(url=server))
        self.local_box.setVisible(local)
        self.local_text.setVisible(not running)  # once running, the status line says it all
        self.local_button.setEnabled(local and not running)
        self.start_button.setEnabled(server is not None and (running or not local))

    def _show_upload(self, upload) -> None:
        self.resume_box.setVisible(upload is not None)
        if upload is not None:
            self.resume_label.setText(
                self.tr(
                    "Paket {package_id} belum selesai dikirim ({offset} dari {size} byte). "
                    "Pengiriman dilanjutkan dari posisi terakhir di server."
                ).format(package_id=upload.package_id, offset=upload.offset, size=upload.size)
            )
            self.resume_button.setEnabled(self.start_button.isEnabled())

    def _show_history(self, history: list[RunRecord], names: dict[str, str]) -> None:
        self.runs = history
        self.history.setRowCount(len(history))
        for r, run in enumerate(history):
            values = [
                when(run.started_at),
                names.get(run.user_id, run.user_id or "-"),
                run.package_id or "-",
                str(run.bytes_sent),
                status_text(run.server_status),
                str(run.rows_pulled),
                outcome_text(run.outcome),
            ]
            for c, value in enumerate(values):
                self.history.setItem(r, c, QTableWidgetItem(value))
        self.last_run.setText(last_run_text(history[0] if history else None))
        self.exceptions.clear()
        self._filter()

    def _filter(self) -> None:
        """Hide the runs the search words or the chosen outcome leave out; every
        word must appear in some column, as in the data tables' search."""
        words = self.search.text().casefold().split()
        outcome = self.outcome.currentData()
        columns = range(self.history.columnCount())
        shown = 0
        for r, run in enumerate(self.runs):
            text = " ".join(self.history.item(r, c).text() for c in columns).casefold()
            match = outcome in (None, run.outcome) and all(w in text for w in words)
            self.history.setRowHidden(r, not match)
            shown += match
        if self.history.isRowHidden(self.history.currentRow()):
            self.history.clearSelection()
        hidden = shown < len(self.runs)
        self.filtered.setText(
            self.tr("{shown} dari {total} sinkronisasi").format(shown=shown, total=len(self.runs))
            if hidden
            else ""
        )

    def _show_exceptions(self) -> None:
        self.exceptions.clear()
        row = self.history.currentRow()
        if not 0 <= row < len(self.runs):
            return
        run = self.runs[row]
        for problem in run.exceptions:
            item = QListWidgetItem(exception_text(problem))
            item.setData(KEY_ROLE, (problem["table"], problem["row_id"]))
            self.exceptions.addItem(item)
        for conflict in run.conflicts:
            item = QListWidgetItem(
                self.tr("{table} {row_id}: konflik, pusat {server}, lokal {local}").format(
                    table=conflict["table"],
                    row_id=conflict["row_id"],
                    server=", ".join(conflict["server_fields"]) or "-",
                    local=", ".join(conflict["local_fields"]) or "-",
                )
            )
            item.setData(KEY_ROLE, (conflict["table"], conflict["row_id"]))
            self.exceptions.addItem(item)
        for line in run.errors + run.notes:
            self.exceptions.addItem(QListWidgetItem(line))

    def _jump(self, item: QListWidgetItem) -> None:
        target = item.data(KEY_ROLE)
        if target:
            self.record_requested.emit(*target)

    # -- export --------------------------------------------------------------------

    def export_history(self) -> None:
        """Every run, whatever the filter shows, to an Excel file of the operator's choice."""
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Ekspor Riwayat Sinkronisasi"),
            "riwayat-sinkronisasi.xlsx",
            "Excel (*.xlsx)",
        )
        if not path:
            return
        db = self.db
        self.export_button.setEnabled(False)
        self.export_status.setText(self.tr("Mengekspor…"))
        self.export_status.show()
        start_job(self, lambda: (export_log(db, path), path), self._exported, self._export_failed)

    def _exported(self, result: tuple[int, str]) -> None:
        count, path = result
        self.export_button.setEnabled(True)
        self.export_status.setText(
            self.tr("{count} sinkronisasi diekspor ke {path}.").format(count=count, path=path)
        )

    def _export_failed(self, error: Exception) -> None:
        self.export_button.setEnabled(True)
        self.export_status.setText(error_text(error))

    # -- the local reference server ------------------------------------------------

    def start_local_server(self) -> None:
        """Start, seed once and register in the background; the UI stays usable."""
        self.local_button.setEnabled(False)
        self.local_progress.show()
        self.local_status.setText(self.tr("Memulai…"))
        job = Job(self)
        job.progressed.connect(self._show_stage)
        job.succeeded.connect(self._local_started)
        job.failed.connect(self._local_failed)
        db, report = self.db, job.report
        job.start(lambda: local_server.start_local_server(db, report))

    def _show_stage(self, stage: str) -> None:
        self.local_status.setText(QCoreApplication.translate("LocalServer", stage))

    def _local_started(self, server: local_server.LocalServer) -> None:
        self.local = server
        self.local_progress.hide()
        status = self.tr("Server referensi lokal berjalan di {url}. Tekan Mulai Sinkronisasi.")
        lines = [status.format(url=server.url)]
        done = server.reconciled
        if done is not None:
            lines.append(
                self.tr(
                    "Terdaftar: {synced} baris sama dengan server; {local} baris berbeda "
                    "menjadi perubahan lokal yang belum dikirim."
                ).format(synced=done.synced, local=done.edited + done.deleted + done.created)
            )
        self.local_status.setText("\n".join(lines))
        self.refresh()

    def _local_failed(self, error: Exception) -> None:
        self.local_progress.hide()
        self.local_button.setEnabled(True)
        self.local_status.setText(error_text(error))
        if isinstance(error, NoCredentialStore) and self._agree_to_file(error):
            self.start_local_server()

    def _agree_to_file(self, error: NoCredentialStore) -> bool:
        agreed = confirm(
            self,
            self.tr("Penyimpanan token perangkat"),
            error_text(error) + "\n\n" + self.tr("Simpan token dalam berkas terenkripsi?"),
            self.tr("Simpan dalam Berkas"),
        )
        if not agreed:
            return False
        agree_to_file_fallback(self.db)
        return True

    def stop_local_server(self) -> None:
        if self.local is not None:
            self.local.stop()
            self.local = None

    # -- the wizard ----------------------------------------------------------------

    def _kode_for_token(self) -> str | None:
        """The encrypted-file store opens only with the Kode Registrasi; the keyring
        needs none, and the demo's code is public."""
        if local_server.uses_local_server(self.db):
            return DEMO_KODE_REGISTRASI
        if keyring_usable():
            return None
        note = self.tr("Kode Registrasi untuk membuka token perangkat:")
        return KodeDialog(note, self.tr("Buka"), parent=self).ask()

    def server_api(self) -> ServerApi | None:
        """The API of the registered server with the stored device token; None (the
        reason shown) when there is no token to use."""
        with self.db.Session() as session:
            npsn, _ = registered_school(session)
            server = registered_server(session)
        try:
            token = credential_store(self.db, self._kode_for_token()).get(npsn)
        except UserError as exc:
            tell(self, self.tr("Sinkronisasi"), error_text(exc), QMessageBox.Warning)
            return None
        if not token:
            tell(
                self,
                self.tr("Sinkronisasi"),
                self.tr(
                    "Token perangkat tidak ditemukan. Jalankan sekali python -m app sync "
                    "--confirm-all untuk mengambilnya dengan Kode Registrasi."
                ),
                QMessageBox.Warning,
            )
            return None
        return ServerApi(server, token)

    def open_wizard(self) -> None:
        api = self.server_api()
        if api is None:
            return
        # Not modal: a jump to an invalid record must leave the main window usable.
        self.wizard = SyncWizard(self.db, api, self)
        self.wizard.setWindowFlag(Qt.Window)
        self.wizard.record_requested.connect(self.record_requested)
        self.wizard.resize(900, 650)
        self.wizard.finished.connect(self.refresh)
        self.wizard.show()
