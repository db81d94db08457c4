"""The HTTP surface: exactly the ministry app's five endpoints, nothing else.

Every answer is built as the ministry app builds it, so a client written for
that app reads ours unchanged: the envelope ``{"results", "id", "start", "limit",
"rows"}``, and its error texts. Clients of the ministry app are known to look
for errors in the body ("Access denied…" at its start, or ``success: false``),
as that app answers them with 200; ours carry the same bodies with a non-2xx
status, so both kinds of client see them.
"""

import json
import re
from collections.abc import Callable

from fastapi import FastAPI, Request
from fastapi.responses import PlainTextResponse, Response
from sqlalchemy import Connection
from sqlalchemy.engine import Engine

from . import queries
from .queries import Page, Result
from .tokens import authorize

ACCESS_DENIED = "Access denied - You are not authorized to access this page. #1"
NPSN_REQUIRED = "Parameter NPSN harap diisi"
SCHOOL_NOT_FOUND = "Sekolah tidak ditemukan"
BAD_PAGING = "Parameter start, limit dan page harus bilangan bulat tidak negatif"
SEMESTER_NOT_FOUND = "Semester tidak ditemukan"

# What a parameter may hold: ASCII digits only (Python's int() also takes "²", "١٢",
# " 1" and "+5"), and few enough that no value overflows SQLite's 64-bit integers.
NUMBER = re.compile(r"[0-9]{1,9}")
SEMESTER_ID = re.compile(r"[0-9]{5}")
NPSN = re.compile(r"[0-9]{8}")

ENDPOINTS = (
    "getSekolah",
    "getGtk",
    "getPesertaDidik",
    "getRombonganBelajar",
    "getPengguna",
)


class ServiceError(Exception):
    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status, self.message = status, message


def _json(body: dict, status: int = 200) -> Response:
    # Serialized here rather than by FastAPI's encoder: rows are plain JSON already,
    # and 3,000 students go out several times faster this way.
    data = json.dumps(body, ensure_ascii=False, separators=(",", ":"))
    return Response(data, status_code=status, media_type="application/json")


def _error(exc: ServiceError) -> Response:
    if exc.status == 401:
        return PlainTextResponse(exc.message, status_code=401)
    return _json({"success": False, "message": exc.message}, exc.status)


def _bearer(request: Request) -> str:
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    return token.strip() if scheme.lower() == "bearer" else ""


def _number(params, name: str, minimum: int) -> int | None:
    text = params.get(name)
    if text in (None, ""):
        return None
    if not NUMBER.fullmatch(text) or int(text) < minimum:
        raise ServiceError(400, BAD_PAGING)
    return int(text)


def page_of(params) -> Page:
    """``start``/``limit`` as older clients send them, ``page``/``limit`` (from 1) as
    newer ones do; no limit (or 0) means every row from ``start``."""
    start = _number(params, "start", 0) or 0
    limit = _number(params, "limit", 0) or None
    page = _number(params, "page", 1)
    if page is not None and limit is not None:
        start = (page - 1) * limit
    return Page(start, limit)


def _semester(conn: Connection, params) -> int:
    text = params.get("semester_id")
    if text in (None, ""):
        return queries.active_semester(conn)
    if not SEMESTER_ID.fullmatch(text) or queries.tahun_ajaran_of(conn, int(text)) is None:
        raise ServiceError(404, SEMESTER_NOT_FOUND)
    return int(text)


def _envelope(result: Result, page: Page) -> dict:
    limit = page.limit if page.limit is not None else len(result.rows)
    return {
        "results": result.total,
        "id": None,
        "start": page.start,
        "limit": limit,
        "rows": result.rows,
    }


def _read(conn: Connection, endpoint: str, sekolah_id: str, params) -> dict:
    if endpoint == "getSekolah":
        # One school: rows is the school object itself, as the ministry app serves it.
        return {
            "results": 1,
            "id": None,
            "start": 0,
            "limit": 1,
            "rows": queries.sekolah(conn, sekolah_id),
        }
    page = page_of(params)
    if endpoint == "getPengguna":
        return _envelope(queries.pengguna(conn, sekolah_id, page), page)
    semester_id = _semester(conn, params)
    reader = {
        "getGtk": queries.gtk,
        "getPesertaDidik": queries.peserta_didik,
        "getRombonganBelajar": queries.rombongan_belajar,
    }[endpoint]
    return _envelope(reader(conn, sekolah_id, semester_id, page), page)


def answer(engine: Engine, endpoint: str, request: Request) -> Response:
    """Check the token, then the school, then read: a caller without a valid
    token learns nothing, not even whether an NPSN is served here."""
    params = request.query_params
    client_ip = request.client.host if request.client else None
    try:
        if not authorize(engine, _bearer(request), client_ip):
            raise ServiceError(401, ACCESS_DENIED)
        npsn = (params.get("npsn") or "").strip()
        if not npsn:
            raise ServiceError(400, NPSN_REQUIRED)
        with engine.connect() as conn:
            school = queries.find_school(conn, npsn) if NPSN.fullmatch(npsn) else None
            if school is None:
                raise ServiceError(404, SCHOOL_NOT_FOUND)
            return _json(_read(conn, endpoint, school["sekolah_id"], params))
    except ServiceError as exc:
        return _error(exc)


def _handler(engine: Engine, endpoint: str) -> Callable[[Request], Response]:
    # A plain function: FastAPI runs it on its thread pool, off the event loop,
    # which suits blocking SQLite reads.
    def handle(request: Request) -> Response:
        return answer(engine, endpoint, request)

    handle.__name__ = endpoint
    return handle


def create_app(engine: Engine) -> FastAPI:
    # No docs, no OpenAPI, no slash redirects: the service serves exactly these paths.
    app = FastAPI(docs_url=None, redoc_url=None, openapi_url=None, redirect_slashes=False)
    for endpoint in ENDPOINTS:
        app.add_api_route(f"/WebService/{endpoint}", _handler(engine, endpoint), methods=["GET"])
    return app
