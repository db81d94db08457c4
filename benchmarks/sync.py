"""Benchmark: Sinkronisasi on the large demo school against the real server on loopback.

Prints:
- the initial package (every row of the school unsent): size and build time;
- the package after editing one row (target ≤ 16 KiB);
- upload throughput of our tus client against a raw single-request upload of the
  same bytes to the same server in the same run (target ≥ 0.7×);
- the same two uploads through a proxy paced at 8 MiB/s, like a good school link;
- bytes sent twice after the connection is cut at 57 % (target ≤ 1 chunk), counted
  by the cutting proxy on the wire, not by the client.

Two clients: the one Sinkronisasi uses (chunks grow to what the link moves in two
seconds, one SHA-256 per 256 KiB block, so a cut costs one block) and, for
comparison, fixed 256 KiB chunks with one checksum each.

The uploads carry a deliberately wrong sha256, so the server's worker rejects each
at once instead of applying it, and the timings measure the transfer only; each
upload waits for the worker to be done with the one before (it reads and hashes
the whole package, which would otherwise slow whichever upload came next).

    python benchmarks/sync.py [--repeat 9]
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
from app.db.engine import open_database  # noqa: E402
from app.sync.package import build_change_package, package_folder  # noqa: E402
from app.sync.server_api import FINAL_STATUSES, MAX_CHUNK  # noqa: E402
from app.sync.state import set_acked_counter  # noqa: E402
from app.sync.tus import BLOCK, DEFAULT_CHUNK, RetryPolicy, TusClient, encode_metadata  # noqa: E402
from dapodik.demo.school import build_demo  # noqa: E402
from dapodik.schema.models import PesertaDidik  # noqa: E402
from tests.server.server_support import ServerProcess  # noqa: E402
from tests.sync.proxy import CuttingProxy  # noqa: E402

WRONG_SHA = "0" * 64
KIB = 1024
FIXED_CHUNK = 256 * KIB
LINK_RATE = 8 * KIB * KIB  # bytes per second, about 67 Mbit/s


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
    token = reply.json()["token"]
    requests.post(
        server.url("/api/v1/register/complete"),
        headers={"Authorization": f"Bearer {token}"},
        timeout=30,
    ).raise_for_status()
    return token


def client(base: str, token: str, max_chunk: int | None = None) -> TusClient:
    """Sinkronisasi's client with ``max_chunk``; without, fixed 256 KiB chunks."""
    return TusClient(
        base + "/api/v1/uploads/",
        headers={"Authorization": f"Bearer {token}"},
        retry=RetryPolicy(attempts=8, base_delay=0.05),
        chunk_size=DEFAULT_CHUNK if max_chunk else FIXED_CHUNK,
        max_chunk_size=max_chunk,
    )


def tus_upload(base: str, token: str, path: Path, max_chunk: int | None) -> float:
    """Creation (carrying the first chunk) and every PATCH, as a sync sends a package."""
    tus = client(base, token, max_chunk)
    tus.capabilities()
    start = time.perf_counter()
    meta = {"package_id": str(uuid.uuid4()), "sha256": WRONG_SHA}
    url = tus.create(path.stat().st_size, meta, path)
    list(tus.upload(url, path))
    elapsed = time.perf_counter() - start
    settle(base, token, meta["package_id"])
    return elapsed


def settle(base: str, token: str, package_id: str) -> None:
    """Wait until the server's worker has dealt with the package."""
    headers = {"Authorization": f"Bearer {token}"}
    while True:
        reply = requests.get(f"{base}/api/v1/packages/{package_id}", headers=headers, timeout=30)
        if reply.ok and reply.json()["status"] in FINAL_STATUSES:
            return
        time.sleep(0.02)


def raw_upload(base: str, token: str, path: Path) -> float:
    """One creation request and one PATCH carrying every byte of the package file,
    read from disk as any client must: the best a client can do."""
    http = requests.Session()
    headers = {"Authorization": f"Bearer {token}", "Tus-Resumable": "1.0.0"}
    package_id = str(uuid.uuid4())
    start = time.perf_counter()
    data = path.read_bytes()
    created = http.post(
        base + "/api/v1/uploads/",
        headers={
            **headers,
            "Upload-Length": str(len(data)),
            "Upload-Metadata": encode_metadata({"package_id": package_id, "sha256": WRONG_SHA}),
        },
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
    elapsed = time.perf_counter() - start
    settle(base, token, package_id)
    return elapsed


def over_a_school_link(server: ServerProcess, token: str, path: Path, repeat: int) -> None:
    """The same comparison through a proxy paced like a good school link: there the
    transfer, not the CPU of this machine, sets the pace, as it does in a school."""
    proxy = CuttingProxy(("127.0.0.1", server.port), rate=LINK_RATE)
    try:
        raw = statistics.median(raw_upload(proxy.url, token, path) for _ in range(repeat))
        tus = statistics.median(
            tus_upload(proxy.url, token, path, MAX_CHUNK) for _ in range(repeat)
        )
    finally:
        proxy.close()
    mib = path.stat().st_size / KIB / KIB
    print(
        f"lewat tautan {LINK_RATE // KIB // KIB} MiB/s (median {repeat}×): satu permintaan "
        f"{mib / raw:.2f} MiB/s, tus Sinkronisasi {mib / tus:.2f} MiB/s = {raw / tus:.2f}×"
    )


def wire_bytes(server: ServerProcess, token: str, path: Path, max_chunk, cut: bool):
    """Bytes that went towards the server for one upload, and the client's own count
    of bytes sent twice (an upper bound: it cannot see what the cut swallowed)."""
    proxy = CuttingProxy(("127.0.0.1", server.port))
    try:
        tus = client(proxy.url, token, max_chunk)
        tus.capabilities()
        if cut:
            proxy.cut_after(int(path.stat().st_size * 0.57))
        meta = {"package_id": str(uuid.uuid4()), "sha256": WRONG_SHA}
        url = tus.create(path.stat().st_size, meta, path)
        last = list(tus.upload(url, path))[-1]
        assert proxy.cuts_done == int(cut)
    finally:
        proxy.close()
    return proxy.bytes_up, last.resent_bytes


def resent_after_cut(server: ServerProcess, token: str, path: Path, max_chunk) -> tuple[int, int]:
    """Bytes sent twice after one cut at 57 %: the cut upload's wire bytes minus a
    clean upload's (both carry the same headers, bar the few requests of the resume)."""
    clean, _ = wire_bytes(server, token, path, max_chunk, cut=False)
    cut, client_count = wire_bytes(server, token, path, max_chunk, cut=True)
    return cut - clean, client_count


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=9)
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
            raw_times, fixed_times, adaptive_times = [], [], []
            for _ in range(args.repeat):
                raw_times.append(raw_upload(server.base, token, path))
                fixed_times.append(tus_upload(server.base, token, path, None))
                adaptive_times.append(tus_upload(server.base, token, path, MAX_CHUNK))
            raw_s = statistics.median(raw_times)
            mib = path.stat().st_size / KIB / KIB
            print(
                f"unggah {mib:.2f} MiB di loopback (median {args.repeat}×): "
                f"satu permintaan {mib / raw_s:.1f} MiB/s"
            )
            for label, times in (
                (f"tus Sinkronisasi (blok {BLOCK // KIB} KiB)", adaptive_times),
                (f"tus, potongan tetap {FIXED_CHUNK // KIB} KiB", fixed_times),
            ):
                ratio = raw_s / statistics.median(times)
                verdict = "OK" if ratio >= 0.7 else "DI BAWAH TARGET"
                print(
                    f"  {label}: {mib / statistics.median(times):.1f} MiB/s = {ratio:.2f}× "
                    f"(target ≥ 0.7) {verdict}"
                )
            over_a_school_link(server, token, path, min(args.repeat, 3))
            for label, max_chunk in (("menyesuaikan", MAX_CHUNK), ("tetap", None)):
                resent, client_count = resent_after_cut(server, token, path, max_chunk)
                verdict = "OK" if resent <= FIXED_CHUNK else "LEBIH DARI 1 POTONGAN"
                print(
                    f"terputus di 57 % (potongan {label}): {resent} byte dikirim ulang di "
                    f"jaringan (klien menghitung ≤ {client_count}); 1 potongan = "
                    f"{FIXED_CHUNK} byte: {verdict}"
                )
        finally:
            server.stop()


if __name__ == "__main__":
    main()
