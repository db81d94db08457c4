"""A data table with a search box: the page every data tab is built from.

When an entry form exists for the listing (``app.entry.forms.FORMS``), the page
gets a toolbar to add, edit, delete and undo the last delete; every table can be
filtered by status (where it has one) and exported to Excel. Every write is
announced as ``data_changed(table, row_ids)``, for Validasi Lokal to re-check.
"""

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ..db import listing as listings
from ..db.engine import Database
from ..entry import excel, store
from ..entry.forms import FORMS
from .cetak import MENUS, CetakButton
from .dialogs import message_box, tell
from .import_dialog import ImportDialog
from .jobs import start_job
from .record_form import RecordForm, tr_entry
from .table_model import ListingModel
from .translations import error_text

SEARCH_DELAY_MS = 250
RESIZE_SAMPLE_ROWS = 60


class TablePage(QWidget):
    data_changed = Signal(str, list)  # table, row ids: what a save, delete or import wrote

    def __init__(self, db: Database, listing_key: str, parent=None):
        super().__init__(parent)
        self.db = db
        self.spec = FORMS.get(listing_key)
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
        self.view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setDefaultSectionSize(24)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.Fixed)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)
        # Fit columns to the first rows only: measuring all 45,000 nilai would load them all.
        self.view.horizontalHeader().setResizeContentsPrecision(RESIZE_SAMPLE_ROWS)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setSortIndicator(-1, Qt.AscendingOrder)

        self.form: RecordForm | None = None  # the open form, if any
        self.deleted: store.Deleted | None = None  # the last delete, for undo
        self._select_id = None  # a row to select once the ids are reloaded
        self.toolbar = self._toolbar()
        self.status = self._status_filter()

        top = QHBoxLayout()
        top.addWidget(self.toolbar)
        top.addWidget(self.search, 1)
        if self.status is not None:
            top.addWidget(self.status)
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

    # Building

    def _action(self, text: str, shortcut, slot) -> QAction:
        action = QAction(text, self, shortcut=shortcut)
        # Every tab has these shortcuts. Qt lets only the shown page's answer (a
        # hidden widget's shortcuts are ignored), wherever the focus is in the window:
        # right after choosing a tab in the list on the left too.
        action.setShortcutContext(Qt.WindowShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _toolbar(self) -> QToolBar:
        bar = QToolBar()
        bar.setToolButtonStyle(Qt.ToolButtonTextOnly)
        find = self._action(self.tr("Cari"), QKeySequence.Find, self._focus_search)
        self.removeAction(find)
        self.addAction(find)  # Ctrl+F works without a visible button
        if self.spec is not None:
            if self.spec.adds:
                bar.addAction(self._action(self.tr("Tambah"), QKeySequence.New, self.add))
            self.edit_action = self._action(self.tr("Ubah"), Qt.Key_F2, self.edit)
            self.delete_action = self._action(self.tr("Hapus"), QKeySequence.Delete, self.remove)
            self.undo_action = self._action(
                self.tr("Batalkan Hapus"), QKeySequence.Undo, self.undo_delete
            )
            self.undo_action.setEnabled(False)
            for action in (self.edit_action, self.delete_action, self.undo_action):
                bar.addAction(action)
            bar.addSeparator()
            self.view.doubleClicked.connect(self.edit)
        bar.addAction(self._action(self.tr("Ekspor Excel"), QKeySequence(), self.export))
        if self.spec is not None and self.spec.key in excel.IMPORT_FORMS:
            bar.addAction(self._action(self.tr("Impor Excel"), QKeySequence(), self.import_file))
        self.cetak = None
        if self.model.listing.key in MENUS:
            self.cetak = CetakButton(self.db, MENUS[self.model.listing.key], self.current_id)
            bar.addWidget(self.cetak)
        return bar

    def _status_filter(self) -> QComboBox | None:
        if listings.status_column(self.model.listing) is None:
            return None
        combo = QComboBox()
        combo.addItem(self.tr("Semua status"), None)
        combo.addItem(self.tr("Aktif"), True)
        combo.addItem(self.tr("Keluar"), False)
        combo.currentIndexChanged.connect(lambda: self.model.set_active(combo.currentData()))
        return combo

    # Table

    def _show_count(self) -> None:
        self.count.setText(self.tr("%n baris", "", self.model.rowCount()))
        if self.model.rowCount() and self.view.horizontalHeader().sectionSize(0) <= 100:
            self.view.resizeColumnsToContents()
        if self._select_id is not None and self._select_id in self.model.ids:
            self.select_id(self._select_id)
        self._select_id = None

    def _show_error(self, message: str) -> None:
        self.count.setText(self.tr("Gagal memuat data: %1").replace("%1", message))

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def current_id(self):
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_id(rows[0].row()) if rows else None

    def reload(self, select_id=None) -> None:
        self._select_id = select_id
        self.model.refresh()

    def select_id(self, row_id) -> None:
        """Select the row with this id: now if it is loaded, else once it is."""
        if row_id in self.model.ids:
            row = self.model.ids.index(row_id)
            self.view.selectRow(row)
            self.view.scrollTo(self.model.index(row, 0))
        else:
            self._select_id = row_id

    # Entry

    def add(self) -> RecordForm:
        return self._open(RecordForm(self.db, self.spec, parent=self))

    def edit(self) -> RecordForm | None:
        record_id = self.current_id()
        if record_id is None:
            return None
        return self._open(RecordForm(self.db, self.spec, record_id, parent=self))

    def _open(self, form: RecordForm) -> RecordForm:
        self.form = form
        form.accepted.connect(lambda: self._saved(form.result_value))
        form.open()
        return form

    def _saved(self, record_id) -> None:
        self.reload(record_id)
        self._announce([record_id])

    def _announce(self, record_ids: list) -> None:
        self.data_changed.emit(self.spec.model.__table__.name, record_ids)

    def remove(self) -> QWidget | None:
        record_id = self.current_id()
        if record_id is None:
            return None
        named = self._shown_name()
        if self.spec.leave is not None:
            # Leaving is recorded with its reason and date: the same form mechanism asks.
            form = RecordForm(
                self.db,
                self.spec.leave,
                save=lambda raw: store.delete(self.db, self.spec, record_id, raw),
                parent=self,
                title=f"{tr_entry(self.spec.leave.title)} — {named}",
                heading=self.tr("%1 keluar dari sekolah. Isi alasan dan tanggalnya.").replace(
                    "%1", named
                ),
            )
            form.accepted.connect(lambda: self._deleted(form.result_value))
            self.form = form
            form.open()
            return form
        box = message_box(
            self,
            QMessageBox.Question,
            self.tr("Hapus data"),
            self.tr("Hapus %1 %2? Dapat dibatalkan dengan Batalkan Hapus.")
            .replace("%1", tr_entry(self.spec.title))
            .replace("%2", named),
            [
                (self.tr("Hapus"), QMessageBox.AcceptRole),
                (self.tr("Batal"), QMessageBox.RejectRole),
            ],
        )
        box.buttonClicked.connect(
            lambda button: button is box.defaultButton() and self._soft_delete(record_id)
        )
        box.open()
        self.confirm = box
        return box

    def _shown_name(self) -> str:
        """The selected row as the table shows it: its first column (a name)."""
        row = self.view.selectionModel().selectedRows()[0].row()
        return str(self.model.index(row, 0).data() or "")

    def _soft_delete(self, record_id) -> None:
        try:
            self._deleted(store.delete(self.db, self.spec, record_id))
        except store.EntryError as exc:
            self._warn(exc)

    def _deleted(self, deleted: store.Deleted) -> None:
        self.deleted = deleted
        self.undo_action.setEnabled(True)
        self.reload()
        self._announce([deleted.record_id])

    def undo_delete(self) -> None:
        if self.deleted is None:
            return
        store.undo(self.db, self.deleted)
        restored, self.deleted = self.deleted.record_id, None
        self.undo_action.setEnabled(False)
        self._saved(restored)

    def _warn(self, exc: store.EntryError) -> None:
        message = tr_entry(exc.message).format(**exc.params)
        tell(self, self.tr("Gagal"), message, QMessageBox.Warning)

    # Excel

    def export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Ekspor ke Excel"), f"{self.model.listing.key}.xlsx", "Excel (*.xlsx)"
        )
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> None:
        db, lst = self.db, self.model.listing
        search, active = self.model.search, self.model.active

        def write():
            with db.Session() as session:
                return excel.export_table(session, lst, path, search=search, active=active)

        self.count.setText(self.tr("Mengekspor…"))
        start_job(self, write, self._exported, self._export_failed)

    def _exported(self, rows: int) -> None:
        self.count.setText(self.tr("%n baris diekspor", "", rows))

    def _export_failed(self, exc: Exception) -> None:
        self.count.setText(self.tr("Ekspor gagal: %1").replace("%1", error_text(exc)))

    def import_file(self) -> None:
        dialog = ImportDialog(self.db, self.spec.key, parent=self)
        dialog.data_changed.connect(lambda _table, _ids: self.reload())
        dialog.data_changed.connect(self.data_changed)
        dialog.open()
        self.form = dialog


class HasMainTable:
    """A tab of several widgets whose main table stands for the tab: code that
    treats a tab as its table (jump to a record, tests, benchmarks) keeps working."""

    main: TablePage

    @property
    def model(self) -> ListingModel:
        return self.main.model

    @property
    def view(self) -> QTableView:
        return self.main.view
