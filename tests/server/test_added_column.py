"""A later release adds a column to a synced table (``added_column.py``): the
centre's database and a school's client database both upgrade to it, and a package
carrying the new field applies at the centre."""

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from server_support import ROOT, DatabaseSlot, ServerProcess, free_port

from tests.sync.sync_support import editable_student, register, server_rows

LATER = (str(Path(__file__).resolve().parent / "added_column.py"),)
# A server of its own: an NPSN apart from next_npsn()'s, whose sequence seeds the demo
# schools of the other modules (their NISNs, which the sync tests need unshared).
NPSN = "40000001"


def _later_app(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, *LATER, "app", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, **(env or {})},
    )


def test_an_added_column_upgrades_both_sides_and_its_field_applies_at_the_centre(backend, tmp_path):
    slot = DatabaseSlot(backend, tmp_path)
    today = ServerProcess(slot.url, tmp_path / "data").start()
    try:
        school = register(today, tmp_path / "client", npsn=NPSN)
        student = editable_student(school, today)
    finally:
        school.db.close()
        today.stop()
    students = server_rows(today, "SELECT COUNT(*) FROM peserta_didik")
    later = ServerProcess(slot.url, tmp_path / "data", program=(*LATER, "server"))
    try:
        refused = later.admin("--port", str(free_port()), check=False)
        assert refused.returncode == 1 and "python -m server db upgrade" in refused.stderr
        assert "→ pusat_tambah_hobi" in later.admin("db", "upgrade").stdout
        assert server_rows(later, "SELECT COUNT(*) FROM peserta_didik") == students
        later.start()

        # The later client opens the school's database and upgrades it first.
        assert _later_app("sync", "--db", str(school.db.path), "--status").returncode == 0
        with sqlite3.connect(school.db.path) as conn:
            assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [
                ("tambah_hobi_klien",)
            ]
            conn.execute(
                "UPDATE peserta_didik SET hobi = 'Pencak silat' WHERE peserta_didik_id = ?",
                (student,),
            )
        conn.close()
        synced = _later_app(
            *("sync", "--db", str(school.db.path), "--server", later.base),
            *("--token", school.token, "--confirm-all"),
            env={"DAPODIK_KODE_REGISTRASI": school.kode},
        )
        assert synced.returncode == 0, synced.stdout + synced.stderr
        assert "Berhasil diproses" in synced.stdout
        assert server_rows(
            later, "SELECT hobi FROM peserta_didik WHERE peserta_didik_id = :id", id=student
        ) == [("Pencak silat",)]
    finally:
        later.stop()
        slot.drop()
