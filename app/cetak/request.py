"""What the operator asks to print: which record, rombel or month, and the day
the printout is dated."""

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Request:
    today: date
    record_id: str | None = None  # peserta_didik_id or ptk_id
    nisn: str | None = None
    rombel: str | None = None  # a rombel's name this semester; None for every rombel
    month: tuple[int, int] | None = None  # (year, month) of an absensi sheet
