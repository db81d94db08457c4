"""The Web Service's tokens: one per application that pulls data.

A local table, never synced. The token itself is never stored, only its SHA-256:
a token is 32 random bytes (256 bits), so unlike a password it cannot be guessed
from a dictionary and needs no slow, salted hash; a fast hash also keeps the check
of every request cheap.
"""

from datetime import datetime

from sqlalchemy import DateTime, Index, Integer, String, text
from sqlalchemy.orm import Mapped, mapped_column

from .local import LocalBase


class WebServiceToken(LocalBase):
    __tablename__ = "webservice_token"
    __table_args__ = (
        # A name is unique among the tokens in use; a revoked one stays listed.
        Index(
            "uq_webservice_token_active_nama",
            "nama",
            unique=True,
            sqlite_where=text("revoked_at IS NULL"),
        ),
    )
    token_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    nama: Mapped[str] = mapped_column(String(60))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    allowed_ip: Mapped[str | None] = mapped_column(String(45))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime)
    last_used_at: Mapped[datetime | None] = mapped_column(DateTime)
    last_used_ip: Mapped[str | None] = mapped_column(String(45))
