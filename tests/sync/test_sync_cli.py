"""The headless commands: sync --confirm-all, sync --status, sync --export-log, backup,
restore."""

import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy import select

from dapodik.schema.models import PesertaDidik
from tests.sync.sync_support import editable_student, pending

ROOT = Path(__file__).resolve().parents[2]


def _app(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=180,
        env={**os.environ, **(env or {})},
    )


def test_sync_confirm_all_as_the_principal_then_status(installation, sync_server):
    db = installation.db
    row_id = editable_student(installation, sync_server)
    with db.Session() as session:
        session.get(PesertaDidik, row_id).alamat_jalan = "Jl. Baris Perintah 7"
        session.commit()
    env = {"DAPODIK_KODE_REGISTRASI": installation.kode}

    done = _app(
        "sync", "--db", str(db.path), "--token", installation.token, "--confirm-all", env=env
    )

    assert done.returncode == 0, done.stdout + done.stderr
    for section in ("Sekolah", "GTK", "Pembelajaran", "Peserta Didik", "Sarana dan Prasarana"):
        assert f"== {section} ==" in done.stdout
    assert "Persetujuan Pengiriman Data" in done.stdout
    assert "Berhasil diproses" in done.stdout
    assert "Sinkronisasi selesai." in done.stdout
    assert pending(db) == {}

    status = _app("sync", "--db", str(db.path), "--status")
    assert status.returncode == 0
    assert ": done" in status.stdout and "peserta_didik: created 0, updated 1" in status.stdout

    exported = _app("sync", "--db", str(db.path), "--export-log", str(db.path.with_suffix(".xlsx")))
    assert exported.returncode == 0, exported.stderr
    assert exported.stdout.startswith("1 sinkronisasi diekspor ke ")
    assert db.path.with_suffix(".xlsx").read_bytes()[:2] == b"PK"


def test_sync_refuses_a_wrong_kode_registrasi(installation):
    env = {"DAPODIK_KODE_REGISTRASI": "SALAH-SALAH-SALAH"}
    args = ("sync", "--db", str(installation.db.path), "--token", installation.token)
    done = _app(*args, "--confirm-all", env=env)
    assert done.returncode == 2
    assert "Kode Registrasi salah" in done.stderr


def test_sync_without_confirm_all_is_a_usage_error(installation):
    done = _app("sync", "--db", str(installation.db.path), "--token", installation.token)
    assert done.returncode == 2 and "--confirm-all" in done.stderr


def test_backup_and_restore(small_db, tmp_path):
    out = tmp_path / "cadangan.sqlite"
    assert _app("backup", "--db", str(small_db.path), "--out", str(out)).returncode == 0
    with small_db.Session() as session:
        first = session.scalars(select(PesertaDidik).order_by(PesertaDidik.nama)).first()
        original, first.nama = first.nama, "Diubah Setelah Cadangan"
        session.commit()
        row_id = first.peserta_didik_id
    small_db.close()

    restored = _app("restore", str(out), "--db", str(small_db.path))

    assert restored.returncode == 0, restored.stderr
    assert "dicadangkan ke" in restored.stdout
    with small_db.Session() as session:
        assert session.get(PesertaDidik, row_id).nama == original


def test_restore_refuses_a_file_that_is_no_backup(small_db, tmp_path):
    bogus = tmp_path / "bukan.sqlite"
    bogus.write_bytes(b"bukan basis data")
    done = _app("restore", str(bogus), "--db", str(small_db.path))
    assert done.returncode == 2 and "bukan cadangan" in done.stderr
