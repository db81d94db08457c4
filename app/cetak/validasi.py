"""Hasil Validasi: the current Validasi Lokal results, tab by tab, invalid first."""

from itertools import groupby

from sqlalchemy.orm import Session

from dapodik.i18n import QT_TRANSLATE_NOOP

from ..validation import engine as validation
from ..validation.rule import INVALID, PERINGATAN, TAB_TITLES, TABS
from .dates import indonesian_date
from .document import Heading, Printout, Section, Table, Text
from .request import Request
from .school import NothingToPrint, school_printout, signed_by_principal

SEVERITY = {INVALID: "Invalid", PERINGATAN: "Peringatan"}


def _counts_table(counts: dict[str, dict[str, int]]) -> Table:
    rows = [
        (_title(tab), str(counts[tab][INVALID]), str(counts[tab][PERINGATAN])) for tab in counts
    ]
    total = (
        "Jumlah",
        str(sum(c[INVALID] for c in counts.values())),
        str(sum(c[PERINGATAN] for c in counts.values())),
    )
    return Table(
        ("Tab", "Invalid", "Peringatan"), [*rows, total], (50, 25, 25), numeric=frozenset({1, 2})
    )


def hasil_validasi(session: Session, request: Request) -> Printout:
    engine = session.get_bind()
    last = validation.last_run(engine)
    if last is None:
        raise NothingToPrint(
            QT_TRANSLATE_NOOP(
                "Cetak",
                "Validasi Lokal belum pernah dijalankan: jalankan dulu di tab Validasi "
                "(atau python -m app validate), lalu cetak hasilnya.",
            )
        )
    counts = validation.summary(engine)
    results = validation.stored_results(engine)
    blocks = [
        Text(
            f"Validasi terakhir: {indonesian_date(last.started_at.date())} "
            f"pukul {last.started_at:%H.%M}. Data invalid harus diperbaiki sebelum "
            "Sinkronisasi; peringatan tidak menghalangi pengiriman."
        ),
        _counts_table(counts),
    ]
    by_tab = {tab: list(found) for tab, found in groupby(sorted(results, key=_tab_order), _tab)}
    for tab, found in by_tab.items():
        blocks += [
            Heading(
                f"{_title(tab)}: {counts[tab][INVALID]} invalid, "
                f"{counts[tab][PERINGATAN]} peringatan"
            ),
            Table(
                ("No", "Jenis", "Kode", "Keterangan"),
                [(str(n), SEVERITY[r.severity], r.code, r.message) for n, r in enumerate(found, 1)],
                (6, 13, 17, 64),
                numeric=frozenset({0}),
            ),
        ]
    if not results:
        blocks.append(Text("Tidak ada data invalid maupun peringatan."))
    blocks.append(signed_by_principal(session, request.today))
    return school_printout(
        session, "Hasil Validasi Lokal", [Section(blocks)], file_name="hasil-validasi"
    )


def _title(tab: str) -> str:
    return TAB_TITLES.get(tab, tab)


def _tab(result: validation.Result) -> str:
    return result.tab


def _tab_order(result: validation.Result) -> int:
    # A stable sort keeps the engine's order (invalid first) within each tab.
    return TABS.index(result.tab) if result.tab in TABS else len(TABS)
