"""Fixtures of the accounts tests: a clean login session, the small demo school
with its demo accounts, and the real reference server (a subprocess on a free
loopback port) holding the small demo school. The in-memory keyring is the root
conftest's."""

import re

import pytest

from app.accounts import acting
from app.accounts.demo import ensure_demo_accounts
from app.db.engine import open_database
from tests.gui.hands import launch  # noqa: F401 - a fixture

from .reference_server import NPSN, Server


@pytest.fixture(autouse=True)
def clean_login_session():
    acting.end()
    yield
    acting.end()


@pytest.fixture
def demo_db(small_db):
    """The small demo school with its public demo accounts and Kode Registrasi."""
    assert ensure_demo_accounts(small_db)
    return small_db


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """The reference server with the small demo school; yields (server, Kode Registrasi)."""
    srv = Server(tmp_path_factory.mktemp("server"))
    out = srv.run(
        "school", "add", "--npsn", NPSN, "--nama", "SD Negeri Sukamaju 1", "--from-demo", "small"
    )
    kode = re.search(r"Kode Registrasi: (\S+)", out).group(1)
    srv.start()
    yield srv, kode
    srv.proc.terminate()
    srv.proc.wait(15)


@pytest.fixture
def fresh_db(tmp_path):
    """A new, empty database in the test's user data folder."""
    (tmp_path / "userdata").mkdir(exist_ok=True)
    db = open_database(tmp_path / "userdata" / "sekolah.sqlite")
    yield db
    db.close()
