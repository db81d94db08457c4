"""Fixtures of the server tests: a real server per module (per backend), fresh
servers for the crash tests, and registered schools."""

import pytest
from server_support import DatabaseSlot, SchoolClient, ServerProcess, backends, next_npsn


@pytest.fixture(scope="module", params=backends())
def backend(request) -> str:
    return request.param


@pytest.fixture(scope="module")
def server(backend, tmp_path_factory):
    """One running server shared by the tests of a module."""
    folder = tmp_path_factory.mktemp("server")
    slot = DatabaseSlot(backend, folder)
    process = ServerProcess(slot.url, folder / "data").start()
    yield process
    process.stop()
    slot.drop()


@pytest.fixture
def make_server(backend, tmp_path):
    """A factory of fresh (not yet started) servers on their own database."""
    made = []

    def make(*args: str) -> ServerProcess:
        slot = DatabaseSlot(backend, tmp_path)
        process = ServerProcess(slot.url, tmp_path / f"data{len(made)}", *args)
        made.append((process, slot))
        return process

    yield make
    for process, slot in made:
        process.stop()
        slot.drop()


@pytest.fixture
def new_school(tmp_path):
    """A factory: add a school on a server and register a device of it."""

    def make(server: ServerProcess, demo: str | None = None) -> SchoolClient:
        npsn = next_npsn()
        kode = server.add_school(npsn, f"Sekolah Uji {npsn}", demo)
        return SchoolClient(server, npsn, kode, tmp_path)

    return make


@pytest.fixture(scope="module")
def two_schools(server, tmp_path_factory) -> list[SchoolClient]:
    """Two registered schools on the module's server."""
    made = []
    for _ in range(2):
        npsn = next_npsn()
        made.append(
            SchoolClient(server, npsn, server.add_school(npsn), tmp_path_factory.mktemp("w"))
        )
    return made
