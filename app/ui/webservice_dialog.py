"""Pengaturan → WebService: start and stop the Web Service other school apps pull
from, choose who may reach it, and manage the applications' tokens.

The service outlives the dialog: closing only hides it, and ``open_for`` shows
the same dialog again, so a running service keeps its status on screen. Starting,
stopping and every database call run in the background, never on the UI thread.
"""

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..db.engine import Database
from ..webservice import DEFAULT_HOST, DEFAULT_PORT
from ..webservice.server import WebService, lan_addresses
from ..webservice.tokens import TokenInfo, create_token, list_tokens, revoke_token
from .dialogs import confirm, tell
from .jobs import start_job
from .translations import error_text

REFRESH_MS = 5000
WARNING_STYLE = "color: #9a4b00;"


class WebServiceDialog(QDialog):
    def __init__(self, db: Database, parent=None):
        super().__init__(parent)
        self.db = db
        self.service = WebService(db.engine)
        self.busy = False
        self.setWindowTitle(self.tr("WebService"))
        self.resize(760, 560)
        layout = QVBoxLayout(self)
        layout.addWidget(self._service_box())
        layout.addWidget(self._token_box(), 1)
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("Tutup"), QDialogButtonBox.RejectRole)
        buttons.rejected.connect(self.hide)
        layout.addWidget(buttons)
        self.refresh_timer = QTimer(self, interval=REFRESH_MS)
        self.refresh_timer.timeout.connect(self._refresh_if_shown)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.service.stop)
        self._show_status()
        self.refresh_tokens()

    @classmethod
    def open_for(cls, parent: QWidget, db: Database) -> "WebServiceDialog":
        """The window's one WebService dialog, created on first use."""
        dialog = parent.findChild(cls)
        if dialog is None:
            dialog = cls(db, parent)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    # --- the service ---------------------------------------------------------------

    def _service_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Layanan"))
        form = QFormLayout(box)
        self.status = QLabel()
        # Selectable: the operator copies the address into the other application.
        self.status.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.port = QSpinBox(minimum=1024, maximum=65535, value=DEFAULT_PORT)
        self.port.setMaximumWidth(120)
        self.lan = QCheckBox(self.tr("Buka untuk komputer lain di jaringan lokal (LAN)"))
        self.address = QComboBox()
        self.address.setEnabled(False)
        self.lan_warning = QLabel(
            self.tr(
                "Perhatian: setiap komputer di jaringan yang dapat menjangkau alamat ini "
                "dapat mencoba mengambil data sekolah. Berikan token hanya kepada aplikasi "
                "yang dipercaya dan batasi tiap token pada alamat IP kliennya."
            )
        )
        self.lan_warning.setWordWrap(True)
        self.lan_warning.setStyleSheet(WARNING_STYLE)
        self.lan_warning.setVisible(False)
        self.lan.toggled.connect(self._lan_toggled)
        self.start_stop = QPushButton()
        self.start_stop.clicked.connect(self._start_or_stop)
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.lan)
        form.addRow(self.tr("Alamat LAN"), self.address)
        form.addRow(self.lan_warning)
        form.addRow(self.start_stop)
        return box

    def _lan_toggled(self, on: bool) -> None:
        if on and self.address.count() == 0:
            self.address.addItems(lan_addresses())
        self.address.setEnabled(on and not self.service.running)
        self.lan_warning.setVisible(on)

    def chosen_host(self) -> str:
        return self.address.currentText() if self.lan.isChecked() else DEFAULT_HOST

    def _start_or_stop(self) -> None:
        if self.busy:
            return
        self._set_busy(True)
        if self.service.running:
            start_job(self, self.service.stop, self._stopped, self._failed)
        else:
            host, port = self.chosen_host(), self.port.value()
            service = self.service
            start_job(self, lambda: service.start(host, port), self._started, self._start_failed)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        for widget in (self.start_stop, self.port, self.lan, self.address):
            widget.setEnabled(not busy)
        if busy:
            self.start_stop.setText(self.tr("Mohon tunggu…"))
        else:
            self._show_status()

    def _started(self, _address) -> None:
        self._set_busy(False)
        self.refresh_timer.start()

    def _stopped(self, _result) -> None:
        self.refresh_timer.stop()
        self._set_busy(False)

    def _start_failed(self, exc: Exception) -> None:
        self._set_busy(False)
        tell(
            self,
            self.tr("WebService"),
            self.tr("Web Service tidak dapat dimulai: %1").replace("%1", error_text(exc)),
            QMessageBox.Warning,
        )

    def _failed(self, exc: Exception) -> None:
        self._set_busy(False)
        tell(self, self.tr("WebService"), error_text(exc), QMessageBox.Warning)

    def _show_status(self) -> None:
        address = self.service.address if self.service.running else None
        running = address is not None
        if running:
            self.status.setText(self.tr("Berjalan di %1").replace("%1", address.url))
        else:
            self.status.setText(self.tr("Berhenti"))
        self.start_stop.setText(self.tr("Hentikan") if running else self.tr("Mulai"))
        for widget in (self.port, self.lan):
            widget.setEnabled(not running)
        self.address.setEnabled(not running and self.lan.isChecked())

    # --- tokens --------------------------------------------------------------------

    def _token_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Token aplikasi"))
        column = QVBoxLayout(box)
        column.addLayout(self._new_token_row())
        column.addWidget(self._shown_once())
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Nama aplikasi"),
                self.tr("Status"),
                self.tr("IP klien"),
                self.tr("Dibuat"),
                self.tr("Terakhir dipakai"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        column.addWidget(self.table, 1)
        actions = QHBoxLayout()
        self.revoke = QPushButton(self.tr("Cabut Token"))
        self.revoke.clicked.connect(self._revoke_selected)
        reload_button = QPushButton(self.tr("Muat Ulang"))
        reload_button.clicked.connect(self.refresh_tokens)
        actions.addWidget(self.revoke)
        actions.addStretch(1)
        actions.addWidget(reload_button)
        column.addLayout(actions)
        return box

    def _new_token_row(self) -> QHBoxLayout:
        self.token_name = QLineEdit(placeholderText=self.tr("Nama aplikasi, mis. E-Rapor"))
        self.token_ip = QLineEdit(placeholderText=self.tr("IP klien (opsional)"))
        self.create = QPushButton(self.tr("Buat Token"))
        self.create.clicked.connect(self._create)
        self.token_name.returnPressed.connect(self._create)
        row = QHBoxLayout()
        row.addWidget(self.token_name, 2)
        row.addWidget(self.token_ip, 1)
        row.addWidget(self.create)
        return row

    def _shown_once(self) -> QWidget:
        self.new_token_panel = QWidget()
        column = QVBoxLayout(self.new_token_panel)
        column.setContentsMargins(0, 0, 0, 0)
        self.new_token_label = QLabel()
        self.new_token = QLineEdit(readOnly=True)
        self.new_token.setFont(QFontDatabase.systemFont(QFontDatabase.FixedFont))
        copy = QPushButton(self.tr("Salin"))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.new_token.text()))
        row = QHBoxLayout()
        row.addWidget(self.new_token, 1)
        row.addWidget(copy)
        column.addWidget(self.new_token_label)
        column.addLayout(row)
        self.new_token_panel.setVisible(False)
        return self.new_token_panel

    def _create(self) -> None:
        engine, nama, ip = self.db.engine, self.token_name.text(), self.token_ip.text()
        self.create.setEnabled(False)
        start_job(self, lambda: create_token(engine, nama, ip), self._created, self._token_error)

    def _created(self, result: tuple[TokenInfo, str]) -> None:
        info, token = result
        self.create.setEnabled(True)
        self.token_name.clear()
        self.token_ip.clear()
        self.new_token_label.setText(
            self.tr("Token untuk %1 (salin sekarang, tidak ditampilkan lagi):").replace(
                "%1", info.nama
            )
        )
        self.new_token.setText(token)
        self.new_token_panel.setVisible(True)
        self.refresh_tokens()

    def _token_error(self, exc: Exception) -> None:
        self.create.setEnabled(True)
        tell(self, self.tr("Token aplikasi"), error_text(exc), QMessageBox.Warning)

    def selected_name(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.table.item(rows[0].row(), 0).text() if rows else None

    def _revoke_selected(self) -> None:
        nama = self.selected_name()
        if nama is None:
            return
        question = self.tr(
            "Cabut token %1? Aplikasi yang memakainya tidak dapat mengambil data lagi."
        ).replace("%1", nama)
        if not confirm(self, self.tr("Cabut Token"), question, self.tr("Cabut")):
            return
        engine = self.db.engine
        start_job(self, lambda: revoke_token(engine, nama), self._revoked, self._token_error)

    def _revoked(self, _result) -> None:
        self.new_token_panel.setVisible(False)
        self.refresh_tokens()

    def _refresh_if_shown(self) -> None:
        # While the service runs, last use changes under the operator's eyes; a hidden
        # dialog need not ask the database.
        if self.isVisible():
            self.refresh_tokens()

    def refresh_tokens(self) -> None:
        engine = self.db.engine
        start_job(self, lambda: list_tokens(engine), self._show_tokens, self._token_error)

    def _show_tokens(self, tokens: list[TokenInfo]) -> None:
        selected = self.selected_name()
        self.table.setRowCount(len(tokens))
        for row, token in enumerate(tokens):
            for column, text in enumerate(self._cells(token)):
                self.table.setItem(row, column, QTableWidgetItem(text))
            if token.nama == selected and token.active:
                self.table.selectRow(row)
        self.revoke.setEnabled(any(t.active for t in tokens))

    def _cells(self, token: TokenInfo) -> list[str]:
        last = _when(token.last_used_at)
        if token.last_used_ip:
            last = self.tr("%1 dari %2").replace("%1", last).replace("%2", token.last_used_ip)
        return [
            token.nama,
            self.tr("Aktif") if token.active else self.tr("Dicabut"),
            token.allowed_ip or self.tr("semua"),
            _when(token.created_at),
            last if token.last_used_at else self.tr("belum pernah"),
        ]


def _when(moment) -> str:
    return moment.strftime("%d-%m-%Y %H:%M") if moment else ""
