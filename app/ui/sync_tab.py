"""The Sinkronisasi tab: where this installation stands with the server, what is
waiting to be sent, the Riwayat Sinkronisasi, and the way into the sync wizard.

For the demo school it offers to start the local reference server (see
``app.sync.local_server``), so a first look needs no server of one's own.
"""

from datetime import UTC

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
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
from ..i18n import QT_TRANSLATE_NOOP, UserError
from ..sync import local_server
from ..sync.log import CANCELLED, DONE, FAILED, INTERRUPTED, RUNNING, RunRecord, runs
from ..sync.run import STATUS_LABELS
from ..sync.server_api import ServerApi
from ..sync.state import open_upload, pending_changes, registered_school, registered_server
from .background import run_in_background
from .sinkronisasi import SyncWizard, sync_text

# Marked here, translated when shown: the translator is installed after import.
OUTCOME_LABELS = {
    DONE: QT_TRANSLATE_NOOP("SyncTab", "Selesai"),
    FAILED: QT_TRANSLATE_NOOP("SyncTab", "Gagal"),
    CANCELLED: QT_TRANSLATE_NOOP("SyncTab", "Dihentikan"),
    INTERRUPTED: QT_TRANSLATE_NOOP("SyncTab", "Terputus"),
    RUNNING: QT_TRANSLATE_NOOP("SyncTab", "Berjalan"),
}
KEY_ROLE = Qt.UserRole + 1


def error_text(error: Exception) -> str:
    """An operator's message: translated when it is one of ours, else as it came."""
    if isinstance(error, UserError):
        return QCoreApplication.translate(error.context, error.message).format(**error.params)
    return str(error)


def outcome_text(outcome: str) -> str:
    label = OUTCOME_LABELS.get(outcome)
    return QCoreApplication.translate("SyncTab", label) if label else outcome


def _when(run: RunRecord) -> str:
    # The log keeps UTC; the operator reads their own clock.
    return run.started_at.replace(tzinfo=UTC).astimezone().strftime("%Y-%m-%d %H:%M")


PENDING_MIN_HEIGHT = 150
EXCEPTIONS_MAX_HEIGHT = 110


class SyncTab(QWidget):
    record_requested = Signal(str, str)
    # From the worker that starts the local server: the stage, shown on the UI thread.
    stage_changed = Signal(str)

    def __init__(self, db: Database, parent=None):
        super().__init__(parent)
        self.db = db
        self.local: local_server.LocalServer | None = None
        self.runs: list[RunRecord] = []
        self.wizard: SyncWizard | None = None
        self.server_label = QLabel()
        self.server_label.setWordWrap(True)
        self.start_button = QPushButton(self.tr("Mulai Sinkronisasi…"))
        self.start_button.clicked.connect(self.open_wizard)
        self.resume_label = QLabel()
        self.resume_label.setWordWrap(True)
        self.resume_button = QPushButton(self.tr("Lanjutkan Pengiriman…"))
        self.resume_button.clicked.connect(self.open_wizard)
        self.pending = self._table(
            [self.tr("Tabel"), self.tr("Baru"), self.tr("Diubah"), self.tr("Dihapus")]
        )
        self.last_run = QLabel()
        self.last_run.setWordWrap(True)
        self.history = self._table(
            [
                self.tr("Waktu"),
                self.tr("Pengguna"),
                self.tr("Paket"),
                self.tr("Byte"),
                self.tr("Status server"),
                self.tr("Baris ditarik"),
                self.tr("Hasil"),
            ]
        )
        self.history.itemSelectionChanged.connect(self._show_exceptions)
        self.exceptions = QListWidget()
        self.exceptions.itemDoubleClicked.connect(self._jump)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"<h2>{self.tr('Sinkronisasi')}</h2>"))
        layout.addWidget(self._server_box())
        layout.addWidget(self._local_box())
        layout.addWidget(self._resume_box())
        layout.addWidget(self._pending_box(), 2)
        layout.addWidget(self._history_box(), 3)
        self.stage_changed.connect(self._show_stage)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop_local_server)
        self.refresh()

    # -- layout --------------------------------------------------------------------

    @staticmethod
    def _table(headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectRows)
        table.setSelectionMode(QAbstractItemView.SingleSelection)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    def _server_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Server"))
        row = QHBoxLayout(box)
        row.addWidget(self.server_label, 1)
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
        # Room for a handful of tables on a 768-pixel laptop screen; the rest scrolls.
        self.pending.setMinimumHeight(PENDING_MIN_HEIGHT)
        QVBoxLayout(box).addWidget(self.pending)
        return box

    def _history_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Riwayat Sinkronisasi"))
        layout = QVBoxLayout(box)
        layout.addWidget(self.last_run)
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
        with self.db.Session() as session:
            server = registered_server(session)
            upload = open_upload(session)
            changes = pending_changes(session)
            history = runs(session)
        self._show_server(server)
        self._show_upload(upload)
        self._show_pending(changes)
        self._show_history(history)

    def _show_server(self, server: str | None) -> None:
        local = local_server.offers_local_server(self.db)
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

    def _show_pending(self, changes: dict[str, dict[str, int]]) -> None:
        self.pending.setRowCount(len(changes))
        for r, (table, counts) in enumerate(sorted(changes.items())):
            values = [table, counts["created"], counts["updated"], counts["deleted"]]
            for c, value in enumerate(values):
                self.pending.setItem(r, c, QTableWidgetItem(str(value)))
        self.pending.clearSpans()
        if not changes:
            self.pending.setRowCount(1)
            self.pending.setItem(0, 0, QTableWidgetItem(self.tr("Tidak ada perubahan")))
            self.pending.setSpan(0, 0, 1, self.pending.columnCount())

    def _show_history(self, history: list[RunRecord]) -> None:
        self.runs = history
        names = {u.pengguna_id: u.nama for u in all_users(self.db)}
        self.history.setRowCount(len(history))
        for r, run in enumerate(history):
            status = STATUS_LABELS.get(run.server_status or "")
            values = [
                _when(run),
                names.get(run.user_id, run.user_id or "-"),
                run.package_id or "-",
                str(run.bytes_sent),
                sync_text(status) if status else "-",
                str(run.rows_pulled),
                outcome_text(run.outcome),
            ]
            for c, value in enumerate(values):
                self.history.setItem(r, c, QTableWidgetItem(value))
        self._show_last(history[0] if history else None)
        self.exceptions.clear()

    def _show_last(self, run: RunRecord | None) -> None:
        if run is None:
            self.last_run.setText(self.tr("Belum pernah sinkronisasi."))
            return
        status = STATUS_LABELS.get(run.server_status or "")
        self.last_run.setText(
            self.tr("Sinkronisasi terakhir: {when}, {outcome}; status server: {status}.").format(
                when=_when(run),
                outcome=outcome_text(run.outcome),
                status=sync_text(status) if status else "-",
            )
        )

    def _show_exceptions(self) -> None:
        self.exceptions.clear()
        row = self.history.currentRow()
        if not 0 <= row < len(self.runs):
            return
        run = self.runs[row]
        for problem in run.exceptions:
            item = QListWidgetItem(
                f"{problem['table']} {problem['row_id']}: {problem['result']} "
                f"{problem.get('code') or ''} {problem.get('reason') or ''}".rstrip()
            )
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

    # -- the local reference server ------------------------------------------------

    def start_local_server(self) -> None:
        """Start, seed once and register in the background; the UI stays usable."""
        self.local_button.setEnabled(False)
        self.local_progress.show()
        self.local_status.setText(self.tr("Memulai…"))
        run_in_background(
            lambda: local_server.start_local_server(self.db, self.stage_changed.emit),
            self._local_started,
            self._local_failed,
        )

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
        answer = QMessageBox.question(
            self,
            self.tr("Penyimpanan token perangkat"),
            error_text(error) + "\n\n" + self.tr("Simpan token dalam berkas terenkripsi?"),
        )
        if answer != QMessageBox.Yes:
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
        kode, ok = QInputDialog.getText(
            self,
            self.tr("Kode Registrasi"),
            self.tr("Kode Registrasi untuk membuka token perangkat:"),
            QLineEdit.Password,
        )
        return kode if ok and kode else None

    def server_api(self) -> ServerApi | None:
        """The API of the registered server with the stored device token; None (the
        reason shown) when there is no token to use."""
        with self.db.Session() as session:
            npsn, _ = registered_school(session)
            server = registered_server(session)
        try:
            token = credential_store(self.db, self._kode_for_token()).get(npsn)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Sinkronisasi"), error_text(exc))
            return None
        if not token:
            QMessageBox.warning(
                self,
                self.tr("Sinkronisasi"),
                self.tr(
                    "Token perangkat tidak ditemukan. Jalankan sekali python -m app sync "
                    "--confirm-all untuk mengambilnya dengan Kode Registrasi."
                ),
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
