"""Local table of the accounts: wrong login and Kode Registrasi attempts (never synced)."""

from datetime import datetime

from sqlalchemy import DateTime, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from .local import LocalBase


class LoginAttempt(LocalBase):
    """Wrong attempts per name (a username, or ``KODE_REGISTRASI`` for the code).

    Kept in the database rather than in memory so that closing and reopening the
    app does not reset the count.
    """

    __tablename__ = "login_attempt"
    name: Mapped[str] = mapped_column(String(60), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime)
