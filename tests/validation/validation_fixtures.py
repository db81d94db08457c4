"""Fixtures of the validation tests: valid demo schools (the deliberate ones come
from tests/conftest.py) and a fixed "today". Test modules star-import them: a
conftest.py here would shadow the ``conftest`` module other test folders import."""

import shutil
from datetime import date

import pytest

__all__ = ["today", "valid_large_file", "valid_small", "valid_small_file"]

from app.db.engine import make_engine, open_database
from dapodik.demo.school import build_demo


@pytest.fixture(scope="session")
def today():
    """A fixed day in the demo's semester, so that "expired" and "in the future"
    do not depend on when the tests run."""
    return date(2026, 8, 1)


def _valid_file(tmp_path_factory, size: str):
    path = tmp_path_factory.mktemp(f"valid-{size}") / "demo.sqlite"
    db = open_database(path)
    with db.engine.begin() as conn:
        build_demo(conn, size=size, valid=True)
    db.close()
    return path


@pytest.fixture(scope="session")
def valid_small_file(tmp_path_factory):
    return _valid_file(tmp_path_factory, "small")


@pytest.fixture(scope="session")
def valid_large_file(tmp_path_factory):
    return _valid_file(tmp_path_factory, "large")


@pytest.fixture
def valid_small(valid_small_file, tmp_path):
    """A private copy of the valid small school, free to change: an Engine."""
    path = tmp_path / "valid-small.sqlite"
    shutil.copy(valid_small_file, path)
    engine = make_engine(path)
    yield engine
    engine.dispose()
