"""First start with no registered school: register this device with the server
(or from a prefill file), download the school's data with a progress bar, and
create the operator account. The demo school stays one click away."""

import os
import socket
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ..accounts import credentials, registration
from ..accounts.passwords import MIN_PASSWORD_LENGTH
from ..db.engine import Database, open_database
from ..db.summary import has_school
from ..i18n import UserError
from .account_dialogs import error_label, show_error
from .dialogs import confirm
from .jobs import Job
from .translations import error_text

ONLINE, OFFLINE, DEMO, DEMO_VALID = "online", "offline", "demo", "demo_valid"
DEMOS = (DEMO, DEMO_VALID)


class ModePage(QWizardPage):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Selamat datang di Dapodik Lokal"))
        self.setSubTitle(self.tr("Sekolah ini belum terdaftar di perangkat ini."))
        self.online = QRadioButton(self.tr("Daftarkan sekolah lewat server (perlu internet)"))
        self.offline = QRadioButton(
            self.tr("Daftarkan sekolah dari berkas prefill (tanpa internet)")
        )
        self.demo = QRadioButton(self.tr("Lihat sekolah demo dulu (tanpa server)"))
        # The demo holds deliberate mistakes for Validasi to find, which block sending.
        self.demo_valid = QRadioButton(
            self.tr("Lihat sekolah demo tanpa kesalahan (untuk langsung mencoba Sinkronisasi)")
        )
        self.online.setChecked(True)
        group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        for button in (self.online, self.offline, self.demo, self.demo_valid):
            group.addButton(button)
            layout.addWidget(button)
        # The demo choice makes this the last page. The wizard keeps what it learnt
        # of a page when showing it: tell it, so that "Selesai" replaces "Lanjut >".
        group.buttonToggled.connect(lambda: self.setFinalPage(self.mode() in DEMOS))

    def mode(self) -> str:
        if self.demo.isChecked():
            return DEMO
        if self.demo_valid.isChecked():
            return DEMO_VALID
        return OFFLINE if self.offline.isChecked() else ONLINE

    def nextId(self) -> int:  # noqa: N802 - Qt's name
        return -1 if self.mode() in DEMOS else super().nextId()


class SchoolPage(QWizardPage):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Data Pendaftaran"))
        self.setSubTitle(
            self.tr("NPSN dan Kode Registrasi diberikan Dinas Pendidikan / Manajemen Dapodik.")
        )
        self.server = QLineEdit(placeholderText="https://…")
        self.npsn = QLineEdit(placeholderText=self.tr("8 angka"))
        self.npsn.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,8}")))
        self.file = QLineEdit()
        browse = QPushButton(self.tr("Pilih…"))
        browse.clicked.connect(self._browse)
        self.file_row = QWidget()
        row = QHBoxLayout(self.file_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.file, 1)
        row.addWidget(browse)
        self.kode = QLineEdit()
        self.kode.setEchoMode(QLineEdit.Password)
        self.form = QFormLayout(self)
        self.form.addRow(self.tr("Alamat server"), self.server)
        self.form.addRow(self.tr("NPSN"), self.npsn)
        self.form.addRow(self.tr("Berkas prefill"), self.file_row)
        self.form.addRow(self.tr("Kode Registrasi"), self.kode)
        for field in (self.server, self.npsn, self.file, self.kode):
            field.textChanged.connect(self.completeChanged)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        online = self.wizard().mode() == ONLINE
        for field in (self.server, self.npsn):
            self.form.setRowVisible(field, online)
        self.form.setRowVisible(self.file_row, not online)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Berkas prefill"), "", self.tr("Prefill (*.prf)")
        )
        if path:
            self.file.setText(path)

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        if not self.kode.text().strip():
            return False
        if self.wizard().mode() == ONLINE:
            return bool(self.server.text().strip()) and len(self.npsn.text().strip()) == 8
        return bool(self.file.text().strip())


class OperatorPage(QWizardPage):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Akun Operator"))
        self.setSubTitle(self.tr("Akun ini dipakai untuk masuk ke Dapodik Lokal di perangkat ini."))
        self.username = QLineEdit("operator")
        self.nama = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.Password)
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.Password)
        self.error = error_label()
        form = QFormLayout(self)
        form.addRow(self.tr("Nama pengguna"), self.username)
        form.addRow(self.tr("Nama lengkap"), self.nama)
        form.addRow(self.tr("Kata sandi"), self.password)
        form.addRow(self.tr("Ulangi kata sandi"), self.repeat)
        form.addRow(self.error)

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        if not self.username.text().strip():
            show_error(self.error, self.tr("Nama pengguna wajib diisi."))
            return False
        if len(self.password.text()) < MIN_PASSWORD_LENGTH:
            show_error(
                self.error,
                self.tr("Kata sandi minimal %1 karakter.").replace("%1", str(MIN_PASSWORD_LENGTH)),
            )
            return False
        if self.password.text() != self.repeat.text():
            show_error(self.error, self.tr("Kedua kata sandi tidak sama."))
            return False
        return True


class ProgressPage(QWizardPage):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Mendaftarkan Sekolah"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.bar = QProgressBar()
        self.error = error_label()
        self.done = False
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.bar)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        self.done = False
        self.error.hide()
        self.bar.setValue(0)
        self.status.setText(self.tr("Menghubungi server…"))
        self.wizard().start_registration()

    def show_progress(self, step: tuple[str, int, int]) -> None:
        stage, done, total = step
        labels = {
            "register": self.tr("Mendaftarkan perangkat ke server…"),
            "download": self.tr("Mengunduh data sekolah (prefill)…"),
            "apply": self.tr("Menyimpan data sekolah…"),
        }
        self.status.setText(labels[stage])
        self.bar.setMaximum(max(total, 1))
        self.bar.setValue(done)

    def finished_ok(self, applied: registration.Applied) -> None:
        self.done = True
        self.bar.setMaximum(1)
        self.bar.setValue(1)
        self.status.setText(
            self.tr("Sekolah %1 (NPSN %2) terdaftar: %3 baris data tersimpan.")
            .replace("%1", applied.nama)
            .replace("%2", applied.npsn)
            .replace("%3", str(applied.rows))
        )
        self.completeChanged.emit()

    def failed(self, text: str) -> None:
        self.status.setText(self.tr("Pendaftaran belum berhasil. Kembali untuk memperbaiki."))
        show_error(self.error, text)

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return self.done


class RegistrationWizard(QWizard):
    """Registers into ``db`` (a fresh database); or, accepted on its first page
    with a demo ``mode()``, tells the caller to open that demo school."""

    def __init__(self, db: Database, parent=None):
        super().__init__(parent)
        self.db = db
        self.applied: registration.Applied | None = None
        self.username: str | None = None  # of the operator account, once registered
        self.setWindowTitle(self.tr("Pendaftaran Sekolah — Dapodik Lokal"))
        self.setMinimumSize(620, 420)
        # Qt ships no Indonesian for its own buttons: name them ourselves.
        self.setButtonText(QWizard.BackButton, self.tr("< Kembali"))
        self.setButtonText(QWizard.NextButton, self.tr("Lanjut >"))
        self.setButtonText(QWizard.FinishButton, self.tr("Selesai"))
        self.setButtonText(QWizard.CancelButton, self.tr("Batal"))
        self.mode_page = ModePage()
        self.school_page = SchoolPage()
        self.operator_page = OperatorPage()
        self.progress_page = ProgressPage()
        for page in (self.mode_page, self.school_page, self.operator_page, self.progress_page):
            self.addPage(page)

    def mode(self) -> str:
        return self.mode_page.mode()

    def _consent_to_token_file(self) -> bool:
        """Without an OS credential store, ask before keeping the token in a file."""
        if self.mode() == OFFLINE or credentials.keyring_usable():
            return True
        agreed = confirm(
            self,
            self.tr("Penyimpanan kredensial"),
            self.tr(
                "Tidak ada penyimpanan kredensial sistem operasi yang dapat dipakai di "
                "perangkat ini (%1). Simpan token perangkat dalam berkas terenkripsi yang "
                "hanya terbuka dengan Kode Registrasi?"
            ).replace("%1", credentials.backend_name()),
            self.tr("Simpan dalam Berkas"),
        )
        if not agreed:
            return False
        credentials.agree_to_file_fallback(self.db)
        return True

    def start_registration(self) -> None:
        if not self._consent_to_token_file():
            self.progress_page.failed(
                self.tr("Token perangkat tidak disimpan: pendaftaran dibatalkan.")
            )
            return
        school, operator = self.school_page, self.operator_page
        db, mode = self.db, self.mode()
        server, npsn = school.server.text().strip(), school.npsn.text().strip()
        kode, prefill = school.kode.text(), Path(school.file.text().strip())
        account = (operator.username.text(), operator.nama.text(), operator.password.text())
        job = Job(self.progress_page)
        job.progressed.connect(self.progress_page.show_progress)
        job.succeeded.connect(self._registered)
        job.failed.connect(self._failed)
        progress = job.report

        def report(stage: str, done: int, total: int) -> None:
            progress((stage, done, total))

        def work() -> registration.Applied:
            if mode == ONLINE:
                applied = registration.register_online(
                    db, server, npsn, kode, socket.gethostname(), report
                )
            else:
                applied = registration.apply_prefill(
                    db, prefill, kode, None, lambda d, t: report("apply", d, t)
                )
            registration.create_school_accounts(
                db, account[0], account[1] or account[0], account[2]
            )
            return applied

        job.start(work)

    def _registered(self, applied: registration.Applied) -> None:
        self.applied = applied
        self.username = self.operator_page.username.text().strip()
        # Registered: going back would register the device again, and cancelling
        # would not undo it. Selesai is the one way on.
        self.setButtonLayout([QWizard.Stretch, QWizard.FinishButton])
        self.progress_page.finished_ok(applied)

    def _failed(self, exc: Exception) -> None:
        if not isinstance(exc, UserError):
            raise exc  # a defect, not a refusal: let the crash handler report it
        self.progress_page.failed(error_text(exc))


def _move_database(source: Path, target: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        part = source.with_name(source.name + suffix)
        if part.exists():
            os.replace(part, target.with_name(target.name + suffix))


def set_demo_aside(db: Database) -> tuple[Database, Path]:
    """Leaving the demo to register: move its database aside (kept, with a date in
    its name) and return a fresh database at the same path, with where the demo went."""
    path = db.path
    db.close()
    aside = path.with_name(f"{path.stem}-demo-{datetime.now():%Y%m%d-%H%M%S}{path.suffix}")
    _move_database(path, aside)
    return open_database(path), aside


def keep_registration(fresh: Database, aside: Path) -> Database:
    """After the wizard on ``fresh``: the registered school, or, when none was
    registered, the demo put back in its place."""
    if has_school(fresh):
        return fresh
    path = fresh.path
    fresh.close()
    for suffix in ("", "-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    _move_database(aside, path)
    return open_database(path)
