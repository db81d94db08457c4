"""What the centre does by hand: add schools, Verval corrections, Manajemen
Dapodik edits, referensi updates (each enters the school's feed); list and
revoke a school's devices, give it a new Kode Registrasi."""

from pathlib import Path

from sqlalchemy import Connection, Table, insert, select, update

from dapodik.package_format import from_sqlite
from dapodik.referensi_loading import read_rows
from dapodik.schema.models import SYNCED_TABLES
from dapodik.schema.referensi import REFERENSI_MODELS

from . import devices
from .database import Database, lock_feed
from .feed import key_filter, owner_of, record_change, row_id_of, stamp_existing
from .pmp_keys import PmpKeys
from .prefill import forget_prefills
from .schools import add_school, rotate_kode, school_by_npsn

REFERENSI_BY_NAME = {m.__table__.name: m for m in REFERENSI_MODELS}


class AdminError(Exception):
    """A refusal worth telling the operator of the command line, in Indonesian."""


def seed_demo(conn: Connection, npsn: str, nama: str, size: str, seed: int | None = None) -> str:
    """Write the valid demo school under this NPSN and name; returns its sekolah_id.

    ``seed`` defaults to the NPSN; the client's embedded demo passes its own seed so
    that the server holds the same rows (same ids) as the laptop's demo school.
    """
    from dapodik.demo.school import build_demo

    report = build_demo(conn, size=size, valid=True, seed=int(npsn) if seed is None else seed)
    sekolah = SYNCED_TABLES["sekolah"]
    conn.execute(
        update(sekolah)
        .where(sekolah.c.sekolah_id == report.sekolah_id)
        .values(npsn=npsn, nama=nama)
    )
    return report.sekolah_id


def create_school(
    db: Database,
    keys: PmpKeys,
    npsn: str,
    nama: str,
    demo: str | None = None,
    seed: int | None = None,
    kode: str | None = None,
) -> tuple[str, str]:
    """Add a school (optionally seeded with demo data as if it had synced before).

    ``kode`` fixes the Kode Registrasi instead of drawing one: only for the public
    demo school, whose code is printed in the app.
    """
    if not (npsn.isdigit() and len(npsn) == 8):
        raise AdminError("NPSN harus 8 digit angka.")
    with db.write() as conn:
        sekolah_id = seed_demo(conn, npsn, nama, demo, seed) if demo else None
        try:
            sekolah_id, kode = add_school(conn, npsn, nama, sekolah_id, kode)
        except ValueError as exc:
            raise AdminError(str(exc)) from exc
        keys.store(conn, sekolah_id, npsn, kode)
        if demo:
            stamp_existing(conn, sekolah_id, "demo")
    return sekolah_id, kode


def parse_text(column, text: str):
    """A value typed on the command line, checked against the column's type."""
    if text == "" or text.upper() == "NULL":
        return None
    if column.type.python_type is bool:
        return text.lower() in ("1", "true", "ya", "y")
    if column.type.python_type is int:
        return from_sqlite(column, int(text))
    return from_sqlite(column, text)


def _edit_row(conn: Connection, table: Table, row_id: str, values: dict, source: str) -> int:
    known, owner = owner_of(conn, table.name, row_id)
    exists = conn.scalar(
        select(table.primary_key.columns.values()[0]).where(key_filter(table, row_id))
    )
    if not known or exists is None:
        raise AdminError(f"Baris {row_id} tidak ada di tabel {table.name}.")
    conn.execute(update(table).where(key_filter(table, row_id)).values(**values))
    return record_change(conn, table, row_id, owner, source)


def edit(db: Database, table_name: str, row_id: str, assignments: list[str], source: str) -> int:
    """Change fields of one school row; returns its new server_version."""
    table = SYNCED_TABLES.get(table_name)
    if table is None:
        raise AdminError(f"Tabel {table_name} bukan tabel data sekolah.")
    values = {}
    for assignment in assignments:
        name, sep, text = assignment.partition("=")
        if not sep or name not in table.c or table.c[name].primary_key:
            raise AdminError(f"Isian {assignment!r} tidak valid untuk tabel {table_name}.")
        if name in ("server_version", "sekolah_id"):
            raise AdminError(f"Kolom {name} tidak boleh diubah.")
        try:
            values[name] = parse_text(table.c[name], text)
        except ValueError as exc:
            raise AdminError(f"Nilai {name} tidak valid: {exc}") from exc
    if not values:
        raise AdminError("Tidak ada kolom yang diubah.")
    with db.write() as conn:
        lock_feed(conn)
        return _edit_row(conn, table, row_id, values, source)


def load_referensi_file(db: Database, path: Path) -> int:
    """Insert or update the codes of one referensi CSV (named after its table).

    Only codes that are new or differ enter the feed; returns how many.
    """
    model = REFERENSI_BY_NAME.get(path.stem)
    if model is None:
        raise AdminError(f"Berkas {path.name} bukan tabel referensi (mis. ref_agama.csv).")
    table = model.__table__
    try:
        rows = read_rows(model, path.parent)
    except (KeyError, ValueError) as exc:
        raise AdminError(f"Isi {path.name} tidak valid: {exc}") from exc
    changed = 0
    with db.write() as conn:
        lock_feed(conn)
        for row in rows:
            row_id = row_id_of(table, row)
            current = conn.execute(select(table).where(key_filter(table, row_id))).first()
            if current is not None and all(current._mapping[k] == v for k, v in row.items()):
                continue
            if current is None:
                conn.execute(insert(table).values(**row))
            else:
                conn.execute(update(table).where(key_filter(table, row_id)).values(**row))
            record_change(conn, table, row_id, None, "referensi")
            changed += 1
    return changed


def _school(conn: Connection, npsn: str):
    school = school_by_npsn(conn, npsn)
    if school is None:
        raise AdminError(f"Sekolah dengan NPSN {npsn} belum terdaftar.")
    return school


def school_devices(db: Database, npsn: str) -> list[devices.DeviceIdentity]:
    with db.read() as conn:
        return devices.devices_of(conn, _school(conn, npsn).sekolah_id)


def revoke_device(db: Database, npsn: str, device_id: str) -> devices.DeviceIdentity:
    """Shut one of the school's devices out; its next request gets 401."""
    with db.write() as conn:
        school = _school(conn, npsn)
        known = {d.device_id: d for d in devices.devices_of(conn, school.sekolah_id)}
        if device_id not in known:
            raise AdminError(f"Perangkat {device_id} bukan perangkat sekolah NPSN {npsn}.")
        if not devices.revoke(conn, school.sekolah_id, device_id):
            state = devices.STATE_NAMES[known[device_id].state]
            raise AdminError(f"Perangkat {device_id} sudah tidak aktif ({state}).")
    return known[device_id]


def new_kode(db: Database, config, npsn: str) -> str:
    """A new Kode Registrasi for the school (in clear, shown once). The prefill files
    built so far carry the old code's hash: they are served no more."""
    with db.write() as conn:
        school = _school(conn, npsn)
        kode = rotate_kode(conn, school, config.pmp_keys)
    forget_prefills(config, school.sekolah_id)
    return kode
