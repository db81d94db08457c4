"""A registered client installation against the real server, for the sync tests.

Registered as app.accounts does it offline (the prefill file and the Kode
Registrasi), with the device token kept by the test rather than in a keyring,
which the test machine may not have.
"""

import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import requests
from sqlalchemy import create_engine, select, text

from app.accounts.registration import apply_prefill
from app.db.engine import Database, open_database
from app.entry import store
from app.entry.forms import FORMS
from app.sync import log
from app.sync.run import SyncEvent, run_sync
from app.sync.server_api import ServerApi
from app.sync.state import pending_counts
from app.sync.tus import RetryPolicy
from dapodik.schema.models import PesertaDidik, RegistrasiPesertaDidik, Sekolah
from tests.server.server_support import ServerProcess, next_npsn

CHUNK = 16 * 1024


@dataclass
class Installation:
    db: Database
    base_url: str
    token: str
    npsn: str
    kode: str
    sekolah_id: str

    def api(self, base_url: str | None = None, **kwargs) -> ServerApi:
        kwargs.setdefault("retry", RetryPolicy(attempts=8, base_delay=0.05, max_delay=0.5))
        kwargs.setdefault("chunk_size", CHUNK)
        # Fixed small chunks: the tests act between chunks of a small package.
        kwargs.setdefault("max_chunk_size", None)
        kwargs.setdefault("timeout", (2.0, 10.0))
        return ServerApi(base_url or self.base_url, self.token, **kwargs)

    def sync(self, base_url: str | None = None, **kwargs) -> list[SyncEvent]:
        api_kwargs = {
            k: kwargs.pop(k) for k in ("chunk_size", "max_chunk_size", "retry") if k in kwargs
        }
        kwargs.setdefault("poll_interval", 0.1)
        kwargs.setdefault("status_timeout", 60.0)
        return list(run_sync(self.db, self.api(base_url, **api_kwargs), user_id=None, **kwargs))


def register(
    server: ServerProcess, folder: Path, demo: str = "small", npsn: str | None = None
) -> Installation:
    npsn = npsn or next_npsn()
    kode_registrasi = server.add_school(npsn, f"Sekolah Uji {npsn}", demo)
    reply = requests.post(
        server.url("/api/v1/register"),
        json={"npsn": npsn, "kode_registrasi": kode_registrasi, "device_name": "laptop uji"},
        timeout=30,
    )
    reply.raise_for_status()
    token = reply.json()["token"]
    folder.mkdir(parents=True, exist_ok=True)
    prefill = folder / "prefill.prf"
    download = requests.get(
        server.url("/api/v1/prefill"), headers={"Authorization": f"Bearer {token}"}, timeout=60
    )
    download.raise_for_status()
    prefill.write_bytes(download.content)
    db = open_database(folder / "dapodik.sqlite")
    applied = apply_prefill(db, prefill, kode_registrasi, server.base)
    complete_registration(server, token)
    return Installation(db, server.base, token, npsn, kode_registrasi, applied.sekolah_id)


def complete_registration(server: ServerProcess, token: str) -> None:
    """The prefill is applied: this laptop becomes the school's active device."""
    requests.post(
        server.url("/api/v1/register/complete"),
        headers={"Authorization": f"Bearer {token}"},
        timeout=30,
    ).raise_for_status()


def server_rows(server: ServerProcess, sql: str, **params) -> list[tuple]:
    """Read the server's own database (SQLite in the test's folder)."""
    engine = create_engine(server.db_url)
    try:
        with engine.connect() as conn:
            return [tuple(r) for r in conn.execute(text(sql), params)]
    finally:
        engine.dispose()


def new_students(db: Database, count: int, registered: bool = True, **values) -> list[str]:
    """Insert ``count`` new students (registered at the school); returns their ids."""
    with db.Session() as session:
        sekolah_id = session.scalar(select(Sekolah.sekolah_id))
        ids = []
        for n in range(count):
            student = PesertaDidik(
                nama=f"Siswa Baru {n} {uuid.uuid4().hex[:8]}",
                jenis_kelamin="L" if n % 2 else "P",
                tanggal_lahir=date(2015, 1, 1) + timedelta(days=n % 365),
                kewarganegaraan="ID",
                **values,
            )
            session.add(student)
            session.flush()
            if not registered:
                ids.append(student.peserta_didik_id)
                continue
            session.add(
                RegistrasiPesertaDidik(
                    peserta_didik_id=student.peserta_didik_id,
                    sekolah_id=sekolah_id,
                    jenis_pendaftaran_id=1,
                    tanggal_masuk_sekolah=date(2025, 7, 14),
                )
            )
            ids.append(student.peserta_didik_id)
        session.commit()
    return ids


def pending(db: Database) -> dict[str, int]:
    with db.Session() as session:
        return pending_counts(session)


def outcome(events: list[SyncEvent]) -> str | None:
    return events[-1].outcome


def editable_student(inst: Installation, server: ServerProcess) -> str:
    """A student of this school whose NISN no other school on the server holds, so
    the server accepts an edit of it.

    Every demo school numbers its students' NISNs from the same serials, so the
    schools a module's tests add to one server repeat them; after a dozen schools
    every NISN is shared, and the server rightly rejects an edit of a student whose
    NISN another school holds. The other schools' copies (left by tests already
    finished) give the NISN up.
    """
    with inst.db.Session() as session:
        row_id, nisn = session.execute(
            select(PesertaDidik.peserta_didik_id, PesertaDidik.nisn)
            .where(PesertaDidik.nisn.is_not(None))
            .order_by(PesertaDidik.nama)
            .limit(1)
        ).one()
    engine = create_engine(server.db_url)
    try:
        with engine.begin() as conn:
            conn.execute(
                text(
                    "UPDATE peserta_didik SET nisn = NULL"
                    " WHERE nisn = :nisn AND peserta_didik_id <> :id"
                ),
                {"nisn": nisn, "id": row_id},
            )
    finally:
        engine.dispose()
    return row_id


def record_run(db: Database, outcome: str = log.DONE, user_id: str | None = None, **values) -> int:
    """A finished run in the Riwayat Sinkronisasi as run_sync leaves one, without a server."""
    run_id = log.start_run(db, user_id, "http://pusat.example")
    if values:
        log.update_run(db, run_id, **values)
    log.finish_run(db, run_id, outcome)
    return run_id


def edit_first_student(db: Database, address: str) -> str:
    """Change the first student's address (by name) through the form, as an operator
    would; returns the student's id."""
    spec = FORMS["peserta_didik"]
    with db.Session() as session:
        row_id = session.query(PesertaDidik.peserta_didik_id).order_by(PesertaDidik.nama).first()[0]
        values = store.load(session, spec, row_id)
    store.save(db, spec, {**values, "alamat_jalan": address}, row_id)
    return row_id
