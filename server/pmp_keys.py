"""The schools' PMP signing keys (``srv_pmp_key``), sealed under the server key.

The server keeps only an argon2 hash of the Kode Registrasi, yet checks PMP
files that arrive without it, with the key derived from the code
(``dapodik.pmp.signing.school_signing_key``). Whoever holds that key can sign
the school's files, so the database keeps it only sealed (Fernet: AES-128-CBC
with HMAC-SHA256) under the **server key**: a file outside the database, made
on the server's first start (``kunci-server.key`` in the data folder, readable
by its owner only; ``--server-key`` or ``DAPODIK_SERVER_KEY_FILE`` puts it
elsewhere). Someone who can read the database, or a dump of it, cannot sign.

Losing the server key loses every sealed key: a new one is made, and each
school's key is issued again by a new Kode Registrasi (``school rotate-kode``)
or stored again at the school's next device registration.
"""

import logging
import os
from pathlib import Path

from cryptography.fernet import Fernet, InvalidToken
from sqlalchemy import Connection, insert, select, update

from dapodik.pmp.signing import school_signing_key

from . import tables
from .feed import now

log = logging.getLogger(__name__)

SERVER_KEY_FILE = "kunci-server.key"


def read_or_create_server_key(path: Path) -> bytes:
    """The server key in ``path``, made there (owner-only) when the file is missing."""
    try:
        return path.read_bytes().strip()
    except FileNotFoundError:
        pass
    key = Fernet.generate_key()
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:  # another process of this server made it meanwhile
        return path.read_bytes().strip()
    with os.fdopen(fd, "wb") as out:
        out.write(key)
        out.flush()
        os.fsync(out.fileno())
    log.warning("Kunci server baru dibuat di %s; cadangkan berkas ini.", path)
    return key


class PmpKeys:
    """Sealing and reading the schools' PMP keys with one server key."""

    def __init__(self, server_key: bytes) -> None:
        self._fernet = Fernet(server_key)

    def seal(self, key: bytes) -> str:
        return self._fernet.encrypt(key).decode("ascii")

    def unseal(self, sealed: str) -> bytes | None:
        """The key, or None when this server key did not seal it."""
        try:
            return self._fernet.decrypt(sealed.encode("ascii"))
        except InvalidToken:
            return None

    def store(self, conn: Connection, sekolah_id: str, npsn: str, kode: str) -> None:
        """Keep the school's PMP signing key; call wherever its Kode Registrasi is issued
        or proven (school add, rotate-kode, a device registration)."""
        sealed = self.seal(school_signing_key(npsn, kode))
        k = tables.pmp_key
        values = {"sealed_key": sealed, "updated_at": now()}
        if conn.scalar(select(k.c.sekolah_id).where(k.c.sekolah_id == sekolah_id)) is None:
            conn.execute(insert(k).values(sekolah_id=sekolah_id, **values))
        else:
            conn.execute(update(k).where(k.c.sekolah_id == sekolah_id).values(**values))

    def of(self, conn: Connection, sekolah_id: str) -> bytes | None:
        """The school's key; None when none is stored or this server key cannot open it."""
        k = tables.pmp_key
        sealed = conn.scalar(select(k.c.sealed_key).where(k.c.sekolah_id == sekolah_id))
        return self.unseal(sealed) if sealed else None

    def unreadable(self, conn: Connection) -> int:
        """How many stored keys this server key cannot open (a lost or replaced key file)."""
        sealed = conn.scalars(select(tables.pmp_key.c.sealed_key))
        return sum(self.unseal(s) is None for s in sealed)
