"""The Sinkronisasi wizard offscreen, page by page, against the real server."""

import os
import re

import pytest
from PySide6.QtWidgets import QTableWidget

from app.accounts import acting, tukar_akses
from app.sync import log
from app.ui.pages import BerandaPage
from app.ui.sinkronisasi import SyncWizard
from app.ui.sync_summary import status_text, sync_text, when
from dapodik.schema.models import PesertaDidik
from tests.gui.hands import Operator, Refused
from tests.gui.sync_hands import pdf_text, save_pdf, tick_everything
from tests.sync.sync_support import editable_student, pending

SCREENSHOTS = os.environ.get("DAPODIK_SCREENSHOTS")


@pytest.fixture
def principal(installation):
    choices = tukar_akses.choices(installation.db, installation.kode)
    candidate = next(c for c in choices.candidates if c.is_principal)
    yield tukar_akses.switch(installation.db, installation.kode, candidate.user.pengguna_id)
    acting.end()


def look_at_a_detail_and_escape(op: Operator, wizard) -> None:
    """Tampilkan the rows behind an item: read, not edited; Escape closes the
    detail only."""
    op.click_item(sync_text("JTM per guru"))
    op.click("Tampilkan")
    detail = op.window(sync_text("JTM per guru"))
    table = detail.findChild(QTableWidget)
    hands = Operator(op.qtbot, detail)
    first = table.item(0, 0).text()
    hands.double_click_item(first, table)
    hands.type("diubah")
    assert table.item(0, 0).text() == first
    hands.escape()
    op.gone(detail)
    assert wizard.isVisible()


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
    wizard.open()
    op = Operator(qtbot)
    op.window("Sinkronisasi")

    with pytest.raises(Refused, match="disabled"):
        op.click("Lanjut >")  # never validated yet
    op.click("Jalankan Validasi Lokal")
    qtbot.waitUntil(lambda: op.button("Lanjut >").isEnabled(), timeout=30_000)
    _shot(wizard, "1-validasi")
    op.click("Lanjut >")

    op.sees("Kepala sekolah sedang memakai aplikasi.")
    _shot(wizard, "2-kepala-sekolah")
    op.click("Lanjut >")

    with pytest.raises(Refused, match="disabled"):
        op.click("Konfirmasi Isian Dapodik")
    tick_everything(op, wizard.konfirmasi.sheet)
    look_at_a_detail_and_escape(op, wizard)
    with op.answer("Tutup Sinkronisasi", "Lanjutkan Sinkronisasi"):
        op.escape()  # the ticks would be lost: the wizard asks
    assert wizard.isVisible() and len(wizard.konfirmasi.ticked()) == 15
    op.click("Konfirmasi Isian Dapodik")
    pdf = tmp_path / "lembar.pdf"
    save_pdf(op, pdf)
    printed = pdf_text(pdf)
    items = len(wizard.konfirmasi.sheet.item_keys())
    assert printed.count("[x]") == items and not re.search(r"\[\s\]", printed)  # as ticked
    _shot(wizard, "3-lembar-konfirmasi")
    op.click("Lanjut >")

    with pytest.raises(Refused, match="disabled"):
        op.click("Lanjut >")
    op.click(op.find("Saya setuju"))
    _shot(wizard, "4-persetujuan")
    op.click("Lanjut >")

    qtbot.waitUntil(lambda: op.button("Lanjut >").isEnabled(), timeout=10_000)
    op.sees("Terhubung")
    _shot(wizard, "5-koneksi")
    op.click("Lanjut >")

    page = wizard.sinkronisasi
    op.click("Mulai")
    qtbot.waitUntil(page.isComplete, timeout=60_000)
    _shot(wizard, "6-sinkronisasi")
    assert page.outcome() == log.DONE
    op.sees("Sinkronisasi selesai.")
    op.button("Selesai")  # the way out
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
