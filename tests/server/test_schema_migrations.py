"""The centre's schema under Alembic: its first revision is what the release before
made, a database of that release upgrades with every row and then serves, and a
schema older or newer than the server's is refused (SQLite and PostgreSQL)."""

import sqlite3
import subprocess

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from server_support import DatabaseSlot, SchoolClient, ServerProcess, free_port
from sqlalchemy import create_engine, inspect, text

from dapodik.package_format import open_package
from server import migrations
from server.pmp_keys import SERVER_KEY_FILE
from tests import old_releases


def _old_centre(backend: str, folder) -> DatabaseSlot:
    """A centre database as the release before versioning left it, with a school's rows."""
    folder.mkdir()
    slot = DatabaseSlot(backend, folder)
    if backend == "sqlite":
        old_releases.restore_sqlite(old_releases.CENTRE, folder / "server.sqlite")
    else:
        old_releases.restore_centre_on_postgresql(slot.url, folder)
    return slot


def _schema(url: str) -> dict:
    """Tables, columns, keys, constraints and indexes as the database reports them."""
    engine = create_engine(url)
    with engine.connect() as conn:
        found = inspect(conn)
        described = {
            name: {
                "columns": [
                    (c["name"], str(c["type"]), c["nullable"], str(c.get("default")))
                    for c in found.get_columns(name)
                ],
                "primary_key": found.get_pk_constraint(name),
                "foreign_keys": sorted(map(repr, found.get_foreign_keys(name))),
                "unique": sorted(map(repr, found.get_unique_constraints(name))),
                "indexes": sorted(map(repr, found.get_indexes(name))),
                "checks": sorted(map(repr, found.get_check_constraints(name))),
            }
            for name in found.get_table_names()
            if name != "alembic_version"
        }
        if conn.dialect.name == "sqlite":
            autoincrement = "SELECT name FROM sqlite_master WHERE sql LIKE '%AUTOINCREMENT%'"
            described["AUTOINCREMENT"] = sorted(conn.execute(text(autoincrement)).scalars())
    engine.dispose()
    return described


def _recorded(url: str) -> str | None:
    engine = create_engine(url)
    with engine.connect() as conn:
        revision = migrations.recorded_revision(conn)
    engine.dispose()
    return revision


def _serve(process: ServerProcess) -> subprocess.CompletedProcess:
    """Start the server as an operator would, expecting it to refuse at once."""
    return process.admin("--port", str(free_port()), check=False)


def test_the_first_revision_is_the_schema_the_release_before_made(backend, tmp_path):
    old = _old_centre(backend, tmp_path / "old")
    first = DatabaseSlot(backend, tmp_path)
    engine = create_engine(first.url)
    with engine.begin() as conn:
        command.upgrade(migrations.alembic_config(conn), migrations.FIRST_REVISION)
    engine.dispose()
    try:
        assert _schema(first.url) == _schema(old.url)
    finally:
        old.drop()
        first.drop()


def test_a_centre_of_the_release_before_upgrades_with_every_row_and_then_serves(backend, tmp_path):
    slot = _old_centre(backend, tmp_path / "old")
    process = ServerProcess(slot.url, tmp_path / "data")
    try:
        before = old_releases.every_row(slot.url)

        refused = _serve(process)
        assert refused.returncode == 1
        assert "python -m server db upgrade" in refused.stderr
        assert _recorded(slot.url) is None

        upgraded = process.admin("db", "upgrade")
        assert f"tanpa versi → {migrations.head_revision()}" in upgraded.stdout
        assert _recorded(slot.url) == migrations.head_revision()
        old_releases.assert_centre_upgraded(slot.url, before, process.data_dir / SERVER_KEY_FILE)

        process.start()
        school = SchoolClient(process, old_releases.CENTRE_NPSN, old_releases.CENTRE_KODE, tmp_path)
        prefill = tmp_path / "prefill.prf"
        prefill.write_bytes(school.http.get("/api/v1/prefill").content)
        with open_package(prefill, 10**9) as package:
            counts = package.manifest.row_counts
        assert counts["peserta_didik"] == len(before["peserta_didik"][1]) == 24
        assert counts["nilai"] == len(before["nilai"][1])
    finally:
        process.stop()
        slot.drop()


def test_an_empty_database_gets_the_head_and_a_newer_schema_is_refused(backend, tmp_path):
    slot = DatabaseSlot(backend, tmp_path)
    process = ServerProcess(slot.url, tmp_path / "data")
    try:
        created = process.admin("db", "upgrade")
        assert f"kosong → {migrations.head_revision()}" in created.stdout
        engine = create_engine(slot.url)
        with engine.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = 'pusat_9999'"))
        engine.dispose()
        before = old_releases.every_row(slot.url)

        for done in (_serve(process), process.admin("db", "upgrade", check=False)):
            assert done.returncode == 1
            assert "lebih baru" in done.stderr and "pusat_9999" in done.stderr
        assert _recorded(slot.url) == "pusat_9999"
        assert old_releases.every_row(slot.url) == before
    finally:
        slot.drop()


def test_a_database_of_another_program_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "lain.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE catatan (isi TEXT)")
        conn.execute("INSERT INTO catatan VALUES ('rapat guru')")
    conn.close()
    url = f"sqlite:///{path}"
    before = old_releases.every_row(url)
    process = ServerProcess(url, tmp_path / "data")

    for done in (_serve(process), process.admin("db", "upgrade", check=False)):
        assert done.returncode == 1
        assert "bukan basis data server pusat" in done.stderr
    assert old_releases.every_row(url) == before


def test_the_head_revision_is_the_schema_of_the_tables(backend, tmp_path):
    slot = DatabaseSlot(backend, tmp_path)
    engine = create_engine(slot.url)
    try:
        with engine.begin() as conn:
            migrations.ensure_current(conn)
            assert (
                compare_metadata(MigrationContext.configure(conn), migrations.TARGET_METADATA) == []
            )
    finally:
        engine.dispose()
        slot.drop()
