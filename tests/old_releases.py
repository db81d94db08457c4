"""Databases as the release before the Dapodik core (commit 18449f1) left them, for
the upgrade tests. Each was made by that release's own code and dumped as SQL:

- ``client_before_core.sqlite.sql``: ``python -m app demo --size small --valid`` with
  the small plan cut to 24 students (a smaller file), then ``validate``,
  ``webservice token add E-Rapor``, ``user add operator2`` and PMP answers
  (``app.pmp.demo.fill_demo_responses``, ``complete=False``); sqlite3's ``.dump``.
- ``centre_before_versioning.sqlite.sql``: ``python -m server school add --npsn
  20250001 --from-demo small --kode-registrasi ABCD-EFGH-JKMN`` (the same 24
  students) and one device registered ("Laptop TU"); sqlite3's ``.dump``.
- ``centre_before_versioning.postgresql.sql``: the schema that release made on
  PostgreSQL 15 (``pg_dump --schema-only --no-owner --no-privileges``).
"""

import sqlite3
from pathlib import Path

from sqlalchemy import Connection, Engine, MetaData, create_engine, func, insert, select, text

DATA = Path(__file__).parent / "data"
CLIENT = DATA / "client_before_core.sqlite.sql"
CENTRE = DATA / "centre_before_versioning.sqlite.sql"
CENTRE_POSTGRESQL_SCHEMA = DATA / "centre_before_versioning.postgresql.sql"
CENTRE_NPSN, CENTRE_KODE = "20250001", "ABCD-EFGH-JKMN"


def restore_sqlite(dump: Path, path: Path) -> None:
    conn = sqlite3.connect(path)
    try:
        conn.executescript(dump.read_text(encoding="utf-8"))
    finally:
        conn.close()


def restore_centre_on_postgresql(url: str, folder: Path) -> None:
    """The centre as that release left it on PostgreSQL: its schema, and the rows of
    the SQLite centre copied in (sequences moved past them, as a restore does)."""
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.exec_driver_sql(CENTRE_POSTGRESQL_SCHEMA.read_text(encoding="utf-8"))
    engine.dispose()  # the dump empties the session's search_path
    source = folder / "centre-source.sqlite"
    restore_sqlite(CENTRE, source)
    _copy_rows(create_engine(f"sqlite:///{source}"), create_engine(url))


def _copy_rows(source: Engine, target: Engine) -> None:
    tables = MetaData()
    tables.reflect(target)
    with source.connect() as read, target.begin() as write:
        mirror = MetaData()
        mirror.reflect(read)
        for table in tables.sorted_tables:
            rows = [dict(r._mapping) for r in read.execute(select(mirror.tables[table.name]))]
            if rows:
                write.execute(insert(table), rows)
            for column in table.primary_key.columns:
                _move_sequence(write, table.name, column.name)
    source.dispose()
    target.dispose()


def _move_sequence(conn: Connection, table: str, column: str) -> None:
    """Past the highest key copied in; a column without a sequence has none to move."""
    sequence = conn.scalar(select(func.pg_get_serial_sequence(table, column)))
    if sequence:
        highest = f"SELECT COALESCE(MAX({column}), 0) + 1 FROM {table}"
        conn.execute(text(f"SELECT setval('{sequence}', ({highest}), false)"))


def every_row(url: str, columns: dict[str, list[str]] | None = None) -> dict:
    """Every row of every table (but the version table), sorted: {table: (columns, rows)}.
    With ``columns``, only those tables and columns (what an older schema had)."""
    engine = create_engine(url)
    tables = MetaData()
    tables.reflect(engine)
    found = {}
    with engine.connect() as conn:
        for name, table in tables.tables.items():
            if name == "alembic_version" or (columns is not None and name not in columns):
                continue
            names = columns[name] if columns is not None else [c.name for c in table.columns]
            rows = conn.execute(select(*(table.c[n] for n in names))).all()
            found[name] = (names, sorted(map(tuple, rows), key=repr))
    engine.dispose()
    return found


def assert_centre_upgraded(url: str, before: dict, key_file: Path) -> None:
    """Every row of ``before`` (``every_row`` of the release before) is still there,
    but the PMP keys it kept in clear: those are sealed under the server key in
    ``key_file`` (pusat_0002), and no longer anywhere in a SQLite file."""
    from cryptography.fernet import Fernet

    before = dict(before)
    clear = {row[0]: row[1] for row in before.pop("srv_pmp_key")[1]}
    kept = {name: columns for name, (columns, _rows) in before.items()}
    assert every_row(url, kept) == before
    engine = create_engine(url)
    with engine.connect() as conn:
        sealed = dict(conn.execute(text("SELECT sekolah_id, sealed_key FROM srv_pmp_key")).all())
    engine.dispose()
    unseal = Fernet(key_file.read_bytes()).decrypt
    assert {k: unseal(v.encode()).hex() for k, v in sealed.items()} == clear
    if url.startswith("sqlite"):  # not even in the pages the clear keys were freed from
        raw = Path(url.removeprefix("sqlite:///")).read_bytes()
        assert not [k for k in clear.values() if k.encode() in raw]
