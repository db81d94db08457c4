"""PMP (Penjaminan Mutu Pendidikan): instruments, respondents, responses,
completeness and the signed offline file. Plain Python, no Qt."""

from ..i18n import UserError


class PmpError(UserError):
    """A PMP refusal for the operator; its message is marked under context "Pmp"."""

    context = "Pmp"
