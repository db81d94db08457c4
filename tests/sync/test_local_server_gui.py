"""The Sinkronisasi tab on the embedded demo: start the local reference server from
the tab, edit a student, go through the wizard to "Berhasil diproses", and see the
run in the Riwayat Sinkronisasi. Real server subprocess, offscreen Qt."""

import os
from datetime import datetime

import keyring
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import create_engine, text

from app.accounts import acting, tukar_akses
from app.accounts.demo import DEMO_KODE_REGISTRASI, ensure_demo_accounts
from app.db.engine import open_database
from app.db.sync_state import SyncUpload
from app.sync import local_server, log
from app.ui.sync_tab import SyncTab
from dapodik.demo.school import build_demo
from tests.conftest import MemoryKeyring
from tests.sync.sync_support import edit_first_student

SCREENSHOTS = os.environ.get("DAPODIK_SCREENSHOTS")
NEW_ADDRESS = "Jl. Sinkron Lokal 7"


def _shot(widget, name: str) -> None:
    if SCREENSHOTS:
        QApplication.processEvents()  # the layout a read just changed, as the operator sees it
        widget.grab().save(os.path.join(SCREENSHOTS, f"{name}.png"))


@pytest.fixture
def valid_demo(tmp_path):
    """The small demo school without its mistakes (same seed), so nothing blocks sending."""
    db = open_database(tmp_path / "dapodik.sqlite")
    with db.engine.begin() as conn:
        build_demo(conn, "small", valid=True)
    ensure_demo_accounts(db)
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    yield db
    keyring.set_keyring(previous)
    acting.end()
    db.close()


@pytest.fixture
def tab(qtbot, valid_demo):
    page = SyncTab(valid_demo)
    qtbot.addWidget(page)
    page.resize(1100, 720)
    with qtbot.waitSignal(page.refreshed):
        page.show()
    yield page
    page.stop_local_server()


def _as_principal(db) -> None:
    choices = tukar_akses.choices(db, DEMO_KODE_REGISTRASI)
    principal = next(c for c in choices.candidates if c.is_principal)
    tukar_akses.switch(db, DEMO_KODE_REGISTRASI, principal.user.pengguna_id)


def _through_the_wizard(qtbot, wizard) -> None:
    qtbot.mouseClick(wizard.validasi.run_button, Qt.LeftButton)
    qtbot.waitUntil(wizard.validasi.isComplete, timeout=30_000)
    wizard.next()
    assert wizard.kepala.isComplete()
    wizard.next()
    sheet = wizard.konfirmasi
    for i in range(sheet.tree.topLevelItemCount()):
        top = sheet.tree.topLevelItem(i)
        for j in range(top.childCount()):
            top.child(j).setCheckState(0, Qt.Checked)
    qtbot.mouseClick(sheet.confirm_button, Qt.LeftButton)
    wizard.next()
    wizard.persetujuan.agree.setChecked(True)
    wizard.next()
    qtbot.waitUntil(wizard.koneksi.isComplete, timeout=10_000)
    wizard.next()
    qtbot.mouseClick(wizard.sinkronisasi.start_button, Qt.LeftButton)
    qtbot.waitUntil(wizard.sinkronisasi.isComplete, timeout=60_000)


def _server_address(row_id: str) -> str:
    database = local_server.server_folder() / "server.sqlite"
    engine = create_engine(f"sqlite:///{database}")
    try:
        with engine.connect() as conn:
            return conn.scalar(
                text("SELECT alamat_jalan FROM peserta_didik WHERE peserta_didik_id = :id"),
                {"id": row_id},
            )
    finally:
        engine.dispose()


def test_from_editing_a_student_to_berhasil_diproses(qtbot, tab, valid_demo):
    assert tab.local_box.isVisible() and not tab.start_button.isEnabled()
    assert tab.server_label.text() == "Server: belum terdaftar"
    _shot(tab, "1-belum-terdaftar")

    qtbot.mouseClick(tab.local_button, Qt.LeftButton)
    assert tab.local_progress.isVisible()  # the UI goes on while the server starts
    qtbot.waitUntil(tab.start_button.isEnabled, timeout=45_000)
    assert tab.local.url in tab.server_label.text()
    assert tab.pending.item(0, 0).text() == "Tidak ada perubahan"  # the valid demo is in sync
    _shot(tab, "2-server-lokal-berjalan")

    row_id = edit_first_student(valid_demo, NEW_ADDRESS)
    with qtbot.waitSignal(tab.refreshed):
        tab.refresh()
    assert [tab.pending.item(0, c).text() for c in range(4)] == ["Peserta Didik", "0", "1", "0"]

    _as_principal(valid_demo)
    tab.open_wizard()
    opened = []
    tab.record_requested.connect(lambda *target: opened.append(target))
    tab.wizard.validasi.record_requested.emit("peserta_didik", row_id)
    assert opened == [("peserta_didik", row_id)]  # the wizard's jumps reach the main window
    _through_the_wizard(qtbot, tab.wizard)
    assert tab.wizard.sinkronisasi.outcome() == log.DONE
    assert log.last_run(valid_demo).server_status == "processed"
    assert _server_address(row_id) == NEW_ADDRESS
    tab.wizard.accept()

    qtbot.waitUntil(lambda: tab.history.rowCount() == 1)
    assert tab.history.item(0, 4).text() == "Berhasil diproses"
    assert tab.history.item(0, 6).text() == "Selesai"
    assert tab.pending.item(0, 0).text() == "Tidak ada perubahan"
    assert "Berhasil diproses" in tab.last_run.text()
    _shot(tab, "3-riwayat")


def test_an_interrupted_upload_is_offered_to_continue(qtbot, small_db):
    with small_db.Session() as session:
        session.add(
            SyncUpload(
                package_id="paket-terputus",
                path="/tmp/none.pkg",
                sha256="0" * 64,
                size=4096,
                offset=1024,
                base_counter=0,
                cut_counter=10,
                base_cursor=0,
                status="uploading",
                created_at=datetime(2026, 7, 14, 8, 0),
            )
        )
        session.commit()
    page = SyncTab(small_db)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.refreshed):
        page.show()
    assert page.resume_box.isVisible()
    assert "paket-terputus" in page.resume_label.text()
    assert "1024 dari 4096 byte" in page.resume_label.text()
