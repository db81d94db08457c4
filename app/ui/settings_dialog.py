"""Pengaturan: the interface language (takes effect at the next start)."""

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel

from .translations import LANGUAGES, current_language


class SettingsDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Pengaturan"))
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(list(LANGUAGES).index(current_language()))
        note = QLabel(self.tr("Bahasa baru dipakai setelah aplikasi dibuka ulang."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("Simpan"), QDialogButtonBox.AcceptRole)
        buttons.addButton(self.tr("Batal"), QDialogButtonBox.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Bahasa"), self.language)
        form.addRow(note)
        form.addRow(buttons)

    def accept(self) -> None:
        QSettings().setValue("language", self.language.currentData())
        super().accept()
