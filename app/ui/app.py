"""Starting the GUI: the application object, the language, the database."""

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from ..config import APP_NAME, default_database_path
from ..db.demo import build_demo
from ..db.engine import Database, open_database
from ..db.summary import has_school
from ..i18n import UserError
from .main_window import MainWindow
from .translations import current_language, install_translator


def create_application(argv: list[str]) -> QApplication:
    app = QApplication.instance() or QApplication(argv)
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("Dapodik Lokal")
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


def run_gui(path: Path | None) -> int:
    app = create_application(sys.argv)
    try:
        db = open_or_create_default(path)
    except UserError as exc:
        message = QCoreApplication.translate(exc.context, exc.message).format(**exc.params)
        QMessageBox.critical(
            None, QCoreApplication.translate("App", "Basis data tidak dapat dibuka"), message
        )
        return 2
    window = MainWindow(db)
    window.show()
    try:
        return app.exec()
    finally:
        db.close()
