"""Who must answer, progress per respondent and per type, and the refusal list."""

import pytest
from sqlalchemy import select, update

from app.db.pmp_responses import PmpResponse
from app.i18n import UserError
from app.pmp import respondents
from app.pmp.responses import answers_of, resume_index, save_answer
from dapodik.pmp import instruments
from dapodik.schema.models import TugasTambahan


def _complete(db, iset):
    with db.Session() as session:
        done = respondents.completeness(session, iset)
        session.commit()
    return done


def _answer_all(db, iset, respondent, upto=None):
    questions = iset.instruments[respondent.jenis].questions[:upto]
    with db.Session() as session:
        for q in questions:
            save_answer(session, iset, respondent.respondent_id, q.kode, q.options[0].kode)
        session.commit()


def test_every_instrument_covers_the_eight_standards(iset):
    assert len(iset.standards) == 8
    for jenis, instrument in iset.instruments.items():
        assert 20 <= len(instrument.questions) <= 40, jenis
        assert {q.standar for q in instrument.questions} == set(iset.standards)
        assert len({q.kode for q in instrument.questions}) == len(instrument.questions)
        assert all(len(q.options) >= 2 for q in instrument.questions)


def test_required_respondents_of_the_small_sd(small_db, iset):
    done = _complete(small_db, iset)
    progress = done.by_type()
    assert progress["kepala_sekolah"].respondents == 1
    # The SD has 8 teachers besides the principal: all of them, fewer than 15.
    assert progress["guru"].respondents == 8
    assert progress["peserta_didik"].respondents == 18
    assert {r.keterangan for r in done.respondents if r.jenis == "peserta_didik"} <= {
        "Kelas 4",
        "Kelas 5",
        "Kelas 6",
    }
    assert [(m.jenis, m.count) for m in done.missing] == [("komite_sekolah", 3), ("pengawas", 1)]
    assert not done.complete


def test_the_large_smk_samples_15_teachers_and_18_upper_students(large_db, iset):
    with large_db.Session() as session:
        first = respondents.completeness(session, iset)
        again = respondents.completeness(session, iset)
        session.rollback()  # the shared large school stays untouched
    progress = first.by_type()
    assert progress["guru"].respondents == 15
    assert progress["peserta_didik"].respondents == 18
    students = [r for r in first.respondents if r.jenis == "peserta_didik"]
    assert all(r.keterangan.startswith(("XI ", "XII ")) for r in students)
    assert [r.kunci for r in first.respondents] == [r.kunci for r in again.respondents]


def test_progress_counts_answers_and_resume_points_at_the_first_gap(small_db, iset):
    kepala = _complete(small_db, iset).respondents[0]
    assert kepala.jenis == "kepala_sekolah"
    _answer_all(small_db, iset, kepala, upto=5)
    instrument = iset.instruments["kepala_sekolah"]
    with small_db.Session() as session:
        answers = answers_of(session, kepala.respondent_id)
    assert resume_index(instrument, answers) == 5
    done = _complete(small_db, iset)
    assert done.respondents[0].answered == 5 and done.respondents[0].remaining == 19
    assert done.by_type()["kepala_sekolah"].answered == 5


def test_an_answer_given_again_replaces_the_first(small_db, iset):
    kepala = _complete(small_db, iset).respondents[0]
    question = iset.instruments["kepala_sekolah"].questions[0]
    with small_db.Session() as session:
        save_answer(session, iset, kepala.respondent_id, question.kode, question.options[0].kode)
        save_answer(session, iset, kepala.respondent_id, question.kode, question.options[1].kode)
        session.commit()
        stored = session.scalars(select(PmpResponse.jawaban)).all()
    assert stored == [question.options[1].kode]


def test_an_answer_outside_the_instrument_is_refused(small_db, iset):
    kepala = _complete(small_db, iset).respondents[0]
    with small_db.Session() as session:
        with pytest.raises(ValueError):
            save_answer(session, iset, kepala.respondent_id, "KS-SKL-01", "9")
        with pytest.raises(ValueError):
            save_answer(session, iset, kepala.respondent_id, "G-SKL-01", "1")


def test_the_refusal_lists_exactly_who_and_how_many_questions_remain(small_db, iset):
    done = _complete(small_db, iset)
    kepala, guru = done.respondents[0], done.respondents[1]
    for r in done.respondents[2:]:
        _answer_all(small_db, iset, r)
    _answer_all(small_db, iset, guru, upto=20)
    with small_db.Session() as session:
        respondents.add_named(session, "komite_sekolah", "  Hendra   Gunawan ")
        session.commit()
    done = _complete(small_db, iset)
    komite = [r for r in done.respondents if r.jenis == "komite_sekolah"][0]
    assert komite.nama == "Hendra Gunawan"
    assert done.refusals() == [
        "Komite Sekolah: 2 responden belum ditambahkan (paling sedikit 3)",
        "Pengawas: 1 responden belum ditambahkan (paling sedikit 1)",
        f"Kepala Sekolah — {kepala.nama}: 24 dari 24 pertanyaan belum dijawab",
        f"Guru — {guru.nama}: 4 dari 24 pertanyaan belum dijawab",
        "Komite Sekolah — Hendra Gunawan: 24 dari 24 pertanyaan belum dijawab",
    ]


def test_complete_when_every_required_respondent_answered_everything(filled_db, iset):
    done = _complete(filled_db, iset)
    assert done.complete and done.refusals() == []
    assert {j: p.complete for j, p in done.by_type().items()} == {
        "kepala_sekolah": 1,
        "guru": 8,
        "peserta_didik": 18,
        "komite_sekolah": 3,
        "pengawas": 1,
    }


def test_no_principal_in_the_gtk_data_is_a_refusal(small_db, iset):
    with small_db.Session() as session:
        session.execute(update(TugasTambahan).values(soft_delete=True))
        session.commit()
    done = _complete(small_db, iset)
    assert "Kepala Sekolah belum ditetapkan di data GTK (tugas tambahan Kepala Sekolah)" in (
        done.refusals()
    )
    assert done.by_type()["kepala_sekolah"].respondents == 0


def test_a_named_respondent_can_be_removed_with_their_answers(small_db, iset):
    with small_db.Session() as session:
        respondent_id = respondents.add_named(session, "pengawas", "Drs. Sutrisno")
        question = iset.instruments["pengawas"].questions[0]
        save_answer(session, iset, respondent_id, question.kode, question.options[0].kode)
        respondents.remove_named(session, respondent_id)
        session.commit()
        assert session.scalars(select(PmpResponse)).all() == []
    assert [m.jenis for m in _complete(small_db, iset).missing][-1] == "pengawas"


def test_an_empty_name_is_refused(small_db):
    with small_db.Session() as session, pytest.raises(UserError, match="Nama responden"):
        respondents.add_named(session, "komite_sekolah", "   ")


def test_respondent_type_labels_follow_the_instrument_files(iset):
    assert list(iset.instruments) == list(instruments.RESPONDENT_TYPES)
