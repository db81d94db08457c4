"""Login at start, change password, and "lupa kata sandi" with the Kode Registrasi."""

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from ..accounts import users
from ..accounts.acting import UserInfo
from ..accounts.demo import DEMO_KODE_REGISTRASI, DEMO_PASSWORD, DEMO_USERNAME
from ..accounts.errors import AccountError
from ..db.engine import Database
from .translations import error_text


def _password_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.Password)
    return field


def error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("color: #b00020;")
    label.hide()
    return label


def show_error(label: QLabel, text: str) -> None:
    label.setText(text)
    label.show()


class LoginDialog(QDialog):
    """Username and password; for the demo school, its public account is filled in."""

    def __init__(
        self, db: Database, school: str, demo: bool = False, username: str = "", parent=None
    ):
        super().__init__(parent)
        self.db = db
        self.user: UserInfo | None = None
        # Set when the operator leaves the demo to register their own school.
        self.wants_registration = False
        self.setWindowTitle(self.tr("Masuk — Dapodik Lokal"))
        # Wide enough that the wrapped demo note and errors never get cut off.
        self.setMinimumWidth(420)
        self.username = QLineEdit(username)
        self.password = _password_field()
        self.error = error_label()
        self.notice = QLabel(wordWrap=True)  # good news, such as a new password
        self.notice.hide()
        heading = QLabel(f"<b>{school}</b>")
        forgot = QPushButton(self.tr("Lupa kata sandi?"))
        forgot.setFlat(True)
        forgot.clicked.connect(self._forgot)
        buttons = QDialogButtonBox()
        self.login_button = buttons.addButton(self.tr("Masuk"), QDialogButtonBox.AcceptRole)
        buttons.addButton(self.tr("Batal"), QDialogButtonBox.RejectRole)
        buttons.accepted.connect(self._login)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Nama pengguna"), self.username)
        form.addRow(self.tr("Kata sandi"), self.password)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        if demo:
            layout.addWidget(self._demo_note())
            self.username.setText(DEMO_USERNAME)
            self.password.setText(DEMO_PASSWORD)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.notice)
        layout.addWidget(forgot)
        if demo:
            register = QPushButton(self.tr("Daftarkan Sekolah Anda…"))
            register.clicked.connect(self._register)
            layout.addWidget(register)
        layout.addWidget(buttons)
        (self.password if self.username.text() else self.username).setFocus()

    def _demo_note(self) -> QLabel:
        # The demo school is not a real school: its account is public on purpose,
        # so that a first look needs nothing but starting the app.
        note = QLabel(
            self.tr(
                "Ini sekolah demo. Akun operator demo: <b>%1</b>, kata sandi <b>%2</b>. "
                "Kode Registrasi demo untuk Tukar Akses Pengguna: <b>%3</b>."
            )
            .replace("%1", DEMO_USERNAME)
            .replace("%2", DEMO_PASSWORD)
            .replace("%3", DEMO_KODE_REGISTRASI)
        )
        note.setWordWrap(True)
        return note

    def _login(self) -> None:
        try:
            self.user = users.login(self.db, self.username.text(), self.password.text())
        except AccountError as exc:
            self.password.clear()
            show_error(self.error, error_text(exc))
            return
        self.accept()

    def _register(self) -> None:
        self.wants_registration = True
        self.reject()

    def _forgot(self) -> None:
        dialog = ForgotPasswordDialog(self.db, self.username.text(), self)
        if dialog.exec():
            self.password.clear()
            self.error.hide()
            self.notice.setText(self.tr("Kata sandi diganti. Silakan masuk."))
            self.notice.show()
            self.password.setFocus()


class ForgotPasswordDialog(QDialog):
    """Lupa kata sandi: a new operator password, allowed by the school's Kode Registrasi."""

    def __init__(self, db: Database, username: str = "", parent=None):
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Lupa Kata Sandi"))
        self.setMinimumWidth(460)  # the note and the errors wrap without being cut off
        self.username = QLineEdit(username)
        self.kode = _password_field()  # the school's secret, never shown
        self.new = _password_field()
        self.repeat = _password_field()
        self.error = error_label()
        note = QLabel(
            self.tr(
                "Kata sandi akun Operator Sekolah dapat diatur ulang dengan Kode Registrasi "
                "sekolah (dari Dinas Pendidikan / Manajemen Dapodik)."
            )
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("Atur Ulang"), QDialogButtonBox.AcceptRole)
        buttons.addButton(self.tr("Batal"), QDialogButtonBox.RejectRole)
        buttons.accepted.connect(self._reset)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(note)
        form.addRow(self.tr("Nama pengguna"), self.username)
        form.addRow(self.tr("Kode Registrasi"), self.kode)
        form.addRow(self.tr("Kata sandi baru"), self.new)
        form.addRow(self.tr("Ulangi kata sandi"), self.repeat)
        form.addRow(self.error)
        form.addRow(buttons)

    def _reset(self) -> None:
        if self.new.text() != self.repeat.text():
            show_error(self.error, self.tr("Kedua kata sandi baru tidak sama."))
            return
        try:
            users.reset_forgotten_password(
                self.db, self.username.text(), self.kode.text(), self.new.text()
            )
        except AccountError as exc:
            show_error(self.error, error_text(exc))
            return
        self.accept()


class ChangePasswordDialog(QDialog):
    def __init__(self, db: Database, user: UserInfo, parent=None):
        super().__init__(parent)
        self.db, self.user = db, user
        self.setWindowTitle(self.tr("Ganti Kata Sandi"))
        self.old = _password_field()
        self.new = _password_field()
        self.repeat = _password_field()
        self.error = error_label()
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("Simpan"), QDialogButtonBox.AcceptRole)
        buttons.addButton(self.tr("Batal"), QDialogButtonBox.RejectRole)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Pengguna"), QLabel(f"{user.nama} ({user.username})"))
        form.addRow(self.tr("Kata sandi lama"), self.old)
        form.addRow(self.tr("Kata sandi baru"), self.new)
        form.addRow(self.tr("Ulangi kata sandi"), self.repeat)
        form.addRow(self.error)
        form.addRow(buttons)

    def _save(self) -> None:
        if self.new.text() != self.repeat.text():
            show_error(self.error, self.tr("Kedua kata sandi baru tidak sama."))
            return
        try:
            users.change_own_password(
                self.db, self.user.pengguna_id, self.old.text(), self.new.text()
            )
        except AccountError as exc:
            show_error(self.error, error_text(exc))
            return
        self.accept()
