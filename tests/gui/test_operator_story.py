"""An operator's first day, from ``python -m app``'s own start-up to the PMP file,
done with the hands of tests.gui.hands alone: only what is visible and enabled is
clicked or typed into, Tab, Enter and Escape as a person presses them.

First start → the demo school → login → a new student with her data periodik →
Validasi → the mistake it finds fixed → Sinkronisasi against the local reference
server, Tukar Akses done inside its wizard → back to the operator → the PMP
offline file (answers from another laptop imported first) → English.
"""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.accounts.demo import DEMO_KODE_REGISTRASI
from app.db.engine import open_database
from app.pmp import demo as pmp_demo
from app.pmp import package
from app.ui.sync_tab import SyncTab
from app.ui.validasi import translated_message
from dapodik.demo.school import build_demo
from tests.gui.hands import Operator
from tests.gui.sync_hands import tick_everything

STUDENT = "Rina Wulandari"
NISN = "0151234567"
WAIT_SERVER_MS = 60_000


@pytest.fixture
def other_laptop_pmp_file(tmp_path) -> Path:
    """The PMP answers entered on another laptop of the same demo school, as the
    file it wrote (what a school brings on a flash disk)."""
    db = open_database(tmp_path / "laptop2.sqlite")
    with db.engine.begin() as conn:
        build_demo(conn, "small", valid=True)
    folder = tmp_path / "flashdisk"
    folder.mkdir()
    with db.Session() as session:
        pmp_demo.fill_demo_responses(session)
        path = package.export(session, folder, DEMO_KODE_REGISTRASI)
        session.commit()
    db.close()
    return path


@pytest.fixture
def local_server_stopped():
    """The local reference server the Sinkronisasi tab starts, stopped after the
    test as the tab stops it when the app quits."""
    yield
    for widget in QApplication.allWidgets():
        if isinstance(widget, SyncTab):
            widget.stop_local_server()


def first_start(op: Operator, launch):
    startup = launch()
    op.window("Pendaftaran Sekolah")
    op.click(op.find("Lihat sekolah demo tanpa kesalahan (untuk langsung mencoba Sinkronisasi)"))
    op.click("Selesai")
    op.window("Masuk")
    op.sees("Ini sekolah demo.")
    op.click("Masuk")
    return startup, op.window("Beranda")


def add_a_student(op: Operator, window) -> None:
    op.click_item("Peserta Didik", window.nav)
    page = window.pages["peserta_didik"]
    op.qtbot.waitUntil(lambda: page.count.text() != "Memuat…", timeout=10_000)
    op.click("Tambah")
    form = op.window("Tambah Peserta Didik")
    op.fill("Nama", STUDENT)
    op.choose("Jenis Kelamin", "Perempuan")
    op.fill("Tempat Lahir", "Bandung")
    op.fill("Tanggal Lahir", "04032015")
    op.fill("NIK", "3204014403150007")  # day + 40: a girl born 04-03-2015
    op.fill("NISN", NISN)
    op.choose("Agama", "Islam")
    op.open_tab("Orang Tua")
    op.fill("Nama Ibu Kandung", "Sri Mulyani")
    op.open_tab("Registrasi")
    op.choose("Jenis Pendaftaran", "Siswa baru")
    op.fill("Tanggal Masuk Sekolah", "13072026")
    op.open_tab("Data Periodik")
    op.fill("Tinggi Badan (cm)", "121")
    op.fill("Berat Badan (kg)", "23")
    op.fill("Jarak Rumah ke Sekolah (km)", "1.5")
    op.click("Simpan")
    op.gone(form)


def validasi_finds_her_and_the_mistake_is_fixed(op: Operator, window) -> None:
    op.click_item("Validasi", window.nav)
    page = window.pages["validasi"]
    op.click("Jalankan Validasi")
    op.qtbot.waitUntil(lambda: not page.is_busy(), timeout=60_000)
    op.click_item("Peserta Didik", page.tabs_view)
    op.qtbot.waitUntil(lambda: page.tabs_model.item(2, 1).text() == "1", timeout=10_000)
    op.qtbot.waitUntil(lambda: page.results_model.rowCount() > 0, timeout=10_000)
    op.click_item(STUDENT, page.results_view)  # the one invalid result names her
    op.sees(f"PD-ROMBEL-01 — {STUDENT}")  # a new student is in no class yet
    # Into a class: Rombongan Belajar → Anggota Rombel → Tambah.
    op.click_item("Rombongan Belajar", window.nav)
    op.open_tab("Anggota Rombel")
    op.click("Tambah")
    form = op.window("Tambah Anggota Rombel")
    op.choose("Rombel", "Kelas 1")
    op.fill("Peserta Didik", f"{STUDENT} ({NISN})")
    op.tab()
    op.choose("Jenis Pendaftaran", "Siswa baru")
    op.click("Simpan")
    op.gone(form)
    op.click_item("Validasi", window.nav)
    op.qtbot.waitUntil(
        lambda: page.tabs_model.item(2, 1).text() == "0" and not page.is_busy(), timeout=60_000
    )  # every save is re-checked: no invalid left for Peserta Didik


def sync_as_the_principal(op: Operator, window) -> None:
    op.click_item("Sinkronisasi", window.nav)
    tab = window.pages["sinkronisasi"]
    op.click(op.waits_to_see("Jalankan server referensi lokal untuk sekolah demo"))
    op.qtbot.waitUntil(tab.start_button.isEnabled, timeout=WAIT_SERVER_MS)
    op.click("Mulai Sinkronisasi…")
    wizard = op.window("Sinkronisasi")
    hands = Operator(op.qtbot, wizard)
    hands.click("Jalankan Validasi Lokal")
    op.qtbot.waitUntil(lambda: hands.button("Lanjut >").isEnabled(), timeout=60_000)
    hands.click("Lanjut >")

    hands.sees("Hanya kepala sekolah")  # the operator may not send: Tukar Akses, here
    hands.click("Tukar Akses Pengguna…")
    dialog = op.window("Tukar Akses Pengguna")
    inside = Operator(op.qtbot, dialog)
    inside.fill("Kode Registrasi", DEMO_KODE_REGISTRASI)
    inside.enter()  # the accounts are listed, the principal chosen
    assert "Kepala Sekolah saat ini" in dialog.accounts.currentItem().text()
    inside.enter()
    op.gone(dialog)
    hands.sees("Kepala sekolah sedang memakai aplikasi.")
    assert "Bertindak sebagai" in window.accounts.status_label.text()  # the main window too
    hands.click("Lanjut >")

    tick_everything(hands, wizard.konfirmasi.sheet)
    hands.click("Konfirmasi Isian Dapodik")
    hands.click("Lanjut >")
    hands.click(hands.find("Saya setuju"))
    hands.click("Lanjut >")
    hands.waits_to_see("Terhubung", timeout=WAIT_SERVER_MS)
    hands.click("Lanjut >")
    hands.click("Mulai")
    hands.waits_to_see("Sinkronisasi selesai.", timeout=120_000)
    hands.click("Selesai")
    op.gone(wizard)


def back_to_the_operator(op: Operator, window) -> None:
    with op.answer("Tukar Akses Pengguna", "Tutup", showing="Kembali ke akun"):
        op.menu(window, "Pengaturan", "Kembali ke Akun Operator")
    op.sees("Pengguna: Operator Sekolah Demo")


def type_a_path(path: Path):
    """In Qt's file or folder dialog: the path typed into its name field, Enter."""

    def act(hands: Operator, _dialog) -> None:
        hands.press(Qt.Key_A, Qt.ControlModifier)
        hands.type(str(path))
        hands.enter()

    return act


def pmp_offline_file(op: Operator, window, pmp_file: Path, out: Path) -> Path:
    op.click_item("PMP", window.nav)
    page = window.pages["pmp"]
    op.qtbot.waitUntil(lambda: page.status_button.isEnabled(), timeout=10_000)
    with (
        op.answer("Impor Berkas PMP", "Impor"),
        op.answer("Kode Registrasi", "Tanda Tangani"),
        op.answering("Pilih berkas PMP", type_a_path(pmp_file)),
    ):
        op.click("Impor Berkas PMP…")
    op.qtbot.waitUntil(lambda: "Impor selesai" in page.report.toPlainText(), timeout=30_000)
    answer_whoever_is_left(op, page)
    out.mkdir()
    with (
        op.answer("Kode Registrasi", "Tanda Tangani"),
        op.answering("Pilih folder untuk berkas PMP", type_a_path(out)),
    ):
        op.click("Kirim Offline")
    op.qtbot.waitUntil(lambda: "Berkas PMP ditulis" in page.report.toPlainText(), timeout=30_000)
    return next(out.glob("PMP_*.pmp"))


def answer_whoever_is_left(op: Operator, page) -> None:
    """The new student may have joined the students the PMP samples: whoever the
    file did not cover is answered here, one click per question."""
    for row in range(page.table.rowCount()):
        answered, total = page.table.item(row, 3).text().split("/")
        if answered == total:
            continue
        op.click_item(page.table.item(row, 0).text(), page.table)
        for group in page.questionnaire.groups.values():
            op.click(group.buttons()[-1])


def switch_to_english(op: Operator, window, startup, launch) -> None:
    def english(hands: Operator, _dialog) -> None:
        hands.choose("Bahasa", "English")
        hands.sees("Bahasa baru dipakai setelah aplikasi dibuka ulang.")
        hands.click("Simpan")

    with op.answering("Pengaturan", english):
        op.menu(window, "Pengaturan", "Bahasa dan Tampilan…")
    op.menu(window, "Berkas", "Keluar")
    op.gone(window)
    startup.close()  # the process ends
    launch(fresh=False)  # started again, as the operator starts it
    op.window("Log in — Dapodik Lokal")
    op.sees("This is the demo school.")
    op.click("Log in")
    english_window = op.window("SD Negeri Sukamaju 1")  # back on the tab left open: PMP
    op.click_item("Home", english_window.nav)
    op.sees("Active students")
    op.sees("User: Operator Sekolah Demo (School Operator)")


def test_an_operators_first_day(
    qtbot, launch, other_laptop_pmp_file, tmp_path, local_server_stopped
):
    op = Operator(qtbot)
    startup, window = first_start(op, launch)
    op.sees("180")  # active students on Beranda
    add_a_student(op, window)
    validasi_finds_her_and_the_mistake_is_fixed(op, window)
    op.click_item("Beranda", window.nav)
    op.waits_to_see("181")
    sync_as_the_principal(op, window)
    back_to_the_operator(op, window)
    written = pmp_offline_file(op, window, other_laptop_pmp_file, tmp_path / "keluar")
    assert written.stat().st_size > 0
    switch_to_english(op, window, startup, launch)


def test_fixing_a_deliberate_mistake_of_the_demo(qtbot, launch):
    """The demo with its deliberate mistakes: Validasi lists them, a double-click
    opens the record, the fix typed in its form clears the result."""
    op = Operator(qtbot)
    launch()
    op.window("Pendaftaran Sekolah")
    op.click(op.find("Lihat sekolah demo dulu (tanpa server)"))
    op.enter()
    op.window("Masuk")
    op.enter()  # the demo account is filled in
    window = op.window("Beranda")
    op.click_item("Validasi", window.nav)
    page = window.pages["validasi"]
    op.click("Jalankan Validasi")
    op.qtbot.waitUntil(lambda: not page.is_busy(), timeout=60_000)
    op.click_item("Peserta Didik", page.tabs_view)
    op.qtbot.waitUntil(lambda: page.results_model.rowCount() > 0, timeout=10_000)
    before = int(page.tabs_model.item(2, 1).text())
    results = page.results_model.results
    short_nik = next(r for r in results if "15 karakter" in translated_message(r))
    nama = page.results_model.label(short_nik)
    op.double_click_item(nama, page.results_view)  # to the student, in her tab
    op.qtbot.waitUntil(
        lambda: (
            "peserta_didik" in window.pages
            and window.pages["peserta_didik"].current_id() == short_nik.row_id
        ),
        timeout=10_000,
    )
    op.click("Ubah")
    form = op.window("Ubah Peserta Didik")
    nik = op.field("NIK")
    op.fill("NIK", nik.text() + "1")
    op.click("Simpan")
    op.gone(form)
    op.click_item("Validasi", window.nav)
    op.qtbot.waitUntil(lambda: page.tabs_model.item(2, 1).text() == str(before - 1), timeout=60_000)
