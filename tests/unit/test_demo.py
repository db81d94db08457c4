"""The demo generator: sizes, determinism, and that each documented mistake is
really there and the rest of the school keeps the module's guarantees."""

import sqlite3
from collections import Counter, defaultdict

import pytest
from sqlalchemy import text

from app.db.engine import open_database
from dapodik.demo.school import build_demo


def _dump(path) -> list[str]:
    with sqlite3.connect(path) as conn:
        return list(conn.iterdump())


def _build(tmp_path, name, **kwargs):
    path = tmp_path / name
    db = open_database(path)
    with db.engine.begin() as conn:
        report = build_demo(conn, **kwargs)
    db.close()
    return path, report


def test_small_school_sizes(small_demo_file):
    _, report = small_demo_file
    assert report.counts["peserta_didik"] == 180
    assert report.counts["ptk"] == 12
    assert report.counts["rombongan_belajar"] == 6


def test_large_school_sizes(large_demo_file):
    _, report = large_demo_file
    counts = report.counts
    assert counts["peserta_didik"] == 3000
    assert counts["ptk"] == 150
    assert 95 <= counts["rombongan_belajar"] <= 105
    assert 40_000 <= counts["nilai"] <= 50_000
    assert counts["jadwal"] > 4000 and counts["ruang"] > 100


def test_same_seed_same_database(tmp_path):
    first, _ = _build(tmp_path, "a.sqlite", size="small")
    second, _ = _build(tmp_path, "b.sqlite", size="small")
    third, _ = _build(tmp_path, "c.sqlite", size="small", seed=7)
    assert _dump(first) == _dump(second)
    assert _dump(first) != _dump(third)


def test_valid_variant_is_the_same_school_without_the_mistakes(tmp_path, small_demo_file):
    valid_path, valid = _build(tmp_path, "valid.sqlite", size="small", valid=True)
    assert valid.deliberate == []
    assert valid.sekolah_id == small_demo_file[1].sekolah_id
    assert valid.counts["peserta_didik"] == small_demo_file[1].counts["peserta_didik"]


def _query(path, sql, *params):
    with sqlite3.connect(path) as conn:
        return conn.execute(sql, params).fetchall()


def _ids(report, code):
    return {i.row_id for i in report.deliberate if i.code == code}


JTM_SQL = """
SELECT p.ptk_id,
  COALESCE((SELECT SUM(pb.jam_mengajar_per_minggu) FROM pembelajaran pb
            JOIN ptk_terdaftar t ON t.ptk_terdaftar_id = pb.ptk_terdaftar_id
            WHERE t.ptk_id = p.ptk_id), 0)
  + COALESCE((SELECT SUM(jumlah_jam) FROM tugas_tambahan tt WHERE tt.ptk_id = p.ptk_id), 0)
FROM ptk p JOIN ptk_terdaftar t ON t.ptk_id = p.ptk_id
JOIN ref_jenis_ptk j ON j.jenis_ptk_id = t.jenis_ptk_id WHERE j.guru = 1
"""

CLASH_SQL = """
SELECT a.jadwal_id, b.jadwal_id FROM jadwal a
JOIN pembelajaran pa ON pa.pembelajaran_id = a.pembelajaran_id
JOIN jadwal b ON a.hari = b.hari AND a.bel_ke = b.bel_ke AND a.jadwal_id < b.jadwal_id
JOIN pembelajaran pb ON pb.pembelajaran_id = b.pembelajaran_id
WHERE pa.ptk_terdaftar_id = pb.ptk_terdaftar_id OR a.id_ruang = b.id_ruang
"""


@pytest.mark.parametrize("fixture", ["small_demo_file", "large_demo_file"])
def test_each_documented_mistake_is_in_the_data(fixture, request):
    path, report = request.getfixturevalue(fixture)
    copies = 1 if fixture == "small_demo_file" else 3
    per_code = Counter(i.code for i in report.deliberate)
    assert per_code["PD-NISN-02"] == 2 * copies and per_code["JD-BENTROK-01"] == 2 * copies
    assert all(n in (copies, 2 * copies) for n in per_code.values())
    students = {
        r[0]: r
        for r in _query(
            path,
            "SELECT peserta_didik_id, nik, nisn, nama, nama_ibu_kandung FROM peserta_didik",
        )
    }
    assert all(len(students[i][1]) == 15 for i in _ids(report, "PD-NIK-01"))
    assert all(len(students[i][2]) == 9 for i in _ids(report, "PD-NISN-01"))
    assert all("@" in students[i][3] for i in _ids(report, "PD-NAMA-01"))
    assert all(students[i][4] == "IBU" for i in _ids(report, "PD-IBU-01"))
    assert len({students[i][2] for i in _ids(report, "PD-NISN-02")}) == copies
    in_rombel = Counter(r[0] for r in _query(path, "SELECT peserta_didik_id FROM anggota_rombel"))
    assert all(in_rombel[i] == 0 for i in _ids(report, "PD-ROMBEL-01"))
    assert all(in_rombel[i] == 2 for i in _ids(report, "PD-ROMBEL-02"))
    assert [i for i, n in in_rombel.items() if n != 1] == sorted(
        _ids(report, "PD-ROMBEL-02"), key=list(in_rombel).index
    )
    clashes = {j for pair in _query(path, CLASH_SQL) for j in pair}
    assert clashes == _ids(report, "JD-BENTROK-01")
    jtm = dict(_query(path, JTM_SQL))
    assert {p for p, hours in jtm.items() if hours < 24} == _ids(report, "PTK-JTM-01")
    assert all(
        r[0] is None
        for r in _query(
            path,
            f"SELECT id_bangunan FROM ruang WHERE id_ruang IN ({','.join('?' * copies)})",
            *_ids(report, "SP-RUANG-01"),
        )
    )
    walis = dict(_query(path, "SELECT rombongan_belajar_id, ptk_id FROM rombongan_belajar"))
    assert {r for r, w in walis.items() if w is None} == _ids(report, "RB-WALI-01")
    out_of_range = {
        r[0]
        for r in _query(
            path,
            "SELECT nilai_id FROM nilai WHERE nilai_pengetahuan > 100 OR nilai_keterampilan > 100",
        )
    }
    assert out_of_range == _ids(report, "NL-RANGE-01")


def test_valid_school_keeps_the_guarantees(tmp_path):
    path, report = _build(tmp_path, "valid.sqlite", size="small", valid=True)
    assert _query(path, CLASH_SQL) == []
    assert all(hours >= 24 for _, hours in _query(path, JTM_SQL))
    students = _query(path, "SELECT nik, nisn, jenis_kelamin, tanggal_lahir FROM peserta_didik")
    for nik, nisn, jk, born in students:
        day = int(nik[6:8]) - (40 if jk == "P" else 0)
        assert len(nik) == 16 and f"{day:02d}-{nik[8:10]}" == born[8:10] + "-" + born[5:7]
        assert len(nisn) == 10 and nisn[:3] == born[1:4]
    assert len({s[1] for s in students}) == len(students)
    kepala = _query(
        path,
        "SELECT count(*) FROM tugas_tambahan WHERE jabatan_ptk_id = 2 AND tst_tambahan IS NULL",
    )
    assert kepala == [(1,)]
    per_student = defaultdict(int)
    for (pd,) in _query(path, "SELECT peserta_didik_id FROM anggota_rombel"):
        per_student[pd] += 1
    assert set(per_student.values()) == {1} and len(per_student) == 180
    missing_kondisi = _query(
        path,
        "SELECT count(*) FROM ruang WHERE id_ruang NOT IN "
        "(SELECT id_ruang FROM ruang_longitudinal)",
    )
    assert missing_kondisi == [(0,)]
    db = open_database(path)
    with db.engine.connect() as conn:
        assert (
            conn.execute(
                text("SELECT count(*) FROM nilai WHERE nilai_pengetahuan NOT BETWEEN 0 AND 100")
            ).scalar()
            == 0
        )
    db.close()
