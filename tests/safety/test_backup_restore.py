"""Backups are never written from a damaged database and the rotation keeps good
ones; a restore takes only a sound backup of this school, unless asked otherwise."""

import shutil
import sqlite3

import pytest

from app.accounts import users
from app.accounts.demo import ensure_demo_accounts
from app.cli import main as cli_main
from app.db.engine import open_database
from app.db.integrity import DatabaseDamaged
from app.sync import backup
from dapodik.demo.school import build_demo

from .damage import damage_table_page


def _school(path):
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        return conn.execute("SELECT npsn, sekolah_id, nama FROM sekolah").fetchone()


@pytest.fixture
def school_a(small_demo_file, tmp_path):
    """The operator's database: the small demo school with its accounts."""
    path = tmp_path / "sekolah-a" / "dapodik.sqlite"
    path.parent.mkdir()
    shutil.copy(small_demo_file[0], path)
    db = open_database(path)
    ensure_demo_accounts(db)
    db.close()
    return path


@pytest.fixture
def backup_of_b(tmp_path):
    """A genuine backup of another school, as found on a flash drive at a training."""
    path = tmp_path / "flashdisk" / "sekolah-b.sqlite"
    path.parent.mkdir()
    db = open_database(tmp_path / "b.sqlite")
    with db.engine.begin() as conn:
        build_demo(conn, "small", seed=7)
        conn.exec_driver_sql("UPDATE sekolah SET npsn = '20219777', nama = 'SD Negeri Lain 3'")
    db.close()
    backup.backup_database(tmp_path / "b.sqlite", path)
    return path


def test_restoring_another_schools_backup_is_refused_naming_both(school_a, backup_of_b, capsys):
    before = _school(school_a)
    assert cli_main(["restore", str(backup_of_b), "--db", str(school_a)]) == 2
    err = capsys.readouterr().err
    assert "SD Negeri Lain 3 (NPSN 20219777)" in err
    assert f"{before[2]} (NPSN {before[0]})" in err
    assert "--other-school" in err
    assert _school(school_a) == before
    db = open_database(school_a)
    try:
        assert users.login(db, "operator", "demo2026").username == "operator"
    finally:
        db.close()


def test_the_same_npsn_with_another_sekolah_id_is_another_school(school_a, tmp_path, capsys):
    other = tmp_path / "seed-lain.sqlite"
    db = open_database(tmp_path / "seed-lain-db.sqlite")
    with db.engine.begin() as conn:
        build_demo(conn, "small", seed=99)
    db.close()
    backup.backup_database(tmp_path / "seed-lain-db.sqlite", other)
    assert _school(other)[0] == _school(school_a)[0]
    assert cli_main(["restore", str(other), "--db", str(school_a)]) == 2
    assert "sekolah_id" in capsys.readouterr().err


def test_another_school_only_with_the_explicit_option(school_a, backup_of_b, capsys):
    before = _school(school_a)
    argv = ["restore", str(backup_of_b), "--db", str(school_a), "--other-school"]
    assert cli_main(argv) == 0
    assert _school(school_a)[0] == "20219777"
    out = capsys.readouterr().out
    # The automatic safety copy before a restore stays: school A, to undo it.
    safety = out.split("dicadangkan ke ")[1].split("\n")[0]
    assert _school(safety) == before


def test_a_backup_without_a_school_is_refused_over_a_school(school_a, tmp_path, capsys):
    empty = open_database(tmp_path / "kosong.sqlite")
    empty.close()
    out = backup.backup_database(tmp_path / "kosong.sqlite", tmp_path / "kosong-cadangan.sqlite")
    before = _school(school_a)
    assert cli_main(["restore", str(out), "--db", str(school_a)]) == 2
    assert "tidak berisi data sekolah" in capsys.readouterr().err
    assert _school(school_a) == before


def test_a_new_database_takes_any_schools_backup(backup_of_b, tmp_path):
    fresh = tmp_path / "laptop-baru.sqlite"
    open_database(fresh).close()
    assert cli_main(["restore", str(backup_of_b), "--db", str(fresh)]) == 0
    assert _school(fresh)[0] == "20219777"


@pytest.mark.parametrize("spoil", ["damaged page", "truncated"])
def test_a_damaged_or_truncated_backup_is_refused_with_exit_2(school_a, tmp_path, capsys, spoil):
    copy = backup.backup_database(school_a, tmp_path / "cadangan.sqlite")
    if spoil == "truncated":
        copy.write_bytes(copy.read_bytes()[: copy.stat().st_size // 2])
    else:
        damage_table_page(copy)
    before = school_a.read_bytes()
    assert cli_main(["restore", str(copy), "--db", str(school_a)]) == 2
    err = capsys.readouterr().err
    assert "rusak" in err and "Traceback" not in err
    assert school_a.read_bytes() == before


def _auto_backups(path):
    return sorted(backup.backup_folder(path).glob(f"{backup.AUTO_PREFIX}-*.sqlite"))


def test_a_damaged_database_never_enters_the_rotation(school_a):
    for _ in range(backup.KEEP_AUTOMATIC):
        backup.backup_before_pull(school_a)
    good = _auto_backups(school_a)
    damage_table_page(school_a)
    for _ in range(backup.KEEP_AUTOMATIC):
        with pytest.raises(DatabaseDamaged):
            backup.backup_before_pull(school_a)
    assert _auto_backups(school_a) == good
    assert not list(backup.backup_folder(school_a).glob("*.part*"))
    assert backup.newest_good_backup(school_a) == good[-1]


def test_the_rotation_keeps_three_good_backups_whatever_happens(school_a):
    for _ in range(backup.KEEP_AUTOMATIC + 2):
        backup.backup_before_pull(school_a)
    kept = _auto_backups(school_a)
    assert len(kept) == backup.KEEP_AUTOMATIC
    # The disk spoils the newest nine since; the tenth newest is good, and a new one comes.
    for path in kept[1:]:
        damage_table_page(path)
    newest = backup.backup_before_pull(school_a)
    remaining = _auto_backups(school_a)
    good = [p for p in remaining if backup.damage(p, at_rest=True) is None]
    assert newest in good and kept[0] in good
    assert len(remaining) == backup.KEEP_AUTOMATIC + 1  # the oldest good one stays
    for _ in range(2):
        backup.backup_before_pull(school_a)
    good = [p for p in _auto_backups(school_a) if backup.damage(p, at_rest=True) is None]
    assert len(good) >= backup.MIN_GOOD
