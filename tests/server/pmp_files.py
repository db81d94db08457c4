"""Real PMP files for the server tests: the small demo school answered in full
(``app.pmp.demo``), renamed to a school of the test server and exported by
``app.pmp.package`` with the Kode Registrasi ``school add`` printed for it."""

import hashlib
import io
import json
import zipfile
from datetime import datetime
from pathlib import Path

from sqlalchemy import update

from app.pmp import demo, package
from dapodik.pmp.signing import school_signing_key, signature
from dapodik.schema.models import Sekolah

CREATED = datetime(2026, 11, 23, 10, 30, 5)


def export_for(small_db, npsn: str, kode: str, out_dir: Path) -> Path:
    """The demo school's complete file, as school ``npsn`` with ``kode``."""
    out_dir.mkdir(parents=True, exist_ok=True)
    with small_db.Session() as session:
        session.execute(update(Sekolah).values(npsn=npsn))
        demo.fill_demo_responses(session)
        path = package.export(session, out_dir, kode, CREATED)
        session.commit()
    return path


def members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def resigned(manifest: dict, responses: dict, npsn: str, kode: str) -> bytes:
    """A file with these contents, validly signed with the school's key."""
    responses_bytes = package.canonical_json(responses)
    manifest = {**manifest, "responses_sha256": hashlib.sha256(responses_bytes).hexdigest()}
    signed = [
        ("manifest.json", package.canonical_json(manifest)),
        ("responses.json", responses_bytes),
    ]
    seal = {
        "algoritma": "HMAC-SHA256",
        "berkas": ["manifest.json", "responses.json"],
        "hmac": signature(school_signing_key(npsn, kode), signed),
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in signed + [("signature.json", package.canonical_json(seal))]:
            archive.writestr(name, data)
    return buffer.getvalue()


def without_type(path: Path, jenis: str, npsn: str, kode: str) -> bytes:
    """The file with every respondent of ``jenis`` left out, counts consistent and
    signed: sound to the upload check, incomplete to the daily batch."""
    parts = members(path)
    manifest = json.loads(parts["manifest.json"])
    responses = json.loads(parts["responses.json"])
    dropped = [r for r in responses["responden"] if r["jenis"] == jenis]
    responses["responden"] = [r for r in responses["responden"] if r["jenis"] != jenis]
    manifest["jumlah_responden"] = {**manifest["jumlah_responden"], jenis: 0}
    manifest["jumlah_jawaban"] -= sum(len(r["jawaban"]) for r in dropped)
    return resigned(manifest, responses, npsn, kode)
