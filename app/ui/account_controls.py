"""The main window's account controls: Pengaturan → Tukar Akses Pengguna, Kembali,
Ganti Kata Sandi, and who is acting in the title and status bar."""

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMenu, QWidget

from ..accounts import acting, tukar_akses
from ..accounts.acting import UserInfo
from ..accounts.users import PERAN_NAMES
from ..db.engine import Database
from .account_dialogs import ChangePasswordDialog
from .dialogs import tell
from .tukar_akses import TukarAksesDialog, acting_notice


def describe(user: UserInfo) -> str:
    peran = QCoreApplication.translate("Akun", PERAN_NAMES[user.peran_id])
    return f"{user.nama} ({peran})"


class AccountControls(QObject):
    """Emits ``changed`` when who is acting changes, so the window retitles itself."""

    changed = Signal()

    def __init__(self, window: QWidget, db: Database, user: UserInfo | None = None):
        super().__init__(window)
        self.window, self.db = window, db
        if user is not None:
            acting.start(user)
        self.tukar = QAction(self.tr("&Tukar Akses Pengguna…"), window)
        self.tukar.triggered.connect(self._tukar)
        self.kembali = QAction(self.tr("&Kembali ke Akun Operator"), window)
        self.kembali.triggered.connect(self._kembali)
        self.password = QAction(self.tr("&Ganti Kata Sandi…"), window)
        self.password.triggered.connect(self._change_password)
        self.status_label = QLabel()
        acting_notice().changed.connect(self._refresh)
        self._refresh()

    def add_to(self, menu: QMenu) -> None:
        menu.addAction(self.tukar)
        menu.addAction(self.kembali)
        menu.addAction(self.password)
        menu.addSeparator()

    def title_suffix(self) -> str:
        user = acting.current_user()
        return f" — {describe(user)}" if user else ""

    def _refresh(self) -> None:
        user = acting.current_user()
        switched = acting.is_switched()
        self.kembali.setEnabled(switched)
        logged_in = acting.logged_in_user()
        self.password.setEnabled(not switched and bool(logged_in and logged_in.has_password))
        if user is None:
            self.status_label.setText("")
        elif switched:
            self.status_label.setText(
                self.tr("Bertindak sebagai: %1 (Tukar Akses dari %2)")
                .replace("%1", describe(user))
                .replace("%2", logged_in.nama if logged_in else "-")
            )
        else:
            self.status_label.setText(self.tr("Pengguna: %1").replace("%1", describe(user)))
        # A switched session is highlighted: every change now carries the principal's id.
        self.status_label.setStyleSheet("font-weight: bold; color: #8a4b00;" if switched else "")
        self.changed.emit()

    def _tukar(self) -> None:
        self.dialog = TukarAksesDialog(self.db, self.window)
        self.dialog.open()  # a switch is heard through acting_notice()

    def _kembali(self) -> None:
        user = tukar_akses.back()
        acting_notice().changed.emit()
        if user is not None:
            tell(
                self.window,
                self.tr("Tukar Akses Pengguna"),
                self.tr("Kembali ke akun %1.").replace("%1", describe(user)),
            )

    def _change_password(self) -> None:
        user = acting.logged_in_user()
        if user is not None and ChangePasswordDialog(self.db, user, self.window).exec():
            tell(self.window, self.tr("Ganti Kata Sandi"), self.tr("Kata sandi diganti."))
