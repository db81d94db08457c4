"""Field checks and the writes of the entry forms, without a screen."""

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from app.db.change_tracking import current_counter
from app.entry import store
from app.entry.fields import Unlisted
from app.entry.forms import FORMS
from app.validation.engine import evaluate, period_params
from app.validation.ptk import CPNS
from app.validation.rules import BY_CODE
from dapodik.schema import models as m

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
    "tinggi_badan": "131",
    "berat_badan": "27",
    "jarak_rumah_ke_sekolah_km": "1,5",
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
        # The student, the registration and this semester's data periodik.
        assert current_counter(session) == before + 3


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


@pytest.mark.parametrize(
    ("change", "field", "expected"),
    [
        ({"tinggi_badan": "300"}, "tinggi_badan", "Tinggi Badan (cm) harus antara 50 dan 250."),
        ({"berat_badan": "9"}, "berat_badan", "Berat Badan (kg) harus antara 10 dan 200."),
        ({"berat_badan": ""}, "berat_badan", "Berat Badan (kg) wajib diisi."),
        (
            {"jarak_rumah_ke_sekolah_km": "dua"},
            "jarak_rumah_ke_sekolah_km",
            "Jarak Rumah ke Sekolah (km) harus berupa angka.",
        ),
        (
            {"penerima_kip": True, "no_kip": "A1B2C3"},
            "nm_kip",
            "Nama di KIP wajib diisi bila Penerima KIP dicentang.",
        ),
        (
            {"penerima_kip": True, "no_kip": "A1B2C", "nm_kip": "Rina Wulandari"},
            "no_kip",
            "Nomor KIP harus 6 karakter huruf atau angka (sekarang 5 karakter).",
        ),
        (
            {"penerima_kip": True, "no_kip": "A1B2C!", "nm_kip": "Rina Wulandari"},
            "no_kip",
            "Nomor KIP hanya boleh berisi huruf dan angka.",
        ),
        (
            {"no_kip": "A1B2C3"},
            "no_kip",
            "Nomor KIP diisi, padahal Penerima KIP tidak dicentang: centang Penerima KIP "
            "atau kosongkan Nomor KIP.",
        ),
        (
            {"layak_pip": True},
            "alasan_layak_pip",
            "Alasan Layak PIP wajib diisi bila Layak PIP dicentang.",
        ),
    ],
)
def test_data_periodik_and_kip_are_checked_as_validasi_reads_them(session, change, field, expected):
    found = messages(session, PD, {**GOOD_PD, **change})
    assert found == {field: expected}


def test_a_pns_needs_the_dates_of_appointment(session):
    pns = {"status_kepegawaian_id": 1, "sk_cpns": "813/CPNS/2010", "tgl_cpns": date(2010, 1, 1)}
    found = messages(session, FORMS["ptk"], pns)
    assert found["tmt_pns"] == "TMT PNS wajib diisi untuk PNS (status kepegawaian PNS)."
    cpns = {**pns, "status_kepegawaian_id": CPNS, "sk_cpns": ""}
    found = messages(session, FORMS["ptk"], cpns)
    assert found["sk_cpns"] == "SK CPNS wajib diisi untuk PNS (status kepegawaian CPNS)."
    assert "tmt_pns" not in found  # a CPNS is not appointed PNS yet


def test_saving_a_student_writes_this_semesters_data_periodik_once(small_db):
    record_id = store.save(small_db, PD, GOOD_PD)
    store.save(small_db, PD, {**GOOD_PD, "tinggi_badan": "133"}, record_id)
    with small_db.Session() as session:
        rows = session.scalars(
            select(m.PesertaDidikLongitudinal).where(
                m.PesertaDidikLongitudinal.peserta_didik_id == record_id
            )
        ).all()
        assert [(r.semester_id, r.tinggi_badan, r.berat_badan) for r in rows] == [(20261, 133, 27)]
        assert rows[0].jarak_rumah_ke_sekolah_km == Decimal("1.5")


def test_a_penugasan_of_last_year_asks_for_this_years(small_db):
    ptk_form = FORMS["ptk"]
    with small_db.Session() as session:
        ptk_id = session.scalars(select(m.Ptk.ptk_id).order_by(m.Ptk.nama).limit(1)).one()
    with small_db.engine.begin() as conn:
        conn.exec_driver_sql(
            "UPDATE ptk_terdaftar SET tahun_ajaran_id = 2025 WHERE ptk_id = ?", (ptk_id,)
        )
        params = period_params(conn)
        flagged = {r.row_id for r in evaluate(conn, BY_CODE["PTK-TERDAFTAR-01"], params)}
    assert ptk_id in flagged
    with small_db.Session() as session:
        stored = store.load(session, ptk_form, ptk_id)
    assert stored["jenis_ptk_id"] is None  # this year's penugasan is not made yet
    store.save(small_db, ptk_form, {**stored, "jenis_ptk_id": 3}, ptk_id)
    with small_db.engine.connect() as conn:
        flagged = {r.row_id for r in evaluate(conn, BY_CODE["PTK-TERDAFTAR-01"], params)}
        years = conn.exec_driver_sql(
            "SELECT tahun_ajaran_id FROM ptk_terdaftar WHERE ptk_id = ? ORDER BY 1", (ptk_id,)
        ).all()
    assert ptk_id not in flagged and years == [(2025,), (2026,)]


def test_leaving_after_the_last_penugasan_ended_is_recorded_on_it(small_db):
    with small_db.Session() as session:
        ptk_id = session.scalars(select(m.Ptk.ptk_id).order_by(m.Ptk.nama).limit(1)).one()
    with small_db.engine.begin() as conn:
        conn.exec_driver_sql(
            "UPDATE ptk_terdaftar SET tahun_ajaran_id = 2025 WHERE ptk_id = ?", (ptk_id,)
        )
    store.delete(
        small_db,
        FORMS["ptk"],
        ptk_id,
        {"jenis_keluar_id": "2", "tgl_ptk_keluar": date(2026, 6, 30)},
    )
    with small_db.engine.connect() as conn:
        left = conn.exec_driver_sql(
            "SELECT tahun_ajaran_id, jenis_keluar_id FROM ptk_terdaftar WHERE ptk_id = ?", (ptk_id,)
        ).all()
        flagged = {
            r.row_id for r in evaluate(conn, BY_CODE["PTK-TERDAFTAR-01"], period_params(conn))
        }
    assert left == [(2025, "2")] and ptk_id not in flagged


def test_a_students_form_edits_the_open_registrasi_not_an_old_closed_one(small_db):
    record_id = store.save(small_db, PD, {**GOOD_PD, "nipd": "LAMA"})
    with small_db.Session.begin() as session:
        old = session.scalars(
            select(m.RegistrasiPesertaDidik).where(
                m.RegistrasiPesertaDidik.peserta_didik_id == record_id
            )
        ).one()
        old.jenis_keluar_id, old.tanggal_keluar = "1", date(2024, 6, 30)
        session.add(
            m.RegistrasiPesertaDidik(
                peserta_didik_id=record_id,
                sekolah_id=old.sekolah_id,
                jenis_pendaftaran_id=2,  # pindahan
                nipd="BARU",
                tanggal_masuk_sekolah=date(2025, 7, 14),
            )
        )
    with small_db.Session() as session:
        assert store.load(session, PD, record_id)["nipd"] == "BARU"
    store.delete(
        small_db, PD, record_id, {"jenis_keluar_id": "2", "tanggal_keluar": date(2026, 1, 5)}
    )
    with small_db.Session() as session:
        closed = session.execute(
            select(m.RegistrasiPesertaDidik.nipd, m.RegistrasiPesertaDidik.jenis_keluar_id)
            .where(m.RegistrasiPesertaDidik.peserta_didik_id == record_id)
            .order_by(m.RegistrasiPesertaDidik.nipd)
        ).all()
    assert closed == [("BARU", "2"), ("LAMA", "1")]
