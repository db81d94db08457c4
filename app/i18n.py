"""Errors meant for the operator, with messages marked for translation.

Code below ``app/ui`` marks its messages with ``dapodik.i18n.QT_TRANSLATE_NOOP``;
a ``UserError`` carries such a message and its parameters to the screen.
"""

import errno

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
}
UNEXPECTED = QT_TRANSLATE_NOOP(
    "UserError", "Kesalahan tak terduga: {detail}. Rinciannya tercatat di log aplikasi."
)


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
