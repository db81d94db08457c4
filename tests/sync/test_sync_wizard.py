"""The Sinkronisasi wizard offscreen, page by page, against the real server."""

import os

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from app.accounts import acting, tukar_akses
from app.sync import log
from app.ui.pages import BerandaPage
from app.ui.sinkronisasi import SyncWizard
from app.ui.sync_summary import status_text, when
from dapodik.schema.models import PesertaDidik
from tests.sync.sync_support import editable_student, pending

SCREENSHOTS = os.environ.get("DAPODIK_SCREENSHOTS")


@pytest.fixture
def principal(installation):
    choices = tukar_akses.choices(installation.db, installation.kode)
    candidate = next(c for c in choices.candidates if c.is_principal)
    yield tukar_akses.switch(installation.db, installation.kode, candidate.user.pengguna_id)
    acting.end()


def _tick_everything(page) -> None:
    for i in range(page.tree.topLevelItemCount()):
        top = page.tree.topLevelItem(i)
        for j in range(top.childCount()):
            top.child(j).setCheckState(0, Qt.Checked)


def _shot(wizard, name: str) -> None:
    if SCREENSHOTS:
        wizard.grab().save(os.path.join(SCREENSHOTS, f"sinkronisasi-{name}.png"))


def test_the_wizard_goes_from_validation_to_berhasil_diproses(
    qtbot, installation, sync_server, principal, tmp_path
):
    db = installation.db
    row_id = editable_student(installation, sync_server)
    with db.Session() as session:
        session.get(PesertaDidik, row_id).alamat_jalan = "Jl. Wizard 6"
        session.commit()
    beranda = BerandaPage(db)
    qtbot.addWidget(beranda)
    with qtbot.waitSignal(beranda.refreshed):
        beranda.show()
    assert beranda.pending.item(0, 0).text() == "Peserta Didik"
    assert beranda.pending.item(0, 2).text() == "1"
    assert beranda.last_run.text() == "Belum pernah sinkronisasi."
    beranda.hide()
    wizard = SyncWizard(db, installation.api())
    qtbot.addWidget(wizard)
    wizard.resize(800, 600)
    wizard.show()

    assert not wizard.validasi.isComplete()  # never validated yet
    qtbot.mouseClick(wizard.validasi.run_button, Qt.LeftButton)
    qtbot.waitUntil(wizard.validasi.isComplete, timeout=30_000)
    _shot(wizard, "1-validasi")
    wizard.next()

    assert wizard.currentPage() is wizard.kepala and wizard.kepala.isComplete()
    _shot(wizard, "2-kepala-sekolah")
    wizard.next()

    konfirmasi = wizard.konfirmasi
    assert not konfirmasi.confirm_button.isEnabled()
    _tick_everything(konfirmasi)
    assert konfirmasi.confirm_button.isEnabled() and not konfirmasi.isComplete()
    qtbot.mouseClick(konfirmasi.confirm_button, Qt.LeftButton)
    assert konfirmasi.isComplete()
    pdf = tmp_path / "lembar.pdf"
    konfirmasi.write_pdf(str(pdf))
    assert pdf.read_bytes().startswith(b"%PDF")
    _shot(wizard, "3-lembar-konfirmasi")
    wizard.next()

    assert not wizard.persetujuan.isComplete()
    wizard.persetujuan.agree.setChecked(True)
    _shot(wizard, "4-persetujuan")
    wizard.next()

    qtbot.waitUntil(wizard.koneksi.isComplete, timeout=10_000)
    assert wizard.koneksi.status.text() == "Terhubung"
    _shot(wizard, "5-koneksi")
    wizard.next()

    page = wizard.sinkronisasi
    qtbot.mouseClick(page.start_button, Qt.LeftButton)
    qtbot.waitUntil(page.isComplete, timeout=60_000)
    _shot(wizard, "6-sinkronisasi")
    assert page.outcome() == log.DONE
    assert page.step.text() == "Sinkronisasi selesai."
    assert wizard.button(QWizard.FinishButton).isVisible()
    run = log.last_run(db)
    assert run.user_id == principal.pengguna_id
    assert pending(db) == {}

    # The last page is the operator's receipt: package, bytes, the server's
    # statuses with their times, rows per table, what came back.
    summary = page.summary
    assert summary.isVisible()
    details = summary.details.text()
    assert run.package_id in details and f"{run.bytes_sent} byte" in details
    assert "Berhasil diproses" in details
    assert len(run.server_history) >= 2
    for step in run.server_history:  # each status with its time
        assert f"{when(step['at'], seconds=True)}  {status_text(step['status'])}" in details
    assert "Pengecualian server" in details and "Konflik saat menarik" in details
    counts = summary.counts
    assert [counts.horizontalHeaderItem(c).text() for c in range(counts.columnCount())] == [
        "Tabel", "Baru", "Diubah", "Dihapus", "Konflik", "Ditolak"
    ]  # fmt: skip
    assert [counts.item(0, c).text() for c in range(6)] == [
        "Peserta Didik",
        "0",
        "1",
        "0",
        "0",
        "0",
    ]

    with qtbot.waitSignal(beranda.refreshed):
        beranda.show()  # shown again after the sync: nothing left to send
    assert beranda.pending.item(0, 0).text() == "Tidak ada perubahan"
    assert "Berhasil diproses" in beranda.last_run.text()
