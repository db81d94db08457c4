"""Benchmark: getPesertaDidik of the large demo school (3,000 students) over real
HTTP, against the 0.5 s target.

The baseline, measured in the same run, is a plain sqlite3 read of the same rows
(every active student joined to their registration, longitudinal row and rombel),
so the difference is what the service adds: referensi names, shaping and JSON,
HTTP.

    python benchmarks/webservice.py [--db PATH] [--runs N]
"""

import argparse
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import requests  # noqa: E402

from app.db.engine import open_database  # noqa: E402
from app.webservice.server import WebService  # noqa: E402
from app.webservice.tokens import create_token  # noqa: E402
from dapodik.demo.school import PLANS, build_demo  # noqa: E402

TARGET_S = 0.5
BASELINE_SQL = """
    SELECT r.*, p.*, l.tinggi_badan, l.berat_badan, a.anggota_rombel_id, b.nama
    FROM registrasi_peserta_didik r
    JOIN peserta_didik p ON p.peserta_didik_id = r.peserta_didik_id
    LEFT JOIN peserta_didik_longitudinal l
        ON l.peserta_didik_id = p.peserta_didik_id AND l.semester_id = 20261
    LEFT JOIN anggota_rombel a ON a.peserta_didik_id = p.peserta_didik_id
    LEFT JOIN rombongan_belajar b ON b.rombongan_belajar_id = a.rombongan_belajar_id
    WHERE r.soft_delete = 0 AND p.soft_delete = 0 AND r.jenis_keluar_id IS NULL
    GROUP BY p.peserta_didik_id
    ORDER BY p.nama
"""


def timed(fn, runs: int) -> tuple[float, object]:
    """Median seconds of ``runs`` calls after one warm-up call, and the last result."""
    result = fn()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def baseline(path: Path) -> list:
    with sqlite3.connect(path) as conn:
        return conn.execute(BASELINE_SQL).fetchall()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="a large demo school to copy (default: build one)")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    folder = tempfile.TemporaryDirectory()
    path = Path(folder.name) / "large.sqlite"
    # A copy: the benchmark's token is never written to the operator's file.
    if args.db:
        shutil.copy(args.db, path)
    db = open_database(path)
    if not args.db:
        with db.engine.begin() as conn:
            build_demo(conn, "large")
    _info, token = create_token(db.engine, "benchmark")
    service = WebService(db.engine)
    address = service.start("127.0.0.1", 0)
    session = requests.Session()
    session.headers["Authorization"] = f"Bearer {token}"
    params = {"npsn": PLANS["large"].npsn}
    try:
        sql_s, rows = timed(lambda: baseline(path), args.runs)
        http_s, response = timed(
            lambda: session.get(address.url + "getPesertaDidik", params=params, timeout=30),
            args.runs,
        )
    finally:
        service.stop()
        db.close()
        folder.cleanup()
    served = response.json()["results"]
    print(f"rows: {served} served, {len(rows)} read by the baseline")
    print(f"baseline, plain sqlite3 read of the same rows: {sql_s * 1000:7.1f} ms")
    size_mb = len(response.content) / 1e6
    print(
        f"getPesertaDidik over HTTP ({size_mb:.1f} MB JSON): {http_s * 1000:7.1f} ms"
        f"  (x{http_s / sql_s:.1f} the baseline)"
    )
    print(f"target: under {TARGET_S * 1000:.0f} ms: {'met' if http_s < TARGET_S else 'MISSED'}")
    return 0 if http_s < TARGET_S else 1


if __name__ == "__main__":
    sys.exit(main())
