"""Helpers to take a .pmp file apart and put it back together."""

import hashlib
import io
import json
import zipfile
from datetime import datetime

from app.pmp import package
from dapodik.pmp.signing import signature

SMALL_NPSN = "20219001"
CREATED = datetime(2026, 11, 23, 10, 30, 5)


def members(path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def rebuild(manifest: dict, responses: bytes, key: bytes) -> bytes:
    """A validly signed file from the given parts (the manifest's hash refreshed)."""
    manifest = {**manifest, "responses_sha256": hashlib.sha256(responses).hexdigest()}
    manifest_bytes = package.canonical_json(manifest)
    signed = [("manifest.json", manifest_bytes), ("responses.json", responses)]
    seal = package.canonical_json(
        {
            "algoritma": "HMAC-SHA256",
            "berkas": ["manifest.json", "responses.json"],
            "hmac": signature(key, signed),
        }
    )
    return zip_of(signed + [("signature.json", seal)])


def zip_of(parts: list[tuple[str, bytes]]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts:
            archive.writestr(name, data)
    return buffer.getvalue()


def manifest_of(path) -> dict:
    return json.loads(members(path)["manifest.json"])
