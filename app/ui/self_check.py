"""The Qt part of ``--self-test``: the UI imports and the translation loads."""

from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication

from dapodik.resources import resources_dir

from .main_window import MainWindow  # noqa: F401 - importing the whole UI is the check


def check_qt() -> str:
    app = QCoreApplication.instance() or QApplication([])
    translator = QTranslator(app)
    if not translator.load(str(resources_dir() / "translations" / "dapodik_en.qm")):
        raise RuntimeError("terjemahan tidak dapat dimuat")
    return "Qt dan terjemahan"
