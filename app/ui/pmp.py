"""The PMP tab: the respondents with their progress, one respondent's
questionnaire at a time (each answer saved when given), Kirim Offline, importing
a file from another laptop, and the status the central server reports.

Questions that ask the operator something (a folder, the Kode Registrasi, a
confirmation) are methods (``ask_folder``, ``ask_kode``, ``ask_import_file``,
``confirm_import``, ``confirm_remove``) so tests can answer them.
"""

import html
import logging
import tempfile
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dapodik.pmp import instruments

from ..accounts.demo import DEMO_KODE_REGISTRASI, is_demo
from ..db.engine import Database
from ..i18n import UserError
from ..pmp import package, respondents
from ..pmp.responses import answers_of, resume_index, save_answer
from ..pmp.status import (
    BELUM_KIRIM,
    STATUS_LABELS,
    ServerStatus,
    StatusUnavailable,
    configured_status,
    send_configured,
)
from .dialogs import KodeDialog, confirm
from .jobs import Job, JobProgress, start_job
from .translations import error_text

log = logging.getLogger(__name__)
ID_ROLE = Qt.UserRole + 1
LAST_RESPONDENT = "pmp/respondent"
OPTION_COLUMNS = 2


def _translate(text: str) -> str:
    return QCoreApplication.translate("Pmp", text)


def _export(db: Database, folder: Path, kode: str) -> Path:
    """Kirim Offline's file, written on a worker in its own unit of work."""
    with db.Session() as session:
        path = package.export(session, folder, kode)
        session.commit()
    return path


def _send(db: Database, kode: str) -> str:
    """Kirim Online: the same file, written aside and uploaded; the server's status."""
    with tempfile.TemporaryDirectory() as folder:
        return send_configured(db, _export(db, Path(folder), kode), kode)


def signing_kode_dialog(npsn: str, demo: bool, parent=None) -> KodeDialog:
    """The Kode Registrasi that signs a PMP file; the demo's is filled in."""
    note = QCoreApplication.translate(
        "Pmp",
        "Berkas PMP ditandatangani dengan Kode Registrasi sekolah (NPSN %1) agar server "
        "dapat memastikan keasliannya.",
    ).replace("%1", npsn)
    if demo:
        note += " " + QCoreApplication.translate(
            "Pmp", "Sekolah demo memakai kode demo yang sudah terisi."
        )
    kode = DEMO_KODE_REGISTRASI if demo else ""
    return KodeDialog(note, QCoreApplication.translate("Pmp", "Tanda Tangani"), kode, parent)


class TypeTile(QFrame):
    """Progress of one respondent type: complete respondents, and answers as a bar."""

    def __init__(self, title: str, parent=None):
        super().__init__(parent, frameShape=QFrame.StyledPanel)
        # Five tiles side by side: their texts wrap rather than widen the window.
        self.title = QLabel(f"<b>{title}</b>", wordWrap=True)
        self.summary = QLabel(wordWrap=True)
        self.bar = QProgressBar()
        self.bar.setTextVisible(True)
        box = QVBoxLayout(self)
        box.setContentsMargins(8, 4, 8, 4)
        for widget in (self.title, self.summary, self.bar):
            box.addWidget(widget)

    def show_progress(self, progress: respondents.TypeProgress) -> None:
        text = self.tr("%1 dari %2 responden lengkap")
        text = text.replace("%1", str(progress.complete)).replace(
            "%2", str(progress.respondents + progress.missing)
        )
        if progress.missing:
            text += "\n" + self.tr("%1 belum ada").replace("%1", str(progress.missing))
        self.summary.setText(text)
        self.bar.setRange(0, max(progress.total, 1))
        self.bar.setValue(progress.answered)


class QuestionnairePanel(QWidget):
    """One respondent's questions, grouped by standard; a click saves the answer."""

    def __init__(self, page: "PmpPage"):
        super().__init__(page)
        self.page = page
        self.header = QLabel(self.tr("Pilih responden di daftar sebelah kiri."))
        self.header.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setFormat(self.tr("%v dari %m pertanyaan dijawab"))
        self.bar.hide()  # until a respondent is chosen
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        # Questions wrap to the width; sideways scrolling would hide the options.
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.scroll.setWidget(QWidget())
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.header)
        box.addWidget(self.bar)
        box.addWidget(self.scroll, 1)
        self.respondent: respondents.RespondentProgress | None = None
        self.groups: dict[str, QButtonGroup] = {}
        self.question_widgets: dict[str, QWidget] = {}

    def show_respondent(
        self, respondent: respondents.RespondentProgress, answers: dict[str, str]
    ) -> None:
        iset = self.page.iset
        instrument = iset.instruments[respondent.jenis]
        self.respondent = respondent
        jenis = _translate(instruments.RESPONDENT_TYPES[respondent.jenis])
        detail = f" — {respondent.keterangan}" if respondent.keterangan else ""
        self.header.setText(f"<h3>{respondent.nama}</h3>{jenis}{detail}")
        self.groups, self.question_widgets = {}, {}
        content = QWidget()
        column = QVBoxLayout(content)
        for kode, nama in iset.standards.items():
            questions = [q for q in instrument.questions if q.standar == kode]
            if questions:
                column.addWidget(self._standard_box(nama, questions, instrument, answers))
        column.addStretch()
        self.scroll.setWidget(content)
        # Never narrower than the questions and options need: the splitter takes the
        # room from the respondent list instead, and nothing here is cut off.
        content.ensurePolished()  # measured with the style's fonts and margins
        bar = self.scroll.verticalScrollBar().sizeHint().width()
        frame = 2 * self.scroll.frameWidth()
        self.scroll.setMinimumWidth(content.minimumSizeHint().width() + bar + frame)
        self.show_answered(respondent)
        self._resume(instrument, answers)

    def _standard_box(self, nama, questions, instrument, answers) -> QGroupBox:
        box = QGroupBox(nama)
        column = QVBoxLayout(box)
        for question in questions:
            number = instrument.questions.index(question) + 1
            widget = QWidget()
            rows = QVBoxLayout(widget)
            rows.setContentsMargins(0, 2, 0, 6)
            text = QLabel(f"{number}. {question.teks}")
            text.setWordWrap(True)
            rows.addWidget(text)
            # Two options a row: the longest four side by side are wider than the
            # questionnaire in a 1200-pixel window, and would be cut off.
            options = QGridLayout()
            options.setColumnStretch(OPTION_COLUMNS, 1)
            group = QButtonGroup(widget)
            for i, option in enumerate(question.options):
                button = QRadioButton(option.teks)
                button.setProperty("kode", option.kode)
                button.setChecked(answers.get(question.kode) == option.kode)
                group.addButton(button)
                options.addWidget(button, i // OPTION_COLUMNS, i % OPTION_COLUMNS)
            rows.addLayout(options)
            group.buttonClicked.connect(
                lambda button, kode=question.kode: self.page.answer(kode, button.property("kode"))
            )
            self.groups[question.kode] = group
            self.question_widgets[question.kode] = widget
            column.addWidget(widget)
        return box

    def _resume(self, instrument, answers: dict[str, str]) -> None:
        """Scroll to the first unanswered question, as a resumed interview would."""
        kode = instrument.questions[resume_index(instrument, answers)].kode
        self.groups[kode].buttons()[0].setFocus()
        # After the event loop has laid the new questions out, or their places are unknown.
        QTimer.singleShot(0, self, lambda: self._scroll_to(kode))

    def _scroll_to(self, kode: str) -> None:
        widget = self.question_widgets.get(kode)
        if widget is not None:
            self.scroll.ensureWidgetVisible(widget, 0, 40)

    def clear(self) -> None:
        """No respondent: after the shown one was removed."""
        self.respondent, self.groups, self.question_widgets = None, {}, {}
        self.header.setText(self.tr("Pilih responden di daftar sebelah kiri."))
        self.bar.hide()
        self.scroll.setWidget(QWidget())

    def show_answered(self, respondent: respondents.RespondentProgress) -> None:
        self.respondent = respondent
        self.bar.setRange(0, respondent.total)
        self.bar.setValue(respondent.answered)
        self.bar.show()


class PmpPage(QWidget):
    def __init__(
        self,
        db: Database,
        status_source: Callable[[], ServerStatus] | None = None,
        parent=None,
    ):
        super().__init__(parent)
        self.db = db
        self.iset = instruments.load()
        self.status_source = status_source or self._configured_status
        self.completeness: respondents.Completeness | None = None
        self._busy = False
        # The Kode Registrasi typed in this session, in memory only: it opens the
        # encrypted device-token file on laptops without an OS credential store.
        self._kode: str | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<h2>PMP — Penjaminan Mutu Pendidikan</h2>")))
        layout.addLayout(self._status_row())
        layout.addLayout(self._tiles())
        splitter = QSplitter()
        splitter.addWidget(self._respondent_panel())
        self.questionnaire = QuestionnairePanel(self)
        splitter.addWidget(self.questionnaire)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([420, 700])
        layout.addWidget(splitter, 1)
        self.report = QPlainTextEdit(readOnly=True)
        self.report.setMaximumHeight(110)
        self.report.hide()
        layout.addWidget(self.report)
        self.progress = JobProgress(self.tr("%v dari %m responden"))
        layout.addWidget(self.progress)
        layout.addLayout(self._actions())
        self.refresh()
        self._select(QSettings().value(LAST_RESPONDENT, ""))
        self.check_status()

    # Layout

    def _status_row(self) -> QHBoxLayout:
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.status_button = QPushButton(self.tr("Periksa Status"))
        self.status_button.clicked.connect(self.check_status)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.status_button)
        return row

    def _tiles(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.tiles = {}
        for jenis, label in instruments.RESPONDENT_TYPES.items():
            self.tiles[jenis] = TypeTile(_translate(label))
            row.addWidget(self.tiles[jenis])
        return row

    def _respondent_panel(self) -> QWidget:
        panel = QWidget()
        box = QVBoxLayout(panel)
        box.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Nama"), self.tr("Jenis"), self.tr("Keterangan"), self.tr("Jawaban")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        box.addWidget(self.table, 1)
        add = QHBoxLayout()
        self.new_type = QComboBox()
        for jenis in instruments.NAMED_TYPES:
            self.new_type.addItem(_translate(instruments.RESPONDENT_TYPES[jenis]), jenis)
        self.new_name = QLineEdit()
        self.new_name.setPlaceholderText(self.tr("Nama responden"))
        self.new_name.returnPressed.connect(self.add_named)
        self.add_button = QPushButton(self.tr("Tambah"))
        self.add_button.clicked.connect(self.add_named)
        add.addWidget(self.new_type)
        add.addWidget(self.new_name, 1)
        add.addWidget(self.add_button)
        box.addLayout(add)
        self.remove_button = QPushButton(self.tr("Hapus Responden"))
        self.remove_button.setEnabled(False)
        self.remove_button.clicked.connect(self.remove_selected)
        box.addWidget(self.remove_button, 0, Qt.AlignLeft)
        return panel

    def _actions(self) -> QHBoxLayout:
        self.import_button = QPushButton(self.tr("Impor Berkas PMP…"))
        self.import_button.clicked.connect(self.import_file)
        self.send_button = QPushButton(self.tr("Kirim Offline"))
        self.send_button.setDefault(True)
        self.send_button.clicked.connect(self.send_offline)
        self.online_button = QPushButton(self.tr("Kirim Online"))
        self.online_button.clicked.connect(self.send_online)
        row = QHBoxLayout()
        row.addWidget(self.import_button)
        row.addStretch()
        row.addWidget(self.online_button)
        row.addWidget(self.send_button)
        return row

    # Respondents and progress

    def refresh(self) -> None:
        """Reload respondents and progress (new required respondents get their rows)."""
        with self.db.Session() as session:
            try:
                self.completeness = respondents.completeness(session, self.iset)
            except UserError as exc:
                self.completeness = None
                self._show_report([error_text(exc)])
                return
            session.commit()
        selected = self.selected_id()
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.completeness.respondents))
        for row, r in enumerate(self.completeness.respondents):
            self._fill_row(row, r)
        self.table.blockSignals(False)
        self.table.resizeColumnsToContents()
        self._show_tiles()
        shown = self.questionnaire.respondent
        ids = {r.respondent_id for r in self.completeness.respondents}
        if shown and shown.respondent_id not in ids:
            self.table.clearSelection()
            self.remove_button.setEnabled(False)
            self.questionnaire.clear()
        elif selected:
            self._select(selected)

    def _fill_row(self, row: int, r: respondents.RespondentProgress) -> None:
        values = (
            r.nama,
            _translate(instruments.RESPONDENT_TYPES[r.jenis]),
            r.keterangan,
            f"{r.answered}/{r.total}",
        )
        for column, value in enumerate(values):
            item = QTableWidgetItem(value)
            item.setData(ID_ROLE, r.respondent_id)
            if column == 3:
                item.setTextAlignment(Qt.AlignCenter)
                item.setToolTip(self.tr("Lengkap") if r.complete else self.tr("Belum lengkap"))
            self.table.setItem(row, column, item)

    def _show_tiles(self) -> None:
        for jenis, progress in self.completeness.by_type().items():
            self.tiles[jenis].show_progress(progress)

    def selected_id(self) -> str | None:
        items = self.table.selectedItems()
        return items[0].data(ID_ROLE) if items else None

    def _select(self, respondent_id: str) -> None:
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).data(ID_ROLE) == respondent_id:
                self.table.selectRow(row)
                return

    def _progress_of(self, respondent_id: str) -> tuple[int, respondents.RespondentProgress]:
        for i, r in enumerate(self.completeness.respondents):
            if r.respondent_id == respondent_id:
                return i, r
        raise KeyError(respondent_id)

    def _selection_changed(self) -> None:
        respondent_id = self.selected_id()
        if respondent_id is None:
            return
        _, respondent = self._progress_of(respondent_id)
        self.remove_button.setEnabled(respondent.jenis in instruments.NAMED_TYPES)
        with self.db.Session() as session:
            answers = answers_of(session, respondent_id)
        self.questionnaire.show_respondent(respondent, answers)
        QSettings().setValue(LAST_RESPONDENT, respondent_id)

    def answer(self, kode: str, jawaban: str) -> None:
        """Save one answer now: an operator's work is never held in memory only."""
        respondent = self.questionnaire.respondent
        with self.db.Session() as session:
            before = answers_of(session, respondent.respondent_id)
            save_answer(session, self.iset, respondent.respondent_id, kode, jawaban)
            session.commit()
        if kode in before:
            return
        row, progress = self._progress_of(respondent.respondent_id)
        progress = replace(progress, answered=progress.answered + 1)
        self.completeness.respondents[row] = progress
        self._fill_row(row, progress)
        self.questionnaire.show_answered(progress)
        self._show_tiles()

    def add_named(self) -> None:
        jenis = self.new_type.currentData()
        with self.db.Session() as session:
            try:
                respondent_id = respondents.add_named(session, jenis, self.new_name.text())
            except UserError as exc:
                self._show_report([error_text(exc)])
                return
            session.commit()
        self.new_name.clear()
        self.refresh()
        self._select(respondent_id)

    def confirm_remove(self, nama: str) -> bool:
        return confirm(
            self,
            self.tr("Hapus Responden"),
            self.tr("Hapus %1 beserta semua jawabannya?").replace("%1", nama),
            self.tr("Hapus"),
        )

    def remove_selected(self) -> None:
        respondent_id = self.selected_id()
        _, respondent = self._progress_of(respondent_id)
        if not self.confirm_remove(respondent.nama):
            return
        with self.db.Session() as session:
            respondents.remove_named(session, respondent_id)
            session.commit()
        self.refresh()

    # Kirim Offline

    def ask_folder(self) -> str:
        return QFileDialog.getExistingDirectory(self, self.tr("Pilih folder untuk berkas PMP"))

    def ask_kode(self, npsn: str) -> str | None:
        kode = signing_kode_dialog(npsn, is_demo(self.db), self).ask()
        self._kode = kode
        return kode

    def _complete_or_report(self) -> bool:
        """Sending refuses while any required respondent is incomplete, and says who."""
        self.refresh()
        if self.completeness is None:
            return False
        if not self.completeness.complete:
            lines = self.completeness.refusals(QCoreApplication.translate)
            heading = self.tr("Kirim Offline ditolak. Lengkapi dahulu responden berikut:")
            self._show_report([heading, *(f"• {line}" for line in lines)])
            return False
        return True

    def send_online(self) -> None:
        """The same file as Kirim Offline, written aside and uploaded through the API."""
        if not self._complete_or_report():
            return
        kode = self.ask_kode(self.completeness.school.npsn)
        if kode is None:
            return
        self._set_busy(True)
        self._show_report([self.tr("Mengirim berkas PMP ke server…")])
        db = self.db
        start_job(self, lambda: _send(db, kode), self._sent, self._export_failed)

    def _sent(self, recorded: str) -> None:
        self._set_busy(False)
        label = QCoreApplication.translate("Pmp", STATUS_LABELS.get(recorded, recorded))
        self._show_report(
            [self.tr("Berkas PMP terkirim. Status di server: %1").replace("%1", label)]
        )
        self.check_status()

    def send_offline(self) -> None:
        if not self._complete_or_report():
            return
        folder = self.ask_folder()
        if not folder:
            return
        kode = self.ask_kode(self.completeness.school.npsn)
        if kode is None:
            return
        self._set_busy(True)
        self._show_report([self.tr("Menulis berkas PMP…")])
        db = self.db
        start_job(
            self, lambda: _export(db, Path(folder), kode), self._export_done, self._export_failed
        )

    def _export_done(self, path: Path) -> None:
        self._set_busy(False)
        self._show_report(
            [
                self.tr("Berkas PMP ditulis: %1").replace("%1", str(path)),
                self.tr("Unggah berkas ini melalui halaman PMP server pusat."),
            ]
        )
        self.check_status()

    def _export_failed(self, exc: Exception) -> None:
        self._set_busy(False)
        if isinstance(exc, package.Incomplete):
            self.refresh()
            lines = exc.completeness.refusals(QCoreApplication.translate)
            heading = self.tr("Kirim Offline ditolak. Lengkapi dahulu responden berikut:")
            self._show_report([heading, *(f"• {line}" for line in lines)])
        elif isinstance(exc, UserError):
            self._show_report([error_text(exc)])
        elif isinstance(exc, StatusUnavailable):
            self._show_report(
                [
                    self.tr("Server tidak terhubung, berkas belum terkirim: %1").replace(
                        "%1", str(exc)
                    )
                ]
            )
        else:
            self._show_report(
                [self.tr("Berkas PMP tidak dapat ditulis: %1").replace("%1", error_text(exc))]
            )

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.send_button.setEnabled(not busy)
        self.import_button.setEnabled(not busy)

    def is_busy(self) -> bool:
        return self._busy

    def _show_report(self, lines: list[str]) -> None:
        self.report.setPlainText("\n".join(lines))
        self.report.setVisible(bool(lines))

    # Importing a file from another laptop

    def ask_import_file(self) -> str:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Pilih berkas PMP"), "", self.tr("Berkas PMP (*.pmp)")
        )
        return path

    def confirm_import(self, preview: package.ImportPreview) -> bool:
        manifest = preview.manifest
        text = (
            self.tr(
                "Berkas NPSN %1, instrumen %2, dibuat %3.\n"
                "Responden baru: %4. Jawaban baru: %5. Jawaban yang diganti: %6. Sama: %7."
            )
            .replace("%1", manifest["npsn"])
            .replace("%2", manifest["versi_instrumen"])
            .replace("%3", manifest["dibuat"])
            .replace("%4", str(preview.new_respondents))
            .replace("%5", str(preview.new_answers))
            .replace("%6", str(preview.changed_answers))
            .replace("%7", str(preview.unchanged_answers))
        )
        return confirm(self, self.tr("Impor Berkas PMP"), text, self.tr("Impor"))

    def import_file(self) -> None:
        """Verify the file and count what it changes on a worker, ask, then write
        it on a worker: a large school's file holds thousands of answers."""
        path = self.ask_import_file()
        if not path or self.completeness is None:
            return
        kode = self.ask_kode(self.completeness.school.npsn)
        if kode is None:
            return
        db = self.db

        def read():
            with db.Session() as session:
                return (yield from package.preview_import_steps(session, Path(path), kode))

        self._show_report([self.tr("Memeriksa berkas PMP…")])
        self._import_job(read, self._previewed)

    def _import_job(self, work, on_done) -> None:
        self._set_busy(True)
        job = self.progress.follow(Job(self))
        job.succeeded.connect(on_done)
        job.failed.connect(self._import_failed)
        job.cancelled.connect(
            lambda: self._import_ended([self.tr("Impor dibatalkan; tidak ada yang ditulis.")])
        )
        job.start(work)

    def _previewed(self, preview: package.ImportPreview) -> None:
        self._set_busy(False)
        if not self.confirm_import(preview):
            self._show_report([])
            return
        db = self.db

        def write():
            with db.Session() as session:
                written = yield from package.apply_import_steps(session, preview)
                session.commit()
            return written

        self._show_report([self.tr("Mengimpor jawaban…")])
        self._import_job(write, self._imported)

    def _imported(self, written: int) -> None:
        self.refresh()
        self._selection_changed()
        self._import_ended(
            [self.tr("Impor selesai: %1 jawaban baru atau diganti.").replace("%1", str(written))]
        )

    def _import_failed(self, exc: Exception) -> None:
        refused = isinstance(exc, package.ImportRefused)
        self._import_ended([self.tr("Berkas PMP ditolak:")] * refused + [error_text(exc)])

    def _import_ended(self, lines: list[str]) -> None:
        self._set_busy(False)
        self._show_report(lines)

    # Status at the central server

    def _configured_status(self) -> ServerStatus:
        return configured_status(self.db, self._kode)

    def check_status(self) -> None:
        self.status_button.setEnabled(False)
        start_job(self, self.status_source, self._show_status, self._status_failed)

    def _status_failed(self, exc: Exception) -> None:
        # Whatever went wrong, the tab stays usable and says it is offline.
        if not isinstance(exc, StatusUnavailable):
            log.warning("status PMP tidak dapat dibaca: %r", exc)
        self._show_status(None)

    def _show_status(self, server: ServerStatus | None) -> None:
        self.status_button.setEnabled(True)
        with self.db.Session() as session:
            last = package.last_export(session)
        lines = []
        if server is None and last is None:
            # Nothing was ever written here, so nothing can have reached the server.
            label = _translate(STATUS_LABELS[BELUM_KIRIM])
            lines.append(self.tr("Status: <b>%1</b> (server tidak terhubung)").replace("%1", label))
        elif server is None:
            lines.append(self.tr("Status di server: tidak terhubung."))
        else:
            label = _translate(STATUS_LABELS[server.status])
            text = self.tr("Status di server: <b>%1</b>").replace("%1", label)
            if server.detail:
                text += f" — {html.escape(server.detail)}"
            lines.append(text)
        if last is None:
            lines.append(self.tr("Berkas PMP belum pernah dibuat di laptop ini."))
        else:
            lines.append(
                self.tr("Berkas terakhir dibuat %1: %2")
                .replace("%1", last.at.strftime("%d-%m-%Y %H:%M"))
                .replace("%2", html.escape(last.path))
            )
        self.status.setText("<br>".join(lines))
