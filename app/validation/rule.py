"""What a rule is, and the SQL fragments the rules of every tab share.

A rule is data: a code, a tab, a severity, an Indonesian message and one
set-based query. The query returns ``table_name``, ``row_id`` and the message's
parameters as further columns; ``{scope}`` follows every subject-row id in it,
so the engine can run the same query over the whole tab or over a few rows.
A comment ``/*scoped: … */`` holds SQL that only a scoped run includes, to narrow
a subquery over a whole table to the rows that matter (it may use ``{scope}``).

Queries receive these parameters: ``:semester_id`` and ``:tahun_ajaran_id`` (the
active period), ``:mulai`` (first day of the tahun ajaran, ages count from it),
``:today`` and ``:sekolah_id``.
"""

from collections.abc import Mapping
from dataclasses import dataclass, field

from dapodik.i18n import QT_TRANSLATE_NOOP

INVALID, PERINGATAN = "invalid", "peringatan"
SEVERITIES = (INVALID, PERINGATAN)

# The data tabs, in the order the operator sees them.
TABS = (
    "sekolah",
    "sarpras",
    "peserta_didik",
    "ptk",
    "rombongan_belajar",
    "pembelajaran",
    "jadwal",
    "nilai",
    "referensi",
)
# Each tab's name as the operator knows it.
TAB_TITLES = {
    "sekolah": QT_TRANSLATE_NOOP("Validasi", "Sekolah"),
    "sarpras": QT_TRANSLATE_NOOP("Validasi", "Sarpras"),
    "peserta_didik": QT_TRANSLATE_NOOP("Validasi", "Peserta Didik"),
    "ptk": QT_TRANSLATE_NOOP("Validasi", "GTK"),
    "rombongan_belajar": QT_TRANSLATE_NOOP("Validasi", "Rombongan Belajar"),
    "pembelajaran": QT_TRANSLATE_NOOP("Validasi", "Pembelajaran"),
    "jadwal": QT_TRANSLATE_NOOP("Validasi", "Jadwal"),
    "nilai": QT_TRANSLATE_NOOP("Validasi", "Nilai"),
    "referensi": QT_TRANSLATE_NOOP("Validasi", "Referensi"),
}


@dataclass(frozen=True)
class Rule:
    code: str
    tab: str
    severity: str
    # Template filled from the query's extra columns, marked with QT_TRANSLATE_NOOP.
    message: str
    sql: str
    # Tables whose rows the query returns (the rows a result names).
    subjects: tuple[str, ...]
    # School tables whose change can change the outcome; saving a row of one of
    # these re-runs the rule.
    touches: tuple[str, ...]
    # When the query returns a ``variant`` column: the message for each value.
    variants: Mapping[str, str] = field(default_factory=dict)
    # touched table -> SQL mapping a changed row ``:id`` to the subject rows it can
    # affect, where the shared links in ``links.py`` do not say it right.
    links: Mapping[str, str] = field(default_factory=dict)
    # A result names rows the changed row is no longer linked to once it changes
    # (the other holder of a duplicate, the other half of a clash): a record run
    # re-checks every row the rule flagged before, so those results clear too.
    recheck_flagged: bool = False

    def __post_init__(self) -> None:
        if self.tab not in TABS or self.severity not in SEVERITIES:
            raise ValueError(f"{self.code}: unknown tab or severity")
        if "{scope}" not in self.sql:
            raise ValueError(f"{self.code}: query without {{scope}}")

    def render(self, params: Mapping[str, object]) -> str:
        template = self.variants.get(str(params.get("variant")), self.message)
        return template.format(**params)


# --- shared fragments -------------------------------------------------------


def active_pd(alias: str = "pd") -> str:
    """A student who has not left: an open registrasi, or none at all yet (which
    PD-REG-01 reports), so that identity rules still look at them."""
    return f"""{alias}.soft_delete = 0 AND (
        EXISTS (SELECT 1 FROM registrasi_peserta_didik r_
                WHERE r_.peserta_didik_id = {alias}.peserta_didik_id AND r_.soft_delete = 0
                  AND r_.jenis_keluar_id IS NULL)
        OR NOT EXISTS (SELECT 1 FROM registrasi_peserta_didik r_
                WHERE r_.peserta_didik_id = {alias}.peserta_didik_id AND r_.soft_delete = 0))"""


def enrolled_pd(alias: str = "pd") -> str:
    """A student with an open registrasi at the school: the ones who must sit in a
    rombel, have this semester's data, and so on."""
    return f"""{alias}.soft_delete = 0 AND EXISTS (
        SELECT 1 FROM registrasi_peserta_didik r_
        WHERE r_.peserta_didik_id = {alias}.peserta_didik_id AND r_.soft_delete = 0
          AND r_.jenis_keluar_id IS NULL)"""


def active_ptk(alias: str = "p") -> str:
    """A PTK assigned to this school for the active tahun ajaran and not gone."""
    return f"""{alias}.soft_delete = 0 AND EXISTS (
        SELECT 1 FROM ptk_terdaftar t_ WHERE t_.ptk_id = {alias}.ptk_id AND t_.soft_delete = 0
          AND t_.tahun_ajaran_id = :tahun_ajaran_id AND t_.jenis_keluar_id IS NULL)"""


def is_blank(expr: str) -> str:
    return f"coalesce(trim({expr}), '') = ''"


def not_digits(expr: str, length: int) -> str:
    """True when ``expr`` is not exactly ``length`` decimal digits."""
    return f"(length({expr}) <> {length} OR {expr} GLOB '*[^0-9]*')"


def age_at(born: str, reference: str = ":mulai") -> str:
    """Full years between two ISO dates, as SQLite stores them."""
    return (
        f"(CAST(strftime('%Y', {reference}) AS INTEGER) - CAST(strftime('%Y', {born}) AS INTEGER)"
        f" - (strftime('%m-%d', {reference}) < strftime('%m-%d', {born})))"
    )


def ddmmyyyy(expr: str) -> str:
    """An ISO date as the operator writes it."""
    return f"strftime('%d-%m-%Y', {expr})"
