"""Load on the reference server: N schools upload a package at once, over loopback,
through the tus endpoint, and wait until each is processed.

    python benchmarks/server_load.py [--schools 200] [--package-mib 2] [--rows 250]
                                     [--db URL] [--workers 1]

Each package is a real change package (``--rows`` new students, applied by the
worker) grown to ``--package-mib`` on the wire with SQLite free pages of random
bytes: the transfer, checksum, decompression and integrity check cost that of a
package of that size, while the apply cost is that of ``--rows`` rows. Prints
throughput, p50/p95 time from first byte to "processed", errors (must be 0) and
lost or duplicated packages (must be 0), read back from the server's database.
Default database: SQLite in a temporary folder; ``--db postgresql+psycopg://…``
for PostgreSQL (the database should be empty).
"""

import argparse
import asyncio
import base64
import gzip
import hashlib
import os
import random
import shutil
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import httpx
from sqlalchemy import func, select

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from dapodik.package_format import Manifest, build_package  # noqa: E402
from server import devices, tables  # noqa: E402
from server.admin import create_school  # noqa: E402
from server.config import make_config  # noqa: E402
from server.database import open_database, prepare_database  # noqa: E402

FINAL = {"processed", "processed_with_exceptions", "corrupt", "refused"}


@dataclass
class School:
    npsn: str
    sekolah_id: str
    token: str
    package: Path | None = None
    package_id: str = ""
    sha256: str = ""
    size: int = 0
    errors: list[str] = field(default_factory=list)
    started: float = 0.0
    uploaded: float = 0.0
    processed: float = 0.0
    status: str = ""


def students(count: int) -> list[dict]:
    return [
        {
            "peserta_didik_id": str(uuid.uuid4()),
            "nama": f"Siswa {i}",
            "jenis_kelamin": "P",
            "tanggal_lahir": date(2012, 1, 1 + i % 28),
            "kewarganegaraan": "ID",
            "soft_delete": False,
            "penerima_kps": False,
            "penerima_kip": False,
            "layak_pip": False,
        }
        for i in range(count)
    ]


def grow(path: Path, target: int, work: Path) -> None:
    """Grow a package to ``target`` bytes compressed with free pages of random bytes."""
    raw = work / "raw.sqlite"
    raw.write_bytes(gzip.decompress(path.read_bytes()))
    conn = sqlite3.connect(raw)
    conn.execute("PRAGMA secure_delete = OFF")  # keep the bytes of dropped pages
    conn.execute("CREATE TABLE ballast (b BLOB)")
    conn.executemany(
        "INSERT INTO ballast VALUES (?)", [(os.urandom(3000),) for _ in range(target // 3000)]
    )
    conn.commit()
    conn.execute("DROP TABLE ballast")
    conn.commit()
    conn.close()
    path.write_bytes(gzip.compress(raw.read_bytes(), compresslevel=1))


def prepare_one(db, keys, data: Path, i: int, rows: int, size: int) -> School:
    npsn = str(40000000 + i)
    sekolah_id, _ = create_school(db, keys, npsn, f"Sekolah Beban {i}")
    with db.write() as conn:
        token, device_id = devices.new_device(conn, sekolah_id, "benchmark")
        devices.complete(conn, sekolah_id, device_id)
    school = School(npsn, sekolah_id, token, package_id=str(uuid.uuid4()))
    school.package = data / f"{npsn}.pkg"
    manifest = Manifest(
        package_id=school.package_id, npsn=npsn, sekolah_id=sekolah_id, base_cursor=0
    )
    build_package(school.package, manifest, {"peserta_didik": students(rows)})
    work = data / f"work-{npsn}"
    work.mkdir()
    grow(school.package, size, work)
    shutil.rmtree(work)
    school.size = school.package.stat().st_size
    school.sha256 = hashlib.sha256(school.package.read_bytes()).hexdigest()
    return school


def prepare(db_url: str, data: Path, count: int, rows: int, size: int) -> list[School]:
    """Schools, device tokens and packages, written before the clock starts.

    Threads: argon2 (the Kode Registrasi hash), gzip and sqlite3 release the GIL.
    """
    db = open_database(db_url)
    prepare_database(db)
    keys = make_config(db_url, data / "server").pmp_keys  # the key the server will read
    with ThreadPoolExecutor(4) as pool:
        schools = list(pool.map(lambda i: prepare_one(db, keys, data, i, rows, size), range(count)))
    db.dispose()
    return schools


def b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


async def upload(client: httpx.AsyncClient, school: School, chunk: int) -> None:
    """Create and send the upload, resuming from the server's offset after an error."""
    headers = {"Authorization": f"Bearer {school.token}", "Tus-Resumable": "1.0.0"}
    data = school.package.read_bytes()
    location = None
    offset = 0
    while offset < len(data):
        try:
            if location is None:
                created = await client.post(
                    "/api/v1/uploads/",
                    headers={
                        **headers,
                        "Upload-Length": str(len(data)),
                        "Upload-Metadata": f"package_id {b64(school.package_id)},"
                        f"sha256 {b64(school.sha256)}",
                    },
                )
                created.raise_for_status()
                location = created.headers["Location"]
                offset = int(created.headers["Upload-Offset"])
                continue
            part = data[offset : offset + chunk]
            digest = base64.b64encode(hashlib.sha256(part).digest()).decode()
            reply = await client.patch(
                location,
                content=part,
                headers={
                    **headers,
                    "Upload-Offset": str(offset),
                    "Upload-Checksum": f"sha256 {digest}",
                    "Content-Type": "application/offset+octet-stream",
                },
            )
            reply.raise_for_status()
            offset = int(reply.headers["Upload-Offset"])
        except (httpx.HTTPError, KeyError) as exc:
            school.errors.append(f"{type(exc).__name__}: {exc}")
            if len(school.errors) > 20:
                return
            await asyncio.sleep(0.5)
            if location:
                head = await client.head(location, headers=headers)
                offset = int(head.headers.get("Upload-Offset", offset))


async def wait_processed(client: httpx.AsyncClient, school: School, timeout: float) -> None:
    headers = {"Authorization": f"Bearer {school.token}"}
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        await asyncio.sleep(0.3 + random.random() * 0.4)
        try:
            reply = await client.get(f"/api/v1/packages/{school.package_id}", headers=headers)
            reply.raise_for_status()
        except httpx.HTTPError as exc:
            school.errors.append(f"status: {exc}")
            continue
        school.status = reply.json()["status"]
        if school.status in FINAL:
            school.processed = time.monotonic()
            return


async def one_school(client, school: School, chunk: int, timeout: float) -> None:
    school.started = time.monotonic()
    await upload(client, school, chunk)
    school.uploaded = time.monotonic()
    await wait_processed(client, school, timeout)


async def run_load(base: str, schools: list[School], chunk: int, timeout: float) -> float:
    limits = httpx.Limits(max_connections=len(schools), max_keepalive_connections=len(schools))
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=120) as client:
        start = time.monotonic()
        await asyncio.gather(*(one_school(client, s, chunk, timeout) for s in schools))
    return start


def audit(db_url: str, schools: list[School], rows: int) -> tuple[int, int]:
    """(lost, duplicated) read from the server's own tables."""
    db = open_database(db_url)
    p, r, f = tables.package, tables.row_result, tables.change_feed
    lost = duplicated = 0
    with db.read() as conn:
        for school in schools:
            where = (p.c.sekolah_id == school.sekolah_id) & (p.c.package_id == school.package_id)
            packages = conn.execute(select(p.c.id, p.c.status).where(where)).all()
            if len(packages) != 1 or packages[0].status != "processed":
                lost += 1
                continue
            results = conn.scalar(select(func.count()).where(r.c.package_pk == packages[0].id))
            fed = conn.scalar(select(func.count()).where(f.c.package_id == school.package_id))
            if results != rows or fed != rows:
                duplicated += 1
    db.dispose()
    return lost, duplicated


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(db_url: str, data: Path, workers: int) -> tuple[subprocess.Popen, str]:
    port = free_port()
    log = open(data / "server.log", "wb")  # noqa: SIM115 - lives as long as the server
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "server",
            "--db",
            db_url,
            "--data",
            str(data / "server"),
            "--port",
            str(port),
            "--workers",
            str(workers),
        ],
        cwd=ROOT,
        stdout=log,
        stderr=log,
    )
    base = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            if httpx.get(f"{base}/api/v1/ping", timeout=1).status_code == 200:
                return proc, base
        except httpx.TransportError:
            time.sleep(0.1)
    proc.kill()
    raise SystemExit("server did not start")


def percentile(values: list[float], q: float) -> float:
    return (
        statistics.quantiles(values, n=100, method="inclusive")[q - 1]
        if len(values) > 1
        else values[0]
    )


def report(args, schools: list[School], start: float, lost: int, duplicated: int) -> int:
    done = [s for s in schools if s.processed]
    total = sum(s.size for s in schools)
    last_upload = max(s.uploaded for s in schools) - start
    last_processed = max((s.processed for s in done), default=start) - start
    to_processed = [s.processed - s.started for s in done]
    errors = sum(len(s.errors) for s in schools)
    print(f"database         {args.db.split('://')[0]}")
    print(
        f"schools          {len(schools)} at once, {total / len(schools) / 2**20:.2f} MiB "
        f"package each, {args.rows} rows each, {args.workers} worker(s)"
    )
    print(
        f"uploaded         {total / 2**20:.0f} MiB in {last_upload:.1f} s = "
        f"{total / 2**20 / last_upload:.1f} MiB/s"
    )
    print(
        f"all processed in {last_processed:.1f} s = "
        f"{len(done) / max(last_processed, 1e-9):.1f} packages/s, "
        f"{len(done) * args.rows / max(last_processed, 1e-9):.0f} rows/s"
    )
    if to_processed:
        print(
            f"time to processed p50 {percentile(to_processed, 50):.1f} s, "
            f"p95 {percentile(to_processed, 95):.1f} s, max {max(to_processed):.1f} s"
        )
    print(f"errors           {errors}")
    print(f"lost             {lost}")
    print(f"duplicated       {duplicated}")
    for s in schools:
        for error in s.errors[:3]:
            print(f"  {s.npsn}: {error}")
    return 0 if errors == lost == duplicated == 0 else 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--schools", type=int, default=200)
    parser.add_argument("--package-mib", type=float, default=2.0)
    parser.add_argument("--rows", type=int, default=250)
    parser.add_argument("--chunk-kib", type=int, default=512)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--db", default="", help="SQLAlchemy URL; default SQLite in a temp dir")
    parser.add_argument("--timeout", type=float, default=600)
    args = parser.parse_args()
    data = Path(tempfile.mkdtemp(prefix="server-load-"))
    args.db = args.db or f"sqlite:///{data / 'server.sqlite'}"
    try:
        t = time.monotonic()
        schools = prepare(args.db, data, args.schools, args.rows, int(args.package_mib * 2**20))
        print(f"prepared {len(schools)} schools and packages in {time.monotonic() - t:.1f} s")
        proc, base = start_server(args.db, data, args.workers)
        try:
            start = asyncio.run(run_load(base, schools, args.chunk_kib * 1024, args.timeout))
        finally:
            proc.terminate()
            proc.wait(30)
        lost, duplicated = audit(args.db, schools, args.rows)
        return report(args, schools, start, lost, duplicated)
    finally:
        shutil.rmtree(data, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
