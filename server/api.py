"""JSON endpoints: ping, registration, prefill, package status, changes feed."""

from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import FileResponse
from pydantic import BaseModel, Field
from sqlalchemy import select
from starlette.concurrency import run_in_threadpool

from . import __version__, tables
from .database import Database
from .deps import Config, Db, Device
from .feed import changes_since
from .prefill import current_prefill
from .processing import LABELS
from .schools import KodeAttempt, RegistrationError, register_device

router = APIRouter(prefix="/api/v1")


class RegisterRequest(BaseModel):
    npsn: str = Field(min_length=1, max_length=20)
    kode_registrasi: str = Field(min_length=1, max_length=100)
    device_name: str = Field(min_length=1, max_length=100)


class RegisterResponse(BaseModel):
    token: str
    sekolah_id: str
    npsn: str
    nama: str


@router.get("/ping")
def ping() -> dict:
    return {"status": "ok", "server": "dapodik-lokal-server", "version": __version__}


@router.post("/register")
def register(body: RegisterRequest, request: Request, db: Db, config: Config) -> RegisterResponse:
    attempt = KodeAttempt(body.npsn.strip(), body.kode_registrasi, request.client.host)
    try:
        token, school = register_device(db, attempt, body.device_name, config.rate_limit)
    except RegistrationError as exc:
        headers = {"Retry-After": str(config.register_window_seconds)} if exc.status == 429 else {}
        raise HTTPException(exc.status, str(exc), headers) from exc
    return RegisterResponse(
        token=token, sekolah_id=school.sekolah_id, npsn=school.npsn, nama=school.nama
    )


@router.get("/prefill")
async def prefill(
    who: Device,
    db: Db,
    config: Config,
) -> FileResponse:
    """The school's snapshot; Starlette's FileResponse answers Range and If-Range."""
    path = await run_in_threadpool(current_prefill, db, config, who.sekolah_id)
    return FileResponse(
        path, media_type="application/octet-stream", filename=f"prefill-{who.npsn}.prf"
    )


def _history(conn, package_pk: int) -> list[dict]:
    h = tables.package_history
    rows = conn.execute(select(h).where(h.c.package_pk == package_pk).order_by(h.c.id))
    return [
        {
            "status": r.status,
            "label": LABELS[r.status],
            "at": r.at.isoformat() + "Z",
            "detail": r.detail,
        }
        for r in rows
    ]


def _row_results(conn, package_pk: int, everything: bool) -> list[dict]:
    r = tables.row_result
    query = select(r).where(r.c.package_pk == package_pk).order_by(r.c.id)
    if not everything:
        query = query.where(r.c.result != "applied")
    return [
        {
            "table": x.table_name,
            "row_id": x.row_id,
            "result": x.result,
            "code": x.code,
            "reason": x.reason,
        }
        for x in conn.execute(query)
    ]


def package_report(db: Database, sekolah_id: str, package_id: str, everything: bool):
    p = tables.package
    with db.read() as conn:
        row = conn.execute(
            select(p).where(p.c.sekolah_id == sekolah_id, p.c.package_id == package_id)
        ).first()
        if row is None:
            return None
        return {
            "package_id": package_id,
            "status": row.status,
            "label": LABELS[row.status],
            "size": row.size,
            "sha256": row.sha256,
            "summary": row.summary,
            "history": _history(conn, row.id),
            "rows": _row_results(conn, row.id, everything),
        }


@router.get("/packages/{package_id}")
def package(
    package_id: str,
    who: Device,
    db: Db,
    rows: Annotated[str, Query(pattern="^(exceptions|all)$")] = "exceptions",
) -> dict:
    """Status, its history with times, and per-row results (non-applied only unless rows=all)."""
    report = package_report(db, who.sekolah_id, package_id, rows == "all")
    if report is None:
        u = tables.upload
        with db.read() as conn:
            upload = conn.execute(
                select(u).where(u.c.sekolah_id == who.sekolah_id, u.c.package_id == package_id)
            ).first()
        if upload is None:
            raise HTTPException(404, "Paket tidak dikenal.")
        return {
            "package_id": package_id,
            "status": "uploading",
            "label": "Sedang diunggah",
            "offset": upload.offset,
            "length": upload.length,
            "history": [],
            "rows": [],
        }
    return report


@router.get("/changes")
def changes(
    who: Device,
    db: Db,
    since: Annotated[int, Query(ge=0)] = 0,
    limit: Annotated[int, Query(ge=1, le=5000)] = 500,
) -> dict:
    with db.read() as conn:
        return changes_since(conn, who.sekolah_id, since, limit)
