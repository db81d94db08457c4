"""``python -m app sync`` / ``sync --status`` / ``sync --export-log`` / ``backup`` /
``restore``.

Exit codes: 0 done (the package processed, with or without exceptions, and the
pull applied), 1 the sync or restore did not complete, 2 usage or file error.
"""

import argparse
import getpass
import os
import sys
from pathlib import Path

from dapodik.i18n import QT_TRANSLATE_NOOP

from ..i18n import UserError

EXIT_OK, EXIT_PROBLEM, EXIT_USAGE = 0, 1, 2
TOKEN_ENV = "DAPODIK_DEVICE_TOKEN"
KODE_ENV = "DAPODIK_KODE_REGISTRASI"


def add_parser(commands) -> None:
    sync = commands.add_parser(
        "sync", help="sinkronisasi dengan server pusat sebagai kepala sekolah"
    )
    sync.add_argument("--db", help="berkas basis data (bawaan: di folder data pengguna)")
    sync.add_argument("--server", help="alamat server (bawaan: server tempat registrasi)")
    sync.add_argument(
        "--token", help=f"token perangkat (bawaan: penyimpanan kredensial, atau {TOKEN_ENV})"
    )
    sync.add_argument(
        "--confirm-all",
        action="store_true",
        help="centang semua butir Lembar Konfirmasi dan setujui Persetujuan Pengiriman Data",
    )
    sync.add_argument("--status", action="store_true", help="tampilkan hasil sinkronisasi terakhir")
    sync.add_argument(
        "--export-log", type=Path, metavar="BERKAS", help="ekspor Riwayat Sinkronisasi ke Excel"
    )
    sync.set_defaults(run=run_sync_command)

    backup = commands.add_parser("backup", help="buat cadangan basis data")
    backup.add_argument("--db", help="berkas basis data (bawaan: di folder data pengguna)")
    backup.add_argument("--out", type=Path, help="berkas cadangan yang ditulis")
    backup.set_defaults(run=run_backup)

    restore = commands.add_parser("restore", help="pulihkan basis data dari cadangan")
    restore.add_argument("file", type=Path, help="berkas cadangan")
    restore.add_argument("--db", help="berkas basis data (bawaan: di folder data pengguna)")
    restore.add_argument(
        "--other-school",
        action="store_true",
        help="ganti isi basis data dengan sekolah lain dari cadangan (dengan sengaja)",
    )
    restore.set_defaults(run=run_restore)


def _db_path(args) -> Path:
    from ..config import default_database_path

    return Path(args.db) if args.db else default_database_path()


def run_backup(args: argparse.Namespace) -> int:
    from .backup import backup_database

    path = _db_path(args)
    if not path.exists():
        print(f"Basis data {path} tidak ada.", file=sys.stderr)
        return EXIT_USAGE
    print(f"Cadangan ditulis ke {backup_database(path, args.out)}")
    return EXIT_OK


def run_restore(args: argparse.Namespace) -> int:
    from .backup import OtherSchool, restore_database

    if not args.file.exists():
        print(f"Berkas cadangan {args.file} tidak ada.", file=sys.stderr)
        return EXIT_USAGE
    path = _db_path(args)
    try:
        safety = restore_database(args.file, path, args.other_school)
    except OtherSchool as exc:
        print(exc, file=sys.stderr)
        print("Untuk sengaja mengganti isinya dengan cadangan ini: --other-school", file=sys.stderr)
        return EXIT_USAGE
    if safety:
        print(f"Isi sebelumnya dicadangkan ke {safety}")
    print(f"Basis data {path} dipulihkan dari {args.file}")
    return EXIT_OK


def run_sync_command(args: argparse.Namespace) -> int:
    from ..db.engine import open_database

    db = open_database(_db_path(args))
    try:
        if args.status:
            return _print_status(db)
        if args.export_log:
            return _export_log(db, args.export_log)
        if not args.confirm_all:
            print(
                "Tambahkan --confirm-all: kepala sekolah mencentang semua butir Lembar "
                "Konfirmasi dan menyetujui Persetujuan Pengiriman Data.",
                file=sys.stderr,
            )
            return EXIT_USAGE
        return _sync(db, args)
    finally:
        db.close()


def _print_status(db) -> int:
    from .log import last_run

    run = last_run(db)
    if run is None:
        print("Belum pernah sinkronisasi.")
        return EXIT_OK
    print(f"Sinkronisasi #{run.id}: {run.outcome}")
    print(f"  mulai {run.started_at:%Y-%m-%d %H:%M:%S} UTC, pengguna {run.user_id or '-'}")
    if run.clock_offset_s is not None:
        print(f"  selisih jam dengan server: {run.clock_offset_s:+.0f} detik")
    print(
        f"  paket {run.package_id or '-'}: {run.bytes_sent} byte, status {run.server_status or '-'}"
    )
    for table, counts in sorted(run.counts.items()):
        print("  " + table + ": " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    for row in run.exceptions:
        print(f"  {row['result']} {row['table']} {row['row_id']}: {row['code']} {row['reason']}")
    print(f"  baris ditarik: {run.rows_pulled}, konflik: {len(run.conflicts)}")
    for conflict in run.conflicts:
        where = f"{conflict['table']} {conflict['row_id']}"
        print(
            f"  konflik {where}: pusat {conflict['server_fields']}, "
            f"lokal {conflict['local_fields']}"
        )
    for line in run.notes + run.errors:
        print(f"  {line}")
    return EXIT_OK


def _export_log(db, path: Path) -> int:
    from .log_export import export_log

    print(f"{export_log(db, path)} sinkronisasi diekspor ke {path}")
    return EXIT_OK


def _kode_registrasi() -> str:
    kode = os.environ.get(KODE_ENV)
    if kode:
        return kode
    if not sys.stdin.isatty():
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Sync", "Kode Registrasi diperlukan untuk Tukar Akses Pengguna: isi {env}."
            ),
            env=KODE_ENV,
        )
    return getpass.getpass("Kode Registrasi: ")


def _switch_to_principal(db, kode: str):
    """Tukar Akses Pengguna to the principal's account with the Kode Registrasi."""
    from ..accounts import tukar_akses

    choices = tukar_akses.choices(db, kode)
    principal = next((c for c in choices.candidates if c.is_principal), None)
    if principal is None:
        raise choices.problem
    return tukar_akses.switch(db, kode, principal.user.pengguna_id)


def _token(db, args, kode: str, server: str) -> str:
    """The device token: --token or the environment, else the credential store; after
    an offline registration there is none yet, and this first sync fetches it."""
    import platform

    from ..accounts.credentials import token_store
    from ..accounts.registration import complete_offline_registration
    from .state import registered_school

    token = args.token or os.environ.get(TOKEN_ENV)
    if token:
        return token
    with db.Session() as session:
        npsn, _ = registered_school(session)
    token = token_store(db, kode).get(npsn)
    if token:
        return token
    return complete_offline_registration(db, server, kode, platform.node() or "laptop").token


def _server(db, args) -> str:
    from .state import registered_server

    with db.Session() as session:
        server = args.server or registered_server(session)
    if not server:
        raise UserError(QT_TRANSLATE_NOOP("Sync", "Alamat server belum diketahui: isi --server."))
    return server


def _print_event(event) -> None:
    if event.fraction is None:
        print(event.text, flush=True)
        return
    speed = f"{event.bytes_per_second / 1024:.0f} KiB/s" if event.bytes_per_second else "-"
    left = f"{event.seconds_left:.0f} detik lagi" if event.seconds_left is not None else ""
    print(f"{event.text} ({event.fraction:.0%}, {speed}) {left}".rstrip(), flush=True)


def _sync(db, args) -> int:
    from ..validation.engine import run as validate
    from . import preconditions as pre
    from .confirmation import PERSETUJUAN_PENGIRIMAN_DATA, build_lembar_konfirmasi
    from .log import DONE
    from .run import local_now, run_sync
    from .server_api import ServerApi

    kode = _kode_registrasi()
    user = _switch_to_principal(db, kode)
    server = _server(db, args)
    api = ServerApi(server, _token(db, args, kode, server))
    print("Validasi Lokal…", flush=True)
    validate(db.engine)
    with db.Session() as session:
        sheet = build_lembar_konfirmasi(session)
    print("Lembar Konfirmasi (semua butir dicentang dengan --confirm-all):")
    ticked = set(sheet.item_keys())
    print(sheet.as_text(ticked))
    print(f"\nPersetujuan Pengiriman Data: {PERSETUJUAN_PENGIRIMAN_DATA}\n[x] Setuju\n")
    checks = [
        pre.validation_clean(db),
        pre.principal_acting(db),
        pre.confirmation_ticked(sheet, lambda: ticked),
        pre.agreement_accepted(lambda: True),
        pre.server_reachable(api, local_now),
    ]
    outcome = None
    for event in run_sync(db, api, user_id=user.pengguna_id, preconditions=checks):
        _print_event(event)
        outcome = event.outcome or outcome
    return EXIT_OK if outcome == DONE else EXIT_PROBLEM
