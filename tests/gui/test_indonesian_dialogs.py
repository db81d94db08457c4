"""Every dialog the app can open, opened as an operator opens it, shows no Qt
English text (OK, Cancel, Yes, No, File name:…): the operator's hands refuse a
window that does (tests.gui.hands.Operator.in_indonesian)."""

import keyring
from keyring.backends import fail
from PySide6.QtWidgets import QAbstractButton
from sqlalchemy import select

from app.accounts import registration, settings
from dapodik.schema.models import Sekolah
from tests.gui.hands import Operator, english_texts, visible_text

ESCAPE_HATCHES = ("Batal", "Tutup")


def look_and_leave(hands: Operator, dialog) -> None:
    """Look at a dialog (the hands refuse English on it) and leave it unchanged."""
    assert english_texts(dialog) == []
    for text in ESCAPE_HATCHES:
        if text in _buttons(dialog):
            hands.click(text)
            return
    hands.escape()


def _buttons(dialog) -> set[str]:
    return {visible_text(b.text()) for b in dialog.findChildren(QAbstractButton) if b.isVisible()}


def opens_a_chooser(button: str, chooser: str):
    """For ``answering`` a dialog: click its ``button``, look at the file or folder
    chooser it opens and leave that, then leave the dialog by Batal."""

    def act(hands: Operator, _dialog) -> None:
        with hands.answering(chooser, look_and_leave):
            hands.click(button)
        hands.click("Batal")

    return act


def save_dialog_in_indonesian(hands: Operator, dialog) -> None:
    """Qt's own file dialog: its labels and buttons in Indonesian, then Batal."""
    for label in ("Cari di:", "Nama berkas:", "Jenis berkas:"):
        hands.sees(label)
    assert {"Simpan", "Batal"} <= _buttons(dialog)
    hands.click("Batal")


def test_every_dialog_of_the_main_window_speaks_indonesian(qtbot, small_db, launch):
    path = small_db.path
    small_db.close()
    op = Operator(qtbot)
    launch(path)
    op.window("Masuk")
    with op.answering("Lupa Kata Sandi", look_and_leave):
        op.click("Lupa kata sandi?")
    op.click("Masuk")
    window = op.window("Beranda")

    for menu, item, title in (
        ("Pengaturan", "Tukar Akses Pengguna…", "Tukar Akses Pengguna"),
        ("Pengaturan", "Ganti Kata Sandi…", "Ganti Kata Sandi"),
        ("Pengaturan", "Bahasa dan Tampilan…", "Pengaturan"),
        ("Bantuan", "Tentang Dapodik Lokal", "Tentang Dapodik Lokal"),
    ):
        with op.answering(title, look_and_leave):
            op.menu(window, menu, item)
        op.settle()

    with op.answering("Pengaturan", opens_a_chooser("Pilih…", "Folder cadangan")):
        op.menu(window, "Pengaturan", "Bahasa dan Tampilan…")

    op.menu(window, "Pengaturan", "WebService…")
    webservice = op.window("WebService")
    hands = Operator(qtbot, webservice)
    hands.fill("Nama aplikasi, mis. E-Rapor", "Absensi")
    hands.click("Buat Token")
    qtbot.waitUntil(lambda: webservice.table.rowCount() == 1, timeout=5000)
    hands.click_item("Absensi")
    with op.answer("Cabut Token", "Batal", showing="Cabut token Absensi?"):
        hands.click("Cabut Token")
    webservice.close()

    op.click_item("Peserta Didik", window.nav)
    page = window.pages["peserta_didik"]
    qtbot.waitUntil(lambda: page.count.text() != "Memuat…", timeout=5000)
    op.click("Tambah")
    form = op.window("Tambah Peserta Didik")
    op.fill("Nama", "Tidak Jadi")
    with op.answer("Tambah Peserta Didik", "Jangan Simpan", showing="Simpan perubahan?"):
        op.escape()
    op.gone(form)

    with op.answering("Formulir Peserta Didik", look_and_leave, showing="Pilih dahulu"):
        op.drop_down("Cetak", "Formulir Peserta Didik…")
    op.drop_down("Cetak", "Daftar Peserta Didik per Rombel…")
    choice = op.window("Daftar Peserta Didik per Rombel")
    assert english_texts(choice) == []
    Operator(qtbot, choice).click("Pratinjau")
    preview = op.window("Pratinjau: Daftar Peserta Didik per Rombel")
    in_preview = Operator(qtbot, preview)
    qtbot.waitUntil(lambda: in_preview.button("Simpan PDF…").isEnabled(), timeout=20_000)
    with op.answering("Simpan PDF", save_dialog_in_indonesian):
        in_preview.click("Simpan PDF…")
    look_and_leave(in_preview, preview)
    op.gone(preview)

    nama = page.model.index(0, 0).data()
    op.click_item(nama, page.view)
    op.click("Hapus")
    keluar = op.window(f"Peserta Didik Keluar — {nama}")  # whom it is about, no "Tambah"
    Operator(qtbot, keluar).sees(f"{nama} keluar dari sekolah.")
    look_and_leave(Operator(qtbot, keluar), keluar)

    with op.answering("Ekspor ke Excel", save_dialog_in_indonesian):
        op.click("Ekspor Excel")
    op.click("Impor Excel")
    importing = op.window("Impor")
    look_and_leave(Operator(qtbot, importing), importing)

    op.click_item("Sarpras", window.nav)
    tanah = window.pages["sarpras"].currentWidget()
    qtbot.waitUntil(lambda: tanah.count.text() != "Memuat…", timeout=5000)
    op.click_item(tanah.model.index(0, 0).data(), tanah.view)
    with op.answering("Hapus data", look_and_leave):
        op.click(op.find("Hapus"))

    op.click_item("PMP", window.nav)
    pmp = window.pages["pmp"]
    qtbot.waitUntil(lambda: pmp.status_button.isEnabled(), timeout=5000)
    with op.answering("Pilih berkas PMP", look_and_leave):
        op.click("Impor Berkas PMP…")


def test_the_restore_dialog_and_its_chooser_speak_indonesian(qtbot, small_db, launch):
    path = small_db.path
    small_db.close()
    op = Operator(qtbot)
    launch(path)
    op.window("Masuk")
    op.click("Masuk")
    window = op.window("Beranda")
    chooser = opens_a_chooser("Pilih Berkas Cadangan…", "Pilih Berkas Cadangan")
    with op.answering("Pulihkan dari Cadangan", chooser):
        op.menu(window, "Berkas", "Pulihkan dari Cadangan…")


def test_the_kode_registrasi_prompt_of_the_sinkronisasi_tab_speaks_indonesian(
    qtbot, small_db, launch
):
    """A registered school on a laptop without a credential store: the device
    token opens only with the Kode Registrasi, which the tab asks for."""
    with small_db.Session() as session:
        settings.put(session, settings.NPSN, "20219001")
        settings.put(session, settings.SEKOLAH_ID, session.scalar(select(Sekolah.sekolah_id)))
        settings.put(session, settings.SERVER, "http://127.0.0.1:9")
        session.commit()
    registration.create_school_accounts(small_db, "operator", "Operator", "rahasia123")
    path = small_db.path
    small_db.close()
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        op = Operator(qtbot)
        launch(path)
        op.window("Masuk")
        op.fill("Nama pengguna", "operator")
        op.fill("Kata sandi", "rahasia123")
        op.enter()
        window = op.window("Beranda")
        op.click_item("Sinkronisasi", window.nav)
        tab = window.pages["sinkronisasi"]
        qtbot.waitUntil(tab.start_button.isEnabled, timeout=10_000)

        def kode(hands, dialog):
            field = hands.field("Kode Registrasi")
            assert field.echoMode() == field.EchoMode.Password
            hands.click("Batal")

        # Without the code the token stays shut: the tab says why, in Indonesian too.
        with (
            op.answer("Sinkronisasi", "Tutup", showing="penyimpanan kredensial"),
            op.answering("Kode Registrasi", kode),
        ):
            op.click("Mulai Sinkronisasi…")
    finally:
        keyring.set_keyring(previous)
