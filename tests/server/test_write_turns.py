"""The centre's SQLite writers take their turns in the order they asked: a writer
that commits and begins again at once (the worker between two batches of a big
package) never starves a request that waits behind it."""

import threading
import time

import pytest
from sqlalchemy import text

from server.database import DatabaseBusy, open_database

BUSY_TIMEOUT = 1.0


@pytest.fixture
def db(tmp_path):
    database = open_database(f"sqlite:///{tmp_path / 'pusat.sqlite'}", BUSY_TIMEOUT)
    with database.write() as conn:
        conn.execute(text("CREATE TABLE catatan (siapa TEXT)"))
    yield database
    database.dispose()


def _back_to_back(db, stop: threading.Event) -> None:
    while not stop.is_set():
        with db.write() as conn:
            conn.execute(text("INSERT INTO catatan VALUES ('pekerja')"))
            time.sleep(0.05)


def test_a_request_gets_its_turn_between_back_to_back_transactions(db):
    stop = threading.Event()
    worker = threading.Thread(target=_back_to_back, args=(db, stop))
    worker.start()
    try:
        time.sleep(0.2)
        started = time.monotonic()
        with db.write() as conn:
            conn.execute(text("INSERT INTO catatan VALUES ('permintaan')"))
        waited = time.monotonic() - started
    finally:
        stop.set()
        worker.join()
    assert waited < 0.5


def test_no_turn_within_the_busy_timeout_is_database_busy(db):
    held, release = threading.Event(), threading.Event()

    def hold() -> None:
        with db.write():
            held.set()
            release.wait()

    holder = threading.Thread(target=hold)
    holder.start()
    held.wait()
    started = time.monotonic()
    try:
        with pytest.raises(DatabaseBusy), db.write():
            pass
    finally:
        release.set()
        holder.join()
    assert BUSY_TIMEOUT <= time.monotonic() - started < BUSY_TIMEOUT + 0.5
