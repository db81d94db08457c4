"""What the operator sees when something unexpected goes wrong."""

import logging
import sys
import threading
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from ..i18n import is_storage_error
from .dialogs import tell
from .translations import error_text

log = logging.getLogger(__name__)


def install_exception_hook(log_file: Path) -> None:
    """Log any uncaught exception and say so in Bahasa Indonesia.

    The app keeps running and no window is closed: a form being filled stays
    filled (its save failed inside a transaction, which was rolled back). A full
    disk or a failing drive is said as such. An error on a worker thread is only
    logged: a dialog there would crash the app, and the job runner already tells
    the operator what its work ended with."""

    def hook(kind, value, tb) -> None:
        log.error(
            "Kesalahan tak terduga:\n%s", "".join(traceback.format_exception(kind, value, tb))
        )
        if threading.current_thread() is not threading.main_thread():
            return
        what = (
            error_text(value)
            if is_storage_error(value)
            else QCoreApplication.translate("Crash", "Terjadi kesalahan yang tidak terduga.")
        )
        tell(
            None,
            QCoreApplication.translate("Crash", "Terjadi kesalahan"),
            what
            + " "
            + QCoreApplication.translate(
                "Crash",
                "Data yang sedang diisi tidak hilang; simpan ulang setelah menutup pesan "
                "ini.\n\nRincian tercatat di:\n%1",
            ).replace("%1", str(log_file)),
            QMessageBox.Critical,
        )

    sys.excepthook = hook
