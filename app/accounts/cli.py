"""Command line: ``register`` (this device with the server, or from a prefill file)
and ``user add|passwd|list``. Messages in Bahasa Indonesia; exit 0 done, 1
refused (wrong code, stale prefill, …), 2 usage or file error."""

import argparse
import getpass
import os
import socket
import sys
from pathlib import Path

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2
PERAN = {"operator": 1, "kepala-sekolah": 2, "staf": 3}


def add_parser(commands) -> None:
    register = commands.add_parser(
        "register", help="daftarkan perangkat ini ke server dan unduh data sekolah (prefill)"
    )
    register.add_argument("--server", help="alamat server (bawaan: server rujukan lokal)")
    register.add_argument("--npsn", help="NPSN sekolah (tidak perlu dengan --prefill-file)")
    register.add_argument(
        "--kode-registrasi", help="Kode Registrasi (atau DAPODIK_KODE_REGISTRASI, atau ditanya)"
    )
    register.add_argument("--prefill-file", type=Path, help="daftar tanpa koneksi dari berkas .prf")
    register.add_argument("--db", default=argparse.SUPPRESS, help="basis data baru")
    register.add_argument("--username", default="operator", help="akun operator yang dibuat")
    register.add_argument("--nama", default="Operator Sekolah", help="nama operator")
    register.add_argument("--device-name", default=socket.gethostname(), help="nama perangkat")
    register.add_argument(
        "--token-file",
        action="store_true",
        help="setuju token disimpan dalam berkas terenkripsi bila keyring tidak tersedia",
    )
    register.add_argument(
        "--again",
        action="store_true",
        help="daftarkan ulang perangkat ini untuk sekolah di basis data ini (data tetap)",
    )
    register.set_defaults(run=_register)

    user = commands.add_parser("user", help="akun pengguna: add, passwd, list")
    actions = user.add_subparsers(dest="user_command", metavar="AKSI", required=True)
    add = actions.add_parser("add", help="tambah akun (kata sandi ditanya atau DAPODIK_PASSWORD)")
    add.add_argument("username")
    add.add_argument("--nama", help="nama lengkap")
    add.add_argument("--peran", choices=tuple(PERAN), default="operator")
    add.add_argument("--db", default=argparse.SUPPRESS, help="basis data")
    add.set_defaults(run=_user_add)
    passwd = actions.add_parser("passwd", help="ganti kata sandi sebuah akun")
    passwd.add_argument("username")
    passwd.add_argument("--db", default=argparse.SUPPRESS, help="basis data")
    passwd.set_defaults(run=_user_passwd)
    listing = actions.add_parser("list", help="daftar akun")
    listing.add_argument("--db", default=argparse.SUPPRESS, help="basis data")
    listing.set_defaults(run=_user_list)


def _database_path(args) -> Path:
    from ..config import default_database_path

    return Path(args.db) if getattr(args, "db", None) else default_database_path()


def _kode(args) -> str:
    return (
        args.kode_registrasi
        or os.environ.get("DAPODIK_KODE_REGISTRASI")
        or getpass.getpass("Kode Registrasi: ")
    )


def _new_password() -> str:
    """From DAPODIK_PASSWORD (scripts), else asked twice without echo."""
    if os.environ.get("DAPODIK_PASSWORD"):
        return os.environ["DAPODIK_PASSWORD"]
    first = getpass.getpass("Kata sandi baru: ")
    if first != getpass.getpass("Ulangi kata sandi: "):
        raise SystemExit("Kedua kata sandi tidak sama.")
    return first


def _fail(exc, code: int) -> int:
    print(str(exc), file=sys.stderr)
    return code


def _register(args) -> int:
    from ..db.engine import open_database
    from ..db.summary import has_school
    from . import credentials, registration
    from .errors import RegistrationFailed, WrongKode
    from .passwords import MIN_PASSWORD_LENGTH

    if args.again:
        return _register_again(args)
    if args.prefill_file is None and not args.npsn:
        return _fail("Beri --npsn (daftar daring) atau --prefill-file (tanpa koneksi).", EXIT_USAGE)
    path = _database_path(args)
    path.parent.mkdir(parents=True, exist_ok=True)
    db = open_database(path)
    try:
        if args.prefill_file is None and has_school(db):
            # Offline, apply_prefill itself refuses, saying whether the prefill is stale.
            return _fail(
                f"Basis data {path} sudah berisi data sekolah. Pakai --db dengan berkas baru.",
                EXIT_USAGE,
            )
        kode = _kode(args)
        password = _new_password()
        if len(password) < MIN_PASSWORD_LENGTH:
            return _fail(f"Kata sandi minimal {MIN_PASSWORD_LENGTH} karakter.", EXIT_USAGE)
        if args.token_file:
            credentials.agree_to_file_fallback(db)
        try:
            if args.prefill_file:
                applied = registration.apply_prefill(db, args.prefill_file, kode, args.server)
            else:
                server = args.server or registration.DEFAULT_SERVER
                applied = registration.register_online(
                    db, server, args.npsn, kode, args.device_name, _print_progress
                )
        except (WrongKode, RegistrationFailed, credentials.NoCredentialStore) as exc:
            return _fail(exc, EXIT_REFUSED)
        registration.create_school_accounts(db, args.username, args.nama, password)
    finally:
        db.close()
    print(
        f"\nSekolah {applied.nama} (NPSN {applied.npsn}) terdaftar di {path}: "
        f"{applied.rows} baris. Akun operator: {args.username}."
    )
    if args.prefill_file:
        print("Token perangkat diambil pada sinkronisasi pertama.")
    return EXIT_OK


def _register_again(args) -> int:
    """A laptop whose device the centre retired or revoked: a new device token for
    the school already in this database, its unsent changes kept."""
    from ..db.engine import open_existing_database
    from . import credentials, registration, settings
    from .errors import AccountError, RegistrationFailed

    db = open_existing_database(getattr(args, "db", None))
    try:
        with db.Session() as session:
            server = (
                args.server or settings.get(session, settings.SERVER) or registration.DEFAULT_SERVER
            )
        if args.token_file:
            credentials.agree_to_file_fallback(db)
        try:
            registered = registration.complete_offline_registration(
                db, server, _kode(args), args.device_name
            )
        except (AccountError, RegistrationFailed) as exc:
            return _fail(exc, EXIT_REFUSED)
    finally:
        db.close()
    print(
        f"Perangkat ini terdaftar ulang untuk sekolah {registered.nama} (NPSN {registered.npsn}); "
        "perubahan yang belum dikirim tetap ada."
    )
    return EXIT_OK


def _print_progress(stage: str, done: int, total: int) -> None:
    labels = {"register": "Mendaftar", "download": "Mengunduh prefill", "apply": "Menyimpan data"}
    percent = f"{100 * done // total}%" if total else ""
    print(f"\r{labels[stage]} {percent}   ", end="", flush=True)


def _open(args):
    from ..db.engine import open_database

    return open_database(_database_path(args))


def _user_add(args) -> int:
    from . import users
    from .errors import AccountError

    db = _open(args)
    try:
        with db.Session() as session:
            try:
                users.create_user(
                    session,
                    args.username,
                    args.nama or args.username,
                    PERAN[args.peran],
                    _new_password(),
                )
            except AccountError as exc:
                return _fail(exc, EXIT_REFUSED)
            session.commit()
    finally:
        db.close()
    print(f"Akun {args.username} ({args.peran}) dibuat.")
    return EXIT_OK


def _user_passwd(args) -> int:
    from . import users
    from .errors import AccountError

    db = _open(args)
    try:
        with db.Session() as session:
            try:
                users.set_password(session, args.username, _new_password())
            except AccountError as exc:
                return _fail(exc, EXIT_REFUSED)
            session.commit()
    finally:
        db.close()
    print(f"Kata sandi {args.username} diganti.")
    return EXIT_OK


def _user_list(args) -> int:
    from . import users

    db = _open(args)
    try:
        found = users.all_users(db)
    finally:
        db.close()
    if not found:
        print("Belum ada akun. Tambahkan dengan: python -m app user add NAMA")
    for user in found:
        peran = users.PERAN_NAMES[user.peran_id]
        state = "aktif" if user.aktif else "nonaktif"
        login = "" if user.has_password else " (masuk lewat Tukar Akses Pengguna)"
        print(f"{user.username:<24} {peran:<20} {state:<9} {user.nama}{login}")
    return EXIT_OK
