"""Benchmark: build the large demo school, then open the Peserta Didik tab offscreen.

Prints the figures and, as a baseline measured in the same run, the time to read
every peserta_didik row with plain sqlite3, so the ratio tells how much the GUI
adds on top of reading the data.

    python benchmarks/open_table.py [--keep PATH]
"""

import argparse
import os
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.db.engine import open_database  # noqa: E402
from app.ui.table_page import TablePage  # noqa: E402
from dapodik.demo.school import build_demo  # noqa: E402


def build(path: Path) -> float:
    start = time.perf_counter()
    db = open_database(path)
    with db.engine.begin() as conn:
        build_demo(conn, "large")
    db.close()
    return time.perf_counter() - start


def raw_read(path: Path) -> float:
    start = time.perf_counter()
    with sqlite3.connect(path) as conn:
        rows = conn.execute("SELECT * FROM peserta_didik ORDER BY nama").fetchall()
    assert len(rows) == 3000
    return time.perf_counter() - start


def open_tab(db, key: str) -> tuple[float, int]:
    """Seconds from creating the tab until its first screen of rows is on screen."""
    start = time.perf_counter()
    page = TablePage(db, key)
    page.resize(1200, 700)
    page.show()
    loop = QEventLoop()
    page.model.loaded.connect(loop.quit)
    QTimer.singleShot(10_000, loop.quit)
    loop.exec()
    page.view.viewport().repaint()  # paints the visible rows, which loads their page
    QApplication.processEvents()
    elapsed = time.perf_counter() - start
    rows = page.model.rowCount()
    page.deleteLater()
    return elapsed, rows


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--keep", type=Path, help="keep the built database at this path")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv)
    folder = Path(tempfile.mkdtemp())
    path = args.keep or folder / "large.sqlite"
    build_s = build(path)
    print(f"build large school: {build_s:.2f} s (target < 30 s)")
    db = open_database(path)
    open_tab(db, "peserta_didik")  # warm the import and SQLite caches once
    baseline = min(raw_read(path) for _ in range(5))
    samples = [open_tab(db, "peserta_didik") for _ in range(5)]
    best = min(s for s, _ in samples)
    print(f"baseline raw read of 3000 peserta_didik rows: {baseline * 1000:.1f} ms")
    print(
        f"open Peserta Didik tab ({samples[0][1]} rows): best {best * 1000:.1f} ms, "
        f"ratio {best / baseline:.1f}x baseline (target about 200 ms)"
    )
    nilai, rows = min(open_tab(db, "nilai") for _ in range(3))
    print(
        f"open Nilai tab ({rows} rows): {nilai * 1000:.1f} ms, "
        f"ratio {nilai / baseline:.1f}x baseline"
    )
    db.close()
    app.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
