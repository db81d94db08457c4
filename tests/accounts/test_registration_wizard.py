"""pytest-qt: the registration wizard against the real reference server on loopback:
right code, wrong code, server unreachable, prefill interrupted and resumed."""

import requests

from app.accounts import registration, users
from app.ui.registration_wizard import RegistrationWizard

from .reference_server import NPSN, free_port


def _wizard(qtbot, db, server: str, kode: str) -> RegistrationWizard:
    wizard = RegistrationWizard(db)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()  # mode: online, the default
    page = wizard.school_page
    page.server.setText(server)
    page.npsn.setText(NPSN)
    page.kode.setText(kode)
    assert page.isComplete()
    wizard.next()
    operator = wizard.operator_page
    operator.nama.setText("Siti Operator")
    operator.password.setText("rahasia123")
    operator.repeat.setText("rahasia123")
    wizard.next()  # starts the registration in the background
    return wizard


def _wait_for_outcome(qtbot, wizard) -> None:
    page = wizard.progress_page
    qtbot.waitUntil(lambda: page.done or not page.error.isHidden(), timeout=60_000)


def test_right_code_registers_downloads_and_creates_the_operator(
    qtbot, server, fresh_db, memory_keyring
):
    srv, kode = server
    wizard = _wizard(qtbot, fresh_db, srv.base, kode)
    _wait_for_outcome(qtbot, wizard)
    assert wizard.progress_page.done, wizard.progress_page.error.text()
    assert "terdaftar" in wizard.progress_page.status.text()
    assert wizard.progress_page.bar.value() == wizard.progress_page.bar.maximum()
    assert users.login(fresh_db, "operator", "rahasia123").nama == "Siti Operator"
    assert len(memory_keyring.secrets) == 1


def test_wrong_code_is_refused_and_the_operator_can_go_back(
    qtbot, server, fresh_db, memory_keyring
):
    srv, _ = server
    wizard = _wizard(qtbot, fresh_db, srv.base, "SALAH-KODE-1")
    _wait_for_outcome(qtbot, wizard)
    assert not wizard.progress_page.isComplete()
    assert "NPSN atau Kode Registrasi salah" in wizard.progress_page.error.text()
    wizard.back()
    assert wizard.currentPage() is wizard.operator_page


def test_an_unreachable_server_is_named(qtbot, fresh_db, memory_keyring):
    wizard = _wizard(qtbot, fresh_db, f"http://127.0.0.1:{free_port()}", "APA-SAJA")
    _wait_for_outcome(qtbot, wizard)
    assert "tidak dapat dihubungi" in wizard.progress_page.error.text()


def test_an_interrupted_prefill_resumes_on_the_next_try(
    qtbot, server, fresh_db, memory_keyring, monkeypatch
):
    srv, kode = server
    monkeypatch.setattr(registration.time, "sleep", lambda _s: None)
    real_iter = requests.Response.iter_content

    def cut_after_first_chunk(self, *args, **kwargs):
        chunks = real_iter(self, *args, **kwargs)
        if "/prefill" not in self.url:
            yield from chunks
            return
        yield next(chunks)
        raise requests.ConnectionError("sambungan putus")

    monkeypatch.setattr(requests.Response, "iter_content", cut_after_first_chunk)
    wizard = _wizard(qtbot, fresh_db, srv.base, kode)
    _wait_for_outcome(qtbot, wizard)
    assert "terputus" in wizard.progress_page.error.text()
    monkeypatch.setattr(requests.Response, "iter_content", real_iter)
    ranges = []
    real_get = requests.Session.get

    def recording_get(self, url, **kwargs):
        ranges.append(kwargs.get("headers", {}).get("Range"))
        return real_get(self, url, **kwargs)

    monkeypatch.setattr(requests.Session, "get", recording_get)
    wizard.back()
    wizard.next()  # try again
    _wait_for_outcome(qtbot, wizard)
    assert wizard.progress_page.done, wizard.progress_page.error.text()
    assert ranges and ranges[0] is not None and ranges[0].startswith("bytes=")


def test_offline_from_a_prefill_file_with_a_wrong_then_the_right_code(
    qtbot, server, fresh_db, tmp_path
):
    srv, kode = server
    prf = tmp_path / "sekolah.prf"
    srv.run("prefill", "--npsn", NPSN, "--out", str(prf))
    wizard = RegistrationWizard(fresh_db)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.mode_page.offline.setChecked(True)
    wizard.next()
    page = wizard.school_page
    assert page.server.isHidden() and not page.file.isHidden()
    page.file.setText(str(prf))
    page.kode.setText("SALAH-KODE-1")
    wizard.next()
    wizard.operator_page.password.setText("rahasia123")
    wizard.operator_page.repeat.setText("rahasia123")
    wizard.next()
    _wait_for_outcome(qtbot, wizard)
    assert "tidak cocok" in wizard.progress_page.error.text()
    wizard.back()
    wizard.back()
    page.kode.setText(kode)
    wizard.next()
    wizard.next()
    _wait_for_outcome(qtbot, wizard)
    assert wizard.progress_page.done, wizard.progress_page.error.text()
    assert users.login(fresh_db, "operator", "rahasia123")


def test_the_demo_is_one_click_away(qtbot, fresh_db):
    wizard = RegistrationWizard(fresh_db)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.mode_page.demo.setChecked(True)
    assert wizard.mode_page.isFinalPage()
    wizard.accept()
    assert wizard.choice == "demo"


def test_leaving_the_demo_registers_the_school_at_the_same_path(
    qtbot, server, small_db, memory_keyring, monkeypatch
):
    from sqlalchemy import select

    from app.accounts.demo import ensure_demo_accounts
    from app.ui.account_dialogs import LoginDialog
    from app.ui.start import log_in_at_start
    from dapodik.schema.models import Sekolah

    srv, kode = server
    ensure_demo_accounts(small_db)
    demo_path = small_db.path

    def login_dialog(dialog):
        if dialog.username.text() == "operator":  # the demo's dialog, filled in
            dialog._register()  # "Daftarkan Sekolah Anda…"
            return 0
        dialog.username.setText("operator")
        dialog.password.setText("rahasia123")
        dialog.login_button.click()
        return 1

    def wizard_registers(wizard):
        registration.register_online(wizard.db, srv.base, NPSN, kode, "laptop")
        registration.create_school_accounts(wizard.db, "operator", "Operator", "rahasia123")
        return 1

    monkeypatch.setattr(LoginDialog, "exec", login_dialog)
    monkeypatch.setattr(RegistrationWizard, "exec", wizard_registers)
    db, user = log_in_at_start(small_db)
    try:
        assert db.path == demo_path and user.username == "operator"
        with db.Session() as session:
            assert session.scalar(select(Sekolah.nama)) == "SD Negeri Sukamaju 1"
            assert registration.settings.get(session, registration.settings.NPSN) == NPSN
        assert list(demo_path.parent.glob("small-demo-*.sqlite"))  # the demo was kept aside
    finally:
        db.close()


def test_cancelling_the_wizard_brings_the_demo_back(qtbot, small_db, monkeypatch):
    from app.accounts.demo import ensure_demo_accounts, is_demo
    from app.ui.registration_wizard import replace_demo_by_registration

    ensure_demo_accounts(small_db)
    monkeypatch.setattr(RegistrationWizard, "exec", lambda self: 0)
    db = replace_demo_by_registration(small_db)
    try:
        assert is_demo(db) and users.login(db, "operator", "demo2026")
    finally:
        db.close()
