"""The schools' PMP signing keys (``srv_pmp_key``), kept where a Kode Registrasi is issued.

The server keeps only an argon2 hash of the Kode Registrasi, yet checks PMP
files that arrive without it; the key derived from the code
(``dapodik.pmp.signing.school_signing_key``) does not reveal the code.
"""

from sqlalchemy import Connection, insert, select, update

from dapodik.pmp.signing import school_signing_key

from . import tables
from .feed import now


def store_signing_key(conn: Connection, sekolah_id: str, npsn: str, kode: str) -> None:
    """Keep the school's PMP signing key; call wherever its Kode Registrasi is issued."""
    key = school_signing_key(npsn, kode).hex()
    k = tables.pmp_key
    if conn.scalar(select(k.c.sekolah_id).where(k.c.sekolah_id == sekolah_id)) is None:
        conn.execute(insert(k).values(sekolah_id=sekolah_id, signing_key=key, updated_at=now()))
    else:
        conn.execute(
            update(k).where(k.c.sekolah_id == sekolah_id).values(signing_key=key, updated_at=now())
        )


def signing_key_of(conn: Connection, sekolah_id: str) -> bytes | None:
    k = tables.pmp_key
    found = conn.scalar(select(k.c.signing_key).where(k.c.sekolah_id == sekolah_id))
    return bytes.fromhex(found) if found else None
