"""Fixtures of the accounts tests: a clean login session, an in-memory keyring,
the small demo school with its demo accounts, and the real reference server
(a subprocess on a free loopback port) holding the small demo school."""

import re

import keyring
import keyring.backend
import pytest

from app.accounts import acting
from app.accounts.demo import ensure_demo_accounts
from app.db.engine import open_database

from .reference_server import NPSN, Server


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring test backend: secrets live in this object only."""

    priority = 1

    def __init__(self):
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.secrets.get((service, username))

    def set_password(self, service, username, password):
        self.secrets[(service, username)] = password

    def delete_password(self, service, username):
        self.secrets.pop((service, username), None)


@pytest.fixture(autouse=True)
def clean_login_session():
    acting.end()
    yield
    acting.end()


@pytest.fixture
def memory_keyring():
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


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
