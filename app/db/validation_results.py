"""Where Validasi Lokal keeps its results: one row per run, and the current
results, each stamped with the run that found it.

Local tables, never synced: results are recomputed from the data at any time.
"""

from datetime import datetime

from sqlalchemy import DateTime, Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .local import LocalBase


class ValidationRun(LocalBase):
    __tablename__ = "validation_run"
    run_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    started_at: Mapped[datetime] = mapped_column(DateTime)
    elapsed_s: Mapped[float] = mapped_column(Float)
    # "semua", "tab:<tab>" or "rekaman:<table>:<id>"
    scope: Mapped[str] = mapped_column(String(100))
    rule_count: Mapped[int] = mapped_column(Integer)


class ValidationResult(LocalBase):
    __tablename__ = "validation_result"
    result_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("validation_run.run_id"), index=True)
    code: Mapped[str] = mapped_column(String(20), index=True)
    tab: Mapped[str] = mapped_column(String(30), index=True)
    severity: Mapped[str] = mapped_column(String(10))
    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(36), index=True)
    message: Mapped[str] = mapped_column(Text)
    # The message's parameters as JSON, so the UI can show it translated.
    params: Mapped[str] = mapped_column(Text)
