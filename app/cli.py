"""The command line: ``python -m app`` starts the GUI; ``python -m app <command>``
runs a headless operation. Exit codes: 0 success, 1 the operation found a problem,
2 a usage or file error."""

import argparse
import shutil
import sys
from importlib import import_module
from pathlib import Path

from .config import staging_dir
from .i18n import UserError, is_storage_error, unexpected_error

EXIT_OK, EXIT_PROBLEM, EXIT_USAGE = 0, 1, 2

# Feature packages that add commands: each module has add_parser(commands), which
# registers its subcommand with set_defaults(run=...), and keeps heavy imports in run.
COMMAND_MODULES: tuple[str, ...] = (
    "app.validation.cli",
    "app.pmp.cli",
    "app.sync.cli",
    "app.webservice.cli",
    "app.accounts.cli",
    "app.entry.cli",
    "app.ui.cetak_command",
)


def _demo(args: argparse.Namespace) -> int:
    from dapodik.demo.school import build_demo

    from .accounts.demo import ensure_demo_accounts
    from .db.engine import open_database
    from .db.summary import has_school

    path = Path(args.db)
    path.parent.mkdir(parents=True, exist_ok=True)
    db = open_database(path)
    try:
        if has_school(db):
            print(
                f"Basis data {path} sudah berisi data sekolah; pilih berkas lain.", file=sys.stderr
            )
            return EXIT_USAGE
        with db.engine.begin() as conn:
            report = build_demo(conn, size=args.size, valid=args.valid, seed=args.seed)
        # The accounts the GUI makes on first start, so a scripted demo can log in too.
        accounts = [] if args.no_accounts else ensure_demo_accounts(db)
    finally:
        db.close()
    total = sum(report.counts.values())
    print(f"Sekolah demo {report.size} (NPSN {report.npsn}) ditulis ke {path}: {total} baris.")
    for table, count in report.counts.items():
        print(f"  {table}: {count}")
    if report.deliberate:
        print(
            f"Kesalahan yang disengaja: {len(report.deliberate)} (lihat dapodik/demo/mistakes.py)"
        )
    if accounts:
        names = ", ".join(f"{user.username} ({user.nama})" for user in accounts)
        print(f"Akun demo dibuat: {names}.")
        print("Kata sandi dan Kode Registrasi demo: README.md, bagian Quick start.")
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m app", description="Dapodik Lokal: aplikasi Dapodik untuk operator sekolah."
    )
    parser.add_argument("--db", help="berkas basis data (bawaan: sekolah demo di folder data)")
    parser.add_argument(
        "--self-test", action="store_true", help="periksa instalasi (basis data, Qt, sumber daya)"
    )
    commands = parser.add_subparsers(dest="command", metavar="PERINTAH")

    demo = commands.add_parser("demo", help="tulis sekolah demo yang deterministik")
    demo.add_argument("--size", choices=("small", "large"), default="small")
    demo.add_argument("--db", required=True, help="berkas basis data baru")
    demo.add_argument("--valid", action="store_true", help="tanpa kesalahan yang disengaja")
    demo.add_argument("--seed", type=int, default=2026)
    demo.add_argument(
        "--no-accounts", action="store_true", help="tanpa akun demo (operator, kepala sekolah)"
    )
    demo.set_defaults(run=_demo)

    for name in COMMAND_MODULES:
        import_module(name).add_parser(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    # What a registration killed mid-way left (the school's prefill): gone at the next start.
    shutil.rmtree(staging_dir(), ignore_errors=True)
    try:
        if args.self_test:
            from .self_test import run

            return run()
        if args.command is None:
            from .ui.app import run_gui

            return run_gui(Path(args.db) if args.db else None)
        return args.run(args)
    except UserError as exc:
        print(str(exc), file=sys.stderr)
        _recovery_advice(exc)
        return EXIT_USAGE
    except Exception as exc:
        # A full disk or a failing drive mid-command: what it means, not a traceback.
        # Every write is one transaction, so what was there before is still there.
        if not is_storage_error(exc):
            raise
        print(str(unexpected_error(exc)), file=sys.stderr)
        return EXIT_USAGE


def _recovery_advice(error: UserError) -> None:
    """Under the message about a damaged database: the newest good backup to restore."""
    from .db.integrity import DatabaseDamaged
    from .sync.backup import backup_folder, newest_good_backup

    if not isinstance(error, DatabaseDamaged):
        return
    path = Path(error.params["path"])
    good = newest_good_backup(path)
    if good is None:
        print(f"Tidak ada cadangan yang baik di {backup_folder(path)}.", file=sys.stderr)
        return
    print(f"Cadangan baik terbaru: {good}", file=sys.stderr)
    print(f"Pulihkan dengan: python -m app restore {good} --db {path}", file=sys.stderr)
