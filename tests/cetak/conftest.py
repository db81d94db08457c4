"""Printouts written by the command in this process, and poppler to read them."""

import shutil
from datetime import date

import pytest

import app.ui.cetak_command
from app.cli import main

TODAY = date(2026, 12, 6)


@pytest.fixture(autouse=True)
def poppler():
    if shutil.which("pdftotext") is None:
        pytest.fail("pdftotext (Debian's poppler-utils) is needed to read printouts")


class _Today(date):
    @classmethod
    def today(cls):
        return TODAY


@pytest.fixture
def cetak(qapp, monkeypatch, tmp_path, capsys):
    """Run ``python -m app cetak`` in this process, dated 6 December 2026: the exit
    code, the PDF written and what was said on stderr. (``qapp`` first: the
    command would otherwise start a Qt application the widget tests cannot use.)"""
    monkeypatch.setattr(app.ui.cetak_command, "date", _Today)

    def run(db, *args: str, out: str = "cetak.pdf"):
        path = tmp_path / out
        code = main(["cetak", *args, "--db", str(db.path), "--out", str(path)])
        return code, path, capsys.readouterr().err

    return run
