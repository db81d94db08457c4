"""Pengaturan: the interface language (next start), the server address and the
backup folder (kept with the school's data)."""

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
)

from .. import domain_settings
from ..db.engine import Database
from ..i18n import UserError
from .translations import LANGUAGES, current_language


class SettingsDialog(QDialog):
    def __init__(self, db: Database, parent=None):
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Pengaturan"))
        self.setMinimumWidth(560)
        current = domain_settings.load(db)
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(list(LANGUAGES).index(current_language()))
        self.server = QLineEdit(current.server, placeholderText="https://…")
        self.backup = QLineEdit(
            current.backup_folder, placeholderText=self.tr("bawaan: di samping basis data")
        )
        browse = QPushButton(self.tr("Pilih…"))
        browse.clicked.connect(self._choose_backup_folder)
        backup_row = QHBoxLayout()
        backup_row.addWidget(self.backup, 1)
        backup_row.addWidget(browse)
        note = QLabel(self.tr("Bahasa baru dipakai setelah aplikasi dibuka ulang."))
        note.setWordWrap(True)
        self.error = QLabel(styleSheet="color: #b00020")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("Simpan"), QDialogButtonBox.AcceptRole)
        buttons.addButton(self.tr("Batal"), QDialogButtonBox.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Bahasa"), self.language)
        form.addRow(note)
        form.addRow(self.tr("Alamat server"), self.server)
        form.addRow(self.tr("Folder cadangan"), backup_row)
        form.addRow(self.error)
        form.addRow(buttons)

    def _choose_backup_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder cadangan"), self.backup.text()
        )
        if folder:
            self.backup.setText(folder)

    def accept(self) -> None:
        values = domain_settings.DomainSettings(
            self.server.text().strip(), self.backup.text().strip()
        )
        try:
            domain_settings.save(self.db, values)
        except UserError as exc:
            # The dialog stays open with everything as typed; the message says what to fix.
            self.error.setText(
                QCoreApplication.translate("Pengaturan", exc.message).format(**exc.params)
            )
            return
        QSettings().setValue("language", self.language.currentData())
        super().accept()
