"""What the server (and an import) refuses, each with a clear reason."""

import json
import zipfile

import pytest
from pmp_support import SMALL_NPSN, manifest_of, members, rebuild, zip_of

from dapodik.pmp.signing import school_signing_key
from dapodik.pmp.verify import MAX_FILE_BYTES, verify_pmp_file


def _verify(content, key):
    return verify_pmp_file(content, signing_key=key, expected_npsn=SMALL_NPSN)


def test_a_sound_file_verifies_from_bytes_and_from_its_path(pmp_file, key):
    assert _verify(pmp_file, key).ok
    checked = _verify(pmp_file.read_bytes(), key)
    assert checked.ok and checked.manifest["npsn"] == SMALL_NPSN
    assert len(checked.responses["responden"]) == 31


def test_a_changed_answer_breaks_the_signature(pmp_file, key):
    parts = members(pmp_file)
    document = json.loads(parts["responses.json"])
    answers = document["responden"][0]["jawaban"]
    first = sorted(answers)[0]
    answers[first] = "1" if answers[first] != "1" else "2"
    tampered = json.dumps(document, ensure_ascii=False, sort_keys=True, indent=1).encode() + b"\n"
    checked = _verify(
        zip_of(
            [
                ("manifest.json", parts["manifest.json"]),
                ("responses.json", tampered),
                ("signature.json", parts["signature.json"]),
            ]
        ),
        key,
    )
    assert checked.code == "bad_signature"
    assert checked.reason.startswith("Tanda tangan berkas tidak cocok")


def test_a_changed_manifest_breaks_the_signature(pmp_file, key):
    parts = members(pmp_file)
    manifest = json.loads(parts["manifest.json"])
    manifest["jumlah_responden"]["guru"] = 15
    content = zip_of(
        [
            ("manifest.json", json.dumps(manifest).encode()),
            ("responses.json", parts["responses.json"]),
            ("signature.json", parts["signature.json"]),
        ]
    )
    assert _verify(content, key).code == "bad_signature"


def test_the_wrong_kode_registrasi_breaks_the_signature(pmp_file):
    wrong = school_signing_key(SMALL_NPSN, "AAAA-BBBB-CCCC")
    assert _verify(pmp_file, wrong).code == "bad_signature"


@pytest.mark.parametrize(
    "content",
    [b"", b"bukan zip sama sekali", b"PK\x03\x04" + b"\x00" * 100],
    ids=["empty", "text", "broken-zip"],
)
def test_not_a_zip(content, key):
    checked = _verify(content, key)
    assert checked.code == "not_zip"
    assert checked.reason.startswith("Berkas bukan berkas PMP: isinya bukan arsip zip")


def test_a_truncated_file(pmp_file, key):
    data = pmp_file.read_bytes()
    assert _verify(data[: len(data) // 2], key).code == "not_zip"


def test_a_zip_bomb_is_refused_without_extracting_it(pmp_file, key):
    parts = members(pmp_file)
    bomb = zip_of(
        [
            ("manifest.json", parts["manifest.json"]),
            ("responses.json", b"\x00" * (64 * 1024 * 1024)),  # 64 MB that zip to ~64 KB
            ("signature.json", parts["signature.json"]),
        ]
    )
    assert len(bomb) < 200_000
    checked = _verify(bomb, key)
    assert checked.code == "zip_bomb"
    assert "responses.json" in checked.reason and "zip bomb" in checked.reason


def test_a_zip_whose_directory_lies_about_sizes_is_still_refused(pmp_file, key):
    parts = members(pmp_file)
    bomb = bytearray(
        zip_of(
            [
                ("manifest.json", parts["manifest.json"]),
                ("signature.json", parts["signature.json"]),
                ("responses.json", b"\x00" * (32 * 1024 * 1024)),
            ]
        )
    )
    # Rewrite the uncompressed size of responses.json in its local header and the
    # central directory to 1 KB: the extraction must not inflate the 32 MB behind it.
    for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        start = bomb.find(signature)
        while start != -1:
            name_at = start + (30 if signature == b"PK\x03\x04" else 46)
            if bomb[name_at : name_at + 14] == b"responses.json":
                bomb[start + offset : start + offset + 4] = (1024).to_bytes(4, "little")
            start = bomb.find(signature, start + 4)
    checked = _verify(bytes(bomb), key)
    # Inflating stops at the declared 1 KB, whose CRC then cannot match.
    assert checked.code == "not_zip"
    assert "CRC" in checked.reason


def test_an_oversized_file_is_refused_before_reading(tmp_path, key):
    big = tmp_path / "besar.pmp"
    with open(big, "wb") as f:
        f.truncate(MAX_FILE_BYTES + 1)
    checked = _verify(big, key)
    assert checked.code == "too_large"
    assert checked.reason == (
        f"Berkas terlalu besar ({MAX_FILE_BYTES + 1} byte); berkas PMP paling besar "
        f"{MAX_FILE_BYTES} byte."
    )
    assert _verify(b"\x00" * (MAX_FILE_BYTES + 1), key).code == "too_large"


def test_another_schools_file(pmp_file, key):
    document = json.loads(members(pmp_file)["responses.json"])
    document["npsn"] = "20250002"
    other_key = school_signing_key("20250002", "KODE-SEKOLAH-LAIN")
    content = rebuild(
        {**manifest_of(pmp_file), "npsn": "20250002"},
        json.dumps(document).encode(),
        other_key,
    )
    checked = _verify(content, key)
    assert checked.code == "other_school"
    assert checked.reason == "Berkas ini milik sekolah lain (NPSN 20250002), bukan NPSN 20219001."
    # Signed with the other school's key, it is that school's sound file.
    assert verify_pmp_file(content, signing_key=other_key, expected_npsn="20250002").ok


def test_an_unknown_instrument_version(pmp_file, key):
    document = json.loads(members(pmp_file)["responses.json"])
    document["versi_instrumen"] = "2019.1"
    content = rebuild(
        {**manifest_of(pmp_file), "versi_instrumen": "2019.1"},
        json.dumps(document).encode(),
        key,
    )
    checked = _verify(content, key)
    assert checked.code == "unknown_version"
    assert checked.reason.startswith("Versi instrumen 2019.1 tidak dikenal")


def test_extra_or_missing_members(pmp_file, key):
    parts = members(pmp_file)
    extra = zip_of([*parts.items(), ("../../etc/passwd", b"x")])
    assert _verify(extra, key).code == "bad_members"
    missing = zip_of([(n, d) for n, d in parts.items() if n != "signature.json"])
    checked = _verify(missing, key)
    assert checked.code == "bad_members"
    assert checked.reason.startswith("Isi berkas tidak sesuai format berkas PMP")


def test_a_broken_manifest(pmp_file, key):
    parts = members(pmp_file)
    content = zip_of([(n, b"{tidak json" if n == "manifest.json" else d) for n, d in parts.items()])
    checked = _verify(content, key)
    assert checked.code == "bad_manifest"
    assert "manifest.json bukan JSON yang sah" in checked.reason


def test_signed_but_incomplete_answers_are_refused(pmp_file, key):
    document = json.loads(members(pmp_file)["responses.json"])
    answers = document["responden"][0]["jawaban"]
    del answers[sorted(answers)[0]]
    manifest = {**manifest_of(pmp_file), "jumlah_jawaban": 31 * 24 - 1}
    checked = _verify(rebuild(manifest, json.dumps(document).encode(), key), key)
    assert checked.code == "bad_responses"
    assert "tidak lengkap" in checked.reason


def test_zip_members_keep_fixed_times(pmp_file):
    with zipfile.ZipFile(pmp_file) as archive:
        assert {info.date_time for info in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}
