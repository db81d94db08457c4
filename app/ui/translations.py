"""The interface language: Bahasa Indonesia in the source, English by translation."""

from PySide6.QtCore import QCoreApplication, QSettings, QTranslator

from dapodik.resources import resources_dir

from ..i18n import unexpected_error

LANGUAGES = {"id": "Bahasa Indonesia", "en": "English"}


def current_language() -> str:
    language = QSettings().value("language", "id")
    return language if language in LANGUAGES else "id"


def translation_file(language: str):
    return resources_dir() / "translations" / f"dapodik_{language}.qm"


def install_translator(app: QCoreApplication, language: str) -> QTranslator | None:
    """Install the translation for ``language``; keep the returned object alive."""
    if language == "id":
        return None
    translator = QTranslator(app)
    if not translator.load(str(translation_file(language))):
        return None
    app.installTranslator(translator)
    return translator


def error_text(error: Exception) -> str:
    """An operator's message in the interface language: one of ours (UserError)
    as it was written, anything else as ``unexpected_error`` puts it."""
    error = unexpected_error(error)
    return QCoreApplication.translate(error.context, error.message).format(**error.params)
