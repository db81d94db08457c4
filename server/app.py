"""The FastAPI application: routers, the database, and the processing worker."""

import logging
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from . import __version__, api, pmp, uploads
from .config import ServerConfig
from .database import UNAVAILABLE, open_database, prepare_database
from .processing import Worker, recover

log = logging.getLogger(__name__)
# What a client is told to wait when the database is busy, in seconds.
RETRY_AFTER = 5


async def database_unavailable(_request: Request, exc: Exception) -> JSONResponse:
    """A request that could not have the database in time: 503 and when to ask
    again, never a 500 (the client backs off and retries)."""
    log.warning("Basis data sibuk atau tidak terjangkau: %s", exc)
    return JSONResponse(
        {"detail": "Server sedang sibuk; coba lagi sebentar lagi."},
        status_code=503,
        headers={"Retry-After": str(RETRY_AFTER)},
    )


def create_app(config: ServerConfig) -> FastAPI:
    @asynccontextmanager
    async def lifespan(app: FastAPI):
        db = open_database(config.db_url, config.busy_timeout_seconds)
        prepare_database(db)
        requeued = recover(db)
        if requeued:
            log.warning("%d paket dikembalikan ke antrean", requeued)
        with db.read() as conn:  # the server key is read, or made, on the first start
            unreadable = config.pmp_keys.unreadable(conn)
        if unreadable:
            log.error(
                "%d kunci PMP sekolah tidak dapat dibuka dengan kunci server %s (berkas kunci "
                "hilang atau diganti?): terbitkan Kode Registrasi baru untuk sekolah itu.",
                unreadable,
                config.server_key_path,
            )
        workers = [Worker(db, config) for _ in range(config.workers)]
        app.state.db, app.state.config = db, config
        for worker in workers:
            worker.start()
        yield
        for worker in workers:
            worker.stop()
        for worker in workers:
            worker.join(timeout=30)
        db.dispose()

    app = FastAPI(title="Dapodik Lokal — server pusat", version=__version__, lifespan=lifespan)

    app.include_router(api.router)
    app.include_router(uploads.router)
    app.include_router(pmp.router)
    for failure in UNAVAILABLE:
        app.add_exception_handler(failure, database_unavailable)
    return app
