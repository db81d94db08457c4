"""``python -m server``: run the reference server, or one of the centre's commands.

    python -m server [--db URL] [--data DIR] [--host 127.0.0.1] [--port 8765]
    python -m server school add --npsn N --nama "…" [--from-demo small|large]
    python -m server school rotate-kode --npsn N
    python -m server device list --npsn N
    python -m server device revoke --npsn N --device ID
    python -m server prefill --npsn N --out FILE.prf
    python -m server verval pd --peserta-didik-id ID [--nisn …] [--nik …] [--nama …]
    python -m server verval ptk --ptk-id ID [--nuptk …] [--nip …] [--nik …] [--nama …]
    python -m server referensi load FILE.csv
    python -m server manajemen edit TABLE ID field=value …
    python -m server pmp proses
    python -m server db upgrade

Exit status: 0 done, 1 refused (message on stderr), 2 usage. Every command,
serving included, refuses a database whose schema is older or newer than this
server's (``db upgrade`` moves an older one forward) and gives an empty
database the current schema.
"""

import argparse
import logging
import os
import shutil
import sys
from pathlib import Path

from . import migrations
from .admin import (
    AdminError,
    create_school,
    edit,
    load_referensi_file,
    new_kode,
    revoke_device,
    school_devices,
)
from .config import make_config
from .database import open_database, prepare_database

VERVAL_FIELDS = {
    "pd": (
        "peserta_didik",
        "peserta_didik_id",
        ("nisn", "nik", "nama", "tanggal_lahir", "nama_ibu_kandung"),
    ),
    "ptk": ("ptk", "ptk_id", ("nuptk", "nip", "nik", "nama", "tanggal_lahir")),
}


def _common(parser: argparse.ArgumentParser, default) -> None:
    parser.add_argument("--db", default=default, help="URL basis data (SQLAlchemy)")
    parser.add_argument("--data", default=default, help="folder data server")
    parser.add_argument(
        "--server-key",
        default=default,
        type=Path,
        help="berkas kunci server yang menyegel kunci PMP sekolah (bawaan: di folder data)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m server", description="Server pusat Dapodik Lokal"
    )
    _common(parser, None)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--workers", type=int, default=1, help="thread pemroses paket")
    parser.add_argument("--max-upload-mb", type=int, default=256)
    parser.add_argument(
        "--upload-expiry",
        type=int,
        default=7 * 24 * 3600,
        help="detik sebelum unggahan kedaluwarsa",
    )
    parser.add_argument(
        "--devices-per-school",
        type=int,
        default=1,
        help="perangkat aktif per sekolah; registrasi baru mengganti yang lebih lama",
    )
    parser.add_argument(
        "--busy-timeout",
        type=float,
        default=10.0,
        help="detik sebuah permintaan menunggu giliran menulis sebelum dijawab 503",
    )
    sub = parser.add_subparsers(dest="command")
    # Sub-commands accept --db/--data too, after their name; SUPPRESS keeps the main value.
    common = argparse.ArgumentParser(add_help=False)
    _common(common, argparse.SUPPRESS)

    school = sub.add_parser("school").add_subparsers(dest="action", required=True)
    add = school.add_parser("add", parents=[common])
    add.add_argument("--npsn", required=True)
    add.add_argument("--nama", required=True)
    add.add_argument("--from-demo", choices=("small", "large"))
    add.add_argument("--seed", type=int, help="seed data demo (bawaan: NPSN)")
    add.add_argument("--kode-registrasi", help="Kode Registrasi tetap (hanya untuk sekolah demo)")
    rotate = school.add_parser(
        "rotate-kode", parents=[common], help="Kode Registrasi baru; yang lama tidak berlaku lagi"
    )
    rotate.add_argument("--npsn", required=True)

    device = sub.add_parser("device").add_subparsers(dest="action", required=True)
    listing = device.add_parser("list", parents=[common], help="perangkat terdaftar sekolah")
    listing.add_argument("--npsn", required=True)
    revoke = device.add_parser("revoke", parents=[common], help="cabut satu perangkat sekolah")
    revoke.add_argument("--npsn", required=True)
    revoke.add_argument("--device", required=True, help="ID perangkat (dari device list)")

    prefill = sub.add_parser("prefill", parents=[common])
    prefill.add_argument("--npsn", required=True)
    prefill.add_argument("--out", required=True, type=Path)

    verval = sub.add_parser("verval").add_subparsers(dest="kind", required=True)
    for kind, (_table, key, fields) in VERVAL_FIELDS.items():
        p = verval.add_parser(kind, parents=[common])
        p.add_argument(f"--{key.replace('_', '-')}", dest="row_id", required=True)
        for name in fields:
            p.add_argument(f"--{name.replace('_', '-')}", dest=name)

    referensi = sub.add_parser("referensi").add_subparsers(dest="action", required=True)
    load = referensi.add_parser("load", parents=[common])
    load.add_argument("file", type=Path)

    manajemen = sub.add_parser("manajemen").add_subparsers(dest="action", required=True)
    edit_parser = manajemen.add_parser("edit", parents=[common])
    edit_parser.add_argument("table")
    edit_parser.add_argument("row_id")
    edit_parser.add_argument("assignments", nargs="+", metavar="field=value")

    pmp = sub.add_parser("pmp").add_subparsers(dest="action", required=True)
    pmp.add_parser("proses", parents=[common], help="proses harian berkas PMP Sudah Kirim")

    db = sub.add_parser("db").add_subparsers(dest="action", required=True)
    db.add_parser(
        "upgrade", parents=[common], help="perbarui skema basis data, semua baris tetap ada"
    )
    return parser


def serve(args, config) -> int:
    import uvicorn

    from .app import create_app

    # Refused here, before uvicorn starts, so the reason is the whole message.
    db = open_database(config.db_url)
    try:
        prepare_database(db)
    finally:
        db.dispose()
    logging.basicConfig(level=logging.INFO)
    logging.getLogger("alembic").setLevel(logging.WARNING)  # its every start is no news
    # Keep idle connections longer than uvicorn's 5 s: a client that reuses one just as
    # the server closes it sees a reset, and slow school links pause often.
    uvicorn.run(
        create_app(config),
        host=args.host,
        port=args.port,
        log_level="warning",
        timeout_keep_alive=75,
    )
    return 0


def _prefill(db, config, args) -> int:
    from .prefill import current_prefill
    from .schools import school_by_npsn

    with db.read() as conn:
        school = school_by_npsn(conn, args.npsn)
    if school is None:
        raise AdminError(f"Sekolah dengan NPSN {args.npsn} belum terdaftar.")
    shutil.copyfile(current_prefill(db, config, school.sekolah_id), args.out)
    print(f"Prefill NPSN {args.npsn} ditulis ke {args.out}")
    return 0


def _process_pmp(db, config) -> int:
    from .pmp import GAGAL_DIPROSES, SUDAH_DIPROSES, process_pending

    outcome = process_pending(db, config.pmp_keys)
    print(
        f"PMP: {outcome[SUDAH_DIPROSES]} {SUDAH_DIPROSES}, "
        f"{outcome[GAGAL_DIPROSES]} {GAGAL_DIPROSES}"
    )
    return 0


def _upgrade(db, config) -> int:
    with db.write() as conn:
        before, head = migrations.upgrade(conn, config.pmp_keys.seal)
    if before == head:
        print(f"Skema basis data sudah terbaru ({head}).")
    else:
        print(f"Skema basis data diperbarui: {before} → {head}.")
    return 0


def _school(db, config, args) -> int:
    if args.action == "rotate-kode":
        kode = new_kode(db, config, args.npsn)
        print(f"Kode Registrasi baru NPSN {args.npsn}: {kode}")
        print("Kode lama tidak berlaku lagi. Kode ini hanya ditampilkan sekali.")
        return 0
    sekolah_id, kode = create_school(
        db, config.pmp_keys, args.npsn, args.nama, args.from_demo, args.seed, args.kode_registrasi
    )
    print(f"Sekolah {args.nama} (NPSN {args.npsn}) terdaftar, sekolah_id {sekolah_id}")
    print(f"Kode Registrasi: {kode}")
    return 0


def _when(at) -> str:
    return at.strftime("%Y-%m-%d %H:%M") if at else "-"


def _device(db, args) -> int:
    from .devices import STATE_NAMES

    if args.action == "revoke":
        device = revoke_device(db, args.npsn, args.device)
        print(f"Perangkat {device.name} ({device.device_id}) dicabut.")
        return 0
    found = school_devices(db, args.npsn)
    print(f"Perangkat sekolah NPSN {args.npsn} (waktu UTC): {len(found)}")
    print(f"{'ID':<36}  {'NAMA':<20}  {'STATUS':<11}  {'DIBUAT':<16}  {'DIPAKAI':<16}  BERAKHIR")
    for d in found:
        print(
            f"{d.device_id:<36}  {d.name[:20]:<20}  {STATE_NAMES[d.state]:<11}  "
            f"{_when(d.created_at):<16}  {_when(d.last_used_at):<16}  {_when(d.ended_at)}"
        )
    return 0


def run_admin(args, config) -> int:
    db = open_database(config.db_url)
    try:
        if args.command == "db":
            return _upgrade(db, config)
        prepare_database(db)
        if args.command == "school":
            return _school(db, config, args)
        if args.command == "device":
            return _device(db, args)
        if args.command == "prefill":
            return _prefill(db, config, args)
        elif args.command == "verval":
            table, _key, fields = VERVAL_FIELDS[args.kind]
            changes = [f"{f}={getattr(args, f)}" for f in fields if getattr(args, f) is not None]
            version = edit(db, table, args.row_id, changes, "verval")
            print(f"Verval {args.kind} {args.row_id}: server_version {version}")
        elif args.command == "referensi":
            print(f"{load_referensi_file(db, args.file)} kode referensi baru atau berubah")
        elif args.command == "manajemen":
            version = edit(db, args.table, args.row_id, args.assignments, "manajemen")
            print(f"{args.table} {args.row_id}: server_version {version}")
        elif args.command == "pmp":
            return _process_pmp(db, config)
        return 0
    finally:
        db.dispose()


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    config = make_config(
        args.db or os.environ.get("DAPODIK_SERVER_DB"),
        args.data,
        workers=args.workers,
        max_upload_bytes=args.max_upload_mb * 1024 * 1024,
        upload_expiry_seconds=args.upload_expiry,
        devices_per_school=args.devices_per_school,
        server_key_file=args.server_key,
        busy_timeout_seconds=args.busy_timeout,
    )
    try:
        if args.command is None:
            return serve(args, config)
        return run_admin(args, config)
    except (AdminError, migrations.SchemaError) as exc:
        print(f"Gagal: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
