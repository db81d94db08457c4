"""Rules on people's identity that Peserta Didik and GTK share: NIK structure and
its agreement with tanggal lahir and jenis kelamin, and how a name is written.

Each builder returns the rules for one table, so the two tabs check a NIK or a
name in exactly the same way and differ only in code and wording.
"""

from dataclasses import dataclass

from dapodik.i18n import QT_TRANSLATE_NOOP

from .rule import INVALID, Rule, ddmmyyyy, is_blank, not_digits

PLACEHOLDERS = (
    "-", "--", ".", "0", "X", "XX", "XXX", "NN", "N/A", "IBU", "IBU KANDUNG",
    "TIDAK TAHU", "TDK TAHU", "TIDAK ADA", "TIDAK DIKETAHUI", "BELUM ADA",
)  # fmt: skip
PLACEHOLDER_LIST = ", ".join(f"'{p}'" for p in PLACEHOLDERS)
# Letters, the space and the punctuation real names carry (O'Neil, Moh., Jr).
NAME_SYMBOL_GLOB = "'*[^A-Za-z ''.,-]*'"


@dataclass(frozen=True)
class People:
    """Where a tab keeps its people."""

    tab: str
    table: str
    pk: str
    active: str  # SQL condition on alias ``x``
    touches: tuple[str, ...]


def _nik_cte(who: People) -> str:
    """The NIK split into its parts, with ``malformed`` set where PD-NIK-01's
    structure check fails, so the date and sex rules skip those NIKs."""
    return f"""
    WITH n AS (
        SELECT '{who.table}' AS table_name, x.{who.pk} AS row_id, coalesce(x.nik, '') AS nik,
               x.jenis_kelamin AS jk, x.tanggal_lahir AS tgl,
               CAST(substr(x.nik, 7, 2) AS INTEGER) AS dd,
               CAST(substr(x.nik, 9, 2) AS INTEGER) AS mm,
               CAST(substr(x.nik, 11, 2) AS INTEGER) AS yy
        FROM {who.table} x WHERE {who.active} AND x.{who.pk} {{scope}}
    ), d AS (
        SELECT *, CASE WHEN dd > 40 THEN dd - 40 ELSE dd END AS hari,
               -- the century NIK leaves out: the latest one not in the future
               CASE WHEN 2000 + yy <= CAST(strftime('%Y', :today) AS INTEGER)
                    THEN 2000 + yy ELSE 1900 + yy END AS tahun
        FROM n
    ), v AS (
        SELECT *, CASE
            WHEN nik = '' THEN 'kosong'
            WHEN {not_digits("nik", 16)} THEN 'panjang'
            WHEN substr(nik, 1, 2) NOT BETWEEN '11' AND '94' OR substr(nik, 3, 2) = '00'
                 OR substr(nik, 5, 2) = '00' THEN 'wilayah'
            WHEN mm NOT BETWEEN 1 AND 12 OR hari < 1 OR hari > CAST(strftime('%d',
                 date(printf('%04d-%02d-01', tahun, mm), '+1 month', '-1 day')) AS INTEGER)
                 THEN 'tanggal'
            WHEN substr(nik, 13, 4) = '0000' THEN 'urut'
        END AS variant FROM d
    )"""


def nik_rules(prefix: str, who: People) -> list[Rule]:
    cte = _nik_cte(who)
    return [
        Rule(
            f"{prefix}-NIK-01",
            who.tab,
            INVALID,
            QT_TRANSLATE_NOOP("Validasi", "NIK {nik}: tidak sesuai struktur NIK 16 digit"),
            f"""{cte}
            SELECT table_name, row_id, nik, variant, length(nik) AS panjang,
                   substr(nik, 1, 6) AS wilayah, printf('%02d-%02d', hari, mm) AS tanggal
            FROM v WHERE variant IS NOT NULL""",
            (who.table,),
            who.touches,
            variants={
                "kosong": QT_TRANSLATE_NOOP(
                    "Validasi", "NIK kosong; NIK wajib diisi 16 digit angka"
                ),
                "panjang": QT_TRANSLATE_NOOP(
                    "Validasi", "NIK {nik}: {panjang} karakter, harus 16 digit angka"
                ),
                "wilayah": QT_TRANSLATE_NOOP(
                    "Validasi", "NIK {nik}: kode wilayah {wilayah} tidak ada"
                ),
                "tanggal": QT_TRANSLATE_NOOP(
                    "Validasi", "NIK {nik}: tanggal lahir {tanggal} tidak ada"
                ),
                "urut": QT_TRANSLATE_NOOP("Validasi", "NIK {nik}: nomor urut 0000 tidak sah"),
            },
        ),
        Rule(
            f"{prefix}-NIK-02",
            who.tab,
            INVALID,
            QT_TRANSLATE_NOOP(
                "Validasi",
                "NIK {nik}: tanggal lahir di NIK {tanggal_nik} tidak sama dengan "
                "tanggal lahir {tanggal_lahir}",
            ),
            f"""{cte}
            SELECT table_name, row_id, nik,
                   printf('%02d-%02d-%02d', hari, mm, yy) AS tanggal_nik,
                   {ddmmyyyy("tgl")} AS tanggal_lahir
            FROM v WHERE variant IS NULL AND tgl IS NOT NULL
              AND (hari <> CAST(strftime('%d', tgl) AS INTEGER)
                   OR mm <> CAST(strftime('%m', tgl) AS INTEGER)
                   OR yy <> CAST(strftime('%Y', tgl) AS INTEGER) % 100)""",
            (who.table,),
            who.touches,
        ),
        Rule(
            f"{prefix}-NIK-03",
            who.tab,
            INVALID,
            QT_TRANSLATE_NOOP("Validasi", "NIK {nik}: tanggal di NIK tidak sesuai jenis kelamin"),
            f"""{cte}
            SELECT table_name, row_id, nik, jk AS variant, dd, hari + 40 AS dd_perempuan
            FROM v WHERE variant IS NULL AND jk IN ('L', 'P') AND (dd > 40) <> (jk = 'P')""",
            (who.table,),
            who.touches,
            variants={
                "P": QT_TRANSLATE_NOOP(
                    "Validasi",
                    "NIK {nik}: perempuan, tanggal lahir di NIK harus ditambah 40 "
                    "({dd} menjadi {dd_perempuan})",
                ),
                "L": QT_TRANSLATE_NOOP(
                    "Validasi",
                    "NIK {nik}: laki-laki, tanggal lahir di NIK ({dd}) tidak boleh ditambah 40",
                ),
            },
        ),
    ]


def _select(who: People, column: str, where: str, extra: str = "") -> str:
    shown = f"replace(replace(replace(x.{column}, char(9), ' '), char(10), ' '), char(13), ' ')"
    return f"""SELECT '{who.table}' AS table_name, x.{who.pk} AS row_id, {shown} AS nama{extra}
        FROM {who.table} x WHERE {who.active} AND x.{who.pk} {{scope}} AND ({where})"""


def _is_placeholder(column: str) -> str:
    return f"upper(trim(x.{column})) IN ({PLACEHOLDER_LIST})"


def name_rules(
    codes: tuple[str, str, str], who: People, column: str, messages: tuple[str, str, str]
) -> list[Rule]:
    """Symbols or digits; a tab or line break; no vowel (``codes`` and ``messages``
    in that order). Placeholders and empty values are left to the rule that asks
    for the value itself."""
    filled = f"NOT {is_blank(f'x.{column}')} AND NOT {_is_placeholder(column)}"
    # A tab or line break is its own mistake, so the symbol check reads them as spaces.
    flat = f"replace(replace(replace(x.{column}, char(9), ' '), char(10), ' '), char(13), ' ')"
    symbols, control, vowel = codes
    symbols_message, control_message, vowel_message = messages
    return [
        Rule(
            symbols,
            who.tab,
            INVALID,
            symbols_message,
            _select(who, column, f"{filled} AND {flat} GLOB {NAME_SYMBOL_GLOB}"),
            (who.table,),
            who.touches,
        ),
        Rule(
            control,
            who.tab,
            INVALID,
            control_message,
            _select(
                who,
                column,
                f"{filled} AND (instr(x.{column}, char(9)) OR instr(x.{column}, char(10))"
                f" OR instr(x.{column}, char(13)))",
            ),
            (who.table,),
            who.touches,
        ),
        Rule(
            vowel,
            who.tab,
            INVALID,
            vowel_message,
            _select(who, column, f"{filled} AND lower(x.{column}) NOT GLOB '*[aeiou]*'"),
            (who.table,),
            who.touches,
        ),
    ]


def ibu_kandung_rule(code: str, who: People) -> Rule:
    return Rule(
        code,
        who.tab,
        INVALID,
        QT_TRANSLATE_NOOP(
            "Validasi", 'Nama ibu kandung "{nama}" kosong atau bukan nama (isian pengganti)'
        ),
        _select(
            who,
            "nama_ibu_kandung",
            f"{is_blank('x.nama_ibu_kandung')} OR {_is_placeholder('nama_ibu_kandung')}",
        ),
        (who.table,),
        who.touches,
    )
