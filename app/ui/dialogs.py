"""Questions and messages with Indonesian buttons, and the Kode Registrasi prompt.

Qt ships no Indonesian for its standard buttons (Yes, No, OK, Cancel): every
question and message box of the app is built here, its buttons named by us.
"""

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)

# What ``ask_to_save`` answers.
SAVE, DISCARD, STAY = "save", "discard", "stay"


def _batal() -> str:
    return QCoreApplication.translate("Dialog", "Batal")


def message_box(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    buttons: list[tuple[str, QMessageBox.ButtonRole]],
) -> QMessageBox:
    """A box with our own ``buttons`` ((text, role) pairs): the first is the
    default (Enter), the last answers Escape and the window's ×."""
    box = QMessageBox(icon, title, text, QMessageBox.NoButton, parent)
    made = [box.addButton(label, role) for label, role in buttons]
    box.setDefaultButton(made[0])
    box.setEscapeButton(made[-1])
    return box


def confirm(
    parent: QWidget | None,
    title: str,
    text: str,
    yes: str,
    no: str | None = None,
    icon: QMessageBox.Icon = QMessageBox.Question,
) -> bool:
    """Ask and wait: True when the operator chose ``yes`` (``no`` is "Batal")."""
    box = message_box(
        parent,
        icon,
        title,
        text,
        [(yes, QMessageBox.AcceptRole), (no or _batal(), QMessageBox.RejectRole)],
    )
    box.exec()
    return box.clickedButton() is box.defaultButton()


def message(
    parent: QWidget | None,
    title: str,
    text: str,
    icon: QMessageBox.Icon = QMessageBox.Information,
) -> QMessageBox:
    """A message with one "Tutup" button, for the caller to show."""
    return message_box(
        parent,
        icon,
        title,
        text,
        [(QCoreApplication.translate("Dialog", "Tutup"), QMessageBox.AcceptRole)],
    )


def tell(
    parent: QWidget | None,
    title: str,
    text: str,
    icon: QMessageBox.Icon = QMessageBox.Information,
    then: Callable[[], None] | None = None,
) -> QMessageBox:
    """A message with one "Tutup" button. Without ``then`` it waits until closed;
    with it, it opens and calls ``then`` once closed."""
    box = message(parent, title, text, icon)
    if then is None:
        box.exec()
    else:
        box.finished.connect(lambda _result: then())
        box.open()
    return box


def ask_to_save(parent: QWidget, title: str) -> str:
    """ "Simpan perubahan?" before closing a form with typed data: SAVE, DISCARD or
    STAY (Batal: back to the form, nothing lost)."""
    box = message_box(
        parent,
        QMessageBox.Question,
        title,
        QCoreApplication.translate("Dialog", "Simpan perubahan?"),
        [
            (QCoreApplication.translate("Dialog", "Simpan"), QMessageBox.AcceptRole),
            (QCoreApplication.translate("Dialog", "Jangan Simpan"), QMessageBox.DestructiveRole),
            (_batal(), QMessageBox.RejectRole),
        ],
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "Dialog", "Isian yang belum disimpan hilang jika tidak disimpan."
        )
    )
    box.exec()
    clicked = box.buttonRole(box.clickedButton())
    return {QMessageBox.AcceptRole: SAVE, QMessageBox.DestructiveRole: DISCARD}.get(clicked, STAY)


class KodeDialog(QDialog):
    """Asks for the school's Kode Registrasi, masked; ``note`` says what it opens."""

    def __init__(self, note: str, accept_text: str, kode: str = "", parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Kode Registrasi"))
        self.setMinimumWidth(460)
        self.kode = QLineEdit(kode)
        self.kode.setEchoMode(QLineEdit.Password)
        text = QLabel(note)
        text.setWordWrap(True)
        buttons = QDialogButtonBox()
        buttons.addButton(accept_text, QDialogButtonBox.AcceptRole)
        buttons.addButton(self.tr("Batal"), QDialogButtonBox.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(text)
        form.addRow(self.tr("Kode Registrasi"), self.kode)
        form.addRow(buttons)

    def ask(self) -> str | None:
        """Wait for the answer: the code typed, or None when cancelled or empty."""
        if self.exec() != QDialog.Accepted:
            return None
        return self.kode.text() or None
