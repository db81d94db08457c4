"""Validasi Lokal against the demo schools: nothing on the valid ones, and on the
deliberate ones exactly the mistakes the generator documents."""

import pytest
from validation_fixtures import *  # noqa: F403 - the fixtures

from app.db.engine import make_engine
from app.validation import engine as validation


def _found(path, today):
    engine = make_engine(path)
    try:
        outcome = validation.run(engine, today=today)
    finally:
        engine.dispose()
    return {(r.code, r.severity, r.table, r.row_id) for r in outcome.results}


@pytest.mark.parametrize("size", ["small", "large"])
def test_valid_school_has_no_result(size, request, today):
    assert _found(request.getfixturevalue(f"valid_{size}_file"), today) == set()


@pytest.mark.parametrize("size", ["small", "large"])
def test_deliberate_school_gives_exactly_its_documented_mistakes(size, request, tmp_path, today):
    path, report = request.getfixturevalue(f"{size}_demo_file")
    documented = {(i.code, i.severity, i.table, i.row_id) for i in report.deliberate}
    assert len(documented) == len(report.deliberate)
    copy = tmp_path / "copy.sqlite"  # the shared file stays unchanged
    copy.write_bytes(path.read_bytes())
    assert _found(copy, today) == documented
