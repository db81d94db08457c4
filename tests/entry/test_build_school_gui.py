"""From an empty database to a small school with a graded class, through the GUI
alone: every record entered in its tab's form, then nilai typed in the grid."""

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import func, select

from app.ui.main_window import MainWindow
from app.ui.record_form import RecordForm
from dapodik.schema import models as m

from .test_forms_gui import FIRST, KONDISI_RUANG, type_into
from .test_nilai_grid import type_cell

STUDENTS = [
    ("Ayu Lestari", "P", "14022019", "3204015402190001", "0191111111"),
    ("Bima Pratama", "L", "03052019", "3204010305190002", "0192222222"),
    ("Citra Dewi", "P", "21112018", "3204016111180003", "0183333333"),
]


def enter(qtbot, page, values: dict) -> str:
    form = page.add()
    for key, value in values.items():
        type_into(qtbot, form, key, value)
    with qtbot.waitSignal(page.model.loaded, timeout=5000):
        form.submit()
    assert form.result() == RecordForm.Accepted, form.raw()
    return form.result_value


def tab(qtbot, window, key: str, sub: int | None = None):
    page = window.show_tab(key)
    if sub is not None:
        page.setCurrentIndex(sub)
        page = page.currentWidget()
    qtbot.waitUntil(lambda: page.count.text() != "Memuat…", timeout=5000)
    return page


def test_operator_builds_a_small_school_from_nothing(qtbot, empty_db):
    QSettings().clear()
    window = MainWindow(empty_db)
    qtbot.addWidget(window)
    window.show()

    sekolah = window.show_tab("sekolah")
    form = sekolah.edit()
    for key, value in {
        "nama": "SD Negeri Contoh",
        "npsn": "20219999",
        "bentuk_pendidikan_id": FIRST,
        "status_sekolah": FIRST,
        "kode_wilayah": "3204012001",
    }.items():
        type_into(qtbot, form, key, value)
    form.submit()
    assert form.result() == RecordForm.Accepted
    qtbot.mouseClick(sekolah.periodik_button, Qt.LeftButton)
    for key, value in {
        "sumber_listrik": "PLN",
        "daya_listrik": "2200",
        "akses_internet": "Serat optik",
        "sumber_air": "Sumur bor",
    }.items():
        type_into(qtbot, sekolah.form, key, value)
    qtbot.mouseClick(sekolah.form.buttons.button(QDialogButtonBox.Save), Qt.LeftButton)
    assert sekolah.form.result() == RecordForm.Accepted

    enter(
        qtbot,
        tab(qtbot, window, "sarpras", 2),
        {"jenis_prasarana_id": FIRST, "nama": "Kelas A", **KONDISI_RUANG},
    )
    enter(
        qtbot,
        tab(qtbot, window, "ptk", 0),
        {
            "nama": "Dewi Anggraini",
            "jenis_kelamin": "P",
            "tanggal_lahir": "12051985",
            "nik": "3204015205850004",
            "nip": "198505122010012004",
            "status_kepegawaian_id": FIRST,
            "sk_cpns": "813.3/120/BKD/2010",
            "tgl_cpns": "01122010",
            "tmt_pns": "01122011",
            "jenis_ptk_id": FIRST,
        },
    )
    enter(
        qtbot,
        tab(qtbot, window, "rombongan_belajar", 0),
        {
            "nama": "Kelas 1A",
            "tingkat_pendidikan_id": FIRST,
            "jenis_rombel": FIRST,
            "kurikulum_id": FIRST,
            "ptk_id": FIRST,
            "id_ruang": FIRST,
        },
    )
    students = tab(qtbot, window, "peserta_didik")
    for nama, jk, lahir, nik, nisn in STUDENTS:
        enter(
            qtbot,
            students,
            {
                "nama": nama,
                "jenis_kelamin": jk,
                "tanggal_lahir": lahir,
                "nik": nik,
                "nisn": nisn,
                "nama_ibu_kandung": "Siti Aminah",
                "jenis_pendaftaran_id": FIRST,
                "tanggal_masuk_sekolah": "14072025",
                "tinggi_badan": "118",
                "berat_badan": "21",
                "jarak_rumah_ke_sekolah_km": "0.7",
            },
        )
    members = tab(qtbot, window, "rombongan_belajar", 1)
    for index in range(len(STUDENTS)):
        form = members.add()
        type_into(qtbot, form, "rombongan_belajar_id", FIRST)
        form.editors["peserta_didik_id"].setCurrentIndex(index + 1)
        type_into(qtbot, form, "jenis_pendaftaran_id", FIRST)
        with qtbot.waitSignal(members.model.loaded, timeout=5000):
            form.submit()
    pembelajaran = enter(
        qtbot,
        tab(qtbot, window, "pembelajaran"),
        {
            "rombongan_belajar_id": FIRST,
            "mata_pelajaran_id": FIRST,
            "ptk_terdaftar_id": FIRST,
            "jam_mengajar_per_minggu": "6",
            "status_di_kurikulum": FIRST,
        },
    )
    enter(
        qtbot,
        tab(qtbot, window, "jadwal"),
        {"pembelajaran_id": FIRST, "hari": FIRST, "bel_ke": "1"},
    )

    grid = window.show_tab("nilai").grid
    assert grid.mapel.currentData() == pembelajaran and grid.model.rowCount() == 3
    window.activateWindow()
    grid.view.setFocus()
    qtbot.waitUntil(grid.view.hasFocus)
    grid.view.setCurrentIndex(grid.model.index(0, 2))
    for score in ("88", "92", "79"):
        type_cell(qtbot, score)
    grid.save_button.click()

    with empty_db.Session() as session:
        counts = {
            model.__tablename__: session.scalar(select(func.count()).select_from(model))
            for model in (
                m.Sekolah, m.SekolahLongitudinal, m.Ruang, m.Ptk, m.PtkTerdaftar,
                m.RombonganBelajar, m.PesertaDidik, m.RegistrasiPesertaDidik,
                m.PesertaDidikLongitudinal, m.AnggotaRombel, m.Pembelajaran, m.Jadwal, m.Nilai,
            )
        }  # fmt: skip
    assert counts == {
        "sekolah": 1,
        "sekolah_longitudinal": 1,
        "ruang": 1,
        "ptk": 1,
        "ptk_terdaftar": 1,
        "rombongan_belajar": 1,
        "peserta_didik": 3,
        "registrasi_peserta_didik": 3,
        "peserta_didik_longitudinal": 3,
        "anggota_rombel": 3,
        "pembelajaran": 1,
        "jadwal": 1,
        "nilai": 3,
    }
