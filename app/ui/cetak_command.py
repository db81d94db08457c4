"""``python -m app cetak JENIS``: a printout as a PDF, from the command line.

Exit codes: 0 written, 1 nothing to print (the reason on stderr), 2 a usage or
file error. The PDF is made by the GUI's own Qt renderer, offscreen, so the
command lives here with it; Qt is imported only when the command runs, so the
rest of the command line loads without it.
"""

import argparse
import sys
from datetime import date, datetime

from ..cetak.jenis import JENIS, PESERTA_DIDIK, PTK, ROMBEL, Jenis
from ..cetak.request import Request
from ..db.engine import open_existing_database

EXIT_OK, EXIT_NOTHING, EXIT_USAGE = 0, 1, 2
PAPERS = ("a4", "f4")


def _month(text: str) -> tuple[int, int]:
    try:
        parsed = datetime.strptime(text, "%Y-%m")
    except ValueError:
        raise argparse.ArgumentTypeError(f"bulan {text!r} harus TTTT-BB, mis. 2026-12") from None
    return parsed.year, parsed.month


def add_parser(commands) -> None:
    parser = commands.add_parser(
        "cetak",
        help="cetak formulir, daftar, absensi, profil dan rekap sebagai PDF",
        description="Jenis: " + ", ".join(JENIS),
    )
    parser.add_argument("jenis", metavar="JENIS", choices=list(JENIS))
    chosen = parser.add_mutually_exclusive_group()
    chosen.add_argument("--id", help="peserta_didik_id (formulir-pd) atau ptk_id (formulir-gtk)")
    chosen.add_argument("--nisn", help="NISN peserta didik (formulir-pd)")
    chosen.add_argument("--rombel", help="nama rombel semester aktif (bawaan: semua rombel)")
    parser.add_argument("--bulan", type=_month, help="bulan absensi, TTTT-BB (bawaan: bulan ini)")
    parser.add_argument("--kertas", choices=PAPERS, default="a4", help="ukuran kertas")
    parser.add_argument("--out", required=True, help="berkas PDF yang ditulis")
    # SUPPRESS: without --db here, the --db given before the command still counts.
    parser.add_argument("--db", default=argparse.SUPPRESS, help="berkas basis data")
    parser.set_defaults(run=run)


def _misuse(jenis: Jenis, args: argparse.Namespace) -> str | None:
    """What is wrong with the options for this printout, if anything."""
    if jenis.needs == PESERTA_DIDIK and not (args.id or args.nisn):
        return f"{jenis.key} mencetak satu peserta didik: beri --id atau --nisn."
    if jenis.needs == PTK and not args.id:
        return f"{jenis.key} mencetak satu GTK: beri --id (ptk_id)."
    if args.nisn and jenis.needs != PESERTA_DIDIK:
        return f"--nisn hanya untuk formulir-pd, bukan {jenis.key}."
    if args.id and jenis.needs not in (PESERTA_DIDIK, PTK):
        return f"--id hanya untuk formulir-pd dan formulir-gtk, bukan {jenis.key}."
    if args.rombel and jenis.needs != ROMBEL:
        return f"--rombel hanya untuk daftar-pd dan absensi, bukan {jenis.key}."
    if args.bulan and not jenis.monthly:
        return f"--bulan hanya untuk absensi, bukan {jenis.key}."
    return None


def run(args: argparse.Namespace) -> int:
    from ..cetak.jenis import build
    from ..cetak.school import NothingToPrint
    from ..work import finish
    from .printing import headless_application, lay_out, write_pdf

    jenis = JENIS[args.jenis]
    problem = _misuse(jenis, args)
    if problem:
        print(problem, file=sys.stderr)
        return EXIT_USAGE
    request = Request(date.today(), args.id, args.nisn, args.rombel, args.bulan)
    db = open_existing_database(getattr(args, "db", None))
    try:
        printout = build(db, jenis.key, request)
    except NothingToPrint as exc:
        print(f"Tidak ada yang dicetak: {exc}", file=sys.stderr)
        return EXIT_NOTHING
    finally:
        db.close()
    headless_application()
    pages = finish(lay_out(printout, args.kertas))
    finish(write_pdf(pages, args.out))
    print(f"{printout.title} ditulis ke {args.out}: {pages.count} halaman {args.kertas.upper()}.")
    return EXIT_OK
