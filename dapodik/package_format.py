"""The change package and the prefill file: one format, shared by client and server.

A package is a gzip-compressed SQLite database. It holds a one-row ``manifest``
table (a JSON document) and, for every shared table with rows to send, a table
of the same name and columns as ``dapodik.schema`` defines it. Values are stored as
SQLite-native values (dates as ISO text, decimals as text, booleans as 0/1) so
any SQLite reader can check them. The format is described in server/README.md.

The reading side treats the file as untrusted input: it decompresses with a
size limit, opens the database read-only, and checks structure and manifest
before a single row is handed out. Pure Python (sqlite3, gzip): no Qt.
"""

import contextlib
import gzip
import hashlib
import json
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path

from sqlalchemy import Boolean, Date, DateTime, Integer, Numeric, String, Table, Text
from sqlalchemy.dialects import sqlite as sqlite_dialect
from sqlalchemy.schema import CreateTable

from .schema.models import SHARED_TABLES, SYNCED_TABLES

FORMAT = "dapodik-lokal-package"
FORMAT_VERSION = 1
# Bumped when a shared table changes incompatibly; a server refuses other versions.
SCHEMA_VERSION = 1
KIND_PACKAGE = "package"
KIND_PREFILL = "prefill"
MANIFEST_TABLE = "manifest"
CHUNK = 1024 * 1024


class PackageError(Exception):
    """The file is not a usable package; ``code`` says why, the message says it to a person."""

    status = "corrupt"

    def __init__(self, code: str, message: str) -> None:
        self.code = code
        super().__init__(message)


class CorruptPackage(PackageError):
    """Broken bytes: bad gzip, truncated, not SQLite, failed integrity check."""


class IncompatiblePackage(PackageError):
    """A well-formed file this side must not accept (unknown schema, tables, version)."""

    status = "refused"


@dataclass
class Manifest:
    package_id: str
    npsn: str
    sekolah_id: str
    base_cursor: int
    row_counts: dict[str, int] = field(default_factory=dict)
    kind: str = KIND_PACKAGE
    schema_version: int = SCHEMA_VERSION
    format: str = FORMAT
    format_version: int = FORMAT_VERSION
    created_at: str = ""
    extra: dict = field(default_factory=dict)


@dataclass
class BuiltPackage:
    path: Path
    sha256: str
    size: int
    manifest: Manifest


def allowed_tables(kind: str) -> dict[str, Table]:
    """Tables a file of this kind may carry: a client never sends referensi."""
    if kind == KIND_PREFILL:
        return SHARED_TABLES
    return SYNCED_TABLES


def primary_key(table: Table) -> list[str]:
    return [c.name for c in table.primary_key.columns]


# -- values -----------------------------------------------------------------


def to_sqlite(value):
    """A Python value as SQLite stores it in a package."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, datetime | date):
        return value.isoformat(sep=" ") if isinstance(value, datetime) else value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def _as_int(value) -> int:
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise ValueError("bukan bilangan bulat")
    return int(value)


def _as_bool(value) -> bool:
    if value not in (0, 1, True, False):
        raise ValueError("bukan 0/1")
    return bool(value)


def _as_decimal(value) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise ValueError("bukan angka")
    try:
        number = Decimal(str(value))
    except InvalidOperation as exc:
        raise ValueError("bukan angka") from exc
    if not number.is_finite():
        raise ValueError("bukan angka")
    return number


def _as_str(value, length: int | None) -> str:
    if not isinstance(value, str):
        raise ValueError("bukan teks")
    if length is not None and len(value) > length:
        raise ValueError(f"lebih dari {length} karakter")
    return value


def from_sqlite(column, value):
    """A package value checked against its column's type; ValueError when it does not fit."""
    if value is None:
        return None
    kind = column.type
    # Order matters: Boolean and Date before their broader siblings.
    if isinstance(kind, Boolean):
        return _as_bool(value)
    if isinstance(kind, DateTime):
        return datetime.fromisoformat(_as_str(value, 40))
    if isinstance(kind, Date):
        return date.fromisoformat(_as_str(value, 10))
    if isinstance(kind, Integer):
        return _as_int(value)
    if isinstance(kind, Numeric):
        return _as_decimal(value)
    if isinstance(kind, String | Text):
        return _as_str(value, getattr(kind, "length", None))
    raise ValueError(f"tipe kolom {kind!r} tidak dikenal")


def decode_row(table: Table, raw: Mapping) -> dict:
    """Every value of a raw package row checked; ValueError names the first bad column."""
    row = {}
    for name, value in raw.items():
        try:
            row[name] = from_sqlite(table.c[name], value)
        except ValueError as exc:
            raise ValueError(f"kolom {name}: {exc}") from exc
    return row


# -- writing ----------------------------------------------------------------


def _create_table_sql(table: Table) -> str:
    return str(CreateTable(table).compile(dialect=sqlite_dialect.dialect()))


def _write_sqlite(path: Path, manifest: Manifest, rows: Mapping[str, Iterable[Mapping]]) -> None:
    tables = allowed_tables(manifest.kind)
    conn = sqlite3.connect(path)
    try:
        conn.execute(f"CREATE TABLE {MANIFEST_TABLE} (id INTEGER PRIMARY KEY, document TEXT)")
        for name, table_rows in rows.items():
            table = tables[name]
            conn.execute(_create_table_sql(table))
            table_rows = list(table_rows)
            manifest.row_counts[name] = len(table_rows)
            if not table_rows:
                continue
            # Columns no row carries are left out, so the table's defaults fill them.
            columns = [c.name for c in table.columns if any(c.name in r for r in table_rows)]
            placeholders = ", ".join("?" for _ in columns)
            sql = f'INSERT INTO "{name}" ({", ".join(columns)}) VALUES ({placeholders})'
            values = [[to_sqlite(r.get(c)) for c in columns] for r in table_rows]
            conn.executemany(sql, values)
        conn.execute(
            f"INSERT INTO {MANIFEST_TABLE} (id, document) VALUES (1, ?)",
            (json.dumps(asdict(manifest), sort_keys=True),),
        )
        conn.commit()
    finally:
        conn.close()


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def build_package(
    path: str | os.PathLike,
    manifest: Manifest,
    rows: Mapping[str, Iterable[Mapping]],
    *,
    compresslevel: int = 6,
) -> BuiltPackage:
    """Write ``rows`` (table name → row dicts) and ``manifest`` as a package at ``path``.

    The file appears at ``path`` only when complete (written aside, then renamed),
    so a crash never leaves a half package that looks finished.
    """
    path = Path(path)
    manifest.row_counts = {}
    manifest.created_at = manifest.created_at or datetime.now(UTC).isoformat()
    with tempfile.TemporaryDirectory(dir=path.parent) as work:
        db_path = Path(work) / "package.sqlite"
        _write_sqlite(db_path, manifest, rows)
        gz_path = Path(work) / "package.gz"
        with open(db_path, "rb") as src, gzip.open(gz_path, "wb", compresslevel) as dst:
            shutil.copyfileobj(src, dst, CHUNK)
        os.replace(gz_path, path)
    return BuiltPackage(path, sha256_file(path), path.stat().st_size, manifest)


# -- reading (untrusted) ----------------------------------------------------


def decompress_limited(src: Path, dst: Path, max_bytes: int) -> int:
    """Gunzip ``src`` into ``dst``, refusing more than ``max_bytes`` (a gzip bomb)."""
    written = 0
    try:
        with gzip.open(src, "rb") as fin, open(dst, "wb") as fout:
            while chunk := fin.read(CHUNK):
                written += len(chunk)
                if written > max_bytes:
                    raise CorruptPackage(
                        "TOO_LARGE",
                        f"Isi paket melebihi batas {max_bytes} byte setelah dekompresi.",
                    )
                fout.write(chunk)
    except (OSError, EOFError, gzip.BadGzipFile) as exc:
        raise CorruptPackage("BAD_GZIP", f"Paket bukan berkas gzip yang utuh: {exc}") from exc
    return written


def _open_readonly(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
    # Never let the file's schema run functions or views with side effects.
    conn.execute("PRAGMA trusted_schema = OFF")
    conn.execute("PRAGMA cell_size_check = ON")
    conn.execute("PRAGMA query_only = ON")
    return conn


def _read_manifest(conn: sqlite3.Connection) -> Manifest:
    try:
        (document,) = conn.execute(f"SELECT document FROM {MANIFEST_TABLE} WHERE id = 1").fetchone()
        data = json.loads(document)
        manifest = Manifest(**data)
    except (TypeError, ValueError, sqlite3.Error) as exc:
        raise CorruptPackage("BAD_MANIFEST", f"Manifest paket tidak terbaca: {exc}") from exc
    if not isinstance(manifest.row_counts, dict) or not isinstance(manifest.base_cursor, int):
        raise CorruptPackage("BAD_MANIFEST", "Manifest paket tidak lengkap.")
    return manifest


def _check_format(manifest: Manifest) -> None:
    if manifest.format != FORMAT or manifest.format_version != FORMAT_VERSION:
        raise IncompatiblePackage(
            "FORMAT", f"Format paket {manifest.format} v{manifest.format_version} tidak dikenal."
        )
    if manifest.schema_version != SCHEMA_VERSION:
        raise IncompatiblePackage(
            "SCHEMA_VERSION",
            f"Versi skema paket {manifest.schema_version} berbeda dari versi server "
            f"{SCHEMA_VERSION}; perbarui aplikasi.",
        )


def _check_structure(conn: sqlite3.Connection, manifest: Manifest) -> list[str]:
    """Tables of the package, checked against the shared definitions; returns their names."""
    tables = allowed_tables(manifest.kind)
    found = []
    for kind, name in conn.execute("SELECT type, name FROM sqlite_master"):
        if kind == "index":
            continue
        if kind != "table":
            raise IncompatiblePackage("SCHEMA", f"Paket berisi objek {kind} {name}.")
        if name == MANIFEST_TABLE:
            continue
        if name not in tables:
            raise IncompatiblePackage("SCHEMA", f"Tabel {name} tidak dikenal.")
        columns = {r[1] for r in conn.execute(f'PRAGMA table_info("{name}")')}
        unknown = columns - set(tables[name].c.keys())
        if unknown or not set(primary_key(tables[name])) <= columns:
            raise IncompatiblePackage(
                "SCHEMA", f"Kolom tabel {name} tidak sesuai: {sorted(unknown) or 'kunci hilang'}."
            )
        found.append(name)
    return found


def _check_counts(conn: sqlite3.Connection, manifest: Manifest, names: list[str]) -> None:
    actual = {n: conn.execute(f'SELECT COUNT(*) FROM "{n}"').fetchone()[0] for n in names}
    declared = {n: c for n, c in manifest.row_counts.items() if c}
    if {n: c for n, c in actual.items() if c} != declared:
        raise CorruptPackage(
            "ROW_COUNTS", f"Jumlah baris tidak sesuai manifest: {actual} ≠ {declared}."
        )


class PackageReader:
    """A checked, read-only package: its manifest and its rows in dependency order."""

    def __init__(self, conn: sqlite3.Connection, manifest: Manifest, tables: list[str]) -> None:
        self._conn = conn
        self.manifest = manifest
        order = list(allowed_tables(manifest.kind))
        self.tables = sorted(tables, key=order.index)

    def rows(self, name: str) -> Iterator[dict]:
        """Raw rows (SQLite values) of one table, ordered by primary key for repeatability."""
        table = allowed_tables(self.manifest.kind)[name]
        key = ", ".join(primary_key(table))
        cursor = self._conn.execute(f'SELECT * FROM "{name}" ORDER BY {key}')
        columns = [d[0] for d in cursor.description]
        for values in cursor:
            yield dict(zip(columns, values, strict=True))

    def close(self) -> None:
        self._conn.close()


@contextlib.contextmanager
def open_package(path: str | os.PathLike, max_uncompressed: int) -> Iterator[PackageReader]:
    """Decompress, open read-only and check a package; raises PackageError."""
    with tempfile.TemporaryDirectory() as work:
        db_path = Path(work) / "package.sqlite"
        decompress_limited(Path(path), db_path, max_uncompressed)
        try:
            conn = _open_readonly(db_path)
            check = conn.execute("PRAGMA quick_check").fetchone()[0]
        except sqlite3.Error as exc:
            raise CorruptPackage("BAD_SQLITE", f"Paket bukan basis data SQLite: {exc}") from exc
        try:
            if check != "ok":
                raise CorruptPackage("BAD_SQLITE", f"Basis data paket rusak: {check}")
            manifest = _read_manifest(conn)
            _check_format(manifest)
            names = _check_structure(conn, manifest)
            _check_counts(conn, manifest, names)
            reader = PackageReader(conn, manifest, names)
        except sqlite3.Error as exc:
            conn.close()
            raise CorruptPackage("BAD_SQLITE", f"Basis data paket rusak: {exc}") from exc
        except PackageError:
            conn.close()
            raise
        try:
            yield reader
        finally:
            reader.close()
