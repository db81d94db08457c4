"""Excel in and out: export any listing; import Peserta Didik and GTK from the
app's own template, previewed row by row before one transaction writes the good ones.

Template columns are the form's field keys (``nisn``, ``tanggal_lahir``…), the
names Dapodik itself uses; its "Petunjuk" sheet says what each one expects. A
choice column takes the code or the name from its referensi list.
"""

import zipfile
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook, load_workbook
from openpyxl.utils.exceptions import InvalidFileException
from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from ..db import listing as listings
from ..db.engine import Database
from ..i18n import QT_TRANSLATE_NOOP
from .fields import Field, Problem, Unlisted
from .forms import PESERTA_DIDIK, PTK, FormSpec
from .options import options
from .store import EntryError, check, failed, load, pk_name, school_context, write

IMPORT_FORMS = {"peserta_didik": PESERTA_DIDIK, "ptk": PTK}
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
    "choice": QT_TRANSLATE_NOOP("Entry", "kode atau nama dari daftar"),
    "bool": QT_TRANSLATE_NOOP("Entry", "1 (ya) atau 0 (tidak)"),
    "wilayah": QT_TRANSLATE_NOOP("Entry", "kode wilayah desa/kecamatan"),
    "email": QT_TRANSLATE_NOOP("Entry", "alamat email"),
}


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


# Template


def write_template(spec: FormSpec, path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.title = spec.key
    sheet.append([f.key for f in spec.fields])
    help_sheet = book.create_sheet("Petunjuk")
    help_sheet.append(["kolom", "arti", "isi", "wajib"])
    for f in spec.fields:
        size = f" ({f.length})" if f.kind == "digits" else ""
        help_sheet.append([f.key, f.label, KIND_NAMES[f.kind] + size, "ya" if f.required else ""])
    book.save(path)


# Import


@dataclass
class RowResult:
    row: int  # the spreadsheet's row number, as the operator sees it
    status: str  # new, update, error
    nama: str
    problems: list[Problem] = field(default_factory=list)
    values: dict = field(default_factory=dict)
    record_id: str | None = None

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
    known = {f.key for f in spec.fields}
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


def preview(session: Session, form_key: str, path) -> list[RowResult]:
    """Every row of the file marked new, update or error (with its reasons); nothing written."""
    spec = IMPORT_FORMS[form_key]
    header, rows = read_sheet(spec, path)
    fields = {f.key: f for f in spec.fields if f.key in header}
    choices = {k: options(session, f.source) for k, f in fields.items() if f.kind == "choice"}
    seen: dict[tuple, int] = {}
    results = []
    for number, cells in rows:
        raw = {k: _raw(f, cells.get(k), choices) for k, f in fields.items()}
        record_id = _existing(session, spec, {k: raw.get(k) for k in MATCH_KEYS[spec.key]})
        if record_id:
            # Columns the file leaves out keep their stored values.
            raw = {**load(session, spec, record_id), **raw}
        values, problems = check(spec, raw, session)
        problems += _duplicate(spec, values, number, seen)
        status = "error" if problems else ("update" if record_id else "new")
        results.append(
            RowResult(number, status, str(raw.get("nama") or ""), problems, values, record_id)
        )
    return results


DUPLICATE = QT_TRANSLATE_NOOP("Entry", "{label} {value} sama dengan baris {other} di berkas ini.")


def _duplicate(spec: FormSpec, values: dict, number: int, seen: dict) -> list[Problem]:
    problems = []
    for key in MATCH_KEYS[spec.key]:
        value = values.get(key)
        if not value:
            continue
        if (key, value) in seen:
            params = {"label": spec.field(key).label, "value": value, "other": seen[(key, value)]}
            problems.append(Problem(key, DUPLICATE, params))
        else:
            seen[(key, value)] = number
    return problems


def apply(db: Database, form_key: str, results: list[RowResult]) -> int:
    """Write every row without error in one transaction; how many were written."""
    spec = IMPORT_FORMS[form_key]
    good = [r for r in results if r.status != "error"]
    try:
        with db.Session.begin() as session:
            context = school_context(session)
            for result in good:
                write(session, spec, result.values, result.record_id, context)
    except SQLAlchemyError as exc:
        raise failed(exc) from exc
    return len(good)


def counts(results: list[RowResult]) -> dict[str, int]:
    return {s: sum(r.status == s for r in results) for s in ("new", "update", "error")}
