"""The engine around the rules: runs per tab, record re-runs that also clear,
progress and cancel, stored counts, and messages an operator can act on."""

import pytest
from sqlalchemy import text
from validation_fixtures import *  # noqa: F403 - the fixtures

from app.validation import engine as validation
from app.validation.rules import ALL_RULES
from app.work import Cancelled, Progress


def _student(engine, offset: int = 0) -> str:
    with engine.connect() as conn:
        return conn.execute(
            text("SELECT peserta_didik_id FROM peserta_didik ORDER BY 1 LIMIT 1 OFFSET :o"),
            {"o": offset},
        ).scalar()


def _execute(engine, sql: str, **params) -> None:
    with engine.begin() as conn:
        conn.execute(text(sql), params)


def test_message_names_the_field_and_the_problem(valid_small, today):
    pd = _student(valid_small)
    _execute(
        valid_small,
        "UPDATE peserta_didik SET nik = substr(nik, 1, 6) || '3102' || substr(nik, 11)"
        " WHERE peserta_didik_id = :pd",
        pd=pd,
    )
    outcome = validation.run(valid_small, ["peserta_didik"], today=today)
    [result] = [r for r in outcome.results if r.row_id == pd]
    nik = result.params["nik"]
    assert result.message == f"NIK {nik}: tanggal lahir 31-02 tidak ada"
    assert result.as_json() == {
        "code": "PD-NIK-01",
        "tab": "peserta_didik",
        "severity": "invalid",
        "table": "peserta_didik",
        "id": pd,
        "message": result.message,
    }


def test_record_run_clears_both_rows_of_a_fixed_clash(valid_small, today):
    """The guru agama's first lesson in one rombel moves onto their lesson in
    another, then back."""
    with valid_small.connect() as conn:
        a, b = conn.execute(
            text(
                """SELECT jadwal_id, hari, bel_ke FROM jadwal WHERE jadwal_id IN (
                    SELECT min(j.jadwal_id) FROM jadwal j
                    JOIN pembelajaran p ON p.pembelajaran_id = j.pembelajaran_id
                    WHERE p.mata_pelajaran_id = 1001 GROUP BY p.rombongan_belajar_id
                    ORDER BY 1 LIMIT 2)"""
            )
        ).all()
    _execute(valid_small, "UPDATE jadwal SET hari = :h, bel_ke = :bel WHERE jadwal_id = :b",
             h=a[1], bel=a[2], b=b[0])  # fmt: skip
    validation.run_record(valid_small, "jadwal", b[0], today=today)
    clashes = {r.row_id for r in validation.stored_results(valid_small, "jadwal")
               if r.code == "JD-BENTROK-01"}  # fmt: skip
    assert clashes == {a[0], b[0]}

    _execute(valid_small, "UPDATE jadwal SET hari = :h, bel_ke = :bel WHERE jadwal_id = :b",
             h=b[1], bel=b[2], b=b[0])  # fmt: skip
    validation.run_record(valid_small, "jadwal", b[0], today=today)
    assert validation.stored_results(valid_small, "jadwal") == []


def test_record_run_clears_the_other_holder_of_a_fixed_duplicate(valid_small, today):
    a, b = _student(valid_small), _student(valid_small, 1)
    _execute(
        valid_small,
        "UPDATE peserta_didik SET nisn = (SELECT nisn FROM peserta_didik WHERE"
        " peserta_didik_id = :b) WHERE peserta_didik_id = :a",
        a=a,
        b=b,
    )
    validation.run_record(valid_small, "peserta_didik", a, today=today)
    assert {r.row_id for r in validation.stored_results(valid_small)} == {a, b}
    _execute(valid_small, "UPDATE peserta_didik SET nisn = NULL WHERE peserta_didik_id = :a", a=a)
    validation.run_record(valid_small, "peserta_didik", a, today=today)
    assert validation.stored_results(valid_small) == []


def test_full_run_keeps_only_runs_that_results_point_to(valid_small, today):
    pd = _student(valid_small)
    for _ in range(3):
        validation.run_record(valid_small, "peserta_didik", pd, today=today)
    outcome = validation.run(valid_small, today=today)
    with valid_small.connect() as conn:
        runs = conn.execute(text("SELECT run_id FROM validation_run")).scalars().all()
    assert runs == [outcome.run_id]
    assert validation.last_run(valid_small).scope == "semua"


def test_tab_run_replaces_only_that_tab(valid_small, today):
    pd = _student(valid_small)
    _execute(
        valid_small, "UPDATE peserta_didik SET nisn = '12' WHERE peserta_didik_id = :pd", pd=pd
    )
    _execute(valid_small, "UPDATE rombongan_belajar SET ptk_id = NULL")
    validation.run(valid_small, today=today)
    before = validation.summary(valid_small)
    assert before["peserta_didik"] == {"invalid": 1, "peringatan": 0}
    assert before["rombongan_belajar"]["invalid"] == 6

    _execute(
        valid_small, "UPDATE peserta_didik SET nisn = NULL WHERE peserta_didik_id = :pd", pd=pd
    )
    outcome = validation.run(valid_small, ["peserta_didik"], today=today)
    assert outcome.results == []
    after = validation.summary(valid_small)
    assert after["peserta_didik"] == {"invalid": 0, "peringatan": 0}
    assert after["rombongan_belajar"] == before["rombongan_belajar"]
    assert validation.has_invalid(valid_small)
    assert validation.last_run(valid_small).scope == "tab:peserta_didik"


def test_a_run_yields_its_progress_after_every_rule(valid_small, today):
    steps = validation.run_steps(valid_small, today=today)
    assert list(steps) == [Progress(i, len(ALL_RULES)) for i in range(1, len(ALL_RULES) + 1)]
    assert validation.last_run(valid_small).scope == "semua"


def test_cancelled_run_stores_nothing_and_keeps_the_last_results(valid_small, today):
    _execute(valid_small, "UPDATE rombongan_belajar SET ptk_id = NULL")
    validation.run(valid_small, today=today)
    _execute(valid_small, "UPDATE rombongan_belajar SET kurikulum_id = NULL")
    steps = validation.run_steps(valid_small, today=today)
    for _ in range(10):
        next(steps)
    with pytest.raises(Cancelled):
        steps.throw(Cancelled())  # what the job runner does once Batal is pressed
    codes = {r.code for r in validation.stored_results(valid_small)}
    assert codes == {"RB-WALI-01"}


def test_stored_results_list_invalid_before_peringatan(valid_small, today):
    _execute(valid_small, "UPDATE peserta_didik SET tempat_lahir = NULL")  # peringatan
    _execute(valid_small, "UPDATE rombongan_belajar SET ptk_id = NULL")  # invalid
    validation.run(valid_small, today=today)
    severities = [r.severity for r in validation.stored_results(valid_small)]
    assert severities == sorted(severities, key=lambda s: s != "invalid")
    assert set(severities) == {"invalid", "peringatan"}


def _scopes(engine) -> list[str]:
    with engine.connect() as conn:
        return list(conn.scalars(text("SELECT scope FROM validation_run ORDER BY run_id")))


def test_changes_on_a_school_never_validated_run_the_whole_school(valid_small, today):
    validation.run_changes(valid_small, {"peserta_didik": [_student(valid_small)]}, today=today)
    assert _scopes(valid_small) == ["semua"]


def test_a_few_changed_rows_are_re_checked_one_by_one(valid_small, today):
    validation.run(valid_small, today=today)
    first, second = _student(valid_small), _student(valid_small, 1)
    _execute(
        valid_small,
        "UPDATE peserta_didik SET nisn = '12' WHERE peserta_didik_id IN (:a, :b)",
        a=first,
        b=second,
    )
    validation.run_changes(valid_small, {"peserta_didik": [first, second]}, today=today)
    assert _scopes(valid_small)[-1] == "rekaman:peserta_didik:2 baris"
    flagged = {r.row_id for r in validation.stored_results(valid_small) if r.code == "PD-NISN-01"}
    assert flagged == {first, second}


def test_a_bulk_write_re_runs_the_tabs_its_table_touches(valid_small, today, monkeypatch):
    validation.run(valid_small, today=today)
    monkeypatch.setattr(validation, "RECORD_RERUN_MAX", 1)
    changed = [_student(valid_small), _student(valid_small, 1)]
    validation.run_changes(valid_small, {"peserta_didik": changed}, today=today)
    tabs = sorted({rule.tab for rule in validation.rules_touching("peserta_didik")})
    assert _scopes(valid_small)[-1] == "tab:" + ",".join(tabs)
