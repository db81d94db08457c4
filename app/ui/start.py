"""From starting the app to its main window: the first-start wizard, opening the
database, the login dialog (from which the operator may leave the demo to
register the school), then the main window.

One window at a time, each opened without blocking; the next step goes on from
the window's ``finished`` signal. ``run_gui`` runs these steps under
``app.exec()``; tests run the same steps and drive the windows as an operator.
"""

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from dapodik.demo.school import build_demo

from ..accounts import users
from ..accounts.demo import ensure_demo_accounts, is_demo
from ..config import default_database_path
from ..db.engine import Database, open_database
from ..db.integrity import DatabaseDamaged
from ..db.summary import has_school, school_summary
from ..i18n import UserError
from .account_dialogs import LoginDialog
from .dialogs import tell
from .main_window import MainWindow
from .registration_wizard import (
    DEMO_VALID,
    RegistrationWizard,
    keep_registration,
    set_demo_aside,
)
from .restore import DamagedDatabaseDialog
from .single_instance import SingleInstance
from .translations import error_text


def open_default_database() -> Database:
    path = default_database_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    return open_database(path)


def open_or_create_default(path: Path | None, valid: bool = False) -> Database:
    """The given database, or the embedded default: the small demo school in the
    user data folder (``valid``: without its deliberate mistakes), created on first
    start so a first look needs no set-up."""
    if path is not None:
        return open_database(path)
    db = open_default_database()
    if not has_school(db):
        with db.engine.begin() as conn:
            build_demo(conn, "small", valid=valid)
    return db


class StartUp(QObject):
    """The start-up steps. ``ready`` carries the main window once it shows;
    ``ended`` the exit code when the start ends without one (cancelled, refused,
    or the database already open in another window)."""

    ready = Signal(object)
    ended = Signal(int)

    def __init__(self, path: Path | None, exit_when_ready: bool = False, parent=None):
        super().__init__(parent)
        self.path = path
        # Start-up measurements and smoke tests: quit once the first window shows.
        self.exit_when_ready = exit_when_ready
        self.db: Database | None = None
        self.window: MainWindow | None = None
        self.instance: SingleInstance | None = None
        self._dialog: QDialog | None = None  # the window of the current step
        self._username = ""  # of the account a registration just made, for the login

    def begin(self) -> None:
        # Between two windows of the start none is open: that must not end the app.
        QApplication.instance().setQuitOnLastWindowClosed(False)
        try:
            if self.path is None and self._first_start():
                return
            self._open()
        except UserError as exc:
            self._refused(exc)

    def _first_start(self) -> bool:
        """Open the first-start wizard if the default database holds no school yet."""
        try:
            db = open_default_database()
        except DatabaseDamaged:
            return False  # a school's database, damaged: opening it offers its backup
        if has_school(db):
            db.close()
            return False
        wizard = RegistrationWizard(db)
        self._present(wizard, lambda r: self._first_start_done(wizard, r))
        return True

    def _present(self, dialog: QDialog, then) -> None:
        self._dialog = dialog
        dialog.finished.connect(then)
        dialog.open()
        self._ready_for_measurement()

    def _ready_for_measurement(self) -> None:
        if self.exit_when_ready:
            self.exit_when_ready = False
            print("ready", flush=True)
            QTimer.singleShot(0, lambda: self._end(0))

    def _first_start_done(self, wizard: RegistrationWizard, result: int) -> None:
        wizard.db.close()
        self._username = wizard.username or ""
        if result != QDialog.Accepted:
            self._end(0)  # the first-start wizard was cancelled
            return
        try:
            self._open(valid_demo=wizard.mode() == DEMO_VALID)
        except UserError as exc:
            self._refused(exc)

    def _open(self, valid_demo: bool = False) -> None:
        try:
            db = open_or_create_default(self.path, valid_demo)
        except DatabaseDamaged as exc:
            damage = exc  # ``exc`` ends with the except clause
            dialog = DamagedDatabaseDialog(damage)
            self._present(dialog, lambda result: self._restored(damage, result))
            return
        self._claim(db)

    def _restored(self, damage: DatabaseDamaged, result: int) -> None:
        if result != QDialog.Accepted:
            self._end(2)
            return
        try:
            self._claim(open_database(Path(damage.params["path"])))  # its newest good backup
        except UserError as exc:
            self._refused(exc)

    def _claim(self, db: Database) -> None:
        self.db = db
        self.instance = SingleInstance(self.db.path, self)
        if not self.instance.claim():
            self._end(0)  # the window already open on this database was brought forward
            return
        self._log_in()

    def _log_in(self) -> None:
        """The demo school gets its public demo accounts on first use and a dialog
        with them filled in, so the quick start stays one command to a first look."""
        db = self.db
        ensure_demo_accounts(db)
        if not users.all_users(db):
            self._dialog = tell(
                None,
                QCoreApplication.translate("Akun", "Belum ada akun"),
                QCoreApplication.translate(
                    "Akun",
                    "Basis data ini belum memiliki akun pengguna. Buat akun operator dengan "
                    "perintah: python -m app user add NAMA --db BERKAS",
                ),
                QMessageBox.Warning,
                then=lambda: self._end(0),
            )
            return
        with db.Session() as session:
            summary = school_summary(session)
        school = f"{summary.nama} ({summary.npsn})" if summary else "Dapodik Lokal"
        dialog = LoginDialog(db, school, demo=is_demo(db), username=self._username)
        self._present(dialog, lambda result: self._logged_in(dialog, result))

    def _logged_in(self, dialog: LoginDialog, result: int) -> None:
        if dialog.wants_registration:
            fresh, aside = set_demo_aside(self.db)
            self.db = fresh
            wizard = RegistrationWizard(fresh)
            self._present(wizard, lambda _r: self._registered(wizard, aside))
        elif result == QDialog.Accepted:
            self._show_main_window(dialog.user)
        else:
            self._end(0)  # login cancelled

    def _registered(self, wizard: RegistrationWizard, aside: Path) -> None:
        self.db = keep_registration(wizard.db, aside)
        self._username = wizard.username or ""
        self._log_in()

    def _show_main_window(self, user) -> None:
        self._dialog = None
        self.window = MainWindow(self.db, user=user)
        self.instance.activated.connect(self._bring_forward)
        self.window.show()
        QApplication.instance().setQuitOnLastWindowClosed(True)
        self.ready.emit(self.window)
        self._ready_for_measurement()

    def _bring_forward(self) -> None:
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()

    def _refused(self, exc: UserError) -> None:
        self._dialog = tell(
            None,
            QCoreApplication.translate("App", "Basis data tidak dapat dibuka"),
            error_text(exc),
            QMessageBox.Critical,
            then=lambda: self._end(2),
        )

    def _end(self, code: int) -> None:
        QApplication.instance().setQuitOnLastWindowClosed(True)
        self.close()
        self.ended.emit(code)

    def close(self) -> None:
        """Close the database the start opened (the app's, once it has ended) and
        give up the claim on it, as the end of the process does."""
        if self.instance is not None:
            self.instance.release()
            self.instance = None
        if self.db is not None:
            self.db.close()
            self.db = None
