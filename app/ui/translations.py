"""The interface language: Bahasa Indonesia in the source, English by translation."""

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator

from dapodik.resources import resources_dir

from ..i18n import unexpected_error

LANGUAGES = {"id": "Bahasa Indonesia", "en": "English"}
_interface = {"language": "id"}  # the language installed for this run of the app


def current_language() -> str:
    language = QSettings().value("language", "id")
    return language if language in LANGUAGES else "id"


def interface_locale() -> QLocale:
    """The locale of the interface language, for what Qt itself writes out: a
    calendar's month and day names. Qt has the locale data of Indonesian though
    no translation of its own texts."""
    if _interface["language"] == "en":
        return QLocale(QLocale.English, QLocale.UnitedKingdom)
    return QLocale(QLocale.Indonesian, QLocale.Indonesia)


def translation_file(language: str):
    """Our texts are Indonesian in the source, translated to English; Qt's own
    texts are English, translated to Indonesian (qtbase_id, which Qt lacks)."""
    name = "qtbase_id" if language == "id" else f"dapodik_{language}"
    return resources_dir() / "translations" / f"{name}.qm"


def install_translator(app: QCoreApplication, language: str) -> QTranslator | None:
    """Install the translation for ``language``; keep the returned object alive."""
    _interface["language"] = "id"
    translator = QTranslator(app)
    if not translator.load(str(translation_file(language))):
        return None
    app.installTranslator(translator)
    _interface["language"] = language
    return translator


def remove_translator(app: QCoreApplication, translator: QTranslator | None) -> None:
    """Back to the source language, Bahasa Indonesia."""
    if translator is not None:
        app.removeTranslator(translator)
    _interface["language"] = "id"


def error_text(error: Exception) -> str:
    """An operator's message in the interface language: one of ours (UserError)
    as it was written, anything else as ``unexpected_error`` puts it."""
    error = unexpected_error(error)
    return QCoreApplication.translate(error.context, error.message).format(**error.params)
