"""Declarative base and the columns every school-owned row carries.

The client and the reference server import these same table definitions, so a
row means the same thing on both sides of a sync.
"""

import uuid
from datetime import datetime

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    MetaData,
    Numeric,
    SmallInteger,
    String,
    func,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def new_uuid() -> str:
    return str(uuid.uuid4())


def uuid_pk() -> Mapped[str]:
    return mapped_column(String(36), primary_key=True, default=new_uuid)


def uuid_fk(target: str | Column, *, nullable: bool = False, index: bool = True) -> Mapped:
    return mapped_column(String(36), ForeignKey(target), nullable=nullable, index=index)


def ref_fk(target: str | Column, *, nullable: bool = True, type_=Integer) -> Mapped:
    return mapped_column(type_, ForeignKey(target), nullable=nullable)


def wilayah_fk() -> Mapped:
    return mapped_column(String(10), ForeignKey("ref_wilayah.kode_wilayah"))


class SchoolOwned:
    """Columns of every row the school owns and syncs (DESIGN.md, Data).

    ``last_update`` is for people to read; what changed since the last upload is
    decided by the change counter (see ``change_tracking``), never by the clock.
    ``server_version`` is the version the server stamped on the row, sent back
    with an edit so the server can tell a stale edit from a fresh one.
    """

    __synced__ = True

    create_date: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())
    last_update: Mapped[datetime] = mapped_column(
        DateTime, server_default=func.current_timestamp(), onupdate=func.current_timestamp()
    )
    soft_delete: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    last_sync: Mapped[datetime | None] = mapped_column(DateTime)
    updater_id: Mapped[str | None] = mapped_column(String(36))
    server_version: Mapped[int | None] = mapped_column(Integer)


class Referensi:
    """Server-owned code lists; ``expired_date`` marks a retired code."""

    nama: Mapped[str] = mapped_column(String(100))
    expired_date: Mapped[datetime | None] = mapped_column(Date)


__all__ = [
    "Base",
    "Boolean",
    "Date",
    "DateTime",
    "Integer",
    "Mapped",
    "Numeric",
    "Referensi",
    "SchoolOwned",
    "SmallInteger",
    "String",
    "mapped_column",
    "new_uuid",
    "ref_fk",
    "uuid_fk",
    "uuid_pk",
    "wilayah_fk",
]
