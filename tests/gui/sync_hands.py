"""An operator's ways through the Sinkronisasi wizard, shared by its tests and the
operator stories."""

from pypdf import PdfReader
from PySide6.QtCore import Qt

from app.ui.sync_summary import sync_text
from tests.gui.hands import Operator


def tick_everything(op: Operator, sheet) -> None:
    """Tick every item of the Lembar Konfirmasi, one box after the other."""
    for section in sheet.sections:
        for item in section.items:
            op.tick_item(sync_text(item.title), under=sync_text(section.title))


def save_pdf(op: Operator, path) -> None:
    """Simpan PDF…, then the file name typed into the save dialog and Enter."""

    def type_name(hands, _dialog):
        hands.press(Qt.Key_A, Qt.ControlModifier)
        hands.type(str(path))
        hands.enter()

    with op.answering("Simpan Lembar Konfirmasi", type_name):
        op.click("Simpan PDF…")


def pdf_text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)
