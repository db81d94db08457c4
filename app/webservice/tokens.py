"""Tokens of the applications allowed to pull data: created (shown once), named,
limited to one client IP if the operator wishes, revoked, and their last use kept.

Only the SHA-256 of a token is stored (see ``models``). Each function is one unit
of work on its own session, so the GUI, the command line and the service's
request threads can all call them.
"""

import hashlib
import ipaddress
import secrets
import string
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from dapodik.i18n import QT_TRANSLATE_NOOP

from ..db.webservice_tokens import WebServiceToken
from ..i18n import UserError

# Letters and digits only: 43 of them carry 256 bits and survive any client's
# configuration file, URL or copy and paste.
ALPHABET = string.ascii_letters + string.digits
TOKEN_LENGTH = 43
MAX_NAME = 60


class TokenError(UserError):
    context = "WebService"


@dataclass(frozen=True)
class TokenInfo:
    nama: str
    allowed_ip: str | None
    created_at: datetime
    revoked_at: datetime | None
    last_used_at: datetime | None
    last_used_ip: str | None

    @property
    def active(self) -> bool:
        return self.revoked_at is None


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def normalize_ip(text: str) -> str:
    """The canonical form of an address (an IPv4 client seen over IPv6 as ::ffff:a.b.c.d
    is that IPv4 address), so an allowed IP compares equal however it arrives."""
    address = ipaddress.ip_address(text.strip())
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        address = address.ipv4_mapped
    return str(address)


def _checked_ip(ip: str | None) -> str | None:
    if not ip:
        return None
    try:
        return normalize_ip(ip)
    except ValueError as exc:
        raise TokenError(
            QT_TRANSLATE_NOOP("WebService", "Alamat IP {ip} tidak sah."), ip=ip
        ) from exc


def _checked_name(nama: str) -> str:
    nama = nama.strip()
    if not nama or len(nama) > MAX_NAME:
        raise TokenError(
            QT_TRANSLATE_NOOP(
                "WebService", "Nama aplikasi harus diisi (paling panjang {max} huruf)."
            ),
            max=MAX_NAME,
        )
    return nama


def _info(row: WebServiceToken) -> TokenInfo:
    return TokenInfo(
        nama=row.nama,
        allowed_ip=row.allowed_ip,
        created_at=row.created_at,
        revoked_at=row.revoked_at,
        last_used_at=row.last_used_at,
        last_used_ip=row.last_used_ip,
    )


def _active(session: Session, nama: str) -> WebServiceToken | None:
    return session.scalars(
        select(WebServiceToken).where(
            WebServiceToken.nama == nama, WebServiceToken.revoked_at.is_(None)
        )
    ).first()


def create_token(engine: Engine, nama: str, allowed_ip: str | None = None) -> tuple[TokenInfo, str]:
    """A new token for the application ``nama``; the token itself is returned here
    and never again."""
    nama, allowed_ip = _checked_name(nama), _checked_ip(allowed_ip)
    token = "".join(secrets.choice(ALPHABET) for _ in range(TOKEN_LENGTH))
    with Session(engine) as session, session.begin():
        if _active(session, nama) is not None:
            raise TokenError(
                QT_TRANSLATE_NOOP(
                    "WebService", "Token bernama {nama} sudah ada; cabut dulu atau pakai nama lain."
                ),
                nama=nama,
            )
        row = WebServiceToken(
            nama=nama,
            token_hash=hash_token(token),
            allowed_ip=allowed_ip,
            created_at=datetime.now(),
        )
        session.add(row)
        session.flush()
        return _info(row), token


def list_tokens(engine: Engine) -> list[TokenInfo]:
    """Active tokens first, each group by name."""
    with Session(engine) as session:
        rows = session.scalars(
            select(WebServiceToken).order_by(
                WebServiceToken.revoked_at.is_not(None), WebServiceToken.nama
            )
        )
        return [_info(r) for r in rows]


def revoke_token(engine: Engine, nama: str) -> None:
    with Session(engine) as session, session.begin():
        row = _active(session, nama.strip())
        if row is None:
            raise TokenError(
                QT_TRANSLATE_NOOP("WebService", "Tidak ada token aktif bernama {nama}."),
                nama=nama,
            )
        row.revoked_at = datetime.now()


def authorize(engine: Engine, token: str, client_ip: str | None) -> bool:
    """Whether ``token`` is active and allowed from ``client_ip``; on success its
    last use is recorded."""
    if not token:
        return False
    with Session(engine) as session, session.begin():
        row = session.execute(
            select(WebServiceToken.token_id, WebServiceToken.allowed_ip).where(
                WebServiceToken.token_hash == hash_token(token),
                WebServiceToken.revoked_at.is_(None),
            )
        ).first()
        ip = _client_ip(client_ip)
        if row is None or (row.allowed_ip is not None and row.allowed_ip != ip):
            return False
        session.execute(
            update(WebServiceToken)
            .where(WebServiceToken.token_id == row.token_id)
            .values(last_used_at=datetime.now(), last_used_ip=ip)
        )
    return True


def _client_ip(client_ip: str | None) -> str | None:
    try:
        return normalize_ip(client_ip) if client_ip else None
    except ValueError:
        return None
