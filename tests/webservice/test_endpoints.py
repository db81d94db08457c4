"""Every endpoint on the small and the large demo school: the envelope, the exact
key set of each row (clients fail on a missing or an unexpected key), each
value's type, and which rows are served. The expected fields are written out
here from the issue, independently of app/webservice/fields.py."""

import re

import pytest
from sqlalchemy import text

# Field name → type: string or null, int or null, bool, list.
STR, INT, BOOL, LIST = "str", "int", "bool", "list"


def _spec(text_: str) -> dict[str, str]:
    out = {}
    for item in text_.split(","):
        name, _, kind = item.strip().partition(" ")
        out[name] = {"(int)": INT, "(bool)": BOOL, "(list)": LIST}.get(kind, STR)
    return out


SEKOLAH = _spec(
    "sekolah_id, nama, nss, npsn, bentuk_pendidikan_id (int), bentuk_pendidikan_id_str,"
    " status_sekolah, status_sekolah_str, alamat_jalan, rt, rw, kode_wilayah, kode_pos,"
    " nomor_telepon, nomor_fax, email, website, is_sks (bool), lintang, bujur, dusun,"
    " desa_kelurahan, kecamatan, kabupaten_kota, provinsi"
)
PESERTA_DIDIK = _spec(
    "registrasi_id, jenis_pendaftaran_id, jenis_pendaftaran_id_str, nipd,"
    " tanggal_masuk_sekolah, sekolah_asal, peserta_didik_id, nama, nisn, jenis_kelamin, nik,"
    " tempat_lahir, tanggal_lahir, agama_id (int), agama_id_str, alamat_jalan,"
    " nomor_telepon_rumah, nomor_telepon_seluler, nama_ayah, pekerjaan_ayah_id (int),"
    " pekerjaan_ayah_id_str, nama_ibu, pekerjaan_ibu_id (int), pekerjaan_ibu_id_str,"
    " nama_wali, pekerjaan_wali_id (int), pekerjaan_wali_id_str, tinggi_badan, berat_badan,"
    " semester_id, anggota_rombel_id, rombongan_belajar_id, tingkat_pendidikan_id,"
    " nama_rombel, kurikulum_id (int), kurikulum_id_str"
)
GTK = _spec(
    "tahun_ajaran_id, ptk_terdaftar_id, ptk_id, ptk_induk, tanggal_surat_tugas, nama,"
    " jenis_kelamin, tempat_lahir, tanggal_lahir, agama_id (int), agama_id_str, nuptk, nik,"
    " jenis_ptk_id, jenis_ptk_id_str, status_kepegawaian_id (int),"
    " status_kepegawaian_id_str, nip, pendidikan_terakhir, bidang_studi_terakhir,"
    " pangkat_golongan_terakhir, rwy_pend_formal (list), rwy_kepangkatan (list)"
)
RWY_PEND_FORMAL = _spec(
    "riwayat_pendidikan_formal_id, satuan_pendidikan_formal, fakultas, kependidikan,"
    " tahun_masuk, tahun_lulus, nim, status_kuliah, semester, ipk, prodi, id_reg_pd,"
    " bidang_studi_id_str, jenjang_pendidikan_id_str, gelar_akademik_id_str"
)
ROMBONGAN_BELAJAR = _spec(
    "rombongan_belajar_id, nama, tingkat_pendidikan_id, semester_id, jenis_rombel,"
    " jenis_rombel_str, kurikulum_id (int), kurikulum_id_str, id_ruang, id_ruang_str,"
    " moving_class, ptk_id, ptk_id_str, anggota_rombel (list), pembelajaran (list)"
)
ANGGOTA_ROMBEL = _spec(
    "anggota_rombel_id, peserta_didik_id, jenis_pendaftaran_id, jenis_pendaftaran_id_str"
)
PEMBELAJARAN = _spec(
    "pembelajaran_id, mata_pelajaran_id (int), mata_pelajaran_id_str, ptk_terdaftar_id,"
    " ptk_id, nama_mata_pelajaran, induk_pembelajaran_id, jam_mengajar_per_minggu,"
    " status_di_kurikulum, status_di_kurikulum_str"
)
PENGGUNA = _spec(
    "pengguna_id, sekolah_id, username, nama, peran_id_str, password, alamat, no_telepon,"
    " no_hp, ptk_id, peserta_didik_id"
)
DATE_FIELDS = {"tanggal_masuk_sekolah", "tanggal_lahir", "tanggal_surat_tugas"}
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
TYPES = {
    STR: lambda v: v is None or isinstance(v, str),
    INT: lambda v: v is None or (isinstance(v, int) and not isinstance(v, bool)),
    BOOL: lambda v: isinstance(v, bool),
    LIST: lambda v: isinstance(v, list),
}


def assert_row(row: dict, spec: dict[str, str]) -> None:
    assert list(row) == list(spec), "keys differ from the ministry app's"
    wrong = {k: row[k] for k, kind in spec.items() if not TYPES[kind](row[k])}
    assert wrong == {}, "values of the wrong type"
    for name in DATE_FIELDS & row.keys():
        assert row[name] is None or ISO_DATE.match(row[name]), name


def envelope(response) -> dict:
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert list(body) == ["results", "id", "start", "limit", "rows"]
    assert isinstance(body["results"], int) and isinstance(body["start"], int)
    assert isinstance(body["limit"], int)
    return body


def scalar(served, sql: str, **params):
    with served.db.engine.connect() as conn:
        return conn.execute(text(sql), params).scalar()


def test_get_sekolah_is_the_single_school_object(served):
    body = envelope(served.get("getSekolah"))
    assert body["results"] == 1
    school = body["rows"]
    assert isinstance(school, dict)
    assert_row(school, SEKOLAH)
    assert school["npsn"] == served.npsn
    assert school["status_sekolah_str"] == "Negeri"
    assert school["kecamatan"].startswith("Kec.") and school["provinsi"].startswith("Prov.")


ACTIVE_STUDENTS = """
    SELECT count(*) FROM registrasi_peserta_didik r
    JOIN peserta_didik p ON p.peserta_didik_id = r.peserta_didik_id
    WHERE r.soft_delete = 0 AND p.soft_delete = 0 AND r.jenis_keluar_id IS NULL"""


def test_get_peserta_didik_serves_every_active_student_once(served):
    body = envelope(served.get("getPesertaDidik"))
    rows = body["rows"]
    expected = scalar(served, ACTIVE_STUDENTS)
    assert body["results"] == len(rows) == expected
    assert expected == {"small": 180, "large": 3000}[served.size]
    assert len({r["peserta_didik_id"] for r in rows}) == len(rows)
    for row in rows:
        assert_row(row, PESERTA_DIDIK)
    in_rombel = [r for r in rows if r["rombongan_belajar_id"]]
    assert all(r["semester_id"] == "20261" for r in rows)
    assert all(r["nama_rombel"] and r["kurikulum_id"] is not None for r in in_rombel)
    # The demo's deliberate mistakes leave a few students in no rombel; they are still
    # active students, served with their rombel fields null.
    assert len(rows) - len(in_rombel) == {"small": 1, "large": 3}[served.size]


def test_get_gtk_serves_assigned_staff_with_their_education(served):
    body = envelope(served.get("getGtk"))
    rows = body["rows"]
    assert body["results"] == len(rows) == {"small": 12, "large": 150}[served.size]
    for row in rows:
        assert_row(row, GTK)
        assert row["tahun_ajaran_id"] == "2026"
        assert row["rwy_kepangkatan"] == []
        assert row["rwy_pend_formal"], "every demo PTK has a riwayat pendidikan"
        for riwayat in row["rwy_pend_formal"]:
            assert_row(riwayat, RWY_PEND_FORMAL)
        assert row["pendidikan_terakhir"] == row["rwy_pend_formal"][-1]["jenjang_pendidikan_id_str"]


def test_get_rombongan_belajar_nests_members_and_teaching(served):
    body = envelope(served.get("getRombonganBelajar"))
    rows = body["rows"]
    assert body["results"] == len(rows) == {"small": 6, "large": 99}[served.size]
    members = teaching = 0
    for row in rows:
        assert_row(row, ROMBONGAN_BELAJAR)
        for anggota in row["anggota_rombel"]:
            assert_row(anggota, ANGGOTA_ROMBEL)
        for pembelajaran in row["pembelajaran"]:
            assert_row(pembelajaran, PEMBELAJARAN)
        members += len(row["anggota_rombel"])
        teaching += len(row["pembelajaran"])
    assert members == scalar(served, "SELECT count(*) FROM anggota_rombel WHERE soft_delete = 0")
    assert teaching == scalar(served, "SELECT count(*) FROM pembelajaran WHERE soft_delete = 0")


def test_get_pengguna_envelope_on_a_school_without_accounts(served):
    body = envelope(served.get("getPengguna"))
    assert body == {"results": 0, "id": None, "start": 0, "limit": 0, "rows": []}


def test_semester_id_selects_the_semester(served):
    explicit = envelope(served.get("getRombonganBelajar", semester_id="20261"))
    assert explicit["results"] == {"small": 6, "large": 99}[served.size]
    earlier = envelope(served.get("getRombonganBelajar", semester_id="20252"))
    assert earlier["results"] == 0
    students = envelope(served.get("getPesertaDidik", semester_id="20252", limit="5"))
    assert all(r["semester_id"] == "20252" and r["nama_rombel"] is None for r in students["rows"])
    gtk_earlier = envelope(served.get("getGtk", semester_id="20252"))
    assert gtk_earlier["results"] == 0  # the demo assigns staff for tahun ajaran 2026 only


@pytest.mark.parametrize("endpoint", ["getGtk", "getPesertaDidik", "getRombonganBelajar"])
def test_unknown_semester_is_refused(served, endpoint):
    response = served.get(endpoint, semester_id="19991")
    assert response.status_code == 404
    assert response.json() == {"success": False, "message": "Semester tidak ditemukan"}
