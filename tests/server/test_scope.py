"""Every request is scoped to the device token's school."""

import hashlib
import os

from server_support import new_id, student


def test_school_a_cannot_read_or_write_school_b(server, new_school):
    a, b = new_school(server), new_school(server)
    package = b.package({"peserta_didik": [student("Rahasia B")]})
    location = b.send(package)
    b.wait(package.manifest.package_id)
    data = os.urandom(200)
    open_location = b.create(len(data), new_id(), hashlib.sha256(data).hexdigest()).headers[
        "Location"
    ]

    assert a.head(open_location).status_code == 404
    assert a.patch(open_location, 0, data).status_code == 404
    assert a.http.delete(open_location, headers={"Tus-Resumable": "1.0.0"}).status_code == 404
    assert a.head(location).status_code == 404
    assert a.http.get(f"/api/v1/packages/{package.manifest.package_id}").status_code == 404
    # Creating with B's package id makes A a new upload of A's own, not B's.
    mine = a.create(package.size, package.manifest.package_id, package.sha256)
    assert mine.headers["Location"] != location and mine.headers["Upload-Offset"] == "0"
    feed_a = a.changes()["changes"]
    assert all(c["row"] is None or c["row"].get("nama") != "Rahasia B" for c in feed_a)
    assert {c["row_id"] for c in feed_a if c["table"] == "sekolah"} == {a.sekolah_id}
    prefill = a.http.get("/api/v1/prefill")
    assert prefill.status_code == 200 and b"Rahasia B" not in prefill.content


def test_requests_without_a_token_are_refused(server):
    import httpx

    for method, path in [
        ("GET", "/api/v1/prefill"),
        ("GET", "/api/v1/changes"),
        ("POST", "/api/v1/uploads/"),
        ("GET", "/api/v1/packages/x"),
        ("GET", "/api/v1/pmp/status"),
    ]:
        assert httpx.request(method, server.url(path)).status_code == 401, path
