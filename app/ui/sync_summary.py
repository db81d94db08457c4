"""What Beranda, the Sinkronisasi tab and the wizard show of syncing: the changes
waiting to be sent, the last run in one line, and one run in full."""

from datetime import datetime
from html import escape

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dapodik.i18n import QT_TRANSLATE_NOOP

from ..db.listing import DATA_LISTINGS
from ..entry.forms import FORMS
from ..sync.log import COUNT_KINDS, COUNT_LABELS, OUTCOME_LABELS, RunRecord, local_time
from ..sync.log_export import history_detail
from ..sync.run import STATUS_LABELS

COUNT_COLUMN_WIDTH = 72
MIN_VISIBLE_ROWS = 3


def _tr(text: str) -> str:
    """A text marked with QT_TRANSLATE_NOOP("SyncSummary", …) here, translated."""
    return QCoreApplication.translate("SyncSummary", text)


def sync_text(text: str) -> str:
    """A message of app.sync (marked there with QT_TRANSLATE_NOOP("Sync", …)), translated."""
    return QCoreApplication.translate("Sync", text)


def status_text(status: str | None) -> str:
    label = STATUS_LABELS.get(status or "")
    return sync_text(label) if label else (status or "-")


def outcome_text(outcome: str) -> str:
    label = OUTCOME_LABELS.get(outcome)
    return sync_text(label) if label else outcome


def when(at: datetime | str, seconds: bool = False) -> str:
    """A log or server time on the operator's own clock (the log keeps UTC)."""
    return f"{local_time(at):%Y-%m-%d %H:%M:%S}" if seconds else f"{local_time(at):%Y-%m-%d %H:%M}"


# Tables no data tab lists on its own: their rows are edited inside another form.
CHILD_TABLE_TITLES = {
    "sekolah_longitudinal": QT_TRANSLATE_NOOP("SyncSummary", "Sekolah (per semester)"),
    "bangunan_longitudinal": QT_TRANSLATE_NOOP("SyncSummary", "Bangunan (per semester)"),
    "ruang_longitudinal": QT_TRANSLATE_NOOP("SyncSummary", "Ruang (per semester)"),
    "alat_longitudinal": QT_TRANSLATE_NOOP("SyncSummary", "Alat (per semester)"),
    "peserta_didik_longitudinal": QT_TRANSLATE_NOOP("SyncSummary", "Peserta Didik (per semester)"),
    "ptk_terdaftar": QT_TRANSLATE_NOOP("SyncSummary", "PTK Terdaftar"),
    "registrasi_peserta_didik": QT_TRANSLATE_NOOP("SyncSummary", "Registrasi Peserta Didik"),
}


def table_label(table: str) -> str:
    """The title the data tabs give the table (Peserta Didik, Nilai); the raw name,
    which is Dapodik's own and what the dinas would quote, is the tooltip."""
    if table in FORMS:
        return QCoreApplication.translate("Entry", FORMS[table].title)
    if table in DATA_LISTINGS:
        return QCoreApplication.translate("Listing", DATA_LISTINGS[table].title)
    if table in CHILD_TABLE_TITLES:
        return QCoreApplication.translate("SyncSummary", CHILD_TABLE_TITLES[table])
    return table


def result_text(result: str) -> str:
    """The server's verdict on a row (rejected, conflict) in the operator's words."""
    label = COUNT_LABELS.get(result)
    return sync_text(label) if label else result


def exception_text(problem: dict) -> str:
    """A row the server did not apply, as the Riwayat lists it: the table as the
    data tabs call it, the row, the verdict, the server's reason (Bahasa
    Indonesia) and its code (what the dinas would quote)."""
    where = " ".join(filter(None, (table_label(problem["table"]), problem["row_id"])))
    text = f"{where}: {result_text(problem['result'])}"
    if problem.get("reason"):
        text += f" — {problem['reason']}"
    if problem.get("code"):
        text += f" ({problem['code']})"
    return text


def last_run_text(run: RunRecord | None) -> str:
    if run is None:
        return QCoreApplication.translate("SyncSummary", "Belum pernah sinkronisasi.")
    return QCoreApplication.translate(
        "SyncSummary", "Sinkronisasi terakhir: {when}, {outcome}; status server: {status}."
    ).format(
        when=when(run.started_at),
        outcome=outcome_text(run.outcome),
        status=status_text(run.server_status),
    )


def make_read_only(table: QTableWidget, headers: list[str]) -> QTableWidget:
    """A listing the operator reads and selects rows of, columns sized to their text."""
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectRows)
    table.setSelectionMode(QAbstractItemView.SingleSelection)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class CountsTable(QTableWidget):
    """Rows per table and kind, as a sync counts them: here, what one run sent."""

    KINDS: tuple[str, ...] = COUNT_KINDS
    EMPTY = QT_TRANSLATE_NOOP("SyncSummary", "Tidak ada baris dikirim")

    def __init__(self, parent=None):
        super().__init__(parent)
        tabel = QCoreApplication.translate("SyncSummary", "Tabel")
        make_read_only(self, [tabel, *(sync_text(COUNT_LABELS[k]) for k in self.KINDS)])
        # Numbers stay next to their table's name rather than across a wide window.
        self.horizontalHeader().setStretchLastSection(False)
        self.horizontalHeader().setMinimumSectionSize(COUNT_COLUMN_WIDTH)
        # No bigger than its columns and rows: a short list leaves no empty box, a
        # long one scrolls.
        self.setSizePolicy(QSizePolicy.Maximum, QSizePolicy.Maximum)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        frame = 2 * self.frameWidth()
        header = self.horizontalHeader()
        # Room for the scroll bar a long list needs, so it never hides a column.
        width = header.length() + self.verticalScrollBar().sizeHint().width() + frame
        height = header.sizeHint().height() + self.verticalHeader().length() + frame
        return QSize(width, height)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        # Squeezed by a small screen, it still shows a few rows rather than a sliver.
        rows = self.horizontalHeader().sizeHint().height() + 2 * self.frameWidth()
        rows += MIN_VISIBLE_ROWS * self.verticalHeader().defaultSectionSize()
        height = min(self.sizeHint().height(), rows)
        return QSize(super().minimumSizeHint().width(), height)

    def show_counts(self, counts: dict[str, dict[str, int]]) -> None:
        self.clearSpans()
        self.clearContents()  # the empty state's row must not keep a table's numbers
        if counts:
            self._fill(counts)
        else:
            self.setRowCount(1)
            self.setItem(0, 0, QTableWidgetItem(_tr(self.EMPTY)))
            self.setSpan(0, 0, 1, self.columnCount())
        self.resizeColumnsToContents()
        self.updateGeometry()  # the rows and columns set the size

    def _fill(self, counts: dict[str, dict[str, int]]) -> None:
        self.setRowCount(len(counts))
        for r, (table, per_kind) in enumerate(sorted(counts.items())):
            label = QTableWidgetItem(table_label(table))
            label.setToolTip(table)
            self.setItem(r, 0, label)
            for c, kind in enumerate(self.KINDS, start=1):
                number = QTableWidgetItem(str(per_kind.get(kind, 0)))
                number.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                self.setItem(r, c, number)


class PendingChangesTable(CountsTable):
    """Per table, rows added, changed and deleted since the last accepted package
    (``app.sync.state.pending_changes``)."""

    KINDS = ("created", "updated", "deleted")
    EMPTY = QT_TRANSLATE_NOOP("SyncSummary", "Tidak ada perubahan")


class RunSummary(QWidget):
    """One run in full: the package and its bytes, the server's status with its
    history, rows per table, what came back, and the run's notes."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.details = QLabel()
        self.details.setTextFormat(Qt.RichText)
        self.details.setWordWrap(True)
        self.details.setAlignment(Qt.AlignTop | Qt.AlignLeft)
        self.details.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.counts = CountsTable()
        # All its rows: the page scrolls as a whole, never a table inside it.
        self.counts.setSizePolicy(QSizePolicy.Maximum, QSizePolicy.Fixed)
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.details)
        column.addWidget(self.counts)
        column.addStretch()
        # Long notes or many tables scroll rather than push the wizard's buttons off a
        # 768-pixel screen.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def show_run(self, run: RunRecord) -> None:
        rows = "".join(
            f"<tr><td style='padding-right:12px'><b>{escape(label)}</b></td><td>{value}</td></tr>"
            for label, value in self._rows(run)
        )
        self.details.setText(f"<table>{rows}</table>")
        self.counts.show_counts(run.counts)

    def _rows(self, run: RunRecord) -> list[tuple[str, str]]:
        """(label, value as HTML) for every fact the run has."""
        if run.bytes_resent:
            sent = self.tr("{sent} byte, {resent} byte di antaranya dikirim ulang").format(
                sent=run.bytes_sent, resent=run.bytes_resent
            )
        else:
            sent = self.tr("{sent} byte").format(sent=run.bytes_sent)
        history = "<br>".join(
            escape(f"{when(step['at'], seconds=True)}  {status_text(step['status'])}")
            + (f" — {escape(detail)}" if (detail := history_detail(step)) else "")
            for step in run.server_history
        )
        rows = [
            (self.tr("Paket"), escape(run.package_id or "-")),
            (self.tr("Dikirim"), escape(sent)),
            (self.tr("Status server"), escape(status_text(run.server_status))),
            (self.tr("Riwayat status"), history or "-"),
            (self.tr("Pengecualian server"), str(len(run.exceptions))),
            (self.tr("Baris ditarik"), str(run.rows_pulled)),
            (self.tr("Konflik saat menarik"), str(len(run.conflicts))),
        ]
        lines = run.notes + run.errors
        if lines:
            rows.append((self.tr("Catatan"), "<br>".join(escape(line) for line in lines)))
        return rows
