"""Schools and their Kode Registrasi; registering a device with the code.

The Kode Registrasi is stored only as an argon2 hash (slow to guess from a
stolen database); the devices and their tokens are ``devices``'.
"""

import secrets
import uuid
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import Connection, delete, func, insert, select, update

from dapodik.hashing import hash_secret, normalise_kode, verify_secret
from dapodik.schema.models import Sekolah
from dapodik.schema.referensi import BentukPendidikan

from . import devices, tables
from .config import RateLimit
from .database import lock_feed, serialise
from .feed import now, record_change
from .pmp_keys import PmpKeys

# Unambiguous characters only: the code is read aloud and typed by hand.
KODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


class RegistrationError(Exception):
    def __init__(self, status: int, message: str) -> None:
        self.status = status
        super().__init__(message)


def new_kode_registrasi() -> str:
    raw = "".join(secrets.choice(KODE_ALPHABET) for _ in range(12))
    return "-".join(raw[i : i + 4] for i in range(0, 12, 4))


def school_by_npsn(conn: Connection, npsn: str):
    return conn.execute(select(tables.school).where(tables.school.c.npsn == npsn)).first()


def _first_bentuk(conn: Connection) -> int:
    return conn.scalar(
        select(BentukPendidikan.bentuk_pendidikan_id).order_by("bentuk_pendidikan_id")
    )


def add_school(
    conn: Connection, npsn: str, nama: str, sekolah_id: str | None = None, kode: str | None = None
) -> tuple[str, str]:
    """Register a school at the centre; returns (sekolah_id, Kode Registrasi in clear).

    If no ``sekolah`` row exists for the id yet, a minimal one is written and
    entered in the feed, so the school's prefill is never empty.
    """
    if school_by_npsn(conn, npsn) is not None:
        raise ValueError(f"Sekolah dengan NPSN {npsn} sudah terdaftar.")
    sekolah_id = sekolah_id or str(uuid.uuid4())
    kode = kode or new_kode_registrasi()
    conn.execute(
        insert(tables.school).values(
            sekolah_id=sekolah_id,
            npsn=npsn,
            nama=nama,
            kode_hash=hash_secret(normalise_kode(kode)),
            created_at=now(),
        )
    )
    sekolah = Sekolah.__table__
    if conn.scalar(select(sekolah.c.sekolah_id).where(sekolah.c.sekolah_id == sekolah_id)) is None:
        conn.execute(
            insert(sekolah).values(
                sekolah_id=sekolah_id,
                nama=nama,
                npsn=npsn,
                bentuk_pendidikan_id=_first_bentuk(conn),
                status_sekolah=1,
                soft_delete=False,
            )
        )
        lock_feed(conn)
        record_change(conn, sekolah, sekolah_id, sekolah_id, "manajemen")
    return sekolah_id, kode


@dataclass
class KodeAttempt:
    """One try of a Kode Registrasi: for which school, and from which address."""

    npsn: str
    kode: str
    client: str


def _failures_of(attempt: KodeAttempt):
    rf = tables.register_failure
    return (rf.c.npsn == attempt.npsn) & (rf.c.client == attempt.client)


def _recent_failures(conn: Connection, attempt: KodeAttempt, limit: RateLimit) -> int:
    since = now() - timedelta(seconds=limit.window_seconds)
    rf = tables.register_failure
    return conn.scalar(
        select(func.count()).select_from(rf).where(_failures_of(attempt), rf.c.at > since)
    )


def _begin_attempt(db, attempt: KodeAttempt, limit: RateLimit) -> None:
    """Count the attempt before its slow check; 429 when this address has used up
    its attempts for the NPSN. Serialised per NPSN and address, so attempts made
    at the same time each see the others'."""
    with db.write() as conn:
        serialise(conn, f"register:{attempt.npsn}:{attempt.client}")
        if _recent_failures(conn, attempt, limit) >= limit.max_failures:
            raise RegistrationError(
                429, "Terlalu banyak percobaan Kode Registrasi yang salah. Coba lagi nanti."
            )
        conn.execute(
            insert(tables.register_failure).values(
                npsn=attempt.npsn, client=attempt.client, at=now()
            )
        )


def verify_kode(db, school, attempt: KodeAttempt, limit: RateLimit) -> None:
    """Raise RegistrationError unless the attempt's code is the school's Kode Registrasi.

    Attempts are counted per NPSN and client address (so a stranger guessing
    cannot lock the school itself out), each before the slow argon2 check, which
    runs outside any transaction so it blocks no writer; a right code clears the
    count. Past ``max_failures`` in the window every attempt from there is
    refused, right or wrong, until the window passes. An unknown NPSN costs the
    same check (against a dummy hash), so the time of the answer does not tell
    which NPSNs are registered.
    """
    _begin_attempt(db, attempt, limit)
    stored = school.kode_hash if school is not None else None
    if not verify_secret(stored, normalise_kode(attempt.kode)):
        raise RegistrationError(401, "NPSN atau Kode Registrasi salah.")
    with db.write() as conn:
        conn.execute(delete(tables.register_failure).where(_failures_of(attempt)))


def school_for_kode(db, attempt: KodeAttempt, limit: RateLimit):
    """The school whose Kode Registrasi this is; RegistrationError otherwise."""
    with db.read() as conn:
        school = school_by_npsn(conn, attempt.npsn)
    verify_kode(db, school, attempt, limit)
    return school


def register_device(db, attempt: KodeAttempt, name: str, limit: RateLimit, keys: PmpKeys):
    """A new, pending device of the school whose code this is: (token, school row)."""
    school = school_for_kode(db, attempt, limit)
    with db.write() as conn:
        token, _device_id = devices.new_device(conn, school.sekolah_id, name)
        # The code is in clear only now: keep the PMP key it derives, so a school
        # added before keys were stored can have its PMP files verified.
        keys.store(conn, school.sekolah_id, school.npsn, attempt.kode)
    return token, school


def rotate_kode(conn: Connection, school, keys: PmpKeys) -> str:
    """A new Kode Registrasi for the school (returned in clear, shown once): the old
    one stops working and the PMP key follows the new one."""
    kode = new_kode_registrasi()
    conn.execute(
        update(tables.school)
        .where(tables.school.c.sekolah_id == school.sekolah_id)
        .values(kode_hash=hash_secret(normalise_kode(kode)))
    )
    keys.store(conn, school.sekolah_id, school.npsn, kode)
    return kode
