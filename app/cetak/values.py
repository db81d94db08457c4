"""Entry-form fields on paper: a record's value as printed, and the space a blank
form leaves for a parent to fill in.

The printed forms follow the entry forms (``app.entry.forms``) field by field,
so a field added to a form appears on its printout without a change here.
"""

import re
from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session

from ..db.summary import wilayah_chain
from ..entry.fields import Field
from ..entry.options import options
from .dates import indonesian_date

BOX = "☐"
YA_TIDAK = ("Ya", "Tidak")


def number_text(value) -> str:
    """A number as Indonesians write it: a decimal comma, no trailing zeros."""
    if isinstance(value, Decimal | float):
        return f"{value:g}".replace(".", ",") if value % 1 else str(int(value))
    return str(value)


def natural_key(text: str) -> list:
    """Sorts "X TKJ 2" before "X TKJ 10", as a person would."""
    return [int(part) if part.isdigit() else part for part in re.split(r"(\d+)", text)]


def date_text(value: date | None) -> str:
    return indonesian_date(value) if value else ""


class FieldText:
    """Field values as text, reading the labels of chosen options once per source."""

    def __init__(self, session: Session):
        self.session = session
        self._labels: dict[str, dict] = {}

    def _options(self, source: str, current=None) -> list:
        return options(self.session, source, current)

    def _label(self, source: str, value) -> str:
        labels = self._labels.get(source)
        if labels is None or value not in labels:
            # A retired code still names what the record holds: ask with it.
            labels = {o.value: o.label for o in self._options(source, value)}
            self._labels[source] = labels
        return labels.get(value, str(value))

    def value(self, f: Field, value) -> str:
        if value is None or value == "":
            return ""
        if f.kind == "bool":
            return YA_TIDAK[0] if value else YA_TIDAK[1]
        if f.kind == "date":
            return date_text(value)
        if f.kind == "choice":
            return self._label(f.source, value)
        if f.kind == "wilayah":
            return ", ".join(wilayah_chain(self.session, value))
        if f.kind in ("int", "decimal"):
            return number_text(value)
        return str(value)

    def blank(self, f: Field) -> str:
        """What a blank form shows for the field: boxes to tick or to write digits
        in; empty where a line to write on says enough."""
        if f.kind == "bool":
            return _choices(YA_TIDAK)
        if f.kind == "choice":
            return _choices([o.label for o in self._options(f.source)])
        if f.kind == "digits":
            return BOX * f.length
        if f.kind == "date":
            return f"{BOX * 2} - {BOX * 2} - {BOX * 4}  (tanggal - bulan - tahun)"
        return ""


def _choices(labels) -> str:
    # Non-breaking spaces keep each box with its label when the line wraps.
    return "   ".join(f"{BOX}\u00a0{label.replace(' ', chr(0xA0))}" for label in labels)
