from ..i18n import UserError


class DatabaseOpenError(UserError):
    """The database cannot be opened; nothing was written to it."""

    context = "DatabaseOpenError"
