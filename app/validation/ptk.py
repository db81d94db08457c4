"""GTK tab: PTK identity (NIK, NUPTK, NIP, names), employment status and its
documents, assignment to the school, education history, teaching load (JTM)."""

from dapodik.i18n import QT_TRANSLATE_NOOP

from .people import People, ibu_kandung_rule, name_rules, nik_rules
from .rule import INVALID, PERINGATAN, Rule, active_ptk, age_at, is_blank, not_digits

TAB = "ptk"
IDENTITY = ("ptk", "ptk_terdaftar")
PTK = People(TAB, "ptk", "ptk_id", active_ptk("x"), IDENTITY)
# PPPK hold a NIP and are not PNS; the referensi has no flag for it.
PPPK = 11
CPNS = 10
STATUS = """(SELECT is_pns FROM ref_status_kepegawaian s
    WHERE s.status_kepegawaian_id = p.status_kepegawaian_id)"""
IS_PNS = f"coalesce({STATUS}, 0) = 1"
HONORER = f"NOT {IS_PNS} AND p.status_kepegawaian_id <> {PPPK}"
# Hours taught per PTK this semester, and hours credited for open tugas tambahan.
TEACHING = """SELECT t.ptk_id, sum(pb.jam_mengajar_per_minggu) AS jam
    FROM pembelajaran pb JOIN ptk_terdaftar t ON t.ptk_terdaftar_id = pb.ptk_terdaftar_id
    WHERE pb.soft_delete = 0 AND t.soft_delete = 0 AND pb.semester_id = :semester_id
      /*scoped: AND t.ptk_id {scope} */
    GROUP BY t.ptk_id"""
DUTIES = """SELECT tt.ptk_id, sum(coalesce(tt.jumlah_jam, 0)) AS jam FROM tugas_tambahan tt
    WHERE tt.soft_delete = 0 AND (tt.tst_tambahan IS NULL OR tt.tst_tambahan >= :today)
      /*scoped: AND tt.ptk_id {scope} */
    GROUP BY tt.ptk_id"""
GURU = """EXISTS (SELECT 1 FROM ptk_terdaftar t
    JOIN ref_jenis_ptk j ON j.jenis_ptk_id = t.jenis_ptk_id
    WHERE t.ptk_id = p.ptk_id AND t.soft_delete = 0 AND t.tahun_ajaran_id = :tahun_ajaran_id
      AND t.jenis_keluar_id IS NULL AND j.guru = {guru})"""
HOLDS_PRINCIPAL = """EXISTS (SELECT 1 FROM tugas_tambahan tt WHERE tt.ptk_id = p.ptk_id
    AND tt.soft_delete = 0 AND tt.jabatan_ptk_id IN (2, 34) AND tt.tst_tambahan IS NULL)"""
TEACHES = """EXISTS (SELECT 1 FROM ptk_terdaftar t JOIN pembelajaran pb
    ON pb.ptk_terdaftar_id = t.ptk_terdaftar_id AND pb.soft_delete = 0
    AND pb.semester_id = :semester_id WHERE t.ptk_id = p.ptk_id AND t.soft_delete = 0)"""
LOAD_TOUCHES = IDENTITY + ("pembelajaran", "tugas_tambahan")


def _ptk_rule(code, severity, message, where, columns="", touches=IDENTITY, **kw) -> Rule:
    """A rule over the PTK active at the school this tahun ajaran."""
    return Rule(
        code,
        TAB,
        severity,
        message,
        f"""SELECT 'ptk' AS table_name, p.ptk_id AS row_id{columns} FROM ptk p
        WHERE {active_ptk()} AND p.ptk_id {{scope}} AND ({where})""",
        ("ptk",),
        touches,
        **kw,
    )


RULES = [
    *nik_rules("PTK", PTK),
    *name_rules(
        ("PTK-NAMA-01", "PTK-NAMA-02", "PTK-NAMA-03"),
        PTK,
        "nama",
        (
            QT_TRANSLATE_NOOP("Validasi", 'Nama PTK "{nama}" mengandung simbol atau angka'),
            QT_TRANSLATE_NOOP("Validasi", 'Nama PTK "{nama}" mengandung tab atau baris baru'),
            QT_TRANSLATE_NOOP("Validasi", 'Nama PTK "{nama}" tidak mengandung huruf vokal'),
        ),
    ),
    ibu_kandung_rule("PTK-IBU-01", PTK),
    *name_rules(
        ("PTK-IBU-02", "PTK-IBU-03", "PTK-IBU-04"),
        PTK,
        "nama_ibu_kandung",
        (
            QT_TRANSLATE_NOOP(
                "Validasi", 'Nama ibu kandung PTK "{nama}" mengandung simbol atau angka'
            ),
            QT_TRANSLATE_NOOP(
                "Validasi", 'Nama ibu kandung PTK "{nama}" mengandung tab atau baris baru'
            ),
            QT_TRANSLATE_NOOP(
                "Validasi", 'Nama ibu kandung PTK "{nama}" tidak mengandung huruf vokal'
            ),
        ),
    ),
    _ptk_rule(
        "PTK-JK-01",
        INVALID,
        QT_TRANSLATE_NOOP("Validasi", 'Jenis kelamin PTK "{jk}" tidak dikenal; isi L atau P'),
        "coalesce(p.jenis_kelamin, '') NOT IN ('L', 'P')",
        ", coalesce(p.jenis_kelamin, '') AS jk",
    ),
    _ptk_rule(
        "PTK-USIA-01",
        PERINGATAN,
        QT_TRANSLATE_NOOP(
            "Validasi", "Usia PTK {usia} tahun tidak wajar (di bawah 18 atau di atas 65)"
        ),
        f"p.tanggal_lahir IS NULL OR {age_at('p.tanggal_lahir')} NOT BETWEEN 18 AND 65",
        f", {age_at('p.tanggal_lahir')} AS usia",
    ),
    _ptk_rule(
        "PTK-NUPTK-01",
        INVALID,
        QT_TRANSLATE_NOOP("Validasi", "NUPTK {nuptk}: {panjang} karakter, harus 16 digit angka"),
        f"NOT {is_blank('p.nuptk')} AND {not_digits('p.nuptk', 16)}",
        ", p.nuptk AS nuptk, length(p.nuptk) AS panjang",
    ),
    _ptk_rule(
        "PTK-NUPTK-02",
        INVALID,
        QT_TRANSLATE_NOOP("Validasi", "NUPTK {nuptk} dipakai juga oleh PTK lain"),
        f"""NOT {not_digits("p.nuptk", 16)} AND p.nuptk IN (
            SELECT nuptk FROM ptk x WHERE {active_ptk("x")} GROUP BY nuptk HAVING count(*) > 1)""",
        ", p.nuptk AS nuptk",
        links={
            "ptk": """SELECT o.ptk_id FROM ptk o JOIN ptk c ON c.nuptk = o.nuptk
                WHERE c.ptk_id = :id"""
        },
        recheck_flagged=True,
    ),
    _ptk_rule(
        "PTK-NIP-01",
        INVALID,
        QT_TRANSLATE_NOOP("Validasi", "PTK berstatus {status} (PNS) tetapi NIP kosong"),
        f"{IS_PNS} AND {is_blank('p.nip')}",
        """, (SELECT nama FROM ref_status_kepegawaian s
            WHERE s.status_kepegawaian_id = p.status_kepegawaian_id) AS status""",
    ),
    _ptk_rule(
        "PTK-NIP-02",
        INVALID,
        QT_TRANSLATE_NOOP("Validasi", "NIP {nip}: {panjang} karakter, harus 18 digit angka"),
        f"NOT {is_blank('p.nip')} AND {not_digits('p.nip', 18)}",
        ", p.nip AS nip, length(p.nip) AS panjang",
    ),
    _ptk_rule(
        "PTK-NIP-03",
        INVALID,
        QT_TRANSLATE_NOOP(
            "Validasi",
            "NIP {nip}: tanggal lahir di NIP {tanggal_nip} tidak sama dengan tanggal lahir",
        ),
        f"""NOT {is_blank("p.nip")} AND NOT {not_digits("p.nip", 18)}
            AND substr(p.nip, 1, 8) <> strftime('%Y%m%d', p.tanggal_lahir)""",
        ", p.nip AS nip, substr(p.nip, 1, 8) AS tanggal_nip",
    ),
    _ptk_rule(
        "PTK-NIP-04",
        INVALID,
        QT_TRANSLATE_NOOP(
            "Validasi", "NIP {nip} diisi, padahal status kepegawaian {status} bukan PNS atau PPPK"
        ),
        f"NOT {is_blank('p.nip')} AND {HONORER}",
        """, p.nip AS nip, (SELECT nama FROM ref_status_kepegawaian s
            WHERE s.status_kepegawaian_id = p.status_kepegawaian_id) AS status""",
    ),
    _ptk_rule(
        "PTK-PNS-01",
        INVALID,
        QT_TRANSLATE_NOOP("Validasi", "PNS tanpa SK CPNS atau TMT CPNS"),
        f"{IS_PNS} AND ({is_blank('p.sk_cpns')} OR p.tgl_cpns IS NULL)",
    ),
    _ptk_rule(
        "PTK-PNS-02",
        INVALID,
        QT_TRANSLATE_NOOP("Validasi", "PNS tanpa TMT PNS"),
        f"{IS_PNS} AND p.status_kepegawaian_id <> {CPNS} AND p.tmt_pns IS NULL",
    ),
    _ptk_rule(
        "PTK-PANGKAT-01",
        INVALID,
        QT_TRANSLATE_NOOP(
            "Validasi", "Pangkat/golongan diisi, padahal status kepegawaian {status} bukan PNS"
        ),
        f"p.pangkat_golongan_id IS NOT NULL AND {HONORER}",
        """, (SELECT nama FROM ref_status_kepegawaian s
            WHERE s.status_kepegawaian_id = p.status_kepegawaian_id) AS status""",
    ),
    _ptk_rule(
        "PTK-PANGKAT-02",
        INVALID,
        QT_TRANSLATE_NOOP("Validasi", "PNS tanpa pangkat/golongan"),
        f"{IS_PNS} AND p.pangkat_golongan_id IS NULL",
    ),
    Rule(
        "PTK-TERDAFTAR-01",
        TAB,
        INVALID,
        QT_TRANSLATE_NOOP(
            "Validasi", "PTK belum ditugaskan (ptk terdaftar) di sekolah ini untuk tahun ajaran ini"
        ),
        # Someone who left (a penugasan with jenis keluar) no longer needs one.
        """SELECT 'ptk' AS table_name, p.ptk_id AS row_id FROM ptk p
        WHERE p.soft_delete = 0 AND p.ptk_id {scope} AND NOT EXISTS (
            SELECT 1 FROM ptk_terdaftar t WHERE t.ptk_id = p.ptk_id AND t.soft_delete = 0
              AND (t.tahun_ajaran_id = :tahun_ajaran_id OR t.jenis_keluar_id IS NOT NULL))""",
        ("ptk",),
        IDENTITY,
    ),
    _ptk_rule(
        "PTK-TERDAFTAR-02",
        INVALID,
        QT_TRANSLATE_NOOP(
            "Validasi", "PTK ditugaskan {jumlah} kali di sekolah ini pada tahun ajaran yang sama"
        ),
        """(SELECT count(*) FROM ptk_terdaftar t WHERE t.ptk_id = p.ptk_id AND t.soft_delete = 0
            AND t.tahun_ajaran_id = :tahun_ajaran_id AND t.jenis_keluar_id IS NULL) > 1""",
        """, (SELECT count(*) FROM ptk_terdaftar t WHERE t.ptk_id = p.ptk_id AND t.soft_delete = 0
            AND t.tahun_ajaran_id = :tahun_ajaran_id AND t.jenis_keluar_id IS NULL) AS jumlah""",
    ),
    _ptk_rule(
        "PTK-RWY-01",
        INVALID,
        QT_TRANSLATE_NOOP("Validasi", "Riwayat pendidikan formal PTK belum diisi"),
        """NOT EXISTS (SELECT 1 FROM rwy_pend_formal w
            WHERE w.ptk_id = p.ptk_id AND w.soft_delete = 0)""",
        touches=IDENTITY + ("rwy_pend_formal",),
    ),
    _ptk_rule(
        "PTK-TUGAS-01",
        INVALID,
        QT_TRANSLATE_NOOP("Validasi", "Tugas tambahan berakhir (TST) sebelum dimulai (TMT)"),
        """EXISTS (SELECT 1 FROM tugas_tambahan tt WHERE tt.ptk_id = p.ptk_id
            AND tt.soft_delete = 0 AND tt.tst_tambahan < tt.tmt_tambahan)""",
        touches=IDENTITY + ("tugas_tambahan",),
    ),
    _ptk_rule(
        "PTK-MENGAJAR-01",
        INVALID,
        QT_TRANSLATE_NOOP("Validasi", "Guru aktif belum punya pembelajaran pada semester ini"),
        f"{GURU.format(guru=1)} AND NOT {HOLDS_PRINCIPAL} AND NOT {TEACHES}",
        touches=LOAD_TOUCHES,
    ),
    Rule(
        "PTK-JTM-01",
        TAB,
        PERINGATAN,
        QT_TRANSLATE_NOOP(
            "Validasi",
            "JTM guru {jtm} jam ({mengajar} jam mengajar + {tambahan} jam tugas tambahan), "
            "kurang dari 24 jam",
        ),
        # Joined to TEACHING: a guru without any pembelajaran is PTK-MENGAJAR-01's.
        f"""SELECT 'ptk' AS table_name, p.ptk_id AS row_id, m.jam + coalesce(d.jam, 0) AS jtm,
               m.jam AS mengajar, coalesce(d.jam, 0) AS tambahan
        FROM ptk p JOIN ({TEACHING}) m ON m.ptk_id = p.ptk_id
        LEFT JOIN ({DUTIES}) d ON d.ptk_id = p.ptk_id
        WHERE {active_ptk()} AND p.ptk_id {{scope}} AND {GURU.format(guru=1)}
          AND m.jam + coalesce(d.jam, 0) < 24""",
        ("ptk",),
        LOAD_TOUCHES,
    ),
    _ptk_rule(
        "PTK-TENDIK-01",
        INVALID,
        QT_TRANSLATE_NOOP(
            "Validasi",
            "Tenaga kependidikan tercatat mengajar {jam} jam; pembelajaran hanya untuk guru",
        ),
        f"{GURU.format(guru=0)} AND NOT {GURU.format(guru=1)} AND {TEACHES}",
        f", (SELECT jam FROM ({TEACHING}) m WHERE m.ptk_id = p.ptk_id) AS jam",
        touches=LOAD_TOUCHES,
    ),
]
