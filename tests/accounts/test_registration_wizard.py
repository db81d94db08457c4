"""pytest-qt: the registration wizard against the real reference server on loopback,
driven as an operator drives it: right code, wrong code, server unreachable,
prefill interrupted and resumed, no way back once registered, leaving the demo."""

import keyring
import pytest
import requests
from keyring.backends import fail
from sqlalchemy import select

from app.accounts import registration, users
from app.ui.registration_wizard import RegistrationWizard
from dapodik.schema.models import Sekolah
from tests.gui.hands import Operator, Refused

from .reference_server import NPSN, free_port

PASSWORD = "rahasia123"


def _open_wizard(qtbot, db) -> tuple[Operator, RegistrationWizard]:
    wizard = RegistrationWizard(db)
    qtbot.addWidget(wizard)
    wizard.open()
    op = Operator(qtbot)
    op.window("Pendaftaran Sekolah")
    return op, wizard


def _school(op: Operator, server: str, kode: str, npsn: str = NPSN) -> None:
    op.click("Lanjut >")  # online, the default
    op.fill("Alamat server", server)
    op.fill("NPSN", npsn)
    op.fill("Kode Registrasi", kode)
    op.click("Lanjut >")


def _operator_account(op: Operator, username: str = "operator") -> None:
    op.fill("Nama pengguna", username)
    op.fill("Nama lengkap", "Siti Operator")
    op.fill("Kata sandi", PASSWORD)
    op.fill("Ulangi kata sandi", PASSWORD)
    op.click("Lanjut >")  # starts the registration in the background


def _register(qtbot, db, server: str, kode: str) -> tuple[Operator, RegistrationWizard]:
    op, wizard = _open_wizard(qtbot, db)
    _school(op, server, kode)
    _operator_account(op)
    return op, wizard


def _wait_for_outcome(qtbot, wizard) -> None:
    page = wizard.progress_page
    qtbot.waitUntil(lambda: page.done or not page.error.isHidden(), timeout=60_000)


def test_right_code_registers_downloads_and_creates_the_operator(
    qtbot, server, fresh_db, memory_keyring
):
    srv, kode = server
    op, wizard = _register(qtbot, fresh_db, srv.base, kode)
    _wait_for_outcome(qtbot, wizard)
    assert wizard.progress_page.done, wizard.progress_page.error.text()
    op.sees("SD Negeri Sukamaju 1 (NPSN 20219001) terdaftar")
    assert wizard.progress_page.bar.value() == wizard.progress_page.bar.maximum()
    assert users.login(fresh_db, "operator", PASSWORD).nama == "Siti Operator"
    assert len(memory_keyring.secrets) == 1


def test_a_registered_school_cannot_be_registered_again_by_going_back(
    qtbot, server, fresh_db, memory_keyring
):
    srv, kode = server
    op, wizard = _register(qtbot, fresh_db, srv.base, kode)
    _wait_for_outcome(qtbot, wizard)
    for gone in ("< Kembali", "Batal"):
        with pytest.raises(Refused, match="nothing visible"):
            op.click(gone)
    op.click("Selesai")
    op.gone(wizard)
    assert wizard.result() == RegistrationWizard.Accepted
    assert not list(fresh_db.path.parent.glob("*.prf*"))


def test_wrong_code_is_refused_and_the_operator_can_go_back(
    qtbot, server, fresh_db, memory_keyring
):
    srv, _ = server
    op, wizard = _register(qtbot, fresh_db, srv.base, "SALAH-KODE-1")
    _wait_for_outcome(qtbot, wizard)
    assert not wizard.progress_page.isComplete()
    op.sees("NPSN atau Kode Registrasi salah")
    op.click("< Kembali")
    op.sees("Akun Operator")


def test_an_unreachable_server_is_named(qtbot, fresh_db, memory_keyring):
    op, wizard = _register(qtbot, fresh_db, f"http://127.0.0.1:{free_port()}", "APA-SAJA")
    _wait_for_outcome(qtbot, wizard)
    op.sees("tidak dapat dihubungi")


def test_the_npsn_takes_digits_only(qtbot, fresh_db):
    op, wizard = _open_wizard(qtbot, fresh_db)
    op.click("Lanjut >")
    npsn = op.fill("NPSN", "2021A9001x")
    assert npsn.text() == "20219001"


def test_no_server_address_is_offered_that_is_not_the_schools(qtbot, fresh_db):
    op, wizard = _open_wizard(qtbot, fresh_db)
    op.click("Lanjut >")
    assert op.field("Alamat server").text() == ""


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
    op, wizard = _register(qtbot, fresh_db, srv.base, kode)
    _wait_for_outcome(qtbot, wizard)
    op.sees("terputus")
    monkeypatch.setattr(requests.Response, "iter_content", real_iter)
    ranges = []
    real_get = requests.Session.get

    def recording_get(self, url, **kwargs):
        ranges.append(kwargs.get("headers", {}).get("Range"))
        return real_get(self, url, **kwargs)

    monkeypatch.setattr(requests.Session, "get", recording_get)
    op.click("< Kembali")
    op.click("Lanjut >")  # try again
    _wait_for_outcome(qtbot, wizard)
    assert wizard.progress_page.done, wizard.progress_page.error.text()
    assert ranges and ranges[0] is not None and ranges[0].startswith("bytes=")


def test_offline_from_a_prefill_file_with_a_wrong_then_the_right_code(
    qtbot, server, fresh_db, tmp_path
):
    srv, kode = server
    prf = tmp_path / "sekolah.prf"
    srv.run("prefill", "--npsn", NPSN, "--out", str(prf))
    op, wizard = _open_wizard(qtbot, fresh_db)
    op.click(op.find("Daftarkan sekolah dari berkas prefill (tanpa internet)"))
    op.click("Lanjut >")
    with pytest.raises(Refused):
        op.field("Alamat server")  # hidden: no server offline
    op.fill("Berkas prefill", str(prf))
    op.fill("Kode Registrasi", "SALAH-KODE-1")
    op.click("Lanjut >")
    _operator_account(op)
    _wait_for_outcome(qtbot, wizard)
    op.sees("tidak cocok")
    op.click("< Kembali")
    op.click("< Kembali")
    op.fill("Kode Registrasi", kode)
    op.click("Lanjut >")
    op.click("Lanjut >")
    _wait_for_outcome(qtbot, wizard)
    assert wizard.progress_page.done, wizard.progress_page.error.text()
    assert users.login(fresh_db, "operator", PASSWORD)


def test_a_missing_prefill_file_is_named(qtbot, fresh_db, tmp_path):
    op, wizard = _open_wizard(qtbot, fresh_db)
    op.click(op.find("Daftarkan sekolah dari berkas prefill (tanpa internet)"))
    op.click("Lanjut >")
    op.fill("Berkas prefill", str(tmp_path / "hilang.prf"))
    op.fill("Kode Registrasi", "KODE")
    op.click("Lanjut >")
    _operator_account(op)
    _wait_for_outcome(qtbot, wizard)
    message = op.sees("tidak ditemukan").text()
    assert "Errno" not in message and "gzip" not in message


def test_the_token_file_is_used_only_after_the_operator_agrees(qtbot, server, fresh_db):
    srv, kode = server
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        op, wizard = _open_wizard(qtbot, fresh_db)
        _school(op, srv.base, kode)
        with op.answer("Penyimpanan kredensial", "Batal"):
            _operator_account(op)
        op.sees("Token perangkat tidak disimpan")
        op.click("< Kembali")
        with op.answer("Penyimpanan kredensial", "Simpan dalam Berkas"):
            op.click("Lanjut >")
        _wait_for_outcome(qtbot, wizard)
        assert wizard.progress_page.done, wizard.progress_page.error.text()
    finally:
        keyring.set_keyring(previous)


def _log_in_new_school(op: Operator, username: str) -> None:
    op.window("Masuk")
    assert op.field("Nama pengguna").text() == username  # the account just made
    op.fill("Kata sandi", PASSWORD)
    op.click("Masuk")


def test_leaving_the_demo_registers_the_school_at_the_same_path(qtbot, server, small_db, launch):
    srv, kode = server
    demo_path = small_db.path
    small_db.close()
    op = Operator(qtbot)
    startup = launch(demo_path)
    op.window("Masuk")
    op.click("Daftarkan Sekolah Anda…")
    op.window("Pendaftaran Sekolah")
    _school(op, srv.base, kode)
    _operator_account(op, "siti")
    op.window("Pendaftaran Sekolah")
    qtbot.waitUntil(lambda: op.button("Selesai").isEnabled(), timeout=60_000)
    op.click("Selesai")
    _log_in_new_school(op, "siti")
    op.window("Beranda")
    db = startup.db
    assert db.path == demo_path
    with db.Session() as session:
        assert session.scalar(select(Sekolah.nama)) == "SD Negeri Sukamaju 1"
        assert registration.settings.get(session, registration.settings.NPSN) == NPSN
    assert list(demo_path.parent.glob("small-demo-*.sqlite"))  # the demo was kept aside


def test_cancelling_the_wizard_brings_the_demo_back(qtbot, small_db, launch):
    demo_path = small_db.path
    small_db.close()
    op = Operator(qtbot)
    launch(demo_path)
    op.window("Masuk")
    op.click("Daftarkan Sekolah Anda…")
    op.window("Pendaftaran Sekolah")
    op.click("Batal")
    op.window("Masuk")
    op.sees("Ini sekolah demo.")
    op.click("Masuk")
    op.window("Beranda")
