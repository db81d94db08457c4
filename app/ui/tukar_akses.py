"""Pengaturan → Tukar Akses Pengguna: Kode Registrasi → the accounts that can take
over (the principal marked) → "Tukar Pengguna". Wherever it is opened from (the
menu, the Sinkronisasi wizard), every widget that shows who is acting hears of a
switch through ``acting_notice()``."""

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from ..accounts import tukar_akses
from ..accounts.acting import UserInfo
from ..accounts.errors import AccountError
from ..db.engine import Database
from .account_dialogs import error_label, show_error
from .translations import error_text


class ActingNotice(QObject):
    """Tells that who is acting changed (a switch, or back to the operator)."""

    changed = Signal()


def acting_notice() -> ActingNotice:
    """The application's one notice: created with the application, gone with it."""
    app = QCoreApplication.instance()
    notice = app.findChild(ActingNotice)
    return notice if notice is not None else ActingNotice(app)


class TukarAksesDialog(QDialog):
    def __init__(self, db: Database, parent=None):
        super().__init__(parent)
        self.db = db
        self.user: UserInfo | None = None
        self.setWindowTitle(self.tr("Tukar Akses Pengguna"))
        self.setMinimumWidth(520)
        intro = QLabel(
            self.tr(
                "Hanya kepala sekolah yang dapat mengirim data. Masukkan Kode Registrasi "
                "sekolah untuk beralih ke akun kepala sekolah."
            )
        )
        intro.setWordWrap(True)
        self.kode = QLineEdit()
        self.kode.setEchoMode(QLineEdit.Password)
        # Enter after the code checks it and lists the accounts; only then does
        # Enter (or a click) switch, to the account the operator has seen chosen.
        check = QPushButton(self.tr("Periksa Kode"))
        check.setDefault(True)
        check.clicked.connect(self._check)
        row = QHBoxLayout()
        row.addWidget(self.kode, 1)
        row.addWidget(check)
        form = QFormLayout()
        form.addRow(self.tr("Kode Registrasi"), row)
        self.accounts = QListWidget()
        self.accounts.setEnabled(False)
        self.accounts.currentItemChanged.connect(self._selection_changed)
        self.error = error_label()
        buttons = QDialogButtonBox()
        self.switch_button = buttons.addButton(
            self.tr("Tukar Pengguna"), QDialogButtonBox.AcceptRole
        )
        self.switch_button.setEnabled(False)
        buttons.addButton(self.tr("Batal"), QDialogButtonBox.RejectRole)
        buttons.accepted.connect(self._switch)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Akun yang dapat mengambil alih:")))
        layout.addWidget(self.accounts)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _check(self) -> None:
        self.accounts.clear()
        self.error.hide()
        try:
            found = tukar_akses.choices(self.db, self.kode.text())
        except AccountError as exc:
            show_error(self.error, error_text(exc))
            self.accounts.setEnabled(False)
            return
        for candidate in found.candidates:
            item = QListWidgetItem(self._label(candidate))
            item.setData(Qt.UserRole, candidate.user.pengguna_id)
            if candidate.is_principal:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.accounts.addItem(item)
        self.accounts.setEnabled(True)
        if found.problem is not None:
            show_error(self.error, error_text(found.problem))
        elif self.accounts.count():
            self.accounts.setCurrentRow(0)
            self.switch_button.setDefault(True)
            self.accounts.setFocus()

    def _label(self, candidate: tukar_akses.Candidate) -> str:
        user = candidate.user
        if candidate.plt:
            mark = self.tr("Plt. Kepala Sekolah saat ini")
        elif candidate.is_principal:
            mark = self.tr("Kepala Sekolah saat ini")
        else:
            mark = self.tr("bukan kepala sekolah saat ini")
        return f"{user.nama} ({user.username}) — {mark}"

    def _selection_changed(self, current, _previous) -> None:
        self.switch_button.setEnabled(current is not None)

    def _switch(self) -> None:
        item = self.accounts.currentItem()
        if item is None:
            return
        try:
            self.user = tukar_akses.switch(self.db, self.kode.text(), item.data(Qt.UserRole))
        except AccountError as exc:
            show_error(self.error, error_text(exc))
            return
        acting_notice().changed.emit()
        self.accept()
