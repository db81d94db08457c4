"""pytest-qt: the login dialog, Tukar Akses Pengguna with a wrong and a right code,
Kembali, and who is acting in the main window's title and status bar."""

from PySide6.QtWidgets import QDialog, QMessageBox

from app.accounts import acting
from app.accounts.demo import DEMO_KODE_REGISTRASI, DEMO_PASSWORD, DEMO_USERNAME
from app.ui.account_dialogs import ChangePasswordDialog, LoginDialog
from app.ui.main_window import MainWindow
from app.ui.tukar_akses import TukarAksesDialog


def test_login_dialog_refuses_a_wrong_password_and_accepts_the_demo_account(qtbot, demo_db):
    dialog = LoginDialog(demo_db, "SD Negeri Sukamaju 1", demo=True)
    qtbot.addWidget(dialog)
    assert dialog.username.text() == DEMO_USERNAME  # the demo account is filled in
    dialog.password.setText("salah-sekali")
    dialog.login_button.click()
    assert dialog.result() != QDialog.Accepted and not dialog.error.isHidden()
    assert "salah" in dialog.error.text() and dialog.password.text() == ""
    dialog.password.setText(DEMO_PASSWORD)
    dialog.login_button.click()
    assert dialog.result() == QDialog.Accepted
    assert dialog.user.username == DEMO_USERNAME == acting.current_user().username


def test_a_real_school_gets_no_demo_hint(qtbot, demo_db):
    dialog = LoginDialog(demo_db, "SD Negeri Sukamaju 1", demo=False)
    qtbot.addWidget(dialog)
    assert dialog.username.text() == "" and DEMO_PASSWORD not in dialog.password.text()


def _main_window(qtbot, db):
    dialog = LoginDialog(db, "", demo=True)
    qtbot.addWidget(dialog)
    dialog.login_button.click()
    window = MainWindow(db, user=dialog.user)
    qtbot.addWidget(window)
    return window


def test_tukar_akses_with_a_wrong_then_the_right_code_and_back(qtbot, demo_db, monkeypatch):
    window = _main_window(qtbot, demo_db)
    assert "Operator Sekolah Demo" in window.windowTitle()
    assert "Pengguna: Operator Sekolah Demo" in window.accounts.status_label.text()
    dialog = TukarAksesDialog(demo_db, window)
    qtbot.addWidget(dialog)
    dialog.kode.setText("KODE-NGAWUR")
    dialog._check()
    assert "Kode Registrasi salah" in dialog.error.text()
    assert dialog.accounts.count() == 0 and not dialog.switch_button.isEnabled()
    dialog.kode.setText(DEMO_KODE_REGISTRASI)
    dialog._check()
    assert dialog.accounts.count() == 1
    assert "Kepala Sekolah saat ini" in dialog.accounts.item(0).text()
    dialog.switch_button.click()
    assert dialog.result() == QDialog.Accepted
    window.accounts._refresh()
    kepala = acting.current_user()
    assert kepala.nama in window.windowTitle() and "(Kepala Sekolah)" in window.windowTitle()
    assert "Bertindak sebagai" in window.accounts.status_label.text()
    assert window.accounts.kembali.isEnabled()
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: shown.append(args[2]))
    window.accounts.kembali.trigger()
    assert shown == ["Kembali ke akun Operator Sekolah Demo (Operator Sekolah)."]
    assert "Operator Sekolah Demo" in window.windowTitle()
    assert not window.accounts.kembali.isEnabled()


def test_main_window_is_built_without_a_login(qtbot, small_db):
    window = MainWindow(small_db)
    qtbot.addWidget(window)
    assert window.accounts.status_label.text() == ""


def test_change_password_dialog(qtbot, demo_db):
    window = _main_window(qtbot, demo_db)
    dialog = ChangePasswordDialog(demo_db, acting.logged_in_user(), window)
    qtbot.addWidget(dialog)
    dialog.old.setText("keliru")
    dialog.new.setText("barubaru1")
    dialog.repeat.setText("barubaru1")
    dialog._save()
    assert "lama salah" in dialog.error.text()
    dialog.old.setText(DEMO_PASSWORD)
    dialog._save()
    assert dialog.result() == QDialog.Accepted


def test_lupa_kata_sandi_with_a_wrong_then_the_right_code(qtbot, demo_db):
    from app.ui.account_dialogs import ForgotPasswordDialog

    dialog = ForgotPasswordDialog(demo_db, DEMO_USERNAME)
    qtbot.addWidget(dialog)
    dialog.kode.setText("KODE-NGAWUR")
    dialog.new.setText("barubaru1")
    dialog.repeat.setText("barubaru1")
    dialog._reset()
    assert "Kode Registrasi salah" in dialog.error.text()
    dialog.kode.setText(DEMO_KODE_REGISTRASI)
    dialog._reset()
    assert dialog.result() == QDialog.Accepted
    login = LoginDialog(demo_db, "", demo=False)
    qtbot.addWidget(login)
    login.username.setText(DEMO_USERNAME)
    login.password.setText("barubaru1")
    login.login_button.click()
    assert login.user is not None
