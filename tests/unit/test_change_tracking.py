from sqlalchemy import select, update

from app.db.change_tracking import changed_since, current_counter, set_suppressed
from dapodik.schema.models import PesertaDidik, Ruang


def test_demo_rows_are_all_pending(small_db):
    with small_db.Session() as session:
        changed = changed_since(session, 0)
    assert len(changed["peserta_didik"]) == 180
    assert "pengguna" not in changed


def test_update_and_soft_delete_move_the_counter(small_db):
    with small_db.Session() as session:
        start = current_counter(session)
        pd_id = session.scalars(select(PesertaDidik.peserta_didik_id)).first()
        ruang_id = session.scalars(select(Ruang.id_ruang)).first()
        session.execute(
            update(PesertaDidik)
            .where(PesertaDidik.peserta_didik_id == pd_id)
            .values(nama="Siti Baru")
        )
        session.execute(update(Ruang).where(Ruang.id_ruang == ruang_id).values(soft_delete=True))
        session.commit()
        changed = changed_since(session, start)
        assert changed == {"peserta_didik": [pd_id], "ruang": [ruang_id]}
        after = current_counter(session)
        session.execute(
            update(PesertaDidik)
            .where(PesertaDidik.peserta_didik_id == pd_id)
            .values(nama="Siti Lagi")
        )
        session.commit()
        assert current_counter(session) > after
        assert changed_since(session, after) == {"peserta_didik": [pd_id]}


def test_counter_ignores_the_wall_clock(small_db):
    """A laptop clock set back a year changes nothing: order comes from the counter."""
    with small_db.Session() as session:
        start = current_counter(session)
        first, second = session.scalars(select(PesertaDidik).limit(2)).all()
        second.last_update = first.last_update.replace(year=first.last_update.year - 1)
        first.nama = "Pertama Diubah"
        session.flush()
        second.nama = "Kedua Diubah"
        session.commit()
        assert changed_since(session, start)["peserta_didik"] == [
            first.peserta_didik_id,
            second.peserta_didik_id,
        ]


def test_suppressed_changes_are_not_counted(small_db):
    with small_db.Session() as session:
        start = current_counter(session)
        set_suppressed(session, True)
        session.execute(update(PesertaDidik).values(nama="Dari Server"))
        set_suppressed(session, False)
        session.commit()
        assert changed_since(session, start) == {}
