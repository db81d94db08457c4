"""Field checks and the writes of the entry forms, without a screen."""

from datetime import date

import pytest
from sqlalchemy import func, select

from app.db import models as m
from app.db.change_tracking import current_counter
from app.entry import store
from app.entry.fields import Unlisted
from app.entry.forms import FORMS

PD = FORMS["peserta_didik"]
GOOD_PD = {
    "nama": "Rina Wulandari",
    "jenis_kelamin": "P",
    "tanggal_lahir": date(2015, 3, 4),
    "nik": "3204014403150007",  # day 04 + 40 for a girl
    "nisn": "0151234567",
    "nama_ibu_kandung": "Sri Mulyani",
    "jenis_pendaftaran_id": 1,
    "tanggal_masuk_sekolah": date(2021, 7, 12),
}


@pytest.fixture
def session(empty_db):
    """Where the checks read the referensi rows a rule looks at."""
    with empty_db.Session() as session:
        yield session


def messages(session, spec, raw) -> dict[str, str]:
    return {p.field: p.text() for p in store.check(spec, raw, session)[1]}


def test_good_student_passes(session):
    assert messages(session, PD, GOOD_PD) == {}


@pytest.mark.parametrize(
    ("change", "field", "expected"),
    [
        ({"nik": "320401440315000"}, "nik", "NIK harus 16 digit angka (sekarang 15 karakter)."),
        ({"nik": "32040144031500x7"}, "nik", "NIK hanya boleh berisi angka."),
        ({"nik": "3204010403150007"}, "nik", "digit 7–12 seharusnya 440315"),
        ({"jenis_kelamin": "L"}, "nik", "digit 7–12 seharusnya 040315"),
        ({"nik": "3204019913150007"}, "nik", "harus tanggal lahir HHBBTT"),
        ({"nisn": "12345"}, "nisn", "NISN harus 10 digit angka"),
        ({"nama": "  "}, "nama", "Nama wajib diisi."),
        ({"tanggal_lahir": date(2990, 1, 1)}, "tanggal_lahir", "Tanggal Lahir harus antara"),
        ({"tanggal_lahir": "31-02-2015"}, "tanggal_lahir", "bukan tanggal yang sah"),
        ({"rt": "12a"}, "rt", "RT harus berupa angka."),
        ({"rt": "1234"}, "rt", "RT harus antara 0 dan 999."),
        ({"email": "rina.at.home"}, "email", "Email bukan alamat email"),
        ({"agama_id": Unlisted("Jedi")}, "agama_id", '"Jedi" tidak ada dalam daftar'),
    ],
)
def test_each_check_names_the_field_and_what_is_expected(session, change, field, expected):
    found = messages(session, PD, {**GOOD_PD, **change})
    assert list(found) == [field]
    assert expected in found[field]


@pytest.mark.parametrize(
    ("form", "field", "value", "expected"),
    [
        ("ptk", "nuptk", "12345", "NUPTK harus 16 digit angka"),
        ("ptk", "nip", "1980", "NIP harus 18 digit angka"),
        ("sekolah", "npsn", "2021900", "NPSN harus 8 digit angka"),
        # Lintang and bujur swapped: outside Indonesia.
        ("sekolah", "lintang", "107.6191", "Lintang harus antara -11 dan 6."),
        ("sekolah", "bujur", "-6.9175", "Bujur harus antara 95 dan 141."),
    ],
)
def test_national_numbers_have_their_lengths(session, form, field, value, expected):
    problems = store.check(FORMS[form], {field: value}, session)[1]
    problem = next(p for p in problems if p.field == field)
    assert expected in problem.text()


def test_save_is_one_transaction_that_moves_the_change_counter(small_db):
    with small_db.Session() as session:
        before = current_counter(session)
    record_id = store.save(small_db, PD, GOOD_PD)
    with small_db.Session() as session:
        assert store.load(session, PD, record_id)["nik"] == GOOD_PD["nik"]
        reg = session.scalars(
            select(m.RegistrasiPesertaDidik).where(
                m.RegistrasiPesertaDidik.peserta_didik_id == record_id
            )
        ).one()
        assert reg.sekolah_id and reg.tanggal_masuk_sekolah == date(2021, 7, 12)
        assert current_counter(session) == before + 2  # the student and the registration


def test_refused_save_writes_nothing(small_db):
    with small_db.Session() as session:
        before = current_counter(session)
    with pytest.raises(store.FormRefused) as refused:
        store.save(small_db, PD, {**GOOD_PD, "nisn": "1"})
    assert [p.field for p in refused.value.problems] == ["nisn"]
    with small_db.Session() as session:
        assert current_counter(session) == before


def test_database_error_rolls_back_everything(small_db):
    # A registration pointing at a jenis pendaftaran that does not exist fails the
    # foreign key after the student row was already flushed: neither must remain.
    with small_db.Session() as session:
        students = session.scalar(select(func.count()).select_from(m.PesertaDidik))
    with pytest.raises(store.EntryError, match="basis data menolak"):
        store.save(small_db, PD, {**GOOD_PD, "jenis_pendaftaran_id": 999})
    with small_db.Session() as session:
        assert session.scalar(select(func.count()).select_from(m.PesertaDidik)) == students


def test_student_leaving_is_recorded_on_registrasi_and_can_be_undone(small_db):
    record_id = store.save(small_db, PD, GOOD_PD)
    with pytest.raises(store.FormRefused):
        store.delete(small_db, PD, record_id, {"jenis_keluar_id": None})
    deleted = store.delete(
        small_db, PD, record_id, {"jenis_keluar_id": "2", "tanggal_keluar": date(2026, 1, 5)}
    )
    with small_db.Session() as session:
        reg = session.scalars(
            select(m.RegistrasiPesertaDidik).where(
                m.RegistrasiPesertaDidik.peserta_didik_id == record_id
            )
        ).one()
        assert (reg.jenis_keluar_id, reg.tanggal_keluar) == ("2", date(2026, 1, 5))
    store.undo(small_db, deleted)
    with small_db.Session() as session:
        reg = session.get(m.RegistrasiPesertaDidik, reg.registrasi_id)
        assert reg.jenis_keluar_id is None and reg.tanggal_keluar is None


def test_soft_delete_keeps_the_row_and_undo_restores_it(small_db):
    tanah = FORMS["tanah"]
    record_id = store.save(small_db, tanah, {"nama": "Tanah Kebun", "luas": "250.5"})
    deleted = store.delete(small_db, tanah, record_id)
    with small_db.Session() as session:
        assert session.get(m.Tanah, record_id).soft_delete is True
    store.undo(small_db, deleted)
    with small_db.Session() as session:
        assert session.get(m.Tanah, record_id).soft_delete is False


def test_every_form_saves_an_existing_row_unchanged(small_db):
    for spec in FORMS.values():
        pk = getattr(spec.model, store.pk_name(spec.model))
        with small_db.Session() as session:
            record_id = session.scalars(select(pk).limit(1)).first()
            stored = store.load(session, spec, record_id)
        assert store.save(small_db, spec, stored, record_id) == record_id, spec.key


def test_a_school_can_be_built_from_an_empty_database(empty_db):
    store.save(
        empty_db,
        FORMS["sekolah"],
        {
            "nama": "SD Negeri Contoh",
            "npsn": "20219999",
            "bentuk_pendidikan_id": 5,
            "status_sekolah": 1,
            "kode_wilayah": "3204012001",
        },
    )
    student = store.save(empty_db, PD, GOOD_PD)
    with empty_db.Session() as session:
        context = store.school_context(session)
        assert context["sekolah_id"] and context["semester_id"] == 20261
        assert store.load(session, PD, student)["nama"] == "Rina Wulandari"
