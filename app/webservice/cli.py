"""``python -m app webservice``: the Web Service headless, and its tokens.

python -m app webservice [--db PATH] [--host H] [--port 5774]
python -m app webservice token add NAME [--ip IP] [--db PATH]
python -m app webservice token list [--db PATH]
python -m app webservice token revoke NAME [--db PATH]
"""

import argparse
import sys

from ..db.engine import open_existing_database
from . import DEFAULT_HOST, DEFAULT_PORT

EXIT_OK, EXIT_USAGE = 0, 2


def _db_argument(parser: argparse.ArgumentParser) -> None:
    # SUPPRESS: without --db here, the --db given before the command still counts.
    parser.add_argument(
        "--db", default=argparse.SUPPRESS, help="berkas basis data (bawaan: folder data)"
    )


def add_parser(commands) -> None:
    parser = commands.add_parser(
        "webservice", help="Web Service untuk aplikasi sekolah lain (E-Rapor dan sejenisnya)"
    )
    _db_argument(parser)
    parser.add_argument(
        "--host",
        default=DEFAULT_HOST,
        help="alamat yang didengar (bawaan 127.0.0.1: hanya komputer ini)",
    )
    parser.add_argument("--port", type=int, default=DEFAULT_PORT)
    parser.set_defaults(run=_serve)
    token = parser.add_subparsers(dest="webservice_command", metavar="token").add_parser(
        "token", help="token aplikasi: add, list, revoke"
    )
    actions = token.add_subparsers(dest="token_command", metavar="AKSI", required=True)
    add = actions.add_parser("add", help="buat token baru (ditampilkan sekali saja)")
    add.add_argument("name", metavar="NAMA", help="nama aplikasi, mis. E-Rapor")
    add.add_argument("--ip", help="hanya dari alamat IP klien ini")
    _db_argument(add)
    add.set_defaults(run=_token_add)
    listing = actions.add_parser("list", help="daftar token dan pemakaian terakhir")
    _db_argument(listing)
    listing.set_defaults(run=_token_list)
    revoke = actions.add_parser("revoke", help="cabut token")
    revoke.add_argument("name", metavar="NAMA")
    _db_argument(revoke)
    revoke.set_defaults(run=_token_revoke)


def _serve(args: argparse.Namespace) -> int:
    from .server import bind, is_loopback, make_server
    from .tokens import list_tokens

    db = open_existing_database(getattr(args, "db", None))
    try:
        if not any(t.active for t in list_tokens(db.engine)):
            print(
                "Belum ada token aktif: buat dengan "
                "'python -m app webservice token add NAMA_APLIKASI'.",
                file=sys.stderr,
            )
        if not is_loopback(args.host):
            print(
                f"PERINGATAN: Web Service terbuka untuk jaringan ({args.host}). Setiap "
                "komputer yang dapat menjangkau alamat ini dapat mencoba masuk; "
                "batasi token dengan --ip.",
                file=sys.stderr,
            )
        try:
            sock = bind(args.host, args.port)
        except OSError as exc:
            print(
                f"Web Service tidak dapat dimulai di {args.host}:{args.port}: {exc}",
                file=sys.stderr,
            )
            return EXIT_USAGE
        port = sock.getsockname()[1]
        print(f"Web Service berjalan di http://{args.host}:{port}/WebService/ (Ctrl+C berhenti)")
        sys.stdout.flush()
        make_server(db.engine).run(sockets=[sock])
    finally:
        db.close()
    return EXIT_OK


def _token_add(args: argparse.Namespace) -> int:
    from .tokens import create_token

    db = open_existing_database(getattr(args, "db", None))
    try:
        info, token = create_token(db.engine, args.name, args.ip)
    finally:
        db.close()
    where = f" (hanya dari {info.allowed_ip})" if info.allowed_ip else ""
    print(f"Token untuk {info.nama}{where}; simpan sekarang, token tidak ditampilkan lagi:")
    print(token)
    return EXIT_OK


def _when(moment) -> str:
    return moment.strftime("%Y-%m-%d %H:%M") if moment else "-"


def _token_list(args: argparse.Namespace) -> int:
    from .tokens import list_tokens

    db = open_existing_database(getattr(args, "db", None))
    try:
        tokens = list_tokens(db.engine)
    finally:
        db.close()
    print(f"{'nama':<24}{'status':<10}{'ip klien':<18}{'dibuat':<18}{'terakhir dipakai'}")
    for t in tokens:
        status = "aktif" if t.active else "dicabut"
        last = _when(t.last_used_at) + (f" dari {t.last_used_ip}" if t.last_used_ip else "")
        print(f"{t.nama:<24}{status:<10}{t.allowed_ip or '-':<18}{_when(t.created_at):<18}{last}")
    return EXIT_OK


def _token_revoke(args: argparse.Namespace) -> int:
    from .tokens import revoke_token

    db = open_existing_database(getattr(args, "db", None))
    try:
        revoke_token(db.engine, args.name)
    finally:
        db.close()
    print(f"Token {args.name} dicabut.")
    return EXIT_OK
