"""Cetak on the large demo school: the Daftar Peserta Didik of every rombel (3,000
students) as PDF, against a baseline in the same run that reads the same rows
with plain SQL and writes them to a text file.

    python benchmarks/cetak.py [--repeat N] [--fresh] [--kertas a4|f4]

The PDF is timed as the command line makes it: reading the rows, laying out the
pages with Qt (offscreen) and writing the file. Target (issue 22): <= 3 s.
Exit 0 when the target is met, 1 otherwise.
"""

import argparse
import sqlite3
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from validation import demo_file, timed  # noqa: E402

from app.cetak.jenis import build  # noqa: E402
from app.cetak.request import Request  # noqa: E402
from app.db.engine import open_database  # noqa: E402
from app.ui.printing import headless_application, lay_out, write_pdf  # noqa: E402
from app.work import finish  # noqa: E402

TARGET_S = 3.0
# The rows of the daftar: every active member of every rombel of the active semester.
BASELINE_SQL = """
    SELECT rb.nama, r.nipd, p.nisn, p.nama, p.jenis_kelamin, p.tempat_lahir, p.tanggal_lahir,
           ag.nama
    FROM anggota_rombel a
    JOIN rombongan_belajar rb ON rb.rombongan_belajar_id = a.rombongan_belajar_id
    JOIN peserta_didik p ON p.peserta_didik_id = a.peserta_didik_id
    JOIN registrasi_peserta_didik r ON r.peserta_didik_id = p.peserta_didik_id
    LEFT JOIN ref_agama ag ON ag.agama_id = p.agama_id
    WHERE a.soft_delete = 0 AND p.soft_delete = 0 AND r.soft_delete = 0
      AND r.jenis_keluar_id IS NULL AND rb.soft_delete = 0
      AND rb.semester_id = (SELECT semester_id FROM ref_semester WHERE periode_aktif = 1)
    ORDER BY rb.tingkat_pendidikan_id, rb.nama, p.nama
"""


def baseline(path: Path, out: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute(BASELINE_SQL).fetchall()
    finally:
        conn.close()
    with out.open("w", encoding="utf-8") as text:
        for row in rows:
            text.write("\t".join("" if value is None else str(value) for value in row) + "\n")
    return len(rows)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--fresh", action="store_true", help="rebuild the cached demo school")
    parser.add_argument("--kertas", choices=("a4", "f4"), default="a4")
    args = parser.parse_args()

    path = demo_file(args.fresh)
    headless_application()
    db = open_database(path)
    folder = Path(tempfile.mkdtemp(prefix="dapodik-cetak-"))
    pdf, text = folder / "daftar-pd.pdf", folder / "daftar-pd.txt"
    request = Request(date(2026, 12, 6))
    phases: dict[str, float] = {}
    pages = students = 0

    def printout() -> None:
        nonlocal pages, students
        started = time.perf_counter()
        printed = build(db, "daftar-pd", request)
        read = time.perf_counter()
        laid_out = finish(lay_out(printed, args.kertas))
        laid = time.perf_counter()
        finish(write_pdf(laid_out, str(pdf)))
        phases.update(read=read - started, layout=laid - read, pdf=time.perf_counter() - laid)
        pages = laid_out.count
        students = sum(
            len(b.rows) for s in printed.sections for b in s.blocks if hasattr(b, "header")
        )

    try:
        rows = baseline(path, text)
        baseline_s = timed(lambda: baseline(path, text), args.repeat)
        pdf_s = timed(printout, args.repeat)
    finally:
        db.close()
    print(f"rows: {rows} read by the baseline, {students} students in the printout")
    print(
        f"baseline, plain SQL to a text file ({text.stat().st_size / 1e3:.0f} kB): "
        f"{baseline_s * 1000:7.1f} ms"
    )
    print(
        f"Daftar PD as PDF, {pages} pages {args.kertas.upper()} "
        f"({pdf.stat().st_size / 1e6:.1f} MB): {pdf_s * 1000:7.1f} ms"
        f"  (x{pdf_s / baseline_s:.0f} the baseline)"
    )
    print(
        "  last run: "
        + ", ".join(f"{name} {seconds * 1000:.0f} ms" for name, seconds in phases.items())
    )
    met = pdf_s <= TARGET_S
    print(f"target: at most {TARGET_S:.0f} s: {'met' if met else 'MISSED'}")
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
