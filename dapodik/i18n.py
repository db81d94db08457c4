"""Marking user-visible text for translation without Qt.

Code below ``app/ui`` (and the core, whose messages reach the client's screen)
cannot import Qt, yet its messages must be translated. It marks them with
``QT_TRANSLATE_NOOP`` (which pyside6-lupdate collects) and the UI translates
them with ``QCoreApplication.translate(context, text)``. The marked text is
Bahasa Indonesia, which the command line and the server print as is.
"""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text
