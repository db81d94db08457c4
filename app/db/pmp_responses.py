"""Local tables of PMP: who answers, and what they answered.

They are not school data the sync sends (no change counter, no SchoolOwned
columns): PMP leaves the laptop only as the signed offline file.
"""

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, String, func
from sqlalchemy.orm import Mapped, mapped_column

from dapodik.schema.base import new_uuid

from .local import LocalBase


class PmpRespondent(LocalBase):
    """One respondent. ``kunci`` is stable across laptops, so an imported file
    lands on the same respondent: ``ptk:<ptk_id>``, ``pd:<peserta_didik_id>``,
    or ``nama:<uuid>`` for komite and pengawas entered by name."""

    __tablename__ = "pmp_respondent"
    respondent_id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_uuid)
    kunci: Mapped[str] = mapped_column(String(80), unique=True)
    jenis: Mapped[str] = mapped_column(String(20), index=True)
    nama: Mapped[str] = mapped_column(String(100))
    keterangan: Mapped[str | None] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())


class PmpResponse(LocalBase):
    """An answer, saved the moment it is given; answering again replaces it."""

    __tablename__ = "pmp_response"
    respondent_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("pmp_respondent.respondent_id"), primary_key=True
    )
    kode_pertanyaan: Mapped[str] = mapped_column(String(20), primary_key=True)
    jawaban: Mapped[str] = mapped_column(String(10))
    answered_at: Mapped[datetime] = mapped_column(DateTime)
