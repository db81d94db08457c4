"""``python -m app validate``: Validasi Lokal from the command line.

Exit codes as the rest of the command line: 0 nothing invalid, 1 something
invalid (peringatan alone do not count), 2 a usage or file error.
"""

import argparse
import json
import sys

from .rule import INVALID, PERINGATAN, TABS

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "validate", help="Validasi Lokal: periksa data sekolah sebelum dikirim"
    )
    # SUPPRESS: without --db here, the --db given before the command still counts.
    parser.add_argument(
        "--db", default=argparse.SUPPRESS, help="berkas basis data (bawaan: folder data)"
    )
    parser.add_argument("--tab", choices=TABS, help="hanya satu tab data")
    parser.add_argument("--json", action="store_true", help="keluaran JSON")
    parser.add_argument(
        "--rules", action="store_true", help="cetak semua aturan (JSON) lalu selesai"
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if args.rules:
        print(json.dumps(_rules(), ensure_ascii=False, indent=2))
        return EXIT_OK
    from ..db.engine import open_existing_database
    from . import engine as validation

    db = open_existing_database(getattr(args, "db", None))
    try:
        outcome = validation.run(db.engine, [args.tab] if args.tab else None)
    finally:
        db.close()
    tabs = {tab: {INVALID: 0, PERINGATAN: 0} for tab in ([args.tab] if args.tab else TABS)}
    for result in outcome.results:
        tabs[result.tab][result.severity] += 1
    if args.json:
        report = {
            "tabs": tabs,
            "results": [r.as_json() for r in outcome.results],
            "elapsed_s": round(outcome.elapsed_s, 4),
        }
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        _print_text(tabs, outcome)
    invalid = any(r.severity == INVALID for r in outcome.results)
    return EXIT_INVALID if invalid else EXIT_OK


def _rules() -> list[dict]:
    from .rules import ALL_RULES

    return [
        {"code": r.code, "tab": r.tab, "severity": r.severity, "message": r.message}
        for r in ALL_RULES
    ]


def _print_text(tabs: dict, outcome) -> None:
    out = sys.stdout
    out.write(f"{'tab':<20}{'invalid':>9}{'peringatan':>12}\n")
    for tab, counts in tabs.items():
        out.write(f"{tab:<20}{counts[INVALID]:>9}{counts[PERINGATAN]:>12}\n")
    for r in outcome.results:
        out.write(f"[{r.severity}] {r.code} {r.table} {r.row_id}: {r.message}\n")
    out.write(f"Selesai dalam {outcome.elapsed_s:.2f} detik.\n")
