"""Restoring the database from a backup: on the operator's request (Berkas →
Pulihkan dari Cadangan…), and at start when the database is damaged.

A backup of another school (or of none) replaces this school's data and
accounts only after the operator types the NPSN of the school being replaced.
The current content is copied aside first (``app.sync.backup``). After a
restore the app closes: it starts again on the restored data, with its accounts.
"""

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
)

from ..db.integrity import DatabaseDamaged
from ..sync.backup import (
    RestorePlan,
    backup_folder,
    describe,
    newest_good_backup,
    plan_restore,
    restore_database,
)
from .jobs import Job
from .translations import error_text


def _wrapped(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class _Working(QProgressBar):
    """A busy bar while a job runs off the UI thread."""

    def __init__(self):
        super().__init__()
        self.setRange(0, 0)
        self.hide()


class RestoreDialog(QDialog):
    """Choose a backup, see whose it is, restore it. ``restored`` carries the copy
    of the content replaced (None for a database that had none)."""

    restored = Signal(object)

    def __init__(self, db_path: Path, parent=None):
        super().__init__(parent)
        self.db_path = db_path
        self.backup: Path | None = None
        self.plan: RestorePlan | None = None
        self.setWindowTitle(self.tr("Pulihkan dari Cadangan"))
        self.setMinimumWidth(560)
        self.choose_button = QPushButton(self.tr("Pilih Berkas Cadangan…"))
        self.choose_button.clicked.connect(self.choose)
        self.chosen = _wrapped(self.tr("Belum ada berkas cadangan yang dipilih."))
        self.warning = _wrapped()
        self.warning.setStyleSheet("color: #b71c1c;")
        self.typed_label = _wrapped()
        self.typed = QLineEdit()
        self.typed.textChanged.connect(self._update_button)
        self.working = _Working()
        self.outcome = _wrapped()
        self.buttons = QDialogButtonBox()
        self.restore_button = self.buttons.addButton(
            self.tr("Pulihkan"), QDialogButtonBox.AcceptRole
        )
        self.close_button = self.buttons.addButton(self.tr("Batal"), QDialogButtonBox.RejectRole)
        self.restore_button.clicked.connect(self.restore)
        self.close_button.clicked.connect(self.reject)
        self.restore_button.setEnabled(False)
        row = QHBoxLayout()
        row.addWidget(self.chosen, 1)
        row.addWidget(self.choose_button)
        layout = QVBoxLayout(self)
        layout.addWidget(
            _wrapped(
                self.tr(
                    "Isi basis data ini diganti dengan isi cadangan. Isi yang sekarang "
                    "disimpan dulu di folder cadangan, sehingga pemulihan dapat dibatalkan."
                )
            )
        )
        layout.addLayout(row)
        for widget in (self.warning, self.typed_label, self.typed, self.working, self.outcome):
            layout.addWidget(widget)
        layout.addWidget(self.buttons)
        self._show_other_school(False)

    def choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Pilih Berkas Cadangan"),
            str(backup_folder(self.db_path)),
            self.tr("Cadangan basis data (*.sqlite);;Semua berkas (*)"),
        )
        if path:
            self.check(Path(path))

    def check(self, backup: Path) -> None:
        """Read whose backup it is, off the UI thread."""
        self.backup, self.plan = backup, None
        self.chosen.setText(self.tr("Memeriksa %1…").replace("%1", str(backup)))
        self.warning.clear()
        self.outcome.clear()
        self._show_other_school(False)
        self._run(lambda: plan_restore(backup, self.db_path), self._planned)

    def _planned(self, plan: RestorePlan) -> None:
        self.plan = plan
        school = (
            describe(plan.school, None) if plan.school else self.tr("tidak berisi data sekolah")
        )
        self.chosen.setText(
            self.tr("Cadangan: %1\nSekolah: %2")
            .replace("%1", str(self.backup))
            .replace("%2", school)
        )
        if plan.other_school is not None:
            current = plan.other_school.current
            self.warning.setText(
                error_text(plan.other_school)
                + "\n"
                + self.tr(
                    "Memulihkan cadangan ini mengganti semua data dan akun sekolah %1 dengan "
                    "isinya."
                ).replace("%1", current.nama)
            )
            self.typed_label.setText(
                self.tr("Ketik NPSN sekolah yang diganti (%1) untuk melanjutkan:").replace(
                    "%1", current.npsn or ""
                )
            )
            self._show_other_school(True)
        self._update_button()
        self.adjustSize()  # the texts above grew: keep every line in view

    def _show_other_school(self, shown: bool) -> None:
        self.typed.clear()
        self.typed_label.setVisible(shown)
        self.typed.setVisible(shown)

    def _update_button(self) -> None:
        plan = self.plan
        ready = plan is not None and (
            plan.other_school is None or self.typed.text().strip() == plan.other_school.current.npsn
        )
        self.restore_button.setEnabled(ready)

    def restore(self) -> None:
        backup, other = self.backup, self.plan.other_school is not None
        self.outcome.setText(self.tr("Memulihkan…"))
        self._run(lambda: restore_database(backup, self.db_path, other), self._restored)

    def _restored(self, safety: Path | None) -> None:
        text = self.tr("Basis data dipulihkan dari %1.").replace("%1", str(self.backup))
        if safety is not None:
            text += " " + self.tr("Isi sebelumnya disimpan di %1.").replace("%1", str(safety))
        self.outcome.setText(
            text + "\n" + self.tr("Aplikasi ditutup; jalankan kembali lalu masuk.")
        )
        self.warning.clear()  # it said the database was not changed: it is now
        self._show_other_school(False)
        self.choose_button.setEnabled(False)
        self.restore_button.hide()
        self.close_button.setText(self.tr("Tutup"))
        self.adjustSize()
        self.restored.emit(safety)

    def _run(self, work, then) -> None:
        for button in (self.choose_button, self.restore_button, self.close_button):
            button.setEnabled(False)
        self.working.show()
        job = Job(self)
        job.succeeded.connect(then)
        job.failed.connect(self._failed)
        job.succeeded.connect(self._idle)
        job.failed.connect(self._idle)
        job.start(work)

    def _failed(self, error: Exception) -> None:
        self.outcome.setText(error_text(error))
        self.adjustSize()

    def _idle(self, *_outcome) -> None:
        self.working.hide()
        self.choose_button.setEnabled(self.restore_button.isVisible())
        self.close_button.setEnabled(True)
        self._update_button()


class DamagedDatabaseDialog(QDialog):
    """At start, a damaged database: what is wrong, and the newest good backup to
    restore (accepted once restored), or Keluar."""

    def __init__(self, error: DatabaseDamaged, parent=None):
        super().__init__(parent)
        self.db_path = Path(error.params["path"])
        self.backup = newest_good_backup(self.db_path)
        self.setWindowTitle(self.tr("Basis data rusak"))
        self.setMinimumWidth(560)
        self.outcome = _wrapped()
        self.working = _Working()
        self.buttons = QDialogButtonBox()
        self.restore_button = self.buttons.addButton(
            self.tr("Pulihkan Cadangan Terbaru"), QDialogButtonBox.AcceptRole
        )
        self.quit_button = self.buttons.addButton(self.tr("Keluar"), QDialogButtonBox.RejectRole)
        self.restore_button.clicked.connect(self.restore)
        self.quit_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(_wrapped(error_text(error)))
        if self.backup is None:
            advice = self.tr(
                "Tidak ada cadangan yang baik di %1. Hubungi operator atau dinas untuk "
                "memulihkan data; berkas yang rusak tidak diubah."
            ).replace("%1", str(backup_folder(self.db_path)))
            self.restore_button.hide()
        else:
            advice = self.tr(
                "Cadangan baik terbaru: %1. Memulihkannya mengganti isi basis data dengan isi "
                "cadangan itu; berkas yang rusak disimpan dulu di folder cadangan."
            ).replace("%1", str(self.backup))
        layout.addWidget(_wrapped(advice))
        layout.addWidget(self.working)
        layout.addWidget(self.outcome)
        layout.addWidget(self.buttons)

    def restore(self) -> None:
        self.restore_button.setEnabled(False)
        self.quit_button.setEnabled(False)
        self.working.show()
        backup, path = self.backup, self.db_path
        job = Job(self)
        job.succeeded.connect(self._restored)
        job.failed.connect(self._failed)
        job.start(lambda: restore_database(backup, path))

    def _restored(self, _safety: Path | None) -> None:
        self.accept()

    def _failed(self, error: Exception) -> None:
        self.working.hide()
        self.outcome.setText(error_text(error))
        self.quit_button.setEnabled(True)
        self.adjustSize()
