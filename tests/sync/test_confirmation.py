"""The Lembar Konfirmasi builder and the pluggable preconditions of sending."""

import pytest

from app.sync.confirmation import build_lembar_konfirmasi
from app.sync.preconditions import (
    agreement_accepted,
    confirmation_ticked,
    principal_acting,
    validation_clean,
)
from app.sync.run import SyncControl
from app.validation.engine import run as validate
from app.work import Cancelled

SECTIONS = ["Sekolah", "GTK", "Pembelajaran", "Peserta Didik", "Sarana dan Prasarana"]


def _figures(sheet, key):
    item = next(i for s in sheet.sections for i in s.items if i.key == key)
    return {f.label: f.value for f in item.figures}, item


def test_the_sheet_has_the_five_sections_with_the_figures_that_matter(small_db):
    with small_db.Session() as session:
        sheet = build_lembar_konfirmasi(session)
    assert [s.title for s in sheet.sections] == SECTIONS
    students, item = _figures(sheet, "peserta_didik.per_tingkat")
    assert int(students["Laki-laki"]) + int(students["Perempuan"]) > 0
    assert item.detail and len(item.detail[0]) == len(item.detail_header) == 4
    jtm, per_teacher = _figures(sheet, "pembelajaran.jtm_per_guru")
    assert int(jtm["Guru mengajar"]) == len(per_teacher.detail)
    assert int(jtm["Guru di bawah 24 JTM"]) == sum(int(h) < 24 for _, h in per_teacher.detail)
    kepala, _ = _figures(sheet, "sekolah.kepala_sekolah")
    assert kepala["Nama"] != "Belum ditetapkan"
    gtk, _ = _figures(sheet, "gtk.status_kepegawaian")
    assert sum(int(v) for v in gtk.values()) > 0
    assert len(set(sheet.item_keys())) == len(sheet.item_keys())
    assert "[ ] Prasarana dan kondisinya" in sheet.as_text()


def test_warnings_still_open_appear_on_the_sheet(small_db):
    validate(small_db.engine)  # the small demo has deliberate mistakes, some only warnings
    with small_db.Session() as session:
        sheet = build_lembar_konfirmasi(session)
    open_warnings = sum(
        int(_figures(sheet, f"{s}.peringatan")[0]["Jumlah peringatan"])
        for s in ("sekolah", "gtk", "pembelajaran", "peserta_didik", "sarpras")
    )
    assert open_warnings > 0


def test_every_item_must_be_ticked_and_the_agreement_accepted(small_db):
    with small_db.Session() as session:
        sheet = build_lembar_konfirmasi(session)
    ticked = set(sheet.item_keys()[:-1])
    check = confirmation_ticked(sheet, lambda: ticked)
    assert check.check() == "Belum semua butir Lembar Konfirmasi dicentang."
    ticked.add(sheet.item_keys()[-1])
    assert check.check() is None
    assert agreement_accepted(lambda: False).check() is not None
    assert agreement_accepted(lambda: True).check() is None


def test_invalid_data_and_a_non_principal_block_sending(small_db):
    assert validation_clean(small_db).check() == "Validasi Lokal belum dijalankan."
    validate(small_db.engine)
    assert "invalid" in validation_clean(small_db).check()
    assert "kepala sekolah" in principal_acting(small_db).check().lower()


def test_a_cancelled_control_stops_at_the_next_checkpoint():
    control = SyncControl()
    control.pause()
    assert control.paused
    control.cancel()  # also wakes a paused run, so that it can stop
    assert not control.paused
    with pytest.raises(Cancelled):
        control.checkpoint()
