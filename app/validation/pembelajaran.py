"""Pembelajaran tab: the mata pelajaran belongs to the rombel's kurikulum, the
teacher is assigned to this school, and the hours stay within the kurikulum."""

from dapodik.i18n import QT_TRANSLATE_NOOP

from .rule import INVALID, PERINGATAN, Rule, is_blank

TAB = "pembelajaran"
# The kurikulum's line for this pembelajaran (its rombel's kurikulum and tingkat).
KURIKULUM_LINE = """SELECT mk.jumlah_jam FROM ref_mata_pelajaran_kurikulum mk
    WHERE mk.kurikulum_id = r.kurikulum_id AND mk.mata_pelajaran_id = pb.mata_pelajaran_id
      AND mk.tingkat_pendidikan_id = r.tingkat_pendidikan_id"""
TOUCHES = (TAB, "rombongan_belajar")


def _pb_rule(code, severity, message, where, columns="", touches=TOUCHES, **kw) -> Rule:
    return Rule(
        code,
        TAB,
        severity,
        message,
        f"""SELECT 'pembelajaran' AS table_name, pb.pembelajaran_id AS row_id,
               pb.nama_mata_pelajaran AS mapel, r.nama AS rombel{columns}
        FROM pembelajaran pb JOIN rombongan_belajar r
          ON r.rombongan_belajar_id = pb.rombongan_belajar_id AND r.soft_delete = 0
        WHERE pb.soft_delete = 0 AND pb.semester_id = :semester_id
          AND pb.pembelajaran_id {{scope}} AND ({where})""",
        (TAB,),
        touches,
        **kw,
    )


RULES = [
    _pb_rule(
        "PB-MAPEL-01",
        INVALID,
        QT_TRANSLATE_NOOP(
            "Validasi", "{mapel} di rombel {rombel}: mata pelajaran tidak ada di kurikulum rombel"
        ),
        # Muatan lokal and tambahan (status 2, 3) may lie outside the kurikulum; a rombel
        # without kurikulum or tingkat is the rombel rules' to report.
        f"""pb.status_di_kurikulum = 1 AND r.kurikulum_id IS NOT NULL
            AND r.tingkat_pendidikan_id IS NOT NULL AND NOT EXISTS ({KURIKULUM_LINE})""",
    ),
    _pb_rule(
        "PB-JAM-01",
        INVALID,
        QT_TRANSLATE_NOOP(
            "Validasi",
            "{mapel} di rombel {rombel}: {jam} jam per minggu melebihi kurikulum ({batas} jam)",
        ),
        f"pb.jam_mengajar_per_minggu > ({KURIKULUM_LINE})",
        f", pb.jam_mengajar_per_minggu AS jam, ({KURIKULUM_LINE}) AS batas",
    ),
    _pb_rule(
        "PB-JAM-02",
        INVALID,
        QT_TRANSLATE_NOOP(
            "Validasi", "{mapel} di rombel {rombel}: jam mengajar per minggu harus lebih dari 0"
        ),
        "coalesce(pb.jam_mengajar_per_minggu, 0) <= 0",
    ),
    _pb_rule(
        "PB-PTK-01",
        INVALID,
        QT_TRANSLATE_NOOP(
            "Validasi",
            "{mapel} di rombel {rombel}: guru tidak ditugaskan di sekolah ini tahun ajaran ini",
        ),
        """NOT EXISTS (SELECT 1 FROM ptk_terdaftar t JOIN ptk p ON p.ptk_id = t.ptk_id
            WHERE t.ptk_terdaftar_id = pb.ptk_terdaftar_id AND t.soft_delete = 0
              AND p.soft_delete = 0 AND t.sekolah_id = :sekolah_id
              AND t.tahun_ajaran_id = :tahun_ajaran_id AND t.jenis_keluar_id IS NULL)""",
        touches=(TAB, "ptk_terdaftar", "ptk"),
    ),
    _pb_rule(
        "PB-DUPLIKAT-01",
        INVALID,
        QT_TRANSLATE_NOOP("Validasi", "{mapel} diajarkan lebih dari sekali di rombel {rombel}"),
        """pb.induk_pembelajaran_id IS NULL AND EXISTS (SELECT 1 FROM pembelajaran o
            WHERE o.rombongan_belajar_id = pb.rombongan_belajar_id
              AND o.mata_pelajaran_id = pb.mata_pelajaran_id AND o.soft_delete = 0
              AND o.induk_pembelajaran_id IS NULL AND o.pembelajaran_id <> pb.pembelajaran_id)""",
        links={
            TAB: """SELECT o.pembelajaran_id FROM pembelajaran o JOIN pembelajaran c
                ON c.rombongan_belajar_id = o.rombongan_belajar_id WHERE c.pembelajaran_id = :id"""
        },
        recheck_flagged=True,
    ),
    _pb_rule(
        "PB-SK-01",
        PERINGATAN,
        QT_TRANSLATE_NOOP(
            "Validasi", "{mapel} di rombel {rombel}: nomor atau tanggal SK mengajar kosong"
        ),
        f"{is_blank('pb.sk_mengajar')} OR pb.tanggal_sk_mengajar IS NULL",
    ),
    _pb_rule(
        "PB-SEMESTER-01",
        INVALID,
        QT_TRANSLATE_NOOP(
            "Validasi", "{mapel}: semester pembelajaran tidak sama dengan semester rombel {rombel}"
        ),
        "pb.semester_id <> r.semester_id",
    ),
]
