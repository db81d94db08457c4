"""Excel export and the Peserta Didik / GTK import, through the functions and the CLI."""

import sqlite3
from datetime import datetime
from decimal import Decimal

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from app.cli import main
from app.db import listing as listings
from app.db.change_tracking import current_counter
from app.entry import excel
from dapodik.demo.rows import SEMESTER_ID
from dapodik.schema import models as m

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
PERIODIK = ("tinggi_badan", "berat_badan", "jarak_rumah_ke_sekolah_km")


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
    assert len(excel.apply(small_db, "peserta_didik", results)) == 2
    assert student_count(small_db) == before + 2
    with small_db.Session() as session:
        dodi = session.scalars(select(m.PesertaDidik).where(m.PesertaDidik.nisn == "0141234568"))
        dodi = dodi.one()
        assert dodi.nik == "3204012011140008"  # a number cell keeps every digit
        periodik = session.scalars(
            select(m.PesertaDidikLongitudinal).where(
                m.PesertaDidikLongitudinal.peserta_didik_id == dodi.peserta_didik_id
            )
        ).one()
        assert (periodik.semester_id, periodik.tinggi_badan) == (SEMESTER_ID, 135)
        assert periodik.jarak_rumah_ke_sekolah_km == Decimal("0.8")
        again = excel.preview(session, "peserta_didik", path)
    # Matched by NISN: the same values again change nothing.
    assert [r.status for r in again] == ["unchanged", "unchanged"]


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
    for expected in (
        "Nama wajib diisi",
        "Tanggal Lahir bukan tanggal",
        "NISN harus 10",
        "Jedi",
        "Tinggi Badan (cm) harus antara 50 dan 250.",
    ):
        assert expected in reasons
    assert "sama dengan baris 2" in results[3].reasons()
    before = student_count(small_db)
    assert len(excel.apply(small_db, "peserta_didik", results)) == 1
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
    assert header[:3] == ["ptk_id", "nama", "jenis_kelamin"] and "nuptk" in header
    assert book["Petunjuk"].max_row == len(header) + 1


def test_cli_import_prints_counts_and_error_rows(small_db, tmp_path, capsys):
    path = write_book(tmp_path / "pd.xlsx", GOOD + [["", "L", "", "", "", 1, "", 1, "", 1, 1, 1]])
    db = str(small_db.path)
    assert main(["import", "peserta_didik", str(path), "--dry-run", "--db", db]) == 1
    out = capsys.readouterr().out
    assert "baru: 2, ubah: 0, tidak berubah: 0, galat: 1" in out
    assert "baris 4" in out and "Nama wajib" in out
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
    assert sheet.max_row == 181 and sheet.cell(1, 1).value == "peserta_didik_id"
    # Tables without an import keep the listing's own columns.
    rombel = tmp_path / "rombel.xlsx"
    assert (
        main(["export", "rombongan_belajar", "--out", str(rombel), "--db", str(small_db.path)]) == 0
    )
    header = [c.value for c in load_workbook(rombel).worksheets[0][1]]
    assert header == [c.label for c in listings.listing("rombongan_belajar").columns]
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


# The round trip: export, edit a few cells in Excel, import the same file back.

SIZES = {"peserta_didik": 180, "ptk": 12}
TABLES = {
    "peserta_didik": (
        "peserta_didik",
        "registrasi_peserta_didik",
        "peserta_didik_longitudinal",
    ),
    "ptk": ("ptk", "ptk_terdaftar"),
}


def exported(db, table: str, folder) -> tuple:
    """The CLI's export of ``table``, opened for editing, with its header."""
    path = folder / f"{table}.xlsx"
    assert main(["export", table, "--out", str(path), "--db", str(db.path)]) == 0
    book = load_workbook(path)
    return path, book, [c.value for c in book.worksheets[0][1]]


def preview_counts(db, table: str, path) -> tuple[list, dict]:
    with db.Session() as session:
        results = excel.preview(session, table, path)
    return results, excel.counts(results)


def snapshot(db, tables: tuple[str, ...]) -> dict:
    """Every column of every row, but the clock's ``last_update``."""
    found = {}
    with sqlite3.connect(db.path) as conn:
        for table in tables:
            rows = conn.execute(f"SELECT * FROM {table}")
            columns = [d[0] for d in rows.description]
            for row in rows:
                found.update(
                    ((table, row[0], c), v)
                    for c, v in zip(columns, row, strict=True)
                    if c != "last_update"
                )
    return found


@pytest.mark.parametrize("table", ["peserta_didik", "ptk"])
def test_an_unchanged_export_imports_as_nothing_to_do(small_db, tmp_path, table):
    # The demo school holds deliberate mistakes: rows nobody edited are not errors.
    path, book, header = exported(small_db, table, tmp_path)
    spec = excel.IMPORT_FORMS[table]
    assert header == [excel.key_column(spec), *(f.key for f in spec.fields)]
    assert [c.value for c in book["Petunjuk"]["A"]][1:] == header
    _results, counted = preview_counts(small_db, table, path)
    assert counted == {"new": 0, "update": 0, "unchanged": SIZES[table], "error": 0}


@pytest.mark.parametrize(
    ("table", "column", "value", "holder"),
    [
        ("peserta_didik", "nama", "Budi Santoso Putra", "peserta_didik"),
        ("peserta_didik", "tinggi_badan", 149, "peserta_didik_longitudinal"),
        ("peserta_didik", "nipd", "9990001", "registrasi_peserta_didik"),
        ("ptk", "no_hp", "081299990001", "ptk"),
    ],
)
def test_one_edited_cell_is_one_update_of_exactly_that_field(
    small_demo_file, small_db, tmp_path, table, column, value, holder
):
    path, book, header = exported(small_db, table, tmp_path)
    sheet = book.worksheets[0]
    mistaken = {issue.row_id for issue in small_demo_file[1].deliberate}
    row = next(r for r in range(2, sheet.max_row + 1) if sheet.cell(r, 1).value not in mistaken)
    record_id = sheet.cell(row, 1).value
    sheet.cell(row, header.index(column) + 1).value = value
    book.save(path)
    before = snapshot(small_db, TABLES[table])
    with small_db.Session() as session:
        counter = current_counter(session)

    results, counted = preview_counts(small_db, table, path)
    assert counted == {"new": 0, "update": 1, "unchanged": SIZES[table] - 1, "error": 0}
    update = next(r for r in results if r.status == "update")
    assert (update.row, update.record_id, update.changed) == (row, record_id, [column])
    assert len(excel.apply(small_db, table, results)) == 1

    after = snapshot(small_db, TABLES[table])
    changed = {key for key in after if before.get(key) != after[key]}
    assert len(changed) == 1
    (changed_table, _row_id, changed_column) = changed.pop()
    assert (changed_table, changed_column) == (holder, column)
    with small_db.Session() as session:
        assert current_counter(session) == counter + 1  # one row changed, once


def test_rows_without_a_key_are_new_and_an_unknown_key_is_an_error(small_db, tmp_path):
    path, book, header = exported(small_db, "peserta_didik", tmp_path)
    sheet = book.worksheets[0]
    for values in (GOOD[0], ["a1b2c3d4-0000-4000-8000-000000000000", *GOOD[1]]):
        keyed = values if len(values) == len(HEADER) + 1 else [None, *values]
        cells = dict(zip(["peserta_didik_id", *HEADER], keyed, strict=True))
        sheet.append([cells.get(column) for column in header])
    book.save(path)
    results, counted = preview_counts(small_db, "peserta_didik", path)
    assert counted == {"new": 1, "update": 0, "unchanged": 180, "error": 1}
    new, unknown = results[-2:]
    assert (new.status, new.nama, new.record_id) == ("new", "Rina Wulandari", None)
    assert unknown.status == "error"
    assert unknown.reasons() == (
        "peserta_didik_id a1b2c3d4-0000-4000-8000-000000000000 tidak ada di basis data ini; "
        "kosongkan kolom itu untuk menambah data baru."
    )


def test_a_key_twice_in_one_file_is_an_error(small_db, tmp_path):
    path, book, _header = exported(small_db, "ptk", tmp_path)
    sheet = book.worksheets[0]
    sheet.append([cell.value for cell in sheet[2]])
    book.save(path)
    results, counted = preview_counts(small_db, "ptk", path)
    assert counted["error"] == 1 and "sama dengan baris 2" in results[-1].reasons()


def test_the_template_asks_for_this_semesters_data_periodik(tmp_path):
    path = tmp_path / "templat.xlsx"
    excel.write_template(excel.IMPORT_FORMS["peserta_didik"], path)
    book = load_workbook(path)
    header = [c.value for c in book.worksheets[0][1]]
    assert header[0] == "peserta_didik_id" and book.worksheets[0].max_row == 1
    help_rows = {row[0]: row for row in book["Petunjuk"].iter_rows(min_row=2, values_only=True)}
    for column in (*PERIODIK, "lingkar_kepala", "waktu_tempuh_menit", "jumlah_saudara_kandung"):
        assert column in header
    assert help_rows["tinggi_badan"][1:] == ("Tinggi Badan (cm)", "bilangan bulat", "ya")
