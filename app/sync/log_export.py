"""Riwayat Sinkronisasi to Excel: every run with everything the log kept of it,
for the operator's records or for the dinas when a sync needs explaining.

One sheet has a row per run; the lists a run may hold many of (counts per
table, exceptions, pull conflicts) get a sheet each, linked by the run's
number. Times are the laptop's local clock, as the operator saw them. Headers
and labels are Bahasa Indonesia, like the other exports and the command line.
"""

import io
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook

from dapodik.i18n import QT_TRANSLATE_NOOP

from ..accounts.users import all_users
from ..db.engine import Database
from ..files import write_atomic
from ..i18n import UserError
from .log import COUNT_KINDS, COUNT_LABELS, OUTCOME_LABELS, RunRecord, local_time, runs
from .run import STATUS_LABELS

COUNT_HEADERS = tuple(COUNT_LABELS[kind] for kind in COUNT_KINDS)


class ExportError(UserError):
    context = "Sync"


def _status(status: str | None) -> str:
    return STATUS_LABELS.get(status or "", status or "-")


def history_detail(step: dict) -> str | None:
    """What a step of the server's status history says beyond its status; the
    server repeats the status's label when it has nothing to add."""
    detail = step.get("detail")
    return None if detail in (None, step.get("label"), _status(step["status"])) else detail


def _totals(run: RunRecord) -> dict[str, int]:
    """Rows per kind summed over the run's tables."""
    return {kind: sum(c.get(kind, 0) for c in run.counts.values()) for kind in COUNT_KINDS}


def _server_history(run: RunRecord) -> str:
    return "; ".join(
        f"{local_time(step['at']):%Y-%m-%d %H:%M:%S} {_status(step['status'])}"
        + (f" ({detail})" if (detail := history_detail(step)) else "")
        for step in run.server_history
    )


def _run_rows(run: RunRecord, names: dict[str, str]) -> Iterable[list]:
    totals = _totals(run)
    yield [
        run.id,
        local_time(run.started_at),
        local_time(run.finished_at) if run.finished_at else None,
        names.get(run.user_id, run.user_id) if run.user_id else None,
        run.clock_offset_s,
        run.server_url,
        run.package_id,
        run.bytes_sent,
        run.bytes_resent,
        *(totals[kind] for kind in COUNT_KINDS),
        _status(run.server_status),
        _server_history(run),
        len(run.exceptions),
        run.rows_pulled,
        len(run.conflicts),
        "\n".join(run.notes),
        "\n".join(run.errors),
        OUTCOME_LABELS.get(run.outcome, run.outcome),
    ]


def _table_rows(run: RunRecord, _names) -> Iterable[list]:
    for table, counts in sorted(run.counts.items()):
        yield [run.id, table, *(counts.get(kind, 0) for kind in COUNT_KINDS)]


def _exception_rows(run: RunRecord, _names) -> Iterable[list]:
    for row in run.exceptions:
        yield [
            run.id,
            row["table"],
            row["row_id"],
            row["result"],
            row.get("code"),
            row.get("reason"),
        ]


def _conflict_rows(run: RunRecord, _names) -> Iterable[list]:
    for conflict in run.conflicts:
        yield [
            run.id,
            conflict["table"],
            conflict["row_id"],
            ", ".join(conflict["server_fields"]),
            ", ".join(conflict["local_fields"]),
        ]


@dataclass(frozen=True)
class _Sheet:
    title: str
    headers: tuple[str, ...]
    rows: Callable[[RunRecord, dict[str, str]], Iterable[list]]


SHEETS = (
    _Sheet(
        "Riwayat",
        (
            "No",
            "Mulai",
            "Selesai",
            "Pengguna",
            "Selisih jam server (detik)",
            "Server",
            "Paket",
            "Byte dikirim",
            "Byte dikirim ulang",
            *COUNT_HEADERS,
            "Status server",
            "Riwayat status server",
            "Pengecualian",
            "Baris ditarik",
            "Konflik saat menarik",
            "Catatan",
            "Galat",
            "Hasil",
        ),
        _run_rows,
    ),
    _Sheet("Per Tabel", ("No", "Tabel", *COUNT_HEADERS), _table_rows),
    _Sheet("Pengecualian", ("No", "Tabel", "Baris", "Hasil", "Kode", "Alasan"), _exception_rows),
    _Sheet(
        "Konflik",
        ("No", "Tabel", "Baris", "Kolom dari pusat", "Kolom lokal dipertahankan"),
        _conflict_rows,
    ),
)


def export_runs(records: list[RunRecord], path, user_names: dict[str, str]) -> None:
    """Write ``records`` to the .xlsx ``path``, whole or not at all; ``user_names``
    maps pengguna_id to the name shown."""
    book = Workbook(write_only=True)
    for spec in SHEETS:
        sheet = book.create_sheet(spec.title)
        sheet.append(list(spec.headers))
        for run in records:
            for row in spec.rows(run, user_names):
                sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    path = Path(path)
    try:
        write_atomic(path, buffer.getvalue())
    except OSError as exc:
        raise ExportError(
            QT_TRANSLATE_NOOP(
                "Sync", "Riwayat Sinkronisasi tidak dapat disimpan ke {path}: {error}"
            ),
            path=str(path),
            error=exc.strerror or str(exc),
        ) from exc


def export_log(db: Database, path) -> int:
    """Every run of this installation to ``path``; how many were written."""
    with db.Session() as session:
        records = runs(session, limit=None)
    export_runs(records, path, {u.pengguna_id: u.nama for u in all_users(db)})
    return len(records)
