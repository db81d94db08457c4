"""``python -m app cetak``: exit 0 written, 1 nothing to print (with the reason),
2 a usage or file error; the file is left alone when nothing was written."""

import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import EXIT_OK, EXIT_PROBLEM, EXIT_USAGE, main

ROOT = Path(__file__).resolve().parents[2]


def test_written_says_what_and_how_many_pages(qapp, small_db, tmp_path, capsys):
    out = tmp_path / "daftar.pdf"
    assert main(["cetak", "daftar-pd", "--db", str(small_db.path), "--out", str(out)]) == EXIT_OK
    assert f"Daftar Peserta Didik ditulis ke {out}: 6 halaman A4." in capsys.readouterr().out
    assert out.read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize(
    ("args", "reason"),
    [
        (("formulir-pd", "--nisn", "0000000000"), "(0000000000) tidak ada"),
        (("formulir-gtk", "--id", "tidak-ada"), "(tidak-ada) tidak ada"),
        (("daftar-pd", "--rombel", "Kelas 9"), "Rombel Kelas 9 tidak ada pada semester aktif"),
        (("hasil-validasi",), "Validasi Lokal belum pernah dijalankan"),
    ],
)
def test_nothing_to_print_exits_1_with_the_reason(cetak, small_db, args, reason):
    code, pdf, err = cetak(small_db, *args)
    assert code == EXIT_PROBLEM
    assert reason in err
    assert not pdf.exists()


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (("formulir-pd",), "beri --id atau --nisn"),
        (("formulir-gtk", "--nisn", "0170000161"), "beri --id"),
        (("profil-sekolah", "--rombel", "Kelas 1"), "--rombel hanya untuk"),
        (("daftar-pd", "--bulan", "2026-12"), "--bulan hanya untuk absensi"),
    ],
)
def test_options_that_do_not_fit_the_printout_exit_2(cetak, small_db, args, says):
    code, pdf, err = cetak(small_db, *args)
    assert code == EXIT_USAGE
    assert says in err
    assert not pdf.exists()


def test_unknown_jenis_and_bad_month_are_usage_errors(small_db, tmp_path):
    for args in (["surat-sakti"], ["absensi", "--bulan", "Desember"]):
        with pytest.raises(SystemExit) as exit_:
            main(["cetak", *args, "--db", str(small_db.path), "--out", str(tmp_path / "x.pdf")])
        assert exit_.value.code == EXIT_USAGE


def test_a_file_that_cannot_be_written_exits_2(qapp, small_db, tmp_path, capsys):
    out = tmp_path / "no-such-folder" / "profil.pdf"
    code = main(["cetak", "profil-sekolah", "--db", str(small_db.path), "--out", str(out)])
    assert code == EXIT_USAGE
    assert f"Berkas {out} tidak dapat ditulis" in capsys.readouterr().err


def test_a_missing_database_exits_2(tmp_path, capsys):
    missing = tmp_path / "tidak-ada.sqlite"
    code = main(["cetak", "profil-sekolah", "--db", str(missing), "--out", str(tmp_path / "p.pdf")])
    assert code == EXIT_USAGE
    assert "tidak ada" in capsys.readouterr().err
    assert not missing.exists()


def test_command_runs_without_a_screen(small_demo_file, tmp_path):
    """As a script or district IT would run it: a process of its own, no display."""
    out = tmp_path / "profil.pdf"
    done = subprocess.run(
        [sys.executable, "-m", "app", "cetak", "profil-sekolah"]
        + ["--db", str(small_demo_file[0]), "--out", str(out), "--kertas", "f4"],
        cwd=ROOT,
        env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
        capture_output=True,
        text=True,
    )
    assert done.returncode == EXIT_OK, done.stderr
    assert "Profil Sekolah ditulis ke" in done.stdout and "halaman F4" in done.stdout
    assert out.read_bytes().startswith(b"%PDF")
