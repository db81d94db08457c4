"""Registering this installation with the central server, and the prefill.

Online: NPSN + Kode Registrasi → a pending device token and the school's
prefill, downloaded resumably (Range + If-Range) and applied into a fresh
database; then the registration is completed at the centre (the device becomes
the school's active one, retiring the earlier ones) and only then is the token
kept (``credentials``). A registration killed before that leaves no live token:
the centre expires a pending one. Offline: the same prefill from a file
(``python -m server prefill``) and the Kode Registrasi, checked against the
argon2 hash the prefill carries; the token is obtained later
(``complete_offline_registration``, also the way a laptop whose device was
retired or revoked registers again, keeping its data).

The downloaded prefill (the whole school, NIKs included) is kept in a private
folder of the user data folder, never beside the database (which may sit on a
shared flash drive), and removed when the registration ends; what a killed
registration left there goes at the next start of the app.

A prefill older than data this school already sent is refused: registering from
one is how schools end up with duplicated data. Locally that is a database whose
data is newer than the prefill's feed position; online, the server's feed
holding this school's own uploads after that position.

HTTP goes through a ``requests.Session`` with connect/read timeouts on every
request: a stalled school connection must fail, not hang.
"""

import contextlib
import os
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urljoin

import requests
from sqlalchemy import func, insert, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from dapodik.i18n import QT_TRANSLATE_NOOP
from dapodik.package_format import (
    KIND_PREFILL,
    Manifest,
    PackageError,
    allowed_tables,
    decode_row,
    open_package,
    primary_key,
)
from dapodik.schema.models import REFERENSI_TABLES, SYNCED_MODELS, Sekolah

from ..config import staging_dir
from ..db.engine import Database
from ..db.local import AppSetting, ChangeTrackingControl
from . import kode, settings
from .acting import UserInfo
from .credentials import token_store
from .errors import AccountError, AccountLocked, RegistrationFailed, WrongKode
from .passwords import normalise_kode, verify_secret
from .principal import link_principal_account
from .users import PERAN_OPERATOR, create_user

DEFAULT_SERVER = "http://127.0.0.1:8765"
TIMEOUT = (5.0, 30.0)  # connect, read (seconds)
CHUNK = 64 * 1024
MAX_PREFILL_BYTES = 4 * 1024**3  # uncompressed; the large demo school is far below
BATCH = 2000


@dataclass(frozen=True)
class Registered:
    token: str
    sekolah_id: str
    npsn: str
    nama: str


@dataclass(frozen=True)
class DownloadProgress:
    received: int
    total: int
    resumed_from: int


@dataclass(frozen=True)
class Applied:
    npsn: str
    nama: str
    sekolah_id: str
    base_cursor: int
    rows: int


class StalePrefill(RegistrationFailed):
    """The prefill is older than data this school already sent."""


def http_session() -> requests.Session:
    http = requests.Session()
    http.headers["User-Agent"] = "DapodikLokal"
    return http


def _url(server: str, path: str) -> str:
    return urljoin(server.rstrip("/") + "/", path.lstrip("/"))


def _unreachable(server: str, exc: Exception) -> RegistrationFailed:
    return RegistrationFailed(
        QT_TRANSLATE_NOOP(
            "Akun",
            "Server {server} tidak dapat dihubungi ({error}). Periksa alamat server dan "
            "sambungan internet, lalu coba lagi.",
        ),
        server=server,
        error=type(exc).__name__,
    )


def _send(
    http: requests.Session, method: str, server: str, path: str, token: str | None = None, **kw
) -> requests.Response:
    """One request to the server, with the timeouts; RegistrationFailed when unreachable."""
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    try:
        return http.request(method, _url(server, path), headers=headers, timeout=TIMEOUT, **kw)
    except requests.RequestException as exc:
        raise _unreachable(server, exc) from exc


def _server_error(reply: requests.Response) -> RegistrationFailed:
    try:
        detail = reply.json().get("detail", reply.text)
    except ValueError:
        detail = reply.text[:200]
    return RegistrationFailed(
        QT_TRANSLATE_NOOP("Akun", "Server menolak permintaan (HTTP {status}): {detail}"),
        status=reply.status_code,
        detail=str(detail),
    )


def register_device(
    http: requests.Session, server: str, npsn: str, kode_registrasi: str, device_name: str
) -> Registered:
    """POST /api/v1/register: a device token for this school."""
    body = {
        "npsn": npsn.strip(),
        "kode_registrasi": normalise_kode(kode_registrasi),
        "device_name": device_name,
    }
    reply = _send(http, "POST", server, "/api/v1/register", json=body)
    if reply.status_code == 401:
        raise WrongKode(QT_TRANSLATE_NOOP("Akun", "NPSN atau Kode Registrasi salah."))
    if reply.status_code == 429:
        minutes = max(1, int(reply.headers.get("Retry-After", "900")) // 60)
        raise AccountLocked(
            QT_TRANSLATE_NOOP(
                "Akun",
                "Terlalu banyak percobaan Kode Registrasi yang salah untuk NPSN ini. Coba "
                "lagi dalam {minutes} menit.",
            ),
            minutes=minutes,
        )
    if reply.status_code != 200:
        raise _server_error(reply)
    data = reply.json()
    return Registered(data["token"], data["sekolah_id"], data["npsn"], data["nama"])


def complete_registration(http: requests.Session, server: str, token: str) -> None:
    """POST /api/v1/register/complete: the prefill is applied, this device becomes the
    school's active one (the centre retires the earlier ones)."""
    reply = _send(http, "POST", server, "/api/v1/register/complete", token)
    if reply.status_code != 200:
        raise _server_error(reply)


def staged_prefill(npsn: str) -> Path:
    """Where to download the school's prefill: a folder of the user data folder only
    its owner may read. An interrupted download stays there for the next try while
    the app runs (it resumes); the app empties the folder at its next start."""
    folder = staging_dir()
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    return folder / f"prefill-{npsn}.prf"


@contextlib.contextmanager
def applying(prefill: Path) -> Iterator[Path]:
    """The downloaded prefill while it is applied; removed however that ends."""
    try:
        yield prefill
    finally:
        for path in (prefill, *_part_paths(prefill)):
            path.unlink(missing_ok=True)


def _part_paths(dest: Path) -> tuple[Path, Path]:
    return dest.with_name(dest.name + ".part"), dest.with_name(dest.name + ".etag")


def _prefill_request(http, server, token, part: Path, etag_file: Path) -> requests.Response:
    headers = {"Authorization": f"Bearer {token}"}
    offset = part.stat().st_size if part.exists() else 0
    if offset and etag_file.exists():
        # If-Range: if the school's data changed meanwhile, the server sends the
        # whole new file (200) instead of the rest of a file that no longer exists.
        headers["Range"] = f"bytes={offset}-"
        headers["If-Range"] = etag_file.read_text()
    return http.get(_url(server, "/api/v1/prefill"), headers=headers, stream=True, timeout=TIMEOUT)


def _download_once(http, server, token, dest: Path) -> Iterator[DownloadProgress]:
    part, etag_file = _part_paths(dest)
    with _prefill_request(http, server, token, part, etag_file) as reply:
        if reply.status_code == 416:  # our part is no prefix of the file: start over
            part.unlink(missing_ok=True)
            etag_file.unlink(missing_ok=True)
            yield from _download_once(http, server, token, dest)
            return
        if reply.status_code not in (200, 206):
            raise _server_error(reply)
        if reply.status_code == 206:
            start = int(reply.headers["Content-Range"].split()[1].split("-")[0])
            total = int(reply.headers["Content-Range"].split("/")[1])
        else:
            start, total = 0, int(reply.headers.get("Content-Length", 0))
        if "ETag" in reply.headers:
            etag_file.write_text(reply.headers["ETag"])
        received = start
        with open(part, "r+b" if start else "wb") as out:
            out.truncate(start)
            out.seek(start)
            for chunk in reply.iter_content(CHUNK):
                out.write(chunk)
                received += len(chunk)
                yield DownloadProgress(received, total, start)
            out.flush()
            os.fsync(out.fileno())
    if total and received != total:
        raise requests.ConnectionError(f"prefill ended at {received} of {total} bytes")
    os.replace(part, dest)
    etag_file.unlink(missing_ok=True)


def download_prefill(
    http: requests.Session, server: str, token: str, dest: Path, retries: int = 3
) -> Iterator[DownloadProgress]:
    """Download the school's prefill to ``dest``, yielding progress per chunk.

    What arrived stays in ``dest.part``: a dropped connection is retried from
    there, and a later call (after the app was closed) resumes from there too.
    """
    for attempt in range(retries + 1):
        try:
            yield from _download_once(http, server, token, dest)
            return
        except requests.RequestException as exc:
            if attempt == retries:
                part, _ = _part_paths(dest)
                raise RegistrationFailed(
                    QT_TRANSLATE_NOOP(
                        "Akun",
                        "Unduhan prefill terputus ({error}). {received} byte sudah tersimpan; "
                        "ulangi pendaftaran untuk melanjutkan dari situ.",
                    ),
                    error=type(exc).__name__,
                    received=part.stat().st_size if part.exists() else 0,
                ) from exc
            time.sleep(min(2**attempt, 10))


# -- applying a prefill --------------------------------------------------------


def _local_position(conn) -> int:
    """How far this database's data goes on the server's feed (0 for a fresh one)."""
    stored = conn.scalar(
        select(AppSetting.__table__.c.value).where(
            AppSetting.__table__.c.key == settings.SERVER_CURSOR
        )
    )
    newest = max(
        (
            conn.scalar(select(func.coalesce(func.max(m.server_version), 0))) or 0
            for m in SYNCED_MODELS
        ),
        default=0,
    )
    return max(int(stored or 0), newest)


def _check_target(conn, manifest: Manifest) -> None:
    npsn = conn.scalar(select(Sekolah.npsn))
    if npsn is None:
        return
    if npsn != manifest.npsn:
        raise RegistrationFailed(
            QT_TRANSLATE_NOOP(
                "Akun", "Basis data ini berisi sekolah lain (NPSN {npsn}); pilih basis data baru."
            ),
            npsn=npsn,
        )
    position = _local_position(conn)
    if position > manifest.base_cursor:
        raise StalePrefill(
            QT_TRANSLATE_NOOP(
                "Akun",
                "Prefill ini (dibuat {created}) lebih lama dari data sekolah yang sudah dikirim "
                "atau diterima perangkat ini. Mendaftar dari prefill lama membuat data ganda. "
                "Minta prefill terbaru dari server, lalu ulangi pendaftaran.",
            ),
            created=manifest.created_at[:16].replace("T", " "),
        )
    raise RegistrationFailed(
        QT_TRANSLATE_NOOP(
            "Akun",
            "Basis data ini sudah berisi data sekolah {npsn}. Pendaftaran hanya ke basis data "
            "baru; untuk data terbaru pakai Sinkronisasi.",
        ),
        npsn=npsn,
    )


def _insert_rows(conn, name: str, rows: list[dict]) -> None:
    table = allowed_tables(KIND_PREFILL)[name]
    if name in REFERENSI_TABLES:
        # The server's codes replace those shipped with this release.
        for row in rows:
            statement = sqlite_insert(table).values(row)
            keys = primary_key(table)
            changes = {c: statement.excluded[c] for c in row if c not in keys}
            if changes:
                statement = statement.on_conflict_do_update(index_elements=keys, set_=changes)
            else:
                statement = statement.on_conflict_do_nothing(index_elements=keys)
            conn.execute(statement)
    else:
        conn.execute(insert(table), rows)


def check_prefill_file(path: Path, kode_registrasi: str) -> Manifest:
    """Open a prefill file, check it and the code; return its manifest."""
    if not path.is_file():
        raise RegistrationFailed(
            QT_TRANSLATE_NOOP("Akun", "Berkas prefill {path} tidak ditemukan."), path=str(path)
        )
    try:
        with open_package(path, MAX_PREFILL_BYTES) as reader:
            manifest = reader.manifest
    except PackageError as exc:
        raise RegistrationFailed(
            QT_TRANSLATE_NOOP("Akun", "Berkas {path} bukan prefill yang dapat dipakai: {error}"),
            path=str(path),
            error=str(exc),
        ) from exc
    if manifest.kind != KIND_PREFILL:
        raise RegistrationFailed(
            QT_TRANSLATE_NOOP("Akun", "Berkas {path} bukan berkas prefill."), path=str(path)
        )
    if not verify_secret(
        manifest.extra.get("kode_registrasi_hash"), normalise_kode(kode_registrasi)
    ):
        raise WrongKode(
            QT_TRANSLATE_NOOP(
                "Akun", "Kode Registrasi tidak cocok dengan sekolah pada prefill ini."
            )
        )
    return manifest


def apply_prefill(
    db: Database,
    path: Path,
    kode_registrasi: str,
    server: str | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Applied:
    """Write the prefill's school and referensi into ``db`` (which must hold no
    school yet) in one transaction, without counting it as local changes."""
    check_prefill_file(path, kode_registrasi)
    with open_package(path, MAX_PREFILL_BYTES) as reader:
        manifest = reader.manifest
        total = sum(manifest.row_counts.values())
        done = 0
        with db.engine.begin() as conn:
            _check_target(conn, manifest)
            suppress = update(ChangeTrackingControl).where(ChangeTrackingControl.id == 1)
            conn.execute(suppress.values(suppress=1))
            for name in reader.tables:
                table = allowed_tables(KIND_PREFILL)[name]
                batch = []
                for raw in reader.rows(name):
                    batch.append(decode_row(table, raw))
                    if len(batch) == BATCH:
                        _insert_rows(conn, name, batch)
                        done += len(batch)
                        batch = []
                        if progress:
                            progress(done, total)
                if batch:
                    _insert_rows(conn, name, batch)
                    done += len(batch)
            conn.execute(suppress.values(suppress=0))
            _record_registration(conn, manifest, server)
    if progress:
        progress(total, total)
    return Applied(
        manifest.npsn,
        manifest.extra.get("nama", ""),
        manifest.sekolah_id,
        manifest.base_cursor,
        done,
    )


def _record_registration(conn, manifest: Manifest, server: str | None) -> None:
    values = {
        settings.NPSN: manifest.npsn,
        settings.SEKOLAH_ID: manifest.sekolah_id,
        settings.KODE_HASH: manifest.extra["kode_registrasi_hash"],
        settings.SERVER_CURSOR: str(manifest.base_cursor),
        settings.SERVER: server,
    }
    table = AppSetting.__table__
    for key, value in values.items():
        statement = sqlite_insert(table).values(key=key, value=value)
        conn.execute(statement.on_conflict_do_update(index_elements=["key"], set_={"value": value}))


# -- accounts after registration --------------------------------------------------


def create_school_accounts(db: Database, username: str, nama: str, password: str) -> UserInfo:
    """The operator's account, and the principal's account when the data names one."""
    with db.Session() as session:
        sekolah_id = settings.get(session, settings.SEKOLAH_ID)
        operator = create_user(
            session, username, nama, PERAN_OPERATOR, password, sekolah_id=sekolah_id
        )
        link_principal_account(session)
        session.commit()
    return operator


def check_prefill_current(http: requests.Session, server: str, token: str, base_cursor: int):
    """Online: refuse when the server holds this school's own uploads after the prefill."""
    since = base_cursor
    while True:
        params = {"since": since, "limit": 500}
        reply = _send(http, "GET", server, "/api/v1/changes", token, params=params)
        if reply.status_code != 200:
            raise _server_error(reply)
        page = reply.json()
        if any(change.get("own") for change in page["changes"]):
            raise StalePrefill(
                QT_TRANSLATE_NOOP(
                    "Akun",
                    "Prefill yang dipakai lebih lama dari data yang sudah dikirim sekolah ini ke "
                    "server. Mendaftar dari prefill lama membuat data ganda: unduh prefill "
                    "terbaru, lalu daftarkan ulang ke basis data baru.",
                )
            )
        if not page["has_more"]:
            return
        since = page["next_cursor"]


def register_online(
    db: Database,
    server: str,
    npsn: str,
    kode_registrasi: str,
    device_name: str,
    progress: Callable[[str, int, int], None] | None = None,
    http: requests.Session | None = None,
) -> Applied:
    """Register, download and apply the prefill, complete the registration, keep
    the token. ``progress(stage, done, total)`` with stage ``register``,
    ``download`` or ``apply``."""
    http = http or http_session()
    report = progress or (lambda *_: None)
    store = token_store(db, kode_registrasi)  # refused before anything, if nowhere to keep it
    report("register", 0, 1)
    registered = register_device(http, server, npsn, kode_registrasi, device_name)
    dest = staged_prefill(registered.npsn)
    for step in download_prefill(http, server, registered.token, dest):
        report("download", step.received, step.total)
    with applying(dest):
        applied = apply_prefill(
            db, dest, kode_registrasi, server, lambda done, total: report("apply", done, total)
        )
    complete_registration(http, server, registered.token)
    store.set(registered.npsn, registered.token)
    return applied


def complete_offline_registration(
    db: Database, server: str, kode_registrasi: str, device_name: str, http=None
) -> Registered:
    """Register this database's school again with the server, keeping its data: at
    the first connection after an offline registration, or after the device was
    retired or revoked. Refused if the data here is older than what this school
    already sent (from another laptop, say): registering it would duplicate data."""
    http = http or http_session()
    with db.Session() as session:
        npsn = settings.get(session, settings.NPSN)
        cursor = int(settings.get(session, settings.SERVER_CURSOR) or 0)
        try:
            kode.verify(session, kode_registrasi)
        finally:
            session.commit()
    if npsn is None:
        raise AccountError(QT_TRANSLATE_NOOP("Akun", "Sekolah ini belum didaftarkan."))
    store = token_store(db, kode_registrasi)
    registered = register_device(http, server, npsn, kode_registrasi, device_name)
    check_prefill_current(http, server, registered.token, cursor)
    complete_registration(http, server, registered.token)
    store.set(npsn, registered.token)
    with db.Session() as session:
        settings.put(session, settings.SERVER, server)
        session.commit()
    return registered
