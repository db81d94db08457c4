"""The Nilai grid typed like a spreadsheet: 40 students, one subject, Enter moves down."""

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from app.db.change_tracking import current_counter
from app.entry import store
from app.entry.forms import FORMS
from app.ui.nilai_grid import NilaiGridPage
from dapodik.schema import models as m

CLASS_SIZE = 40


def fill_kelas_1_to_40(db) -> None:
    """The demo's Kelas 1 has about 30 students: add members until it has 40."""
    ar, rb = m.AnggotaRombel, m.RombonganBelajar
    with db.Session() as session:
        kelas = session.scalars(select(rb).where(rb.nama == "Kelas 1")).one()
        members = select(ar.peserta_didik_id).where(
            ar.rombongan_belajar_id == kelas.rombongan_belajar_id
        )
        count = session.scalar(select(func.count()).select_from(members.subquery()))
        others = session.scalars(
            select(m.PesertaDidik.peserta_didik_id)
            .where(m.PesertaDidik.peserta_didik_id.not_in(members.scalar_subquery()))
            .limit(CLASS_SIZE - count)
        ).all()
    for student in others:
        raw = {
            "rombongan_belajar_id": kelas.rombongan_belajar_id,
            "peserta_didik_id": student,
            "jenis_pendaftaran_id": 1,
        }
        store.save(db, FORMS["anggota_rombel"], raw)


def type_cell(qtbot, text: str) -> None:
    """Type as an operator does: the first key opens the editor, Enter commits."""
    for ch in text:
        qtbot.keyClick(QApplication.focusWidget(), ch)
    editor = QApplication.focusWidget()
    assert editor.text() == text  # the editor opened by the first key got every key
    qtbot.keyClick(editor, Qt.Key_Return)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not editor)  # Qt closes it queued


def test_typing_40_nilai_saves_them_in_one_go(qtbot, small_db):
    fill_kelas_1_to_40(small_db)
    page = NilaiGridPage(small_db)
    qtbot.addWidget(page)
    page.show()
    page.rombel.setCurrentIndex(page.rombel.findText("Kelas 1"))
    assert page.model.rowCount() == CLASS_SIZE
    pembelajaran_id = page.mapel.currentData()

    page.activateWindow()
    page.view.setFocus()
    qtbot.waitUntil(page.view.hasFocus)
    page.view.setCurrentIndex(page.model.index(0, 2))
    scores = [str(60 + i) for i in range(CLASS_SIZE)]
    scores[7] = "105"  # a slip of the finger
    for score in scores:
        type_cell(qtbot, score)
    assert page.view.currentIndex().row() == CLASS_SIZE - 1  # Enter moved down each time
    assert page.model.index(7, 2).data() == "105"
    assert "0 dan 100" in page.model.index(7, 2).data(Qt.ToolTipRole)

    with small_db.Session() as session:
        before = current_counter(session)
    page.save_button.click()
    assert "1 sel di luar 0–100" in page.message.text()
    assert page.model.index(7, 2).data() == "105"  # the refused grid keeps what was typed
    with small_db.Session() as session:
        assert current_counter(session) == before

    page.view.setCurrentIndex(page.model.index(7, 2))
    page.view.setFocus()
    type_cell(qtbot, "67")
    page.save_button.click()
    assert page.message.text() == "40 nilai disimpan."
    with small_db.Session() as session:
        stored = dict(
            session.execute(
                select(m.Nilai.anggota_rombel_id, m.Nilai.nilai_pengetahuan).where(
                    m.Nilai.pembelajaran_id == pembelajaran_id
                )
            ).all()
        )
        assert current_counter(session) > before  # unchanged cells write nothing
    scores[7] = "67"
    ids = [row.anggota_rombel_id for row in page.model.rows]
    assert stored == {i: Decimal(score) for i, score in zip(ids, scores, strict=True)}
