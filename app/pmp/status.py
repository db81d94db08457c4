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
from urllib.parse import urljoin

import requests

from ..accounts import settings
from ..accounts.credentials import token_store
from ..db.engine import Database
from ..i18n import QT_TRANSLATE_NOOP, UserError

STATUS_PATH = "api/v1/pmp/status"
TIMEOUT = (3.05, 10.0)  # connect, read (seconds)

BELUM_KIRIM, SUDAH_KIRIM = "Belum Kirim", "Sudah Kirim"
SUDAH_DIPROSES, GAGAL_DIPROSES = "Sudah Diproses", "Gagal Diproses"
# The server speaks these Indonesian names; the labels are marked for translation.
STATUS_LABELS = {
    BELUM_KIRIM: QT_TRANSLATE_NOOP("Pmp", "Belum Kirim"),
    SUDAH_KIRIM: QT_TRANSLATE_NOOP("Pmp", "Sudah Kirim"),
    SUDAH_DIPROSES: QT_TRANSLATE_NOOP("Pmp", "Sudah Diproses"),
    GAGAL_DIPROSES: QT_TRANSLATE_NOOP("Pmp", "Gagal Diproses"),
}


class StatusUnavailable(Exception):
    """No status: not configured, not reachable, or an answer we cannot read."""


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


def configured_status(db: Database, kode_registrasi: str | None = None) -> ServerStatus:
    """The status from the server this laptop registered with. ``kode_registrasi``
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
    return fetch_status(server, token)
