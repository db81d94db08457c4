"""``python -m app export`` / ``import`` / ``template``: Excel from the command line.

Exit codes as everywhere: 0 done, 1 some rows have errors, 2 usage or file error.
"""

import argparse
import sys
from pathlib import Path

EXIT_OK, EXIT_PROBLEM, EXIT_USAGE = 0, 1, 2
STATUS_NAMES = {"new": "baru", "update": "ubah", "error": "galat"}


def _db_option(parser: argparse.ArgumentParser) -> None:
    # SUPPRESS: without it the subcommand's default would hide a --db given before it.
    parser.add_argument("--db", default=argparse.SUPPRESS, help="berkas basis data")


def add_parser(commands) -> None:
    export = commands.add_parser(
        "export",
        help="ekspor tabel ke Excel (.xlsx); peserta_didik dan ptk dalam bentuk templat impor",
    )
    export.add_argument("table", metavar="TABEL", help="mis. peserta_didik, ptk, nilai, ref_agama")
    export.add_argument("--out", required=True, help="berkas .xlsx yang ditulis")
    _db_option(export)
    export.set_defaults(run=_export)

    imp = commands.add_parser("import", help="impor peserta_didik atau ptk dari templat Excel")
    imp.add_argument("table", metavar="TABEL", choices=("peserta_didik", "ptk"))
    imp.add_argument("file", metavar="BERKAS", help="berkas .xlsx dari templat")
    imp.add_argument("--dry-run", action="store_true", help="periksa saja, jangan tulis")
    _db_option(imp)
    imp.set_defaults(run=_import)

    template = commands.add_parser("template", help="tulis templat impor Excel")
    template.add_argument("table", metavar="TABEL", choices=("peserta_didik", "ptk"))
    template.add_argument("--out", required=True, help="berkas .xlsx yang ditulis")
    template.set_defaults(run=_template)


def _open(args):
    from ..config import default_database_path
    from ..db.engine import open_database

    return open_database(Path(args.db) if getattr(args, "db", None) else default_database_path())


def _export(args) -> int:
    from ..db import listing as listings
    from .excel import export_table

    if args.table not in listings.DATA_LISTINGS and args.table not in listings.REFERENSI_LISTINGS:
        known = ", ".join(sorted(listings.DATA_LISTINGS))
        print(
            f"Tabel {args.table} tidak dikenal. Pilih salah satu: {known}, ref_*", file=sys.stderr
        )
        return EXIT_USAGE
    db = _open(args)
    try:
        with db.Session() as session:
            count = export_table(session, listings.listing(args.table), args.out)
    finally:
        db.close()
    print(f"{count} baris {args.table} diekspor ke {args.out}.")
    return EXIT_OK


def _import(args) -> int:
    from .excel import apply, counts, preview

    db = _open(args)
    try:
        with db.Session() as session:
            results = preview(session, args.table, args.file)
        summary = counts(results)
        print(
            f"baru: {summary['new']}, ubah: {summary['update']}, "
            f"tidak berubah: {summary['unchanged']}, galat: {summary['error']}"
        )
        for result in results:
            if result.status == "error":
                print(f"  baris {result.row} ({result.nama}): {result.reasons()}")
        if args.dry_run:
            print("Uji coba (--dry-run): tidak ada yang ditulis.")
        else:
            written = len(apply(db, args.table, results))
            print(f"{written} baris ditulis dalam satu transaksi.")
    finally:
        db.close()
    return EXIT_PROBLEM if summary["error"] else EXIT_OK


def _template(args) -> int:
    from .excel import IMPORT_FORMS, write_template

    write_template(IMPORT_FORMS[args.table], args.out)
    print(f"Templat {args.table} ditulis ke {args.out}.")
    return EXIT_OK
