"""Pengaturan → WebService: start and stop without blocking, address and status,
LAN choice with its warning, tokens created (shown once), listed and revoked."""

import pytest
import requests

from app.ui.main_window import MainWindow
from app.ui.webservice_dialog import WebServiceDialog
from app.webservice.server import bind
from app.webservice.tokens import create_token, list_tokens
from tests.gui.hands import Operator


@pytest.fixture
def dialog(qtbot, small_db):
    d = WebServiceDialog(small_db)
    qtbot.addWidget(d)
    d.show()
    yield d
    d.service.stop()


def _start(qtbot, dialog) -> str:
    dialog.port.setValue(_free_port())
    dialog.start_stop.click()
    qtbot.waitUntil(lambda: dialog.status.text().startswith("Berjalan di"), timeout=10000)
    return dialog.service.address.url


def _free_port() -> int:
    sock = bind("127.0.0.1", 0)
    port = sock.getsockname()[1]
    sock.close()
    return port


def test_start_shows_the_address_and_stop_frees_it(qtbot, dialog, small_demo_file):
    assert dialog.status.text() == "Berhenti" and dialog.start_stop.text() == "Mulai"
    dialog.port.setValue(_free_port())
    dialog.start_stop.click()
    # The click returns at once: starting happens on a worker, the UI only waits.
    assert dialog.start_stop.text() == "Mohon tunggu…" and not dialog.start_stop.isEnabled()
    qtbot.waitUntil(lambda: dialog.status.text().startswith("Berjalan di"), timeout=10000)
    url = dialog.service.address.url
    assert url.startswith("http://127.0.0.1:") and url in dialog.status.text()
    assert dialog.start_stop.text() == "Hentikan" and not dialog.port.isEnabled()
    _info, token = create_token(dialog.db.engine, "E-Rapor")
    response = requests.get(
        url + "getSekolah",
        params={"npsn": small_demo_file[1].npsn},
        headers={"Authorization": f"Bearer {token}"},
        timeout=10,
    )
    assert response.status_code == 200
    dialog.start_stop.click()
    qtbot.waitUntil(lambda: dialog.status.text() == "Berhenti", timeout=10000)
    with pytest.raises(requests.ConnectionError):
        requests.get(url + "getSekolah", timeout=5)


def test_lan_is_an_explicit_choice_with_a_warning(qtbot, dialog):
    assert dialog.chosen_host() == "127.0.0.1"
    assert not dialog.lan_warning.isVisible() and not dialog.address.isEnabled()
    dialog.lan.setChecked(True)
    assert dialog.lan_warning.isVisible() and dialog.address.isEnabled()
    assert "Perhatian" in dialog.lan_warning.text()
    assert dialog.chosen_host() == dialog.address.currentText() != "127.0.0.1"
    dialog.lan.setChecked(False)
    assert dialog.chosen_host() == "127.0.0.1" and not dialog.lan_warning.isVisible()


def test_a_new_token_is_shown_once_and_listed(qtbot, dialog):
    dialog.token_name.setText("E-Rapor")
    dialog.token_ip.setText("192.168.1.30")
    dialog.create.click()
    qtbot.waitUntil(dialog.new_token_panel.isVisible, timeout=5000)
    token = dialog.new_token.text()
    assert len(token) == 43 and "E-Rapor" in dialog.new_token_label.text()
    assert dialog.token_name.text() == ""
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=5000)
    cells = [dialog.table.item(0, c).text() for c in range(5)]
    assert cells[:3] == ["E-Rapor", "Aktif", "192.168.1.30"] and cells[4] == "belum pernah"
    assert token not in " ".join(cells)


def test_a_bad_token_request_is_explained(qtbot, dialog):
    dialog.token_ip.setText("999.1.1.1")
    dialog.token_name.setText("Absensi")
    op = Operator(qtbot)
    with op.answer("Token aplikasi", "Tutup", showing="Alamat IP 999.1.1.1 tidak sah."):
        op.click(dialog.create)
    assert not dialog.new_token_panel.isVisible()


def test_revoke_the_selected_token(qtbot, dialog, monkeypatch):
    create_token(dialog.db.engine, "Absensi")
    dialog.refresh_tokens()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=5000)
    dialog.table.selectRow(0)
    op = Operator(qtbot)
    with op.answer("Cabut Token", "Cabut", showing="Cabut token Absensi?"):
        op.click(dialog.revoke)
    qtbot.waitUntil(lambda: dialog.table.item(0, 1).text() == "Dicabut", timeout=5000)
    assert [t.active for t in list_tokens(dialog.db.engine)] == [False]
    assert not dialog.revoke.isEnabled()


def test_the_list_shows_last_use(qtbot, dialog, small_demo_file):
    url = _start(qtbot, dialog)
    _info, token = create_token(dialog.db.engine, "Absensi")
    requests.get(
        url + "getGtk",
        params={"npsn": small_demo_file[1].npsn},
        headers={"Authorization": f"Bearer {token}"},
        timeout=10,
    )
    dialog.refresh_tokens()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=5000)
    qtbot.waitUntil(lambda: "dari 127.0.0.1" in dialog.table.item(0, 4).text(), timeout=5000)


def test_pengaturan_menu_opens_one_dialog(qtbot, small_db):
    window = MainWindow(small_db)
    qtbot.addWidget(window)
    pengaturan = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Pengaturan")
    action = next(a for a in pengaturan.actions() if a.text() == "&WebService…")
    action.trigger()
    first = window.findChild(WebServiceDialog)
    assert first is not None and first.isVisible()
    first.hide()
    action.trigger()
    assert window.findChildren(WebServiceDialog) == [first] and first.isVisible()
