"""pytest-qt, as an operator: the login dialog, Tukar Akses Pengguna with a wrong and
a right code (from the menu and from inside the Sinkronisasi wizard), Kembali, and
who is acting in the main window's title and status bar."""

import pytest
from PySide6.QtWidgets import QDialog, QLineEdit

from app.accounts import acting
from app.accounts.demo import (
    DEMO_KODE_REGISTRASI,
    DEMO_PASSWORD,
    DEMO_USERNAME,
    ensure_demo_accounts,
)
from app.db.engine import open_database
from app.sync.server_api import ServerApi
from app.ui.account_dialogs import LoginDialog
from app.ui.main_window import MainWindow
from app.ui.sinkronisasi import SyncWizard
from dapodik.demo.school import build_demo
from tests.gui.hands import Operator, Refused

from .reference_server import free_port


def _login(qtbot, db, demo: bool = True) -> tuple[Operator, LoginDialog]:
    dialog = LoginDialog(db, "SD Negeri Sukamaju 1", demo=demo)
    qtbot.addWidget(dialog)
    dialog.open()
    op = Operator(qtbot)
    op.window("Masuk")
    return op, dialog


def test_login_dialog_refuses_a_wrong_password_and_accepts_the_demo_account(qtbot, demo_db):
    op, dialog = _login(qtbot, demo_db)
    assert op.field("Nama pengguna").text() == DEMO_USERNAME  # the demo account is filled in
    op.fill("Kata sandi", "salah-sekali")
    op.enter()
    assert dialog.isVisible() and "salah" in op.sees("salah").text()
    assert op.field("Kata sandi").text() == ""
    op.fill("Kata sandi", DEMO_PASSWORD)
    op.click("Masuk")
    assert dialog.result() == QDialog.Accepted
    assert dialog.user.username == DEMO_USERNAME == acting.current_user().username


def test_a_real_school_gets_no_demo_hint(qtbot, demo_db):
    op, _dialog = _login(qtbot, demo_db, demo=False)
    assert op.field("Nama pengguna").text() == ""
    with pytest.raises(Refused):
        op.sees(DEMO_PASSWORD)


def _main_window(qtbot, db) -> tuple[Operator, MainWindow]:
    op, dialog = _login(qtbot, db)
    op.click("Masuk")
    window = MainWindow(db, user=dialog.user)
    qtbot.addWidget(window)
    window.show()
    op.window("SD Negeri Sukamaju 1")
    return op, window


def _status(window: MainWindow) -> str:
    return window.accounts.status_label.text()


def _tukar_akses(op: Operator) -> None:
    """In the Tukar Akses dialog: a wrong code, then the right one with Enter, the
    list seen, then Enter again to switch."""
    dialog = op.window("Tukar Akses Pengguna")
    hands = Operator(op.qtbot, dialog)
    hands.fill("Kode Registrasi", "KODE-NGAWUR")
    hands.enter()
    hands.sees("Kode Registrasi salah")
    with pytest.raises(Refused, match="disabled"):
        hands.click("Tukar Pengguna")
    hands.fill("Kode Registrasi", DEMO_KODE_REGISTRASI)
    hands.enter()
    assert dialog.isVisible() and acting.is_switched() is False  # the list first
    assert "Kepala Sekolah saat ini" in dialog.accounts.currentItem().text()
    hands.enter()
    op.gone(dialog)


def _kembali(op: Operator, window: MainWindow) -> None:
    assert op.menu_items(window, "Pengaturan")["Kembali ke Akun Operator"]
    with op.answer("Tukar Akses Pengguna", "Tutup"):
        op.menu(window, "Pengaturan", "Kembali ke Akun Operator")
    assert "Pengguna: Operator Sekolah Demo" in _status(window)
    assert not op.menu_items(window, "Pengaturan")["Kembali ke Akun Operator"]


def test_tukar_akses_with_a_wrong_then_the_right_code_and_back(qtbot, demo_db):
    op, window = _main_window(qtbot, demo_db)
    assert "Operator Sekolah Demo" in window.windowTitle()
    assert "Pengguna: Operator Sekolah Demo" in _status(window)
    assert not op.menu_items(window, "Pengaturan")["Kembali ke Akun Operator"]
    op.menu(window, "Pengaturan", "Tukar Akses Pengguna…")
    _tukar_akses(op)
    kepala = acting.current_user()
    assert kepala.nama in window.windowTitle() and "(Kepala Sekolah)" in window.windowTitle()
    assert "Bertindak sebagai" in _status(window)
    _kembali(op, window)
    assert "Operator Sekolah Demo" in window.windowTitle()


@pytest.fixture
def valid_demo(tmp_path):
    """The demo school without its mistakes: Validasi Lokal lets the wizard on."""
    db = open_database(tmp_path / "valid.sqlite")
    with db.engine.begin() as conn:
        build_demo(conn, "small", valid=True)
    ensure_demo_accounts(db)
    yield db
    db.close()


def test_tukar_akses_inside_the_sinkronisasi_wizard_shows_in_the_main_window(qtbot, valid_demo):
    op, window = _main_window(qtbot, valid_demo)
    wizard = SyncWizard(valid_demo, ServerApi(f"http://127.0.0.1:{free_port()}", "x"), window)
    wizard.open()
    op.window("Sinkronisasi")
    op.click("Jalankan Validasi Lokal")
    qtbot.waitUntil(lambda: op.button("Lanjut >").isEnabled(), timeout=30_000)
    op.click("Lanjut >")
    with pytest.raises(Refused, match="disabled"):
        op.click("Lanjut >")  # the operator may not send
    op.click("Tukar Akses Pengguna…")
    _tukar_akses(op)
    op.sees("Kepala sekolah sedang memakai aplikasi.")
    assert "Bertindak sebagai" in _status(window)
    assert "(Kepala Sekolah)" in window.windowTitle()
    op.click("Tutup")  # the wizard
    op.gone(wizard)
    _kembali(op, window)


def test_change_password_dialog(qtbot, demo_db):
    op, window = _main_window(qtbot, demo_db)

    def change(hands, _dialog):
        hands.fill("Kata sandi lama", "keliru")
        hands.fill("Kata sandi baru", "barubaru1")
        hands.fill("Ulangi kata sandi", "barubaru1")
        hands.click("Simpan")
        hands.sees("lama salah")
        hands.fill("Kata sandi lama", DEMO_PASSWORD)
        hands.click("Simpan")

    with (
        op.answer("Ganti Kata Sandi", "Tutup", showing="Kata sandi diganti."),
        op.answering("Ganti Kata Sandi", change, showing="Kata sandi lama"),
    ):
        op.menu(window, "Pengaturan", "Ganti Kata Sandi…")


def test_lupa_kata_sandi_with_a_wrong_then_the_right_code(qtbot, demo_db):
    op, dialog = _login(qtbot, demo_db)

    def reset(hands, forgot):
        kode = hands.fill("Kode Registrasi", "KODE-NGAWUR")
        assert kode.echoMode() == QLineEdit.Password  # a secret, not shown
        hands.fill("Kata sandi baru", "barubaru1")
        hands.fill("Ulangi kata sandi", "barubaru1")
        hands.click("Atur Ulang")
        hands.sees("Kode Registrasi salah")
        hands.sees("Kata sandi akun Operator Sekolah dapat diatur ulang")  # not cut off
        hands.fill("Kode Registrasi", DEMO_KODE_REGISTRASI)
        hands.click("Atur Ulang")

    with op.answering("Lupa Kata Sandi", reset):
        op.click("Lupa kata sandi?")
    done = op.sees("Kata sandi diganti. Silakan masuk.")
    assert "b00020" not in done.styleSheet()  # good news is not shown as an error
    op.fill("Kata sandi", "barubaru1")
    op.click("Masuk")
    assert dialog.user is not None
