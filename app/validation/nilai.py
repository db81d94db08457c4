"""Nilai tab: grades within 0–100, given to members of the pembelajaran's rombel,
and present for every member of an active pembelajaran."""

from dapodik.i18n import QT_TRANSLATE_NOOP

from .rule import INVALID, PERINGATAN, Rule

TAB = "nilai"


def _nilai_rule(code: str, message: str, where: str, columns: str = "", with_: str = "") -> Rule:
    """A rule over the semester's nilai; names are looked up for the offending
    rows only, as 45,000 lookups would cost more than the check itself."""
    return Rule(
        code,
        TAB,
        INVALID,
        message,
        f"""{with_} SELECT 'nilai' AS table_name, n.nilai_id AS row_id,
               (SELECT pd.nama FROM anggota_rombel a JOIN peserta_didik pd
                  ON pd.peserta_didik_id = a.peserta_didik_id
                WHERE a.anggota_rombel_id = n.anggota_rombel_id) AS siswa,
               (SELECT pb.nama_mata_pelajaran FROM pembelajaran pb
                WHERE pb.pembelajaran_id = n.pembelajaran_id) AS mapel{columns}
        FROM nilai n
        WHERE n.soft_delete = 0 AND n.semester_id = :semester_id AND n.nilai_id {{scope}}
          AND ({where})""",
        (TAB,),
        (TAB, "anggota_rombel", "pembelajaran"),
    )


def _members(narrow: str) -> str:
    """Members of a rombel who count: not removed, and the student not deleted.
    ``narrow`` limits a scoped run to the members its rows can concern."""
    return f"""m AS MATERIALIZED (SELECT a.anggota_rombel_id, a.rombongan_belajar_id
        FROM anggota_rombel a JOIN peserta_didik pd
          ON pd.peserta_didik_id = a.peserta_didik_id AND pd.soft_delete = 0
        WHERE a.soft_delete = 0 /*scoped: AND {narrow} */)"""


# What narrows the members in a scoped run: those of the nilai, or of the
# pembelajaran's rombel, in scope.
NILAI_MEMBERS = """a.anggota_rombel_id IN (SELECT q.anggota_rombel_id FROM nilai q
    WHERE q.nilai_id {scope})"""
PEMBELAJARAN_MEMBERS = """a.rombongan_belajar_id IN (SELECT q.rombongan_belajar_id
    FROM pembelajaran q WHERE q.pembelajaran_id {scope})"""

RULES = [
    _nilai_rule(
        "NL-RANGE-01",
        QT_TRANSLATE_NOOP(
            "Validasi", "Nilai {mapel} {siswa}: pengetahuan {p}, keterampilan {k}; harus 0–100"
        ),
        "n.nilai_pengetahuan NOT BETWEEN 0 AND 100 OR n.nilai_keterampilan NOT BETWEEN 0 AND 100",
        ", n.nilai_pengetahuan AS p, n.nilai_keterampilan AS k",
    ),
    _nilai_rule(
        "NL-ANGGOTA-01",
        QT_TRANSLATE_NOOP(
            "Validasi", "Nilai {mapel} untuk {siswa}, yang bukan anggota rombel pembelajaran ini"
        ),
        # Small materialized copies: probing them is cheaper than the tables' uuid indexes.
        """NOT EXISTS (SELECT 1 FROM m JOIN p ON p.rombongan_belajar_id = m.rombongan_belajar_id
            WHERE m.anggota_rombel_id = n.anggota_rombel_id
              AND p.pembelajaran_id = n.pembelajaran_id)""",
        with_=f"""WITH {_members(NILAI_MEMBERS)},
            p AS MATERIALIZED (SELECT pembelajaran_id, rombongan_belajar_id FROM pembelajaran
              /*scoped: WHERE pembelajaran_id IN (SELECT q.pembelajaran_id FROM nilai q
                         WHERE q.nilai_id {{scope}}) */)""",
    ),
    _nilai_rule(
        "NL-SEMESTER-01",
        QT_TRANSLATE_NOOP(
            "Validasi",
            "Nilai {mapel} {siswa}: semester nilai tidak sama dengan semester pembelajaran",
        ),
        """n.pembelajaran_id IN (SELECT pembelajaran_id FROM pembelajaran
            WHERE semester_id <> :semester_id)""",
    ),
    Rule(
        "NL-KOSONG-01",
        TAB,
        PERINGATAN,
        QT_TRANSLATE_NOOP(
            "Validasi", "{mapel} di rombel {rombel}: {jumlah} peserta didik belum dinilai"
        ),
        # Counted rather than matched pair by pair: members of the rombel minus the
        # members with a grade (a grade with both parts empty is no grade).
        f"""WITH {_members(PEMBELAJARAN_MEMBERS)},
        -- "+": grouping in index order would fetch every nilai row at random
        graded AS (SELECT n.pembelajaran_id, m.rombongan_belajar_id, count(*) AS c
            FROM nilai n JOIN m ON m.anggota_rombel_id = n.anggota_rombel_id
            WHERE n.soft_delete = 0 AND n.pembelajaran_id {{scope}}
              AND (n.nilai_pengetahuan IS NOT NULL OR n.nilai_keterampilan IS NOT NULL)
            GROUP BY +n.pembelajaran_id, m.rombongan_belajar_id),
        expected AS (SELECT rombongan_belajar_id, count(*) AS c FROM m GROUP BY 1)
        SELECT 'pembelajaran' AS table_name, pb.pembelajaran_id AS row_id,
               pb.nama_mata_pelajaran AS mapel, r.nama AS rombel,
               e.c - coalesce(g.c, 0) AS jumlah
        FROM pembelajaran pb JOIN rombongan_belajar r
          ON r.rombongan_belajar_id = pb.rombongan_belajar_id AND r.soft_delete = 0
        JOIN expected e ON e.rombongan_belajar_id = pb.rombongan_belajar_id
        LEFT JOIN graded g ON g.pembelajaran_id = pb.pembelajaran_id
          AND g.rombongan_belajar_id = pb.rombongan_belajar_id
        WHERE pb.soft_delete = 0 AND pb.semester_id = :semester_id AND pb.pembelajaran_id {{scope}}
          AND e.c > coalesce(g.c, 0)""",
        ("pembelajaran",),
        ("pembelajaran", "anggota_rombel", "nilai", "peserta_didik"),
    ),
]
