"""On every data tab, through the form as an operator types: add a record, see a bad
value refused with its message while the rest of the form stays filled, edit it,
delete it and undo the delete."""

from decimal import Decimal

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLabel
from sqlalchemy import select

from app.entry import store
from app.entry.forms import FORMS
from app.ui.main_window import MainWindow
from app.ui.record_form import ChoiceEditor, DateEditor, LineEditor, RecordForm
from app.ui.table_page import TablePage
from dapodik.schema import models as m
from tests.gui.hands import Operator

FIRST, SECOND = object(), object()  # the first / second option of a choice
# Every ruang and bangunan carries this semester's kondisi (kerusakan per part, in %).
KONDISI_RUANG = {f"rusak_{p}": "0" for p in ("lantai", "dinding", "plafon", "pintu", "jendela")}
KONDISI_BANGUNAN = {
    f"rusak_{p}": "0" for p in ("pondasi", "kolom_balok", "atap", "dinding", "lantai")
}

# form: (tab, sub-tab, good values, (bad field, bad value, message), (edited field, value))
CASES = {
    "tanah": (
        "sarpras",
        0,
        {"nama": "Tanah Kebun", "luas": "1200", "status_kepemilikan_id": FIRST},
        ("luas", "12x", "Luas (m²) harus berupa angka."),
        ("nama", "Tanah Kebun Timur"),
    ),
    "bangunan": (
        "sarpras",
        1,
        {
            "nama": "Gedung C",
            "kd_bangunan": "B09",
            "jml_lantai": "2",
            "tahun_dibangun": "2010",
            **KONDISI_BANGUNAN,
        },
        ("tahun_dibangun", "1800", "Tahun Dibangun harus antara 1900 dan 2100."),
        ("nama", "Gedung D"),
    ),
    "ruang": (
        "sarpras",
        2,
        {"jenis_prasarana_id": FIRST, "nama": "Ruang Kelas 9", "kd_ruang": "R09", **KONDISI_RUANG},
        ("kapasitas", "-3", "Kapasitas harus antara 0 dan 9999."),
        ("luas_ruang", "56.5"),
    ),
    "alat": (
        "sarpras",
        3,
        {"jenis_sarana_id": FIRST, "nama": "Proyektor", "jumlah": "3", "jumlah_laik": "2"},
        ("jumlah_laik", "5", "Jumlah Laik tidak boleh lebih dari 3."),
        ("jumlah_laik", "3"),
    ),
    "peserta_didik": (
        "peserta_didik",
        None,
        {
            "nama": "Rina Wulandari",
            "jenis_kelamin": "P",
            "tanggal_lahir": "04032015",
            "nik": "3204014403150007",
            "nisn": "0151234567",
            "nama_ibu_kandung": "Sri Mulyani",
            "jenis_pendaftaran_id": FIRST,
            "tanggal_masuk_sekolah": "12072021",
            "tinggi_badan": "131",
            "berat_badan": "27",
            "jarak_rumah_ke_sekolah_km": "1.5",
        },
        ("nik", "3204010403150007", "digit 7–12 seharusnya 440315"),
        ("nama", "Rina Wulandari Putri"),
    ),
    "ptk": (
        "ptk",
        0,
        {
            "nama": "Hendra Gunawan",
            "jenis_kelamin": "L",
            "tanggal_lahir": "12051985",
            "nik": "3204011205850003",
            "nuptk": "1234567890123456",
            "nip": "198505122010011003",
            "status_kepegawaian_id": FIRST,  # PNS: NIP, SK CPNS and its dates are required
            "sk_cpns": "813/CPNS/2010",
            "tgl_cpns": "01012010",
            "tmt_pns": "01012011",
            "jenis_ptk_id": FIRST,
        },
        ("nip", "1985", "NIP harus 18 digit angka (sekarang 4 karakter)."),
        ("sk_pengangkatan", "813/KEP/2010"),
    ),
    "rwy_pend_formal": (
        "ptk",
        1,
        {
            "ptk_id": FIRST,
            "jenjang_pendidikan_id": FIRST,
            "satuan_pendidikan_formal": "Universitas Pendidikan Indonesia",
            "tahun_masuk": "2003",
            "tahun_lulus": "2007",
        },
        ("tahun_lulus", "2001", "Tahun Lulus tidak boleh sebelum 2003."),
        ("prodi", "PGSD"),
    ),
    "tugas_tambahan": (
        "ptk",
        2,
        {"ptk_id": FIRST, "jabatan_ptk_id": FIRST, "tmt_tambahan": "01072025"},
        ("tst_tambahan", "01012020", "TST tidak boleh sebelum 01-07-2025."),
        ("nomor_sk", "800/12/2025"),
    ),
    "rombongan_belajar": (
        "rombongan_belajar",
        0,
        {
            "nama": "Kelas 6B",
            "tingkat_pendidikan_id": FIRST,
            "jenis_rombel": FIRST,
            "kurikulum_id": FIRST,
            "ptk_id": FIRST,
        },
        ("nama", "", "Nama Rombel wajib diisi."),
        ("nama", "Kelas 6C"),
    ),
    "anggota_rombel": (
        "rombongan_belajar",
        1,
        {
            "rombongan_belajar_id": FIRST,
            "peserta_didik_id": lambda db: student_in_neither(db, "Kelas 1", "Kelas 2"),
            "jenis_pendaftaran_id": FIRST,
        },
        ("peserta_didik_id", "Tidak Ada Orang Ini", "tidak ada dalam daftar pilihan"),
        ("rombongan_belajar_id", SECOND),  # moving the student to another rombel
    ),
    "pembelajaran": (
        "pembelajaran",
        None,
        {
            "rombongan_belajar_id": FIRST,
            "mata_pelajaran_id": FIRST,
            "ptk_terdaftar_id": FIRST,
            "jam_mengajar_per_minggu": "4",
            "status_di_kurikulum": FIRST,
        },
        ("jam_mengajar_per_minggu", "0", "Jam per Minggu harus antara 1 dan 60."),
        ("jam_mengajar_per_minggu", "6"),
    ),
    "jadwal": (
        "jadwal",
        None,
        {"pembelajaran_id": FIRST, "hari": FIRST, "bel_ke": "3"},
        ("bel_ke", "16", "Jam Ke harus antara 1 dan 15."),
        ("hari", SECOND),
    ),
}


def student_in_neither(db, *rombel_names) -> str:
    """A student who is a member of none of these rombel, so adding and moving them
    into one of them is allowed."""
    ar, rb = m.AnggotaRombel, m.RombonganBelajar
    members = (
        select(ar.peserta_didik_id).join(rb).where(rb.nama.in_(rombel_names)).scalar_subquery()
    )
    with db.Session() as session:
        return session.scalars(
            select(m.PesertaDidik.peserta_didik_id)
            .where(m.PesertaDidik.peserta_didik_id.not_in(members))
            .limit(1)
        ).first()


def type_into(qtbot, form: RecordForm, key: str, value) -> None:
    editor = form.editors[key]
    if callable(value):
        editor.set_value(value(form.db))
    elif isinstance(editor, LineEditor):
        editor.clear()
        qtbot.keyClicks(editor, value)
    elif isinstance(editor, DateEditor):
        editor.line.clear()
        editor.line.setCursorPosition(0)
        qtbot.keyClicks(editor.line, value)
    elif isinstance(editor, ChoiceEditor) and isinstance(value, str) and editor.isEditable():
        editor.setEditText(value)
    elif isinstance(editor, ChoiceEditor) and value in (FIRST, SECOND):
        editor.setCurrentIndex(1 if value is FIRST else 2)
    else:
        editor.set_value(value)


def loaded(qtbot, page: TablePage) -> None:
    with qtbot.waitSignal(page.model.loaded, timeout=5000):
        pass


def open_page(qtbot, window, tab: str, sub: int | None) -> TablePage:
    page = window.show_tab(tab)
    if sub is not None:
        page.setCurrentIndex(sub)
        page = page.currentWidget()
    qtbot.waitUntil(lambda: page.count.text() != "Memuat…", timeout=5000)
    return page


@pytest.mark.parametrize("key", list(CASES))
def test_add_refuse_edit_delete_undo(qtbot, window, small_db, key):
    tab, sub, good, (bad_key, bad_value, message), (edit_key, edit_value) = CASES[key]
    page = open_page(qtbot, window, tab, sub)
    rows_before = page.model.rowCount()

    # Add: Ctrl+N opens the form; type every good value, then one bad one.
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key_N, Qt.ControlModifier)
    form = page.form
    assert isinstance(form, RecordForm) and form.isVisible()
    for field_key, value in good.items():
        type_into(qtbot, form, field_key, value)
    typed = form.raw()
    type_into(qtbot, form, bad_key, bad_value)
    assert message in form.message(bad_key)
    assert not form.errors[bad_key].isHidden()

    # Enter with an error: refused, the form still open and every other value kept.
    focus = form.editors[bad_key]
    focus.setFocus()
    qtbot.keyClick(focus if not isinstance(focus, DateEditor) else focus.line, Qt.Key_Return)
    assert form.isVisible() and form.result_value is None
    assert {k: v for k, v in form.raw().items() if k != bad_key} == {
        k: v for k, v in typed.items() if k != bad_key
    }

    # Fixed, Enter saves; the new row is listed and selected.
    type_into(qtbot, form, bad_key, good.get(bad_key, ""))
    assert form.message(bad_key) == ""
    with qtbot.waitSignal(page.model.loaded, timeout=5000):
        form.buttons.button(form.buttons.StandardButton.Save).click()
    assert not form.isVisible()
    new_id = form.result_value
    assert page.model.rowCount() == rows_before + 1
    assert page.current_id() == new_id

    # Edit: double-click opens the same form filled with the record.
    row = page.model.ids.index(new_id)
    rect = page.view.visualRect(page.model.index(row, 0))
    qtbot.mouseClick(page.view.viewport(), Qt.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.view.viewport(), Qt.LeftButton, pos=rect.center())
    form = page.form
    assert form.record_id == new_id
    type_into(qtbot, form, edit_key, edit_value)
    expected = form.raw()[edit_key]
    with qtbot.waitSignal(page.model.loaded, timeout=5000):
        form.submit()
    with small_db.Session() as session:
        stored = store.load(session, FORMS[key], new_id)[edit_key]
    if isinstance(stored, Decimal):
        assert stored == Decimal(expected)
    else:
        assert str(stored) == str(expected)

    # Delete (or, for students and PTK, record that they left), then undo.
    page.select_id(new_id)
    dialog = page.remove()
    if isinstance(dialog, RecordForm):
        type_into(qtbot, dialog, dialog.spec.fields[0].key, FIRST)
        type_into(qtbot, dialog, dialog.spec.fields[1].key, "05012026")
        with qtbot.waitSignal(page.model.loaded, timeout=5000):
            dialog.submit()
        with qtbot.waitSignal(page.model.loaded, timeout=5000):
            page.status.setCurrentIndex(1)  # Aktif only
        assert new_id not in page.model.ids
    else:
        with qtbot.waitSignal(page.model.loaded, timeout=5000):
            Operator(qtbot).click(Operator(qtbot, dialog).button("Hapus"))
        assert new_id not in page.model.ids
    assert page.undo_action.isEnabled()
    window.activateWindow()  # the closed dialog hands the focus back to the main window
    page.view.setFocus()
    qtbot.waitUntil(page.view.hasFocus)
    with qtbot.waitSignal(page.model.loaded, timeout=5000):
        qtbot.keyClick(page.view, Qt.Key_Z, Qt.ControlModifier)
    assert new_id in page.model.ids
    assert not page.undo_action.isEnabled()


def test_escape_cancels_and_writes_nothing(qtbot, window, small_db):
    page = open_page(qtbot, window, "sarpras", 0)
    op = Operator(qtbot)
    op.click("Tambah")
    form = op.window("Tambah Tanah")
    op.fill("Nama", "Tidak Jadi")
    with op.answer("Tambah Tanah", "Jangan Simpan", showing="Simpan perubahan?"):
        op.escape()
    op.gone(form)
    assert form.result_value is None
    assert page.model.rowCount() == len(page.model.ids)


def test_status_filter_and_search_on_students(qtbot, window):
    page = open_page(qtbot, window, "peserta_didik", None)
    total = page.model.rowCount()
    with qtbot.waitSignal(page.model.loaded, timeout=5000):
        page.status.setCurrentIndex(2)  # Keluar
    assert page.model.rowCount() < total
    assert {page.model.index(r, 9).data() for r in range(page.model.rowCount())} <= {"Keluar"}
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key_F, Qt.ControlModifier)
    assert page.search.hasFocus()


def test_database_error_keeps_the_form_filled(qtbot, window, monkeypatch):
    page = open_page(qtbot, window, "sarpras", 0)
    form = page.add()
    type_into(qtbot, form, "nama", "Tanah Kebun")
    type_into(qtbot, form, "luas", "250")

    def refuse(*_args):
        raise store.EntryError("Data tidak tersimpan, basis data menolak: {detail}", detail="disk")

    monkeypatch.setattr(form, "_save", refuse)
    form.submit()
    assert form.banner.text() == "Data tidak tersimpan, basis data menolak: disk"
    assert form.isVisible() and form.raw()["nama"] == "Tanah Kebun" and form.raw()["luas"] == "250"


def test_school_is_entered_on_an_empty_database(qtbot, empty_db):
    QSettings().clear()
    w = MainWindow(empty_db)
    qtbot.addWidget(w)
    w.show()
    page = w.show_tab("sekolah")
    assert page.edit_button.text() == "Isi Data Sekolah"
    form = page.edit()
    type_into(qtbot, form, "nama", "SD Negeri Contoh")
    type_into(qtbot, form, "npsn", "2021999")
    assert "NPSN harus 8 digit angka" in form.message("npsn")
    type_into(qtbot, form, "npsn", "20219999")
    type_into(qtbot, form, "bentuk_pendidikan_id", FIRST)
    type_into(qtbot, form, "status_sekolah", FIRST)
    type_into(qtbot, form, "kode_wilayah", "3204012001")
    form.submit()
    assert not form.isVisible()
    assert page.edit_button.text() == "Ubah Data Sekolah"
    texts = " ".join(label.text() for label in page.fields.findChildren(QLabel))
    assert "SD Negeri Contoh" in texts and "Kec. Soreang" in texts
    with empty_db.Session() as session:
        assert store.school_context(session)["sekolah_id"] == page.sekolah_id
