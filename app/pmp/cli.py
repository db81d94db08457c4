"""``python -m app export-pmp [--db PATH] --out DIR``: Kirim Offline headless.

Exit 0 and the file's path when every required respondent is complete; exit 1
with the list of who is missing or incomplete; 2 for a usage or file error.
The Kode Registrasi that signs comes from ``DAPODIK_KODE_REGISTRASI`` (the
demo schools use the public demo code when it is not set).
"""

import argparse
import os
import sys
from pathlib import Path

EXIT_OK, EXIT_INCOMPLETE = 0, 1


def add_parser(commands) -> None:
    parser = commands.add_parser(
        "export-pmp", help="PMP: tulis berkas Kirim Offline (.pmp) bila semua responden lengkap"
    )
    # SUPPRESS: without --db here, the --db given before the command still counts.
    parser.add_argument(
        "--db", default=argparse.SUPPRESS, help="berkas basis data (bawaan: folder data)"
    )
    parser.add_argument("--out", required=True, help="folder tujuan berkas .pmp")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from ..db.engine import open_existing_database
    from .package import Incomplete, export

    db = open_existing_database(getattr(args, "db", None))
    try:
        with db.Session() as session:
            try:
                written = export(session, Path(args.out), os.environ.get("DAPODIK_KODE_REGISTRASI"))
            except Incomplete as refused:
                session.commit()  # the rows of newly required respondents
                _print_refusal(refused)
                return EXIT_INCOMPLETE
            session.commit()
    finally:
        db.close()
    print(written)
    return EXIT_OK


def _print_refusal(refused) -> None:
    lines = refused.completeness.refusals()
    print("Kirim Offline ditolak; yang belum lengkap:", file=sys.stderr)
    for line in lines:
        print(f"  - {line}", file=sys.stderr)
