"""Starting the GUI: the application object and its language, then the start-up
steps of ``app.ui.start`` under the event loop."""

import os
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from dapodik.resources import resources_dir

from ..config import APP_NAME
from ..logs import setup_logging
from .crash import install_exception_hook
from .platform_libraries import missing_libraries, missing_libraries_message
from .start import StartUp
from .translations import current_language, install_translator


def create_application(argv: list[str]) -> QApplication:
    app = QApplication.instance() or QApplication(argv)
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("Dapodik Lokal")
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "dapodik-lokal.png")))
    app._translator = install_translator(app, current_language())
    return app


def run_gui(path: Path | None) -> int:
    missing = missing_libraries()
    if missing:  # Qt would abort creating the application, naming no package
        print(missing_libraries_message(missing), file=sys.stderr)
        return 2
    install_exception_hook(setup_logging())
    app = create_application(sys.argv)
    startup = StartUp(path, exit_when_ready=bool(os.environ.get("DAPODIK_EXIT_WHEN_READY")))
    startup.ended.connect(app.exit)
    QTimer.singleShot(0, startup.begin)  # inside the event loop, so ``ended`` can end it
    try:
        return app.exec()
    finally:
        startup.close()
