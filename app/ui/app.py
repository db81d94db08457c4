"""Starting the GUI: the application object, the language, the database."""

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from dapodik.demo.school import build_demo
from dapodik.resources import resources_dir

from ..config import APP_NAME, default_database_path
from ..db.engine import Database, open_database
from ..db.integrity import DatabaseDamaged
from ..db.summary import has_school
from ..i18n import UserError
from ..logs import setup_logging
from .crash import install_exception_hook
from .main_window import MainWindow
from .platform_libraries import missing_libraries, missing_libraries_message
from .registration_wizard import first_start_wizard
from .restore import DamagedDatabaseDialog
from .single_instance import SingleInstance
from .start import log_in_at_start
from .translations import current_language, install_translator


def create_application(argv: list[str]) -> QApplication:
    app = QApplication.instance() or QApplication(argv)
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("Dapodik Lokal")
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "dapodik-lokal.png")))
    app._translator = install_translator(app, current_language())
    return app


def open_or_create_default(path: Path | None) -> Database:
    """The given database, or the embedded default: the small demo school in the
    user data folder, created on first start so a first look needs no set-up."""
    if path is not None:
        return open_database(path)
    path = default_database_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    db = open_database(path)
    if not has_school(db):
        with db.engine.begin() as conn:
            build_demo(conn, "small")
    return db


def _bring_forward(window: MainWindow) -> None:
    window.showNormal()
    window.raise_()
    window.activateWindow()


def run_gui(path: Path | None) -> int:
    missing = missing_libraries()
    if missing:  # Qt would abort creating the application, naming no package
        print(missing_libraries_message(missing), file=sys.stderr)
        return 2
    install_exception_hook(setup_logging())
    app = create_application(sys.argv)
    try:
        if path is None and not first_start_wizard():
            return 0  # the first-start wizard was cancelled
        db = open_or_create_default(path)
    except DatabaseDamaged as exc:
        if DamagedDatabaseDialog(exc).exec() != QDialog.Accepted:
            return 2
        db = open_database(Path(exc.params["path"]))  # restored from its newest good backup
    except UserError as exc:
        message = QCoreApplication.translate(exc.context, exc.message).format(**exc.params)
        QMessageBox.critical(
            None, QCoreApplication.translate("App", "Basis data tidak dapat dibuka"), message
        )
        return 2
    instance = SingleInstance(db.path, app)
    if not instance.claim():
        db.close()
        return 0  # the window already open on this database was brought forward
    db, user = log_in_at_start(db)  # a demo left for registration comes back as the new school
    if user is None:  # login cancelled
        db.close()
        return 0
    window = MainWindow(db, user=user)
    instance.activated.connect(lambda: _bring_forward(window))
    window.show()
    if os.environ.get("DAPODIK_EXIT_WHEN_READY"):
        # For start-up measurements and smoke tests: quit once the window is up.
        QTimer.singleShot(0, lambda: (print("ready", flush=True), app.quit()))
    try:
        return app.exec()
    finally:
        db.close()
