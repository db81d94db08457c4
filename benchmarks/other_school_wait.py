"""How long another school waits while one school's big package is applied.

    python benchmarks/other_school_wait.py [--rows 300000] [--db URL]

School A sends a package of ``--rows`` new students; from the moment the server
starts checking it until it is processed, school B creates uploads one after
another (a write to the centre's database each) and the time each takes is
recorded. Prints the package's size, how long it took to process, and school B's
waits (median, p95, longest) with their HTTP statuses. Default database: SQLite in
a temporary folder; ``--db postgresql+psycopg://…`` for PostgreSQL (an empty one:
the script creates a database of its own on that server and drops it after).
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "server"))

from server_support import (  # noqa: E402
    PG_ENV,
    DatabaseSlot,
    SchoolClient,
    ServerProcess,
    creations_while_checking,
    next_npsn,
    student,
)


def _school(server: ServerProcess, work: Path) -> SchoolClient:
    npsn = next_npsn()
    return SchoolClient(server, npsn, server.add_school(npsn), work)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=300_000)
    parser.add_argument("--db", default="", help="PostgreSQL URL; default SQLite")
    args = parser.parse_args()
    if args.db:
        os.environ[PG_ENV] = args.db
    work = Path(tempfile.mkdtemp(prefix="other-school-wait-"))
    slot = DatabaseSlot("postgres" if args.db else "sqlite", work)
    server = ServerProcess(slot.url, work / "data").start()
    try:
        a, b = (_school(server, work) for _ in range(2))
        package = a.package({"peserta_didik": [student(f"Siswa {i}") for i in range(args.rows)]})
        a.send(package)
        started = time.monotonic()
        samples = creations_while_checking(a, package.manifest.package_id, b, timeout=3600)
        took = time.monotonic() - started
        report = a.wait(package.manifest.package_id)
    finally:
        server.stop()
        slot.drop()
    waits = sorted(seconds for seconds, _ in samples)
    statuses = sorted({status for _, status in samples})
    print(f"database: {'PostgreSQL' if args.db else 'SQLite'}")
    print(f"package: {args.rows} rows, {package.size / 2**20:.1f} MiB, {report['status']}")
    print(f"checked and applied in about {took:.1f} s")
    print(
        f"school B: {len(waits)} upload creations, statuses {statuses}, "
        f"median {statistics.median(waits):.3f} s, "
        f"p95 {waits[int(len(waits) * 0.95)]:.3f} s, longest {waits[-1]:.3f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
