"""JSON endpoints: ping, registration (and completing it), the caller's device,
prefill, package status, changes feed."""

from dataclasses import dataclass
from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import FileResponse
from pydantic import BaseModel, Field
from sqlalchemy import select
from starlette.concurrency import run_in_threadpool

from . import __version__, devices, tables
from .database import Database
from .deps import Config, Db, Device, RegisteringDevice
from .feed import changes_since
from .prefill import current_prefill
from .processing import LABELS
from .schools import KodeAttempt, RegistrationError, register_device

router = APIRouter(prefix="/api/v1")
# Row results per page of a package's report: a package of 300,000 rows has as many.
ROWS_PAGE, MAX_ROWS_PAGE = 500, 5000


class RegisterRequest(BaseModel):
    npsn: str = Field(min_length=1, max_length=20)
    kode_registrasi: str = Field(min_length=1, max_length=100)
    device_name: str = Field(min_length=1, max_length=100)


class RegisterResponse(BaseModel):
    token: str
    sekolah_id: str
    npsn: str
    nama: str


class DeviceResponse(BaseModel):
    device_id: str
    name: str
    state: str
    created_at: str
    last_used_at: str | None


def _iso(at) -> str | None:
    return at.isoformat() + "Z" if at else None


def _device_response(device: devices.DeviceIdentity, state: str | None = None) -> DeviceResponse:
    return DeviceResponse(
        device_id=device.device_id,
        name=device.name,
        state=state or device.state,
        created_at=_iso(device.created_at),
        last_used_at=_iso(device.last_used_at),
    )


@router.get("/ping")
def ping() -> dict:
    return {"status": "ok", "server": "dapodik-lokal-server", "version": __version__}


@router.post("/register")
def register(body: RegisterRequest, request: Request, db: Db, config: Config) -> RegisterResponse:
    """A pending device: its token reads the prefill and the feed until
    ``register/complete`` makes it the school's active device."""
    attempt = KodeAttempt(body.npsn.strip(), body.kode_registrasi, request.client.host)
    try:
        token, school = register_device(
            db, attempt, body.device_name, config.rate_limit, config.pmp_keys
        )
    except RegistrationError as exc:
        headers = {"Retry-After": str(config.register_window_seconds)} if exc.status == 429 else {}
        raise HTTPException(exc.status, str(exc), headers) from exc
    return RegisterResponse(
        token=token, sekolah_id=school.sekolah_id, npsn=school.npsn, nama=school.nama
    )


@router.post("/register/complete")
def complete_registration(who: RegisteringDevice, db: Db, config: Config) -> DeviceResponse:
    """The prefill is applied on the laptop: this device becomes the school's
    active one, and the school's earlier devices are retired (all but the newest
    ``devices_per_school - 1``). Repeating it changes nothing."""
    with db.write() as conn:
        devices.complete(conn, who.sekolah_id, who.device_id, config.devices_per_school)
    return _device_response(who, devices.ACTIVE)


@router.get("/device")
def device(who: Device) -> DeviceResponse:
    """The caller's device; a retired or revoked one gets 401 with the reason."""
    return _device_response(who)


@router.get("/prefill")
async def prefill(
    who: RegisteringDevice,
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


@dataclass(frozen=True)
class RowsPage:
    everything: bool  # every row's result, or only those not applied
    offset: int
    limit: int


def _row_results(conn, package_pk: int, page: RowsPage) -> tuple[list[dict], int | None]:
    """One page of the package's row results and the offset of the next (None: no more)."""
    r = tables.row_result
    query = select(r).where(r.c.package_pk == package_pk)
    if not page.everything:
        query = query.where(r.c.result != "applied")
    query = query.order_by(r.c.id).offset(page.offset).limit(page.limit + 1)
    rows = [
        {
            "table": x.table_name,
            "row_id": x.row_id,
            "result": x.result,
            "code": x.code,
            "reason": x.reason,
        }
        for x in conn.execute(query)
    ]
    more = len(rows) > page.limit
    return rows[: page.limit], page.offset + page.limit if more else None


def package_report(db: Database, sekolah_id: str, package_id: str, page: RowsPage):
    p = tables.package
    with db.read() as conn:
        row = conn.execute(
            select(p).where(p.c.sekolah_id == sekolah_id, p.c.package_id == package_id)
        ).first()
        if row is None:
            return None
        rows, next_offset = _row_results(conn, row.id, page)
        return {
            "package_id": package_id,
            "status": row.status,
            "label": LABELS[row.status],
            "size": row.size,
            "sha256": row.sha256,
            "summary": row.summary,
            "history": _history(conn, row.id),
            "rows": rows,
            "next_offset": next_offset,
        }


@router.get("/packages/{package_id}")
def package(
    package_id: str,
    who: Device,
    db: Db,
    rows: Annotated[str, Query(pattern="^(exceptions|all)$")] = "exceptions",
    offset: Annotated[int, Query(ge=0)] = 0,
    limit: Annotated[int, Query(ge=0, le=MAX_ROWS_PAGE)] = ROWS_PAGE,
) -> dict:
    """Status, its history with times, and a page of per-row results (non-applied
    only unless rows=all); ``next_offset`` asks for the next page."""
    report = package_report(db, who.sekolah_id, package_id, RowsPage(rows == "all", offset, limit))
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
            "next_offset": None,
        }
    return report


@router.get("/changes")
def changes(
    who: RegisteringDevice,
    db: Db,
    since: Annotated[int, Query(ge=0, le=2**62)] = 0,
    limit: Annotated[int, Query(ge=1, le=5000)] = 500,
) -> dict:
    """A page of the feed, and the argon2 hash of the school's current Kode
    Registrasi, so a laptop learns of a new code (``school rotate-kode``) at its
    next pull, as the prefill told it the first one."""
    t = tables.school
    with db.read() as conn:
        page = changes_since(conn, who.sekolah_id, since, limit)
        kode_hash = conn.scalar(select(t.c.kode_hash).where(t.c.sekolah_id == who.sekolah_id))
    return {**page, "kode_registrasi_hash": kode_hash}
