"""The Nilai tab: a spreadsheet-like grid of one rombel's students for one
mata pelajaran (type, Enter moves down), and the list of every nilai."""

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..db.engine import Database
from ..entry import nilai, store
from ..entry.options import options
from .record_form import tr_entry
from .table_page import HasMainTable, TablePage

NO_PARENT = QModelIndex()
FIRST_VALUE_COLUMN = 2
ERROR_BACKGROUND = QColor("#fde7e9")


class NilaiGridModel(QAbstractTableModel):
    """Rows of ``nilai.grid``; typed text is kept as typed (even when out of range)
    until saved, so a refused save loses nothing."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[nilai.NilaiRow] = []
        self.edits: dict[str, list[str]] = {}
        self.problems: dict[tuple[int, int], str] = {}

    def load(self, rows: list[nilai.NilaiRow]) -> None:
        self.beginResetModel()
        self.rows, self.edits, self.problems = rows, {}, {}
        for row in range(len(rows)):
            for column in range(FIRST_VALUE_COLUMN, self.columnCount()):
                self._check(row, column, self._text(row, column))
        self.endResetModel()

    def _check(self, row: int, column: int, text: str) -> None:
        """Mark a cell out of range, typed or stored (old data can be wrong too)."""
        _value, problem = nilai.check_cell(column - FIRST_VALUE_COLUMN, text)
        if problem:
            self.problems[(row, column)] = problem.text(tr_entry)
        else:
            self.problems.pop((row, column), None)

    def rowCount(self, parent=NO_PARENT) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=NO_PARENT) -> int:  # noqa: N802
        return 0 if parent.isValid() else FIRST_VALUE_COLUMN + len(nilai.COLUMNS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802
        if role != Qt.DisplayRole:
            return None
        if orientation == Qt.Vertical:
            return section + 1
        if section == 0:
            return self.tr("Nama")
        if section == 1:
            return self.tr("NISN")
        return tr_entry(nilai.COLUMNS[section - FIRST_VALUE_COLUMN].label)

    def flags(self, index):
        base = super().flags(index)
        return base | Qt.ItemIsEditable if index.column() >= FIRST_VALUE_COLUMN else base

    def _text(self, row: int, column: int) -> str:
        record = self.rows[row]
        value_column = column - FIRST_VALUE_COLUMN
        if record.anggota_rombel_id in self.edits:
            return self.edits[record.anggota_rombel_id][value_column]
        value = record.values[value_column]
        return "" if value is None else f"{value.normalize():f}"

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role in (Qt.DisplayRole, Qt.EditRole):
            record = self.rows[row]
            if column == 0:
                return record.nama
            if column == 1:
                return record.nisn
            return self._text(row, column)
        if role == Qt.TextAlignmentRole and column >= FIRST_VALUE_COLUMN:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if role == Qt.BackgroundRole and (row, column) in self.problems:
            return QBrush(ERROR_BACKGROUND)
        if role == Qt.ToolTipRole:
            return self.problems.get((row, column))
        return None

    def setData(self, index, value, role=Qt.EditRole) -> bool:  # noqa: N802
        if role != Qt.EditRole or index.column() < FIRST_VALUE_COLUMN:
            return False
        row, column = index.row(), index.column()
        record = self.rows[row]
        texts = self.edits.setdefault(
            record.anggota_rombel_id,
            [self._text(row, c) for c in range(FIRST_VALUE_COLUMN, self.columnCount())],
        )
        text = str(value).strip()
        texts[column - FIRST_VALUE_COLUMN] = text
        self._check(row, column, text)
        self.dataChanged.emit(index, index)
        return True


class GridView(QTableView):
    """Enter commits the cell and moves down, as in a spreadsheet."""

    def closeEditor(self, editor, hint):  # noqa: N802 - Qt's name
        move_down = hint == QAbstractItemDelegate.SubmitModelCache
        super().closeEditor(editor, QAbstractItemDelegate.NoHint if move_down else hint)
        current = self.currentIndex()
        if move_down and current.row() + 1 < self.model().rowCount():
            self.setCurrentIndex(current.siblingAtRow(current.row() + 1))


def _chooser(characters: int) -> QComboBox:
    """A list as wide as ``characters`` at the least, not as its longest entry: long
    subject names must not widen the window past a laptop's screen."""
    combo = QComboBox()
    combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)
    return combo


class NilaiGridPage(QWidget):
    data_changed = Signal(str, list)  # "nilai", the ids of the rows a save wrote

    def __init__(self, db: Database, parent=None):
        super().__init__(parent)
        self.db = db
        self.rombel = _chooser(8)
        self.mapel = _chooser(16)
        self.save_button = QPushButton(self.tr("Simpan Nilai"))
        self.save_button.setShortcut("Ctrl+S")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.model = NilaiGridModel(self)
        self.view = GridView()
        self.view.setModel(self.model)
        self.view.setEditTriggers(
            QAbstractItemView.AnyKeyPressed
            | QAbstractItemView.DoubleClicked
            | QAbstractItemView.EditKeyPressed
        )
        self.view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.view.verticalHeader().setDefaultSectionSize(24)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Rombel:")))
        top.addWidget(self.rombel, 1)
        top.addWidget(QLabel(self.tr("Mata Pelajaran:")))
        top.addWidget(self.mapel, 2)
        top.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.view, 1)
        self.rombel.currentIndexChanged.connect(self._rombel_chosen)
        self.mapel.currentIndexChanged.connect(self.reload)
        self.save_button.clicked.connect(self.save)
        self._fill_rombel()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        # Rombel and pembelajaran may have been entered on other tabs since last shown.
        self._fill_rombel()
        super().showEvent(event)

    def _fill_rombel(self) -> None:
        chosen = self.rombel.currentData()
        self.rombel.blockSignals(True)
        self.rombel.clear()
        with self.db.Session() as session:
            for option in options(session, "rombongan_belajar"):
                self.rombel.addItem(option.label, option.value)
        self.rombel.setCurrentIndex(max(self.rombel.findData(chosen), 0))
        self.rombel.blockSignals(False)
        self._rombel_chosen()

    def _rombel_chosen(self) -> None:
        self.mapel.blockSignals(True)
        self.mapel.clear()
        if self.rombel.currentData():
            with self.db.Session() as session:
                for option in nilai.pembelajaran_of(session, self.rombel.currentData()):
                    self.mapel.addItem(option.label, option.value)
        self.mapel.blockSignals(False)
        self.reload()

    def reload(self) -> None:
        rows = []
        if self.mapel.currentData():
            with self.db.Session() as session:
                rows = nilai.grid(session, self.mapel.currentData())
        self.model.load(rows)
        self.view.resizeColumnsToContents()
        self.message.setText(self.tr("%n peserta didik", "", len(rows)))

    def save(self) -> None:
        if self.model.problems:
            self.message.setText(
                self.tr("Nilai belum disimpan: %1 sel di luar 0–100 (ditandai merah).").replace(
                    "%1", str(len(self.model.problems))
                )
            )
            return
        try:
            saved = nilai.save_grid(self.db, self.mapel.currentData(), self.model.edits)
        except store.EntryError as exc:
            self.message.setText(tr_entry(exc.message).format(**exc.params))
            return
        self.reload()
        self.message.setText(self.tr("%n nilai disimpan.", "", len(saved)))
        if saved:
            self.data_changed.emit("nilai", saved)


class NilaiPage(HasMainTable, QTabWidget):
    """Entering nilai per rombel and mata pelajaran, and the list of them all."""

    data_changed = Signal(str, list)  # what the grid or the list wrote

    def __init__(self, db: Database, parent=None):
        super().__init__(parent)
        self.grid = NilaiGridPage(db)
        self.table = self.main = TablePage(db, "nilai")
        for page in (self.grid, self.table):
            page.data_changed.connect(self.data_changed)
        self.addTab(self.grid, self.tr("Isi Nilai"))
        self.addTab(self.table, self.tr("Daftar Nilai"))
        self.currentChanged.connect(lambda i: self.table.reload() if i == 1 else None)
