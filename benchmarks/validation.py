"""Validasi Lokal on the large demo school: the full run, one-record re-runs,
and, in the same process, a baseline that reads every row of the same tables
with plain SQL.

    python benchmarks/validation.py [--repeat N] [--fresh]

Targets (issue 4): full run <= 1 s and <= 5x the baseline; one record <= 20 ms.
Exit 0 when every target is met, 1 otherwise.
"""

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.db.engine import open_database  # noqa: E402
from app.validation import engine as validation  # noqa: E402
from app.validation.rules import ALL_RULES  # noqa: E402
from dapodik.demo.school import DEFAULT_SEED, build_demo  # noqa: E402

FULL_MAX_S, RATIO_MAX, RECORD_MAX_S = 1.0, 5.0, 0.020
# One saved record per kind of form, each re-running the rules that touch it.
RECORDS = ("peserta_didik", "ptk", "rombongan_belajar", "pembelajaran", "jadwal", "nilai", "ruang")


def demo_file(fresh: bool) -> Path:
    """The large deliberate demo school, built once and kept in the temp folder."""
    path = Path(tempfile.gettempdir()) / "dapodik-bench" / f"large-{DEFAULT_SEED}.sqlite"
    if fresh and path.exists():
        path.unlink()
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(".partial")
        partial.unlink(missing_ok=True)
        db = open_database(partial)
        with db.engine.begin() as conn:
            build_demo(conn, size="large")
        db.close()
        partial.rename(path)
    return path


def timed(fn, repeat: int) -> float:
    """Median wall time of ``repeat`` calls after one warm-up call."""
    fn()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def baseline(path: Path, tables: list[str]) -> None:
    conn = sqlite3.connect(path)
    try:
        for table in tables:
            conn.execute(f"SELECT * FROM {table}").fetchall()
    finally:
        conn.close()


def first_row_id(engine, table: str) -> str:
    pk = {"ruang": "id_ruang"}.get(table, f"{table}_id")
    with engine.connect() as conn:
        return conn.exec_driver_sql(f"SELECT {pk} FROM {table} ORDER BY {pk} LIMIT 1").scalar()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--fresh", action="store_true", help="rebuild the cached demo school")
    args = parser.parse_args()

    path = demo_file(args.fresh)
    tables = sorted({t for rule in ALL_RULES for t in (*rule.subjects, *rule.touches)})
    db = open_database(path)
    try:
        with db.engine.connect() as conn:
            rows = sum(conn.exec_driver_sql(f"SELECT count(*) FROM {t}").scalar() for t in tables)
        base = timed(lambda: baseline(path, tables), args.repeat)
        full = timed(lambda: validation.run(db.engine), args.repeat)
        engine_only = validation.last_run(db.engine).elapsed_s
        found = len(validation.stored_results(db.engine))
        saved = {table: first_row_id(db.engine, table) for table in RECORDS}
        records = {
            table: timed(lambda t=table: validation.run_record(db.engine, t, saved[t]), args.repeat)
            for table in RECORDS
        }
    finally:
        db.close()

    ratio = full / base
    worst_table, worst = max(records.items(), key=lambda item: item[1])
    print(f"large demo school: {path} ({len(tables)} tables, {rows} rows), {len(ALL_RULES)} rules")
    print(f"baseline, read every row with plain SQL : {base * 1000:8.1f} ms")
    print(f"full validation (run + store results)   : {full * 1000:8.1f} ms  ({found} results)")
    print(f"  rule queries alone (last run)         : {engine_only * 1000:8.1f} ms")
    print(f"ratio full / baseline                   : {ratio:8.2f} x")
    for table, seconds in records.items():
        print(f"one record re-run, {table:<21}: {seconds * 1000:8.1f} ms")
    checks = [
        (f"full <= {FULL_MAX_S:.0f} s", full <= FULL_MAX_S),
        (f"full <= {RATIO_MAX:.0f} x baseline", ratio <= RATIO_MAX),
        (
            f"one record <= {RECORD_MAX_S * 1000:.0f} ms (worst: {worst_table})",
            worst <= RECORD_MAX_S,
        ),
    ]
    for label, ok in checks:
        print(f"{'OK  ' if ok else 'MISS'} {label}")
    return 0 if all(ok for _, ok in checks) else 1


if __name__ == "__main__":
    sys.exit(main())
