"""Processing: per-row results, idempotency, wrong school, corrupt packages."""

import gzip
import hashlib
import os

from server_support import new_id, registrasi, student


def test_one_bad_row_never_blocks_the_rest(two_schools):
    a, b = two_schools
    taken = student("Siswa B", nisn="0151234567")
    sent_b = b.package({"peserta_didik": [taken]})
    b.send(sent_b)
    assert b.wait(sent_b.manifest.package_id)["status"] == "processed"

    good = student("Siswa Baik", nisn="0159999999")
    bad_ref = student("Agama Tak Dikenal", agama_id=77)
    dup = student("NISN Kembar", nisn="0151234567")
    too_long = student("x" * 101)
    rows = {
        "peserta_didik": [good, bad_ref, dup, too_long],
        "registrasi_peserta_didik": [
            registrasi(good["peserta_didik_id"], a.sekolah_id),
            registrasi(good["peserta_didik_id"], b.sekolah_id),  # another school's sekolah_id
            registrasi(new_id(), a.sekolah_id),  # a student nobody has
        ],
    }
    package = a.package(rows)
    a.send(package)
    report = a.wait(package.manifest.package_id, rows="all")
    assert report["status"] == "processed_with_exceptions"
    assert report["summary"] == {"applied": 2, "rejected": 5, "conflict": 0}, [
        (r["table"], r["code"]) for r in report["rows"]
    ]
    codes = {(r["table"], r["row_id"]): r["code"] for r in report["rows"]}
    assert codes[("peserta_didik", good["peserta_didik_id"])] is None
    assert codes[("peserta_didik", bad_ref["peserta_didik_id"])] == "REFERENSI_UNKNOWN"
    assert codes[("peserta_didik", dup["peserta_didik_id"])] == "NISN_DUPLICATE"
    assert codes[("peserta_didik", too_long["peserta_didik_id"])] == "INVALID_VALUE"
    by_code = sorted(
        str(r["code"]) for r in report["rows"] if r["table"] == "registrasi_peserta_didik"
    )
    assert by_code == ["None", "PARENT_UNKNOWN", "ROW_OTHER_SCHOOL"]
    dup_reason = next(r["reason"] for r in report["rows"] if r["code"] == "NISN_DUPLICATE")
    assert "sekolah lain" in dup_reason
    exceptions_only = a.status(package.manifest.package_id)["rows"]
    assert len(exceptions_only) == 5 and all(r["result"] == "rejected" for r in exceptions_only)


def test_a_row_of_another_school_is_rejected(two_schools):
    a, b = two_schools
    mine = student("Milik A")
    sent = a.package({"peserta_didik": [mine]})
    a.send(sent)
    a.wait(sent.manifest.package_id)
    stolen = b.package({"peserta_didik": [{**mine, "nama": "Diubah B"}]})
    b.send(stolen)
    report = b.wait(stolen.manifest.package_id)
    assert report["rows"][0]["code"] == "ROW_OTHER_SCHOOL"
    own = [c for c in a.changes()["changes"] if c["row_id"] == mine["peserta_didik_id"]]
    assert own[0]["row"]["nama"] == "Milik A"


def test_same_package_uploaded_twice_is_applied_once(two_schools):
    a, _ = two_schools
    rows = [student(f"Dua Kali {i}") for i in range(5)]
    package = a.package({"peserta_didik": rows})
    first_location = a.send(package)
    first = a.wait(package.manifest.package_id, rows="all")
    # The client lost the answer and sends the same package again.
    again = a.create(package.size, package.manifest.package_id, package.sha256)
    assert again.status_code == 201
    assert again.headers["Location"] == first_location
    assert again.headers["Upload-Offset"] == str(package.size)
    assert again.headers["Dapodik-Package-Status"] == "processed"
    late_patch = a.patch(first_location, 0, package.path.read_bytes())
    assert late_patch.status_code == 409
    second = a.wait(package.manifest.package_id, rows="all")
    assert second["history"] == first["history"]
    assert len(second["rows"]) == 5
    ids = {r["peserta_didik_id"] for r in rows}
    feed = [c for c in a.changes()["changes"] if c["row_id"] in ids]
    assert len(feed) == 5 and all(c["package_id"] == package.manifest.package_id for c in feed)


def test_package_of_another_school_is_refused(two_schools):
    a, b = two_schools
    forged = a.package({"peserta_didik": [student("Palsu")]}, npsn=b.npsn, sekolah_id=b.sekolah_id)
    a.send(forged)
    report = a.wait(forged.manifest.package_id)
    assert report["status"] == "refused"
    assert "WRONG_SCHOOL" in report["history"][-1]["detail"]
    assert report["history"][-1]["label"] == "Ditolak"


def test_truncated_garbage_and_mismatched_packages_are_corrupt(two_schools):
    a, _ = two_schools
    whole = a.package({"peserta_didik": [student(f"S{i}") for i in range(50)]})
    data = whole.path.read_bytes()
    truncated_id, garbage_id, mismatch_id, not_sqlite_id = (new_id() for _ in range(4))
    a.send_bytes(data[: len(data) // 2], truncated_id)
    a.send_bytes(os.urandom(5000), garbage_id)
    a.send_bytes(data, mismatch_id, sha256=hashlib.sha256(b"lain").hexdigest())
    a.send_bytes(gzip.compress(b"bukan sqlite" * 100), not_sqlite_id)
    details = {}
    for package_id in (truncated_id, garbage_id, mismatch_id, not_sqlite_id):
        report = a.wait(package_id)
        assert report["status"] == "corrupt", report
        details[package_id] = report["history"][-1]["detail"]
    assert details[truncated_id].startswith("BAD_GZIP")
    assert details[garbage_id].startswith("BAD_GZIP")
    assert details[mismatch_id].startswith("CHECKSUM")
    assert details[not_sqlite_id].startswith("BAD_SQLITE")


def test_package_with_unknown_tables_is_refused(two_schools, tmp_path):
    import sqlite3

    a, _ = two_schools
    package = a.package({"peserta_didik": [student("S")]})
    raw = tmp_path / "raw.sqlite"
    raw.write_bytes(gzip.decompress(package.path.read_bytes()))
    with sqlite3.connect(raw) as conn:
        conn.execute("CREATE TABLE pengguna (pengguna_id TEXT, password TEXT)")
    data = gzip.compress(raw.read_bytes())
    a.send_bytes(data, package.manifest.package_id)
    report = a.wait(package.manifest.package_id)
    assert report["status"] == "refused"
    assert "SCHEMA" in report["history"][-1]["detail"]
