"""The offline file: name, content, determinism, atomic writing, import back,
and the export-pmp command."""

import json
import os
import shutil
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
from pmp_support import CREATED, SMALL_NPSN, manifest_of, members, rebuild
from sqlalchemy import update

from app.accounts import kode as account_kode
from app.accounts.demo import DEMO_KODE_REGISTRASI
from app.accounts.errors import WrongKode
from app.db.engine import open_database
from app.db.pmp_responses import PmpRespondent
from app.i18n import UserError
from app.pmp import demo, package, respondents
from dapodik.pmp import instruments
from dapodik.pmp.signing import school_signing_key
from dapodik.pmp.verify import verify_pmp_file
from dapodik.schema.models import Sekolah

ROOT = Path(__file__).resolve().parents[2]


def test_the_file_is_named_after_the_npsn_and_time_and_verifies(pmp_file, key):
    assert pmp_file.name == f"PMP_{SMALL_NPSN}_20261123-103005.pmp"
    assert list(members(pmp_file)) == ["manifest.json", "responses.json", "signature.json"]
    manifest = manifest_of(pmp_file)
    assert manifest["npsn"] == SMALL_NPSN
    assert manifest["versi_instrumen"] == instruments.CURRENT_VERSION
    assert manifest["versi_aplikasi"]
    assert manifest["dibuat"].startswith("2026-11-23T10:30:05")
    assert manifest["jumlah_responden"] == {
        "kepala_sekolah": 1,
        "guru": 8,
        "peserta_didik": 18,
        "komite_sekolah": 3,
        "pengawas": 1,
    }
    assert manifest["jumlah_jawaban"] == 31 * 24
    checked = verify_pmp_file(pmp_file, signing_key=key, expected_npsn=SMALL_NPSN)
    assert checked.ok, checked.reason
    assert checked.reason == f"Berkas PMP sah: NPSN {SMALL_NPSN}, instrumen 2026.1, 31 responden."


def test_the_same_data_gives_the_same_responses_content(filled_db, tmp_path):
    paths = []
    for minute in (1, 2):
        with filled_db.Session() as session:
            paths.append(
                package.export(session, tmp_path, None, datetime(2026, 11, 23, 11, minute))
            )
            session.commit()
    first, second = (members(p) for p in paths)
    assert first["responses.json"] == second["responses.json"]
    assert first["manifest.json"] != second["manifest.json"]  # only the creation time differs
    a, b = (json.loads(m["manifest.json"]) for m in (first, second))
    assert {k: v for k, v in a.items() if k != "dibuat"} == {
        k: v for k, v in b.items() if k != "dibuat"
    }


def test_responses_hold_every_answer_as_given(filled_db, pmp_file, iset):
    document = json.loads(members(pmp_file)["responses.json"])
    with filled_db.Session() as session:
        done = respondents.completeness(session, iset)
        stored = respondents.valid_answers(
            session, iset, [session.get(PmpRespondent, r.respondent_id) for r in done.respondents]
        )
    by_kunci = {r.kunci: r.respondent_id for r in done.respondents}
    assert len(document["responden"]) == 31
    for entry in document["responden"]:
        assert entry["jawaban"] == stored[by_kunci[entry["kunci"]]]


def test_an_incomplete_school_writes_nothing(small_db, tmp_path):
    with small_db.Session() as session, pytest.raises(package.Incomplete) as refused:
        package.export(session, tmp_path, None)
    assert len(refused.value.completeness.refusals()) == 29
    assert list(tmp_path.glob("*.pmp*")) == []


def test_writing_is_atomic(filled_db, tmp_path, monkeypatch):
    out = tmp_path / "keluar"
    out.mkdir()

    def disk_full(_src, _dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    with filled_db.Session() as session, pytest.raises(UserError, match="No space"):
        package.export(session, out, None, CREATED)
    assert list(out.iterdir()) == []  # neither a half file nor the temporary one


def test_a_real_school_needs_its_kode_registrasi(filled_db, tmp_path):
    with filled_db.Session() as session:
        session.execute(update(Sekolah).values(npsn="20999999"))
        with pytest.raises(UserError, match="Kode Registrasi"):
            package.export(session, tmp_path, None)
        path = package.export(session, tmp_path, "abcd-efgh-jkmn")
    real_key = school_signing_key("20999999", "ABCDEFGHJKMN")
    assert verify_pmp_file(path, signing_key=real_key, expected_npsn="20999999").ok


def test_a_wrong_kode_is_refused_when_the_laptop_knows_the_right_one(filled_db, tmp_path):
    with filled_db.Session() as session:
        account_kode.store(session, "ABCD-EFGH-JKMN")
        session.commit()
    with filled_db.Session() as session, pytest.raises(WrongKode):
        package.export(session, tmp_path, "ABCD-EFGH-XXXX")
    assert list(tmp_path.glob("*.pmp")) == []
    with filled_db.Session() as session:
        path = package.export(session, tmp_path, "abcd-efgh-jkmn")
    key = school_signing_key(SMALL_NPSN, "ABCD-EFGH-JKMN")
    assert verify_pmp_file(path, signing_key=key, expected_npsn=SMALL_NPSN).ok


def test_import_back_on_another_laptop(pmp_file, small_demo_file, tmp_path, iset):
    other = tmp_path / "laptop2.sqlite"
    shutil.copy(small_demo_file[0], other)
    db = open_database(other)
    try:
        with db.Session() as session:
            preview = package.preview_import(session, pmp_file, None)
            assert (preview.new_respondents, preview.new_answers) == (31, 31 * 24)
            assert preview.changed_answers == preview.unchanged_answers == 0
            assert package.apply_import(session, preview) == 31 * 24
            session.commit()
        with db.Session() as session:
            assert respondents.completeness(session, iset).complete
            again = package.preview_import(session, pmp_file, None)
        assert (again.new_respondents, again.new_answers, again.unchanged_answers) == (0, 0, 744)
    finally:
        db.close()


def test_import_refuses_another_schools_file(small_db, pmp_file, key, tmp_path):
    manifest = manifest_of(pmp_file)
    responses = members(pmp_file)["responses.json"]
    document = json.loads(responses)
    document["npsn"] = "20250002"
    other_key = school_signing_key("20250002", DEMO_KODE_REGISTRASI)
    foreign = tmp_path / "PMP_20250002_20261123-103005.pmp"
    foreign.write_bytes(
        rebuild({**manifest, "npsn": "20250002"}, package.canonical_json(document), other_key)
    )
    with small_db.Session() as session, pytest.raises(package.ImportRefused) as refused:
        package.preview_import(session, foreign, None)
    assert refused.value.verification.code == "other_school"
    assert str(refused.value) == (
        "Berkas ini milik sekolah lain (NPSN 20250002), bukan NPSN 20219001."
    )


def _cli(*args, env=None):
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=120,
    )


def test_export_pmp_command(small_db, tmp_path):
    path = small_db.path
    small_db.close()
    out = tmp_path / "keluar"
    out.mkdir()
    refused = _cli("export-pmp", "--db", str(path), "--out", str(out))
    assert refused.returncode == 1
    assert "Kirim Offline ditolak" in refused.stderr
    assert "Pengawas: 1 responden belum ditambahkan (paling sedikit 1)" in refused.stderr
    assert refused.stderr.count("pertanyaan belum dijawab") == 27
    assert list(out.iterdir()) == []

    db = open_database(path)
    with db.Session() as session:
        demo.fill_demo_responses(session)
        session.commit()
    db.close()
    written = _cli("--db", str(path), "export-pmp", "--out", str(out))
    assert written.returncode == 0, written.stderr
    file = Path(written.stdout.strip())
    assert file.parent == out and file.name.startswith(f"PMP_{SMALL_NPSN}_") and file.is_file()

    missing = _cli("export-pmp", "--db", str(tmp_path / "tidak-ada.sqlite"), "--out", str(out))
    assert missing.returncode == 2 and "tidak ada" in missing.stderr
