"""Locking a name after repeated wrong attempts, for a short time.

The lock uses the wall clock: a clock set forward ends it early, which is
acceptable because the lock only slows guessing at the dialog; whoever holds
the laptop's files can read the hashes anyway (that is what argon2 is for).
"""

from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from dapodik.i18n import QT_TRANSLATE_NOOP

from ..db.login_attempt import LoginAttempt
from .errors import AccountLocked

MAX_FAILURES = 5
LOCK_DURATION = timedelta(minutes=5)


def now() -> datetime:
    return datetime.now()


def check_not_locked(session: Session, name: str, at: datetime | None = None) -> None:
    attempt = session.get(LoginAttempt, name)
    at = at or now()
    if attempt and attempt.locked_until and attempt.locked_until > at:
        minutes = max(1, round((attempt.locked_until - at).total_seconds() / 60))
        raise AccountLocked(
            QT_TRANSLATE_NOOP(
                "Akun",
                "Terlalu banyak percobaan yang salah. Coba lagi dalam {minutes} menit.",
            ),
            minutes=minutes,
        )


def record_failure(session: Session, name: str, at: datetime | None = None) -> int:
    """Count a wrong attempt; the MAX_FAILURES-th locks the name. Returns attempts left."""
    attempt = session.get(LoginAttempt, name) or LoginAttempt(name=name, failures=0)
    session.add(attempt)
    attempt.failures += 1
    if attempt.failures >= MAX_FAILURES:
        attempt.locked_until = (at or now()) + LOCK_DURATION
        attempt.failures = 0
        return 0
    return MAX_FAILURES - attempt.failures


def record_success(session: Session, name: str) -> None:
    attempt = session.get(LoginAttempt, name)
    if attempt is not None:
        session.delete(attempt)
