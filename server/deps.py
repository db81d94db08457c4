"""What every request handler needs: the config, the database, the caller's school."""

from typing import Annotated

from fastapi import Depends, Header, HTTPException, Request
from starlette.concurrency import run_in_threadpool

from . import devices
from .config import ServerConfig
from .database import Database
from .devices import DeviceIdentity
from .feed import now


def get_db(request: Request) -> Database:
    return request.app.state.db


def get_config(request: Request) -> ServerConfig:
    return request.app.state.config


def _lookup(db: Database, token: str) -> DeviceIdentity | None:
    with db.read() as conn:
        device = devices.device_for_token(conn, token)
    at = now()
    if device is not None and device.state == devices.ACTIVE and devices.needs_touch(device, at):
        with db.write() as conn:
            devices.touch(conn, device.device_id, at)
    return device


def _unauthorized(detail: str, device: DeviceIdentity | None = None) -> HTTPException:
    headers = {"WWW-Authenticate": "Bearer"}
    if device is not None:
        headers["Dapodik-Device-State"] = device.state
        if device.ended_at is not None:
            headers["Dapodik-Device-Ended"] = device.ended_at.isoformat() + "Z"
    return HTTPException(401, detail, headers)


async def _device(request: Request, authorization: str, allowed: tuple[str, ...]):
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise _unauthorized("Token perangkat tidak ada.")
    device = await run_in_threadpool(_lookup, get_db(request), token.strip())
    if device is None:
        raise _unauthorized("Token perangkat tidak dikenal.")
    if device.state not in allowed:
        raise _unauthorized(devices.refusal(device), device)
    return device


async def current_device(
    request: Request, authorization: Annotated[str, Header()] = ""
) -> DeviceIdentity:
    """The active device (and so the school) of the Bearer token; 401 otherwise,
    with the reason when the device was retired, revoked or never completed.

    Every school-scoped query filters on this identity's sekolah_id, so one
    school's token never reaches another school's rows.
    """
    return await _device(request, authorization, (devices.ACTIVE,))


async def registering_device(
    request: Request, authorization: Annotated[str, Header()] = ""
) -> DeviceIdentity:
    """Like ``current_device``, also for a device whose registration is under way:
    what registering needs (the prefill, the feed, completing) and no more."""
    return await _device(request, authorization, (devices.ACTIVE, devices.PENDING))


# Annotated dependencies: handlers declare ``db: Db`` instead of ``= Depends(...)``.
Db = Annotated[Database, Depends(get_db)]
Config = Annotated[ServerConfig, Depends(get_config)]
Device = Annotated[DeviceIdentity, Depends(current_device)]
RegisteringDevice = Annotated[DeviceIdentity, Depends(registering_device)]
