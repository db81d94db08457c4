"""The Riwayat Sinkronisasi exported to Excel: every run, every column family, the
lists on their own sheets; written whole or refused with a message."""

from datetime import datetime

import pytest
from openpyxl import load_workbook

from app.sync import log
from app.sync.log_export import ExportError, export_log, export_runs
from tests.sync.sync_support import record_run

HISTORY = [
    {"status": "received", "label": "Diterima", "at": "2026-07-14T01:00:05Z", "detail": None},
    {"status": "processed_with_exceptions", "label": "x", "at": "2026-07-14T01:00:09Z",
     "detail": "1 baris ditolak"},
]  # fmt: skip
EXCEPTION = {
    "table": "peserta_didik",
    "row_id": "pd-1",
    "result": "rejected",
    "code": "NISN-GANDA",
    "reason": "NISN dipakai sekolah lain",
}
CONFLICT = {
    "table": "ptk",
    "row_id": "ptk-1",
    "source": "verval",
    "server_fields": ["nuptk"],
    "local_fields": ["alamat_jalan"],
}


@pytest.fixture
def runs(small_db):
    """A full run with exceptions and a conflict, then a failed one with little in it."""
    record_run(
        small_db,
        log.DONE,
        user_id="u-ops",
        clock_offset_s=-420.0,
        package_id="paket-1",
        bytes_sent=5000,
        bytes_resent=1200,
        counts={
            "peserta_didik": {
                "created": 2,
                "updated": 3,
                "deleted": 1,
                "conflict": 0,
                "rejected": 1,
            },
            "ptk": {"created": 0, "updated": 1, "deleted": 0, "conflict": 1, "rejected": 0},
        },  # fmt: skip
        server_status="processed_with_exceptions",
        server_history=HISTORY,
        exceptions=[EXCEPTION],
        rows_pulled=12,
        conflicts=[CONFLICT],
        notes=["Server melaporkan paket rusak; paket dibangun ulang."],
    )
    record_run(small_db, log.FAILED, errors=["Server tidak dapat dihubungi."])
    with small_db.Session() as session:
        return log.runs(session)


def _sheet(path, title: str) -> list[tuple]:
    book = load_workbook(path, read_only=True)
    rows = list(book[title].iter_rows(values_only=True))
    book.close()
    return rows


def test_every_run_and_column_family_is_exported(runs, tmp_path):
    path = tmp_path / "riwayat.xlsx"
    export_runs(runs, path, {"u-ops": "Siti Operator"})

    header, failed, done = _sheet(path, "Riwayat")
    row = dict(zip(header, done, strict=True))
    assert row["Pengguna"] == "Siti Operator"
    assert isinstance(row["Mulai"], datetime) and isinstance(row["Selesai"], datetime)
    assert row["Selisih jam server (detik)"] == -420
    assert (row["Paket"], row["Byte dikirim"], row["Byte dikirim ulang"]) == ("paket-1", 5000, 1200)
    totals = [row[h] for h in ("Baru", "Diubah", "Dihapus", "Konflik", "Ditolak")]
    assert totals == [2, 4, 1, 1, 1]
    assert row["Status server"] == "Berhasil diproses dengan pengecualian"
    assert "Diterima via aplikasi" in row["Riwayat status server"]
    assert "1 baris ditolak" in row["Riwayat status server"]
    assert (row["Pengecualian"], row["Baris ditarik"], row["Konflik saat menarik"]) == (1, 12, 1)
    assert "dibangun ulang" in row["Catatan"]
    assert row["Hasil"] == "Selesai"
    failed_row = dict(zip(header, failed, strict=True))
    assert failed_row["Hasil"] == "Gagal" and failed_row["Galat"] == "Server tidak dapat dihubungi."
    assert failed_row["Pengguna"] is None and failed_row["Status server"] == "-"

    per_table = _sheet(path, "Per Tabel")
    assert per_table[0] == ("No", "Tabel", "Baru", "Diubah", "Dihapus", "Konflik", "Ditolak")
    assert (done[0], "peserta_didik", 2, 3, 1, 0, 1) in per_table
    assert _sheet(path, "Pengecualian")[1] == (
        done[0],
        "peserta_didik",
        "pd-1",
        "rejected",
        "NISN-GANDA",
        "NISN dipakai sekolah lain",
    )
    assert _sheet(path, "Konflik")[1] == (done[0], "ptk", "ptk-1", "nuptk", "alamat_jalan")


def test_an_unwritable_place_is_refused_with_a_message(runs, tmp_path):
    with pytest.raises(ExportError, match="tidak dapat disimpan ke .*tidak-ada"):
        export_runs(runs, tmp_path / "tidak-ada" / "riwayat.xlsx", {})


def test_an_existing_file_is_replaced_whole(runs, tmp_path):
    folder = tmp_path / "ekspor"
    folder.mkdir()
    path = folder / "riwayat.xlsx"
    path.write_bytes(b"versi lama")
    export_runs(runs, path, {})
    assert len(_sheet(path, "Riwayat")) == 3
    assert [p.name for p in folder.iterdir()] == ["riwayat.xlsx"]  # no temporary left


def test_export_log_writes_every_run_beyond_the_tabs_hundred(small_db, tmp_path):
    for _ in range(101):
        record_run(small_db, log.CANCELLED)
    assert export_log(small_db, tmp_path / "semua.xlsx") == 101
    assert len(_sheet(tmp_path / "semua.xlsx", "Riwayat")) == 102
