"""The PMP offline upload page, its storage and status.

A person opens ``/pmp`` in a browser, gives the school's NPSN and Kode
Registrasi, and chooses the file the app's "Kirim Offline" wrote. The file is
stored, recorded as "Sudah Kirim", then handed to the verification hook
(``app.state.pmp_verifier``): the PMP issue defines the file and plugs its
verifier in there. A hook returns ("Sudah Diproses" | "Gagal Diproses", detail)
or None to leave the file waiting as "Sudah Kirim".
"""

import hashlib
import html
import uuid
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, File, Form, Request, UploadFile
from fastapi.responses import HTMLResponse
from sqlalchemy import insert, select, update
from starlette.concurrency import run_in_threadpool

from . import tables
from .database import Database
from .deps import Config, Db, Device
from .feed import now
from .schools import KodeAttempt, RegistrationError, school_for_kode

BELUM_KIRIM, SUDAH_KIRIM = "Belum Kirim", "Sudah Kirim"
SUDAH_DIPROSES, GAGAL_DIPROSES = "Sudah Diproses", "Gagal Diproses"
MAX_PMP_BYTES = 50 * 1024 * 1024

Verifier = Callable[[Path], tuple[str, str] | None]
router = APIRouter()

PAGE = """<!doctype html>
<html lang="id"><head><meta charset="utf-8"><title>Unggah Berkas PMP Offline</title></head>
<body>
<h1>Unggah Berkas PMP Offline</h1>
<p>Pilih berkas hasil "Kirim Offline" dari aplikasi Dapodik Lokal.</p>
{message}
<form method="post" action="/pmp/upload" enctype="multipart/form-data">
  <p><label>NPSN <input name="npsn" required maxlength="8"></label></p>
  <p><label>Kode Registrasi <input name="kode_registrasi" type="password" required></label></p>
  <p><label>Berkas PMP <input name="berkas" type="file" required accept=".zip,.pmp"></label></p>
  <p><button type="submit">Unggah</button></p>
</form>
</body></html>
"""


def zip_is_sound(path: Path) -> bool:
    """The hook's precondition: a complete zip whose members all pass their CRC."""
    try:
        with zipfile.ZipFile(path) as archive:
            return archive.testzip() is None
    except (zipfile.BadZipFile, OSError, EOFError):
        return False


def page(message: str = "", status: int = 200) -> HTMLResponse:
    return HTMLResponse(PAGE.format(message=message), status_code=status)


def notice(text: str) -> str:
    return f"<p><strong>{html.escape(text)}</strong></p>"


@router.get("/pmp", response_class=HTMLResponse)
def upload_page() -> HTMLResponse:
    return page()


async def _store(upload: UploadFile, folder: Path) -> tuple[Path, str, int]:
    path = folder / f"{uuid.uuid4().hex}.zip"
    digest, size = hashlib.sha256(), 0
    with open(path, "wb") as out:
        while chunk := await upload.read(1024 * 1024):
            size += len(chunk)
            if size > MAX_PMP_BYTES:
                out.close()
                path.unlink()
                raise ValueError(f"Berkas melebihi {MAX_PMP_BYTES // (1024 * 1024)} MB.")
            digest.update(chunk)
            out.write(chunk)
    return path, digest.hexdigest(), size


def _record(db: Database, sekolah_id: str, name: str, path: Path, sha: str, size: int) -> int:
    with db.write() as conn:
        return conn.execute(
            insert(tables.pmp_submission).values(
                sekolah_id=sekolah_id,
                filename=name[:200],
                stored_path=str(path),
                sha256=sha,
                size=size,
                status=SUDAH_KIRIM,
                uploaded_at=now(),
                verified=False,
            )
        ).inserted_primary_key[0]


def _verify(db: Database, verifier: Verifier, submission_id: int, path: Path) -> str:
    outcome = verifier(path)
    if outcome is None:
        return SUDAH_KIRIM
    status, detail = outcome
    with db.write() as conn:
        conn.execute(
            update(tables.pmp_submission)
            .where(tables.pmp_submission.c.id == submission_id)
            .values(status=status, detail=detail, verified=True)
        )
    return status


@router.post("/pmp/upload", response_class=HTMLResponse)
async def upload_pmp(
    request: Request,
    npsn: Annotated[str, Form()],
    kode_registrasi: Annotated[str, Form()],
    berkas: Annotated[UploadFile, File()],
    db: Db,
    config: Config,
) -> HTMLResponse:
    try:
        attempt = KodeAttempt(npsn.strip(), kode_registrasi, request.client.host)
        school = await run_in_threadpool(school_for_kode, db, attempt, config.rate_limit)
    except RegistrationError as exc:
        return page(notice(str(exc)), exc.status)
    try:
        path, sha, size = await _store(berkas, config.pmp_dir)
    except ValueError as exc:
        return page(notice(str(exc)), 413)
    if not await run_in_threadpool(zip_is_sound, path):
        path.unlink()
        return page(notice("Berkas bukan berkas PMP yang utuh (zip rusak). Ekspor ulang."), 400)
    submission = await run_in_threadpool(
        _record, db, school.sekolah_id, berkas.filename or "pmp.zip", path, sha, size
    )
    status = await run_in_threadpool(_verify, db, request.app.state.pmp_verifier, submission, path)
    return page(notice(f"Berkas diterima untuk NPSN {school.npsn}. Status: {status}."))


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
    return {
        "status": submissions[0]["status"] if submissions else BELUM_KIRIM,
        "submissions": submissions,
    }
