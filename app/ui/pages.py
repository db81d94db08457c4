"""The pages of the main window that are more than a single table."""

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..db import listing as listings
from ..db.engine import Database
from ..db.summary import active_semester_name, school_summary, sekolah_fields
from ..entry import store
from ..entry.forms import FORMS
from ..sync.state import pending_and_last_run
from ..validation import engine as validation
from .cetak import MENUS, CetakButton
from .jobs import LatestOnly
from .record_form import RecordForm, tr_entry
from .sync_summary import PendingChangesTable, last_run_text
from .table_page import HasMainTable, TablePage
from .translations import error_text
from .validasi import counts_text


def _translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


class BerandaPage(QWidget):
    """The school at a glance: identity, how much data it holds, what Validasi
    Lokal finds and what is waiting to be sent to the server."""

    refreshed = Signal()

    def __init__(self, db: Database, parent=None):
        super().__init__(parent)
        self.db = db
        self.pending: PendingChangesTable | None = None
        self._reads = LatestOnly(self, self._show_sync, self._sync_failed)
        with db.Session() as session:
            summary = school_summary(session)
        layout = QVBoxLayout(self)
        if summary is None:
            layout.addWidget(QLabel(self.tr("Belum ada data sekolah di basis data ini.")))
            layout.addStretch()
            return
        title = QLabel(f"<h2>{summary.nama}</h2>")
        title.setTextInteractionFlags(Qt.TextSelectableByMouse)
        layout.addWidget(title)
        identity = QFormLayout()
        identity.addRow(self.tr("NPSN"), QLabel(summary.npsn))
        identity.addRow(self.tr("Bentuk Pendidikan"), QLabel(summary.bentuk_pendidikan))
        identity.addRow(self.tr("Alamat"), QLabel(summary.alamat))
        identity.addRow(self.tr("Wilayah"), QLabel(summary.wilayah))
        identity.addRow(
            self.tr("Kepala Sekolah"),
            QLabel(summary.kepala_sekolah or self.tr("Belum ditetapkan")),
        )
        identity.addRow(self.tr("Semester Aktif"), QLabel(summary.semester))
        layout.addLayout(identity)
        counts = QGroupBox(self.tr("Jumlah Data"))
        grid = QGridLayout(counts)
        labels = {
            "peserta_didik": self.tr("Peserta Didik aktif"),
            "ptk": self.tr("GTK aktif"),
            "rombongan_belajar": self.tr("Rombongan Belajar"),
            "pembelajaran": self.tr("Pembelajaran"),
            "nilai": self.tr("Nilai"),
            "ruang": self.tr("Ruang"),
        }
        self.count_labels: dict[str, QLabel] = {}
        for i, (key, label) in enumerate(labels.items()):
            tile, self.count_labels[key] = _count_tile(label, summary.counts[key])
            grid.addWidget(tile, i // 3, i % 3)
        layout.addWidget(counts)
        layout.addWidget(self._validation_box())
        layout.addWidget(self._sync_box())
        layout.addStretch()

    def _validation_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Validasi Lokal"))
        self.validation = QLabel(self.tr("Memuat…"))
        self.validation.setWordWrap(True)
        QVBoxLayout(box).addWidget(self.validation)
        return box

    def _sync_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Perubahan yang belum dikirim"))
        self.last_run = QLabel(self.tr("Memuat…"))
        self.last_run.setWordWrap(True)
        self.pending = PendingChangesTable()
        layout = QVBoxLayout(box)
        layout.addWidget(self.last_run)
        layout.addWidget(self.pending)
        return box

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        # Edits in other tabs and a sync change what is pending: read it whenever
        # Beranda shows, not once at start-up.
        if self.pending is not None:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        """Read the pending changes and the Validasi counts off the UI thread: on a
        large school that has never synced they take some 150 ms. ``refreshed``
        tells when the newest read is shown."""
        db = self.db
        self._reads.start(
            lambda: (pending_and_last_run(db), validation.counts(db.engine), _data_counts(db))
        )

    def validation_changed(self) -> None:
        if self.pending is not None:
            self.refresh()

    def _show_sync(self, result) -> None:
        (changes, last), counts, data = result
        for key, number in self.count_labels.items():  # a student added or gone counts
            number.setText(_count_text(data[key]))
        self.validation.setText(counts_text(counts))
        self.pending.show_counts(changes)
        self.last_run.setText(last_run_text(last))
        self.refreshed.emit()

    def _sync_failed(self, error: Exception) -> None:
        self.last_run.setText(error_text(error))
        self.refreshed.emit()


def _data_counts(db: Database) -> dict[str, int]:
    with db.Session() as session:
        return school_summary(session).counts


def _count_text(value: int) -> str:
    return f"<span style='font-size:20pt; font-weight:600'>{value:,}</span>".replace(",", ".")


def _count_tile(label: str, value: int) -> tuple[QFrame, QLabel]:
    """A tile of Jumlah Data, and the label of its number."""
    tile = QFrame(frameShape=QFrame.StyledPanel)
    box = QVBoxLayout(tile)
    number = QLabel(_count_text(value))
    number.setAlignment(Qt.AlignCenter)
    caption = QLabel(label)
    caption.setAlignment(Qt.AlignCenter)
    box.addWidget(number)
    box.addWidget(caption)
    return tile, number


class SekolahPage(QWidget):
    """The school's identity and this semester's data periodik, field by field,
    with the forms to enter or change them."""

    data_changed = Signal(str, list)  # table, row ids: a save, for Validasi Lokal

    def __init__(self, db: Database, parent=None):
        super().__init__(parent)
        self.db = db
        self.form: RecordForm | None = None
        self.edit_button = QPushButton()
        self.edit_button.clicked.connect(self.edit)
        self.periodik_button = QPushButton(self.tr("Ubah Data Periodik"))
        self.periodik_button.clicked.connect(self.edit_periodik)
        self.fields = QWidget()
        # Identity and data periodik are taller than a laptop's screen: they scroll.
        self.scroll = QScrollArea(widgetResizable=True, frameShape=QScrollArea.NoFrame)
        layout = QVBoxLayout(self)
        self.cetak = CetakButton(db, MENUS["sekolah"])
        top = QHBoxLayout()
        top.addWidget(self.edit_button)
        top.addWidget(self.periodik_button)
        top.addWidget(self.cetak)
        top.addStretch()
        layout.addLayout(top)
        layout.addWidget(self.scroll, 1)
        self.reload()

    def reload(self) -> None:
        periodik = FORMS["sekolah_periodik"]
        with self.db.Session() as session:
            fields = sekolah_fields(session)
            self.sekolah_id = store.school_context(session)["sekolah_id"]
            semester = active_semester_name(session)
            stored = store.load(session, periodik, self.sekolah_id) if self.sekolah_id else {}
        self.edit_button.setText(
            self.tr("Ubah Data Sekolah") if self.sekolah_id else self.tr("Isi Data Sekolah")
        )
        self.periodik_button.setEnabled(self.sekolah_id is not None)
        replacement = QWidget()
        form = QFormLayout(replacement)
        form.setLabelAlignment(Qt.AlignRight)
        if not fields:
            form.addRow(QLabel(self.tr("Belum ada data sekolah di basis data ini.")))
        for label, value in fields:
            form.addRow(_translate("Sekolah", label), _value_label(value))
        if stored:
            self._periodik_rows(form, semester, periodik, stored)
        self.scroll.setWidget(replacement)  # the one shown before is deleted
        self.fields = replacement

    def _periodik_rows(self, form: QFormLayout, semester: str, spec, stored: dict) -> None:
        heading = QLabel(self.tr("Data Periodik Semester %1").replace("%1", semester))
        heading.setStyleSheet("font-weight: 600; margin-top: 8px;")
        form.addRow(heading)
        if all(value is None for value in stored.values()):
            form.addRow(QLabel(self.tr("Belum diisi untuk semester ini.")))
            return
        for f in spec.fields:
            value = stored[f.key]
            form.addRow(tr_entry(f.label), _value_label("" if value is None else str(value)))

    def edit(self) -> RecordForm:
        return self._open(RecordForm(self.db, FORMS["sekolah"], self.sekolah_id, parent=self))

    def edit_periodik(self) -> RecordForm:
        spec = FORMS["sekolah_periodik"]
        return self._open(RecordForm(self.db, spec, self.sekolah_id, parent=self))

    def _open(self, form: RecordForm) -> RecordForm:
        self.form = form
        form.accepted.connect(self.reload)
        form.accepted.connect(
            lambda: self.data_changed.emit(form.spec.model.__table__.name, [form.result_value])
        )
        form.open()
        return form


def _value_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextInteractionFlags(Qt.TextSelectableByMouse)
    return label


class TablesPage(HasMainTable, QTabWidget):
    """Related tables of one tab, one sub-tab each (Sarpras, GTK, Rombongan Belajar);
    the first is the main one."""

    KEYS: tuple[str, ...] = ()
    data_changed = Signal(str, list)  # what any of its tables wrote

    def __init__(self, db: Database, parent=None):
        super().__init__(parent)
        for key in self.KEYS:
            page = TablePage(db, key)
            page.data_changed.connect(self.data_changed)
            self.addTab(page, _translate("Listing", listings.listing(key).title))
        self.main = self.widget(0)


class SarprasPage(TablesPage):
    KEYS = ("tanah", "bangunan", "ruang", "alat")


class GtkPage(TablesPage):
    KEYS = ("ptk", "rwy_pend_formal", "tugas_tambahan")


class RombelPage(TablesPage):
    """Rombel and their members; moving a student is editing their anggota row."""

    KEYS = ("rombongan_belajar", "anggota_rombel")


class ReferensiPage(QWidget):
    """The national code lists, read-only, one at a time."""

    def __init__(self, db: Database, parent=None):
        super().__init__(parent)
        self.db = db
        self.chooser = QComboBox()
        titled = {
            _translate("Listing", lst.title): key
            for key, lst in listings.REFERENSI_LISTINGS.items()
        }
        for title in sorted(titled):
            self.chooser.addItem(title, titled[title])
            self.chooser.setItemData(self.chooser.count() - 1, titled[title], Qt.ToolTipRole)
        note = QLabel(
            self.tr("Data referensi berasal dari server pusat dan tidak dapat diubah."),
            wordWrap=True,
        )
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Tabel referensi:")))
        top.addWidget(self.chooser)
        top.addWidget(note, 1)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addLayout(top)
        self.table = TablePage(db, self.chooser.currentData())
        self.layout_.addWidget(self.table)
        self.chooser.currentIndexChanged.connect(self._choose)

    def _choose(self) -> None:
        replacement = TablePage(self.db, self.chooser.currentData())
        self.layout_.replaceWidget(self.table, replacement)
        self.table.deleteLater()
        self.table = replacement
