"""The central server's JSON endpoints, as this client uses them.

One ``requests.Session`` with the device token and connect/read timeouts; the
tus upload goes through ``tus.TusClient`` on the same session.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

import requests

from dapodik.i18n import QT_TRANSLATE_NOOP

from ..i18n import UserError
from .tus import DEFAULT_TIMEOUT, RetryPolicy, TusClient, with_retries

FINAL_STATUSES = frozenset({"processed", "processed_with_exceptions", "corrupt", "refused"})
PAGE_SIZE = 500
# Row results per request once a package is final (the server's largest page).
EXCEPTIONS_PAGE = 5000
# Chunks start small and grow to what the link moves in two seconds, up to this.
MAX_CHUNK = 16 * 1024 * 1024


class SyncError(UserError):
    """A sync step that cannot go on; the message tells the operator why."""

    context = "Sync"


class ServerUnreachable(SyncError):
    """The server did not answer, or answered as no Dapodik server would."""


class DeviceRefused(SyncError):
    """The centre no longer takes this laptop's device token (another registration
    replaced it, the centre revoked it, or its registration never completed)."""


# Why the centre refuses the device (the 401's Dapodik-Device-State, server/devices.py).
DEVICE_REFUSALS = {
    "retired": QT_TRANSLATE_NOOP(
        "Sync",
        "Perangkat ini sudah diganti oleh registrasi baru pada {at}; daftarkan ulang. "
        "Perubahan yang belum dikirim tetap tersimpan di laptop ini.",
    ),
    "revoked": QT_TRANSLATE_NOOP(
        "Sync",
        "Perangkat ini dicabut oleh server pusat pada {at}; daftarkan ulang. Perubahan yang "
        "belum dikirim tetap tersimpan di laptop ini.",
    ),
    "pending": QT_TRANSLATE_NOOP(
        "Sync",
        "Registrasi perangkat ini tidak selesai; daftarkan ulang. Perubahan yang belum "
        "dikirim tetap tersimpan di laptop ini.",
    ),
}
DEVICE_REFUSALS["expired"] = DEVICE_REFUSALS["pending"]


@dataclass(frozen=True)
class Ping:
    version: str
    # Server clock minus laptop clock, in seconds (None when the server sent no Date).
    clock_offset_s: float | None


class ServerApi:
    def __init__(
        self,
        base_url: str,
        token: str,
        timeout: tuple[float, float] = DEFAULT_TIMEOUT,
        retry: RetryPolicy | None = None,
        chunk_size: int | None = None,
        max_chunk_size: int | None = MAX_CHUNK,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {token}"
        self.timeout = timeout
        self.retry = retry or RetryPolicy()
        self.chunk_size = chunk_size
        self.max_chunk_size = max_chunk_size
        self._tus: TusClient | None = None

    def tus(self) -> TusClient:
        """One tus client per connection to the server: what it learned (the server's
        extensions, how fast the link is) serves every upload of the run."""
        if self._tus is None:
            extra = {"chunk_size": self.chunk_size} if self.chunk_size else {}
            self._tus = TusClient(
                f"{self.base_url}/api/v1/uploads/",
                session=self.session,
                timeout=self.timeout,
                retry=self.retry,
                max_chunk_size=self.max_chunk_size,
                **extra,
            )
        return self._tus

    def _get(self, path: str, **params) -> requests.Response:
        return with_retries(
            self.retry,
            lambda: self.session.get(self.base_url + path, params=params, timeout=self.timeout),
        )

    def ping(self, now: Callable[[], datetime]) -> Ping:
        """Reachability ("Terhubung") and the clock difference, from the Date header."""
        try:
            response = self.session.get(f"{self.base_url}/api/v1/ping", timeout=self.timeout)
            body = response.json() if response.status_code == 200 else {}
        except (requests.RequestException, ValueError) as exc:
            raise ServerUnreachable(
                QT_TRANSLATE_NOOP(
                    "Sync", "Tidak terhubung: server {url} tidak menjawab ({error})."
                ),
                url=self.base_url,
                error=type(exc).__name__,
            ) from exc
        if body.get("server") != "dapodik-lokal-server":
            raise ServerUnreachable(
                QT_TRANSLATE_NOOP(
                    "Sync", "Tidak terhubung: {url} bukan server Dapodik (status {status})."
                ),
                url=self.base_url,
                status=response.status_code,
            )
        return Ping(body.get("version", ""), _clock_offset(response, now()))

    def package_status(self, package_id: str) -> dict | None:
        """The package's report, or None when the server does not know it. Its
        ``rows`` (those the server did not apply) come once the status is final,
        every page of them: the run shows them all and keeps them pending."""
        response = self._get(f"/api/v1/packages/{package_id}", limit=0)
        if response.status_code == 404:
            return None
        _raise_for(response)
        report = response.json()
        if report["status"] in FINAL_STATUSES:
            report["rows"] = self._exceptions(package_id)
        return report

    def _exceptions(self, package_id: str) -> list[dict]:
        rows, offset = [], 0
        while offset is not None:
            response = self._get(
                f"/api/v1/packages/{package_id}", offset=offset, limit=EXCEPTIONS_PAGE
            )
            _raise_for(response)
            page = response.json()
            rows += page["rows"]
            # A server from before paging sends every row at once, and no next_offset.
            offset = page.get("next_offset")
        return rows

    def device(self) -> dict:
        """This laptop's device at the centre; DeviceRefused when it no longer counts."""
        response = self._get("/api/v1/device")
        _raise_for(response)
        return response.json()

    def changes(self, since: int, limit: int = PAGE_SIZE) -> dict:
        response = self._get("/api/v1/changes", since=since, limit=limit)
        _raise_for(response)
        return response.json()


def _clock_offset(response: requests.Response, local: datetime) -> float | None:
    header = response.headers.get("Date")
    if not header:
        return None
    server = parsedate_to_datetime(header)
    local = local if local.tzinfo else local.astimezone(UTC)
    return (server - local).total_seconds()


def _local_time(iso: str | None) -> str:
    if not iso:
        return "-"
    at = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    return at.astimezone().strftime("%Y-%m-%d %H:%M")


def _raise_for(response: requests.Response) -> None:
    state = response.headers.get("Dapodik-Device-State")
    if response.status_code == 401 and state in DEVICE_REFUSALS:
        raise DeviceRefused(
            DEVICE_REFUSALS[state], at=_local_time(response.headers.get("Dapodik-Device-Ended"))
        )
    if response.status_code >= 400:
        try:
            detail = response.json().get("detail", "")
        except ValueError:
            detail = response.text[:200]
        raise SyncError(
            QT_TRANSLATE_NOOP("Sync", "Server menolak permintaan (status {status}): {detail}"),
            status=response.status_code,
            detail=detail,
        )
