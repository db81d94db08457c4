"""Form fields described as data, and the checks a value must pass.

A field's raw value is what an operator typed: text for text, digit and number
fields; a ``date`` or None for dates; the chosen value or None for choices; a bool
for check boxes. ``clean`` turns raw values into typed ones and lists every
problem, each naming the field and what is expected, in Bahasa Indonesia marked
for translation in context "Entry".
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation

from dapodik.i18n import QT_TRANSLATE_NOOP

EARLIEST = date(1900, 1, 1)


@dataclass(frozen=True)
class Field:
    key: str  # column name on the form's model (or on its part)
    label: str  # marked for translation in context "Entry"
    # text, nama, digits, alnum (letters and digits), int, decimal, date, choice, bool,
    # wilayah, email
    kind: str = "text"
    required: bool = False
    length: int = 0  # digits, alnum: exact count; text: the most characters the column holds
    source: str = ""  # choice: where the options come from (see options.py)
    minimum: float | None = None
    maximum: float | None = None
    not_after_today: bool = False  # dates that cannot be in the future (birth, TMT)
    part: str = ""  # "" for the form's own model, else the key of one of its parts
    group: str = ""  # the page of the form the field is shown on


# Parameters of a problem that hold a field's label, translated with the template.
LABELS = ("label", "other_label")


@dataclass(frozen=True)
class Problem:
    """One failed check. ``template`` is marked for translation in context "Entry";
    ``params`` fill its {placeholders}; ``field`` is the field it belongs to."""

    field: str
    template: str
    params: dict = field(default_factory=dict)

    def text(self, translate: Callable[[str], str] = lambda s: s) -> str:
        params = {k: translate(v) if k in LABELS else v for k, v in self.params.items()}
        return translate(self.template).format(**params)


class Unlisted(str):
    """Text typed (or read from Excel) for a choice that matches none of its options."""


REQUIRED = QT_TRANSLATE_NOOP("Entry", "{label} wajib diisi.")
DIGITS = QT_TRANSLATE_NOOP("Entry", "{label} harus {n} digit angka (sekarang {count} karakter).")
NOT_DIGITS = QT_TRANSLATE_NOOP("Entry", "{label} hanya boleh berisi angka.")
ALNUM = QT_TRANSLATE_NOOP(
    "Entry", "{label} harus {n} karakter huruf atau angka (sekarang {count} karakter)."
)
NOT_ALNUM = QT_TRANSLATE_NOOP("Entry", "{label} hanya boleh berisi huruf dan angka.")
# Per kind of fixed-length code: the characters it allows, and its two messages.
CODES = {
    "digits": (str.isdigit, NOT_DIGITS, DIGITS),
    "alnum": (lambda text: text.isascii() and text.isalnum(), NOT_ALNUM, ALNUM),
}
TOO_LONG = QT_TRANSLATE_NOOP("Entry", "{label} paling banyak {n} karakter.")
NOT_NUMBER = QT_TRANSLATE_NOOP("Entry", "{label} harus berupa angka.")
NOT_WHOLE = QT_TRANSLATE_NOOP("Entry", "{label} harus bilangan bulat.")
OUT_OF_RANGE = QT_TRANSLATE_NOOP("Entry", "{label} harus antara {minimum} dan {maximum}.")
DATE_RANGE = QT_TRANSLATE_NOOP("Entry", "{label} harus antara {earliest} dan {latest}.")
NOT_DATE = QT_TRANSLATE_NOOP("Entry", "{label} bukan tanggal yang sah (format HH-BB-TTTT).")
BAD_NAME = QT_TRANSLATE_NOOP(
    "Entry", "{label} hanya boleh berisi huruf, spasi, titik, koma, petik (') dan tanda hubung."
)
NAME_SYMBOLS = frozenset(" .,'-")
BAD_EMAIL = QT_TRANSLATE_NOOP("Entry", "{label} bukan alamat email (contoh: nama@contoh.id).")
NIK_DATE_INVALID = QT_TRANSLATE_NOOP(
    "Entry", "{label}: digit 7–12 harus tanggal lahir HHBBTT (perempuan: tanggal + 40)."
)
NIK_DATE_MISMATCH = QT_TRANSLATE_NOOP(
    "Entry",
    "{label} tidak cocok dengan Tanggal Lahir dan Jenis Kelamin: digit 7–12 seharusnya {expected}.",
)
NOT_LISTED = QT_TRANSLATE_NOOP("Entry", '{label}: "{text}" tidak ada dalam daftar pilihan.')
NOT_BEFORE = QT_TRANSLATE_NOOP("Entry", "{label} tidak boleh sebelum {other}.")
NOT_MORE_THAN = QT_TRANSLATE_NOOP("Entry", "{label} tidak boleh lebih dari {other}.")
REQUIRED_WHEN = QT_TRANSLATE_NOOP("Entry", "{label} wajib diisi bila {other_label} dicentang.")
ONLY_WHEN = QT_TRANSLATE_NOOP(
    "Entry",
    "{label} diisi, padahal {other_label} tidak dicentang: centang {other_label} atau "
    "kosongkan {label}.",
)
PLACEHOLDER = QT_TRANSLATE_NOOP(
    "Entry", '{label}: "{text}" bukan nama sebenarnya; isi nama lengkap sesuai akta atau KK.'
)


def _number(f: Field, text: str) -> tuple[object, Problem | None]:
    try:
        value = Decimal(text.replace(",", "."))
    except InvalidOperation:
        return None, Problem(f.key, NOT_NUMBER, {"label": f.label})
    if f.kind == "int":
        if value != value.to_integral_value():
            return None, Problem(f.key, NOT_WHOLE, {"label": f.label})
        value = int(value)
    low = f.minimum if f.minimum is not None else float("-inf")
    high = f.maximum if f.maximum is not None else float("inf")
    if not low <= value <= high:
        bounds = {"minimum": _plain(f.minimum), "maximum": _plain(f.maximum)}
        return None, Problem(f.key, OUT_OF_RANGE, {"label": f.label, **bounds})
    return value, None


def _plain(number: float | None) -> str:
    return "" if number is None else f"{number:g}"


def _text(f: Field, text: str) -> tuple[object, Problem | None]:
    if f.kind in CODES:
        allowed, wrong_characters, wrong_length = CODES[f.kind]
        if not allowed(text):
            return None, Problem(f.key, wrong_characters, {"label": f.label})
        if f.length and len(text) != f.length:
            params = {"label": f.label, "n": f.length, "count": len(text)}
            return None, Problem(f.key, wrong_length, params)
    if f.kind == "email" and ("@" not in text or "." not in text.rsplit("@", 1)[-1]):
        return None, Problem(f.key, BAD_EMAIL, {"label": f.label})
    if f.kind == "nama" and not all(ch.isalpha() or ch in NAME_SYMBOLS for ch in text):
        # Downstream (Verval PD, Info GTK) rejects symbols such as @ or digits in a name.
        return None, Problem(f.key, BAD_NAME, {"label": f.label})
    if f.kind in ("text", "nama", "email") and f.length and len(text) > f.length:
        return None, Problem(f.key, TOO_LONG, {"label": f.label, "n": f.length})
    return text, None


def _date(f: Field, value: date) -> Problem | None:
    latest = date.today() if f.not_after_today else date(2100, 12, 31)
    if not EARLIEST <= value <= latest:
        params = {
            "label": f.label,
            "earliest": EARLIEST.strftime("%d-%m-%Y"),
            "latest": latest.strftime("%d-%m-%Y"),
        }
        return Problem(f.key, DATE_RANGE, params)
    return None


def clean_value(f: Field, raw: object) -> tuple[object, Problem | None]:
    """The typed value of one raw value, or the problem with it."""
    if isinstance(raw, Unlisted):
        return None, Problem(f.key, NOT_LISTED, {"label": f.label, "text": str(raw)})
    if f.kind == "bool":
        return bool(raw), None  # an empty cell is a box left unticked
    if isinstance(raw, str):
        raw = raw.strip()
    if raw is None or raw == "":
        if f.required:
            return None, Problem(f.key, REQUIRED, {"label": f.label})
        return None, None
    if f.kind in ("int", "decimal"):
        return _number(f, str(raw))
    if f.kind == "date":
        if not isinstance(raw, date):
            return None, Problem(f.key, NOT_DATE, {"label": f.label})
        return raw, _date(f, raw)
    if f.kind in ("choice", "wilayah"):
        return raw, None
    return _text(f, str(raw))


def clean(fields: tuple[Field, ...], raw: dict) -> tuple[dict, list[Problem]]:
    """Typed values of every field, and every problem (a failed field is None)."""
    values, problems = {}, []
    for f in fields:
        value, problem = clean_value(f, raw.get(f.key))
        values[f.key] = value
        if problem:
            problems.append(problem)
    return values, problems


# Checks across fields: each takes the typed values and the fields by key, and
# returns problems. Skipped while a field they need is empty or already failed.


def nik_matches_birth(nik: str = "nik", lahir: str = "tanggal_lahir", jk: str = "jenis_kelamin"):
    """NIK digits 7–12 are the birth date DDMMYY, with 40 added to the day for women."""

    def check(values: dict, fields: dict[str, Field]) -> list[Problem]:
        number, born, sex = values.get(nik), values.get(lahir), values.get(jk)
        if not number or len(number) != 16:
            return []
        label = fields[nik].label
        if not _is_nik_date(number[6:12]):
            return [Problem(nik, NIK_DATE_INVALID, {"label": label})]
        if born is None or sex not in ("L", "P"):
            return []
        day = born.day + (40 if sex == "P" else 0)
        expected = f"{day:02d}{born.month:02d}{born.year % 100:02d}"
        if number[6:12] != expected:
            return [Problem(nik, NIK_DATE_MISMATCH, {"label": label, "expected": expected})]
        return []

    return check


def _is_nik_date(part: str) -> bool:
    day, month, year = int(part[:2]), int(part[2:4]), int(part[4:])
    day = day - 40 if day > 40 else day
    # A leap year for "00" through "99" alike: 2000 is one, so 29-02 is never refused here.
    try:
        date(2000 + year if year else 2000, month, day)
    except ValueError:
        return False
    return True


def not_before(later: str, earlier: str):
    """A period's end cannot come before its start (TST after TMT, lulus after masuk)."""

    def check(values: dict, fields: dict[str, Field]) -> list[Problem]:
        a, b = values.get(later), values.get(earlier)
        if a is None or b is None or a >= b:
            return []
        return [Problem(later, NOT_BEFORE, {"label": fields[later].label, "other": _show(b)})]

    return check


def not_more_than(part: str, whole: str):
    """A count of a kind cannot exceed the total (jumlah laik ≤ jumlah)."""

    def check(values: dict, fields: dict[str, Field]) -> list[Problem]:
        a, b = values.get(part), values.get(whole)
        if a is None or b is None or a <= b:
            return []
        return [Problem(part, NOT_MORE_THAN, {"label": fields[part].label, "other": _show(b)})]

    return check


def not_placeholder(key: str, placeholders: tuple[str, ...]):
    """A name typed only to get past a required field ("-", "IBU", "tidak tahu") is no
    name; ``placeholders`` are upper case, as Validasi Lokal compares them."""

    def check(values: dict, fields: dict[str, Field]) -> list[Problem]:
        text = values.get(key)
        if text is None or text.upper() not in placeholders:
            return []
        return [Problem(key, PLACEHOLDER, {"label": fields[key].label, "text": text})]

    return check


def ticked_needs(flag: str, key: str):
    """A ticked box asks for the value that goes with it (Penerima KIP: the KIP number)."""

    def check(values: dict, fields: dict[str, Field]) -> list[Problem]:
        # A value that failed its own check is missing from ``values``: one message is enough.
        if not values.get(flag) or key not in values or values[key] is not None:
            return []
        return [Problem(key, REQUIRED_WHEN, _pair(fields, key, flag))]

    return check


def only_when_ticked(flag: str, key: str):
    """A value that means nothing without its ticked box (a KIP number for a student
    who holds no KIP)."""

    def check(values: dict, fields: dict[str, Field]) -> list[Problem]:
        if values.get(flag) or values.get(key) is None:
            return []
        return [Problem(key, ONLY_WHEN, _pair(fields, key, flag))]

    return check


def _pair(fields: dict[str, Field], key: str, other: str) -> dict:
    return {"label": fields[key].label, "other_label": fields[other].label}


@dataclass(frozen=True)
class WhenChosen:
    """A rule that reads the referensi row chosen in field ``choice``: when
    ``applies(row)`` holds, field ``key`` must be filled (or, with ``empty``, be left
    empty). ``template`` names the field ({label}) and the chosen row ({chosen})."""

    key: str
    choice: str
    applies: Callable[[object], bool]
    template: str
    empty: bool = False

    def problems(self, values: dict, fields: dict[str, Field], chosen) -> list[Problem]:
        # A field that failed its own check is missing from ``values``: one message is enough.
        if chosen is None or self.key not in values or not self.applies(chosen):
            return []
        if (values[self.key] is None) != self.empty:
            params = {"label": fields[self.key].label, "chosen": chosen.nama}
            return [Problem(self.key, self.template, params)]
        return []


def _show(value) -> str:
    return value.strftime("%d-%m-%Y") if isinstance(value, date) else str(value)
