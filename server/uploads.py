"""The tus 1.0.0 resumable upload endpoint (core, creation, creation-with-upload,
checksum, termination, expiration, and our block-checksum: see body_checks),
written for this server.

The offset recorded in the database is the truth. A PATCH first cuts the file
back to that offset, so bytes a killed server wrote past it (before it could
record them) are never kept; a new offset is recorded only after its bytes are
flushed to disk. The transaction that records the last byte also writes the
package's row in the durable queue; nothing is processed inside the PATCH.

Each trip to the worker threads (database, fsync) costs a request about a
millisecond, so a request makes as few as it can: a PATCH looks its upload up
once, under its lock, and flushes and records its bytes in one trip; a creation
carrying data writes it first and creates the upload already at its offset.
"""

import asyncio
import base64
import binascii
import contextlib
import os
import time
import uuid
from dataclasses import dataclass
from datetime import UTC, timedelta
from email.utils import format_datetime
from pathlib import Path
from typing import BinaryIO

from fastapi import APIRouter, HTTPException, Request, Response
from sqlalchemy import delete, insert, select, update
from sqlalchemy.exc import IntegrityError
from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect

from . import tables
from .body_checks import (
    ALGORITHMS,
    Blocks,
    ChecksumMismatch,
    MalformedChecksum,
    WholeBody,
    body_check,
    is_decimal,
)
from .config import ServerConfig
from .database import Database
from .deps import Config, Db, Device
from .devices import DeviceIdentity
from .feed import now

TUS_VERSION = "1.0.0"
EXTENSIONS = "creation,creation-with-upload,termination,expiration,checksum,block-checksum"
OFFSET_TYPE = "application/offset+octet-stream"
STATUS_RECEIVED = "received"

router = APIRouter(prefix="/api/v1/uploads")
# One PATCH at a time per upload, in this process (the server runs as one process).
_locks: dict[str, asyncio.Lock] = {}


def tus_headers(**extra: str) -> dict[str, str]:
    return {"Tus-Resumable": TUS_VERSION, **extra}


def tus_error(status: int, message: str, **headers: str) -> HTTPException:
    return HTTPException(status, message, tus_headers(**headers))


def require_tus(request: Request) -> None:
    if request.headers.get("tus-resumable") != TUS_VERSION:
        raise tus_error(412, "Versi tus tidak didukung.", **{"Tus-Version": TUS_VERSION})


def parse_metadata(header: str) -> dict[str, str]:
    """Upload-Metadata: comma-separated ``key base64(value)`` pairs."""
    result = {}
    for pair in filter(None, (p.strip() for p in header.split(","))):
        key, _, encoded = pair.partition(" ")
        try:
            result[key] = base64.b64decode(encoded, validate=True).decode() if encoded else ""
        except (binascii.Error, UnicodeDecodeError) as exc:
            raise tus_error(400, f"Upload-Metadata {key} tidak valid.") from exc
    return result


def parse_body_check(request: Request) -> WholeBody | Blocks:
    try:
        return body_check(
            request.headers.get("upload-checksum"), request.headers.get("upload-block-checksum")
        )
    except MalformedChecksum as exc:
        raise tus_error(400, str(exc)) from exc


def http_date(value) -> str:
    return format_datetime(value.replace(tzinfo=UTC), usegmt=True)


@dataclass
class Upload:
    upload_id: str
    sekolah_id: str
    package_id: str
    length: int
    offset: int
    metadata: dict
    expires_at: object
    completed_at: object

    @property
    def expired(self) -> bool:
        return self.completed_at is None and self.expires_at < now()

    def headers(self) -> dict[str, str]:
        extra = {"Upload-Offset": str(self.offset), "Upload-Length": str(self.length)}
        if self.completed_at is None:
            extra["Upload-Expires"] = http_date(self.expires_at)
        return tus_headers(**extra, **{"Cache-Control": "no-store"})


def _upload_from(row) -> Upload:
    return Upload(
        row.upload_id,
        row.sekolah_id,
        row.package_id,
        row.length,
        row.offset,
        row.metadata,
        row.expires_at,
        row.completed_at,
    )


def upload_path(config: ServerConfig, upload_id: str) -> Path:
    return config.upload_dir / f"{upload_id}.bin"


def first_chunk_path(config: ServerConfig, upload_id: str) -> Path:
    """Where a creation request's data lands until its upload is recorded: a server
    killed meanwhile leaves a ``.part`` that purge_expired clears, not a ``.bin``
    that looks like an upload."""
    return config.upload_dir / f"{upload_id}.part"


def _find(db: Database, sekolah_id: str, **where) -> Upload | None:
    u = tables.upload
    query = select(u).where(u.c.sekolah_id == sekolah_id)
    for name, value in where.items():
        query = query.where(u.c[name] == value)
    with db.read() as conn:
        row = conn.execute(query).first()
    return _upload_from(row) if row else None


def package_status(db: Database, sekolah_id: str, package_id: str) -> str | None:
    p = tables.package
    with db.read() as conn:
        return conn.scalar(
            select(p.c.status).where(p.c.sekolah_id == sekolah_id, p.c.package_id == package_id)
        )


def _forget(db: Database, config: ServerConfig, upload: Upload) -> None:
    with db.write() as conn:
        conn.execute(delete(tables.upload).where(tables.upload.c.upload_id == upload.upload_id))
    upload_path(config, upload.upload_id).unlink(missing_ok=True)


def _create(
    db: Database, config: ServerConfig, who: DeviceIdentity, length: int, meta: dict, upload_id: str
) -> Upload:
    """Record a new upload, its file holding what the creation request carried, if
    anything: on disk first, as the offset recorded with it claims it."""
    path, carried = upload_path(config, upload_id), first_chunk_path(config, upload_id)
    if carried.exists():
        with open(carried, "r+b") as f:
            offset = _flush(f)
        os.replace(carried, path)
    else:
        path.touch()
        offset = 0
    complete = offset == length
    values = dict(
        upload_id=upload_id,
        sekolah_id=who.sekolah_id,
        device_id=who.device_id,
        package_id=meta["package_id"],
        length=length,
        offset=offset,
        metadata=meta,
        created_at=now(),
        expires_at=now() + timedelta(seconds=config.upload_expiry_seconds),
        completed_at=now() if complete else None,
    )
    upload = Upload(**{k: values[k] for k in Upload.__dataclass_fields__})
    try:
        with db.write() as conn:
            conn.execute(insert(tables.upload).values(**values))
            if complete:
                enqueue_package(conn, upload)
    except IntegrityError:
        # A concurrent POST for the same package id won: answer with its upload.
        upload_path(config, upload_id).unlink(missing_ok=True)
        return _find(db, who.sekolah_id, package_id=meta["package_id"])
    return upload


def _flush(f: BinaryIO) -> int:
    """Put the file's bytes on disk; returns its length."""
    f.flush()
    os.fsync(f.fileno())
    return f.seek(0, os.SEEK_END)


def _record_body(db: Database, upload: Upload, body: BinaryIO) -> bool:
    """Flush the bytes a PATCH kept to disk, then record the new offset; with the
    last byte, queue the package in the same transaction. False when another
    request moved the offset first."""
    new_offset = _flush(body)
    u = tables.upload
    complete = new_offset == upload.length
    with db.write() as conn:
        changed = conn.execute(
            update(u)
            .where(u.c.upload_id == upload.upload_id, u.c.offset == upload.offset)
            .values(offset=new_offset, completed_at=now() if complete else None)
        ).rowcount
        if changed and complete:
            enqueue_package(conn, upload)
    return bool(changed)


def enqueue_package(conn, upload: Upload) -> None:
    at = now()
    package_pk = conn.execute(
        insert(tables.package).values(
            sekolah_id=upload.sekolah_id,
            package_id=upload.package_id,
            upload_id=upload.upload_id,
            status=STATUS_RECEIVED,
            sha256=upload.metadata.get("sha256", "").lower(),
            size=upload.length,
            received_at=at,
            updated_at=at,
            attempts=0,
        )
    ).inserted_primary_key[0]
    conn.execute(
        insert(tables.package_history).values(
            package_pk=package_pk, status=STATUS_RECEIVED, at=at, detail="Diterima via aplikasi"
        )
    )


async def _receive(
    request: Request, f: BinaryIO, start: int, length: int, check: WholeBody | Blocks
) -> tuple[int, HTTPException | None]:
    """Write the request body into ``f`` from ``start`` and cut the file back to
    what may be kept (see body_checks). Returns the bytes kept and, when the body
    failed its check, the refusal to answer once they are recorded. A body past
    ``length`` is refused (413) with nothing kept."""
    received, refusal = 0, None
    # Whatever lies past the recorded offset was never acknowledged: drop it.
    f.truncate(start)
    f.seek(start)
    try:
        async for piece in request.stream():
            if start + received + len(piece) > length:
                f.truncate(start)
                raise tus_error(413, "Data melebihi Upload-Length.")
            f.write(piece)
            received += len(piece)
            check.feed(piece)
        check.finish()
        kept = received
    except ClientDisconnect:
        kept = check.kept_when_cut(received)
    except ChecksumMismatch:
        kept = check.kept_when_cut(received)
        refusal = tus_error(460, "Checksum tidak cocok.")
    f.truncate(start + kept)
    return kept, refusal


async def _patch(
    request: Request, db: Database, config: ServerConfig, who: DeviceIdentity, upload_id: str
) -> Upload:
    """Store one PATCH body at the client's Upload-Offset and record it."""
    lock = _locks.setdefault(upload_id, asyncio.Lock())
    if lock.locked():
        raise tus_error(409, "Unggahan ini sedang dikirim oleh permintaan lain.")
    try:
        async with lock:
            # Looked up under the lock: the recorded offset cannot move until we are done.
            upload = await _owned(db, config, who, upload_id)
            claimed = request.headers.get("upload-offset")
            if claimed is None or not is_decimal(claimed) or int(claimed) != upload.offset:
                raise tus_error(409, "Upload-Offset tidak sesuai.", **upload.headers())
            check = parse_body_check(request)
            with open(upload_path(config, upload_id), "r+b") as f:
                kept, refusal = await _receive(request, f, upload.offset, upload.length, check)
                if kept and not await run_in_threadpool(_record_body, db, upload, f):
                    raise tus_error(409, "Unggahan diubah oleh permintaan lain.")
            if refusal:
                raise refusal
    finally:
        _locks.pop(upload_id, None)
    upload.offset += kept
    if upload.offset == upload.length:
        upload.completed_at = now()
    return upload


def _owned_upload(db: Database, config: ServerConfig, sekolah_id: str, upload_id: str) -> Upload:
    upload = _find(db, sekolah_id, upload_id=upload_id)
    if upload is None:
        raise tus_error(404, "Unggahan tidak ditemukan.")
    if upload.expired:
        _forget(db, config, upload)
        raise tus_error(410, "Unggahan sudah kedaluwarsa; mulai unggahan baru.")
    return upload


async def _owned(db: Database, config: ServerConfig, who: DeviceIdentity, upload_id: str) -> Upload:
    """The caller's own upload; another school's is as unknown as a missing one."""
    return await run_in_threadpool(_owned_upload, db, config, who.sekolah_id, upload_id)


@router.options("/")
@router.options("/{upload_id}")
async def options(config: Config) -> Response:
    return Response(
        status_code=204,
        headers=tus_headers(
            **{
                "Tus-Version": TUS_VERSION,
                "Tus-Extension": EXTENSIONS,
                "Tus-Max-Size": str(config.max_upload_bytes),
                "Tus-Checksum-Algorithm": ",".join(ALGORITHMS),
            }
        ),
    )


def _creation_request(request: Request, config: ServerConfig) -> tuple[int, dict]:
    require_tus(request)
    length = request.headers.get("upload-length")
    if length is None or not is_decimal(length):
        raise tus_error(400, "Upload-Length wajib diisi (Upload-Defer-Length tidak didukung).")
    if int(length) > config.max_upload_bytes:
        raise tus_error(413, f"Paket melebihi batas {config.max_upload_bytes} byte.")
    meta = parse_metadata(request.headers.get("upload-metadata", ""))
    if not meta.get("package_id") or len(meta["package_id"]) > 64:
        raise tus_error(400, "Upload-Metadata package_id wajib diisi.")
    sha = meta.get("sha256", "")
    if len(sha) != 64 or any(c not in "0123456789abcdefABCDEF" for c in sha):
        raise tus_error(400, "Upload-Metadata sha256 (heksadesimal) wajib diisi.")
    return int(length), meta


async def _receive_first_chunk(request: Request, path: Path, length: int) -> None:
    """The data of a creation request, into the new upload's file. No one else knows
    the upload yet, so no lock is needed. A body failing its check keeps the blocks
    that passed: the upload is created at their offset all the same, and the client
    sends the rest by PATCH."""
    check = parse_body_check(request)
    try:
        with open(path, "xb") as f:
            await _receive(request, f, 0, length, check)
    except BaseException:
        path.unlink(missing_ok=True)
        raise


def _location(request: Request, upload: Upload) -> str:
    return str(request.url_for("head_upload", upload_id=upload.upload_id))


@router.post("/")
async def create(
    request: Request,
    who: Device,
    db: Db,
    config: Config,
) -> Response:
    length, meta = _creation_request(request, config)
    existing = await run_in_threadpool(_find, db, who.sekolah_id, package_id=meta["package_id"])
    if existing and existing.expired:
        await run_in_threadpool(_forget, db, config, existing)
        existing = None
    if existing:
        # The package id is the idempotency key: a repeated POST (its first
        # response lost) gets the same upload, never an orphan.
        if existing.length != length:
            raise tus_error(409, "package_id ini sudah dipakai untuk paket berukuran lain.")
        headers = existing.headers() | {"Location": _location(request, existing)}
        status = await run_in_threadpool(package_status, db, who.sekolah_id, existing.package_id)
        if status:
            headers["Dapodik-Package-Status"] = status
        return Response(status_code=201, headers=headers)
    upload_id = uuid.uuid4().hex
    if request.headers.get("content-type") == OFFSET_TYPE:
        await _receive_first_chunk(request, first_chunk_path(config, upload_id), length)
    upload = await run_in_threadpool(_create, db, config, who, length, meta, upload_id)
    return Response(
        status_code=201, headers=upload.headers() | {"Location": _location(request, upload)}
    )


@router.head("/{upload_id}", name="head_upload")
async def head(
    upload_id: str,
    request: Request,
    who: Device,
    db: Db,
    config: Config,
) -> Response:
    require_tus(request)
    upload = await _owned(db, config, who, upload_id)
    return Response(
        status_code=200,
        headers=upload.headers()
        | {
            "Upload-Metadata": ",".join(
                f"{k} {base64.b64encode(str(v).encode()).decode()}"
                for k, v in upload.metadata.items()
            )
        },
    )


@router.patch("/{upload_id}")
async def patch(
    upload_id: str,
    request: Request,
    who: Device,
    db: Db,
    config: Config,
) -> Response:
    require_tus(request)
    if request.headers.get("content-type") != OFFSET_TYPE:
        raise tus_error(415, f"Content-Type harus {OFFSET_TYPE}.")
    upload = await _patch(request, db, config, who, upload_id)
    return Response(status_code=204, headers=upload.headers())


@router.delete("/{upload_id}")
async def terminate(
    upload_id: str,
    request: Request,
    who: Device,
    db: Db,
    config: Config,
) -> Response:
    require_tus(request)
    upload = await _owned(db, config, who, upload_id)
    if upload.completed_at is not None:
        raise tus_error(409, "Paket sudah diterima lengkap dan tidak dapat dibatalkan.")
    if _locks.get(upload_id) and _locks[upload_id].locked():
        raise tus_error(409, "Unggahan ini sedang dikirim oleh permintaan lain.")
    await run_in_threadpool(_forget, db, config, upload)
    return Response(status_code=204, headers=tus_headers())


def purge_expired(db: Database, config: ServerConfig) -> int:
    """Forget incomplete uploads past their expiry (files and rows), and the data of
    creation requests that were never recorded; returns how many."""
    u = tables.upload
    with db.read() as conn:
        rows = conn.execute(
            select(u).where(u.c.completed_at.is_(None), u.c.expires_at < now())
        ).all()
    for row in rows:
        _forget(db, config, _upload_from(row))
    return len(rows) + _purge_unrecorded_chunks(config)


def _purge_unrecorded_chunks(config: ServerConfig) -> int:
    """``.part`` files untouched for the upload expiry: their request died with a
    server that was killed before it could record them."""
    cutoff = time.time() - config.upload_expiry_seconds
    purged = 0
    for part in config.upload_dir.glob("*.part"):
        with contextlib.suppress(FileNotFoundError):  # recorded or purged meanwhile
            if part.stat().st_mtime < cutoff:
                part.unlink()
                purged += 1
    return purged
