"""What every request handler needs: the config, the database, the caller's school."""

from typing import Annotated

from fastapi import Depends, Header, HTTPException, Request
from starlette.concurrency import run_in_threadpool

from .config import ServerConfig
from .database import Database
from .schools import DeviceIdentity, device_for_token


def get_db(request: Request) -> Database:
    return request.app.state.db


def get_config(request: Request) -> ServerConfig:
    return request.app.state.config


def _lookup(db: Database, token: str) -> DeviceIdentity | None:
    with db.read() as conn:
        return device_for_token(conn, token)


async def current_device(
    request: Request, authorization: Annotated[str, Header()] = ""
) -> DeviceIdentity:
    """The device (and so the school) of the Bearer token; 401 without a valid one.

    Every school-scoped query filters on this identity's sekolah_id, so one
    school's token never reaches another school's rows.
    """
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise HTTPException(401, "Token perangkat tidak ada.", {"WWW-Authenticate": "Bearer"})
    identity = await run_in_threadpool(_lookup, get_db(request), token.strip())
    if identity is None:
        raise HTTPException(401, "Token perangkat tidak dikenal.", {"WWW-Authenticate": "Bearer"})
    return identity


# Annotated dependencies: handlers declare ``db: Db`` instead of ``= Depends(...)``.
Db = Annotated[Database, Depends(get_db)]
Config = Annotated[ServerConfig, Depends(get_config)]
Device = Annotated[DeviceIdentity, Depends(current_device)]
