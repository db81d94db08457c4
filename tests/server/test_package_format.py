"""The shared package format read as untrusted input (no server needed)."""

import gzip
import sqlite3
import uuid
from datetime import date
from decimal import Decimal

import pytest
from server_support import student

from dapodik.package_format import (
    CorruptPackage,
    IncompatiblePackage,
    Manifest,
    build_package,
    decode_row,
    open_package,
)
from dapodik.schema.models import PesertaDidik


def _package(tmp_path, rows):
    manifest = Manifest(
        package_id=str(uuid.uuid4()), npsn="12345678", sekolah_id=str(uuid.uuid4()), base_cursor=7
    )
    return build_package(tmp_path / "p.pkg", manifest, rows)


def _rewrite(tmp_path, built, sql: str):
    raw = tmp_path / "raw.sqlite"
    raw.write_bytes(gzip.decompress(built.path.read_bytes()))
    with sqlite3.connect(raw) as conn:
        conn.executescript(sql)
    built.path.write_bytes(gzip.compress(raw.read_bytes()))


def test_round_trip_keeps_types(tmp_path):
    row = student("Ani", lintang=Decimal("-7.123456789012"), tanggal_lahir=date(2014, 2, 28))
    built = _package(tmp_path, {"peserta_didik": [row]})
    with open_package(built.path, 10**8) as reader:
        assert reader.manifest.base_cursor == 7
        assert reader.manifest.row_counts == {"peserta_didik": 1}
        (raw,) = list(reader.rows("peserta_didik"))
    decoded = decode_row(PesertaDidik.__table__, raw)
    assert decoded["lintang"] == Decimal("-7.123456789012")
    assert decoded["tanggal_lahir"] == date(2014, 2, 28)
    assert decoded["penerima_kip"] is False


def test_bad_values_are_named(tmp_path):
    table = PesertaDidik.__table__
    with pytest.raises(ValueError, match="tanggal_lahir"):
        decode_row(table, {"tanggal_lahir": "31-02-2014"})
    with pytest.raises(ValueError, match="rt"):
        decode_row(table, {"rt": 1.5})


def test_a_gzip_bomb_stops_at_the_limit(tmp_path):
    built = _package(tmp_path, {"peserta_didik": [student(f"S{i}") for i in range(200)]})
    with pytest.raises(CorruptPackage) as error, open_package(built.path, 10_000):
        pass
    assert error.value.code == "TOO_LARGE"


def test_a_broken_deflate_stream_is_bad_gzip(tmp_path):
    # A gzip header, then a deflate block of the reserved type: zlib.error, no OSError.
    broken = tmp_path / "rusak.gz"
    broken.write_bytes(b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff\x07" + bytes(20))
    with pytest.raises(CorruptPackage) as error, open_package(broken, 10**8):
        pass
    assert error.value.code == "BAD_GZIP"


@pytest.mark.parametrize(
    "sql, code",
    [
        ("CREATE VIEW v AS SELECT 1;", "SCHEMA"),
        ("CREATE TRIGGER t AFTER INSERT ON peserta_didik BEGIN SELECT 1; END;", "SCHEMA"),
        ("ALTER TABLE peserta_didik ADD COLUMN rahasia TEXT;", "SCHEMA"),
        # Hidden from PRAGMA table_info, computed by SELECT *: a memory bomb.
        (
            "ALTER TABLE peserta_didik ADD COLUMN rahasia TEXT "
            "GENERATED ALWAYS AS (printf('%.*c', 200000000, 'x')) VIRTUAL;",
            "SCHEMA",
        ),
        ("CREATE INDEX i ON peserta_didik (printf('%.*c', 200000000, nama)) WHERE 0;", "SCHEMA"),
        ("UPDATE peserta_didik SET nama = printf('%.*c', 70000, 'x');", "VALUE_TOO_LARGE"),
    ],
)
def test_unexpected_objects_are_refused(tmp_path, sql, code):
    built = _package(tmp_path, {"peserta_didik": [student("S")]})
    _rewrite(tmp_path, built, sql)
    with pytest.raises(IncompatiblePackage) as error, open_package(built.path, 10**8):
        pass
    assert error.value.code == code


def test_a_virtual_table_is_refused_whatever_its_name(tmp_path):
    built = _package(tmp_path, {"peserta_didik": [student("S")]})
    _rewrite(
        tmp_path,
        built,
        "DROP TABLE peserta_didik; "
        "CREATE VIRTUAL TABLE peserta_didik USING fts5vocab(cari, 'row');",
    )
    refused = pytest.raises(IncompatiblePackage, match="virtual table peserta_didik")
    with refused, open_package(built.path, 10**8):
        pass


def test_row_counts_must_match_the_manifest(tmp_path):
    built = _package(tmp_path, {"peserta_didik": [student("S"), student("T")]})
    _rewrite(tmp_path, built, "DELETE FROM peserta_didik WHERE nama = 'T';")
    with pytest.raises(CorruptPackage) as error, open_package(built.path, 10**8):
        pass
    assert error.value.code == "ROW_COUNTS"


def test_a_manifest_nested_past_the_stack_is_corrupt_not_a_crash(tmp_path):
    built = _package(tmp_path, {"peserta_didik": [student("S")]})
    nested = "[" * 20_000 + "]" * 20_000
    _rewrite(tmp_path, built, f"UPDATE manifest SET document = '{nested}';")
    with pytest.raises(CorruptPackage) as error, open_package(built.path, 10**8):
        pass
    assert error.value.code == "BAD_MANIFEST"


@pytest.mark.parametrize(
    "column, value, message",
    [
        ("rt", 10**15, "di luar rentang -32768 sampai 32767"),
        ("agama_id", 2**31, "di luar rentang"),
        ("server_version", "1_000", "bukan bilangan bulat"),
        ("lintang", "1234567.5", "lebih dari 6 angka sebelum koma"),
        ("lintang", "999999.9999999999999", "lebih dari 6 angka sebelum koma"),
        ("nama", "a\x00b", "berisi karakter NUL"),
        ("nama", "\udcff", "bukan teks UTF-8"),
        ("last_update", "2025-01-01 07:00:00+07:00", "waktu tidak boleh memuat zona"),
    ],
)
def test_values_beyond_their_column_are_named(column, value, message):
    with pytest.raises(ValueError, match=f"kolom {column}: {message}"):
        decode_row(PesertaDidik.__table__, {column: value})


def test_decimals_are_rounded_to_their_scale_as_postgresql_does():
    row = decode_row(PesertaDidik.__table__, {"lintang": "-7.1234567890125"})
    assert row["lintang"] == Decimal("-7.123456789013")
    assert decode_row(PesertaDidik.__table__, {"rt": "-12"})["rt"] == -12
