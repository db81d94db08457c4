import logging
import os
import re
import sys
import tempfile
from pathlib import Path

import keyring
import pytest

from app.cli import main
from app.logs import redact, setup_logging
from app.sync import local_server


def test_secrets_and_nik_never_reach_the_log(isolated_user_dirs):
    path = setup_logging()
    logging.getLogger("app.test").info(
        "register npsn=20219001 kode_registrasi=K0DE-RAHASIA token=abc123 "
        "Authorization: Bearer tok.en-value NIK 3273031605102704 password: rahasia"
    )
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = path.read_text(encoding="utf-8")
    for secret in ("K0DE-RAHASIA", "abc123", "tok.en-value", "3273031605102704", "rahasia"):
        assert secret not in text
    assert "npsn=20219001" in text and "3273************" in text
    assert str(path).startswith(str(isolated_user_dirs))


def test_redaction_keeps_short_numbers():
    assert redact("NISN 0100002705, 180 siswa") == "NISN 0100002705, 180 siswa"


@pytest.fixture
def own_temp_dir(tmp_path, monkeypatch):
    """The self-test's temporary folders land here, where the test can look."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def _left_alone(user_data, temp: Path, backend) -> None:
    """Nothing of the operator's was used, and nothing of the run is left behind."""
    assert os.environ["DAPODIK_DATA_DIR"] == str(user_data) and not user_data.exists()
    assert keyring.get_keyring() is backend
    assert list(temp.iterdir()) == []


def test_self_test_passes_from_the_source_tree(capsys, isolated_user_dirs, own_temp_dir):
    backend = keyring.get_keyring()
    assert main(["--self-test"]) == 0
    out = capsys.readouterr().out
    assert out.count("OK ") == 7 and "GAGAL" not in out
    # The demo's round trip with the local reference server, each step reported.
    assert "sekolah demo terdaftar" in out
    assert re.search(r"OK    sinkronisasi: \d+ byte, Berhasil diproses, \d+ baris ditarik", out)
    assert "OK    server referensi dihentikan, folder sementara dihapus" in out
    _left_alone(isolated_user_dirs, own_temp_dir, backend)


def test_a_server_that_cannot_start_fails_the_self_test(
    capsys, isolated_user_dirs, own_temp_dir, monkeypatch
):
    def broken(*_args):
        return [sys.executable, "-c", "import sys; sys.exit('server rusak')"]

    monkeypatch.setattr(local_server, "reference_server_command", broken)
    backend = keyring.get_keyring()
    assert main(["--self-test"]) == 1
    out = capsys.readouterr().out
    assert "GAGAL reference_server: Server referensi tidak dapat disiapkan: server rusak" in out
    assert out.count("OK ") == 4
    _left_alone(isolated_user_dirs, own_temp_dir, backend)
