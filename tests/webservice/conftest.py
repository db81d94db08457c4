"""The Web Service running for real (uvicorn on a free 127.0.0.1 port), called with
``requests`` the way an application written for the ministry's service calls it."""

import shutil
from dataclasses import dataclass

import pytest
import requests

from app.db.engine import Database, open_database
from app.webservice.server import WebService
from app.webservice.tokens import create_token


@dataclass
class Served:
    db: Database
    url: str
    npsn: str
    token: str
    size: str = ""

    def get(
        self, endpoint: str, token: str | None = None, headers: dict | None = None, **params
    ) -> requests.Response:
        token = self.token if token is None else token
        headers = {**(headers or {}), **({"Authorization": f"Bearer {token}"} if token else {})}
        params = {"npsn": self.npsn, **params}
        return requests.get(self.url + endpoint, params=params, headers=headers, timeout=30)


def serve(db: Database, npsn: str, size: str = ""):
    """A running service on ``db`` with one fresh token; stops when the generator ends."""
    _info, token = create_token(db.engine, f"tes-{size or 'sekolah'}")
    service = WebService(db.engine)
    address = service.start("127.0.0.1", 0)
    try:
        yield Served(db, address.url, npsn, token, size)
    finally:
        service.stop()


def _served_copy(request, tmp_path_factory, size: str):
    source, report = request.getfixturevalue(f"{size}_demo_file")
    path = tmp_path_factory.mktemp(f"ws-{size}") / "school.sqlite"
    shutil.copy(source, path)
    db = open_database(path)
    try:
        yield from serve(db, report.npsn, size)
    finally:
        db.close()


@pytest.fixture(scope="module", params=["small", "large"])
def served(request, tmp_path_factory):
    """Each demo school, a private copy (tokens are written), served for the module."""
    yield from _served_copy(request, tmp_path_factory, request.param)


@pytest.fixture(scope="module")
def served_large(request, tmp_path_factory):
    yield from _served_copy(request, tmp_path_factory, "large")


@pytest.fixture
def served_small(small_db, small_demo_file):
    """The small school on a private copy, free to change, served for one test."""
    yield from serve(small_db, small_demo_file[1].npsn, "small")
