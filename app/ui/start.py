"""What happens between opening the database and the main window: demo accounts,
the login dialog, and leaving the demo to register the school."""

import os

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QMessageBox

from ..accounts import users
from ..accounts.acting import UserInfo
from ..accounts.demo import ensure_demo_accounts, is_demo
from ..db.engine import Database
from ..db.summary import school_summary
from .account_dialogs import LoginDialog
from .registration_wizard import replace_demo_by_registration


def _no_accounts() -> None:
    QMessageBox.warning(
        None,
        QCoreApplication.translate("Akun", "Belum ada akun"),
        QCoreApplication.translate(
            "Akun",
            "Basis data ini belum memiliki akun pengguna. Buat akun operator dengan "
            "perintah: python -m app user add NAMA --db BERKAS",
        ),
    )


def log_in_at_start(db: Database) -> tuple[Database, UserInfo | None]:
    """The login dialog at start: (database, user), user None when cancelled.

    The demo school gets its public demo accounts on first use and a dialog with
    them filled in, so the quick start stays one command to a first look. From
    that dialog the operator can register their own school: the database returned
    is then the registered one, at the same path.
    """
    while True:
        ensure_demo_accounts(db)
        if not users.all_users(db):
            _no_accounts()
            return db, None
        with db.Session() as session:
            summary = school_summary(session)
        school = f"{summary.nama} ({summary.npsn})" if summary else "Dapodik Lokal"
        dialog = LoginDialog(db, school, demo=is_demo(db))
        if os.environ.get("DAPODIK_EXIT_WHEN_READY"):
            # Start-up measurements and smoke tests: the login dialog is the first window.
            QTimer.singleShot(0, lambda d=dialog: (print("ready", flush=True), d.reject()))
        accepted = dialog.exec()
        if not dialog.wants_registration:
            return db, dialog.user if accepted else None
        db = replace_demo_by_registration(db)
