import pytest
from sqlalchemy import insert, select, text
from sqlalchemy.exc import IntegrityError

from app.db.pengguna import Pengguna
from dapodik.schema.models import SYNCED_MODELS, Ruang, Sekolah, primary_key_column

COMMON = {"create_date", "last_update", "soft_delete", "last_sync", "updater_id", "server_version"}


@pytest.mark.parametrize("model", [*SYNCED_MODELS, Pengguna], ids=lambda m: m.__tablename__)
def test_every_school_table_has_uuid_key_and_sync_columns(model):
    columns = set(model.__table__.columns.keys())
    assert columns >= COMMON
    pk = model.__table__.c[primary_key_column(model)]
    assert pk.type.length == 36


def test_database_runs_in_wal_mode_with_foreign_keys(empty_db):
    with empty_db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_referensi_is_loaded_on_first_open(empty_db):
    with empty_db.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM ref_agama")).scalar() == 8
        assert (
            conn.execute(text("SELECT count(*) FROM ref_semester WHERE periode_aktif = 1")).scalar()
            == 1
        )


def test_foreign_keys_are_enforced(small_db):
    with pytest.raises(IntegrityError), small_db.engine.begin() as conn:
        sekolah_id = conn.execute(select(Sekolah.sekolah_id)).scalar()
        conn.execute(
            insert(Ruang).values(
                sekolah_id=sekolah_id,
                id_bangunan="no-such-building",
                jenis_prasarana_id=1,
                nama="X",
            )
        )


def test_npsn_is_unique(small_db):
    with pytest.raises(IntegrityError), small_db.engine.begin() as conn:
        npsn = conn.execute(select(Sekolah.npsn)).scalar()
        conn.execute(
            insert(Sekolah).values(
                nama="Kembar", npsn=npsn, bentuk_pendidikan_id=5, status_sekolah=1
            )
        )


def test_required_columns_are_not_null(empty_db):
    with pytest.raises(IntegrityError), empty_db.engine.begin() as conn:
        conn.execute(
            insert(Sekolah).values(nama="Tanpa NPSN", bentuk_pendidikan_id=5, status_sekolah=1)
        )


def test_every_synced_table_has_change_triggers(empty_db):
    with empty_db.engine.connect() as conn:
        triggers = set(
            conn.execute(text("SELECT name FROM sqlite_master WHERE type='trigger'")).scalars()
        )
    for model in SYNCED_MODELS:
        assert f"trg_{model.__tablename__}_change_ins" in triggers
        assert f"trg_{model.__tablename__}_change_upd" in triggers
    assert "trg_pengguna_change_ins" not in triggers
