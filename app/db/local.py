"""Tables of this installation only, on the client's own metadata.

The change counter and the domain settings are here; the other local tables
(accounts, PMP answers, sync state, validation results, Web Service tokens) are
in their own modules of this package, each declared on ``LocalBase``. The
client's migrations collect them all (``migrations/env.py``); the centre never
sees them.
"""

from sqlalchemy import Integer, MetaData, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase

from dapodik.schema.base import NAMING_CONVENTION, Mapped, mapped_column


class LocalBase(DeclarativeBase):
    """The client's own tables, apart from the shared ones of ``dapodik.schema``.

    A foreign key from here to a shared table names the column object: a key
    given as a string resolves only within one metadata.
    """

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class ChangeLog(LocalBase):
    """One row per changed school-owned row; ``seq`` is the change counter.

    SQLite triggers (see ``change_tracking``) replace a row's entry on every
    insert or update, so with AUTOINCREMENT its ``seq`` always moves past every
    earlier change. "What changed since counter N" is ``seq > N``; whether the
    change is new, edited or deleted is read off the row itself
    (``server_version`` unset, set, ``soft_delete``).
    """

    __tablename__ = "change_log"
    __table_args__ = (UniqueConstraint("table_name", "row_id"), {"sqlite_autoincrement": True})
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(36))


class AppSetting(LocalBase):
    """Domain settings kept with the data (server address, school, last sync)."""

    __tablename__ = "app_setting"
    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str | None] = mapped_column(Text)


class ChangeTrackingControl(LocalBase):
    """A single row; ``suppress`` = 1 while applying the server's changes, so a
    pull does not count as a local edit. Set and cleared in the same transaction."""

    __tablename__ = "change_tracking_control"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    suppress: Mapped[int] = mapped_column(Integer, default=0)
