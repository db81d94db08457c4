"""PMP files at the centre: the upload page, online sending, the daily batch, status.

A school's "Kirim Offline" file (``app/pmp/package.py``) is checked with the
same ``verify_pmp_file`` the app uses, with the school's signing key kept in
``srv_pmp_key`` (stored when the Kode Registrasi is issued). The upload page
asks only for the file: the school is the one its manifest names, and only a
file signed with that school's key is accepted, so the signature, not a typed
code, proves where it comes from. An accepted file is "Sudah Kirim"; the daily
batch (``python -m server pmp proses``) checks each again and moves it to
"Sudah Diproses" or "Gagal Diproses" with the reason.
"""

import hashlib
import html
import json
import uuid
import zipfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, File, HTTPException, UploadFile
from fastapi.responses import HTMLResponse
from sqlalchemy import Connection, insert, select, update
from starlette.concurrency import run_in_threadpool

from dapodik.pmp import instruments, verify
from dapodik.schema.models import Sekolah
from dapodik.schema.referensi import BentukPendidikan

from . import tables
from .config import ServerConfig
from .database import Database
from .deps import Config, Db, Device
from .feed import now
from .pmp_keys import PmpKeys
from .schools import school_by_npsn

BELUM_KIRIM, SUDAH_KIRIM = "Belum Kirim", "Sudah Kirim"
SUDAH_DIPROSES, GAGAL_DIPROSES = "Sudah Diproses", "Gagal Diproses"
# Types whose minimum does not depend on the school's data (the app samples
# guru and peserta didik from data the centre's copy may not match exactly).
FIXED_TYPES = (instruments.KEPALA_SEKOLAH, instruments.KOMITE_SEKOLAH, instruments.PENGAWAS)

router = APIRouter()


class Refused(Exception):
    """An upload the server does not accept; the message is shown as is."""

    def __init__(self, reason: str, status: int = 400) -> None:
        super().__init__(reason)
        self.status = status


# ---------------------------------------------------------------- receiving


@dataclass(frozen=True)
class School:
    sekolah_id: str
    npsn: str
    key: bytes


def manifest_npsn(path: Path) -> str | None:
    """The NPSN the manifest claims, read as carefully as ``verify`` reads it
    (bounded, never trusting the zip directory); None when it cannot be read."""
    limit = verify.MAX_MEMBER_BYTES[verify.MANIFEST]
    try:
        with zipfile.ZipFile(path) as archive:
            info = archive.getinfo(verify.MANIFEST)
            if info.file_size > limit:
                return None
            with archive.open(info) as member:
                data = member.read(limit + 1)
        document = json.loads(data.decode("utf-8")) if len(data) <= limit else None
    except (zipfile.BadZipFile, KeyError, OSError, EOFError, NotImplementedError, ValueError):
        return None
    npsn = document.get("npsn") if isinstance(document, dict) else None
    return npsn if isinstance(npsn, str) and verify.NPSN.fullmatch(npsn) else None


NO_KEY = (
    "Server pusat tidak menyimpan kunci PMP sekolah NPSN {npsn} yang dapat dibukanya "
    "(sekolah terdaftar sebelum PMP tersedia, atau kunci server diganti); hubungi pusat "
    "untuk menerbitkan Kode Registrasi baru."
)


def _school(db: Database, keys: PmpKeys, npsn: str) -> School:
    with db.read() as conn:
        row = school_by_npsn(conn, npsn)
        key = keys.of(conn, row.sekolah_id) if row else None
    if row is None:
        raise Refused(f"Sekolah dengan NPSN {npsn} (dari berkas) belum terdaftar di server pusat.")
    if key is None:
        raise Refused(NO_KEY.format(npsn=npsn))
    return School(row.sekolah_id, row.npsn, key)


def _school_of_file(db: Database, keys: PmpKeys, path: Path) -> School:
    npsn = manifest_npsn(path)
    if npsn is None:
        # Unreadable manifest: verify names the exact fault (not a zip, zip bomb, …)
        # before it would ever look at a key.
        raise Refused(verify.verify_pmp_file(path, signing_key=b"").reason)
    return _school(db, keys, npsn)


async def _receive(upload: UploadFile, folder: Path) -> tuple[Path, str, int]:
    """Stream the upload to a new file, stopping just past the PMP size limit."""
    path = folder / f"{uuid.uuid4().hex}.pmp"
    digest, size, limit = hashlib.sha256(), 0, verify.MAX_FILE_BYTES
    try:
        with open(path, "wb") as out:
            while chunk := await upload.read(1024 * 1024):
                size += len(chunk)
                if size > limit:
                    reason = verify.TOO_LARGE.format(ukuran=f"lebih dari {limit}", batas=limit)
                    raise Refused(reason, 413)
                digest.update(chunk)
                out.write(chunk)
    except BaseException:  # refused, or the sender went away: keep no partial file
        path.unlink(missing_ok=True)
        raise
    return path, digest.hexdigest(), size


@dataclass(frozen=True)
class Accepted:
    npsn: str
    status: str
    detail: str | None


def _record(db: Database, school: School, name: str, path: Path, sha: str, size: int) -> Accepted:
    """Record a verified file as Sudah Kirim. The same file sent again (a retry of
    online sending, a second click) answers with the status it already has,
    unless that was Gagal Diproses: sending again is then a new try."""
    s = tables.pmp_submission
    with db.write() as conn:
        earlier = conn.execute(
            select(s.c.status, s.c.detail).where(
                s.c.sekolah_id == school.sekolah_id,
                s.c.sha256 == sha,
                s.c.status != GAGAL_DIPROSES,
            )
        ).first()
        if earlier is None:
            conn.execute(
                insert(s).values(
                    sekolah_id=school.sekolah_id,
                    filename=name[:200],
                    stored_path=str(path),
                    sha256=sha,
                    size=size,
                    status=SUDAH_KIRIM,
                    uploaded_at=now(),
                    verified=True,
                )
            )
    if earlier is not None:
        path.unlink()
        return Accepted(school.npsn, earlier.status, earlier.detail)
    return Accepted(school.npsn, SUDAH_KIRIM, None)


def _check_and_record(
    db: Database, keys: PmpKeys, path: Path, sha: str, size: int, name: str, npsn: str | None
) -> Accepted:
    """Verify a received file (for the school ``npsn``, or else the one its manifest
    names) and record it; the file is removed unless accepted."""
    try:
        school = _school(db, keys, npsn) if npsn else _school_of_file(db, keys, path)
        checked = verify.verify_pmp_file(path, signing_key=school.key, expected_npsn=school.npsn)
        if not checked.ok:
            raise Refused(checked.reason, 413 if checked.code == "too_large" else 400)
        return _record(db, school, name, path, sha, size)
    except BaseException:
        path.unlink(missing_ok=True)
        raise


async def accept_upload(db: Database, config: ServerConfig, upload: UploadFile, npsn: str | None):
    path, sha, size = await _receive(upload, config.pmp_dir)
    name = upload.filename or "berkas.pmp"
    return await run_in_threadpool(
        _check_and_record, db, config.pmp_keys, path, sha, size, name, npsn
    )


# ---------------------------------------------------------------- the page

PAGE = """<!doctype html>
<html lang="id"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Unggah Berkas PMP Offline</title>
<style>
body {{ font-family: sans-serif; max-width: 42em; margin: 2em auto; padding: 0 1em; }}
#area {{ border: 2px dashed #888; border-radius: 8px; padding: 2em; text-align: center; }}
#area.over {{ border-color: #1565c0; background: #e3f2fd; }}
.berhasil {{ background: #e8f5e9; border-left: 6px solid #2e7d32; padding: .8em; }}
.ditolak {{ background: #ffebee; border-left: 6px solid #c62828; padding: .8em; }}
button {{ font-size: 1.1em; padding: .4em 1.5em; margin-top: 1em; }}
</style></head>
<body>
<h1>Unggah Berkas PMP Offline</h1>
<p>Pilih berkas <code>PMP_&lt;NPSN&gt;_&lt;waktu&gt;.pmp</code> hasil "Kirim Offline" dari
aplikasi Dapodik Lokal. Sekolah dikenali dari isi berkas dan tanda tangannya.</p>
{message}
<form id="form" method="post" action="/pmp/upload" enctype="multipart/form-data">
  <div id="area">
    <p>Seret berkas PMP ke sini, atau</p>
    <input id="berkas" name="berkas" type="file" required accept=".pmp,.zip">
    <p id="terpilih"></p>
  </div>
  <button id="unggah" type="submit">Unggah</button>
</form>
<script>
// Drag-and-drop puts the dropped file into the same input, so one form posts both ways.
const area = document.getElementById("area"), input = document.getElementById("berkas");
const shown = () => {{
  document.getElementById("terpilih").textContent =
    input.files.length ? "Berkas: " + input.files[0].name : "";
}};
input.addEventListener("change", shown);
["dragenter", "dragover"].forEach(t => area.addEventListener(t, e => {{
  e.preventDefault(); area.classList.add("over");
}}));
["dragleave", "drop"].forEach(t => area.addEventListener(t, e => {{
  e.preventDefault(); area.classList.remove("over");
}}));
area.addEventListener("drop", e => {{
  if (e.dataTransfer.files.length) {{ input.files = e.dataTransfer.files; shown(); }}
}});
</script>
</body></html>
"""


def page(message: str = "", status: int = 200) -> HTMLResponse:
    return HTMLResponse(PAGE.format(message=message), status_code=status)


def notice(text: str, kind: str) -> str:
    return f'<p id="pesan" class="{kind}">{html.escape(text)}</p>'


@router.get("/pmp", response_class=HTMLResponse)
def upload_page() -> HTMLResponse:
    return page()


@router.post("/pmp/upload", response_class=HTMLResponse)
async def upload_pmp(berkas: Annotated[UploadFile, File()], db: Db, config: Config):
    try:
        accepted = await accept_upload(db, config, berkas, None)
    except Refused as refused:
        return page(notice(f"Ditolak. {refused}", "ditolak"), refused.status)
    text = f"Berkas diterima untuk NPSN {accepted.npsn}. Status: {accepted.status}."
    return page(notice(text, "berhasil"))


# ---------------------------------------------------------------- the API


@router.post("/api/v1/pmp/upload")
async def api_upload(berkas: Annotated[UploadFile, File()], who: Device, db: Db, config: Config):
    """Online sending: the same file, for the token's school only."""
    try:
        accepted = await accept_upload(db, config, berkas, who.npsn)
    except Refused as refused:
        raise HTTPException(refused.status, str(refused)) from refused
    return {"npsn": accepted.npsn, "status": accepted.status, "detail": accepted.detail}


@router.get("/api/v1/pmp/status")
def pmp_status(who: Device, db: Db) -> dict:
    s = tables.pmp_submission
    with db.read() as conn:
        rows = conn.execute(
            select(s).where(s.c.sekolah_id == who.sekolah_id).order_by(s.c.id.desc())
        ).all()
    submissions = [
        {
            "id": r.id,
            "filename": r.filename,
            "sha256": r.sha256,
            "size": r.size,
            "status": r.status,
            "detail": r.detail,
            "uploaded_at": r.uploaded_at.isoformat() + "Z",
        }
        for r in rows
    ]
    latest = submissions[0] if submissions else {"status": BELUM_KIRIM, "detail": None}
    return {"status": latest["status"], "detail": latest["detail"], "submissions": submissions}


# ---------------------------------------------------------------- the daily batch


def _jenjang(conn: Connection, sekolah_id: str) -> int | None:
    return conn.scalar(
        select(BentukPendidikan.jenjang_pendidikan_id)
        .join(Sekolah, Sekolah.bentuk_pendidikan_id == BentukPendidikan.bentuk_pendidikan_id)
        .where(Sekolah.sekolah_id == sekolah_id)
    )


def missing_respondents(manifest: dict, jenjang: int | None) -> list[str]:
    """Types below the instrument's minimum: the fixed ones at the school's jenjang
    (the strictest jenjang when the centre does not know it), the others at one."""
    iset = instruments.load(manifest["versi_instrumen"])
    minimum = iset.minimum.get(jenjang)
    counts = manifest["jumlah_responden"]
    missing = []
    for jenis in instruments.RESPONDENT_TYPES:
        if jenis in FIXED_TYPES:
            needed = (
                minimum.counts[jenis]
                if minimum
                else max(m.counts[jenis] for m in iset.minimum.values())
            )
        else:
            needed = 1
        if counts.get(jenis, 0) < needed:
            missing.append(f"{jenis} {counts.get(jenis, 0)} dari {needed}")
    return missing


@dataclass(frozen=True)
class Waiting:
    """A Sudah Kirim submission and what the batch needs to judge it."""

    id: int
    path: Path
    npsn: str
    key: bytes | None
    jenjang: int | None


def _waiting(db: Database, keys: PmpKeys) -> list[Waiting]:
    s, school = tables.pmp_submission, tables.school
    with db.read() as conn:
        rows = conn.execute(
            select(s.c.id, s.c.stored_path, s.c.sekolah_id, school.c.npsn)
            .join(school, school.c.sekolah_id == s.c.sekolah_id)
            .where(s.c.status == SUDAH_KIRIM)
            .order_by(s.c.id)
        ).all()
        return [
            Waiting(
                r.id,
                Path(r.stored_path),
                r.npsn,
                keys.of(conn, r.sekolah_id),
                _jenjang(conn, r.sekolah_id),
            )
            for r in rows
        ]


def judge(item: Waiting) -> tuple[str, str]:
    """The batch's verdict on one stored submission: (status, reason)."""
    if item.key is None:
        return GAGAL_DIPROSES, NO_KEY.format(npsn=item.npsn)
    if not item.path.is_file():
        return GAGAL_DIPROSES, "Berkas yang tersimpan di server hilang; unggah ulang."
    # Checked again in full: the instrument may have been retired (its folder
    # removed from the server's resources) or the key replaced since the upload.
    checked = verify.verify_pmp_file(item.path, signing_key=item.key, expected_npsn=item.npsn)
    if not checked.ok:
        return GAGAL_DIPROSES, checked.reason
    missing = missing_respondents(checked.manifest, item.jenjang)
    if missing:
        return GAGAL_DIPROSES, "Responden belum lengkap: " + ", ".join(missing) + "."
    return SUDAH_DIPROSES, checked.reason


def process_pending(db: Database, keys: PmpKeys) -> Counter:
    """Move every Sudah Kirim submission to its verdict. Each is judged outside
    any transaction and written on its own, only if still Sudah Kirim: a batch
    stopped halfway leaves the rest for the next run, and of two batches run
    at once only one verdict is recorded."""
    s = tables.pmp_submission
    outcome = Counter()
    for item in _waiting(db, keys):
        status, reason = judge(item)
        with db.write() as conn:
            changed = conn.execute(
                update(s)
                .where(s.c.id == item.id, s.c.status == SUDAH_KIRIM)
                .values(status=status, detail=reason)
            ).rowcount
        if changed:
            outcome[status] += 1
    return outcome
