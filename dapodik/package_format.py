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
import re
import shutil
import sqlite3
import tempfile
import zlib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from pathlib import Path

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Date,
    DateTime,
    Integer,
    MetaData,
    Numeric,
    SmallInteger,
    String,
    Table,
    Text,
)
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
MANIFEST = Table(
    MANIFEST_TABLE,
    MetaData(),
    Column("id", Integer, primary_key=True),
    Column("document", Text),
)
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


# Integer columns hold what the narrowest engine's type holds (PostgreSQL's
# smallint, integer, bigint); checked here, not left to SQLite, which stores any.
INTEGER_BITS = ((SmallInteger, 16), (BigInteger, 64), (Integer, 32))
UUID_TEXT = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
INTEGER_TEXT = re.compile(r"-?[0-9]{1,20}")


def is_uuid(value) -> bool:
    """A key as the client makes it: a UUID in its canonical text (lower case)."""
    return isinstance(value, str) and UUID_TEXT.fullmatch(value) is not None


def _as_int(value, kind: Integer) -> int:
    if isinstance(value, str) and INTEGER_TEXT.fullmatch(value):
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError("bukan bilangan bulat")
    bits = next(bits for type_, bits in INTEGER_BITS if isinstance(kind, type_))
    low, high = -(2 ** (bits - 1)), 2 ** (bits - 1) - 1
    if not low <= value <= high:
        raise ValueError(f"di luar rentang {low} sampai {high}")
    return value


def _as_bool(value) -> bool:
    if value not in (0, 1, True, False):
        raise ValueError("bukan 0/1")
    return bool(value)


def _check_digits(number: Decimal, kind: Numeric) -> None:
    if kind.precision is None or not number:
        return
    whole = kind.precision - (kind.scale or 0)
    if number.adjusted() >= whole:
        raise ValueError(f"lebih dari {whole} angka sebelum koma")


def _as_decimal(value, kind: Numeric) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise ValueError("bukan angka")
    try:
        number = Decimal(str(value))
    except InvalidOperation as exc:
        raise ValueError("bukan angka") from exc
    if not number.is_finite():
        raise ValueError("bukan angka")
    _check_digits(number, kind)
    if kind.scale is not None:
        # As PostgreSQL stores it: rounded to the column's scale (which may carry it over).
        number = number.quantize(Decimal(1).scaleb(-kind.scale), ROUND_HALF_UP)
        _check_digits(number, kind)
    return number


def _as_str(value, length: int | None) -> str:
    if not isinstance(value, str):
        raise ValueError("bukan teks")
    if length is not None and len(value) > length:
        raise ValueError(f"lebih dari {length} karakter")
    if "\x00" in value:
        raise ValueError("berisi karakter NUL")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise ValueError("bukan teks UTF-8 yang sah") from exc
    return value


def _as_datetime(value) -> datetime:
    moment = datetime.fromisoformat(_as_str(value, 40))
    if moment.tzinfo is not None:
        raise ValueError("waktu tidak boleh memuat zona waktu")
    return moment


def from_sqlite(column, value):
    """A package value checked against its column's type; ValueError when it does not fit."""
    if value is None:
        return None
    kind = column.type
    # Order matters: Boolean and Date before their broader siblings.
    if isinstance(kind, Boolean):
        return _as_bool(value)
    if isinstance(kind, DateTime):
        return _as_datetime(value)
    if isinstance(kind, Date):
        return date.fromisoformat(_as_str(value, 10))
    if isinstance(kind, Integer):
        return _as_int(value, kind)
    if isinstance(kind, Numeric):
        return _as_decimal(value, kind)
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
        conn.execute(_create_table_sql(MANIFEST))
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
    except (OSError, EOFError, zlib.error) as exc:  # BadGzipFile is an OSError
        raise CorruptPackage("BAD_GZIP", f"Paket bukan berkas gzip yang utuh: {exc}") from exc
    return written


# What SQLite may spend on an untrusted file (sqlite3_limit, as SQLite's "Defense
# Against the Dark Arts" advises). No column of the schema holds more than 200
# characters and a manifest is a few KiB, so 64 KiB a value (and a statement of the
# file's schema) is far beyond any client's package; a longer one is refused, and a
# row costs at most its columns times that to read.
MAX_VALUE_BYTES = 64 * 1024
READ_LIMITS = {
    sqlite3.SQLITE_LIMIT_LENGTH: MAX_VALUE_BYTES,
    sqlite3.SQLITE_LIMIT_SQL_LENGTH: MAX_VALUE_BYTES,
    # Twice the widest shared table: room for columns added later, none for thousands.
    sqlite3.SQLITE_LIMIT_COLUMN: 2 * max(len(t.columns) for t in SHARED_TABLES.values()),
    sqlite3.SQLITE_LIMIT_EXPR_DEPTH: 10,
    sqlite3.SQLITE_LIMIT_COMPOUND_SELECT: 3,
    sqlite3.SQLITE_LIMIT_VDBE_OP: 25_000,
    sqlite3.SQLITE_LIMIT_FUNCTION_ARG: 8,
    sqlite3.SQLITE_LIMIT_ATTACHED: 0,
    sqlite3.SQLITE_LIMIT_LIKE_PATTERN_LENGTH: 50,
    sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER: 10,
    sqlite3.SQLITE_LIMIT_TRIGGER_DEPTH: 10,
}
# The page cache of a package's connection, in KiB.
READ_CACHE_KIB = 2048


def _shown(text: str, length: int = 60) -> str:
    """A name out of the file, cut short for a message."""
    return text if len(text) <= length else text[:length] + "…"


def _open_readonly(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
    for limit, value in READ_LIMITS.items():
        conn.setlimit(limit, value)
    # Undecodable text comes through as surrogates, which the value check refuses
    # for its row; a decoding error would stop the whole read.
    conn.text_factory = lambda data: data.decode("utf-8", "surrogateescape")
    # Never let the file's schema run functions or views with side effects.
    conn.execute("PRAGMA trusted_schema = OFF")
    conn.execute("PRAGMA cell_size_check = ON")
    conn.execute("PRAGMA query_only = ON")
    conn.execute(f"PRAGMA cache_size = -{READ_CACHE_KIB}")
    return conn


def _read_failure(exc: sqlite3.Error) -> PackageError:
    if getattr(exc, "sqlite_errorname", None) == "SQLITE_TOOBIG":
        return IncompatiblePackage(
            "VALUE_TOO_LARGE", f"Paket berisi nilai atau skema lebih dari {MAX_VALUE_BYTES} byte."
        )
    return CorruptPackage("BAD_SQLITE", f"Paket bukan basis data SQLite yang utuh: {exc}")


def _table_names(conn: sqlite3.Connection) -> list[str]:
    """The file's tables. Nothing else may be there but the indexes SQLite makes
    for a table's PRIMARY KEY and UNIQUE constraints (their ``sql`` is NULL): no
    view, trigger, virtual table or index of our own, whose expressions would run."""
    names = []
    for kind, name, sql in conn.execute("SELECT type, name, sql FROM sqlite_master"):
        if kind == "index" and sql is None:
            continue
        if kind == "table" and sql.startswith("CREATE VIRTUAL"):
            kind = "virtual table"
        if kind != "table":
            raise IncompatiblePackage(
                "SCHEMA", f"Paket berisi {kind} {_shown(name)}; hanya tabel yang boleh."
            )
        names.append(name)
    return names


def _check_columns(conn: sqlite3.Connection, table: Table, required: set[str]) -> list[str]:
    """The columns of the file's table, each named and typed exactly as the shared
    definition says. PRAGMA table_xinfo lists the hidden and generated columns that
    table_info leaves out (and SELECT * would compute): any one of them refuses it."""
    expected = {
        c.name: (c.type.compile(dialect=sqlite_dialect.dialect()), c.primary_key)
        for c in table.columns
    }
    columns = []
    query = f'PRAGMA table_xinfo("{table.name}")'
    for _cid, name, declared, _notnull, _default, pk, hidden in conn.execute(query):
        if hidden:
            raise IncompatiblePackage(
                "SCHEMA",
                f"Tabel {table.name} berisi kolom tersembunyi atau terhitung {_shown(name)}.",
            )
        if expected.get(name) != (declared, bool(pk)):
            raise IncompatiblePackage(
                "SCHEMA", f"Kolom {table.name}.{_shown(name)} tidak sesuai format paket."
            )
        columns.append(name)
    missing = required - set(columns)
    if missing:
        raise IncompatiblePackage(
            "SCHEMA", f"Tabel {table.name} tanpa kolom {', '.join(sorted(missing))}."
        )
    return columns


def _well_typed(manifest: Manifest) -> bool:
    m = manifest
    texts = (m.package_id, m.npsn, m.sekolah_id, m.kind, m.format, m.created_at)
    numbers = (m.base_cursor, m.schema_version, m.format_version)
    return (
        all(isinstance(v, str) for v in texts)
        and all(type(v) is int for v in numbers)
        and isinstance(m.extra, dict)
        and isinstance(m.row_counts, dict)
        and all(type(c) is int and c >= 0 for c in m.row_counts.values())
    )


def _read_manifest(conn: sqlite3.Connection, names: list[str]) -> Manifest:
    if MANIFEST_TABLE not in names:
        raise CorruptPackage("BAD_MANIFEST", "Paket tidak memiliki manifest.")
    _check_columns(conn, MANIFEST, {"id", "document"})
    try:
        (document,) = conn.execute(f"SELECT document FROM {MANIFEST_TABLE} WHERE id = 1").fetchone()
        manifest = Manifest(**json.loads(document))
    except (TypeError, ValueError, RecursionError, sqlite3.Error) as exc:
        # RecursionError: JSON nested deeper than Python's stack; it will be no deeper next time.
        raise CorruptPackage("BAD_MANIFEST", f"Manifest paket tidak terbaca: {exc}") from exc
    if not _well_typed(manifest):
        raise CorruptPackage(
            "BAD_MANIFEST", "Manifest paket tidak lengkap atau isinya salah jenis."
        )
    return manifest


def _check_format(manifest: Manifest) -> None:
    if manifest.format != FORMAT or manifest.format_version != FORMAT_VERSION:
        raise IncompatiblePackage(
            "FORMAT",
            f"Format paket {_shown(manifest.format)} v{manifest.format_version} tidak dikenal.",
        )
    if manifest.schema_version != SCHEMA_VERSION:
        raise IncompatiblePackage(
            "SCHEMA_VERSION",
            f"Versi skema paket {manifest.schema_version} berbeda dari versi server "
            f"{SCHEMA_VERSION}; perbarui aplikasi.",
        )


def _check_tables(
    conn: sqlite3.Connection, names: list[str], manifest: Manifest
) -> dict[str, list[str]]:
    """The package's tables (the manifest aside), checked against the shared
    definitions: table name → its columns."""
    tables = allowed_tables(manifest.kind)
    found = {}
    for name in names:
        if name == MANIFEST_TABLE:
            continue
        if name not in tables:
            raise IncompatiblePackage("SCHEMA", f"Tabel {_shown(name)} tidak dikenal.")
        found[name] = _check_columns(conn, tables[name], set(primary_key(tables[name])))
    return found


class PackageReader:
    """A checked, read-only package: its manifest and its rows in dependency order."""

    def __init__(
        self, conn: sqlite3.Connection, manifest: Manifest, columns: dict[str, list[str]]
    ) -> None:
        self._conn = conn
        self.manifest = manifest
        self._columns = columns
        order = list(allowed_tables(manifest.kind))
        self.tables = sorted(columns, key=order.index)

    def _select(self, name: str, skip: int = 0) -> Iterator[tuple]:
        key = ", ".join(primary_key(allowed_tables(self.manifest.kind)[name]))
        listed = ", ".join(f'"{c}"' for c in self._columns[name])
        sql = f'SELECT {listed} FROM "{name}" ORDER BY {key} LIMIT -1 OFFSET ?'
        try:
            yield from self._conn.execute(sql, (skip,))
        except sqlite3.Error as exc:
            raise _read_failure(exc) from exc

    def rows(self, name: str, skip: int = 0) -> Iterator[dict]:
        """Raw rows (SQLite values) of one table, ordered by primary key for
        repeatability, after its first ``skip``."""
        columns = self._columns[name]
        for values in self._select(name, skip):
            yield dict(zip(columns, values, strict=True))

    def check_rows(self) -> None:
        """Read every value once and count the rows against the manifest: a file
        SQLite cannot hand over to its last row within the limits is refused
        here, before any of it is applied."""
        actual = {name: sum(1 for _ in self._select(name)) for name in self.tables}
        declared = {n: c for n, c in self.manifest.row_counts.items() if c}
        if {n: c for n, c in actual.items() if c} != declared:
            raise CorruptPackage(
                "ROW_COUNTS", f"Jumlah baris tidak sesuai manifest: {actual} ≠ {declared}."
            )

    def close(self) -> None:
        self._conn.close()


def _checked_reader(conn: sqlite3.Connection) -> PackageReader:
    try:
        check = conn.execute("PRAGMA quick_check").fetchone()[0]
        if check != "ok":
            raise CorruptPackage("BAD_SQLITE", f"Basis data paket rusak: {check}")
        names = _table_names(conn)
        manifest = _read_manifest(conn, names)
        _check_format(manifest)
        reader = PackageReader(conn, manifest, _check_tables(conn, names, manifest))
        reader.check_rows()
    except sqlite3.Error as exc:
        raise _read_failure(exc) from exc
    return reader


@contextlib.contextmanager
def open_package(path: str | os.PathLike, max_uncompressed: int) -> Iterator[PackageReader]:
    """Decompress, open read-only and check a package to its last value; raises PackageError."""
    with tempfile.TemporaryDirectory() as work:
        db_path = Path(work) / "package.sqlite"
        decompress_limited(Path(path), db_path, max_uncompressed)
        try:
            conn = _open_readonly(db_path)
        except sqlite3.Error as exc:
            raise _read_failure(exc) from exc
        try:
            reader = _checked_reader(conn)
        except BaseException:
            conn.close()
            raise
        try:
            yield reader
        finally:
            reader.close()
