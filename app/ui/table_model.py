"""The one table model behind every data tab.

It keeps only the ordered row ids of its listing (fetched on a worker thread)
and loads row values a page at a time as the view asks for them, so a 45,000-row
nilai table opens as fast as a 100-row one.
"""

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal

from dapodik.i18n import QT_TRANSLATE_NOOP

from ..db import listing as listings
from ..db.engine import Database
from .jobs import LatestOnly
from .translations import error_text

PAGE_SIZE = 200
NO_PARENT = QModelIndex()
SHOWN_ROLES = frozenset({Qt.DisplayRole, Qt.ToolTipRole, Qt.TextAlignmentRole})
RIGHT_ALIGNED = int(Qt.AlignRight | Qt.AlignVCenter)
HARI = (
    QT_TRANSLATE_NOOP("Hari", "Senin"),
    QT_TRANSLATE_NOOP("Hari", "Selasa"),
    QT_TRANSLATE_NOOP("Hari", "Rabu"),
    QT_TRANSLATE_NOOP("Hari", "Kamis"),
    QT_TRANSLATE_NOOP("Hari", "Jumat"),
    QT_TRANSLATE_NOOP("Hari", "Sabtu"),
)


class ListingModel(QAbstractTableModel):
    loaded = Signal()  # ids are in; emitted after every refresh
    failed = Signal(str)

    def __init__(self, db: Database, listing: listings.Listing, parent=None):
        super().__init__(parent)
        self.db = db
        self.listing = listing
        self.ids: list = []
        self.pages: dict[int, dict] = {}
        self.search = ""
        self.active: bool | None = None  # status filter: True aktif, False keluar, None all
        self.sort_key = ""
        self.descending = False
        # A newer search or sort replaces the read still on its way.
        self._reads = LatestOnly(self, self._ids_loaded, self._load_failed)

    # Loading

    def refresh(self) -> None:
        """Re-read the ids for the current search and sort, off the UI thread."""
        db, lst = self.db, self.listing
        search, sort_key, descending = self.search, self.sort_key, self.descending
        active = self.active

        def read_ids():
            with db.Session() as session:
                return listings.fetch_ids(session, lst, search, sort_key, descending, active)

        self._reads.start(read_ids)

    def _ids_loaded(self, ids) -> None:
        self.beginResetModel()
        self.ids = ids
        self.pages.clear()
        self.endResetModel()
        self.loaded.emit()

    def _load_failed(self, exc: Exception) -> None:
        self.failed.emit(error_text(exc))

    def search_labels(self) -> list[str]:
        lst = self.listing
        return [QCoreApplication.translate("Listing", lst.column(k).label) for k in lst.search]

    def set_search(self, text: str) -> None:
        self.search = text
        self.refresh()

    def set_active(self, active: bool | None) -> None:
        self.active = active
        self.refresh()

    def _row_values(self, row: int) -> tuple | None:
        page = row // PAGE_SIZE
        if page not in self.pages:
            ids = self.ids[page * PAGE_SIZE : (page + 1) * PAGE_SIZE]
            with self.db.Session() as session:
                self.pages[page] = listings.fetch_rows(session, self.listing, ids)
        return self.pages[page].get(self.ids[row])

    def row_id(self, row: int):
        return self.ids[row]

    # Qt model interface

    def rowCount(self, parent=NO_PARENT) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent=NO_PARENT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.listing.columns)

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return QCoreApplication.translate("Listing", self.listing.columns[section].label)
        if orientation == Qt.Vertical and role == Qt.DisplayRole:
            return section + 1
        return None

    def data(self, index: QModelIndex, role=Qt.DisplayRole):
        if role not in SHOWN_ROLES or not index.isValid():
            return None
        column = self.listing.columns[index.column()]
        if role == Qt.TextAlignmentRole:
            return RIGHT_ALIGNED if column.kind == "number" else None
        values = self._row_values(index.row())
        return None if values is None else display(values[index.column()], column.kind)

    def sort(self, column: int, order=Qt.AscendingOrder) -> None:
        # Column -1 is Qt's "no sort column": fall back to the listing's own order.
        self.sort_key = self.listing.columns[column].key if column >= 0 else ""
        self.descending = order == Qt.DescendingOrder
        self.refresh()


def display(value, kind: str) -> str:
    if value is None:
        return ""
    if kind == "hari" and 1 <= value <= len(HARI):
        return QCoreApplication.translate("Hari", HARI[value - 1])
    if kind == "aktif":
        if value:
            return QCoreApplication.translate("Listing", "Aktif")
        return QCoreApplication.translate("Listing", "Keluar")
    if isinstance(value, date):
        return value.strftime("%d-%m-%Y")
    if isinstance(value, Decimal):
        return f"{value.normalize():f}"
    return str(value)
