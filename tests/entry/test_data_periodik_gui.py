"""Data periodik of the active semester, entered as an operator does: the Data
Periodik tab of a student's form, and the Sekolah tab's own form. Each clears the
Validasi rule that asked for it."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QTabWidget
from sqlalchemy import select

from app.ui.record_form import RecordForm
from app.validation.engine import evaluate, period_params
from app.validation.rules import BY_CODE
from dapodik.demo.rows import SEMESTER_ID
from dapodik.schema import models as m
from tests.gui.hands import Operator


def flagged(db, code: str) -> set[str]:
    with db.engine.connect() as conn:
        return {r.row_id for r in evaluate(conn, BY_CODE[code], period_params(conn))}


def loaded_page(qtbot, window, key: str):
    page = window.show_tab(key)
    qtbot.waitUntil(lambda: page.count.text() != "Memuat…", timeout=5000)
    return page


def open_record(qtbot, page, record_id: str) -> RecordForm:
    """Double-click the record's row, as an operator opens it."""
    page.select_id(record_id)
    rect = page.view.visualRect(page.model.index(page.model.ids.index(record_id), 0))
    qtbot.mouseClick(page.view.viewport(), Qt.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.view.viewport(), Qt.LeftButton, pos=rect.center())
    assert isinstance(page.form, RecordForm) and page.form.isVisible()
    return page.form


def show_form_tab(qtbot, form: RecordForm, title: str) -> None:
    tabs = form.findChild(QTabWidget)
    index = next(i for i in range(tabs.count()) if tabs.tabText(i) == title)
    qtbot.mouseClick(tabs.tabBar(), Qt.LeftButton, pos=tabs.tabBar().tabRect(index).center())
    assert tabs.currentIndex() == index


def retype(qtbot, form: RecordForm, key: str, text: str) -> None:
    editor = form.editors[key]
    assert editor.isVisible() and editor.isEnabled()
    qtbot.mouseClick(editor, Qt.LeftButton)
    qtbot.keyClick(editor, Qt.Key_A, Qt.ControlModifier)
    qtbot.keyClicks(editor, text)


def save(qtbot, form: RecordForm) -> None:
    qtbot.mouseClick(form.buttons.button(QDialogButtonBox.Save), Qt.LeftButton)


def periodik_rows(db, peserta_didik_id: str) -> list[tuple]:
    with db.Session() as session:
        return session.execute(
            select(
                m.PesertaDidikLongitudinal.peserta_didik_longitudinal_id,
                m.PesertaDidikLongitudinal.semester_id,
                m.PesertaDidikLongitudinal.tinggi_badan,
                m.PesertaDidikLongitudinal.berat_badan,
            ).where(
                m.PesertaDidikLongitudinal.peserta_didik_id == peserta_didik_id,
                m.PesertaDidikLongitudinal.soft_delete.is_(False),
            )
        ).all()


def test_a_students_form_shows_and_saves_this_semesters_data_periodik(qtbot, window, small_db):
    page = loaded_page(qtbot, window, "peserta_didik")
    student = page.model.ids[0]
    [(row_id, semester, tinggi, _berat)] = periodik_rows(small_db, student)
    form = open_record(qtbot, page, student)
    show_form_tab(qtbot, form, "Data Periodik")
    assert form.editors["tinggi_badan"].text() == str(tinggi)

    retype(qtbot, form, "tinggi_badan", "300")
    assert form.message("tinggi_badan") == "Tinggi Badan (cm) harus antara 50 dan 250."
    save(qtbot, form)
    assert form.isVisible() and periodik_rows(small_db, student)[0][2] == tinggi

    retype(qtbot, form, "tinggi_badan", str(tinggi + 3))
    with qtbot.waitSignal(page.model.loaded, timeout=5000):
        save(qtbot, form)
    assert not form.isVisible()
    # The same row of the same semester: changed, never a second one.
    assert periodik_rows(small_db, student) == [(row_id, semester, tinggi + 3, _berat)]


def test_a_student_without_data_periodik_gets_it_and_leaves_validasi(qtbot, window, small_db):
    page = loaded_page(qtbot, window, "peserta_didik")
    student = next(s for s in page.model.ids if s not in flagged(small_db, "PD-LONG-01"))
    with small_db.engine.begin() as conn:  # as an import before this form existed left it
        conn.exec_driver_sql(
            "DELETE FROM peserta_didik_longitudinal WHERE peserta_didik_id = ?", (student,)
        )
    assert student in flagged(small_db, "PD-LONG-01")

    form = open_record(qtbot, page, student)
    show_form_tab(qtbot, form, "Data Periodik")
    assert form.editors["tinggi_badan"].text() == ""
    assert form.message("tinggi_badan") == "Tinggi Badan (cm) wajib diisi."
    for key, text in (
        ("tinggi_badan", "128"),
        ("berat_badan", "26"),
        ("jarak_rumah_ke_sekolah_km", "2,5"),
        ("waktu_tempuh_menit", "15"),
    ):
        retype(qtbot, form, key, text)
    with qtbot.waitSignal(page.model.loaded, timeout=5000):
        save(qtbot, form)
    assert [r[1:] for r in periodik_rows(small_db, student)] == [(SEMESTER_ID, 128, 26)]
    assert student not in flagged(small_db, "PD-LONG-01")


def test_the_sekolah_tab_shows_and_enters_its_data_periodik(qtbot, window, small_db):
    with small_db.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM sekolah_longitudinal")
    assert flagged(small_db, "SK-LONG-01")
    page = window.show_tab("sekolah")
    texts = [label.text() for label in page.fields.findChildren(QLabel)]
    assert "Data Periodik Semester 2026/2027 Ganjil" in texts
    assert "Belum diisi untuk semester ini." in texts

    assert page.periodik_button.isVisible() and page.periodik_button.isEnabled()
    qtbot.mouseClick(page.periodik_button, Qt.LeftButton)
    form = page.form
    assert form.windowTitle() == "Ubah Data Periodik Sekolah"
    assert form.message("sumber_listrik") == "Sumber Listrik wajib diisi."
    for key, text in (
        ("waktu_penyelenggaraan", "Pagi"),
        ("sumber_listrik", "PLN"),
        ("daya_listrik", "3500"),
        ("akses_internet", "Serat optik"),
        ("sumber_air", "PDAM"),
    ):
        retype(qtbot, form, key, text)
    save(qtbot, form)
    assert form.result() == RecordForm.Accepted
    texts = [label.text() for label in page.fields.findChildren(QLabel)]
    assert {"PLN", "3500", "Serat optik", "PDAM"} <= set(texts)
    with small_db.Session() as session:
        row = session.scalars(select(m.SekolahLongitudinal)).one()
    assert (row.semester_id, row.sumber_listrik, row.daya_listrik) == (SEMESTER_ID, "PLN", 3500)
    assert not flagged(small_db, "SK-LONG-01")


def test_a_nilai_of_a_student_who_left_the_rombel_is_deleted_from_the_list(qtbot, window, small_db):
    with small_db.Session() as session:
        nilai_id, anggota_id = session.execute(
            select(m.Nilai.nilai_id, m.Nilai.anggota_rombel_id).limit(1)
        ).one()
    with small_db.engine.begin() as conn:  # the student was moved out of the rombel
        conn.exec_driver_sql(
            "UPDATE anggota_rombel SET soft_delete = 1 WHERE anggota_rombel_id = ?", (anggota_id,)
        )
    assert nilai_id in flagged(small_db, "NL-ANGGOTA-01")
    nilai_page = window.show_tab("nilai")
    nilai_page.setCurrentWidget(nilai_page.table)
    page = nilai_page.table
    qtbot.waitUntil(lambda: nilai_id in page.model.ids, timeout=5000)
    # Nilai are made in the grid: the list corrects and deletes them, it adds none.
    assert [a.text() for a in page.toolbar.actions()][:3] == ["Ubah", "Hapus", "Batalkan Hapus"]

    page.select_id(nilai_id)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key_Delete)
    with qtbot.waitSignal(page.model.loaded, timeout=5000):
        Operator(qtbot).click(Operator(qtbot, page.confirm).button("Hapus"))
    assert nilai_id not in page.model.ids
    assert nilai_id not in flagged(small_db, "NL-ANGGOTA-01")


def test_every_page_name_of_the_students_form_is_in_view(qtbot, window):
    page = loaded_page(qtbot, window, "peserta_didik")
    form = open_record(qtbot, page, page.model.ids[0])
    bar = form.findChild(QTabWidget).tabBar()
    assert bar.count() == 6
    for i in range(bar.count()):
        assert bar.rect().contains(bar.tabRect(i)), bar.tabText(i)
