"""A client process the fault tests kill: it syncs and SIGKILLs itself at a chosen point.

    python tests/sync/crash_client.py DB BASE_URL TOKEN upload FRACTION
    python tests/sync/crash_client.py DB BASE_URL TOKEN pull PAGE

``upload``: killed once the upload has passed FRACTION of the package.
``pull``: killed inside the transaction of feed page PAGE, after some of its rows
were written and before the page commits.
"""

import os
import signal
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from app.db.engine import open_database  # noqa: E402
from app.sync import pull  # noqa: E402
from app.sync.run import STEP_UPLOAD, run_sync  # noqa: E402
from app.sync.server_api import ServerApi  # noqa: E402
from app.sync.tus import RetryPolicy  # noqa: E402


def die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def kill_inside_page(page: int) -> None:
    original = pull.apply_page
    pages = {"n": 0}

    def dying_upsert(session, table, rows):
        real_upsert(session, table, rows)
        if pages["n"] == page and rows:
            session.flush()
            die()

    def counting_apply(session, data):
        pages["n"] += 1
        return original(session, data)

    real_upsert = pull._upsert
    pull._upsert = dying_upsert
    pull.apply_page = counting_apply
    # run.py imported apply_page by name; point it at the counting one.
    import app.sync.run as run_module

    run_module.apply_page = counting_apply


def main() -> None:
    db_path, base_url, token, mode, value = sys.argv[1:6]
    db = open_database(db_path)
    api = ServerApi(
        base_url,
        token,
        chunk_size=16 * 1024,
        max_chunk_size=None,
        retry=RetryPolicy(attempts=8, base_delay=0.05),
    )
    if mode == "pull":
        kill_inside_page(int(value))
    for event in run_sync(db, api, user_id=None, poll_interval=0.1):
        print(event.step, event.text, flush=True)
        if mode == "upload" and event.step == STEP_UPLOAD and event.fraction >= float(value):
            die()


if __name__ == "__main__":
    main()
