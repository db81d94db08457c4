"""The Lembar Konfirmasi builder and the pluggable preconditions of sending."""

from datetime import date

import pytest
from sqlalchemy import select

from app.db.listing import fetch_ids, fetch_rows, listing
from app.db.summary import school_summary
from app.entry import store
from app.entry.forms import FORMS
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
from dapodik.schema import models as m

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


def _counts(db, rombel_id: str) -> dict:
    """Every count of students the school sees: Beranda, the Lembar Konfirmasi, the
    Rombongan Belajar listing."""
    with db.Session() as session:
        sheet = build_lembar_konfirmasi(session)
        students, item = _figures(sheet, "peserta_didik.per_tingkat")
        rombel = listing("rombongan_belajar")
        anggota = fetch_rows(session, rombel, fetch_ids(session, rombel))[rombel_id]
        return {
            "beranda": school_summary(session).counts["peserta_didik"],
            "lembar": int(students["Laki-laki"]) + int(students["Perempuan"]),
            "lembar P": int(students["Perempuan"]),
            "lembar aktif": int(students["Peserta didik aktif"]),
            "lembar tingkat": {t: int(male) + int(female) for t, male, female, _ in item.detail},
            "rombel": anggota[[c.key for c in rombel.columns].index("anggota")],
        }


def test_a_student_who_left_is_counted_nowhere(small_db):
    with small_db.Session() as session:
        student, rombel_id, tingkat = session.execute(
            select(
                m.PesertaDidik.peserta_didik_id,
                m.RombonganBelajar.rombongan_belajar_id,
                m.TingkatPendidikan.nama,
            )
            .join(
                m.AnggotaRombel, m.AnggotaRombel.peserta_didik_id == m.PesertaDidik.peserta_didik_id
            )
            .join(m.RombonganBelajar)
            .join(m.TingkatPendidikan)
            .where(m.PesertaDidik.jenis_kelamin == "P", m.RombonganBelajar.jenis_rombel == 1)
            .order_by(m.PesertaDidik.nama)
        ).first()
    before = _counts(small_db, rombel_id)
    assert before["beranda"] == before["lembar aktif"]
    leave = {"jenis_keluar_id": "2", "tanggal_keluar": date(2026, 8, 1), "keterangan": ""}
    store.delete(small_db, FORMS["peserta_didik"], student, leave)
    after = _counts(small_db, rombel_id)
    assert after["beranda"] == after["lembar aktif"] == before["beranda"] - 1
    assert after["lembar"] == before["lembar"] - 1
    assert after["lembar P"] == before["lembar P"] - 1
    assert after["lembar tingkat"][tingkat] == before["lembar tingkat"][tingkat] - 1
    assert after["rombel"] == before["rombel"] - 1


def test_the_printed_sheet_shows_what_was_ticked(small_db):
    with small_db.Session() as session:
        sheet = build_lembar_konfirmasi(session)
    keys = sheet.item_keys()
    text = sheet.as_text(ticked={keys[0]})
    assert text.count("[x]") == 1 and text.count("[ ]") == len(keys) - 1
    assert sheet.as_text(ticked=set(keys)).count("[x]") == len(keys)


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
