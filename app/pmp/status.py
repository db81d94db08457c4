"""The PMP status the central server knows: ``GET /api/v1/pmp/status``.

Belum Kirim → Sudah Kirim (uploaded) → Sudah Diproses or Gagal Diproses (after
the centre's daily batch). Every request has connect and read timeouts: a
school's link that stalls must not freeze the tab; any failure is reported as
``StatusUnavailable`` and shown as "tidak terhubung".

The server and the device token are the ones registration recorded
(``app.accounts``): the server address and NPSN in ``app_setting``, the token in
the OS credential store. An unregistered laptop is simply "tidak terhubung".
"""

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urljoin

import requests

from dapodik.i18n import QT_TRANSLATE_NOOP

from ..accounts import settings
from ..accounts.credentials import token_store
from ..db.engine import Database
from ..i18n import UserError

STATUS_PATH = "api/v1/pmp/status"
UPLOAD_PATH = "api/v1/pmp/upload"
TIMEOUT = (3.05, 10.0)  # connect, read (seconds)
SEND_TIMEOUT = (3.05, 60.0)  # the server verifies the whole file before it answers

BELUM_KIRIM, SUDAH_KIRIM = "Belum Kirim", "Sudah Kirim"
SUDAH_DIPROSES, GAGAL_DIPROSES = "Sudah Diproses", "Gagal Diproses"
# The server speaks these Indonesian names; the labels are marked for translation.
STATUS_LABELS = {
    BELUM_KIRIM: QT_TRANSLATE_NOOP("Pmp", "Belum Kirim"),
    SUDAH_KIRIM: QT_TRANSLATE_NOOP("Pmp", "Sudah Kirim"),
    SUDAH_DIPROSES: QT_TRANSLATE_NOOP("Pmp", "Sudah Diproses"),
    GAGAL_DIPROSES: QT_TRANSLATE_NOOP("Pmp", "Gagal Diproses"),
}


class StatusUnavailable(UserError):
    """No status: not configured, not reachable, or an answer we cannot read. An
    everyday state rather than a defect; the detail says why, as it came."""

    context = "Pmp"

    def __init__(self, detail: str) -> None:
        super().__init__("{detail}", detail=detail)


@dataclass(frozen=True)
class ServerStatus:
    status: str
    detail: str | None
    uploaded_at: str | None
    submissions: int


def fetch_status(server_url: str, token: str, timeout=TIMEOUT) -> ServerStatus:
    url = urljoin(server_url.rstrip("/") + "/", STATUS_PATH)
    try:
        response = requests.get(url, headers={"Authorization": f"Bearer {token}"}, timeout=timeout)
        response.raise_for_status()
        body = response.json()
    except (requests.RequestException, ValueError) as exc:
        raise StatusUnavailable(str(exc)) from exc
    if not isinstance(body, dict) or body.get("status") not in STATUS_LABELS:
        raise StatusUnavailable(f"jawaban server tidak dikenal: {str(body)[:200]}")
    submissions = body.get("submissions") or []
    latest = submissions[0] if submissions and isinstance(submissions[0], dict) else {}
    return ServerStatus(
        status=body["status"],
        detail=latest.get("detail"),
        uploaded_at=latest.get("uploaded_at"),
        submissions=len(submissions),
    )


def _server_and_token(db: Database, kode_registrasi: str | None) -> tuple[str, str]:
    """The server this laptop registered with and its device token. ``kode_registrasi``
    opens the encrypted token file where no OS credential store works."""
    with db.Session() as session:
        server = settings.get(session, settings.SERVER)
        npsn = settings.get(session, settings.NPSN)
    if not server or not npsn:
        raise StatusUnavailable("aplikasi belum terdaftar di server")
    try:
        token = token_store(db, kode_registrasi).get(npsn)
    except UserError as exc:  # no usable credential store
        raise StatusUnavailable(str(exc)) from exc
    if not token:
        raise StatusUnavailable("token perangkat tidak ditemukan")
    return server, token


def configured_status(db: Database, kode_registrasi: str | None = None) -> ServerStatus:
    """The status from the server this laptop registered with."""
    return fetch_status(*_server_and_token(db, kode_registrasi))


class SendRefused(UserError):
    """The server read the file and refused it; its reason is in Bahasa Indonesia."""

    context = "Pmp"


def send_file(server_url: str, token: str, path, timeout=SEND_TIMEOUT) -> str:
    """Online sending: the same .pmp file the upload page takes, for the token's
    school. Returns the status the server recorded (Sudah Kirim)."""
    url = urljoin(server_url.rstrip("/") + "/", UPLOAD_PATH)
    try:
        with open(path, "rb") as f:
            response = requests.post(
                url,
                headers={"Authorization": f"Bearer {token}"},
                files={"berkas": (Path(path).name, f, "application/octet-stream")},
                timeout=timeout,
            )
    except requests.RequestException as exc:
        raise StatusUnavailable(str(exc)) from exc
    if response.status_code in (400, 413):
        raise SendRefused(
            QT_TRANSLATE_NOOP("Pmp", "Server menolak berkas PMP: {reason}"),
            reason=_detail(response),
        )
    if response.status_code != 200:
        raise StatusUnavailable(f"status {response.status_code}: {_detail(response)}")
    return response.json()["status"]


def send_configured(db: Database, path, kode_registrasi: str | None = None) -> str:
    return send_file(*_server_and_token(db, kode_registrasi), path)


def _detail(response: requests.Response) -> str:
    try:
        return str(response.json().get("detail", ""))[:300]
    except ValueError:
        return response.text[:300]
