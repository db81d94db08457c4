"""Every rule, one case at least: on a copy of the valid small school the picked
row passes; after the case's mistake it fails, and the other picked row (where
there is one) still passes. Re-validating only the touched record must then
agree with a full run of the rule.
"""

from dataclasses import dataclass

import pytest
from sqlalchemy import text
from validation_fixtures import *  # noqa: F403 - the fixtures

from app.validation import engine as validation
from app.validation.referensi import USES
from app.validation.rules import ALL_RULES, BY_CODE

PK = {
    "sekolah": "sekolah_id",
    "peserta_didik": "peserta_didik_id",
    "ptk": "ptk_id",
    "rombongan_belajar": "rombongan_belajar_id",
    "pembelajaran": "pembelajaran_id",
    "jadwal": "jadwal_id",
    "nilai": "nilai_id",
    "ruang": "id_ruang",
    "bangunan": "id_bangunan",
    "tanah": "id_tanah",
    "alat": "id_alat",
}


@dataclass(frozen=True)
class Case:
    code: str
    table: str  # the subject table the rule names
    mutate: str | tuple[str, ...]  # SQL with :a and :b, the picked rows
    where: str = "1"  # which rows of ``table`` may be picked (alias x)
    expect: str = "a"  # "a", "ab", or SQL returning the failing ids
    touched: tuple[str, str] | None = None  # (table, SQL for its id) saved by the mistake
    pick: str | None = None  # SQL returning the picked ids, instead of ``where``


def _pd(field: str, value: str) -> str:
    return f"UPDATE peserta_didik SET {field} = {value} WHERE peserta_didik_id = :a"


def _ptk(field: str, value: str) -> str:
    return f"UPDATE ptk SET {field} = {value} WHERE ptk_id = :a"


def _sekolah(code: str, field: str, value: str) -> Case:
    return Case(code, "sekolah", f"UPDATE sekolah SET {field} = {value} WHERE sekolah_id = :a")


NIK_DAY = "CAST(substr(nik, 7, 2) AS INTEGER)"
TEACHES = """x.ptk_id IN (SELECT t.ptk_id FROM ptk_terdaftar t JOIN pembelajaran p
    ON p.ptk_terdaftar_id = t.ptk_terdaftar_id)"""
KEPALA = "SELECT ptk_id FROM tugas_tambahan WHERE jabatan_ptk_id = 2"
OWN_PEMBELAJARAN = "(SELECT ptk_terdaftar_id FROM ptk_terdaftar WHERE ptk_id = :a)"
ROMBEL_OF_A = "(SELECT rombongan_belajar_id FROM pembelajaran WHERE pembelajaran_id = :a)"
FIRST_JADWAL_PER_ROMBEL = """SELECT min(j.jadwal_id) FROM jadwal j JOIN pembelajaran p
    ON p.pembelajaran_id = j.pembelajaran_id {where} GROUP BY p.rombongan_belajar_id ORDER BY 1
        LIMIT 2"""
MOVE_B_TO_A = """UPDATE jadwal SET hari = (SELECT hari FROM jadwal WHERE jadwal_id = :a),
    bel_ke = (SELECT bel_ke FROM jadwal WHERE jadwal_id = :a) {extra} WHERE jadwal_id = :b"""
REGISTRASI = "SELECT registrasi_id FROM registrasi_peserta_didik WHERE peserta_didik_id = :a"


def _people_cases(prefix: str, table: str, update) -> list[Case]:
    """The NIK and name mistakes Peserta Didik and GTK share."""
    nama_ibu = "PD-IBU" if prefix == "PD" else "PTK-IBU"
    return [
        Case(f"{prefix}-NIK-01", table, update("nik", "substr(nik, 1, 15)")),
        Case(
            f"{prefix}-NIK-01",
            table,
            update("nik", "substr(nik, 1, 6) || '3102' || substr(nik, 11)"),
        ),
        Case(f"{prefix}-NIK-01", table, update("nik", "'00' || substr(nik, 3)")),
        Case(f"{prefix}-NIK-01", table, update("nik", "NULL")),
        Case(
            f"{prefix}-NIK-02",
            table,
            update(
                "nik",
                "substr(nik, 1, 8) || printf('%02d', CAST(substr(nik, 9, 2) AS INTEGER) % 12 + "
                "1) || substr(nik, 11)",
            ),
            where="CAST(strftime('%d', x.tanggal_lahir) AS INTEGER) <= 28",
        ),
        Case(
            f"{prefix}-NIK-03",
            table,
            update("nik", f"substr(nik, 1, 6) || printf('%02d', {NIK_DAY} + 40) || substr(nik, 9)"),
            where="x.jenis_kelamin = 'L'",
        ),
        Case(
            f"{prefix}-NIK-03",
            table,
            update("nik", f"substr(nik, 1, 6) || printf('%02d', {NIK_DAY} - 40) || substr(nik, 9)"),
            where="x.jenis_kelamin = 'P'",
        ),
        Case(f"{prefix}-NAMA-01", table, update("nama", "nama || '2'")),
        Case(f"{prefix}-NAMA-01", table, update("nama", "replace(nama, ' ', '@')")),
        Case(f"{prefix}-NAMA-02", table, update("nama", "replace(nama, ' ', char(9))")),
        Case(f"{prefix}-NAMA-03", table, update("nama", "'Nng Wrd'")),
        Case(f"{nama_ibu}-01", table, update("nama_ibu_kandung", "'-'")),
        Case(f"{nama_ibu}-01", table, update("nama_ibu_kandung", "'tidak tahu'")),
        Case(f"{nama_ibu}-01", table, update("nama_ibu_kandung", "NULL")),
        Case(f"{nama_ibu}-02", table, update("nama_ibu_kandung", "'Siti (Alm)'")),
        Case(f"{nama_ibu}-03", table, update("nama_ibu_kandung", "'Siti' || char(10) || 'Aminah'")),
        Case(f"{nama_ibu}-04", table, update("nama_ibu_kandung", "'Sts Mnh'")),
        Case(f"{prefix}-JK-01", table, update("jenis_kelamin", "'X'")),
    ]


CASES = [
    # Sekolah
    _sekolah("SK-NPSN-01", "npsn", "'2021900'"),
    _sekolah("SK-NPSN-01", "npsn", "'2021900A'"),
    Case(
        "SK-KEPSEK-01",
        "sekolah",
        "UPDATE tugas_tambahan SET tst_tambahan = '2026-07-31' WHERE jabatan_ptk_id = 2",
        touched=(
            "tugas_tambahan",
            "SELECT ptk_tugas_tambahan_id FROM tugas_tambahan WHERE jabatan_ptk_id = 2",
        ),
    ),
    Case(
        "SK-KEPSEK-02",
        "sekolah",
        f"""INSERT INTO tugas_tambahan (ptk_tugas_tambahan_id, ptk_id, sekolah_id, jabatan_ptk_id,
             jumlah_jam, tmt_tambahan) SELECT 'plt', ptk_id, :a, 34, 24, '2026-07-13' FROM ptk
             WHERE ptk_id NOT IN ({KEPALA}) LIMIT 1""",
        touched=("tugas_tambahan", "SELECT 'plt'"),
    ),
    Case(
        "SK-KEPSEK-03",
        "ptk",
        "UPDATE ptk_terdaftar SET ptk_induk = 0 WHERE ptk_id = :a",
        where=f"x.ptk_id IN ({KEPALA})",
        touched=("ptk_terdaftar", "SELECT ptk_terdaftar_id FROM ptk_terdaftar WHERE ptk_id = :a"),
    ),
    _sekolah("SK-NAMA-01", "nama", "' '"),
    _sekolah("SK-ALAMAT-01", "alamat_jalan", "NULL"),
    _sekolah("SK-WILAYAH-01", "kode_wilayah", "substr(kode_wilayah, 1, 6)"),
    _sekolah("SK-KODEPOS-01", "kode_pos", "'4091'"),
    _sekolah("SK-KOORD-01", "lintang", "NULL"),
    _sekolah("SK-KOORD-01", "bujur", "17.6"),
    _sekolah("SK-EMAIL-01", "email", "'sekolah@contoh'"),
    _sekolah("SK-AKRED-01", "akreditasi_id", "NULL"),
    _sekolah("SK-AKRED-02", "sk_akreditasi", "NULL"),
    _sekolah("SK-AKRED-03", "tmt_akreditasi", "'2021-07-31'"),
    _sekolah("SK-SK-01", "sk_pendirian_sekolah", "''"),
    _sekolah("SK-SK-02", "tanggal_sk_izin_operasional", "NULL"),
    Case(
        "SK-LONG-01",
        "sekolah",
        "UPDATE sekolah_longitudinal SET semester_id = 20252",
        touched=(
            "sekolah_longitudinal",
            "SELECT sekolah_longitudinal_id FROM sekolah_longitudinal",
        ),
    ),
    # Sarpras
    Case("SP-RUANG-01", "ruang", "UPDATE ruang SET id_bangunan = NULL WHERE id_ruang = :a"),
    Case(
        "SP-RUANG-01",
        "ruang",
        "UPDATE bangunan SET soft_delete = 1 WHERE id_bangunan = (SELECT id_bangunan FROM ruang "
        "WHERE id_ruang = :a)",
        expect=(
            "SELECT id_ruang FROM ruang WHERE id_bangunan = (SELECT id_bangunan FROM ruang "
            "WHERE id_ruang = :a)"
        ),
        touched=("bangunan", "SELECT id_bangunan FROM ruang WHERE id_ruang = :a"),
    ),
    Case(
        "SP-KONDISI-01",
        "ruang",
        "UPDATE ruang_longitudinal SET soft_delete = 1 WHERE id_ruang = :a",
        touched=(
            "ruang_longitudinal",
            "SELECT ruang_longitudinal_id FROM ruang_longitudinal WHERE id_ruang = :a",
        ),
    ),
    Case(
        "SP-KONDISI-01",
        "bangunan",
        "UPDATE bangunan_longitudinal SET semester_id = 20252 WHERE id_bangunan = :a",
        touched=(
            "bangunan_longitudinal",
            "SELECT bangunan_longitudinal_id FROM bangunan_longitudinal WHERE id_bangunan = :a",
        ),
    ),
    Case(
        "SP-KONDISI-02",
        "ruang",
        "UPDATE ruang_longitudinal SET rusak_plafon = 120 WHERE id_ruang = :a",
        touched=(
            "ruang_longitudinal",
            "SELECT ruang_longitudinal_id FROM ruang_longitudinal WHERE id_ruang = :a",
        ),
    ),
    Case(
        "SP-KONDISI-02",
        "bangunan",
        "UPDATE bangunan_longitudinal SET rusak_atap = -5 WHERE id_bangunan = :a",
        touched=(
            "bangunan_longitudinal",
            "SELECT bangunan_longitudinal_id FROM bangunan_longitudinal WHERE id_bangunan = :a",
        ),
    ),
    Case(
        "SP-KONDISI-03",
        "ruang",
        "UPDATE ruang_longitudinal SET rusak_dinding = 50 WHERE id_ruang = :a",
        touched=(
            "ruang_longitudinal",
            "SELECT ruang_longitudinal_id FROM ruang_longitudinal WHERE id_ruang = :a",
        ),
    ),
    Case(
        "SP-KONDISI-03",
        "bangunan",
        "UPDATE bangunan_longitudinal SET kerusakan_id = 4 WHERE id_bangunan = :a",
        touched=(
            "bangunan_longitudinal",
            "SELECT bangunan_longitudinal_id FROM bangunan_longitudinal WHERE id_bangunan = :a",
        ),
    ),
    Case("SP-LUAS-01", "ruang", "UPDATE ruang SET luas_ruang = luas_ruang * 2 WHERE id_ruang = :a"),
    Case("SP-LUAS-02", "bangunan", "UPDATE bangunan SET luas_tapak = 0 WHERE id_bangunan = :a"),
    Case("SP-LUAS-03", "tanah", "UPDATE tanah SET luas = 100 WHERE id_tanah = :a"),
    Case("SP-LANTAI-01", "ruang", "UPDATE ruang SET lantai = 5 WHERE id_ruang = :a"),
    Case(
        "SP-BANGUNAN-01", "bangunan", "UPDATE bangunan SET id_tanah = NULL WHERE id_bangunan = :a"
    ),
    Case(
        "SP-ALAT-01",
        "alat",
        "UPDATE alat_longitudinal SET jumlah_laik = jumlah + 1 WHERE id_alat = :a",
        touched=(
            "alat_longitudinal",
            "SELECT alat_longitudinal_id FROM alat_longitudinal WHERE id_alat = :a",
        ),
    ),
    Case(
        "SP-ALAT-02",
        "alat",
        "UPDATE alat_longitudinal SET soft_delete = 1 WHERE id_alat = :a",
        touched=(
            "alat_longitudinal",
            "SELECT alat_longitudinal_id FROM alat_longitudinal WHERE id_alat = :a",
        ),
    ),
    # Peserta Didik
    *_people_cases("PD", "peserta_didik", _pd),
    Case("PD-NISN-01", "peserta_didik", _pd("nisn", "substr(nisn, 1, 9)")),
    Case("PD-NISN-01", "peserta_didik", _pd("nisn", "substr(nisn, 1, 9) || 'X'")),
    Case(
        "PD-NISN-02",
        "peserta_didik",
        _pd("nisn", "(SELECT nisn FROM peserta_didik WHERE peserta_didik_id = :b)"),
        expect="ab",
    ),
    Case("PD-NISN-03", "peserta_didik", _pd("nisn", "'000' || substr(nisn, 4)")),
    Case("PD-LAHIR-01", "peserta_didik", _pd("tanggal_lahir", "'2027-01-01'")),
    Case("PD-LAHIR-02", "peserta_didik", _pd("tempat_lahir", "NULL")),
    Case("PD-AGAMA-01", "peserta_didik", _pd("agama_id", "NULL")),
    Case("PD-KK-01", "peserta_didik", _pd("no_kk", "'123'")),
    Case(
        "PD-REG-01",
        "peserta_didik",
        "UPDATE registrasi_peserta_didik SET soft_delete = 1 WHERE peserta_didik_id = :a",
        touched=("registrasi_peserta_didik", REGISTRASI),
    ),
    Case(
        "PD-REG-02",
        "peserta_didik",
        """INSERT INTO registrasi_peserta_didik (registrasi_id, peserta_didik_id, sekolah_id,
             jenis_pendaftaran_id, tanggal_masuk_sekolah) SELECT 'reg-2', peserta_didik_id,
             sekolah_id, 1, '2026-07-13' FROM registrasi_peserta_didik WHERE peserta_didik_id =
                 :a""",
        touched=("registrasi_peserta_didik", "SELECT 'reg-2'"),
    ),
    Case(
        "PD-REG-03",
        "peserta_didik",
        "UPDATE registrasi_peserta_didik SET tanggal_masuk_sekolah = '2000-01-01' WHERE "
        "peserta_didik_id = :a",
        touched=("registrasi_peserta_didik", REGISTRASI),
    ),
    Case(
        "PD-KELUAR-01",
        "peserta_didik",
        "UPDATE registrasi_peserta_didik SET jenis_keluar_id = '2' WHERE peserta_didik_id = :a",
        touched=("registrasi_peserta_didik", REGISTRASI),
    ),
    Case(
        "PD-KELUAR-01",
        "peserta_didik",
        "UPDATE registrasi_peserta_didik SET tanggal_keluar = '2026-07-20' WHERE "
        "peserta_didik_id = :a",
        touched=("registrasi_peserta_didik", REGISTRASI),
    ),
    Case(
        "PD-ROMBEL-01",
        "peserta_didik",
        "UPDATE anggota_rombel SET soft_delete = 1 WHERE peserta_didik_id = :a",
        touched=(
            "anggota_rombel",
            "SELECT anggota_rombel_id FROM anggota_rombel WHERE peserta_didik_id = :a",
        ),
    ),
    Case(
        "PD-ROMBEL-02",
        "peserta_didik",
        """INSERT INTO anggota_rombel (anggota_rombel_id, rombongan_belajar_id, peserta_didik_id,
             jenis_pendaftaran_id) SELECT 'ar-2', rombongan_belajar_id, :a, 1 FROM rombongan_belajar
             WHERE rombongan_belajar_id NOT IN (SELECT rombongan_belajar_id FROM anggota_rombel
             WHERE peserta_didik_id = :a) LIMIT 1""",
        touched=("anggota_rombel", "SELECT 'ar-2'"),
    ),
    Case("PD-KIP-01", "peserta_didik", _pd("penerima_kip", "1"), where="x.penerima_kip = 0"),
    Case("PD-KIP-01", "peserta_didik", _pd("nm_kip", "NULL"), where="x.penerima_kip = 1"),
    Case("PD-KIP-02", "peserta_didik", _pd("no_kip", "'123456'"), where="x.penerima_kip = 0"),
    Case("PD-KIP-03", "peserta_didik", _pd("no_kip", "'12'"), where="x.penerima_kip = 1"),
    Case("PD-PIP-01", "peserta_didik", _pd("alasan_layak_pip", "''"), where="x.layak_pip = 1"),
    Case("PD-PIP-02", "peserta_didik", _pd("layak_pip", "0"), where="x.penerima_kip = 1"),
    Case("PD-USIA-01", "peserta_didik", _pd("tanggal_lahir", "'2009-01-01'")),
    Case("PD-USIA-01", "peserta_didik", _pd("tanggal_lahir", "'2022-01-01'")),
    Case("PD-USIA-02", "peserta_didik", _pd("tanggal_lahir", "'2000-01-01'")),
    Case(
        "PD-USIA-03",
        "peserta_didik",
        _pd("tanggal_lahir", "'2016-01-01'"),
        where="""x.peserta_didik_id IN (SELECT a.peserta_didik_id FROM anggota_rombel a JOIN
            rombongan_belajar r
             ON r.rombongan_belajar_id = a.rombongan_belajar_id WHERE r.tingkat_pendidikan_id =
                 1)""",
    ),
    Case(
        "PD-LONG-01",
        "peserta_didik",
        "UPDATE peserta_didik_longitudinal SET soft_delete = 1 WHERE peserta_didik_id = :a",
        touched=(
            "peserta_didik_longitudinal",
            "SELECT peserta_didik_longitudinal_id FROM peserta_didik_longitudinal WHERE "
            "peserta_didik_id = :a",
        ),
    ),
    Case(
        "PD-LONG-02",
        "peserta_didik",
        "UPDATE peserta_didik_longitudinal SET tinggi_badan = 300 WHERE peserta_didik_id = :a",
        touched=(
            "peserta_didik_longitudinal",
            "SELECT peserta_didik_longitudinal_id FROM peserta_didik_longitudinal WHERE "
            "peserta_didik_id = :a",
        ),
    ),
    # GTK
    *_people_cases("PTK", "ptk", _ptk),
    Case("PTK-USIA-01", "ptk", _ptk("tanggal_lahir", "'1950-01-01'")),
    Case("PTK-NUPTK-01", "ptk", _ptk("nuptk", "substr(nuptk, 1, 15)")),
    Case(
        "PTK-NUPTK-02",
        "ptk",
        _ptk("nuptk", "(SELECT nuptk FROM ptk WHERE ptk_id = :b)"),
        expect="ab",
    ),
    Case("PTK-NIP-01", "ptk", _ptk("nip", "NULL"), where="x.status_kepegawaian_id = 1"),
    Case("PTK-NIP-02", "ptk", _ptk("nip", "substr(nip, 1, 17)"), where="x.nip IS NOT NULL"),
    Case(
        "PTK-NIP-03", "ptk", _ptk("nip", "'19000101' || substr(nip, 9)"), where="x.nip IS NOT NULL"
    ),
    Case("PTK-NIP-04", "ptk", _ptk("status_kepegawaian_id", "8"), where="x.nip IS NOT NULL"),
    Case("PTK-PNS-01", "ptk", _ptk("sk_cpns", "NULL"), where="x.status_kepegawaian_id = 1"),
    Case("PTK-PNS-02", "ptk", _ptk("tmt_pns", "NULL"), where="x.status_kepegawaian_id = 1"),
    Case("PTK-PANGKAT-01", "ptk", _ptk("pangkat_golongan_id", "9"), where="x.nip IS NULL"),
    Case(
        "PTK-PANGKAT-02",
        "ptk",
        _ptk("pangkat_golongan_id", "NULL"),
        where="x.status_kepegawaian_id = 1",
    ),
    Case(
        "PTK-TERDAFTAR-01",
        "ptk",
        "UPDATE ptk_terdaftar SET soft_delete = 1 WHERE ptk_id = :a",
        touched=("ptk_terdaftar", "SELECT ptk_terdaftar_id FROM ptk_terdaftar WHERE ptk_id = :a"),
    ),
    Case(
        "PTK-TERDAFTAR-02",
        "ptk",
        """INSERT INTO ptk_terdaftar (ptk_terdaftar_id, ptk_id, sekolah_id, tahun_ajaran_id,
             jenis_ptk_id, ptk_induk) SELECT 'pt-2', ptk_id, sekolah_id, tahun_ajaran_id,
             jenis_ptk_id, 0 FROM ptk_terdaftar WHERE ptk_id = :a""",
        touched=("ptk_terdaftar", "SELECT 'pt-2'"),
    ),
    Case(
        "PTK-RWY-01",
        "ptk",
        "UPDATE rwy_pend_formal SET soft_delete = 1 WHERE ptk_id = :a",
        touched=(
            "rwy_pend_formal",
            "SELECT riwayat_pendidikan_formal_id FROM rwy_pend_formal WHERE ptk_id = :a",
        ),
    ),
    Case(
        "PTK-TUGAS-01",
        "ptk",
        "UPDATE tugas_tambahan SET tst_tambahan = '2020-01-01' WHERE ptk_id = :a",
        where="x.ptk_id IN (SELECT ptk_id FROM tugas_tambahan)",
        touched=(
            "tugas_tambahan",
            "SELECT ptk_tugas_tambahan_id FROM tugas_tambahan WHERE ptk_id = :a",
        ),
    ),
    Case(
        "PTK-MENGAJAR-01",
        "ptk",
        f"UPDATE pembelajaran SET soft_delete = 1 WHERE ptk_terdaftar_id IN {OWN_PEMBELAJARAN}",
        where=TEACHES,
        touched=(
            "pembelajaran",
            "SELECT pembelajaran_id FROM pembelajaran WHERE ptk_terdaftar_id IN "
            f"{OWN_PEMBELAJARAN}",
        ),
    ),
    Case(
        "PTK-JTM-01",
        "ptk",
        "UPDATE pembelajaran SET jam_mengajar_per_minggu = 1 WHERE ptk_terdaftar_id IN "
        f"{OWN_PEMBELAJARAN}",
        where=TEACHES,
        touched=(
            "pembelajaran",
            "SELECT pembelajaran_id FROM pembelajaran WHERE ptk_terdaftar_id IN "
            f"{OWN_PEMBELAJARAN}",
        ),
    ),
    Case(
        "PTK-TENDIK-01",
        "ptk",
        f"""UPDATE pembelajaran SET ptk_terdaftar_id = {OWN_PEMBELAJARAN}
             WHERE pembelajaran_id = (SELECT min(pembelajaran_id) FROM pembelajaran)""",
        where=(
            "x.nip IS NULL AND x.ptk_id IN (SELECT t.ptk_id FROM ptk_terdaftar t JOIN "
            "ref_jenis_ptk j ON j.jenis_ptk_id = t.jenis_ptk_id WHERE j.guru = 0)"
        ),
        touched=("pembelajaran", "SELECT min(pembelajaran_id) FROM pembelajaran"),
    ),
    # Rombongan Belajar
    Case(
        "RB-WALI-01",
        "rombongan_belajar",
        "UPDATE rombongan_belajar SET ptk_id = NULL WHERE rombongan_belajar_id = :a",
    ),
    Case(
        "RB-WALI-02",
        "rombongan_belajar",
        """UPDATE ptk_terdaftar SET jenis_keluar_id = '2', tgl_ptk_keluar = '2026-07-20'
             WHERE ptk_id = (SELECT ptk_id FROM rombongan_belajar WHERE rombongan_belajar_id =
                 :a)""",
        touched=(
            "ptk_terdaftar",
            "SELECT t.ptk_terdaftar_id FROM ptk_terdaftar t JOIN rombongan_belajar r ON "
            "r.ptk_id = t.ptk_id WHERE r.rombongan_belajar_id = :a",
        ),
    ),
    Case(
        "RB-TINGKAT-01",
        "rombongan_belajar",
        "UPDATE rombongan_belajar SET tingkat_pendidikan_id = NULL WHERE rombongan_belajar_id = :a",
    ),
    Case(
        "RB-TINGKAT-02",
        "rombongan_belajar",
        "UPDATE rombongan_belajar SET tingkat_pendidikan_id = 10 WHERE rombongan_belajar_id = :a",
    ),
    Case(
        "RB-ANGGOTA-01",
        "rombongan_belajar",
        "UPDATE anggota_rombel SET soft_delete = 1 WHERE rombongan_belajar_id = :a",
        touched=(
            "anggota_rombel",
            "SELECT min(anggota_rombel_id) FROM anggota_rombel WHERE rombongan_belajar_id = :a",
        ),
    ),
    Case(
        "RB-KURIKULUM-01",
        "rombongan_belajar",
        "UPDATE rombongan_belajar SET kurikulum_id = NULL WHERE rombongan_belajar_id = :a",
    ),
    Case(
        "RB-KURIKULUM-02",
        "rombongan_belajar",
        "UPDATE rombongan_belajar SET kurikulum_id = 2 WHERE rombongan_belajar_id = :a",
    ),
    Case(
        "RB-RUANG-01",
        "rombongan_belajar",
        "UPDATE rombongan_belajar SET id_ruang = NULL WHERE rombongan_belajar_id = :a",
    ),
    Case(
        "RB-KAPASITAS-01",
        "rombongan_belajar",
        "UPDATE ruang SET kapasitas = 10 WHERE id_ruang = (SELECT id_ruang FROM "
        "rombongan_belajar WHERE rombongan_belajar_id = :a)",
        touched=("ruang", "SELECT id_ruang FROM rombongan_belajar WHERE rombongan_belajar_id = :a"),
    ),
    Case(
        "RB-NAMA-01",
        "rombongan_belajar",
        "UPDATE rombongan_belajar SET nama = (SELECT nama FROM rombongan_belajar WHERE "
        "rombongan_belajar_id = :b) WHERE rombongan_belajar_id = :a",
        expect="ab",
    ),
    Case(
        "RB-PEMBELAJARAN-01",
        "rombongan_belajar",
        "UPDATE pembelajaran SET soft_delete = 1 WHERE rombongan_belajar_id = :a",
        touched=(
            "pembelajaran",
            "SELECT min(pembelajaran_id) FROM pembelajaran WHERE rombongan_belajar_id = :a",
        ),
    ),
    # Pembelajaran
    Case(
        "PB-MAPEL-01",
        "pembelajaran",
        "UPDATE pembelajaran SET mata_pelajaran_id = 1013 WHERE pembelajaran_id = :a",
    ),
    Case(
        "PB-JAM-01",
        "pembelajaran",
        "UPDATE pembelajaran SET jam_mengajar_per_minggu = jam_mengajar_per_minggu + 5 WHERE "
        "pembelajaran_id = :a",
    ),
    Case(
        "PB-JAM-02",
        "pembelajaran",
        "UPDATE pembelajaran SET jam_mengajar_per_minggu = 0 WHERE pembelajaran_id = :a",
    ),
    Case(
        "PB-PTK-01",
        "pembelajaran",
        (
            """INSERT INTO ptk_terdaftar (ptk_terdaftar_id, ptk_id, sekolah_id,
                tahun_ajaran_id, jenis_ptk_id,
             ptk_induk) SELECT 'pt-lama', t.ptk_id, t.sekolah_id, 2025, t.jenis_ptk_id, 1 FROM
                 ptk_terdaftar t
           JOIN pembelajaran p ON p.ptk_terdaftar_id = t.ptk_terdaftar_id WHERE
               p.pembelajaran_id = :a""",
            "UPDATE pembelajaran SET ptk_terdaftar_id = 'pt-lama' WHERE pembelajaran_id = :a",
        ),
    ),
    Case(
        "PB-DUPLIKAT-01",
        "pembelajaran",
        "UPDATE pembelajaran SET mata_pelajaran_id = (SELECT mata_pelajaran_id FROM "
        "pembelajaran WHERE pembelajaran_id = :b) WHERE pembelajaran_id = :a",
        where="x.rombongan_belajar_id = (SELECT min(rombongan_belajar_id) FROM pembelajaran)",
        expect="ab",
    ),
    Case(
        "PB-SK-01",
        "pembelajaran",
        "UPDATE pembelajaran SET sk_mengajar = NULL WHERE pembelajaran_id = :a",
    ),
    Case(
        "PB-SEMESTER-01",
        "pembelajaran",
        "UPDATE rombongan_belajar SET semester_id = 20252 WHERE rombongan_belajar_id = "
        f"{ROMBEL_OF_A}",
        expect=(
            f"SELECT pembelajaran_id FROM pembelajaran WHERE rombongan_belajar_id = {ROMBEL_OF_A}"
        ),
        touched=("rombongan_belajar", f"SELECT {ROMBEL_OF_A}"),
    ),
    # Jadwal
    Case(
        "JD-BENTROK-01",
        "jadwal",
        MOVE_B_TO_A.format(extra=""),
        expect="ab",
        pick=FIRST_JADWAL_PER_ROMBEL.format(where="WHERE p.mata_pelajaran_id = 1001"),
        touched=("jadwal", "SELECT :b"),
    ),
    Case(
        "JD-RUANG-01",
        "jadwal",
        MOVE_B_TO_A.format(extra=", id_ruang = (SELECT id_ruang FROM jadwal WHERE jadwal_id = :a)"),
        expect="ab",
        pick=FIRST_JADWAL_PER_ROMBEL.format(where=""),
        touched=("jadwal", "SELECT :b"),
    ),
    Case(
        "JD-ROMBEL-01",
        "jadwal",
        MOVE_B_TO_A.format(extra=""),
        expect="ab",
        pick="""SELECT j.jadwal_id FROM jadwal j JOIN pembelajaran p ON p.pembelajaran_id =
            j.pembelajaran_id
             WHERE p.rombongan_belajar_id = (SELECT min(rombongan_belajar_id) FROM
                 rombongan_belajar)
             ORDER BY j.jadwal_id LIMIT 2""",
        touched=("jadwal", "SELECT :b"),
    ),
    Case("JD-WAKTU-01", "jadwal", "UPDATE jadwal SET hari = 7 WHERE jadwal_id = :a"),
    Case(
        "JD-JAM-01",
        "pembelajaran",
        "UPDATE jadwal SET soft_delete = 1 WHERE jadwal_id = (SELECT min(jadwal_id) FROM jadwal "
        "WHERE pembelajaran_id = :a)",
        touched=("jadwal", "SELECT min(jadwal_id) FROM jadwal WHERE pembelajaran_id = :a"),
    ),
    # Nilai
    Case("NL-RANGE-01", "nilai", "UPDATE nilai SET nilai_keterampilan = -1 WHERE nilai_id = :a"),
    Case("NL-RANGE-01", "nilai", "UPDATE nilai SET nilai_pengetahuan = 100.5 WHERE nilai_id = :a"),
    Case(
        "NL-ANGGOTA-01",
        "nilai",
        """UPDATE nilai SET anggota_rombel_id = (SELECT o.anggota_rombel_id FROM anggota_rombel o
             WHERE o.rombongan_belajar_id <> (SELECT p.rombongan_belajar_id FROM pembelajaran p
             WHERE p.pembelajaran_id = nilai.pembelajaran_id) ORDER BY 1 LIMIT 1) WHERE
                 nilai_id = :a""",
    ),
    Case(
        "NL-SEMESTER-01",
        "nilai",
        "UPDATE pembelajaran SET semester_id = 20252 WHERE pembelajaran_id = (SELECT "
        "pembelajaran_id FROM nilai WHERE nilai_id = :a)",
        expect=(
            "SELECT nilai_id FROM nilai WHERE pembelajaran_id = (SELECT pembelajaran_id FROM "
            "nilai WHERE nilai_id = :a)"
        ),
        touched=("pembelajaran", "SELECT pembelajaran_id FROM nilai WHERE nilai_id = :a"),
    ),
    Case(
        "NL-KOSONG-01",
        "pembelajaran",
        "UPDATE nilai SET soft_delete = 1 WHERE nilai_id = (SELECT min(nilai_id) FROM nilai "
        "WHERE pembelajaran_id = :a)",
        touched=("nilai", "SELECT min(nilai_id) FROM nilai WHERE pembelajaran_id = :a"),
    ),
    Case(
        "NL-KOSONG-01",
        "pembelajaran",
        """UPDATE nilai SET nilai_pengetahuan = NULL, nilai_keterampilan = NULL
             WHERE nilai_id = (SELECT min(nilai_id) FROM nilai WHERE pembelajaran_id = :a)""",
        touched=("nilai", "SELECT min(nilai_id) FROM nilai WHERE pembelajaran_id = :a"),
    ),
    Case(
        "REF-MAPELKUR-01",
        "pembelajaran",
        """UPDATE ref_mata_pelajaran_kurikulum SET expired_date = '2026-01-01'
             WHERE (kurikulum_id, mata_pelajaran_id, tingkat_pendidikan_id) = (
               SELECT r.kurikulum_id, p.mata_pelajaran_id, r.tingkat_pendidikan_id FROM
                   pembelajaran p
               JOIN rombongan_belajar r ON r.rombongan_belajar_id = p.rombongan_belajar_id
               WHERE p.pembelajaran_id = :a)""",
    ),
]


def _referensi_case(use) -> Case:
    """Point the picked row at a copy of its code that expired before today."""
    column = use.columns[0]
    holder, holder_pk, key = use.subject, PK[use.subject], f"{use.pk} = :a"
    if use.via:
        holder = use.via.split()[1]
        holder_pk = {
            "ptk_terdaftar": "ptk_terdaftar_id",
            "tugas_tambahan": "ptk_tugas_tambahan_id",
        }[holder]
        key = "ptk_id = :a"
    new_code = "'9999999999'" if use.ref_table == "ref_wilayah" else "9999"
    return Case(
        use.code,
        use.subject,
        (
            f"""CREATE TEMP TABLE retired AS SELECT * FROM {use.ref_table}
                WHERE {use.ref_pk} = (SELECT {column} FROM {holder} WHERE {key})""",
            f"UPDATE temp.retired SET {use.ref_pk} = {new_code}, expired_date = '2026-01-01'",
            f"INSERT INTO {use.ref_table} SELECT * FROM temp.retired",
            f"UPDATE {holder} SET {column} = {new_code} WHERE {key}",
        ),
        where=(
            f"x.{use.pk} IN (SELECT {'ptk_id' if use.via else use.pk} FROM {holder} WHERE "
            f"{column} IS NOT NULL)"
        ),
        touched=(holder, f"SELECT {holder_pk} FROM {holder} WHERE {key}"),
    )


ALL_CASES = CASES + [_referensi_case(use) for use in USES]


def _ids(conn, sql: str, a: str, b: str | None) -> set[str]:
    return {row[0] for row in conn.execute(text(sql), {"a": a, "b": b})}


def _pick(conn, case: Case) -> tuple[str, str | None]:
    pk = PK[case.table]
    sql = (
        case.pick
        or f"SELECT x.{pk} FROM {case.table} x WHERE ({case.where}) ORDER BY x.{pk} LIMIT 2"
    )
    ids = [row[0] for row in conn.execute(text(sql))]
    return ids[0], (ids[1] if len(ids) > 1 else None)


def _flagged(engine, code: str, today) -> set[str]:
    with engine.connect() as conn:
        params = validation.period_params(conn, today)
        return {r.row_id for r in validation.evaluate(conn, BY_CODE[code], params)}


def test_every_rule_has_a_case():
    assert {rule.code for rule in ALL_RULES} == {case.code for case in ALL_CASES}


def test_there_are_at_least_fifty_rules_over_every_tab():
    assert len(ALL_RULES) >= 50
    assert {rule.tab for rule in ALL_RULES} == set(validation.TABS)


@pytest.mark.parametrize("case", ALL_CASES, ids=lambda c: c.code)
def test_rule_fails_the_mistaken_row_and_passes_the_other(case, valid_small, today):
    with valid_small.connect() as conn:
        a, b = _pick(conn, case)
    assert a not in _flagged(valid_small, case.code, today)
    validation.run(valid_small, today=today)  # stored results before the mistake

    statements = (case.mutate,) if isinstance(case.mutate, str) else case.mutate
    with valid_small.begin() as conn:
        for statement in statements:
            conn.execute(text(statement), {"a": a, "b": b})
        if case.expect == "a":
            expected = {a}
        elif case.expect == "ab":
            expected = {a, b}
        else:
            expected = _ids(conn, case.expect, a, b)
        table, touched_sql = case.touched or (case.table, "SELECT :a")
        touched = _ids(conn, touched_sql, a, b)

    flagged = _flagged(valid_small, case.code, today)
    assert flagged == expected
    if b is not None and b not in expected:
        assert b not in flagged

    for row_id in touched:
        validation.run_record(valid_small, table, row_id, today=today)
    stored = {r.row_id for r in validation.stored_results(valid_small) if r.code == case.code}
    assert stored == expected
