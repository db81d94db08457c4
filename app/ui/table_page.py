"""A data table with a search box: the page every data tab is built from."""

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..db import listing as listings
from ..db.engine import Database
from .table_model import ListingModel

SEARCH_DELAY_MS = 250
RESIZE_SAMPLE_ROWS = 60


class TablePage(QWidget):
    def __init__(self, db: Database, listing_key: str, parent=None):
        super().__init__(parent)
        self.model = ListingModel(db, listings.listing(listing_key), self)
        self.search = QLineEdit(
            placeholderText=self.tr("Cari: %1").replace("%1", ", ".join(self.model.search_labels()))
        )
        self.search.setEnabled(bool(self.model.listing.search))
        self.search.setClearButtonEnabled(True)
        self.count = QLabel(self.tr("Memuat…"))
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setDefaultSectionSize(24)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.Fixed)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)
        # Fit columns to the first rows only: measuring all 45,000 nilai would load them all.
        self.view.horizontalHeader().setResizeContentsPrecision(RESIZE_SAMPLE_ROWS)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setSortIndicator(-1, Qt.AscendingOrder)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view)

        self._debounce = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._debounce.timeout.connect(lambda: self.model.set_search(self.search.text()))
        self.search.textChanged.connect(self._debounce.start)
        self.model.loaded.connect(self._show_count)
        self.model.failed.connect(self._show_error)
        self.model.refresh()

    def select_id(self, row_id) -> None:
        """Select and show the row with this id, once the ids are loaded."""
        if row_id not in self.model.ids:
            if not self.model.ids:
                self.model.loaded.connect(lambda: self.select_id(row_id), Qt.SingleShotConnection)
            return
        row = self.model.ids.index(row_id)
        self.view.selectRow(row)
        self.view.scrollTo(self.model.index(row, 0), QAbstractItemView.PositionAtCenter)

    def _show_count(self) -> None:
        self.count.setText(self.tr("%n baris", "", self.model.rowCount()))
        if self.model.rowCount() and self.view.horizontalHeader().sectionSize(0) <= 100:
            self.view.resizeColumnsToContents()

    def _show_error(self, message: str) -> None:
        self.count.setText(self.tr("Gagal memuat data: %1").replace("%1", message))
