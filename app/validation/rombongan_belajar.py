"""Rombongan Belajar tab: wali kelas, tingkat and kurikulum for the school's
jenjang, members, room and its capacity, pembelajaran."""

from dapodik.i18n import QT_TRANSLATE_NOOP

from .rule import INVALID, PERINGATAN, Rule, active_ptk

TAB = "rombongan_belajar"
SCHOOL_BENTUK = """(SELECT b.* FROM sekolah s
    JOIN ref_bentuk_pendidikan b ON b.bentuk_pendidikan_id = s.bentuk_pendidikan_id
    WHERE s.sekolah_id = :sekolah_id)"""
MEMBERS = """(SELECT count(*) FROM anggota_rombel a JOIN peserta_didik pd
    ON pd.peserta_didik_id = a.peserta_didik_id AND pd.soft_delete = 0
    WHERE a.rombongan_belajar_id = r.rombongan_belajar_id AND a.soft_delete = 0)"""


def _rombel_rule(code, severity, message, where, columns="", touches=(TAB,), kelas=True, **kw):
    """A rule over the active semester's rombel; ``kelas`` keeps it to jenis 1 (Kelas),
    the rombel every student belongs to."""
    jenis = "AND r.jenis_rombel = 1" if kelas else ""
    return Rule(
        code,
        TAB,
        severity,
        message,
        f"""SELECT 'rombongan_belajar' AS table_name, r.rombongan_belajar_id AS row_id,
               r.nama AS nama{columns}
        FROM rombongan_belajar r
        WHERE r.soft_delete = 0 AND r.semester_id = :semester_id {jenis}
          AND r.rombongan_belajar_id {{scope}} AND ({where})""",
        (TAB,),
        touches,
        **kw,
    )


RULES = [
    _rombel_rule(
        "RB-WALI-01",
        INVALID,
        QT_TRANSLATE_NOOP("Validasi", "Rombel {nama} belum punya wali kelas"),
        "r.ptk_id IS NULL",
    ),
    _rombel_rule(
        "RB-WALI-02",
        INVALID,
        QT_TRANSLATE_NOOP(
            "Validasi", "Wali kelas rombel {nama} ({wali}) bukan PTK aktif di sekolah ini"
        ),
        f"""r.ptk_id IS NOT NULL
            AND NOT EXISTS (SELECT 1 FROM ptk p WHERE p.ptk_id = r.ptk_id AND {active_ptk()})""",
        ", coalesce((SELECT nama FROM ptk p WHERE p.ptk_id = r.ptk_id), '-') AS wali",
        touches=(TAB, "ptk", "ptk_terdaftar"),
    ),
    _rombel_rule(
        "RB-TINGKAT-01",
        INVALID,
        QT_TRANSLATE_NOOP("Validasi", "Rombel {nama} belum diisi tingkat pendidikannya"),
        "r.tingkat_pendidikan_id IS NULL",
    ),
    _rombel_rule(
        "RB-TINGKAT-02",
        INVALID,
        QT_TRANSLATE_NOOP(
            "Validasi", "Rombel {nama}: tingkat {tingkat} di luar jenjang sekolah ({tmin}–{tmax})"
        ),
        f"""r.tingkat_pendidikan_id NOT BETWEEN (SELECT tingkat_min FROM {SCHOOL_BENTUK})
            AND (SELECT tingkat_max FROM {SCHOOL_BENTUK})""",
        f""", r.tingkat_pendidikan_id AS tingkat, (SELECT tingkat_min FROM {SCHOOL_BENTUK}) AS tmin,
            (SELECT tingkat_max FROM {SCHOOL_BENTUK}) AS tmax""",
        touches=(TAB, "sekolah"),
        kelas=False,
    ),
    _rombel_rule(
        "RB-ANGGOTA-01",
        INVALID,
        QT_TRANSLATE_NOOP("Validasi", "Rombel {nama} belum punya anggota"),
        f"{MEMBERS} = 0",
        touches=(TAB, "anggota_rombel", "peserta_didik"),
    ),
    _rombel_rule(
        "RB-KURIKULUM-01",
        INVALID,
        QT_TRANSLATE_NOOP("Validasi", "Rombel {nama} belum diisi kurikulumnya"),
        "r.kurikulum_id IS NULL",
        kelas=False,
    ),
    _rombel_rule(
        "RB-KURIKULUM-02",
        INVALID,
        QT_TRANSLATE_NOOP(
            "Validasi", "Rombel {nama}: kurikulum {kurikulum} bukan untuk jenjang sekolah ini"
        ),
        f"""r.kurikulum_id IS NOT NULL AND (SELECT k.jenjang_pendidikan_id FROM ref_kurikulum k
            WHERE k.kurikulum_id = r.kurikulum_id)
            IS NOT (SELECT jenjang_pendidikan_id FROM {SCHOOL_BENTUK})""",
        """, (SELECT k.nama FROM ref_kurikulum k WHERE k.kurikulum_id = r.kurikulum_id)
            AS kurikulum""",
        touches=(TAB, "sekolah"),
        kelas=False,
    ),
    _rombel_rule(
        "RB-RUANG-01",
        INVALID,
        QT_TRANSLATE_NOOP("Validasi", "Rombel {nama} belum diisi ruang (prasarana) kelasnya"),
        """NOT EXISTS (SELECT 1 FROM ruang x WHERE x.id_ruang = r.id_ruang
            AND x.soft_delete = 0)""",
        touches=(TAB, "ruang"),
    ),
    _rombel_rule(
        "RB-KAPASITAS-01",
        PERINGATAN,
        QT_TRANSLATE_NOOP(
            "Validasi", "Rombel {nama}: {anggota} anggota melebihi kapasitas ruang {kapasitas}"
        ),
        f"""{MEMBERS} > (SELECT x.kapasitas FROM ruang x WHERE x.id_ruang = r.id_ruang
            AND x.soft_delete = 0)""",
        f""", {MEMBERS} AS anggota, (SELECT x.kapasitas FROM ruang x
            WHERE x.id_ruang = r.id_ruang) AS kapasitas""",
        touches=(TAB, "anggota_rombel", "peserta_didik", "ruang"),
    ),
    _rombel_rule(
        "RB-NAMA-01",
        INVALID,
        QT_TRANSLATE_NOOP(
            "Validasi", "Nama rombel {nama} dipakai lebih dari satu rombel pada semester ini"
        ),
        """upper(trim(r.nama)) IN (SELECT upper(trim(o.nama)) FROM rombongan_belajar o
            WHERE o.soft_delete = 0 AND o.semester_id = :semester_id
            GROUP BY upper(trim(o.nama)) HAVING count(*) > 1)""",
        kelas=False,
        links={
            TAB: """SELECT o.rombongan_belajar_id FROM rombongan_belajar o
                JOIN rombongan_belajar c ON upper(trim(c.nama)) = upper(trim(o.nama))
                 AND c.semester_id = o.semester_id WHERE c.rombongan_belajar_id = :id"""
        },
        recheck_flagged=True,
    ),
    _rombel_rule(
        "RB-PEMBELAJARAN-01",
        INVALID,
        QT_TRANSLATE_NOOP("Validasi", "Rombel {nama} belum punya pembelajaran"),
        """NOT EXISTS (SELECT 1 FROM pembelajaran pb WHERE pb.soft_delete = 0
            AND pb.rombongan_belajar_id = r.rombongan_belajar_id)""",
        touches=(TAB, "pembelajaran"),
    ),
]
