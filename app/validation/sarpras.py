"""Sarpras tab: ruang and bangunan placement, their condition (kerusakan) for the
semester, plausible areas, and equipment counts."""

from dapodik.i18n import QT_TRANSLATE_NOOP

from .rule import INVALID, Rule

TAB = "sarpras"
# The two kinds of prasarana and the parts whose damage Dapodik records.
RUANG_PARTS = ("lantai", "dinding", "plafon", "pintu", "jendela")
BANGUNAN_PARTS = ("pondasi", "kolom_balok", "atap", "dinding", "lantai")
PRASARANA = (
    ("ruang", "id_ruang", "ruang_longitudinal", RUANG_PARTS),
    ("bangunan", "id_bangunan", "bangunan_longitudinal", BANGUNAN_PARTS),
)
PRASARANA_TOUCHES = ("ruang", "ruang_longitudinal", "bangunan", "bangunan_longitudinal")


def _per_prasarana(select: str) -> str:
    """The same check over ruang and bangunan, as one query; ``select`` names the
    prasarana ``x`` and its semester row ``l``, with ``{parts}`` for the damage
    percentages (unrecorded ones as 0)."""
    return "\nUNION ALL\n".join(
        select.replace("{table}", table)
        .replace("{pk}", pk)
        .replace("{longitudinal}", longitudinal)
        .replace("{parts}", ", ".join(f"coalesce(l.rusak_{part}, 0)" for part in parts))
        for table, pk, longitudinal, parts in PRASARANA
    )


def _area_rule(code: str, message: str, table: str, pk: str, area: str) -> Rule:
    """Area must be given and agree with length × width within 10 %."""
    return Rule(
        code,
        TAB,
        INVALID,
        message,
        f"""SELECT '{table}' AS table_name, x.{pk} AS row_id, x.nama AS nama,
               coalesce(x.{area}, 0) AS luas, x.panjang AS panjang, x.lebar AS lebar
        FROM {table} x WHERE x.soft_delete = 0 AND x.{pk} {{scope}}
          AND (coalesce(x.{area}, 0) <= 0 OR (x.panjang > 0 AND x.lebar > 0
               AND abs(x.panjang * x.lebar - x.{area}) > 0.1 * x.{area}))""",
        (table,),
        (table,),
    )


RULES = [
    Rule(
        "SP-RUANG-01",
        TAB,
        INVALID,
        QT_TRANSLATE_NOOP("Validasi", "Ruang {nama} tidak berada di bangunan mana pun"),
        """SELECT 'ruang' AS table_name, x.id_ruang AS row_id, x.nama AS nama FROM ruang x
        WHERE x.soft_delete = 0 AND x.id_ruang {scope} AND NOT EXISTS (
            SELECT 1 FROM bangunan b WHERE b.id_bangunan = x.id_bangunan AND b.soft_delete = 0)""",
        ("ruang",),
        ("ruang", "bangunan"),
    ),
    Rule(
        "SP-KONDISI-01",
        TAB,
        INVALID,
        QT_TRANSLATE_NOOP("Validasi", "{nama}: data kerusakan (kondisi) semester ini belum diisi"),
        _per_prasarana(
            """SELECT '{table}' AS table_name, x.{pk} AS row_id, x.nama AS nama FROM {table} x
            WHERE x.soft_delete = 0 AND x.{pk} {scope} AND NOT EXISTS (
                SELECT 1 FROM {longitudinal} l WHERE l.{pk} = x.{pk} AND l.soft_delete = 0
                  AND l.semester_id = :semester_id)"""
        ),
        ("ruang", "bangunan"),
        PRASARANA_TOUCHES,
    ),
    Rule(
        "SP-KONDISI-02",
        TAB,
        INVALID,
        QT_TRANSLATE_NOOP("Validasi", "{nama}: persentase kerusakan harus antara 0 dan 100"),
        _per_prasarana(
            """SELECT '{table}' AS table_name, x.{pk} AS row_id, x.nama AS nama FROM {table} x
            JOIN {longitudinal} l ON l.{pk} = x.{pk} AND l.soft_delete = 0
                 AND l.semester_id = :semester_id
            WHERE x.soft_delete = 0 AND x.{pk} {scope}
              AND (min({parts}) < 0 OR max({parts}) > 100)"""
        ),
        ("ruang", "bangunan"),
        PRASARANA_TOUCHES,
    ),
    Rule(
        "SP-KONDISI-03",
        TAB,
        INVALID,
        QT_TRANSLATE_NOOP(
            "Validasi",
            "{nama}: kategori kerusakan tidak sesuai kerusakan terbesar {persen}% "
            "(seharusnya {seharusnya})",
        ),
        # The worst part decides, so a collapsing roof is never averaged away.
        _per_prasarana(
            """SELECT '{table}' AS table_name, x.{pk} AS row_id, x.nama AS nama,
                   max({parts}) AS persen, k.nama AS seharusnya
            FROM {table} x JOIN {longitudinal} l ON l.{pk} = x.{pk} AND l.soft_delete = 0
                 AND l.semester_id = :semester_id
            JOIN ref_kerusakan k ON max({parts}) BETWEEN k.persen_min AND k.persen_max
            WHERE x.soft_delete = 0 AND x.{pk} {scope} AND l.kerusakan_id IS NOT k.kerusakan_id"""
        ),
        ("ruang", "bangunan"),
        PRASARANA_TOUCHES,
    ),
    _area_rule(
        "SP-LUAS-01",
        QT_TRANSLATE_NOOP(
            "Validasi",
            "Ruang {nama}: luas {luas} m² tidak sesuai panjang {panjang} × lebar {lebar}",
        ),
        "ruang",
        "id_ruang",
        "luas_ruang",
    ),
    _area_rule(
        "SP-LUAS-02",
        QT_TRANSLATE_NOOP(
            "Validasi",
            "Bangunan {nama}: luas tapak {luas} m² tidak sesuai panjang {panjang} × lebar {lebar}",
        ),
        "bangunan",
        "id_bangunan",
        "luas_tapak",
    ),
    _area_rule(
        "SP-LUAS-03",
        QT_TRANSLATE_NOOP(
            "Validasi",
            "Tanah {nama}: luas {luas} m² tidak sesuai panjang {panjang} × lebar {lebar}",
        ),
        "tanah",
        "id_tanah",
        "luas",
    ),
    Rule(
        "SP-LANTAI-01",
        TAB,
        INVALID,
        QT_TRANSLATE_NOOP(
            "Validasi", "Ruang {nama} di lantai {lantai}, padahal bangunannya {jml_lantai} lantai"
        ),
        """SELECT 'ruang' AS table_name, x.id_ruang AS row_id, x.nama AS nama,
               x.lantai AS lantai, b.jml_lantai AS jml_lantai
        FROM ruang x JOIN bangunan b ON b.id_bangunan = x.id_bangunan AND b.soft_delete = 0
        WHERE x.soft_delete = 0 AND x.id_ruang {scope} AND x.lantai > b.jml_lantai""",
        ("ruang",),
        ("ruang", "bangunan"),
    ),
    Rule(
        "SP-BANGUNAN-01",
        TAB,
        INVALID,
        QT_TRANSLATE_NOOP("Validasi", "Bangunan {nama} tidak berada di tanah mana pun"),
        """SELECT 'bangunan' AS table_name, x.id_bangunan AS row_id, x.nama AS nama
        FROM bangunan x WHERE x.soft_delete = 0 AND x.id_bangunan {scope} AND NOT EXISTS (
            SELECT 1 FROM tanah t WHERE t.id_tanah = x.id_tanah AND t.soft_delete = 0)""",
        ("bangunan",),
        ("bangunan", "tanah"),
    ),
    Rule(
        "SP-ALAT-01",
        TAB,
        INVALID,
        QT_TRANSLATE_NOOP(
            "Validasi", "Sarana {nama}: jumlah laik {laik} melebihi jumlah {jumlah} atau negatif"
        ),
        """SELECT 'alat' AS table_name, x.id_alat AS row_id, x.nama AS nama,
               l.jumlah_laik AS laik, l.jumlah AS jumlah
        FROM alat x JOIN alat_longitudinal l ON l.id_alat = x.id_alat AND l.soft_delete = 0
             AND l.semester_id = :semester_id
        WHERE x.soft_delete = 0 AND x.id_alat {scope}
          AND (l.jumlah_laik > l.jumlah OR l.jumlah < 0 OR l.jumlah_laik < 0)""",
        ("alat",),
        ("alat", "alat_longitudinal"),
    ),
    Rule(
        "SP-ALAT-02",
        TAB,
        INVALID,
        QT_TRANSLATE_NOOP("Validasi", "Sarana {nama}: jumlah dan kondisi semester ini belum diisi"),
        """SELECT 'alat' AS table_name, x.id_alat AS row_id, x.nama AS nama FROM alat x
        WHERE x.soft_delete = 0 AND x.id_alat {scope} AND NOT EXISTS (
            SELECT 1 FROM alat_longitudinal l WHERE l.id_alat = x.id_alat AND l.soft_delete = 0
              AND l.semester_id = :semester_id)""",
        ("alat",),
        ("alat", "alat_longitudinal"),
    ),
]
