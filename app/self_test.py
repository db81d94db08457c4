"""``--self-test``: prove an installed build has everything it needs, then exit.

Run by CI against the PyInstaller bundle, so a missing hidden import, migration
script, translation or resource fails the build instead of an operator's first start.
"""

import tempfile
from pathlib import Path

from .config import resources_dir


def _database() -> str:
    from .db.demo import build_demo
    from .db.engine import open_database
    from .db.summary import has_school

    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "self-test.sqlite")
        with db.engine.begin() as conn:
            build_demo(conn, "small")
        ok = has_school(db)
        db.close()
    if not ok:
        raise RuntimeError("demo school not written")
    return "basis data, migrasi, referensi, sekolah demo"


def _resources() -> str:
    needed = [
        resources_dir() / "referensi" / "ref_wilayah.csv",
        resources_dir() / "translations" / "dapodik_en.qm",
        resources_dir() / "icons" / "dapodik-lokal.png",
    ]
    missing = [str(p) for p in needed if not p.is_file()]
    if missing:
        raise RuntimeError("tidak ada: " + ", ".join(missing))
    return f"sumber daya di {resources_dir()}"


def _keyring() -> str:
    import keyring

    # No usable backend is a fact to report (the app then asks the operator),
    # not a broken build: CI's Linux machine has none.
    return f"keyring: {type(keyring.get_keyring()).__module__}"


def _qt() -> str:
    from .ui.self_check import check_qt

    return check_qt()


CHECKS = (_database, _resources, _keyring, _qt)


def run() -> int:
    failed = 0
    for check in CHECKS:
        try:
            print(f"OK    {check()}")
        except Exception as exc:  # every failure is reported, then the exit code says it
            failed += 1
            print(f"GAGAL {check.__name__.strip('_')}: {exc}")
    return 1 if failed else 0
