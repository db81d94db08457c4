"""Errors meant for the operator, with messages marked for translation.

Code below ``app/ui`` marks its messages with ``dapodik.i18n.QT_TRANSLATE_NOOP``;
a ``UserError`` carries such a message and its parameters to the screen.
"""

import errno
import sqlite3

from dapodik.i18n import QT_TRANSLATE_NOOP


class UserError(Exception):
    """An error meant for the operator: an Indonesian message, marked for translation
    under ``context``, with ``{placeholders}`` filled from ``params``."""

    context = "UserError"

    def __init__(self, message: str, **params: object) -> None:
        self.message = message
        self.params = params
        super().__init__(message.format(**params))


DISK_FULL = QT_TRANSLATE_NOOP(
    "UserError", "Disk penuh: kosongkan sebagian ruang disk, lalu ulangi. ({detail})"
)
ACCESS_DENIED = QT_TRANSLATE_NOOP(
    "UserError", "Akses ditolak: periksa izin berkas atau folder. ({detail})"
)
# What the common system errors mean for an operator: by the error's number, or
# (for SQLite, which has none) by its text.
KNOWN_ERRNOS = {
    errno.ENOSPC: DISK_FULL,
    errno.EACCES: ACCESS_DENIED,
    errno.EPERM: ACCESS_DENIED,
    errno.EADDRINUSE: QT_TRANSLATE_NOOP(
        "UserError", "Port tersebut sudah dipakai program lain; pilih port lain. ({detail})"
    ),
}
KNOWN_TEXTS = {
    "disk is full": DISK_FULL,
    "database is locked": QT_TRANSLATE_NOOP(
        "UserError",
        "Basis data sedang dipakai program lain (terkunci). Tutup program tersebut, lalu ulangi.",
    ),
    "malformed": QT_TRANSLATE_NOOP(
        "UserError",
        "Basis data rusak: pulihkan dari cadangan yang baik (python -m app restore). ({detail})",
    ),
    "disk I/O error": QT_TRANSLATE_NOOP(
        "UserError",
        "Disk gagal membaca atau menulis: periksa disk atau flashdisk, lalu ulangi. ({detail})",
    ),
}
# SQLite's errors of the storage itself; its other errors (a constraint, bad SQL) are defects.
STORAGE_ERRORS = (sqlite3.OperationalError, sqlite3.DatabaseError)
UNEXPECTED = QT_TRANSLATE_NOOP(
    "UserError", "Kesalahan tak terduga: {detail}. Rinciannya tercatat di log aplikasi."
)


def is_storage_error(error: BaseException) -> bool:
    """A full disk, a locked, unreadable or damaged file: the machine's trouble,
    not a defect of the program."""
    cause = getattr(error, "orig", None) or error  # SQLAlchemy wraps the driver's error
    return isinstance(cause, OSError) or type(cause) in STORAGE_ERRORS


def unexpected_error(error: Exception) -> UserError:
    """An error nobody foresaw, put to the operator in Indonesian: what the common
    ones mean (a full disk, a database another program holds), else the error
    itself under a plain heading. Its traceback belongs in the log, not here."""
    if isinstance(error, UserError):
        return error
    cause = getattr(error, "orig", None) or error  # SQLAlchemy wraps the driver's error
    detail = str(cause) or type(cause).__name__
    message = KNOWN_ERRNOS.get(getattr(cause, "errno", None)) or next(
        (message for text, message in KNOWN_TEXTS.items() if text in detail), UNEXPECTED
    )
    return UserError(message, detail=detail)
