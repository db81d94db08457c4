"""Jadwal tab: nobody and nothing in two places at once, and the timetable
agrees with the hours of each pembelajaran."""

from dapodik.i18n import QT_TRANSLATE_NOOP

from .rule import INVALID, PERINGATAN, Rule

TAB = "jadwal"
HARI = (
    "CASE j.hari WHEN 1 THEN 'Senin' WHEN 2 THEN 'Selasa' WHEN 3 THEN 'Rabu' "
    "WHEN 4 THEN 'Kamis' WHEN 5 THEN 'Jumat' WHEN 6 THEN 'Sabtu' ELSE 'Minggu' END"
)
# Every slot of the semester with who teaches, which rombel, and where.
SLOTS = """SELECT j.jadwal_id, j.hari, j.bel_ke, j.id_ruang, pb.rombongan_belajar_id,
        t.ptk_id
    FROM jadwal j JOIN pembelajaran pb ON pb.pembelajaran_id = j.pembelajaran_id
    JOIN ptk_terdaftar t ON t.ptk_terdaftar_id = pb.ptk_terdaftar_id
    WHERE j.soft_delete = 0 AND pb.soft_delete = 0 AND j.semester_id = :semester_id"""
# The rows sharing a changed row's time slot: the ones a clash can involve.
SAME_SLOT = """SELECT o.jadwal_id FROM jadwal o JOIN jadwal c ON c.hari = o.hari
    AND c.bel_ke = o.bel_ke AND c.semester_id = o.semester_id WHERE c.jadwal_id = :id"""
TOUCHES = (TAB, "pembelajaran", "ptk_terdaftar")


def _clash_rule(code: str, message: str, same: str, differ: str, columns: str) -> Rule:
    """Slots sharing ``same`` at the same hari and bel while ``differ`` differs;
    every row of a clash is named. One pass with window functions: a self-join
    of the timetable costs several times more."""
    window = f"OVER (PARTITION BY hari, bel_ke, {same})"
    return Rule(
        code,
        TAB,
        INVALID,
        message,
        f"""WITH s AS (SELECT *, min({differ}) {window} AS lo, max({differ}) {window} AS hi,
                      count(*) {window} AS jumlah
                   FROM ({SLOTS}) WHERE {same} IS NOT NULL
                     -- only the time slots of the rows in scope can hold their clashes
                     AND (hari, bel_ke) IN (SELECT x.hari, x.bel_ke FROM jadwal x
                                            WHERE x.jadwal_id {{scope}}))
        SELECT 'jadwal' AS table_name, j.jadwal_id AS row_id, {HARI} AS hari, j.bel_ke AS bel,
               j.jumlah AS jumlah{columns}
        FROM s j WHERE j.lo <> j.hi AND j.jadwal_id {{scope}}""",
        (TAB,),
        TOUCHES,
        links={TAB: SAME_SLOT},
        recheck_flagged=True,
    )


RULES = [
    _clash_rule(
        "JD-BENTROK-01",
        QT_TRANSLATE_NOOP(
            "Validasi", "Guru {guru} mengajar di dua tempat sekaligus: {hari} jam ke-{bel}"
        ),
        "ptk_id",
        "jadwal_id",
        ", (SELECT nama FROM ptk p WHERE p.ptk_id = j.ptk_id) AS guru",
    ),
    _clash_rule(
        "JD-RUANG-01",
        QT_TRANSLATE_NOOP(
            "Validasi", "Ruang {ruang} dipakai dua rombel sekaligus: {hari} jam ke-{bel}"
        ),
        "id_ruang",
        "rombongan_belajar_id",
        ", (SELECT nama FROM ruang x WHERE x.id_ruang = j.id_ruang) AS ruang",
    ),
    _clash_rule(
        "JD-ROMBEL-01",
        QT_TRANSLATE_NOOP(
            "Validasi", "Rombel {rombel} punya dua pelajaran sekaligus: {hari} jam ke-{bel}"
        ),
        "rombongan_belajar_id",
        "jadwal_id",
        """, (SELECT nama FROM rombongan_belajar r
            WHERE r.rombongan_belajar_id = j.rombongan_belajar_id) AS rombel""",
    ),
    Rule(
        "JD-WAKTU-01",
        TAB,
        INVALID,
        QT_TRANSLATE_NOOP(
            "Validasi", "Jadwal hari ke-{hari} jam ke-{bel}: hari harus 1–6 dan jam ke 1–15"
        ),
        """SELECT 'jadwal' AS table_name, j.jadwal_id AS row_id, j.hari AS hari, j.bel_ke AS bel
        FROM jadwal j WHERE j.soft_delete = 0 AND j.semester_id = :semester_id
          AND j.jadwal_id {scope}
          AND (j.hari NOT BETWEEN 1 AND 6 OR j.bel_ke NOT BETWEEN 1 AND 15)""",
        (TAB,),
        (TAB,),
    ),
    Rule(
        "JD-JAM-01",
        TAB,
        PERINGATAN,
        QT_TRANSLATE_NOOP(
            "Validasi",
            "{mapel} di rombel {rombel}: {terjadwal} jam terjadwal, seharusnya {jam} jam",
        ),
        # Only for a school that keeps a timetable at all this semester.
        """SELECT 'pembelajaran' AS table_name, pb.pembelajaran_id AS row_id,
               pb.nama_mata_pelajaran AS mapel, r.nama AS rombel,
               pb.jam_mengajar_per_minggu AS jam, count(j.jadwal_id) AS terjadwal
        FROM pembelajaran pb JOIN rombongan_belajar r
          ON r.rombongan_belajar_id = pb.rombongan_belajar_id
        LEFT JOIN jadwal j ON j.pembelajaran_id = pb.pembelajaran_id AND j.soft_delete = 0
        WHERE pb.soft_delete = 0 AND pb.semester_id = :semester_id AND pb.pembelajaran_id {scope}
          AND EXISTS (SELECT 1 FROM jadwal x
                      WHERE x.semester_id = :semester_id AND x.soft_delete = 0)
        GROUP BY pb.pembelajaran_id
        HAVING count(j.jadwal_id) <> pb.jam_mengajar_per_minggu""",
        ("pembelajaran",),
        ("pembelajaran", "jadwal"),
    ),
]
