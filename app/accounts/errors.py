"""Refusals of the accounts package, in Bahasa Indonesia, marked for translation."""

from ..i18n import UserError


class AccountError(UserError):
    """A refusal meant for the operator (wrong password, locked, wrong code…)."""

    context = "Akun"


class WrongKode(AccountError):
    """The Kode Registrasi does not match the school's."""


class AccountLocked(AccountError):
    """Too many wrong attempts: refused until the lock ends."""


class RegistrationFailed(AccountError):
    """Registration with the server or from a prefill could not be done."""
