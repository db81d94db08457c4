"""Hand-made change packages, as an attacker with a legitimately registered school
would send them: each kind is a valid package of the school bent one way, and
``mutation`` bends one at random. ``Hostile.expect`` holds the final statuses
the server may give it and ``code`` what its history or a row result says.

Rewriting a package happens on its SQLite file (decompressed) with the attacker's
own SQLite, which runs none of what the package holds but its own statements.
"""

import gzip
import hashlib
import json
import random
import sqlite3
import tempfile
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from server_support import SchoolClient, registrasi, student

REFUSED, CORRUPT = frozenset({"refused"}), frozenset({"corrupt"})
WITH_EXCEPTIONS = frozenset({"processed_with_exceptions"})
FINAL = frozenset({"processed", "processed_with_exceptions", "corrupt", "refused"})
# The value of a memory bomb: 200,000,000 characters per row read.
BOMB = 200_000_000


@dataclass
class Hostile:
    kind: str
    package_id: str
    data: bytes
    expect: frozenset[str]
    code: str | None = None
    sha256: str | None = None  # a lie about the upload's checksum; None: the true one

    def send(self, school: SchoolClient) -> None:
        school.send_bytes(self.data, self.package_id, self.sha256)


def valid_rows(school: SchoolClient, count: int = 3) -> dict:
    students = [student(f"Siswa Uji {i}") for i in range(count)]
    return {
        "peserta_didik": students,
        "registrasi_peserta_didik": [
            registrasi(s["peserta_didik_id"], school.sekolah_id) for s in students
        ],
    }


def package_sqlite(school: SchoolClient, rows: dict | None = None, **manifest) -> tuple[str, bytes]:
    """A valid package of the school, as its SQLite file: (package id, bytes)."""
    built = school.package(rows or valid_rows(school), **manifest)
    return built.manifest.package_id, gzip.decompress(built.path.read_bytes())


def rewrite(data: bytes, *statements: str, params: tuple = ()) -> bytes:
    """The SQLite file after the attacker's statements (the last one takes ``params``)."""
    with tempfile.TemporaryDirectory() as work:
        path = Path(work) / "p.sqlite"
        path.write_bytes(data)
        conn = sqlite3.connect(path)
        try:
            for sql in statements[:-1]:
                conn.execute(sql)
            conn.execute(statements[-1], params)
            conn.commit()
        finally:
            conn.close()
        return path.read_bytes()


def manifest_of(data: bytes) -> dict:
    with tempfile.TemporaryDirectory() as work:
        path = Path(work) / "p.sqlite"
        path.write_bytes(data)
        with sqlite3.connect(path) as conn:
            document = conn.execute("SELECT document FROM manifest").fetchone()[0]
        conn.close()
    return json.loads(document)


def with_manifest(data: bytes, document: str) -> bytes:
    return rewrite(data, "UPDATE manifest SET document = ?", params=(document,))


def hostile(kind, package_id, data, expect, code=None, compressed=False, sha256=None):
    return Hostile(
        kind, package_id, data if compressed else gzip.compress(data), expect, code, sha256
    )


# -- the kinds ----------------------------------------------------------------


def generated_column(school: SchoolClient, size: int = BOMB) -> Hostile:
    """Finding 1: a hidden column PRAGMA table_info does not list, computed on read."""
    package_id, data = package_sqlite(school)
    data = rewrite(
        data,
        "ALTER TABLE peserta_didik ADD COLUMN rahasia TEXT "
        f"GENERATED ALWAYS AS (printf('%.*c', {size}, 'x')) VIRTUAL",
    )
    return hostile("generated_column", package_id, data, REFUSED, "SCHEMA")


def generated_manifest(school: SchoolClient) -> Hostile:
    package_id, data = package_sqlite(school)
    document = json.dumps(manifest_of(data)).replace("'", "''")
    data = rewrite(
        data,
        "DROP TABLE manifest",
        "CREATE TABLE manifest (id INTEGER PRIMARY KEY, "
        f"document TEXT GENERATED ALWAYS AS ('{document}' || printf('%.*c', {BOMB}, ' ')))",
        "INSERT INTO manifest (id) VALUES (1)",
    )
    return hostile("generated_manifest", package_id, data, REFUSED, "SCHEMA")


def _schema_object(
    kind: str, sql: str, expect=REFUSED, code="SCHEMA"
) -> Callable[[SchoolClient], Hostile]:
    def make(school: SchoolClient) -> Hostile:
        package_id, data = package_sqlite(school)
        return hostile(kind, package_id, rewrite(data, sql), expect, code)

    return make


def _replaced_table(
    kind: str, columns: str, kept: str, expect, code
) -> Callable[[SchoolClient], Hostile]:
    """The package's peserta_didik table made anew by the attacker with ``columns``,
    the valid row's ``kept`` columns copied into it."""

    def make(school: SchoolClient) -> Hostile:
        package_id, data = package_sqlite(school, {"peserta_didik": [student(kind)]})
        data = rewrite(
            data,
            "ALTER TABLE peserta_didik RENAME TO lama",
            f"CREATE TABLE peserta_didik ({columns})",
            f"INSERT INTO peserta_didik ({kept}) SELECT {kept} FROM lama",
            "DROP TABLE lama",
        )
        return hostile(kind, package_id, data, expect, code)

    return make


# A CHECK constraint deeper than the reader's expression depth (a + a + …).
DEEP_CHECK = " + ".join(["length(nama)"] * 300)
MANY_COLUMNS = ", ".join(f"k{i} TEXT" for i in range(1000))


def deep_manifest(school: SchoolClient) -> Hostile:
    """Finding 4: JSON nested deeper than Python's stack."""
    package_id, data = package_sqlite(school)
    document = manifest_of(data)
    nested = "[" * 20_000 + "]" * 20_000
    text = json.dumps(document)[:-1] + f', "dalam": {nested}}}'
    return hostile("deep_manifest", package_id, with_manifest(data, text), CORRUPT, "BAD_MANIFEST")


def _manifest_text(kind: str, change: Callable[[dict], str], expect, code):
    def make(school: SchoolClient) -> Hostile:
        package_id, data = package_sqlite(school)
        document = manifest_of(data)
        return hostile(kind, package_id, with_manifest(data, change(document)), expect, code)

    return make


def _manifest_field(kind: str, name: str, value, expect, code):
    return _manifest_text(kind, lambda d: json.dumps({**d, name: value}), expect, code)


def huge_key(school: SchoolClient) -> Hostile:
    """Finding 3: a primary key of 5 MiB."""
    package_id, data = package_sqlite(school, {"peserta_didik": [student("Kunci Besar")]})
    data = rewrite(data, "UPDATE peserta_didik SET peserta_didik_id = ?", params=("k" * (5 << 20),))
    return hostile("huge_key", package_id, data, REFUSED, "VALUE_TOO_LARGE")


def wide_rows(school: SchoolClient, rows: int = 400) -> Hostile:
    """Rows with five values each just under the reader's 64 KiB: held raw, a batch
    of them would take hundreds of MiB; each is refused for its lengths."""
    students = [student(f"Lebar {i}") for i in range(rows)]
    package_id, data = package_sqlite(school, {"peserta_didik": students})
    columns = ("nama", "alamat_jalan", "nama_ayah", "nama_ibu_kandung", "email")
    wide = ", ".join(f"{c} = printf('%.*c', 60000, 'x')" for c in columns)
    data = rewrite(data, f"UPDATE peserta_didik SET {wide}")
    return hostile("wide_rows", package_id, data, WITH_EXCEPTIONS, "INVALID_VALUE")


def _row_value(
    kind: str, column: str, value, code: str, expect=WITH_EXCEPTIONS
) -> Callable[[SchoolClient], Hostile]:
    """One student of three with a bad value: that row rejected, the others applied
    (or, for a value past the reader's limit, the package refused)."""

    def make(school: SchoolClient) -> Hostile:
        students = [student(f"Nilai {i}") for i in range(3)]
        package_id, data = package_sqlite(school, {"peserta_didik": students})
        sql = f"UPDATE peserta_didik SET {column} = ? WHERE peserta_didik_id = ?"
        bad = rewrite(data, sql, params=(value, students[1]["peserta_didik_id"]))
        return hostile(kind, package_id, bad, expect, code)

    return make


def wrong_school(school: SchoolClient) -> Hostile:
    package_id, data = package_sqlite(school, npsn="99999999", sekolah_id=str(uuid.uuid4()))
    return hostile("wrong_school", package_id, data, REFUSED, "WRONG_SCHOOL")


def other_kind(school: SchoolClient) -> Hostile:
    package_id, data = package_sqlite(school)
    document = manifest_of(data)
    data = with_manifest(data, json.dumps({**document, "kind": "prefill"}))
    return hostile("other_kind", package_id, data, CORRUPT, "BAD_MANIFEST")


def row_counts(school: SchoolClient) -> Hostile:
    package_id, data = package_sqlite(school)
    data = rewrite(data, "DELETE FROM registrasi_peserta_didik")
    return hostile("row_counts", package_id, data, CORRUPT, "ROW_COUNTS")


def garbage(school: SchoolClient) -> Hostile:
    noise = hashlib.sha256(school.npsn.encode()).digest() * 128
    return hostile("garbage", str(uuid.uuid4()), noise, CORRUPT, "BAD_GZIP", True)


def not_sqlite(school: SchoolClient) -> Hostile:
    return hostile("not_sqlite", str(uuid.uuid4()), b"bukan sqlite" * 300, CORRUPT, "BAD_SQLITE")


def truncated_gzip(school: SchoolClient) -> Hostile:
    package_id, data = package_sqlite(school)
    whole = gzip.compress(data)
    return hostile(
        "truncated_gzip", package_id, whole[: len(whole) // 2], CORRUPT, "BAD_GZIP", True
    )


def checksum_lie(school: SchoolClient) -> Hostile:
    package_id, data = package_sqlite(school)
    lie = hashlib.sha256(b"lain").hexdigest()
    return hostile("checksum_lie", package_id, data, CORRUPT, "CHECKSUM", sha256=lie)


KINDS: dict[str, Callable[[SchoolClient], Hostile]] = {
    "generated_column": generated_column,
    "generated_manifest": generated_manifest,
    "view": _schema_object("view", "CREATE VIEW v AS SELECT printf('%.*c', 1000000, 'x')"),
    "trigger": _schema_object(
        "trigger", "CREATE TRIGGER t AFTER INSERT ON peserta_didik BEGIN SELECT 1; END"
    ),
    "index": _schema_object(
        "index", f"CREATE INDEX i ON peserta_didik (printf('%.*c', {BOMB}, nama)) WHERE 0"
    ),
    "virtual_table": _schema_object(
        "virtual_table", "CREATE VIRTUAL TABLE peserta_didik_cari USING fts5(nama)"
    ),
    "unknown_column": _schema_object(
        "unknown_column", "ALTER TABLE peserta_didik ADD COLUMN rahasia TEXT"
    ),
    "unknown_table": _schema_object("unknown_table", "CREATE TABLE pengguna (id TEXT)"),
    "referensi_table": _schema_object(
        "referensi_table", "CREATE TABLE ref_agama (agama_id SMALLINT PRIMARY KEY, nama TEXT)"
    ),
    "stat_table": _schema_object("stat_table", "ANALYZE"),
    "wrong_type": _replaced_table(
        "wrong_type",
        "peserta_didik_id VARCHAR(36) PRIMARY KEY, nama BLOB",
        "peserta_didik_id, nama",
        REFUSED,
        "SCHEMA",
    ),
    "missing_key": _replaced_table(
        "missing_key", "nama VARCHAR(100) NOT NULL", "nama", REFUSED, "SCHEMA"
    ),
    "deep_check": _replaced_table(
        "deep_check",
        f"peserta_didik_id VARCHAR(36) PRIMARY KEY, nama VARCHAR(100) CHECK ({DEEP_CHECK} > 0)",
        "peserta_didik_id, nama",
        CORRUPT,
        "BAD_SQLITE",
    ),
    "many_columns": _replaced_table(
        "many_columns",
        f"peserta_didik_id VARCHAR(36) PRIMARY KEY, {MANY_COLUMNS}",
        "peserta_didik_id",
        CORRUPT,
        "BAD_SQLITE",
    ),
    "deep_manifest": deep_manifest,
    "manifest_list": _manifest_text("manifest_list", lambda d: "[]", CORRUPT, "BAD_MANIFEST"),
    "manifest_not_json": _manifest_text(
        "manifest_not_json", lambda d: "{bukan json", CORRUPT, "BAD_MANIFEST"
    ),
    "manifest_huge": _manifest_field(
        "manifest_huge", "extra", {"isi": "x" * 100_000}, CORRUPT, "BAD_MANIFEST"
    ),
    "manifest_big_number": _manifest_text(
        "manifest_big_number",
        lambda d: json.dumps(d).replace('"base_cursor": 0', '"base_cursor": 1' + "0" * 5000),
        CORRUPT,
        "BAD_MANIFEST",
    ),
    "manifest_wrong_types": _manifest_field(
        "manifest_wrong_types", "row_counts", [1, 2], CORRUPT, "BAD_MANIFEST"
    ),
    "manifest_unknown_key": _manifest_field(
        "manifest_unknown_key", "rahasia", 1, CORRUPT, "BAD_MANIFEST"
    ),
    "manifest_missing": _schema_object(
        "manifest_missing", "DROP TABLE manifest", CORRUPT, "BAD_MANIFEST"
    ),
    "other_format": _manifest_field("other_format", "format_version", 2, REFUSED, "FORMAT"),
    "other_schema": _manifest_field(
        "other_schema", "schema_version", 99, REFUSED, "SCHEMA_VERSION"
    ),
    "other_package_id": _manifest_field(
        "other_package_id", "package_id", str(uuid.uuid4()), CORRUPT, "BAD_MANIFEST"
    ),
    "other_kind": other_kind,
    "wrong_school": wrong_school,
    "row_counts": row_counts,
    "huge_key": huge_key,
    "wide_rows": wide_rows,
    "huge_value": _row_value("huge_value", "nama", "x" * 200_000, "VALUE_TOO_LARGE", REFUSED),
    "long_key": _row_value("long_key", "peserta_didik_id", "k" * 1000, "INVALID_KEY"),
    "blank_key": _row_value("blank_key", "peserta_didik_id", "   ", "NO_KEY"),
    "upper_case_key": _row_value(
        "upper_case_key", "peserta_didik_id", str(uuid.uuid4()).upper(), "INVALID_KEY"
    ),
    "smallint_overflow": _row_value("smallint_overflow", "rt", 10**15, "INVALID_VALUE"),
    "integer_overflow": _row_value("integer_overflow", "agama_id", 2**40, "INVALID_VALUE"),
    "numeric_overflow": _row_value("numeric_overflow", "lintang", "1e20", "INVALID_VALUE"),
    "nul_text": _row_value("nul_text", "nama", "a\x00b", "INVALID_VALUE"),
    "blob_text": _row_value("blob_text", "nama", b"\xff\xfe", "INVALID_VALUE"),
    "float_integer": _row_value("float_integer", "rt", 1.5, "INVALID_VALUE"),
    "bad_date": _row_value("bad_date", "tanggal_lahir", "2014-02-31", "INVALID_VALUE"),
    "zoned_time": _row_value(
        "zoned_time", "last_update", "2025-01-01 07:00:00+07:00", "INVALID_VALUE"
    ),
    "unknown_referensi": _row_value("unknown_referensi", "agama_id", 77, "REFERENSI_UNKNOWN"),
    "version_lie": _row_value("version_lie", "server_version", 2**31 - 1, "VERSION_UNKNOWN"),
    "garbage": garbage,
    "not_sqlite": not_sqlite,
    "truncated_gzip": truncated_gzip,
    "checksum_lie": checksum_lie,
}


# -- random mutations of valid packages -------------------------------------------

PALETTE = (
    None,
    0,
    -1,
    2**31,
    2**63 - 1,
    -(2**63),
    1e308,
    float("inf"),
    "",
    "   ",
    "\x00",
    "é" * 50,
    "9999-99-99",
    "2024-01-01T00:00:00+07:00",
    b"\xff\xfe\x00",
    "1_000",
    "１２",
    "x" * 70_000,
    "00000000-0000-4000-8000-000000000000",
)


def _flip(data: bytes, rng: random.Random, start: int) -> bytes:
    mutable = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        mutable[rng.randrange(start, len(mutable))] ^= 1 << rng.randrange(8)
    return bytes(mutable)


def _mutated_value(school, rng, package_id, data) -> Hostile:
    table = rng.choice(["peserta_didik", "registrasi_peserta_didik"])
    with tempfile.TemporaryDirectory() as work:
        path = Path(work) / "p.sqlite"
        path.write_bytes(data)
        with sqlite3.connect(path) as conn:
            columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
        conn.close()
    while True:
        sql = f'UPDATE {table} SET "{rng.choice(columns)}" = ? WHERE rowid = {rng.randint(1, 3)}'
        try:
            bent = rewrite(data, sql, params=(rng.choice(PALETTE),))
        except sqlite3.IntegrityError:
            continue  # NULL in a NOT NULL column: the attacker's SQLite refuses; bend another
        return hostile("value", package_id, bent, FINAL)


def _mutated_manifest(school, rng, package_id, data) -> Hostile:
    document = manifest_of(data)
    value = rng.choice(PALETTE)
    if isinstance(value, bytes):  # no JSON at all: the bytes in place of the document
        text = value
    else:
        document[rng.choice(sorted(document))] = value
        text = json.dumps(document)
    data = with_manifest(data, text)
    return hostile("manifest", package_id, data, FINAL)


def _mutated_bytes(school, rng, package_id, data) -> Hostile:
    return hostile("bytes", package_id, _flip(data, rng, 100), FINAL)


def _mutated_cut(school, rng, package_id, data) -> Hostile:
    return hostile("cut", package_id, data[: rng.randrange(len(data))], FINAL)


def _mutated_gzip(school, rng, package_id, data) -> Hostile:
    return hostile("gzip", package_id, _flip(gzip.compress(data), rng, 10), FINAL, compressed=True)


MUTATIONS = (_mutated_value, _mutated_manifest, _mutated_bytes, _mutated_cut, _mutated_gzip)


def mutation(school: SchoolClient, rng: random.Random) -> Hostile:
    """A valid package of the school, bent at random (seeded by ``rng``)."""
    package_id, data = package_sqlite(school)
    made = rng.choice(MUTATIONS)(school, rng, package_id, data)
    made.kind = f"mutation:{made.kind}"
    return made
