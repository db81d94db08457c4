"""Import Peserta Didik or GTK from the app's Excel template: choose a file, see
each row marked baru / ubah / galat (with the reason), then write the good rows.
Reading and writing a large school's file take seconds each: both run on a
worker, with a progress bar and Batal."""

from PySide6.QtCore import Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ..db.engine import Database
from ..entry import excel
from .jobs import Job, JobProgress
from .record_form import tr_entry
from .translations import error_text

ERROR_BACKGROUND = QColor("#fde7e9")


class ImportDialog(QDialog):
    data_changed = Signal(str, list)  # table, ids of the records the import wrote

    def __init__(self, db: Database, form_key: str, parent=None):
        super().__init__(parent)
        self.db, self.form_key = db, form_key
        self.results: list[excel.RowResult] = []
        self.setWindowTitle(
            self.tr("Impor %1 dari Excel").replace(
                "%1", tr_entry(excel.IMPORT_FORMS[form_key].title)
            )
        )
        self.resize(900, 520)
        choose = QPushButton(self.tr("Pilih Berkas…"))
        choose.clicked.connect(self._choose)
        template = QPushButton(self.tr("Simpan Templat…"))
        template.clicked.connect(self._save_template)
        self.summary = QLabel(self.tr("Pilih berkas .xlsx yang dibuat dari templat."))
        self.summary.setWordWrap(True)
        self.progress = JobProgress(self.tr("%v dari %m baris"))
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Baris"), self.tr("Nama"), self.tr("Status"), self.tr("Keterangan")]
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()  # the Baris column already numbers the rows
        self.table.setEditTriggers(QTableWidget.NoEditTriggers)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Close)
        self.import_button = self.buttons.button(QDialogButtonBox.Ok)
        self.import_button.setText(self.tr("Impor Baris yang Benar"))
        self.import_button.setEnabled(False)
        self.buttons.button(QDialogButtonBox.Close).setText(self.tr("Tutup"))
        self.buttons.accepted.connect(self.write)
        self.buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(choose)
        top.addWidget(template)
        top.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.progress)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)

    def _choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Pilih Berkas Excel"), "", "Excel (*.xlsx)"
        )
        if path:
            self.load(path)

    def _save_template(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Simpan Templat"), f"templat_{self.form_key}.xlsx", "Excel (*.xlsx)"
        )
        if path:
            excel.write_template(excel.IMPORT_FORMS[self.form_key], path)

    def load(self, path: str) -> Job:
        """Preview ``path`` on a worker: nothing is written until the operator confirms."""
        self.import_button.setEnabled(False)
        self.results = []
        self.table.setRowCount(0)
        self.summary.setText(self.tr("Membaca berkas…"))
        db, key = self.db, self.form_key

        def read():
            with db.Session() as session:
                return (yield from excel.preview_steps(session, key, path))

        job = self._start(read)
        job.succeeded.connect(self._previewed)
        job.cancelled.connect(
            lambda: self.summary.setText(self.tr("Pratinjau dibatalkan. Pilih berkas lagi."))
        )
        job.failed.connect(lambda exc: self.summary.setText(error_text(exc)))
        return job

    def _start(self, work) -> Job:
        return self.progress.follow(Job(self)).start(work)

    def _previewed(self, results: list[excel.RowResult]) -> None:
        self.results = results
        self._show()

    def _show(self) -> None:
        names = {
            "new": self.tr("baru"),
            "update": self.tr("ubah"),
            "unchanged": self.tr("tidak berubah"),
            "error": self.tr("galat"),
        }
        self.table.setRowCount(len(self.results))
        for i, result in enumerate(self.results):
            cells = (str(result.row), result.nama, names[result.status], self._detail(result))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if result.status == "error":
                    item.setBackground(QBrush(ERROR_BACKGROUND))
                self.table.setItem(i, column, item)
        self.table.resizeColumnsToContents()
        counts = excel.counts(self.results)
        self.summary.setText(
            self.tr("Baru: %1, ubah: %2, tidak berubah: %3, galat: %4. Baris galat tidak diimpor.")
            .replace("%1", str(counts["new"]))
            .replace("%2", str(counts["update"]))
            .replace("%3", str(counts["unchanged"]))
            .replace("%4", str(counts["error"]))
        )
        self.import_button.setEnabled(counts["new"] + counts["update"] > 0)

    def _detail(self, result: excel.RowResult) -> str:
        """Why a row is refused, or which fields an update changes."""
        if result.changed and not result.problems:
            spec = excel.IMPORT_FORMS[self.form_key]
            labels = ", ".join(tr_entry(spec.field(key).label) for key in result.changed)
            return self.tr("Diubah: %1").replace("%1", labels)
        return " ".join(p.text(tr_entry) for p in result.problems)

    def write(self) -> Job:
        self.import_button.setEnabled(False)
        self.summary.setText(self.tr("Mengimpor…"))
        db, key, results = self.db, self.form_key, self.results
        job = self._start(lambda: excel.apply_steps(db, key, results))
        job.succeeded.connect(self._written)
        job.cancelled.connect(
            lambda: self._not_written(self.tr("Impor dibatalkan; tidak ada yang ditulis."))
        )
        job.failed.connect(
            lambda exc: self._not_written(
                self.tr("Impor gagal, tidak ada yang ditulis: %1").replace("%1", error_text(exc))
            )
        )
        return job

    def _written(self, record_ids: list[str]) -> None:
        self.summary.setText(self.tr("%n baris diimpor.", "", len(record_ids)))
        self.data_changed.emit(excel.IMPORT_FORMS[self.form_key].model.__table__.name, record_ids)

    def _not_written(self, text: str) -> None:
        self.summary.setText(text)
        self.import_button.setEnabled(True)
