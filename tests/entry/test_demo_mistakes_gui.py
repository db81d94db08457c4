"""Every deliberate mistake of the demo school that a field check can catch is shown
as soon as its record is opened, and can be fixed through the form."""

import pytest
from PySide6.QtCore import Qt

from app.entry import store
from app.entry.forms import FORMS
from app.ui.nilai_grid import NilaiGridPage
from app.ui.record_form import RecordForm


def correct_nik(values: dict) -> str:
    born, nik = values["tanggal_lahir"], values["nik"]
    day = born.day + (40 if values["jenis_kelamin"] == "P" else 0)
    return f"{nik[:6]}{day:02d}{born:%m}{born.year % 100:02d}{nik[12:16]:0<4}"


# rule code: (field the form marks, what the operator types to fix it)
FIXES = {
    "PD-NIK-01": ("nik", correct_nik),
    "PD-NIK-02": ("nik", correct_nik),
    "PD-NIK-03": ("nik", correct_nik),
    "PD-NISN-01": ("nisn", lambda v: v["nisn"] + "9"),
    "PD-NAMA-01": ("nama", lambda v: v["nama"].replace("@", " ")),
    "PTK-NUPTK-01": ("nuptk", lambda v: v["nuptk"] + "9"),
}


def issue(report, code):
    return next(i for i in report.deliberate if i.code == code)


@pytest.mark.parametrize("code", list(FIXES))
def test_mistake_is_shown_on_open_and_fixed_through_the_form(
    qtbot, small_demo_file, small_db, code
):
    mistake = issue(small_demo_file[1], code)
    spec = FORMS[mistake.table]
    field, fix = FIXES[code]
    form = RecordForm(small_db, spec, mistake.row_id)
    qtbot.addWidget(form)
    assert form.message(field) != ""
    with small_db.Session() as session:
        stored = store.load(session, spec, mistake.row_id)
    editor = form.editors[field]
    editor.clear()
    qtbot.keyClicks(editor, fix(stored))
    assert form.message(field) == ""
    form.submit()
    assert form.result() == RecordForm.Accepted
    with small_db.Session() as session:
        assert store.load(session, spec, mistake.row_id)[field] == fix(stored)


def test_stored_nilai_out_of_range_is_marked_in_the_grid(qtbot, small_db):
    # The demo's one such mistake is NL-RANGE-01 (a pengetahuan of 105).
    page = NilaiGridPage(small_db)
    qtbot.addWidget(page)
    found = []
    for r in range(page.rombel.count()):
        page.rombel.setCurrentIndex(r)
        for p in range(page.mapel.count()):
            page.mapel.setCurrentIndex(p)
            found += [page.model.index(*cell).data(Qt.ToolTipRole) for cell in page.model.problems]
    assert found == ["Nilai Pengetahuan harus antara 0 dan 100."]
