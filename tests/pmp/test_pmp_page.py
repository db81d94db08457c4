"""The PMP tab: answering one respondent at a time, progress, resuming, adding
komite and pengawas, Kirim Offline (refusal, then the file), and the status."""

import json
import shutil

import pytest
from pmp_support import manifest_of, members, rebuild
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLineEdit, QPushButton
from sqlalchemy import select

from app.accounts.demo import DEMO_KODE_REGISTRASI
from app.db.engine import open_database
from app.db.pmp_responses import PmpResponse
from app.pmp import demo, respondents
from app.pmp.responses import save_answer
from app.pmp.status import ServerStatus, StatusUnavailable
from app.ui.main_window import MainWindow
from app.ui.pmp import PmpPage, signing_kode_dialog
from dapodik.pmp import instruments
from dapodik.pmp.signing import school_signing_key
from tests.gui.hands import Operator


def _offline():
    raise StatusUnavailable("tidak ada server dalam tes ini")


def _page(qtbot, db, source=_offline) -> PmpPage:
    page = PmpPage(db, status_source=source)
    qtbot.addWidget(page)
    page.resize(1300, 700)
    page.show()
    qtbot.waitUntil(lambda: page.status_button.isEnabled(), timeout=5000)
    return page


@pytest.fixture(autouse=True)
def fresh_settings():
    QSettings().clear()


def _row_of(page: PmpPage, nama: str) -> int:
    return next(r for r in range(page.table.rowCount()) if page.table.item(r, 0).text() == nama)


def test_answering_saves_at_once_and_moves_the_progress(qtbot, small_db):
    page = _page(qtbot, small_db)
    page.table.selectRow(0)
    assert page.table.item(0, 1).text() == "Kepala Sekolah"
    assert page.questionnaire.bar.value() == 0
    first, second = (q.kode for q in page.iset.instruments["kepala_sekolah"].questions[:2])
    qtbot.mouseClick(page.questionnaire.groups[first].buttons()[2], Qt.LeftButton)
    qtbot.mouseClick(page.questionnaire.groups[second].buttons()[0], Qt.LeftButton)
    qtbot.mouseClick(page.questionnaire.groups[first].buttons()[3], Qt.LeftButton)  # changed mind
    with small_db.Session() as session:
        stored = dict(
            session.execute(select(PmpResponse.kode_pertanyaan, PmpResponse.jawaban)).all()
        )
    assert stored == {first: "4", second: "1"}
    assert page.table.item(0, 3).text() == "2/24"
    assert page.questionnaire.bar.value() == 2
    assert page.tiles["kepala_sekolah"].bar.value() == 2
    assert page.tiles["kepala_sekolah"].summary.text() == "0 dari 1 responden lengkap"


def test_reopening_resumes_the_last_respondent_where_they_left_off(qtbot, small_db, iset):
    with small_db.Session() as session:
        guru = [r for r in respondents.completeness(session, iset).respondents if r.jenis == "guru"]
        target = guru[3]
        for q in iset.instruments["guru"].questions[:3]:
            save_answer(session, iset, target.respondent_id, q.kode, q.options[1].kode)
        session.commit()
    page = _page(qtbot, small_db)
    page.table.selectRow(_row_of(page, target.nama))
    page.close()

    again = _page(qtbot, small_db)
    assert again.selected_id() == target.respondent_id
    questions = iset.instruments["guru"].questions
    groups = again.questionnaire.groups
    assert [groups[q.kode].checkedButton().property("kode") for q in questions[:3]] == ["2"] * 3
    assert groups[questions[3].kode].checkedButton() is None
    next_question = groups[questions[3].kode].buttons()[0]
    qtbot.waitUntil(lambda: next_question.hasFocus(), timeout=2000)
    assert not next_question.visibleRegion().isEmpty()


def test_komite_and_pengawas_are_added_by_name(qtbot, small_db):
    page = _page(qtbot, small_db)
    assert page.tiles["komite_sekolah"].summary.text() == "0 dari 3 responden lengkap\n3 belum ada"
    qtbot.keyClicks(page.new_name, "Hj. Siti Aminah")
    qtbot.mouseClick(page.add_button, Qt.LeftButton)
    row = _row_of(page, "Hj. Siti Aminah")
    assert page.table.item(row, 1).text() == "Komite Sekolah"
    assert page.selected_id() == page.table.item(row, 0).data(Qt.UserRole + 1)
    assert page.tiles["komite_sekolah"].summary.text() == "0 dari 3 responden lengkap\n2 belum ada"
    assert page.remove_button.isEnabled()
    page.confirm_remove = lambda nama: nama == "Hj. Siti Aminah"
    qtbot.mouseClick(page.remove_button, Qt.LeftButton)
    assert all(
        page.table.item(r, 0).text() != "Hj. Siti Aminah" for r in range(page.table.rowCount())
    )
    assert page.questionnaire.respondent is None and page.questionnaire.groups == {}


def test_kirim_offline_refuses_with_the_list_then_writes_the_file(qtbot, small_db, tmp_path):
    page = _page(qtbot, small_db)
    page.ask_folder = lambda: pytest.fail("no folder is asked while respondents are incomplete")
    qtbot.mouseClick(page.send_button, Qt.LeftButton)
    lines = page.report.toPlainText().splitlines()
    assert page.report.isVisible()
    assert lines[0] == "Kirim Offline ditolak. Lengkapi dahulu responden berikut:"
    assert lines[1:3] == [
        "• Komite Sekolah: 3 responden belum ditambahkan (paling sedikit 3)",
        "• Pengawas: 1 responden belum ditambahkan (paling sedikit 1)",
    ]
    assert len(lines) == 1 + 2 + 27
    assert all(line.endswith("24 dari 24 pertanyaan belum dijawab") for line in lines[3:])

    with small_db.Session() as session:
        demo.fill_demo_responses(session)
        session.commit()
    page.refresh()
    assert page.tiles["pengawas"].summary.text() == "1 dari 1 responden lengkap"
    out = tmp_path / "flashdisk"
    out.mkdir()
    page.ask_folder = lambda: str(out)
    asked = []
    page.ask_kode = lambda npsn: asked.append(npsn) or ""
    qtbot.mouseClick(page.send_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=10000)
    files = list(out.glob("PMP_20219001_*.pmp"))
    assert asked == ["20219001"] and len(files) == 1
    assert page.report.toPlainText().splitlines()[0] == f"Berkas PMP ditulis: {files[0]}"
    qtbot.waitUntil(lambda: "Berkas terakhir dibuat" in page.status.text(), timeout=5000)


def test_the_status_from_the_server_is_shown(qtbot, small_db):
    page = _page(qtbot, small_db, lambda: ServerStatus("Sudah Diproses", None, "2026", 1))
    assert "Status di server: <b>Sudah Diproses</b>" in page.status.text()
    page.status_source = lambda: ServerStatus("Gagal Diproses", "Tanda tangan <salah>", None, 2)
    qtbot.mouseClick(page.status_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: "Gagal Diproses" in page.status.text(), timeout=5000)
    assert "Tanda tangan &lt;salah&gt;" in page.status.text()


def test_without_a_server_the_tab_says_so(qtbot, small_db):
    page = _page(qtbot, small_db)
    assert "Status: <b>Belum Kirim</b> (server tidak terhubung)" in page.status.text()
    assert "Berkas PMP belum pernah dibuat di laptop ini." in page.status.text()


def test_every_respondent_type_has_a_tile(qtbot, small_db):
    page = _page(qtbot, small_db)
    assert list(page.tiles) == list(instruments.RESPONDENT_TYPES)


def test_the_kode_dialog_offers_the_demo_code_only_for_the_demo(qtbot):
    demo_dialog = signing_kode_dialog("20219001", True)
    real = signing_kode_dialog("20999999", False)
    for dialog in (demo_dialog, real):
        qtbot.addWidget(dialog)
    assert demo_dialog.kode.text() == DEMO_KODE_REGISTRASI and real.kode.text() == ""
    assert real.kode.echoMode() == QLineEdit.Password
    texts = [b.text() for b in real.findChildren(QPushButton)]
    assert sorted(texts) == ["Batal", "Tanda Tangani"]


@pytest.fixture
def other_laptop(small_demo_file, tmp_path):
    path = tmp_path / "laptop2.sqlite"
    shutil.copy(small_demo_file[0], path)
    db = open_database(path)
    yield db
    db.close()


def test_importing_a_file_from_another_laptop(qtbot, other_laptop, pmp_file):
    page = _page(qtbot, other_laptop)
    page.ask_import_file = lambda: str(pmp_file)
    page.ask_kode = lambda npsn: ""
    previews = []
    page.confirm_import = lambda preview: previews.append(preview) or True
    qtbot.mouseClick(page.import_button, Qt.LeftButton)
    assert page.is_busy() and page.progress.isVisible()  # verified and written off the UI thread
    qtbot.waitUntil(lambda: page.report.toPlainText().startswith("Impor selesai"), timeout=10000)
    assert not page.is_busy() and not page.progress.isVisible()
    assert previews[0].new_answers == 31 * 24
    assert page.report.toPlainText() == "Impor selesai: 744 jawaban baru atau diganti."
    assert page.tiles["guru"].summary.text() == "8 dari 8 responden lengkap"


def test_a_cancelled_import_writes_no_answer(qtbot, other_laptop, pmp_file, monkeypatch):
    import time

    from app.pmp import package

    def slow_save(*args):  # a large school's file: each respondent takes a while
        time.sleep(0.05)
        return save_answer(*args)

    monkeypatch.setattr(package, "save_answer", slow_save)
    page = _page(qtbot, other_laptop)
    page.ask_import_file = lambda: str(pmp_file)
    page.ask_kode = lambda npsn: ""
    page.confirm_import = lambda preview: True
    qtbot.mouseClick(page.import_button, Qt.LeftButton)
    qtbot.waitUntil(
        lambda: page.report.toPlainText() == "Mengimpor jawaban…" and page.progress.bar.value() > 0,
        timeout=10000,
    )  # verified and confirmed; the answers are being written
    assert page.progress.bar.maximum() > 1 and not page.import_button.isEnabled()
    qtbot.mouseClick(page.progress.cancel_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=10000)
    assert page.report.toPlainText() == "Impor dibatalkan; tidak ada yang ditulis."
    with other_laptop.Session() as session:
        assert session.scalars(select(PmpResponse)).all() == []


def test_importing_another_schools_file_is_refused(qtbot, small_db, pmp_file, tmp_path):
    document = json.loads(members(pmp_file)["responses.json"])
    document["npsn"] = "20250002"
    foreign = tmp_path / "PMP_20250002_20261123-103005.pmp"
    foreign.write_bytes(
        rebuild(
            {**manifest_of(pmp_file), "npsn": "20250002"},
            json.dumps(document).encode(),
            school_signing_key("20250002", DEMO_KODE_REGISTRASI),
        )
    )
    page = _page(qtbot, small_db)
    page.ask_import_file = lambda: str(foreign)
    page.ask_kode = lambda npsn: ""
    page.confirm_import = lambda preview: pytest.fail("a refused file is not previewed")
    qtbot.mouseClick(page.import_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=10000)
    assert page.report.toPlainText().splitlines() == [
        "Berkas PMP ditolak:",
        "Berkas ini milik sekolah lain (NPSN 20250002), bukan NPSN 20219001.",
    ]


def test_kirim_online_sends_the_same_file_once_everyone_is_complete(qtbot, small_db, monkeypatch):
    sent = []

    def fake_server(db, path, kode):
        sent.append((path.name, manifest_of(path)["npsn"], kode))
        return "Sudah Kirim"

    monkeypatch.setattr("app.ui.pmp.send_configured", fake_server)
    page = _page(qtbot, small_db)
    page.ask_kode = lambda npsn: pytest.fail("no code is asked while respondents are incomplete")
    qtbot.mouseClick(page.online_button, Qt.LeftButton)
    assert page.report.toPlainText().startswith("Kirim Offline ditolak.") and sent == []

    with small_db.Session() as session:
        demo.fill_demo_responses(session)
        session.commit()
    page.ask_kode = lambda npsn: ""
    qtbot.mouseClick(page.online_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=10000)
    assert len(sent) == 1 and sent[0][0].startswith("PMP_20219001_") and sent[0][1] == "20219001"
    assert page.report.toPlainText() == "Berkas PMP terkirim. Status di server: Sudah Kirim"


@pytest.mark.parametrize("size", ["1200×720", "smallest"])
def test_the_questions_fit_the_main_window(qtbot, small_db, size):
    window = MainWindow(small_db)
    qtbot.addWidget(window)
    window.setWindowState(Qt.WindowNoState)
    window.resize(1200, 720)
    window.show()
    op = Operator(qtbot)
    op.window("Beranda")
    op.click_item("PMP", window.nav)
    page = window.pages["pmp"]
    qtbot.waitUntil(lambda: page.status_button.isEnabled(), timeout=5000)
    op.click_item(page.table.item(0, 0).text(), page.table)
    if size == "smallest":  # the operator narrows the window as far as it goes
        op.settle()
        window.resize(window.minimumSizeHint())
    questions = page.iset.instruments["kepala_sekolah"].questions
    for number, question in enumerate(questions[:3], start=1):
        op.sees(f"{number}. {question.teks}")  # the number and the text, not cut off
        for option in page.questionnaire.groups[question.kode].buttons():
            op.readable(option)
        first = page.questionnaire.groups[question.kode].buttons()[0]
        op.click(first)
        assert first.isChecked()
