"""The renderer: Indonesian dates from one helper, and what must not be parted
by a page break stays whole however long the table before it runs."""

from datetime import date

import pytest
from pdf_support import pdf_text

from app.cetak.dates import indonesian_date
from app.cetak.document import (
    Fields,
    Heading,
    Letterhead,
    Printout,
    Section,
    Signatures,
    Signer,
    Table,
)
from app.ui.printing import lay_out, write_pdf
from app.work import finish

MONTHS = "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember"


def test_dates_are_written_the_indonesian_way():
    assert indonesian_date(date(2026, 12, 6)) == "6 Desember 2026"
    written = [indonesian_date(date(2027, month, 1)) for month in range(1, 13)]
    assert [w.split()[1] for w in written] == MONTHS.split()


def _printout(blocks) -> Printout:
    head = Letterhead("SD Uji", "12345678", "Jl. Uji No. 1", "Telepon 1")
    return Printout("Uji", "Semester Uji", head, [Section(blocks)], footer="Uji")


def _pages_text(printout, path) -> list[str]:
    pages = finish(lay_out(printout, "a4"))
    finish(write_pdf(pages, str(path)))
    return [pdf_text(path, page) for page in range(1, pages.count + 1)]


def _table(rows: int) -> Table:
    return Table(("No", "Nama"), [(str(i), f"Siswa {i}") for i in range(rows)], (10, 90))


def test_a_signature_block_is_never_cut_by_a_page_end(qapp, tmp_path):
    signature = Signatures(
        "Bandung, 6 Desember 2026", (Signer("Kepala Sekolah", "Ibu Kepala", "NIP. 123"),)
    )
    moved = 0
    # From a table that leaves room for the block to one that runs onto a second page.
    for rows in range(30, 46):
        pages = _pages_text(_printout([_table(rows), signature]), tmp_path / "s.pdf")
        signed = [page for page in pages if "Bandung, 6 Desember 2026" in page]
        assert len(signed) == 1
        assert "Ibu Kepala" in signed[0] and "NIP. 123" in signed[0]
        moved += f"Siswa {rows - 1}" not in signed[0]
    assert moved  # some lengths did leave the block for a page of its own


def test_a_heading_stays_with_what_it_heads(qapp, tmp_path):
    for rows in range(40, 80, 2):
        first = Fields([(f"Isian {i}", str(i)) for i in range(rows)])
        blocks = [first, Heading("Bagian Kedua"), Fields([("Isian pertama", "nilai")])]
        pages = _pages_text(_printout(blocks), tmp_path / "h.pdf")
        headed = [page for page in pages if "Bagian Kedua" in page]
        assert len(headed) == 1 and "Isian pertama" in headed[0], rows


@pytest.mark.parametrize("paper", ["a4", "f4"])
def test_every_page_is_numbered_of_the_total(qapp, tmp_path, paper):
    pages = finish(lay_out(_printout([_table(200)]), paper))
    finish(write_pdf(pages, str(tmp_path / "n.pdf")))
    assert pages.count > 2
    for page in range(1, pages.count + 1):
        text = pdf_text(tmp_path / "n.pdf", page)
        assert f"Halaman {page} dari {pages.count}" in text and "SD Uji · Uji" in text
        assert "Nama" in text.split("Siswa")[0]  # the header row above the rows
