"""The Excel round trip as an operator does it: Ekspor Excel on the Peserta Didik
tab, one cell edited in Excel, Impor Excel of the same file."""

from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QPushButton
from sqlalchemy import select

from dapodik.schema import models as m


def click_action(qtbot, page, text: str) -> None:
    action = next(a for a in page.toolbar.actions() if a.text() == text)
    button = page.toolbar.widgetForAction(action)
    assert button.isVisible() and button.isEnabled()
    qtbot.mouseClick(button, Qt.LeftButton)


def test_operator_exports_edits_one_cell_and_imports_it_back(
    qtbot, window, small_db, small_demo_file, tmp_path, monkeypatch
):
    page = window.show_tab("peserta_didik")
    qtbot.waitUntil(lambda: page.count.text() != "Memuat…", timeout=5000)
    path = tmp_path / "peserta_didik.xlsx"
    # The file choosers are the system's: they answer with the file the operator picks.
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))

    click_action(qtbot, page, "Ekspor Excel")
    qtbot.waitUntil(lambda: page.count.text() == "180 baris diekspor", timeout=10000)

    book = load_workbook(path)
    sheet = book.worksheets[0]
    header = [c.value for c in sheet[1]]
    mistaken = {issue.row_id for issue in small_demo_file[1].deliberate}
    row = next(r for r in range(2, sheet.max_row + 1) if sheet.cell(r, 1).value not in mistaken)
    record_id = sheet.cell(row, 1).value
    sheet.cell(row, header.index("berat_badan") + 1).value = 41
    book.save(path)

    click_action(qtbot, page, "Impor Excel")
    dialog = page.form
    choose = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Pilih Berkas…")
    qtbot.mouseClick(choose, Qt.LeftButton)
    qtbot.waitUntil(lambda: dialog.summary.text().startswith("Baru:"))  # read off the UI thread
    assert dialog.summary.text() == (
        "Baru: 0, ubah: 1, tidak berubah: 179, galat: 0. Baris galat tidak diimpor."
    )
    shown = [
        [dialog.table.item(r, c).text() for c in range(4)] for r in range(dialog.table.rowCount())
    ]
    changed = [cells for cells in shown if cells[2] == "ubah"]
    assert changed == [[str(row), changed[0][1], "ubah", "Diubah: Berat Badan (kg)"]]

    assert dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: dialog.summary.text() == "1 baris diimpor.", timeout=10000)
    with small_db.Session() as session:
        berat = session.scalar(
            select(m.PesertaDidikLongitudinal.berat_badan).where(
                m.PesertaDidikLongitudinal.peserta_didik_id == record_id
            )
        )
    assert berat == 41
