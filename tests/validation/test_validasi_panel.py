"""The Validasi panel: a whole-school run on a worker with progress, counts per
tab, the results list, double-click to the record, Batal, and the counts of a
re-checked save."""

import time

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import text

from app.db.engine import open_database
from app.ui.validasi import ValidasiPage, ValidationFollower
from app.validation import engine as validation
from app.validation.rules import ALL_RULES
from app.work import Progress
from dapodik.schema.models import PesertaDidik
from tests.gui.hands import Operator


@pytest.fixture
def page(qtbot, small_demo_file, tmp_path):
    path = tmp_path / "small.sqlite"
    path.write_bytes(small_demo_file[0].read_bytes())
    db = open_database(path)
    widget = ValidasiPage(db)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: not widget.is_busy())  # the first read of what is stored
    yield widget
    db.close()


def _run(qtbot, page: ValidasiPage) -> None:
    qtbot.mouseClick(page.run_button, Qt.LeftButton)
    assert page.is_busy()
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=10000)


def _counts(page: ValidasiPage) -> dict[str, tuple[str, str]]:
    model = page.tabs_model
    return {
        model.item(r, 0).text(): (model.item(r, 1).text(), model.item(r, 2).text())
        for r in range(model.rowCount())
    }


def test_run_shows_counts_per_tab_and_the_results(qtbot, page, small_demo_file):
    assert page.status.text() == "Validasi belum pernah dijalankan."
    _run(qtbot, page)
    counts = _counts(page)
    assert counts["Peserta Didik"] == ("10", "1")
    assert counts["GTK"] == ("2", "1")
    assert counts["Referensi"] == ("0", "0")
    assert page.progress.bar.maximum() == len(ALL_RULES)
    assert not page.progress.isVisible()  # shown only while a run is under way
    assert page.status.text().startswith("Validasi terakhir:")

    with qtbot.waitSignal(page.refreshed):
        page.tabs_view.selectRow(2)  # Peserta Didik
    model = page.results_model
    assert model.rowCount() == 11
    messages = [model.index(r, 3).data() for r in range(model.rowCount())]
    assert any(m.startswith("NIK ") and "15 karakter" in m for m in messages)
    assert model.index(model.rowCount() - 1, 0).data() == "Peringatan"


def test_a_result_names_whom_it_concerns_and_shows_its_whole_message(qtbot, page, small_demo_file):
    op = Operator(qtbot)
    op.click("Jalankan Validasi")
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=10000)
    op.click_item("Peserta Didik", page.tabs_view)
    qtbot.waitUntil(lambda: page.results_model.rowCount() == 11, timeout=5000)
    wrong_nik = next(i for i in small_demo_file[1].deliberate if i.code == "PD-NIK-01")
    with page.db.Session() as session:
        nama = session.get(PesertaDidik, wrong_nik.row_id).nama
    op.click_item(nama, page.results_view)  # the Data column names the student
    detail = op.sees(f"PD-NIK-01 — {nama}: NIK ")  # and the message in full, below
    assert "15 karakter" in detail.text()


def test_double_click_asks_for_the_record(qtbot, page, small_demo_file):
    _run(qtbot, page)
    with qtbot.waitSignal(page.refreshed):
        page.tabs_view.selectRow(1)  # Sarpras
    index = page.results_model.index(0, 2)
    rect = page.results_view.visualRect(index)
    qtbot.mouseClick(page.results_view.viewport(), Qt.LeftButton, pos=rect.center())
    with qtbot.waitSignal(page.record_requested) as signal:
        qtbot.mouseDClick(page.results_view.viewport(), Qt.LeftButton, pos=rect.center())
    table, row_id = signal.args
    sarpras = {(i.table, i.row_id) for i in small_demo_file[1].deliberate if i.table == "ruang"}
    assert (table, row_id) in sarpras


def test_cancel_stops_the_worker_and_keeps_the_previous_results(qtbot, page, monkeypatch):
    _run(qtbot, page)
    before = _counts(page)

    def slow_steps(engine):
        """A run that finishes one rule, then takes its time over the next."""
        yield Progress(1, 139)
        while True:
            time.sleep(0.01)
            yield Progress(1, 139)

    monkeypatch.setattr(validation, "run_steps", slow_steps)
    qtbot.mouseClick(page.run_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: page.progress.bar.value() == 1, timeout=5000)
    assert not page.run_button.isEnabled() and page.progress.isVisible()
    qtbot.mouseClick(page.progress.cancel_button, Qt.LeftButton)
    qtbot.waitUntil(page.run_button.isEnabled, timeout=5000)
    assert page.status.text() == "Validasi dibatalkan; hasil sebelumnya tetap berlaku."
    with qtbot.waitSignal(page.refreshed):
        page.refresh()
    assert _counts(page) == before


def test_saving_a_record_updates_the_counts(qtbot, page):
    _run(qtbot, page)
    assert _counts(page)["Rombongan Belajar"] == ("1", "0")
    with page.db.engine.begin() as conn:
        rombel = conn.execute(
            text("SELECT rombongan_belajar_id FROM rombongan_belajar WHERE ptk_id IS NULL")
        ).scalar()
        conn.execute(
            text(
                "UPDATE rombongan_belajar SET ptk_id = (SELECT min(ptk_id) FROM ptk_terdaftar)"
                " WHERE rombongan_belajar_id = :r"
            ),
            {"r": rombel},
        )
    follower = ValidationFollower(page.db)
    follower.validated.connect(page.validation_changed)
    with qtbot.waitSignal(page.refreshed):
        follower.data_changed("rombongan_belajar", [rombel])
    assert _counts(page)["Rombongan Belajar"] == ("0", "0")


def test_the_sync_wizards_validation_shows_progress_and_batal(qtbot, page, monkeypatch):
    from app.ui.sinkronisasi import ValidasiPage as WizardValidasiPage

    def slow_steps(engine):
        while True:
            time.sleep(0.01)
            yield Progress(7, 139)

    monkeypatch.setattr(validation, "run_steps", slow_steps)
    wizard_page = WizardValidasiPage(page.db)
    qtbot.addWidget(wizard_page)
    wizard_page.show()
    qtbot.mouseClick(wizard_page.run_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: wizard_page.progress.bar.value() == 7, timeout=5000)
    assert wizard_page.progress.bar.maximum() == 139 and not wizard_page.run_button.isEnabled()
    qtbot.mouseClick(wizard_page.progress.cancel_button, Qt.LeftButton)
    qtbot.waitUntil(wizard_page.run_button.isEnabled, timeout=5000)
    assert not wizard_page.progress.isVisible()
    assert wizard_page.status.text() == "Validasi Lokal belum dijalankan."
