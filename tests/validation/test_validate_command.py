"""``python -m app validate``: summary, JSON shape, rules list, exit codes."""

import json

import pytest
from validation_fixtures import *  # noqa: F403 - the fixtures

from app.cli import main
from app.validation.rule import TABS
from app.validation.rules import BY_CODE


@pytest.fixture
def deliberate_small(small_demo_file, tmp_path):
    path = tmp_path / "small.sqlite"
    path.write_bytes(small_demo_file[0].read_bytes())
    return path, small_demo_file[1]


def test_json_report_lists_every_deliberate_mistake(deliberate_small, capsys):
    path, report = deliberate_small
    assert main(["validate", "--db", str(path), "--json"]) == 1
    out = json.loads(capsys.readouterr().out)
    assert set(out) == {"tabs", "results", "elapsed_s"}
    assert out["elapsed_s"] > 0
    assert {(r["code"], r["table"], r["id"]) for r in out["results"]} == {
        (i.code, i.table, i.row_id) for i in report.deliberate
    }
    assert set(out["results"][0]) == {"code", "tab", "severity", "table", "id", "message"}
    expected_tabs = {tab: {"invalid": 0, "peringatan": 0} for tab in TABS}
    for issue in report.deliberate:
        expected_tabs[BY_CODE[issue.code].tab][issue.severity] += 1
    assert out["tabs"] == expected_tabs


def test_text_summary_per_tab(deliberate_small, capsys):
    path, _ = deliberate_small
    assert main(["--db", str(path), "validate"]) == 1
    out = capsys.readouterr().out
    assert "peserta_didik" in out and "PD-NIK-01" in out and "NIK" in out


def test_one_tab_without_invalid_exits_zero(deliberate_small, capsys):
    path, _ = deliberate_small
    assert main(["validate", "--db", str(path), "--tab", "sekolah", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["tabs"] == {
        "sekolah": {"invalid": 0, "peringatan": 0}
    }


def test_valid_school_exits_zero(valid_small_file, tmp_path, capsys):
    path = tmp_path / "valid.sqlite"
    path.write_bytes(valid_small_file.read_bytes())
    assert main(["validate", "--db", str(path)]) == 0


def test_missing_database_is_a_file_error(tmp_path, capsys):
    path = tmp_path / "tidak-ada.sqlite"
    assert main(["validate", "--db", str(path)]) == 2
    assert "tidak ada" in capsys.readouterr().err
    assert not path.exists()


def test_unknown_tab_is_a_usage_error(tmp_path):
    with pytest.raises(SystemExit) as exit_:
        main(["validate", "--db", str(tmp_path / "x.sqlite"), "--tab", "kantin"])
    assert exit_.value.code == 2


def test_rules_are_listed_as_json(capsys):
    assert main(["validate", "--rules"]) == 0
    rules = json.loads(capsys.readouterr().out)
    assert len(rules) >= 50
    assert {"code": "PD-NISN-03", "tab": "peserta_didik", "severity": "peringatan"}.items() <= {
        k: v for k, v in next(r for r in rules if r["code"] == "PD-NISN-03").items()
    }.items()
    assert all(set(r) == {"code", "tab", "severity", "message"} for r in rules)
