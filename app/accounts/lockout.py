"""Locking a name after repeated wrong attempts, for a short time.

An attempt is counted when it starts, before the slow argon2 check, and the
count is committed at once: attempts made at the same time (or a process
killed during the check) cannot slip past the limit. A right answer clears
the count; the MAX_FAILURES-th wrong one locks the name, and so does an
attempt that finds MAX_FAILURES already counted.

The lock uses the wall clock: a clock set forward ends it early, which is
acceptable because the lock only slows guessing at the dialog; whoever holds
the laptop's files can read the hashes anyway (that is what argon2 is for).
"""

from datetime import datetime, timedelta

from sqlalchemy import case
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session

from dapodik.i18n import QT_TRANSLATE_NOOP

from ..db.login_attempt import LoginAttempt
from .errors import AccountLocked

MAX_FAILURES = 5
LOCK_DURATION = timedelta(minutes=5)


def now() -> datetime:
    return datetime.now()


def _locked(until: datetime, at: datetime) -> AccountLocked:
    minutes = max(1, round((until - at).total_seconds() / 60))
    return AccountLocked(
        QT_TRANSLATE_NOOP(
            "Akun",
            "Terlalu banyak percobaan yang salah. Coba lagi dalam {minutes} menit.",
        ),
        minutes=minutes,
    )


def begin_attempt(session: Session, name: str, at: datetime | None = None) -> None:
    """Count an attempt for ``name`` and commit, before its check; AccountLocked
    when the name is locked. One statement, so concurrent attempts each see the
    others' counts."""
    at = at or now()
    t = LoginAttempt.__table__
    locked, full = t.c.locked_until > at, t.c.failures >= MAX_FAILURES
    statement = (
        insert(t)
        .values(name=name, failures=1, locked_until=None)
        .on_conflict_do_update(
            index_elements=[t.c.name],
            set_={
                "failures": case((locked, t.c.failures), (full, 0), else_=t.c.failures + 1),
                "locked_until": case(
                    (locked, t.c.locked_until), (full, at + LOCK_DURATION), else_=t.c.locked_until
                ),
            },
        )
        .returning(t.c.locked_until)
    )
    until = session.execute(statement).scalar_one()
    session.commit()
    if until is not None and until > at:
        raise _locked(until, at)


def record_failure(session: Session, name: str, at: datetime | None = None) -> int:
    """After a wrong answer to an attempt begun with ``begin_attempt``: lock the
    name when it has used up its attempts. Returns the attempts left."""
    at = at or now()
    attempt = session.get(LoginAttempt, name, populate_existing=True)
    if attempt is None:  # a right answer at the same time cleared the count
        return MAX_FAILURES
    if attempt.locked_until is not None and attempt.locked_until > at:
        return 0  # an attempt at the same time found the name used up
    if attempt.failures >= MAX_FAILURES:
        attempt.locked_until = at + LOCK_DURATION
        attempt.failures = 0
        return 0
    return MAX_FAILURES - attempt.failures


def record_success(session: Session, name: str) -> None:
    attempt = session.get(LoginAttempt, name)
    if attempt is not None:
        session.delete(attempt)
