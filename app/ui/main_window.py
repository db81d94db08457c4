"""The main window: a navigation list of every tab and the page it opens.

It routes what the pages write (their ``data_changed(table, row_ids)``) to the
``ValidationFollower``, and tells the pages that show Validasi Lokal's counts
(Beranda, Validasi, Sinkronisasi) when the re-check is done.
"""

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QStyle,
    QWidget,
)

from .. import __version__
from ..accounts.acting import UserInfo
from ..db.engine import Database
from ..db.summary import school_summary
from ..logs import log_path
from .account_controls import AccountControls
from .dialogs import tell
from .nilai_grid import NilaiPage
from .pages import (
    BerandaPage,
    GtkPage,
    ReferensiPage,
    RombelPage,
    SarprasPage,
    SekolahPage,
    TablesPage,
)
from .pmp import PmpPage
from .restore import RestoreDialog
from .settings_dialog import SettingsDialog
from .sync_tab import SyncTab
from .table_page import TablePage
from .validasi import ValidasiPage, ValidationFollower
from .webservice_dialog import WebServiceDialog


@dataclass(frozen=True)
class Tab:
    key: str
    title: str
    icon: QStyle.StandardPixmap
    build: Callable[[], QWidget]


# The tabs that show Validasi Lokal's counts, told when a save has been re-checked.
SHOWS_VALIDATION = ("beranda", "validasi", "sinkronisasi")
# Where a row of each table is shown: (tab, listing within the tab). Child rows
# (registrasi, longitudinal, riwayat) open their parent's tab.
TAB_OF_TABLE = {
    **dict.fromkeys(
        ("peserta_didik", "registrasi_peserta_didik", "peserta_didik_longitudinal"),
        ("peserta_didik", "peserta_didik"),
    ),
    **dict.fromkeys(("ptk", "ptk_terdaftar", "rwy_pend_formal", "tugas_tambahan"), ("ptk", "ptk")),
    **dict.fromkeys(("sekolah", "sekolah_longitudinal"), ("sekolah", None)),
    **{t: ("sarpras", t) for t in ("tanah", "bangunan", "ruang", "alat")},
    **{f"{t}_longitudinal": ("sarpras", t) for t in ("bangunan", "ruang", "alat")},
    **dict.fromkeys(
        ("rombongan_belajar", "anggota_rombel"), ("rombongan_belajar", "rombongan_belajar")
    ),
    **{t: (t, t) for t in ("pembelajaran", "jadwal", "nilai")},
}


# The size the window opens at the first time, on a screen with room to spare.
PREFERRED_SIZE = QSize(1280, 800)
# Room the window frame, its title bar and a little of the desktop take around it.
SCREEN_MARGIN = 80


def opening_size(available: QSize) -> QSize | None:
    """The first size on a screen with ``available`` room; None: maximized, on a
    screen (a 1366×768 laptop's) where the preferred size with its frame would not
    fit with room to spare."""
    room = available - QSize(SCREEN_MARGIN, SCREEN_MARGIN)
    if room.width() < PREFERRED_SIZE.width() or room.height() < PREFERRED_SIZE.height():
        return None
    return PREFERRED_SIZE


class MainWindow(QMainWindow):
    def __init__(self, db: Database, parent=None, user: UserInfo | None = None):
        super().__init__(parent)
        self.db = db
        self.validation = ValidationFollower(db, self)
        self.validation.validated.connect(self._validation_changed)
        self.validation.failed.connect(self.statusBar().showMessage)
        self.tabs = self._tabs()
        self.pages: dict[str, QWidget] = {}
        self.nav = QListWidget()
        self.nav.setIconSize(QSize(20, 20))
        self.stack = QStackedWidget()
        for tab in self.tabs:
            item = QListWidgetItem(self.style().standardIcon(tab.icon), tab.title)
            self.nav.addItem(item)
            self.stack.addWidget(QWidget())
        self.nav.setFixedWidth(self.nav.sizeHintForColumn(0) + 36)
        central = QWidget()
        row = QHBoxLayout(central)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        # user None: no login (tests, tools); the window then shows no acting user.
        self.accounts = AccountControls(self, db, user)
        self.accounts.changed.connect(lambda: self._open_row(self.nav.currentRow()))
        self._menus()
        self._status_bar()
        self.nav.currentRowChanged.connect(self._open_row)
        settings = QSettings()
        if not self.restoreGeometry(settings.value("main_window/geometry", b"")):
            size = opening_size(self.screen().availableGeometry().size())
            if size is None:
                self.setWindowState(Qt.WindowMaximized)
            else:
                self.resize(size)
        last = settings.value("main_window/tab", "beranda")
        self.show_tab(last if last in self.tab_keys() else "beranda")

    def _tabs(self) -> list[Tab]:
        db, sp = self.db, QStyle.StandardPixmap

        def table(key: str) -> Callable[[], QWidget]:
            return lambda: TablePage(db, key)

        return [
            Tab("beranda", self.tr("Beranda"), sp.SP_DirHomeIcon, lambda: BerandaPage(db)),
            Tab(
                "sekolah", self.tr("Sekolah"), sp.SP_FileDialogDetailedView, lambda: SekolahPage(db)
            ),
            Tab("sarpras", self.tr("Sarpras"), sp.SP_DriveHDIcon, lambda: SarprasPage(db)),
            Tab(
                "peserta_didik",
                self.tr("Peserta Didik"),
                sp.SP_FileDialogListView,
                table("peserta_didik"),
            ),
            Tab("ptk", self.tr("GTK"), sp.SP_FileDialogContentsView, lambda: GtkPage(db)),
            Tab(
                "rombongan_belajar",
                self.tr("Rombongan Belajar"),
                sp.SP_DirIcon,
                lambda: RombelPage(db),
            ),
            Tab("pembelajaran", self.tr("Pembelajaran"), sp.SP_FileIcon, table("pembelajaran")),
            Tab("jadwal", self.tr("Jadwal"), sp.SP_BrowserReload, table("jadwal")),
            Tab("nilai", self.tr("Nilai"), sp.SP_DialogApplyButton, lambda: NilaiPage(db)),
            Tab(
                "referensi",
                self.tr("Referensi"),
                sp.SP_FileDialogInfoView,
                lambda: ReferensiPage(db),
            ),
            Tab("validasi", self.tr("Validasi"), sp.SP_MessageBoxWarning, self._validasi_page),
            Tab(
                "sinkronisasi",
                self.tr("Sinkronisasi"),
                sp.SP_ArrowUp,
                self._sinkronisasi_page,
            ),
            Tab(
                "pmp",
                self.tr("PMP"),
                sp.SP_DialogSaveButton,
                lambda: PmpPage(db),
            ),
        ]

    def _validasi_page(self) -> ValidasiPage:
        page = ValidasiPage(self.db)
        page.record_requested.connect(self.open_record)
        return page

    def _sinkronisasi_page(self) -> SyncTab:
        page = SyncTab(self.db)
        page.record_requested.connect(self.open_record)
        return page

    def open_record(self, table: str, row_id: str) -> None:
        """Show the tab that holds ``table`` and select the row, if it is listed there."""
        tab_key, listing_key = TAB_OF_TABLE.get(table, ("referensi", None))
        page = self.show_tab(tab_key)
        if isinstance(page, TablesPage) and listing_key in page.KEYS:
            page.setCurrentIndex(page.KEYS.index(listing_key))
            page = page.currentWidget()
        if isinstance(page, NilaiPage):
            page.setCurrentWidget(page.table)
            page = page.table
        if isinstance(page, TablePage) and page.model.listing.key == table:
            page.select_id(row_id)

    def _validation_changed(self) -> None:
        for key in SHOWS_VALIDATION:
            if key in self.pages:
                self.pages[key].validation_changed()

    def tab_keys(self) -> list[str]:
        return [tab.key for tab in self.tabs]

    def show_tab(self, key: str) -> QWidget:
        row = self.tab_keys().index(key)
        self.nav.setCurrentRow(row)
        self._open_row(row)
        return self.pages[key]

    def _open_row(self, row: int) -> None:
        if row < 0:
            return
        tab = self.tabs[row]
        if tab.key not in self.pages:
            # Pages are built when first opened: starting the app reads only Beranda.
            page = tab.build()
            writes = getattr(page, "data_changed", None)
            if writes is not None:
                writes.connect(self.validation.data_changed)
            placeholder = self.stack.widget(row)
            self.stack.insertWidget(row, page)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self.pages[tab.key] = page
        self.stack.setCurrentIndex(row)
        self.setWindowTitle(f"{tab.title} — {self._school_title}{self.accounts.title_suffix()}")

    def _menus(self) -> None:
        berkas = self.menuBar().addMenu(self.tr("&Berkas"))
        pulihkan = QAction(self.tr("&Pulihkan dari Cadangan…"), self)
        pulihkan.triggered.connect(self.restore_from_backup)
        berkas.addAction(pulihkan)
        keluar = QAction(self.tr("&Keluar"), self, shortcut=QKeySequence.Quit)
        keluar.triggered.connect(self.close)
        berkas.addAction(keluar)
        pengaturan = self.menuBar().addMenu(self.tr("&Pengaturan"))
        preferensi = QAction(self.tr("&Bahasa dan Tampilan…"), self)
        preferensi.triggered.connect(lambda: SettingsDialog(self.db, self).exec())
        self.accounts.add_to(pengaturan)
        pengaturan.addAction(preferensi)
        webservice = QAction(self.tr("&WebService…"), self)
        webservice.triggered.connect(lambda: WebServiceDialog.open_for(self, self.db))
        pengaturan.addAction(webservice)
        bantuan = self.menuBar().addMenu(self.tr("Ba&ntuan"))
        tentang = QAction(self.tr("&Tentang Dapodik Lokal"), self)
        tentang.triggered.connect(self._about)
        bantuan.addAction(tentang)

    def restore_from_backup(self) -> RestoreDialog:
        """The restore dialog; once it has restored, closing it closes the app, which
        starts again on the restored data (its school, its accounts)."""
        dialog = RestoreDialog(self.db.path, self)
        dialog.restored.connect(self._close_after_restore)
        dialog.open()
        return dialog

    def _close_after_restore(self, _safety) -> None:
        self.sender().finished.connect(self.close)

    def _status_bar(self) -> None:
        with self.db.Session() as session:
            summary = school_summary(session)
        self._school_title = (
            f"{summary.nama} ({summary.npsn})" if summary else self.tr("Dapodik Lokal")
        )
        if summary:
            # A widget of its own, not a status message: a menu's hint would wipe that.
            semester = QLabel(self.tr("Semester aktif: %1").replace("%1", summary.semester))
            self.statusBar().addWidget(semester, 1)
        self.statusBar().addPermanentWidget(self.accounts.status_label)
        self.statusBar().addPermanentWidget(QLabel(str(self.db.path)))

    def _about(self) -> None:
        tell(
            self,
            self.tr("Tentang Dapodik Lokal"),
            self.tr("<b>Dapodik Lokal</b> versi %1<br>Basis data: %2<br>Log: %3")
            .replace("%1", __version__)
            .replace("%2", str(self.db.path))
            .replace("%3", str(log_path()))
            + "<br><br>"
            + self.tr(
                "Dapodik Lokal berlisensi MIT. Memakai Qt dan PySide6 (LGPL v3), SQLAlchemy, "
                "Alembic, keyring, platformdirs, argon2-cffi, openpyxl, FastAPI (MIT), "
                "requests, cryptography (Apache 2.0) dan uvicorn (BSD). Teks lisensi "
                "lengkap ada di folder instalasi masing-masing pustaka."
            ),
        )

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        settings = QSettings()
        settings.setValue("main_window/geometry", self.saveGeometry())
        settings.setValue("main_window/tab", self.tabs[self.nav.currentRow()].key)
        super().closeEvent(event)
