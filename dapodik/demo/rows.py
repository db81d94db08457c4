"""What the demo generator and its deliberate mistakes share: the plan of a
school, the rows being built, and the record of each deliberate mistake."""

import random
import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

SEMESTER_ID = 20261
TIMESTAMP = datetime(2026, 7, 13, 7, 0, 0)


@dataclass(frozen=True)
class Program:
    kurikulum_id: int
    short: str
    rombel_per_tingkat: int


@dataclass(frozen=True)
class SchoolPlan:
    nama: str
    npsn: str
    bentuk_pendidikan_id: int
    kabupaten: str
    tingkat: range
    programs: tuple[Program, ...]
    students: int
    staff: int
    # Subjects a guru kelas teaches in their own rombel (SD); the rest go to guru mapel.
    guru_kelas_subjects: frozenset[int] = frozenset()
    # Subjects one guru teaches together because each alone is too few hours.
    subject_groups: tuple[tuple[int, ...], ...] = ()
    deliberate_copies: int = 1


@dataclass(frozen=True)
class DeliberateIssue:
    code: str
    severity: str  # "invalid" or "peringatan"
    table: str
    row_id: str
    description: str


class _School:
    """The demo school's rows, table by table, as plain dicts."""

    def __init__(self, plan: SchoolPlan, seed: int):
        self.plan = plan
        self.rng = random.Random(seed)
        self.rows: dict[str, list[dict]] = defaultdict(list)
        self.serial = 0
        self.kepala_id = ""
        self.staff_load: dict[str, int] = {}

    def uuid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def add(self, table: str, pk: str, **values) -> dict:
        row = {
            pk: self.uuid(),
            "create_date": TIMESTAMP,
            "last_update": TIMESTAMP,
            "soft_delete": False,
            **values,
        }
        self.rows[table].append(row)
        return row

    def next_serial(self) -> int:
        self.serial += 1
        return self.serial
