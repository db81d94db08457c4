"""Peserta Didik tab: identity (NIK, NISN, names, mother's name), registration,
class membership, KIP/PIP, age for the jenjang and tingkat, per-semester data."""

from dapodik.i18n import QT_TRANSLATE_NOOP

from .people import People, ibu_kandung_rule, name_rules, nik_rules
from .rule import (
    INVALID,
    PERINGATAN,
    Rule,
    active_pd,
    age_at,
    ddmmyyyy,
    enrolled_pd,
    is_blank,
    not_digits,
)

TAB = "peserta_didik"
IDENTITY = ("peserta_didik", "registrasi_peserta_didik")
PD = People(TAB, "peserta_didik", "peserta_didik_id", active_pd("x"), IDENTITY)


def _student_rule(population, code, severity, message, where, columns="", touches=IDENTITY, **kw):
    """A rule over the students in ``population`` (an SQL condition on ``pd``),
    one result per student."""
    return Rule(
        code,
        TAB,
        severity,
        message,
        f"""SELECT 'peserta_didik' AS table_name, pd.peserta_didik_id AS row_id{columns}
        FROM peserta_didik pd
        WHERE {population} AND pd.peserta_didik_id {{scope}} AND ({where})""",
        ("peserta_didik",),
        touches,
        **kw,
    )


def _pd_rule(*args, **kw) -> Rule:
    """A rule over students who have not left, registered or not yet."""
    return _student_rule(active_pd(), *args, **kw)


def _enrolled_rule(*args, **kw) -> Rule:
    """A rule over students with an open registrasi at the school."""
    return _student_rule(enrolled_pd(), *args, **kw)


# Jenis-1 (Kelas) rombel memberships of the active semester.
KELAS_MEMBERSHIP = """SELECT a.peserta_didik_id, r.tingkat_pendidikan_id
    FROM anggota_rombel a JOIN rombongan_belajar r
      ON r.rombongan_belajar_id = a.rombongan_belajar_id
    WHERE a.soft_delete = 0 AND r.soft_delete = 0 AND r.jenis_rombel = 1
      AND r.semester_id = :semester_id /*scoped: AND a.peserta_didik_id {scope} */"""
ROMBEL_TOUCHES = IDENTITY + ("anggota_rombel", "rombongan_belajar")
SCHOOL_AGE = """(SELECT b.usia_min, b.usia_max FROM sekolah s
    JOIN ref_bentuk_pendidikan b ON b.bentuk_pendidikan_id = s.bentuk_pendidikan_id
    WHERE s.sekolah_id = :sekolah_id)"""
BIRTH_YEAR = "strftime('%Y', pd.tanggal_lahir)"
BIRTH_YEAR_END = f"substr({BIRTH_YEAR}, 2, 3)"
NISN_WELL_FORMED = f"NOT {is_blank('pd.nisn')} AND NOT {not_digits('pd.nisn', 10)}"
# Heights and weights a student can have; the entry form refuses what PD-LONG-02 would flag.
TINGGI_CM = (50, 250)
BERAT_KG = (10, 200)

RULES = [
    *nik_rules("PD", PD),
    _pd_rule(
        "PD-NISN-01",
        INVALID,
        QT_TRANSLATE_NOOP("Validasi", "NISN {nisn}: {panjang} karakter, harus 10 digit angka"),
        f"NOT {is_blank('pd.nisn')} AND {not_digits('pd.nisn', 10)}",
        ", pd.nisn AS nisn, length(pd.nisn) AS panjang",
    ),
    _pd_rule(
        "PD-NISN-02",
        INVALID,
        QT_TRANSLATE_NOOP("Validasi", "NISN {nisn} dipakai juga oleh peserta didik lain"),
        f"""{NISN_WELL_FORMED} AND pd.nisn IN (
            SELECT nisn FROM peserta_didik x WHERE {active_pd("x")}
              /*scoped: AND x.nisn IN (SELECT y.nisn FROM peserta_didik y
                                       WHERE y.peserta_didik_id {{scope}}) */
            GROUP BY nisn HAVING count(*) > 1)""",
        ", pd.nisn AS nisn",
        # A changed NISN can make (or stop making) a twin of any student with it.
        links={
            "peserta_didik": """SELECT o.peserta_didik_id FROM peserta_didik o
                JOIN peserta_didik c ON c.nisn = o.nisn WHERE c.peserta_didik_id = :id"""
        },
        recheck_flagged=True,
    ),
    _pd_rule(
        "PD-NISN-03",
        PERINGATAN,
        QT_TRANSLATE_NOOP(
            "Validasi",
            "NISN {nisn}: tiga digit awal {awal} tidak sama dengan tahun lahir {tahun} "
            "(tetap valid, periksa kembali)",
        ),
        f"{NISN_WELL_FORMED} AND substr(pd.nisn, 1, 3) <> {BIRTH_YEAR_END}",
        f", pd.nisn AS nisn, substr(pd.nisn, 1, 3) AS awal, {BIRTH_YEAR} AS tahun",
    ),
    ibu_kandung_rule("PD-IBU-01", PD),
    *name_rules(
        ("PD-NAMA-01", "PD-NAMA-02", "PD-NAMA-03"),
        PD,
        "nama",
        (
            QT_TRANSLATE_NOOP(
                "Validasi", 'Nama peserta didik "{nama}" mengandung simbol atau angka'
            ),
            QT_TRANSLATE_NOOP(
                "Validasi", 'Nama peserta didik "{nama}" mengandung tab atau baris baru'
            ),
            QT_TRANSLATE_NOOP(
                "Validasi", 'Nama peserta didik "{nama}" tidak mengandung huruf vokal'
            ),
        ),
    ),
    *name_rules(
        ("PD-IBU-02", "PD-IBU-03", "PD-IBU-04"),
        PD,
        "nama_ibu_kandung",
        (
            QT_TRANSLATE_NOOP("Validasi", 'Nama ibu kandung "{nama}" mengandung simbol atau angka'),
            QT_TRANSLATE_NOOP(
                "Validasi", 'Nama ibu kandung "{nama}" mengandung tab atau baris baru'
            ),
            QT_TRANSLATE_NOOP("Validasi", 'Nama ibu kandung "{nama}" tidak mengandung huruf vokal'),
        ),
    ),
    _pd_rule(
        "PD-JK-01",
        INVALID,
        QT_TRANSLATE_NOOP("Validasi", 'Jenis kelamin "{jk}" tidak dikenal; isi L atau P'),
        "coalesce(pd.jenis_kelamin, '') NOT IN ('L', 'P')",
        ", coalesce(pd.jenis_kelamin, '') AS jk",
    ),
    _pd_rule(
        "PD-LAHIR-01",
        INVALID,
        QT_TRANSLATE_NOOP("Validasi", "Tanggal lahir {tanggal} kosong atau di masa depan"),
        "pd.tanggal_lahir IS NULL OR pd.tanggal_lahir > :today",
        f", coalesce({ddmmyyyy('pd.tanggal_lahir')}, '-') AS tanggal",
    ),
    _pd_rule(
        "PD-LAHIR-02",
        PERINGATAN,
        QT_TRANSLATE_NOOP("Validasi", "Tempat lahir belum diisi"),
        is_blank("pd.tempat_lahir"),
    ),
    _pd_rule(
        "PD-AGAMA-01",
        INVALID,
        QT_TRANSLATE_NOOP("Validasi", "Agama belum diisi"),
        "pd.agama_id IS NULL",
    ),
    _pd_rule(
        "PD-KK-01",
        PERINGATAN,
        QT_TRANSLATE_NOOP("Validasi", "Nomor KK {no_kk}: harus 16 digit angka"),
        f"NOT {is_blank('pd.no_kk')} AND {not_digits('pd.no_kk', 16)}",
        ", pd.no_kk AS no_kk",
    ),
    _pd_rule(
        "PD-REG-01",
        INVALID,
        QT_TRANSLATE_NOOP("Validasi", "Peserta didik belum punya registrasi di sekolah ini"),
        """NOT EXISTS (SELECT 1 FROM registrasi_peserta_didik r
            WHERE r.peserta_didik_id = pd.peserta_didik_id AND r.soft_delete = 0)""",
    ),
    Rule(
        "PD-REG-02",
        TAB,
        INVALID,
        QT_TRANSLATE_NOOP(
            "Validasi", "Peserta didik punya {jumlah} registrasi aktif; seharusnya satu"
        ),
        """SELECT 'peserta_didik' AS table_name, pd.peserta_didik_id AS row_id, k.jumlah AS jumlah
        FROM (SELECT peserta_didik_id, count(*) AS jumlah FROM registrasi_peserta_didik
              WHERE soft_delete = 0 AND jenis_keluar_id IS NULL
                /*scoped: AND peserta_didik_id {scope} */
              GROUP BY peserta_didik_id
              HAVING count(*) > 1) k
        JOIN peserta_didik pd ON pd.peserta_didik_id = k.peserta_didik_id
        WHERE pd.soft_delete = 0 AND pd.peserta_didik_id {scope}""",
        ("peserta_didik",),
        IDENTITY,
    ),
    _enrolled_rule(
        "PD-REG-03",
        INVALID,
        QT_TRANSLATE_NOOP(
            "Validasi", "Tanggal masuk sekolah {masuk} sebelum tanggal lahir {lahir}"
        ),
        """EXISTS (SELECT 1 FROM registrasi_peserta_didik r WHERE r.soft_delete = 0
            AND r.peserta_didik_id = pd.peserta_didik_id
            AND r.tanggal_masuk_sekolah < pd.tanggal_lahir)""",
        f""", (SELECT {ddmmyyyy("min(r.tanggal_masuk_sekolah)")} FROM registrasi_peserta_didik r
            WHERE r.soft_delete = 0 AND r.peserta_didik_id = pd.peserta_didik_id) AS masuk,
            {ddmmyyyy("pd.tanggal_lahir")} AS lahir""",
    ),
    Rule(
        "PD-KELUAR-01",
        TAB,
        INVALID,
        QT_TRANSLATE_NOOP(
            "Validasi", "Registrasi keluar: jenis keluar dan tanggal keluar harus diisi bersama"
        ),
        """SELECT 'peserta_didik' AS table_name, pd.peserta_didik_id AS row_id
        FROM peserta_didik pd WHERE pd.soft_delete = 0 AND pd.peserta_didik_id {scope}
          AND EXISTS (SELECT 1 FROM registrasi_peserta_didik r
            WHERE r.peserta_didik_id = pd.peserta_didik_id AND r.soft_delete = 0
              AND (r.jenis_keluar_id IS NULL) <> (r.tanggal_keluar IS NULL))""",
        ("peserta_didik",),
        IDENTITY,
    ),
    _enrolled_rule(
        "PD-ROMBEL-01",
        INVALID,
        QT_TRANSLATE_NOOP(
            "Validasi", "Peserta didik aktif belum masuk rombel kelas pada semester ini"
        ),
        f"pd.peserta_didik_id NOT IN (SELECT peserta_didik_id FROM ({KELAS_MEMBERSHIP}))",
        touches=ROMBEL_TOUCHES,
    ),
    _enrolled_rule(
        "PD-ROMBEL-02",
        INVALID,
        QT_TRANSLATE_NOOP(
            "Validasi", "Peserta didik terdaftar di {jumlah} rombel kelas pada semester ini"
        ),
        f"""pd.peserta_didik_id IN (SELECT peserta_didik_id FROM ({KELAS_MEMBERSHIP})
            GROUP BY peserta_didik_id HAVING count(*) > 1)""",
        f""", (SELECT count(*) FROM ({KELAS_MEMBERSHIP}) k
            WHERE k.peserta_didik_id = pd.peserta_didik_id) AS jumlah""",
        touches=ROMBEL_TOUCHES,
    ),
    _pd_rule(
        "PD-KIP-01",
        INVALID,
        QT_TRANSLATE_NOOP(
            "Validasi", "Penerima KIP dicentang tetapi nomor KIP atau nama di KIP kosong"
        ),
        f"pd.penerima_kip = 1 AND ({is_blank('pd.no_kip')} OR {is_blank('pd.nm_kip')})",
    ),
    _pd_rule(
        "PD-KIP-02",
        INVALID,
        QT_TRANSLATE_NOOP(
            "Validasi", "Nomor KIP {no_kip} diisi tetapi penerima KIP tidak dicentang"
        ),
        f"coalesce(pd.penerima_kip, 0) = 0 AND NOT {is_blank('pd.no_kip')}",
        ", pd.no_kip AS no_kip",
    ),
    _pd_rule(
        "PD-KIP-03",
        INVALID,
        QT_TRANSLATE_NOOP("Validasi", "Nomor KIP {no_kip}: harus 6 karakter huruf atau angka"),
        f"NOT {is_blank('pd.no_kip')}"
        " AND (length(pd.no_kip) <> 6 OR pd.no_kip GLOB '*[^A-Za-z0-9]*')",
        ", pd.no_kip AS no_kip",
    ),
    _pd_rule(
        "PD-PIP-01",
        INVALID,
        QT_TRANSLATE_NOOP("Validasi", "Layak PIP dicentang tetapi alasan layak PIP kosong"),
        f"pd.layak_pip = 1 AND {is_blank('pd.alasan_layak_pip')}",
    ),
    _pd_rule(
        "PD-PIP-02",
        PERINGATAN,
        QT_TRANSLATE_NOOP("Validasi", "Penerima KIP tetapi tidak ditandai layak PIP"),
        "pd.penerima_kip = 1 AND coalesce(pd.layak_pip, 0) = 0",
    ),
    _enrolled_rule(
        "PD-USIA-01",
        PERINGATAN,
        QT_TRANSLATE_NOOP(
            "Validasi",
            "Usia {usia} tahun di luar usia wajar jenjang ini ({usia_min}–{usia_max} tahun)",
        ),
        f"""pd.tanggal_lahir IS NOT NULL AND ({age_at("pd.tanggal_lahir")} NOT BETWEEN
              (SELECT usia_min FROM {SCHOOL_AGE}) AND (SELECT usia_max FROM {SCHOOL_AGE}))
            AND {age_at("pd.tanggal_lahir")} <= (SELECT usia_max + 5 FROM {SCHOOL_AGE})""",
        f""", {age_at("pd.tanggal_lahir")} AS usia, (SELECT usia_min FROM {SCHOOL_AGE}) AS usia_min,
            (SELECT usia_max FROM {SCHOOL_AGE}) AS usia_max""",
        touches=IDENTITY + ("sekolah",),
    ),
    _enrolled_rule(
        "PD-USIA-02",
        INVALID,
        QT_TRANSLATE_NOOP(
            "Validasi", "Usia {usia} tahun melebihi batas jenjang ini (lebih dari {batas} tahun)"
        ),
        f"""pd.tanggal_lahir IS NOT NULL
            AND {age_at("pd.tanggal_lahir")} > (SELECT usia_max + 5 FROM {SCHOOL_AGE})""",
        f", {age_at('pd.tanggal_lahir')} AS usia, (SELECT usia_max + 5 FROM {SCHOOL_AGE}) AS batas",
        touches=IDENTITY + ("sekolah",),
    ),
    Rule(
        "PD-USIA-03",
        TAB,
        PERINGATAN,
        QT_TRANSLATE_NOOP("Validasi", "Usia {usia} tahun tidak wajar untuk kelas {tingkat}"),
        # One class membership only: two are PD-ROMBEL-02's, and which one counts is unknown.
        f"""SELECT 'peserta_didik' AS table_name, pd.peserta_didik_id AS row_id,
               {age_at("pd.tanggal_lahir")} AS usia, k.tingkat AS tingkat
        FROM (SELECT peserta_didik_id, max(tingkat_pendidikan_id) AS tingkat
              FROM ({KELAS_MEMBERSHIP}) GROUP BY peserta_didik_id HAVING count(*) = 1) k
        JOIN peserta_didik pd ON pd.peserta_didik_id = k.peserta_didik_id
        WHERE {enrolled_pd()} AND pd.peserta_didik_id {{scope}} AND k.tingkat > 0
          AND {age_at("pd.tanggal_lahir")} - k.tingkat NOT BETWEEN 5 AND 8""",
        ("peserta_didik",),
        ROMBEL_TOUCHES,
    ),
    _enrolled_rule(
        "PD-LONG-01",
        INVALID,
        QT_TRANSLATE_NOOP(
            "Validasi", "Data periodik (tinggi, berat, jarak) semester ini belum diisi"
        ),
        """NOT EXISTS (SELECT 1 FROM peserta_didik_longitudinal l
            WHERE l.peserta_didik_id = pd.peserta_didik_id AND l.soft_delete = 0
              AND l.semester_id = :semester_id)""",
        touches=IDENTITY + ("peserta_didik_longitudinal",),
    ),
    _enrolled_rule(
        "PD-LONG-02",
        PERINGATAN,
        QT_TRANSLATE_NOOP(
            "Validasi", "Data periodik tidak wajar: tinggi {tinggi} cm, berat {berat} kg"
        ),
        f"""EXISTS (SELECT 1 FROM peserta_didik_longitudinal l
            WHERE l.peserta_didik_id = pd.peserta_didik_id AND l.soft_delete = 0
              AND l.semester_id = :semester_id
              AND (l.tinggi_badan NOT BETWEEN {TINGGI_CM[0]} AND {TINGGI_CM[1]}
                   OR l.berat_badan NOT BETWEEN {BERAT_KG[0]} AND {BERAT_KG[1]}))""",
        """, (SELECT l.tinggi_badan FROM peserta_didik_longitudinal l
              WHERE l.peserta_didik_id = pd.peserta_didik_id AND l.soft_delete = 0
                AND l.semester_id = :semester_id) AS tinggi,
            (SELECT l.berat_badan FROM peserta_didik_longitudinal l
              WHERE l.peserta_didik_id = pd.peserta_didik_id AND l.soft_delete = 0
                AND l.semester_id = :semester_id) AS berat""",
        touches=IDENTITY + ("peserta_didik_longitudinal",),
    ),
]
