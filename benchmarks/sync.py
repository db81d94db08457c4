"""Benchmark: Sinkronisasi on the large demo school against the real server on loopback.

Prints:
- the initial package (every row of the school unsent): size and build time;
- the package after editing one row (target ≤ 16 KiB);
- upload throughput of our tus client against a raw single-request upload of the
  same bytes to the same server in the same run (target ≥ 0.7×);
- bytes sent twice after the connection is cut at 57 % (target ≤ 1 chunk).

The uploads carry a deliberately wrong sha256, so the server's worker rejects each
at once instead of applying it, and the timings measure the transfer only.

    python benchmarks/sync.py [--repeat 5]
"""

import argparse
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import requests  # noqa: E402

from app.accounts import settings  # noqa: E402
from app.db.demo import build_demo  # noqa: E402
from app.db.engine import open_database  # noqa: E402
from app.db.models import PesertaDidik  # noqa: E402
from app.sync.package import build_change_package, package_folder  # noqa: E402
from app.sync.server_api import MAX_CHUNK  # noqa: E402
from app.sync.state import set_acked_counter  # noqa: E402
from app.sync.tus import DEFAULT_CHUNK, RetryPolicy, TusClient  # noqa: E402
from tests.server.server_support import ServerProcess  # noqa: E402
from tests.sync.proxy import CuttingProxy  # noqa: E402

WRONG_SHA = "0" * 64
KIB = 1024


def large_school(folder: Path):
    db = open_database(folder / "besar.sqlite")
    with db.engine.begin() as conn:
        report = build_demo(conn, "large", valid=True)
    with db.Session() as session:
        settings.put(session, settings.NPSN, report.npsn)
        settings.put(session, settings.SEKOLAH_ID, report.sekolah_id)
        session.commit()
    return db


def timed_build(db):
    with db.Session() as session:
        start = time.perf_counter()
        upload = build_change_package(session, package_folder(db.path))
        elapsed = time.perf_counter() - start
        set_acked_counter(session, upload.cut_counter)  # as if the server accepted it
        session.commit()
    return upload, elapsed


def one_row_package(db):
    with db.Session() as session:
        student = session.query(PesertaDidik).first()
        student.alamat_jalan = "Jl. Benchmark 1"
        session.commit()
        upload = build_change_package(session, package_folder(db.path))
        session.commit()
    return upload


def register(server: ServerProcess) -> str:
    kode = server.add_school("39990001", "Sekolah Benchmark")
    reply = requests.post(
        server.url("/api/v1/register"),
        json={"npsn": "39990001", "kode_registrasi": kode, "device_name": "benchmark"},
        timeout=30,
    )
    reply.raise_for_status()
    return reply.json()["token"]


def client(base: str, token: str, max_chunk: int | None = None) -> TusClient:
    return TusClient(
        base + "/api/v1/uploads/",
        headers={"Authorization": f"Bearer {token}"},
        retry=RetryPolicy(attempts=8, base_delay=0.05),
        max_chunk_size=max_chunk,
    )


def tus_upload(base: str, token: str, path: Path, max_chunk: int | None):
    tus = client(base, token, max_chunk)
    tus.capabilities()
    start = time.perf_counter()
    url = tus.create(path.stat().st_size, {"package_id": str(uuid.uuid4()), "sha256": WRONG_SHA})
    progress = list(tus.upload(url, path))
    return time.perf_counter() - start, progress[-1]


def raw_upload(base: str, token: str, data: bytes) -> float:
    """One creation request and one PATCH carrying every byte: the best a client can do."""
    http = requests.Session()
    headers = {"Authorization": f"Bearer {token}", "Tus-Resumable": "1.0.0"}
    start = time.perf_counter()
    meta = tus_meta(str(uuid.uuid4()))
    created = http.post(
        base + "/api/v1/uploads/",
        headers={**headers, "Upload-Length": str(len(data)), "Upload-Metadata": meta},
    )
    patched = http.patch(
        created.headers["Location"],
        data=data,
        headers={
            **headers,
            "Upload-Offset": "0",
            "Content-Type": "application/offset+octet-stream",
        },
    )
    assert patched.status_code == 204, patched.text
    return time.perf_counter() - start


def tus_meta(package_id: str) -> str:
    from app.sync.tus import encode_metadata

    return encode_metadata({"package_id": package_id, "sha256": WRONG_SHA})


def cut_at_57(server: ServerProcess, token: str, path: Path, max_chunk: int | None):
    """Bytes sent twice after one cut at 57 %, and what that costs in transfer time."""
    size = path.stat().st_size
    proxy = CuttingProxy(("127.0.0.1", server.port))
    try:
        tus = client(proxy.url, token, max_chunk)
        tus.capabilities()
        url = tus.create(size, {"package_id": str(uuid.uuid4()), "sha256": WRONG_SHA})
        proxy.cut_after(int(size * 0.57))
        last = list(tus.upload(url, path))[-1]
    finally:
        proxy.close()
    return last.resent_bytes, last.resent_bytes / last.bytes_per_second


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        folder = Path(work)
        start = time.perf_counter()
        db = large_school(folder)
        print(f"sekolah besar dibangun dalam {time.perf_counter() - start:.1f} s")
        initial, build_s = timed_build(db)
        rows = sum(sum(c.values()) for c in initial.counts.values())
        print(
            f"paket awal: {initial.size / KIB / KIB:.2f} MiB ({rows} baris), "
            f"dibangun dalam {build_s:.2f} s"
        )
        small = one_row_package(db)
        verdict = "OK" if small.size <= 16 * KIB else "MELEBIHI TARGET"
        print(f"paket setelah 1 baris diubah: {small.size} byte (target ≤ 16384) {verdict}")
        db.close()

        server = ServerProcess(f"sqlite:///{folder / 'server.sqlite'}", folder / "data").start()
        try:
            token = register(server)
            path = Path(initial.path)
            data = path.read_bytes()
            raw_times, fixed_times, adaptive_times = [], [], []
            for _ in range(args.repeat):
                raw_times.append(raw_upload(server.base, token, data))
                fixed_times.append(tus_upload(server.base, token, path, None)[0])
                adaptive_times.append(tus_upload(server.base, token, path, MAX_CHUNK)[0])
            raw_s = statistics.median(raw_times)
            mib = len(data) / KIB / KIB
            print(
                f"unggah {mib:.2f} MiB di loopback (median {args.repeat}×): "
                f"satu permintaan {mib / raw_s:.1f} MiB/s"
            )
            for label, times in (
                (f"tus, potongan tetap {DEFAULT_CHUNK // KIB} KiB", fixed_times),
                (f"tus, potongan menyesuaikan (mulai {DEFAULT_CHUNK // KIB} KiB)", adaptive_times),
            ):
                ratio = raw_s / statistics.median(times)
                verdict = "OK" if ratio >= 0.7 else "DI BAWAH TARGET"
                print(
                    f"  {label}: {mib / statistics.median(times):.1f} MiB/s = {ratio:.2f}× "
                    f"(target ≥ 0.7) {verdict}"
                )
            for label, max_chunk in (("tetap", None), ("menyesuaikan", MAX_CHUNK)):
                resent, seconds = cut_at_57(server, token, path, max_chunk)
                verdict = "OK" if resent <= DEFAULT_CHUNK else "LEBIH DARI 1 POTONGAN AWAL"
                print(
                    f"terputus di 57 % (potongan {label}): {resent} byte dikirim ulang "
                    f"(= {seconds:.2f} s transfer; 1 potongan awal = {DEFAULT_CHUNK} byte) "
                    f"{verdict}"
                )
        finally:
            server.stop()


if __name__ == "__main__":
    main()
