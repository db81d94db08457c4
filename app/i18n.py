"""Marking user-visible text for translation outside the Qt layer.

Code below ``app/ui`` cannot import Qt, yet its messages reach the screen.
It marks them with ``QT_TRANSLATE_NOOP`` (which pyside6-lupdate collects) and
the UI translates them with ``QCoreApplication.translate(context, text)``.
The marked text is Bahasa Indonesia, which the command line prints as is.
"""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


class UserError(Exception):
    """An error meant for the operator: an Indonesian message, marked for translation
    under ``context``, with ``{placeholders}`` filled from ``params``."""

    context = "UserError"

    def __init__(self, message: str, **params: object) -> None:
        self.message = message
        self.params = params
        super().__init__(message.format(**params))
