"""Answers for the demo school, for tests and demonstrations: every required
respondent answered, the same answers for the same seed.

This writes invented answers, so it is a function for tests and the demo only;
no command or button of the app calls it for an operator's school.
"""

import random
from datetime import datetime

from sqlalchemy.orm import Session

from dapodik.demo import names
from dapodik.pmp import instruments

from . import respondents
from .responses import save_answer

ANSWERED_AT = datetime(2026, 11, 2, 9, 0, 0)


def add_demo_named_respondents(session: Session, rng: random.Random) -> None:
    """The komite members and pengawas the minimum asks for, with invented names."""
    done = respondents.completeness(session, instruments.load())
    for missing in done.missing:
        if missing.jenis not in instruments.NAMED_TYPES:
            continue
        for _ in range(missing.count):
            nama = f"{rng.choice(names.MALE + names.FEMALE)} {rng.choice(names.FAMILY)}"
            respondents.add_named(session, missing.jenis, nama)


def fill_demo_responses(session: Session, seed: int = 2026, complete: bool = True) -> int:
    """Answer every question of every respondent (with ``complete`` False, all but
    the last question of each); returns the number of answers written."""
    rng = random.Random(seed)
    iset = instruments.load()
    add_demo_named_respondents(session, rng)
    written = 0
    for r in respondents.completeness(session, iset).respondents:
        questions = iset.instruments[r.jenis].questions
        for question in questions if complete else questions[:-1]:
            option = rng.choice(question.options)
            save_answer(session, iset, r.respondent_id, question.kode, option.kode, ANSWERED_AT)
            written += 1
    return written
