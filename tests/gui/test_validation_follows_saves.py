"""Validasi Lokal follows every write: a save through a form, the Nilai grid, an
Excel import, a delete and its undo each re-check what they changed, off the UI
thread, and the counts on the Validasi tab, Beranda and Sinkronisasi follow
without the operator pressing anything."""

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import text

from app.entry import store
from app.entry.forms import FORMS
from app.ui.import_dialog import ImportDialog
from app.ui.table_page import TablePage
from app.ui.validasi import ValidasiPage
from app.validation import engine as validation
from tests.entry.test_demo_mistakes_gui import correct_nik, issue
from tests.entry.test_excel import GOOD, write_book
from tests.gui.hands import Operator

WAIT_MS = 15_000
pytestmark = pytest.mark.usefixtures("validated")


@pytest.fixture
def validated(qtbot, window):
    """The main window on the small demo school, validated once by the operator."""
    page = window.show_tab("validasi")
    qtbot.mouseClick(page.run_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=WAIT_MS)
    return window


def invalid_count(window, tab_title: str) -> int:
    page: ValidasiPage = window.pages["validasi"]
    model = page.tabs_model
    row = next(r for r in range(model.rowCount()) if model.item(r, 0).text() == tab_title)
    return int(model.item(row, 1).text())


def wait_for_invalid(qtbot, window, tab_title: str, expected: int) -> None:
    qtbot.waitUntil(lambda: invalid_count(window, tab_title) == expected, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not window.validation.is_busy(), timeout=WAIT_MS)


def loaded_table(qtbot, page: TablePage) -> TablePage:
    qtbot.waitUntil(lambda: page.count.text() != "Memuat…", timeout=WAIT_MS)
    return page


def choose(qtbot, combo, value) -> None:
    """Step through the combo box with the arrow keys to the entry whose data is ``value``."""
    target = combo.findData(value)
    key = Qt.Key_Down if target > combo.currentIndex() else Qt.Key_Up
    for _ in range(abs(target - combo.currentIndex())):
        qtbot.keyClick(combo, key)
    assert combo.currentData() == value


def total_invalid(window) -> int:
    return validation.counts(window.db.engine).invalid


def test_fixing_a_wrong_nik_in_its_form_drops_the_counts(
    qtbot, window, small_demo_file, monkeypatch
):
    mistake = issue(small_demo_file[1], "PD-NIK-01")
    threads, run_changes = [], validation.run_changes

    def watched(*args, **kwargs):
        threads.append(threading.current_thread())
        return run_changes(*args, **kwargs)

    monkeypatch.setattr(validation, "run_changes", watched)
    beranda = window.show_tab("beranda")
    sync_tab = window.show_tab("sinkronisasi")
    before, total = invalid_count(window, "Peserta Didik"), total_invalid(window)
    # Both tabs read their counts in the background: wait for each, as a person would.
    qtbot.waitUntil(lambda: f"{total} invalid" in sync_tab.validation_label.text(), timeout=WAIT_MS)
    qtbot.waitUntil(
        lambda: beranda.validation.text().startswith(f"Validasi Lokal: {total} invalid"),
        timeout=WAIT_MS,
    )

    # The operator jumps to the student, opens the form and types the right NIK.
    window.open_record(mistake.table, mistake.row_id)
    page = loaded_table(qtbot, window.pages["peserta_didik"])
    qtbot.waitUntil(lambda: page.current_id() == mistake.row_id, timeout=WAIT_MS)
    row = page.model.ids.index(mistake.row_id)
    cell = page.view.visualRect(page.model.index(row, 0)).center()
    qtbot.mouseClick(page.view.viewport(), Qt.LeftButton, pos=cell)
    qtbot.mouseDClick(page.view.viewport(), Qt.LeftButton, pos=cell)
    form = page.form
    with window.db.Session() as session:
        stored = store.load(session, FORMS["peserta_didik"], mistake.row_id)
    nik = form.editors["nik"]
    qtbot.keyClick(nik, Qt.Key_A, Qt.ControlModifier)
    qtbot.keyClicks(nik, correct_nik(stored))
    qtbot.mouseClick(form.buttons.button(QDialogButtonBox.Save), Qt.LeftButton)
    assert not form.isVisible()

    # Nothing more is pressed: the re-check runs off the UI thread and every count follows.
    wait_for_invalid(qtbot, window, "Peserta Didik", before - 1)
    assert threads and threading.main_thread() not in threads
    assert total_invalid(window) == total - 1
    qtbot.waitUntil(
        lambda: beranda.validation.text().startswith(f"Validasi Lokal: {total - 1} invalid"),
        timeout=WAIT_MS,
    )
    qtbot.waitUntil(
        lambda: f"{total - 1} invalid" in sync_tab.validation_label.text(), timeout=WAIT_MS
    )


def test_a_nilai_saved_in_the_grid_is_re_checked(qtbot, window, small_demo_file):
    mistake = issue(small_demo_file[1], "NL-RANGE-01")
    with window.db.engine.connect() as conn:
        rombel, pembelajaran, anggota = conn.execute(
            text(
                "SELECT a.rombongan_belajar_id, n.pembelajaran_id, n.anggota_rombel_id FROM nilai n"
                " JOIN anggota_rombel a ON a.anggota_rombel_id = n.anggota_rombel_id"
                " WHERE n.nilai_id = :id"
            ),
            {"id": mistake.row_id},
        ).one()
    before = invalid_count(window, "Nilai")
    grid = window.show_tab("nilai").grid
    choose(qtbot, grid.rombel, rombel)
    choose(qtbot, grid.mapel, pembelajaran)
    row = next(i for i, r in enumerate(grid.model.rows) if r.anggota_rombel_id == anggota)
    cell = grid.view.visualRect(grid.model.index(row, 2)).center()
    qtbot.mouseClick(grid.view.viewport(), Qt.LeftButton, pos=cell)
    qtbot.keyClicks(grid.view, "95")
    qtbot.keyClick(grid.view.focusWidget(), Qt.Key_Return)
    qtbot.mouseClick(grid.save_button, Qt.LeftButton)
    assert grid.message.text() == "1 nilai disimpan."
    wait_for_invalid(qtbot, window, "Nilai", before - 1)


def _import(qtbot, window, tmp_path) -> ImportDialog:
    page = loaded_table(qtbot, window.show_tab("peserta_didik"))
    button = next(a for a in page.toolbar.actions() if a.text() == "Impor Excel")
    qtbot.mouseClick(page.toolbar.widgetForAction(button), Qt.LeftButton)
    dialog = page.form
    assert isinstance(dialog, ImportDialog)
    dialog.load(str(write_book(tmp_path / "pd.xlsx", GOOD)))  # the file the operator chose
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=WAIT_MS)
    qtbot.mouseClick(dialog.import_button, Qt.LeftButton)
    return dialog


def test_imported_students_are_re_checked(qtbot, window, tmp_path):
    before = invalid_count(window, "Peserta Didik")
    dialog = _import(qtbot, window, tmp_path)
    # Both new students sit in no rombel yet.
    wait_for_invalid(qtbot, window, "Peserta Didik", before + 2)
    assert dialog.summary.text() == "2 baris diimpor."
    assert validation.last_run(window.db.engine).scope == "semua"  # no whole run since


def test_a_large_import_re_runs_whole_tabs_not_each_row(qtbot, window, tmp_path, monkeypatch):
    monkeypatch.setattr(validation, "RECORD_RERUN_MAX", 1)
    before = invalid_count(window, "Peserta Didik")
    _import(qtbot, window, tmp_path)
    wait_for_invalid(qtbot, window, "Peserta Didik", before + 2)
    assert validation.last_run(window.db.engine).scope.startswith("tab:")


def test_a_delete_and_its_undo_are_re_checked(qtbot, window, small_demo_file):
    mistake = issue(small_demo_file[1], "SP-RUANG-01")
    before = invalid_count(window, "Sarpras")
    window.open_record(mistake.table, mistake.row_id)
    page = loaded_table(qtbot, window.pages["sarpras"].currentWidget())
    qtbot.waitUntil(lambda: page.current_id() == mistake.row_id, timeout=WAIT_MS)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key_Delete)
    Operator(qtbot).click(Operator(qtbot, page.confirm).button("Hapus"))
    wait_for_invalid(qtbot, window, "Sarpras", before - 1)

    window.activateWindow()
    page.view.setFocus()
    qtbot.waitUntil(page.view.hasFocus)
    qtbot.keyClick(page.view, Qt.Key_Z, Qt.ControlModifier)
    wait_for_invalid(qtbot, window, "Sarpras", before)


def test_a_saved_sekolah_form_is_re_checked(qtbot, window):
    page = window.show_tab("sekolah")
    for button in (page.edit_button, page.periodik_button):
        qtbot.mouseClick(button, Qt.LeftButton)
        with qtbot.waitSignal(window.validation.validated, timeout=WAIT_MS):
            qtbot.mouseClick(page.form.buttons.button(QDialogButtonBox.Save), Qt.LeftButton)
    with window.db.engine.connect() as conn:
        scopes = list(conn.scalars(text("SELECT scope FROM validation_run ORDER BY run_id")))
    assert scopes[-2:] == [f"rekaman:sekolah:{page.sekolah_id}"] * 2
