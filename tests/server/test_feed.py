"""The changes feed: the school's own rows, Verval, Manajemen and referensi changes,
in pages after a server-side cursor; and conflicts with a stale edit."""

import pytest
from server_support import registrasi, student


@pytest.fixture(scope="module")
def school(server, tmp_path_factory):
    from server_support import SchoolClient, next_npsn

    npsn = next_npsn()
    return SchoolClient(server, npsn, server.add_school(npsn), tmp_path_factory.mktemp("w"))


def _entry(client, table, row_id, since=0):
    matches = [
        c for c in client.changes(since)["changes"] if c["table"] == table and c["row_id"] == row_id
    ]
    return matches[0] if matches else None


def test_own_accepted_rows_come_back_marked_as_own(school):
    pd = student("Siswa Sendiri", nisn="0141111111")
    package = school.package(
        {
            "peserta_didik": [pd],
            "registrasi_peserta_didik": [registrasi(pd["peserta_didik_id"], school.sekolah_id)],
        }
    )
    school.send(package)
    school.wait(package.manifest.package_id)
    entry = _entry(school, "peserta_didik", pd["peserta_didik_id"])
    assert entry["own"] is True and entry["source"] == "package"
    assert entry["package_id"] == package.manifest.package_id
    assert entry["row"]["server_version"] == entry["seq"]
    assert entry["row"]["tanggal_lahir"] == "2015-03-14"


def test_verval_and_manajemen_edits_appear_in_the_feed(server, school):
    pd = student("Nama Salah", nisn="0142222222")
    package = school.package({"peserta_didik": [pd]})
    school.send(package)
    school.wait(package.manifest.package_id)
    cursor = school.changes()["next_cursor"]

    server.admin(
        "verval",
        "pd",
        "--peserta-didik-id",
        pd["peserta_didik_id"],
        "--nisn",
        "0143333333",
        "--nama",
        "Nama Benar",
    )
    entry = _entry(school, "peserta_didik", pd["peserta_didik_id"], cursor)
    assert entry["source"] == "verval" and entry["own"] is False
    assert (entry["row"]["nisn"], entry["row"]["nama"]) == ("0143333333", "Nama Benar")
    assert entry["seq"] > cursor

    server.admin(
        "manajemen",
        "edit",
        "sekolah",
        school.sekolah_id,
        "nomor_telepon=0274555",
        "status_sekolah=2",
    )
    entry = _entry(school, "sekolah", school.sekolah_id, cursor)
    assert entry["source"] == "manajemen"
    assert (entry["row"]["nomor_telepon"], entry["row"]["status_sekolah"]) == ("0274555", 2)

    refused = server.admin(
        "manajemen", "edit", "sekolah", school.sekolah_id, "tidak_ada=1", check=False
    )
    assert refused.returncode == 1 and "tidak valid" in refused.stderr


def test_a_stale_edit_keeps_the_verified_fields(server, school):
    pd = student("Asli", nisn="0144444444")
    first = school.package({"peserta_didik": [pd]})
    school.send(first)
    school.wait(first.manifest.package_id)
    version = _entry(school, "peserta_didik", pd["peserta_didik_id"])["seq"]
    server.admin(
        "verval", "pd", "--peserta-didik-id", pd["peserta_didik_id"], "--nisn", "0145555555"
    )
    # The school edits the row based on the version before Verval.
    stale = school.package(
        {
            "peserta_didik": [
                {**pd, "nisn": "0144444444", "email": "a@b.id", "server_version": version}
            ]
        }
    )
    school.send(stale)
    report = school.wait(stale.manifest.package_id)
    assert report["status"] == "processed_with_exceptions"
    assert report["summary"]["conflict"] == 1
    assert report["rows"][0]["code"] == "SERVER_OWNED" and "nisn" in report["rows"][0]["reason"]
    row = _entry(school, "peserta_didik", pd["peserta_didik_id"])["row"]
    assert (row["nisn"], row["email"]) == ("0145555555", "a@b.id")


def test_referensi_load_reaches_every_school(server, school, tmp_path):
    csv = tmp_path / "ref_agama.csv"
    csv.write_text("agama_id,nama,expired_date\n1,Islam,\n8,Kepercayaan Baru,\n", encoding="utf-8")
    cursor = school.changes()["next_cursor"]
    out = server.admin("referensi", "load", str(csv)).stdout
    assert out.startswith("1 ")  # only the new code changed
    entry = _entry(school, "ref_agama", "8", cursor)
    assert entry["source"] == "referensi" and entry["row"]["nama"] == "Kepercayaan Baru"


def test_feed_pages_follow_the_cursor(school):
    package = school.package({"peserta_didik": [student(f"Hal {i}") for i in range(25)]})
    school.send(package)
    school.wait(package.manifest.package_id)
    seen, cursor, pages = [], 0, 0
    while True:
        page = school.changes(cursor, limit=10)
        seen += [c["seq"] for c in page["changes"]]
        cursor, pages = page["next_cursor"], pages + 1
        if not page["has_more"]:
            break
    assert seen == sorted(seen) and len(seen) == len(set(seen)) >= 25
    assert pages >= 3
    assert school.changes(cursor)["changes"] == []
