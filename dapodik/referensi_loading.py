"""Loading the shipped referensi CSV files into an empty database."""

import csv
from datetime import date
from pathlib import Path

from sqlalchemy import Date, insert, select
from sqlalchemy.engine import Engine

from .resources import resources_dir
from .schema.referensi import REFERENSI_MODELS


def referensi_dir() -> Path:
    return resources_dir() / "referensi"


def _converter(column):
    python_type = column.type.python_type
    if isinstance(column.type, Date):
        return date.fromisoformat
    if python_type is bool:
        return lambda v: bool(int(v))
    return python_type


def read_rows(model, folder: Path) -> list[dict]:
    table = model.__table__
    with open(folder / f"{table.name}.csv", newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        converters = {name: _converter(table.c[name]) for name in reader.fieldnames}
        return [
            {k: (converters[k](v) if v != "" else None) for k, v in row.items()} for row in reader
        ]


def load_referensi(engine: Engine, folder: Path | None = None) -> int:
    """Add every shipped referensi row whose key the database lacks; returns rows added.

    Rows already present are left alone: after the first sync they are the
    server's, which may have retired or renamed a code since this release.
    """
    folder = folder or referensi_dir()
    inserted = 0
    with engine.begin() as conn:
        for model in REFERENSI_MODELS:
            table = model.__table__
            key = list(table.primary_key.columns)
            present = set(conn.execute(select(*key)).all())
            rows = [
                r for r in read_rows(model, folder) if tuple(r[c.name] for c in key) not in present
            ]
            if rows:
                conn.execute(insert(table), rows)
                inserted += len(rows)
    return inserted
