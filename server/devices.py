"""The devices of a school: each registration of the school on one laptop.

A device's token is shown once, at registration, and stored as sha256 (it is
long and random, so a fast hash is enough and lets every request find it by
index). Its states:

- ``pending``: registered with the Kode Registrasi, the registration not yet
  completed (the prefill not yet applied on the laptop). Its token may fetch
  the prefill, read the changes feed and complete the registration, nothing
  else; it expires after ``PENDING_TTL``, and a newer registration of the
  school retires it. An interrupted registration so leaves no live token.
- ``active``: completing the registration retires the school's other devices,
  all but the newest ``devices_per_school - 1`` active ones (by default the
  school has one active device).
- ``retired``: replaced by a newer registration (``replaced_by``, ``ended_at``).
- ``revoked``: shut out by the centre (``python -m server device revoke``).

A retired, revoked or expired device is answered 401 with the reason in
``detail`` and in the headers ``Dapodik-Device-State`` and
``Dapodik-Device-Ended`` (ISO 8601, UTC), so the client can tell its operator.
"""

import hashlib
import secrets
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Connection, insert, select, update

from . import tables
from .feed import now

PENDING, ACTIVE, RETIRED, REVOKED, EXPIRED = "pending", "active", "retired", "revoked", "expired"
PENDING_TTL = timedelta(hours=24)
# last_used_at is written at most this often: not one write per tus PATCH.
TOUCH_EVERY = timedelta(minutes=1)
STATE_NAMES = {
    PENDING: "menunggu",
    ACTIVE: "aktif",
    RETIRED: "diganti",
    REVOKED: "dicabut",
    EXPIRED: "kedaluwarsa",
}


@dataclass(frozen=True)
class DeviceIdentity:
    device_id: str
    sekolah_id: str
    npsn: str
    name: str
    state: str  # as stored, or EXPIRED for a pending device past its time
    created_at: datetime
    last_used_at: datetime | None
    ended_at: datetime | None


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _state(stored: str, created_at: datetime, at: datetime) -> str:
    return EXPIRED if stored == PENDING and created_at < at - PENDING_TTL else stored


def _columns():
    d, s = tables.device, tables.school
    return select(
        d.c.device_id,
        d.c.sekolah_id,
        s.c.npsn,
        d.c.name,
        d.c.state,
        d.c.created_at,
        d.c.last_used_at,
        d.c.ended_at,
    ).join(s, s.c.sekolah_id == d.c.sekolah_id)


def _identity(row, at: datetime) -> DeviceIdentity:
    return DeviceIdentity(*row[:4], _state(row.state, row.created_at, at), *row[5:])


def device_for_token(conn: Connection, token: str) -> DeviceIdentity | None:
    row = conn.execute(_columns().where(tables.device.c.token_hash == hash_token(token))).first()
    return _identity(row, now()) if row else None


def devices_of(conn: Connection, sekolah_id: str) -> list[DeviceIdentity]:
    d = tables.device
    rows = conn.execute(_columns().where(d.c.sekolah_id == sekolah_id).order_by(d.c.created_at))
    at = now()
    return [_identity(row, at) for row in rows]


def _end(conn: Connection, condition, state: str, replaced_by: str | None = None) -> int:
    d = tables.device
    return conn.execute(
        update(d)
        .where(condition, d.c.state.in_((PENDING, ACTIVE)))
        .values(state=state, ended_at=now(), replaced_by=replaced_by)
    ).rowcount


def new_device(conn: Connection, sekolah_id: str, name: str) -> tuple[str, str]:
    """A pending device of the school: (token in clear, shown once; device_id). Earlier
    registrations of the school that never completed are retired."""
    d = tables.device
    device_id = str(uuid.uuid4())
    _end(conn, (d.c.sekolah_id == sekolah_id) & (d.c.state == PENDING), RETIRED, device_id)
    # Hex, not urlsafe: a token starting with "-" would be taken for an option by
    # `python -m app sync --token TOKEN` and scripts like it.
    token = secrets.token_hex(32)
    conn.execute(
        insert(d).values(
            device_id=device_id,
            sekolah_id=sekolah_id,
            name=name[:100],
            token_hash=hash_token(token),
            created_at=now(),
            state=PENDING,
        )
    )
    return token, device_id


def complete(conn: Connection, sekolah_id: str, device_id: str, keep: int = 1) -> int:
    """Make the device active and retire the school's others beyond the newest
    ``keep - 1`` active ones; returns how many were retired. Idempotent."""
    d = tables.device
    conn.execute(
        update(d).where(d.c.device_id == device_id, d.c.state == PENDING).values(state=ACTIVE)
    )
    kept = conn.scalars(
        select(d.c.device_id)
        .where(d.c.sekolah_id == sekolah_id, d.c.state == ACTIVE, d.c.device_id != device_id)
        .order_by(d.c.created_at.desc())
        .limit(max(keep - 1, 0))
    ).all()
    others = (d.c.sekolah_id == sekolah_id) & (d.c.device_id != device_id)
    return _end(conn, others & d.c.device_id.not_in(kept), RETIRED, device_id)


def revoke(conn: Connection, sekolah_id: str, device_id: str) -> bool:
    """Shut the device out; False when it was no longer pending or active."""
    d = tables.device
    mine = (d.c.sekolah_id == sekolah_id) & (d.c.device_id == device_id)
    return _end(conn, mine, REVOKED) == 1


def needs_touch(device: DeviceIdentity, at: datetime) -> bool:
    return device.last_used_at is None or device.last_used_at < at - TOUCH_EVERY


def touch(conn: Connection, device_id: str, at: datetime) -> None:
    d = tables.device
    conn.execute(update(d).where(d.c.device_id == device_id).values(last_used_at=at))


def _utc(at: datetime) -> str:
    return at.strftime("%Y-%m-%d %H:%M UTC")


def refusal(device: DeviceIdentity) -> str:
    """Why this device's token is refused, for the 401's detail (Indonesian)."""
    if device.state == RETIRED:
        return (
            f"Perangkat ini sudah diganti oleh registrasi baru pada {_utc(device.ended_at)}; "
            "daftarkan ulang."
        )
    if device.state == REVOKED:
        return (
            f"Perangkat ini dicabut oleh server pusat pada {_utc(device.ended_at)}; "
            "daftarkan ulang."
        )
    if device.state == EXPIRED:
        return "Registrasi perangkat ini tidak diselesaikan dan sudah kedaluwarsa; daftarkan ulang."
    return "Registrasi perangkat ini belum selesai."
