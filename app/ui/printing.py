"""Printouts on paper with Qt: laid out on A4 or F4, painted on a PDF, the
preview or the system's printer.

Each section of a printout (``app.cetak.document``) becomes a QTextDocument
laid out for the page's text area against a fixed-resolution device, so a page
breaks in the same place in the preview, in the PDF and on paper, and a table's
header row repeats on every page it runs over. Pages are then painted on any
paged device, each with the footer and "Halaman n dari N". Laying out and
writing a PDF may run on a worker thread; the finished documents are handed to
the UI thread for the preview.
"""

import sys
from collections.abc import Generator
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrame,
    QTextTable,
)
from PySide6.QtPrintSupport import QPrinter

from dapodik.i18n import QT_TRANSLATE_NOOP

from ..cetak.document import Printout
from ..cetak.html import KEEP_TOGETHER, KEEP_WITH_NEXT, STYLE, section_html
from ..i18n import UserError
from ..work import Cancelled, Progress

PAPERS = {
    "a4": QPageSize(QPageSize.A4),
    # Indonesia's folio ("F4"), which Qt does not name.
    "f4": QPageSize(QSizeF(215, 330), QPageSize.Millimeter, "F4", QPageSize.ExactMatch),
}
LAYOUT_DPI = 300
MM_PER_INCH, POINTS_PER_INCH = 25.4, 72
MARGINS_MM = QMarginsF(20, 15, 15, 18)  # left, top, right, bottom: the footer sits in the bottom
FOOTER_FROM_EDGE_MM = 12
FONT_PT = 9
FOOTER_PT = 8


class NotWritten(UserError):
    context = "Cetak"


def headless_application() -> QCoreApplication:
    """The running Qt application, or one that needs no screen (the command line)."""
    return QGuiApplication.instance() or QGuiApplication([sys.argv[0], "-platform", "offscreen"])


def _dots(mm: float) -> float:
    return mm / MM_PER_INCH * LAYOUT_DPI


def page_layout(paper: str, landscape: bool) -> QPageLayout:
    """The whole sheet: our margins are painted, not left to the device."""
    orientation = QPageLayout.Landscape if landscape else QPageLayout.Portrait
    return QPageLayout(PAPERS[paper], orientation, QMarginsF(0, 0, 0, 0), QPageLayout.Millimeter)


@dataclass
class Pages:
    """A printout laid out on one paper: one document per section."""

    printout: Printout
    paper: str
    documents: list[QTextDocument]
    layout_device: QImage  # the documents measure with it: it must outlive them
    sheet: QSizeF  # in layout dots
    text_area: QRectF  # in layout dots

    @property
    def count(self) -> int:
        return sum(document.pageCount() for document in self.documents)


def _layout_device() -> QImage:
    device = QImage(1, 1, QImage.Format_RGB32)
    dots_per_metre = round(LAYOUT_DPI / MM_PER_INCH * 1000)
    device.setDotsPerMeterX(dots_per_metre)
    device.setDotsPerMeterY(dots_per_metre)
    return device


def _font(points: float) -> QFont:
    font = QFont(QGuiApplication.font())
    font.setPointSizeF(points)
    return font


def lay_out(printout: Printout, paper: str) -> Generator[Progress, None, Pages]:
    """Lay the printout out on ``paper``, a section at a time; the pages."""
    sheet_mm = page_layout(paper, printout.landscape).fullRect(QPageLayout.Millimeter)
    sheet = QSizeF(_dots(sheet_mm.width()), _dots(sheet_mm.height()))
    text_area = QRectF(
        _dots(MARGINS_MM.left()),
        _dots(MARGINS_MM.top()),
        sheet.width() - _dots(MARGINS_MM.left() + MARGINS_MM.right()),
        sheet.height() - _dots(MARGINS_MM.top() + MARGINS_MM.bottom()),
    )
    device = _layout_device()
    documents = []
    ui_thread = QCoreApplication.instance().thread()
    for done, section in enumerate(printout.sections):
        yield Progress(done, len(printout.sections))
        document = QTextDocument()
        document.setUndoRedoEnabled(False)
        # Measure before the text goes in: setting the device afterwards lays it all out again.
        document.documentLayout().setPaintDevice(device)
        document.setDefaultFont(_font(FONT_PT))
        document.setDocumentMargin(0)
        document.setPageSize(text_area.size())
        document.setDefaultStyleSheet(STYLE)
        document.setHtml(section_html(printout, section))
        _keep_whole(document, text_area.height())  # lays it out here, on this thread
        document.moveToThread(ui_thread)
        documents.append(document)
    return Pages(printout, paper, documents, device, sheet, text_area)


def _marked(block: QTextBlock, mark: str) -> bool:
    fragments = block.begin()
    return not fragments.atEnd() and mark in fragments.fragment().charFormat().anchorNames()


def _carries(table: QTextTable, mark: str) -> bool:
    return any(
        _marked(table.cellAt(0, column).firstCursorPosition().block(), mark)
        for column in range(table.columns())
    )


def _top(document: QTextDocument, item: QTextBlock | QTextFrame) -> float:
    layout = document.documentLayout()
    if isinstance(item, QTextTable):
        # Where its first row stands: Qt may leave a table's top border on the page before.
        item = item.cellAt(0, 0).firstCursorPosition().block()
    if isinstance(item, QTextBlock):
        return layout.blockBoundingRect(item).top()
    return layout.frameBoundingRect(item).top()


def _misplaced(document: QTextDocument, height: float) -> QTextBlock | QTextFrame | None:
    """The first heading left alone at the foot of a page, or signature block cut
    by a page's end; None when all is whole."""
    items = []
    frames = document.rootFrame().begin()
    while not frames.atEnd():
        items.append(frames.currentFrame() or frames.currentBlock())
        frames += 1
    for item, after in zip(items, items[1:], strict=False):
        if (
            isinstance(item, QTextBlock)
            and _marked(item, KEEP_WITH_NEXT)
            and not _moved(item.blockFormat())
            and _top(document, item) // height != _top(document, after) // height
        ):
            return item
    for item in items:
        if (
            isinstance(item, QTextTable)
            and _carries(item, KEEP_TOGETHER)
            and not _moved(item.frameFormat())
        ):
            frame = document.documentLayout().frameBoundingRect(item)
            if frame.height() < height and frame.top() // height != frame.bottom() // height:
                return item
    return None


def _moved(format_: QTextFormat) -> bool:
    """Already begins a page: moving it again would change nothing."""
    return bool(format_.pageBreakPolicy() & QTextFormat.PageBreak_AlwaysBefore)


def _keep_whole(document: QTextDocument, height: float) -> None:
    """Qt breaks a page wherever it fills: move what must not be parted to the
    next page, one at a time (each move shifts what follows)."""
    document.pageCount()
    while (item := _misplaced(document, height)) is not None:
        if isinstance(item, QTextBlock):
            cursor = QTextCursor(item)
            block = item.blockFormat()
            block.setPageBreakPolicy(QTextFormat.PageBreak_AlwaysBefore)
            cursor.setBlockFormat(block)
        else:
            frame = item.frameFormat()
            frame.setPageBreakPolicy(QTextFormat.PageBreak_AlwaysBefore)
            item.setFrameFormat(frame)
        document.pageCount()


def _footer(painter: QPainter, pages: Pages, number: int, total: int) -> None:
    font = QFont(QGuiApplication.font())
    # The painter works in layout dots: size the font in them too.
    font.setPixelSize(round(FOOTER_PT / POINTS_PER_INCH * LAYOUT_DPI))
    painter.setFont(font)
    area = pages.text_area
    line = QRectF(
        area.left(),
        pages.sheet.height() - _dots(FOOTER_FROM_EDGE_MM),
        area.width(),
        _dots(6),
    )
    head = pages.printout.letterhead
    painter.drawText(line, Qt.AlignLeft | Qt.AlignTop, f"{head.nama} · {pages.printout.footer}")
    painter.drawText(line, Qt.AlignRight | Qt.AlignTop, f"Halaman {number} dari {total}")


def paint(pages: Pages, device: QPagedPaintDevice) -> Generator[Progress, None, None]:
    """Paint every page on ``device``: a PDF writer, or a printer ``set_up`` for them."""
    total = pages.count
    painter = QPainter()
    if not painter.begin(device):
        raise NotWritten(
            QT_TRANSLATE_NOOP("Cetak", "Tidak dapat mencetak ke pencetak atau berkas itu.")
        )
    painter.scale(device.logicalDpiX() / LAYOUT_DPI, device.logicalDpiY() / LAYOUT_DPI)
    height = pages.text_area.height()
    number = 0
    try:
        for document in pages.documents:
            for page in range(document.pageCount()):
                yield Progress(number, total)
                if number:
                    device.newPage()
                number += 1
                painter.save()
                painter.translate(pages.text_area.left(), pages.text_area.top() - page * height)
                document.drawContents(
                    painter, QRectF(0, page * height, pages.text_area.width(), height)
                )
                painter.restore()
                _footer(painter, pages, number, total)
    finally:
        painter.end()


def set_up(device: QPagedPaintDevice, pages: Pages) -> None:
    """Give ``device`` the paper and orientation the pages were laid out for."""
    if isinstance(device, QPrinter):
        device.setFullPage(True)  # the sheet's corner is the origin, as on a PDF
    device.setPageLayout(page_layout(pages.paper, pages.printout.landscape))


def write_pdf(pages: Pages, path: str) -> Generator[Progress, None, None]:
    try:
        # QPdfWriter would fail without saying why: find out first, with the reason.
        open(path, "wb").close()
    except OSError as exc:
        raise NotWritten(
            QT_TRANSLATE_NOOP("Cetak", "Berkas {path} tidak dapat ditulis: {error}"),
            path=path,
            error=exc.strerror or str(exc),
        ) from exc
    writer = QPdfWriter(path)
    writer.setResolution(LAYOUT_DPI)
    writer.setCreator("Dapodik Lokal")
    writer.setTitle(f"{pages.printout.title} — {pages.printout.letterhead.nama}")
    set_up(writer, pages)
    try:
        yield from paint(pages, writer)
    except Cancelled:
        Path(path).unlink(missing_ok=True)  # half a printout is no printout
        raise
