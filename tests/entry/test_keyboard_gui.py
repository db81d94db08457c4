"""The student form by keyboard alone, as an operator who never leaves the keys:
Tab from field to field and page to page, typing, Enter to save; Escape on a form
with typed data asks "Simpan perubahan?" before anything is lost."""

from datetime import date

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QCalendarWidget
from sqlalchemy import select

from app.entry.forms import FORMS
from app.ui.main_window import MainWindow
from dapodik.schema import models as m
from tests.gui.hands import Operator

# What the operator types into each field, in the form's order; other fields are
# passed with Tab. Choices are chosen by typing the start of the option.
TYPED = {
    "nama": "Rina Wulandari",
    "jenis_kelamin": "Perempuan",
    "tempat_lahir": "Bandung",
    "tanggal_lahir": "04032015",
    "nik": "3204014403150007",
    "nisn": "0151234567",
    "alamat_jalan": "Jl. Kenanga 3",
    "nama_ibu_kandung": "Sri Mulyani",
    "jenis_pendaftaran_id": "Siswa",  # a space would open the list, as on any combo box
    "tanggal_masuk_sekolah": "12072021",
    "tinggi_badan": "121",
    "berat_badan": "23",
    "jarak_rumah_ke_sekolah_km": "1.5",
}


@pytest.fixture
def students(qtbot, small_db):
    """The Peserta Didik tab of the main window, loaded, and the operator's hands."""
    QSettings().clear()
    window = MainWindow(small_db)
    qtbot.addWidget(window)
    window.show()
    op = Operator(qtbot)
    op.window("Beranda")
    op.click_item("Peserta Didik", window.nav)
    page = window.pages["peserta_didik"]
    qtbot.waitUntil(lambda: page.count.text() != "Memuat…", timeout=5000)
    return op, page


def _fields_in_tab_order(form) -> list[str]:
    """The key of each field, once per Tab stop it has (a wilayah has four)."""
    return [key for key, editor in form.editors.items() for _ in _stops(editor)]


def _stops(editor) -> list:
    return getattr(editor, "levels", [editor])


def test_the_whole_student_form_is_filled_with_tab_and_typing_and_saved_with_enter(
    qtbot, students, small_db
):
    op, page = students
    op.click("Tambah")
    form = op.window("Tambah Peserta Didik")
    stops = _fields_in_tab_order(form)
    for position, key in enumerate(stops):
        if key in TYPED:
            op.type(TYPED[key])
        if position < len(stops) - 1:
            op.tab()
    op.enter()
    op.gone(form)
    with small_db.Session() as session:
        saved = session.scalars(
            select(m.PesertaDidik).where(m.PesertaDidik.nama == "Rina Wulandari")
        ).one()
        registrasi = session.scalars(
            select(m.RegistrasiPesertaDidik).where(
                m.RegistrasiPesertaDidik.peserta_didik_id == saved.peserta_didik_id
            )
        ).one()
    assert saved.jenis_kelamin == "P" and saved.tanggal_lahir == date(2015, 3, 4)
    assert saved.nik == "3204014403150007" and saved.tempat_lahir == "Bandung"
    assert saved.nama_ibu_kandung == "Sri Mulyani" and saved.alamat_jalan == "Jl. Kenanga 3"
    assert registrasi.tanggal_masuk_sekolah == date(2021, 7, 12)
    assert registrasi.jenis_pendaftaran_id == 1  # Siswa baru
    with small_db.Session() as session:
        periodik = session.scalars(
            select(m.PesertaDidikLongitudinal).where(
                m.PesertaDidikLongitudinal.peserta_didik_id == saved.peserta_didik_id
            )
        ).one()
    assert (periodik.tinggi_badan, periodik.berat_badan) == (121, 23)


def test_tab_leaves_the_date_field_for_the_next(qtbot, students):
    op, page = students
    op.click("Tambah")
    form = op.window("Tambah Peserta Didik")
    op.fill("Tanggal Lahir", "04032015")
    op.tab()
    op.type("3204014403150007")
    assert form.editors["nik"].text() == "3204014403150007"
    assert form.raw()["tanggal_lahir"] == date(2015, 3, 4)
    seen = {}

    def look(hands, menu):  # the calendar opens on the date typed, in Indonesian
        calendar = menu.findChild(QCalendarWidget)
        seen["date"] = calendar.selectedDate().toPython()
        seen["language"] = calendar.locale().language()
        hands.escape()

    with op.answering("Pilih dari kalender", look):
        op.click(op.find("▾"))
    assert seen == {"date": date(2015, 3, 4), "language": QLocale.Indonesian}
    assert form.raw()["tanggal_lahir"] == date(2015, 3, 4)


@pytest.mark.parametrize(
    ("answer", "kept", "saved"),
    [("Batal", True, False), ("Jangan Simpan", False, False), ("Simpan", False, True)],
)
def test_escape_on_a_typed_form_asks_before_anything_is_lost(
    qtbot, students, small_db, answer, kept, saved
):
    op, page = students
    op.click("Tambah")
    form = op.window("Tambah Peserta Didik")
    op.fill("Nama", "Budi Santoso")
    op.choose("Jenis Kelamin", "Laki-laki")
    op.fill("Tanggal Lahir", "01022015")
    op.open_tab("Orang Tua")
    op.fill("Nama Ibu Kandung", "Siti Aminah")
    op.open_tab("Registrasi")
    op.choose("Jenis Pendaftaran", "Siswa baru")
    op.fill("Tanggal Masuk Sekolah", "12072021")
    op.open_tab("Data Periodik")
    op.fill("Tinggi Badan (cm)", "118")
    op.fill("Berat Badan (kg)", "22")
    op.fill("Jarak Rumah ke Sekolah (km)", "2")
    with op.answer("Tambah Peserta Didik", answer, showing="Simpan perubahan?"):
        op.escape()
    assert form.isVisible() is kept
    if kept:
        assert form.raw()["nama"] == "Budi Santoso"
    with small_db.Session() as session:
        stored = session.scalar(
            select(m.PesertaDidik.nama).where(m.PesertaDidik.nama == "Budi Santoso")
        )
    assert (stored is not None) is saved


def test_a_form_left_as_it_was_closes_without_a_question(qtbot, students):
    op, page = students
    op.click("Tambah")
    form = op.window("Tambah Peserta Didik")
    op.escape()
    op.gone(form)


def test_a_tab_holding_an_error_says_so(qtbot, students):
    op, page = students
    op.click("Tambah")
    form = op.window("Tambah Peserta Didik")
    op.fill("Nama", "Budi Santoso")
    op.click("Simpan")  # the required fields of other pages are still empty
    assert form.isVisible()
    marked = {
        form.tabs.tabText(i) for i in range(form.tabs.count()) if not form.tabs.tabIcon(i).isNull()
    }
    assert marked == {"Identitas", "Orang Tua", "Registrasi", "Data Periodik"}
    op.open_tab("Registrasi")
    op.sees("Jenis Pendaftaran wajib diisi.")
    for page in range(form.tabs.count()):  # the marks widen the tabs: none is cut off
        op.open_tab(form.tabs.tabText(page))
        op.readable(form.tabs.tabBar())


def test_a_refused_save_shows_the_page_of_the_first_field_in_error(qtbot, students):
    op, page = students
    op.click("Tambah")
    form = op.window("Tambah Peserta Didik")
    op.type("Sari Wulandari")
    op.tab()
    op.type("P")
    op.tab(2)
    op.type("04032015")
    op.tab()
    op.type("3204014403150007")
    op.enter()  # Nama Ibu Kandung, on Orang Tua, is still empty
    op.settle()
    shown = form.tabs.currentWidget()
    assert form.tabs.tabText(form.tabs.currentIndex()) == "Orang Tua"
    assert shown.isVisible() and shown.isAncestorOf(op.focused())  # the tab says what shows
    op.sees("Nama Ibu Kandung wajib diisi.")


def test_no_two_fields_of_a_form_share_a_label():
    for spec in FORMS.values():
        labels = [f.label for f in spec.fields]
        assert len(labels) == len(set(labels)), spec.key
