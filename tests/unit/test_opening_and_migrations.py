import os
import sqlite3
import stat

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import select, text

from app.db import migrations
from app.db.engine import make_engine, open_database
from app.db.errors import DatabaseOpenError
from app.db.pengguna import Pengguna
from app.db.pmp_responses import PmpResponse
from server import migrations as centre_migrations
from tests import old_releases


def _old_database(path):
    """A database as the first release left it: schema 0001, with rows in it."""
    engine = make_engine(path)
    migrations.upgrade(engine, "0001")
    statements = [
        "INSERT INTO ref_jenjang_pendidikan (jenjang_pendidikan_id, nama) VALUES (4, 'SD')",
        "INSERT INTO ref_bentuk_pendidikan (bentuk_pendidikan_id, nama, jenjang_pendidikan_id, "
        "tingkat_min, tingkat_max, usia_min, usia_max) VALUES (5, 'SD', 4, 1, 6, 5, 15)",
        "INSERT INTO sekolah (sekolah_id, nama, npsn, bentuk_pendidikan_id, status_sekolah, "
        "is_sks, soft_delete) VALUES ('s-1', 'SD Lama', '20200001', 5, 1, 0, 0)",
    ]
    with engine.begin() as conn:
        for statement in statements:
            conn.execute(text(statement))
    engine.dispose()


def test_opening_an_older_schema_upgrades_it_without_losing_rows(tmp_path):
    path = tmp_path / "old.sqlite"
    _old_database(path)
    db = open_database(path)
    with db.engine.connect() as conn:
        versions = set(conn.execute(text("SELECT version_num FROM alembic_version")).scalars())
        assert versions == migrations.head_revisions()
        assert conn.execute(text("SELECT nama FROM sekolah")).scalar() == "SD Lama"
        # Rows from before the change counter count as unsent.
        assert (
            conn.execute(text("SELECT row_id FROM change_log WHERE table_name='sekolah'")).scalar()
            == "s-1"
        )
    db.close()


def test_a_database_of_the_release_before_the_core_upgrades_with_every_row(tmp_path):
    path = tmp_path / "sebelum-core.sqlite"
    old_releases.restore_sqlite(old_releases.CLIENT, path)
    before = old_releases.every_row(f"sqlite:///{path}")
    assert sum(len(rows) for _columns, rows in before.values()) > 2000

    db = open_database(path)

    with db.engine.connect() as conn:
        assert set(conn.execute(text("SELECT version_num FROM alembic_version")).scalars()) == {
            "0009"
        }
    assert old_releases.every_row(f"sqlite:///{path}") == before
    with db.Session() as session:
        assert "operator2" in {u.username for u in session.scalars(select(Pengguna))}
        assert session.query(PmpResponse).count() == len(before["pmp_response"][1])
    db.close()


@pytest.mark.parametrize(
    "scripts",
    [migrations.alembic_config(), centre_migrations.alembic_config()],
    ids=["client", "centre"],
)
def test_each_migration_history_has_one_head(scripts):
    assert len(ScriptDirectory.from_config(scripts).get_heads()) == 1


def test_models_and_migrations_agree(empty_db):
    with empty_db.engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), migrations.TARGET_METADATA) == []


def _bytes(path):
    return path.read_bytes()


def test_newer_schema_is_refused_and_left_unchanged(small_demo_file, tmp_path):
    path = tmp_path / "newer.sqlite"
    path.write_bytes(small_demo_file[0].read_bytes())
    with sqlite3.connect(path) as conn:
        conn.execute("DELETE FROM alembic_version")
        conn.execute("INSERT INTO alembic_version VALUES ('9999')")
    before = _bytes(path)
    with pytest.raises(DatabaseOpenError, match="lebih baru"):
        open_database(path)
    assert _bytes(path) == before


def test_a_file_that_is_not_a_database_is_refused_and_left_unchanged(tmp_path):
    path = tmp_path / "catatan.sqlite"
    path.write_text("Daftar hadir siswa kelas 5\n")
    with pytest.raises(DatabaseOpenError, match="bukan basis data"):
        open_database(path)
    assert path.read_text() == "Daftar hadir siswa kelas 5\n"


def test_a_locked_database_is_refused(small_demo_file, tmp_path):
    path = tmp_path / "locked.sqlite"
    path.write_bytes(small_demo_file[0].read_bytes())
    holder = sqlite3.connect(path)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(DatabaseOpenError, match="terkunci"):
            open_database(path)
    finally:
        holder.rollback()
        holder.close()


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write to read-only files")
def test_a_read_only_database_is_refused(small_demo_file, tmp_path):
    path = tmp_path / "readonly.sqlite"
    path.write_bytes(small_demo_file[0].read_bytes())
    path.chmod(stat.S_IRUSR)
    with pytest.raises(DatabaseOpenError, match="read-only"):
        open_database(path)


def test_read_only_check_uses_file_permissions(small_demo_file, tmp_path, monkeypatch):
    """The same refusal as above, for machines where tests run as root."""
    path = tmp_path / "readonly.sqlite"
    path.write_bytes(small_demo_file[0].read_bytes())
    real_access = os.access
    monkeypatch.setattr(
        os, "access", lambda p, mode: False if str(p) == str(path) else real_access(p, mode)
    )
    before = _bytes(path)
    with pytest.raises(DatabaseOpenError, match="read-only"):
        open_database(path)
    assert _bytes(path) == before
