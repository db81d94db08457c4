"""Excel export and the Peserta Didik / GTK import, through the functions and the CLI."""

from datetime import datetime

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from app.cli import main
from app.db import listing as listings
from app.db import models as m
from app.entry import excel

HEADER = [
    "nama",
    "jenis_kelamin",
    "tanggal_lahir",
    "nik",
    "nisn",
    "agama_id",
    "nama_ibu_kandung",
    "jenis_pendaftaran_id",
    "tanggal_masuk_sekolah",
    "tinggi_badan",
    "berat_badan",
    "jarak_rumah_ke_sekolah_km",
]
GOOD = [
    ["Rina Wulandari", "P", datetime(2015, 3, 4), "3204014403150007", "0151234567", "Islam",
     "Sri Mulyani", 1, "12-07-2021", 131, 27, 1.5],
    ["Dodi Saputra", "L", "2014-11-20", 3204012011140008, "0141234568", 1,
     "Wati", "Siswa baru", datetime(2020, 7, 13), "135", "30", "0,8"],
]  # fmt: skip


def write_book(path, rows, header=HEADER):
    book = Workbook()
    book.active.append(header)
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def student_count(db) -> int:
    with db.Session() as session:
        return session.scalar(select(func.count()).select_from(m.PesertaDidik))


def test_good_file_is_previewed_then_imported_in_one_go(small_db, tmp_path):
    path = write_book(tmp_path / "pd.xlsx", GOOD)
    before = student_count(small_db)
    with small_db.Session() as session:
        results = excel.preview(session, "peserta_didik", path)
    assert [r.status for r in results] == ["new", "new"]
    assert student_count(small_db) == before  # a preview writes nothing
    assert excel.apply(small_db, "peserta_didik", results) == 2
    assert student_count(small_db) == before + 2
    with small_db.Session() as session:
        dodi = session.scalars(select(m.PesertaDidik).where(m.PesertaDidik.nisn == "0141234568"))
        assert dodi.one().nik == "3204012011140008"  # a number cell keeps every digit
        again = excel.preview(session, "peserta_didik", path)
    assert [r.status for r in again] == ["update", "update"]


def test_bad_rows_are_marked_with_reasons_and_good_rows_still_import(small_db, tmp_path):
    bad = [
        ["Tanpa NIK Benar", "P", "04-03-2015", "3204010403150007", "0151230000", 1, "Ibu", 1,
         "12-07-2021", 130, 26, 1],
        ["", "L", "bukan tanggal", "", "12", "Jedi", "Ibu", 1, "12-07-2021", 30, 26, 1],
        ["Kembar NISN", "L", "2015-01-01", "", "0151234567", 1, "Ibu", 1, "12-07-2021", 130,
         26, 1],
    ]  # fmt: skip
    path = write_book(tmp_path / "pd.xlsx", GOOD[:1] + bad)
    with small_db.Session() as session:
        results = excel.preview(session, "peserta_didik", path)
    assert [r.status for r in results] == ["new", "error", "error", "error"]
    assert "seharusnya 440315" in results[1].reasons()
    reasons = results[2].reasons()
    for expected in ("Nama wajib diisi", "Tanggal Lahir bukan tanggal", "NISN harus 10", "Jedi"):
        assert expected in reasons
    assert "sama dengan baris 2" in results[3].reasons()
    before = student_count(small_db)
    assert excel.apply(small_db, "peserta_didik", results) == 1
    assert student_count(small_db) == before + 1


def test_wrong_columns_are_refused(small_db, tmp_path):
    path = write_book(tmp_path / "pd.xlsx", [], header=["Nama Siswa", "nisn"])
    with small_db.Session() as session, pytest.raises(excel.ImportFileError) as refused:
        excel.preview(session, "peserta_didik", path)
    assert "Nama Siswa" in str(refused.value) and "tanggal_lahir" in str(refused.value)


def test_a_file_that_is_not_excel_is_refused(small_db, tmp_path):
    path = tmp_path / "siswa.xlsx"
    path.write_text("nama,nisn\nRina,0151234567\n")
    with small_db.Session() as session, pytest.raises(excel.ImportFileError, match="bukan berkas"):
        excel.preview(session, "peserta_didik", path)


def test_template_has_every_field_and_its_help(tmp_path):
    path = tmp_path / "templat.xlsx"
    excel.write_template(excel.IMPORT_FORMS["ptk"], path)
    book = load_workbook(path)
    header = [c.value for c in book.worksheets[0][1]]
    assert header[:2] == ["nama", "jenis_kelamin"] and "nuptk" in header
    assert book["Petunjuk"].max_row == len(header) + 1


def test_cli_import_prints_counts_and_error_rows(small_db, tmp_path, capsys):
    path = write_book(tmp_path / "pd.xlsx", GOOD + [["", "L", "", "", "", 1, "", 1, "", 1, 1, 1]])
    db = str(small_db.path)
    assert main(["import", "peserta_didik", str(path), "--dry-run", "--db", db]) == 1
    out = capsys.readouterr().out
    assert "baru: 2, ubah: 0, galat: 1" in out and "baris 4" in out and "Nama wajib" in out
    assert "tidak ada yang ditulis" in out
    good = write_book(tmp_path / "good.xlsx", GOOD)
    assert main(["import", "peserta_didik", str(good), "--db", db]) == 0
    assert "2 baris ditulis" in capsys.readouterr().out


def test_cli_import_usage_errors_exit_2(small_db, tmp_path, capsys):
    not_excel = tmp_path / "x.xlsx"
    not_excel.write_bytes(b"PK\x03\x04 broken")
    db = str(small_db.path)
    assert main(["import", "ptk", str(not_excel), "--db", db]) == 2
    wrong = write_book(tmp_path / "w.xlsx", [], header=["foo"])
    assert main(["import", "ptk", str(wrong), "--db", db]) == 2
    assert "Tidak dikenal: foo" in capsys.readouterr().err


def test_cli_export_writes_every_row(small_db, tmp_path, capsys):
    out = tmp_path / "pd.xlsx"
    assert main(["export", "peserta_didik", "--out", str(out), "--db", str(small_db.path)]) == 0
    sheet = load_workbook(out).worksheets[0]
    assert sheet.max_row == 181 and sheet.cell(1, 1).value == "Nama"
    assert main(["export", "tidak_ada", "--out", str(out), "--db", str(small_db.path)]) == 2


def test_export_on_the_large_school_follows_search_and_status(large_db, tmp_path):
    lst = listings.listing("peserta_didik")
    with large_db.Session() as session:
        total = excel.export_listing(session, lst, tmp_path / "semua.xlsx")
        active = excel.export_listing(session, lst, tmp_path / "aktif.xlsx", active=True)
        left = excel.export_listing(session, lst, tmp_path / "keluar.xlsx", active=False)
        found = excel.export_listing(session, lst, tmp_path / "cari.xlsx", search="Putri")
    assert total == 3000 and active + left == total and 0 < found < total
    assert load_workbook(tmp_path / "semua.xlsx").worksheets[0].max_row == 3001
