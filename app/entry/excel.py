"""Excel in and out: export any listing; export and import Peserta Didik and GTK in
the app's own template, previewed row by row before one transaction writes the
changed ones.

Template columns are the record's key (``peserta_didik_id``: empty for a new
record) and the form's field keys (``nisn``, ``tanggal_lahir``…), the names Dapodik
itself uses; its "Petunjuk" sheet says what each one expects. A choice column
takes the code or the name from its list. An export of Peserta Didik or GTK is a
filled template: edited in Excel and imported back, only the edited cells change.
"""

import zipfile
from collections import Counter
from collections.abc import Generator
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook, load_workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.utils.exceptions import InvalidFileException
from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from dapodik.i18n import QT_TRANSLATE_NOOP

from ..db import listing as listings
from ..db.engine import Database
from ..work import Progress, finish
from .fields import Field, Problem, Unlisted, clean_value
from .forms import PESERTA_DIDIK, PTK, FormSpec
from .options import Option, options
from .store import (
    LOAD_BATCH,
    EntryError,
    check,
    failed,
    load_many,
    pk_name,
    school_context,
    write,
)

IMPORT_FORMS = {"peserta_didik": PESERTA_DIDIK, "ptk": PTK}
PREVIEW_BATCH = 100  # rows read between two reports of the preview's progress
# Which columns find an existing record, in order: a row matching none is new.
MATCH_KEYS = {"peserta_didik": ("nisn", "nik"), "ptk": ("nuptk", "nik")}
EXPORT_BATCH = 1000
KIND_NAMES = {
    "text": QT_TRANSLATE_NOOP("Entry", "teks"),
    "nama": QT_TRANSLATE_NOOP("Entry", "nama orang (huruf)"),
    "digits": QT_TRANSLATE_NOOP("Entry", "angka"),
    "int": QT_TRANSLATE_NOOP("Entry", "bilangan bulat"),
    "decimal": QT_TRANSLATE_NOOP("Entry", "bilangan"),
    "date": QT_TRANSLATE_NOOP("Entry", "tanggal HH-BB-TTTT"),
    "alnum": QT_TRANSLATE_NOOP("Entry", "huruf atau angka"),
    "choice": QT_TRANSLATE_NOOP("Entry", "kode atau nama dari daftar"),
    "bool": QT_TRANSLATE_NOOP("Entry", "1 (ya) atau 0 (tidak)"),
    "wilayah": QT_TRANSLATE_NOOP("Entry", "kode wilayah desa/kecamatan"),
    "email": QT_TRANSLATE_NOOP("Entry", "alamat email"),
}
KEY_MEANING = QT_TRANSLATE_NOOP("Entry", "kunci data; jangan diubah")
KEY_CONTENT = QT_TRANSLATE_NOOP("Entry", "kosong untuk data baru")
DATE_FORMAT = "DD-MM-YYYY"  # as the operator writes dates (HH-BB-TTTT)
STATUSES = ("new", "update", "unchanged", "error")


class ImportFileError(EntryError):
    """The file cannot be imported at all (not Excel, wrong columns): a usage error."""


# Export


def _cell(value, kind: str):
    if kind == "aktif":
        return "Aktif" if value else "Keluar"
    if isinstance(value, Decimal):
        return float(value)
    return value


def export_listing(
    session: Session, lst: listings.Listing, path, search: str = "", active: bool | None = None
) -> int:
    """Write every row of the listing (as searched and filtered) to ``path``; the count."""
    book = Workbook(write_only=True)
    sheet = book.create_sheet(lst.key[:31])
    sheet.append([c.label for c in lst.columns])
    ids = listings.fetch_ids(session, lst, search, active=active)
    for start in range(0, len(ids), EXPORT_BATCH):
        batch = ids[start : start + EXPORT_BATCH]
        rows = listings.fetch_rows(session, lst, batch)
        for row_id in batch:
            values = rows[row_id]
            sheet.append([_cell(v, c.kind) for v, c in zip(values, lst.columns, strict=True)])
    book.save(path)
    return len(ids)


def export_table(
    session: Session, lst: listings.Listing, path, search: str = "", active: bool | None = None
) -> int:
    """Peserta Didik and GTK as a filled import template, to edit and import back;
    any other table as its listing shows it. The count of rows written."""
    if lst.key not in IMPORT_FORMS:
        return export_listing(session, lst, path, search=search, active=active)
    # A record with two registrations is listed twice: it is one row of the template.
    ids = list(dict.fromkeys(listings.fetch_ids(session, lst, search, active=active)))
    stored = load_many(session, IMPORT_FORMS[lst.key], ids)
    write_template(IMPORT_FORMS[lst.key], path, stored, _choices(session, lst.key))
    return len(ids)


# Template


def key_column(spec: FormSpec) -> str:
    return pk_name(spec.model)


def write_template(
    spec: FormSpec, path, records: dict[str, dict] | None = None, choices: dict | None = None
) -> None:
    """The import template of ``spec``, filled with ``records`` (values by record id,
    as ``store.load_many`` reads them; ``choices`` the options of their choice fields)."""
    book = Workbook(write_only=True)
    sheet = book.create_sheet(spec.key)
    sheet.append([key_column(spec), *(f.key for f in spec.fields)])
    labels = {key: _unique_labels(found) for key, found in (choices or {}).items()}
    for record_id, values in (records or {}).items():
        cells = [_export_cell(f, values[f.key], labels.get(f.key, {})) for f in spec.fields]
        sheet.append([record_id, *(_dated(sheet, c) for c in cells)])
    _help_sheet(book, spec)
    book.save(path)


def _help_sheet(book: Workbook, spec: FormSpec) -> None:
    help_sheet = book.create_sheet("Petunjuk")
    help_sheet.append(["kolom", "arti", "isi", "wajib"])
    help_sheet.append([key_column(spec), KEY_MEANING, KEY_CONTENT, ""])
    for f in spec.fields:
        size = f" ({f.length})" if f.kind in ("digits", "alnum") else ""
        help_sheet.append([f.key, f.label, KIND_NAMES[f.kind] + size, "ya" if f.required else ""])


def _unique_labels(found: list[Option]) -> dict:
    """Value -> name for options whose name no other option shares: a name is
    written where it reads back as the same code, the code elsewhere."""
    seen = Counter(option.label.lower() for option in found)
    return {o.value: o.label for o in found if seen[o.label.lower()] == 1}


def _export_cell(f: Field, value, labels: dict):
    """A stored value as the cell that imports back to it."""
    if value is None:
        return None
    if f.kind == "bool":
        return 1 if value else 0
    if f.kind == "choice":
        return labels.get(value, value)
    if isinstance(value, Decimal):
        return float(value)
    return value


def _dated(sheet, value):
    if not isinstance(value, date):
        return value
    cell = WriteOnlyCell(sheet, value)
    cell.number_format = DATE_FORMAT
    return cell


# Import


@dataclass
class RowResult:
    row: int  # the spreadsheet's row number, as the operator sees it
    status: str  # one of STATUSES
    nama: str
    problems: list[Problem] = field(default_factory=list)
    values: dict = field(default_factory=dict)
    record_id: str | None = None
    changed: list[str] = field(default_factory=list)  # an update's fields, by key

    def reasons(self) -> str:
        return " ".join(p.text() for p in self.problems)


def read_sheet(spec: FormSpec, path) -> tuple[list[str], list[tuple[int, dict]]]:
    """The columns of the file and its non-empty rows as {column: cell}."""
    try:
        book = load_workbook(Path(path), read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError) as exc:
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "Entry", "Berkas {path} bukan berkas Excel (.xlsx) yang dapat dibaca."
            ),
            path=str(path),
        ) from exc
    sheet = book.worksheets[0]
    rows = sheet.iter_rows(values_only=True)
    header = [str(c).strip() if c is not None else "" for c in next(rows, ())]
    _check_columns(spec, header)
    found = []
    for number, cells in enumerate(rows, start=2):
        if any(c not in (None, "") for c in cells):
            found.append((number, dict(zip(header, cells, strict=False))))
    book.close()
    return header, found


def _check_columns(spec: FormSpec, header: list[str]) -> None:
    known = {key_column(spec), *(f.key for f in spec.fields)}
    unknown = [h for h in header if h and h not in known]
    missing = [f.key for f in spec.fields if f.required and f.key not in header]
    if unknown or missing:
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "Entry",
                "Kolom berkas tidak sesuai templat. Tidak dikenal: {unknown}. Wajib tetapi "
                "tidak ada: {missing}. Gunakan templat dari aplikasi.",
            ),
            unknown=", ".join(unknown) or "-",
            missing=", ".join(missing) or "-",
        )


def _raw(f: Field, cell, choices: dict[str, list]):
    """A cell as the form's raw value, so the import checks exactly like the form."""
    if cell is None:
        return None
    if f.kind == "date":
        if isinstance(cell, datetime):
            return cell.date()
        return _parse_date(str(cell).strip())
    if f.kind == "bool":
        return str(cell).strip().lower() in ("1", "ya", "y", "true")
    if f.kind == "choice":
        return _choose(choices[f.key], cell)
    if isinstance(cell, float) and cell.is_integer():
        cell = int(cell)  # an NIK typed as a number arrives as a float
    return str(cell).strip()


def _parse_date(text: str):
    for fmt in ("%d-%m-%Y", "%Y-%m-%d", "%d/%m/%Y"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return text or None  # not a date: the check names the field and the format


def _choose(choice_list: list, cell):
    text = str(cell).strip()
    if isinstance(cell, float) and cell.is_integer():
        text = str(int(cell))
    for option in choice_list:
        if text == str(option.value) or text.lower() == option.label.lower():
            return option.value
    return Unlisted(text) if text else None


def _existing(session: Session, spec: FormSpec, values: dict) -> str | None:
    for key in MATCH_KEYS[spec.key]:
        if values.get(key):
            found = session.scalar(
                select(getattr(spec.model, pk_name(spec.model)))
                .where(getattr(spec.model, key) == values[key], spec.model.soft_delete.is_(False))
                .limit(1)
            )
            if found:
                return found
    return None


def _choices(session: Session, form_key: str) -> dict[str, list[Option]]:
    spec = IMPORT_FORMS[form_key]
    return {f.key: options(session, f.source) for f in spec.fields if f.kind == "choice"}


def _plain_cell(cell):
    """A cell as a value to compare: Excel gives dates as datetimes and whole
    numbers typed in a text column as floats."""
    if isinstance(cell, datetime):
        return cell.date()
    if isinstance(cell, float) and cell.is_integer():
        return int(cell)
    if isinstance(cell, str):
        return cell.strip() or None
    return cell


UNKNOWN_KEY = QT_TRANSLATE_NOOP(
    "Entry",
    "{column} {value} tidak ada di basis data ini; kosongkan kolom itu untuk menambah data baru.",
)
DUPLICATE = QT_TRANSLATE_NOOP("Entry", "{label} {value} sama dengan baris {other} di berkas ini.")


class _Reading:
    """One preview of a file: which record each row is, and what it changes."""

    def __init__(self, session: Session, spec: FormSpec, header: list[str], keys: list[str]):
        self.session, self.spec, self.key = session, spec, key_column(spec)
        self.fields = {f.key: f for f in spec.fields if f.key in header}
        self.choices = _choices(session, spec.key)
        self.labels = {key: _unique_labels(found) for key, found in self.choices.items()}
        self.known = _live_ids(session, spec, keys)
        self.stored: dict[str, dict] = {}
        self.seen: dict[tuple, int] = {}  # (column, value) -> the row that had it first

    def raw(self, cells: dict) -> dict:
        return {k: _raw(f, cells.get(k), self.choices) for k, f in self.fields.items()}

    def record_of(self, number: int, cells: dict) -> tuple[str | None, list[Problem]]:
        """The stored record a row is: by its key, else (a row typed in by hand) by
        NISN/NIK or NUPTK/NIK; None for a new one."""
        key = _plain_cell(cells.get(self.key))
        if key is None:
            return _existing(self.session, self.spec, self.raw(cells)), []
        key = str(key)
        problems = self._repeated(self.key, self.key, key, number)
        if not problems and key not in self.known:
            problems.append(Problem(self.key, UNKNOWN_KEY, {"column": self.key, "value": key}))
        return (None if problems else key), problems

    def result(self, number: int, cells: dict, record_id, problems) -> RowResult:
        raw = self.raw(cells)
        nama = str(raw.get("nama") or "")
        if problems:
            return RowResult(number, "error", nama, problems)
        changed = []
        if record_id is not None:
            before = self.stored[record_id]
            changed = [k for k, f in self.fields.items() if not self._same(f, cells.get(k), before)]
            if not changed:
                return RowResult(number, "unchanged", nama, record_id=record_id)
            raw = {**before, **{k: raw[k] for k in changed}}
        values, problems = check(self.spec, raw, self.session)
        if record_id is not None:
            # Only the changed cells are written; every other field keeps what is stored.
            values = {k: v if k in changed else before[k] for k, v in values.items()}
        for key in MATCH_KEYS[self.spec.key]:
            if values.get(key):
                problems += self._repeated(key, self.spec.field(key).label, values[key], number)
        status = "error" if problems else ("update" if record_id else "new")
        return RowResult(number, status, nama, problems, values, record_id, changed)

    def _same(self, f: Field, cell, before: dict) -> bool:
        """Whether a cell holds the stored value: the very cell an export writes
        for it, or the same value typed another way ("2,5" for 2.50, a code for a name)."""
        written = _export_cell(f, before[f.key], self.labels.get(f.key, {}))
        if _plain_cell(cell) == _plain_cell(written):
            return True
        new, problem = clean_value(f, _raw(f, cell, self.choices))
        old, old_problem = clean_value(f, _raw(f, written, self.choices))
        return problem is None and old_problem is None and new == old

    def _repeated(self, column: str, label: str, value, number: int) -> list[Problem]:
        if (column, value) not in self.seen:
            self.seen[(column, value)] = number
            return []
        params = {"label": label, "value": value, "other": self.seen[(column, value)]}
        return [Problem(column, DUPLICATE, params)]


def _live_ids(session: Session, spec: FormSpec, ids: list[str]) -> set[str]:
    pk = getattr(spec.model, pk_name(spec.model))
    found = set()
    for start in range(0, len(ids), LOAD_BATCH):
        query = select(pk).where(
            pk.in_(ids[start : start + LOAD_BATCH]), spec.model.soft_delete.is_(False)
        )
        found.update(session.scalars(query))
    return found


def preview(session: Session, form_key: str, path) -> list[RowResult]:
    """Every row of the file marked new, update, unchanged or error (with its
    reasons); nothing written."""
    return finish(preview_steps(session, form_key, path))


def preview_steps(
    session: Session, form_key: str, path
) -> Generator[Progress, None, list[RowResult]]:
    """``preview``, yielding its progress every ``PREVIEW_BATCH`` rows: a large
    school's file takes seconds. Rows are read in order, so a duplicate is still
    reported on its later row."""
    spec = IMPORT_FORMS[form_key]
    header, rows = read_sheet(spec, path)
    keys = [str(k) for _n, cells in rows if (k := _plain_cell(cells.get(key_column(spec))))]
    reading = _Reading(session, spec, header, keys)
    results: list[RowResult] = []
    for start in range(0, len(rows), PREVIEW_BATCH):
        batch = rows[start : start + PREVIEW_BATCH]
        found = [reading.record_of(number, cells) for number, cells in batch]
        reading.stored.update(load_many(session, spec, [r for r, _p in found if r]))
        results += [
            reading.result(number, cells, record_id, problems)
            for (number, cells), (record_id, problems) in zip(batch, found, strict=True)
        ]
        yield Progress(len(results), len(rows))
    return results


def apply(db: Database, form_key: str, results: list[RowResult]) -> list[str]:
    """Write every new and changed row in one transaction; the ids of the records written."""
    return finish(apply_steps(db, form_key, results))


def apply_steps(
    db: Database, form_key: str, results: list[RowResult]
) -> Generator[Progress, None, list[str]]:
    """``apply``, yielding its progress row by row (3,000 students take seconds);
    stopped before its end, the transaction is rolled back and nothing is written."""
    spec = IMPORT_FORMS[form_key]
    good = [r for r in results if r.status in ("new", "update")]
    written = []
    try:
        with db.Session.begin() as session:
            context = school_context(session)
            for result in good:
                written.append(write(session, spec, result.values, result.record_id, context))
                yield Progress(len(written), len(good))
    except SQLAlchemyError as exc:
        raise failed(exc) from exc
    return written


def counts(results: list[RowResult]) -> dict[str, int]:
    return {s: sum(r.status == s for r in results) for s in STATUSES}
