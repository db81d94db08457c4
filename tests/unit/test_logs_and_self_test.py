import logging

from app.cli import main
from app.logs import redact, setup_logging


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


def test_self_test_passes_from_the_source_tree(capsys):
    assert main(["--self-test"]) == 0
    out = capsys.readouterr().out
    assert out.count("OK ") == 4 and "GAGAL" not in out
