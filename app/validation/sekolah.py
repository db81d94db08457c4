"""Sekolah tab: NPSN, the principal (Kepala Sekolah or PLT), address and wilayah,
accreditation, founding documents, and the semester's data."""

from dapodik.i18n import QT_TRANSLATE_NOOP

from .rule import INVALID, PERINGATAN, Rule, ddmmyyyy, is_blank, not_digits

TAB = "sekolah"
KEPALA_SEKOLAH, PLT = 2, 34
# The principal's tugas tambahan as the ministry reads it: Kepala Sekolah or PLT at
# this school with no end date (TST).
PRINCIPAL_DUTY = f"""SELECT tt.ptk_id, tt.jabatan_ptk_id FROM tugas_tambahan tt
    JOIN ptk p ON p.ptk_id = tt.ptk_id
    WHERE tt.soft_delete = 0 AND p.soft_delete = 0 AND tt.sekolah_id = :sekolah_id
      AND tt.jabatan_ptk_id IN ({KEPALA_SEKOLAH}, {PLT}) AND tt.tst_tambahan IS NULL"""
PRINCIPAL_TOUCHES = ("sekolah", "tugas_tambahan", "ptk", "ptk_terdaftar")


def _sekolah_rule(code, severity, message, where, columns="", touches=("sekolah",)) -> Rule:
    return Rule(
        code,
        TAB,
        severity,
        message,
        f"""SELECT 'sekolah' AS table_name, s.sekolah_id AS row_id{columns} FROM sekolah s
        WHERE s.soft_delete = 0 AND s.sekolah_id {{scope}} AND ({where})""",
        ("sekolah",),
        touches,
    )


RULES = [
    _sekolah_rule(
        "SK-NPSN-01",
        INVALID,
        QT_TRANSLATE_NOOP("Validasi", "NPSN {npsn}: harus 8 digit angka"),
        f"{is_blank('s.npsn')} OR {not_digits('s.npsn', 8)}",
        ", coalesce(s.npsn, '') AS npsn",
    ),
    _sekolah_rule(
        "SK-KEPSEK-01",
        INVALID,
        QT_TRANSLATE_NOOP(
            "Validasi", "Kepala Sekolah atau PLT belum diisi (tugas tambahan tanpa TST)"
        ),
        f"NOT EXISTS ({PRINCIPAL_DUTY})",
        touches=PRINCIPAL_TOUCHES,
    ),
    _sekolah_rule(
        "SK-KEPSEK-02",
        INVALID,
        QT_TRANSLATE_NOOP(
            "Validasi",
            "Lebih dari satu kepala sekolah aktif: {ks} Kepala Sekolah dan {plt} PLT; "
            "akhiri (isi TST) yang tidak menjabat lagi",
        ),
        f"(SELECT count(*) FROM ({PRINCIPAL_DUTY})) > 1",
        f""", (SELECT count(*) FROM ({PRINCIPAL_DUTY})
                WHERE jabatan_ptk_id = {KEPALA_SEKOLAH}) AS ks,
            (SELECT count(*) FROM ({PRINCIPAL_DUTY}) WHERE jabatan_ptk_id = {PLT}) AS plt""",
        touches=PRINCIPAL_TOUCHES,
    ),
    Rule(
        "SK-KEPSEK-03",
        TAB,
        INVALID,
        QT_TRANSLATE_NOOP(
            "Validasi",
            "Kepala Sekolah/PLT {nama} tidak terdaftar sebagai PTK induk di sekolah ini "
            "untuk tahun ajaran ini",
        ),
        f"""SELECT 'ptk' AS table_name, p.ptk_id AS row_id, p.nama AS nama FROM ptk p
        WHERE p.ptk_id {{scope}} AND p.ptk_id IN (SELECT ptk_id FROM ({PRINCIPAL_DUTY}))
          AND NOT EXISTS (SELECT 1 FROM ptk_terdaftar t WHERE t.ptk_id = p.ptk_id
            AND t.soft_delete = 0 AND t.sekolah_id = :sekolah_id AND t.ptk_induk = 1
            AND t.tahun_ajaran_id = :tahun_ajaran_id AND t.jenis_keluar_id IS NULL)""",
        ("ptk",),
        PRINCIPAL_TOUCHES,
    ),
    _sekolah_rule(
        "SK-NAMA-01",
        INVALID,
        QT_TRANSLATE_NOOP("Validasi", "Nama sekolah kosong"),
        is_blank("s.nama"),
    ),
    _sekolah_rule(
        "SK-ALAMAT-01",
        INVALID,
        QT_TRANSLATE_NOOP("Validasi", "Alamat jalan sekolah kosong"),
        is_blank("s.alamat_jalan"),
    ),
    _sekolah_rule(
        "SK-WILAYAH-01",
        INVALID,
        QT_TRANSLATE_NOOP(
            "Validasi", "Kode wilayah sekolah {kode} bukan desa/kelurahan di referensi wilayah"
        ),
        """s.kode_wilayah IS NULL OR NOT EXISTS (SELECT 1 FROM ref_wilayah w
            WHERE w.kode_wilayah = s.kode_wilayah AND w.id_level_wilayah = 4)""",
        ", coalesce(s.kode_wilayah, '-') AS kode",
    ),
    _sekolah_rule(
        "SK-KODEPOS-01",
        INVALID,
        QT_TRANSLATE_NOOP("Validasi", "Kode pos {kode_pos}: harus 5 digit angka"),
        f"{is_blank('s.kode_pos')} OR {not_digits('s.kode_pos', 5)}",
        ", coalesce(s.kode_pos, '') AS kode_pos",
    ),
    _sekolah_rule(
        "SK-KOORD-01",
        PERINGATAN,
        QT_TRANSLATE_NOOP(
            "Validasi", "Koordinat sekolah ({lintang}, {bujur}) kosong atau di luar Indonesia"
        ),
        "s.lintang IS NULL OR s.bujur IS NULL OR s.lintang NOT BETWEEN -11.5 AND 6.5"
        " OR s.bujur NOT BETWEEN 94.5 AND 141.5",
        ", coalesce(s.lintang, '-') AS lintang, coalesce(s.bujur, '-') AS bujur",
    ),
    _sekolah_rule(
        "SK-EMAIL-01",
        PERINGATAN,
        QT_TRANSLATE_NOOP("Validasi", "Alamat email sekolah {email} tidak sah"),
        f"NOT {is_blank('s.email')} AND (s.email NOT GLOB '?*@?*.?*' OR s.email GLOB '*[ ,;]*')",
        ", s.email AS email",
    ),
    _sekolah_rule(
        "SK-AKRED-01",
        INVALID,
        QT_TRANSLATE_NOOP("Validasi", "Akreditasi belum diisi"),
        "s.akreditasi_id IS NULL",
    ),
    _sekolah_rule(
        "SK-AKRED-02",
        INVALID,
        QT_TRANSLATE_NOOP(
            "Validasi", "Sekolah terakreditasi tanpa nomor SK akreditasi atau TMT akreditasi"
        ),
        # 1-3 are the grades A, B, C; the others have no decree to show.
        f"s.akreditasi_id IN (1, 2, 3)"
        f" AND ({is_blank('s.sk_akreditasi')} OR s.tmt_akreditasi IS NULL)",
    ),
    _sekolah_rule(
        "SK-AKRED-03",
        PERINGATAN,
        QT_TRANSLATE_NOOP(
            "Validasi", "Akreditasi sejak {tmt} sudah lebih dari 5 tahun; periksa akreditasi ulang"
        ),
        "s.akreditasi_id IN (1, 2, 3) AND s.tmt_akreditasi < date(:today, '-5 years')",
        f", {ddmmyyyy('s.tmt_akreditasi')} AS tmt",
    ),
    _sekolah_rule(
        "SK-SK-01",
        INVALID,
        QT_TRANSLATE_NOOP("Validasi", "SK pendirian sekolah atau tanggalnya kosong"),
        f"{is_blank('s.sk_pendirian_sekolah')} OR s.tanggal_sk_pendirian IS NULL",
    ),
    _sekolah_rule(
        "SK-SK-02",
        INVALID,
        QT_TRANSLATE_NOOP("Validasi", "SK izin operasional atau tanggalnya kosong"),
        f"{is_blank('s.sk_izin_operasional')} OR s.tanggal_sk_izin_operasional IS NULL",
    ),
    _sekolah_rule(
        "SK-LONG-01",
        INVALID,
        QT_TRANSLATE_NOOP(
            "Validasi", "Data periodik sekolah (listrik, air, internet) semester ini belum diisi"
        ),
        """NOT EXISTS (SELECT 1 FROM sekolah_longitudinal l WHERE l.sekolah_id = s.sekolah_id
            AND l.soft_delete = 0 AND l.semester_id = :semester_id)""",
        touches=("sekolah", "sekolah_longitudinal"),
    ),
]
