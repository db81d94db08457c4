"""Hostile change packages from a legitimately registered school, against the real
server (issue 21): each is refused cleanly and at once, bad rows are refused one
by one, what a result keeps is bounded, and one school's package never makes
another school's requests fail."""

import json
import re
import time

import hostile
import httpx
from server_support import SchoolClient, creations_while_checking, new_id, student

from dapodik.package_format import is_uuid
from server.apply import MAX_REASON, RowResult
from server.processing import MAX_DETAIL


def _statuses(report: dict) -> list[str]:
    return [step["status"] for step in report["history"]]


def _feed_row(school: SchoolClient, row_id: str) -> dict:
    (entry,) = [c for c in school.changes()["changes"] if c["row_id"] == row_id]
    return entry["row"]


def test_a_hidden_generated_column_is_refused_at_once(two_schools):
    a, _ = two_schools
    # A small bomb: the server of before computed it (and retried it) on every read.
    bomb = hostile.generated_column(a, size=20_000_000)
    bomb.send(a)
    report = a.wait(bomb.package_id)
    assert _statuses(report) == ["received", "checking", "refused"]
    assert report["history"][-1]["detail"].startswith("SCHEMA: Tabel peserta_didik berisi kolom")


def test_a_deeply_nested_manifest_is_refused_at_once(two_schools):
    a, _ = two_schools
    deep = hostile.deep_manifest(a)
    deep.send(a)
    report = a.wait(deep.package_id)
    assert _statuses(report) == ["received", "checking", "corrupt"]
    assert report["history"][-1]["detail"].startswith("BAD_MANIFEST: Manifest paket tidak terbaca")


def test_a_version_the_server_never_issued_is_refused(server, two_schools):
    a, _ = two_schools
    mine = student("Nama Sekolah", nisn="0171111111")
    first = a.package({"peserta_didik": [mine]})
    a.send(first)
    a.wait(first.manifest.package_id)
    based_on = _feed_row(a, mine["peserta_didik_id"])["server_version"]
    verval = server.admin(
        "verval", "pd", "--peserta-didik-id", mine["peserta_didik_id"],
        "--nisn", "0172222222", "--nama", "Nama Terverifikasi",
    ).stdout  # fmt: skip
    issued = int(re.search(r"server_version (\d+)", verval).group(1))
    lies = {"never issued": issued + 1000, "beyond any column": 10**12}
    for claim, version in lies.items():
        lie = {**mine, "nisn": "0173333333", "nama": "Nama Palsu", "server_version": version}
        package = a.package({"peserta_didik": [lie]})
        a.send(package)
        report = a.wait(package.manifest.package_id)
        assert report["summary"] == {"applied": 0, "rejected": 1, "conflict": 0}, claim
        assert report["rows"][0]["code"] in ("VERSION_UNKNOWN", "INVALID_VALUE"), claim
    stale = {**mine, "nisn": "0173333333", "email": "ops@sekolah.id", "server_version": based_on}
    package = a.package({"peserta_didik": [stale]})
    a.send(package)
    assert a.wait(package.manifest.package_id)["rows"][0]["code"] == "SERVER_OWNED"
    row = _feed_row(a, mine["peserta_didik_id"])
    assert (row["nisn"], row["nama"], row["email"]) == (
        "0172222222",
        "Nama Terverifikasi",
        "ops@sekolah.id",
    )


def test_bad_values_are_refused_row_by_row_and_results_stay_small(two_schools):
    a, _ = two_schools
    students = [student(f"Baris {i}") for i in range(5)]
    package_id, data = hostile.package_sqlite(a, {"peserta_didik": students})
    changes = [
        ("peserta_didik_id", "k" * 1000),  # a key that is no UUID
        ("peserta_didik_id", "   "),  # a blank key
        ("rt", 10**15),  # beyond SMALLINT
        ("nama", "x" * 5000),  # beyond VARCHAR(100)
    ]
    for (column, value), target in zip(changes, students[1:], strict=True):
        sql = f"UPDATE peserta_didik SET {column} = ? WHERE peserta_didik_id = ?"
        data = hostile.rewrite(data, sql, params=(value, target["peserta_didik_id"]))
    hostile.hostile("values", package_id, data, hostile.WITH_EXCEPTIONS).send(a)
    report = a.wait(package_id)
    assert report["summary"] == {"applied": 1, "rejected": 4, "conflict": 0}
    assert sorted(r["code"] for r in report["rows"]) == [
        "INVALID_KEY",
        "INVALID_VALUE",
        "INVALID_VALUE",
        "NO_KEY",
    ]
    assert all(r["row_id"] == "" or is_uuid(r["row_id"]) for r in report["rows"])
    assert all(len(r["reason"]) <= 300 for r in report["rows"])
    assert len(a.http.get(f"/api/v1/packages/{package_id}").content) < 4000


def test_a_huge_key_refuses_the_package_and_stores_nothing(two_schools):
    a, _ = two_schools
    huge = hostile.huge_key(a)
    assert len(huge.data) < 64 * 1024  # 5 MiB of key compress to almost nothing
    huge.send(a)
    report = a.wait(huge.package_id)
    assert _statuses(report) == ["received", "checking", "refused"]
    assert report["history"][-1]["detail"].startswith("VALUE_TOO_LARGE")
    reply = a.http.get(f"/api/v1/packages/{huge.package_id}", params={"rows": "all"})
    assert len(reply.content) < 4000


def test_what_the_history_and_a_result_keep_is_bounded(two_schools):
    a, _ = two_schools
    package_id, data = hostile.package_sqlite(a)
    document = hostile.manifest_of(data)
    # Made-up tables in row_counts: the refusal quotes them all.
    document["row_counts"] |= {f"tabel_karangan_{i}": 1 for i in range(2000)}
    bloated = hostile.with_manifest(data, json.dumps(document))
    hostile.hostile("row_counts", package_id, bloated, hostile.CORRUPT).send(a)
    detail = a.wait(package_id)["history"][-1]["detail"]
    assert detail.startswith("ROW_COUNTS") and len(detail) == MAX_DETAIL
    reason = RowResult("peserta_didik", "", "rejected", "CONSTRAINT", "x" * 5000).reason
    assert len(reason) == MAX_REASON


def test_the_status_pages_its_row_results(two_schools):
    a, _ = two_schools
    unknown_agama = [student(f"Agama {i}", agama_id=77) for i in range(1200)]
    package = a.package({"peserta_didik": unknown_agama})
    a.send(package)
    first = a.wait(package.manifest.package_id)
    assert first["summary"]["rejected"] == 1200
    assert len(first["rows"]) == 500 and first["next_offset"] == 500
    seen, offset = [], 0
    while offset is not None:
        page = a.http.get(
            f"/api/v1/packages/{package.manifest.package_id}",
            params={"offset": offset, "limit": 700},
        ).json()
        seen += [r["row_id"] for r in page["rows"]]
        offset = page["next_offset"]
    assert sorted(seen) == sorted(s["peserta_didik_id"] for s in unknown_agama)
    too_many = a.http.get(
        f"/api/v1/packages/{package.manifest.package_id}", params={"limit": 100_000}
    )
    assert too_many.status_code == 422


def test_big_packages_never_hold_up_another_school(make_server, new_school):
    # Three workers apply three schools' big packages at once: on SQLite their
    # batches follow one another back to back, and a request that only polled for
    # the lock (SQLite's busy handler) waited seconds between them.
    server = make_server("--workers", "3").start()
    senders, other = [new_school(server) for _ in range(3)], new_school(server)
    big = [
        school.package({"peserta_didik": [student(f"Besar {i}") for i in range(20_000)]})
        for school in senders
    ]
    for school, package in zip(senders, big, strict=True):
        school.send(package)
    samples = creations_while_checking(senders[0], big[0].manifest.package_id, other)
    for school, package in zip(senders, big, strict=True):
        assert school.wait(package.manifest.package_id, 300)["status"] == "processed"
    waits = sorted(seconds for seconds, _ in samples)
    print(f"{len(samples)} pembuatan unggahan: median {waits[len(waits) // 2]:.3f} s, "
          f"terlama {waits[-1]:.3f} s")  # fmt: skip
    assert waits[-1] < 2.0
    assert {status for _, status in samples} == {201}
    assert len(samples) >= 10


def test_a_request_that_cannot_have_its_turn_is_answered_503(make_server, new_school, backend):
    server = make_server("--busy-timeout", "1").start(env={"DAPODIK_SERVER_TEST_APPLY_DELAY": "4"})
    a, b = new_school(server), new_school(server)
    package = a.package({"peserta_didik": [student("Lambat")]})
    a.send(package)
    while a.status(package.manifest.package_id)["status"] != "checking":
        time.sleep(0.05)
    time.sleep(0.5)  # inside the batch's transaction, which waits 4 s before committing
    started = time.monotonic()
    created = b.create(1000, new_id(), "0" * 64)
    waited = time.monotonic() - started
    if backend == "sqlite":
        assert created.status_code == 503, created.text
        assert created.headers["Retry-After"] == "5"
        assert "sibuk" in created.json()["detail"]
        assert 0.9 < waited < 3
    else:  # PostgreSQL writers of other schools lock no row the worker holds
        assert created.status_code == 201 and waited < 1
    assert a.wait(package.manifest.package_id)["status"] == "processed"
    assert httpx.get(server.url("/api/v1/ping")).status_code == 200
