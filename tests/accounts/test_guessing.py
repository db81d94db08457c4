"""Guessing at the login and Kode Registrasi dialogs, as an attacker would: many at
once (the limit holds: each attempt is counted before its slow check), and by
timing (an unknown user name costs what a wrong password costs)."""

import time
from concurrent.futures import ThreadPoolExecutor

import pytest
from argon2 import PasswordHasher
from sqlalchemy import delete

from app.accounts import kode, lockout, users
from app.accounts.demo import DEMO_USERNAME
from app.accounts.errors import AccountError, AccountLocked
from app.db.login_attempt import LoginAttempt
from dapodik import hashing

GUESSES = 40


@pytest.fixture
def counted_checks(monkeypatch):
    """How many argon2 verifications ran."""
    calls = []

    class CountingHasher(PasswordHasher):
        def verify(self, stored, secret):
            calls.append(stored)
            return super().verify(stored, secret)

    monkeypatch.setattr(hashing, "_hasher", CountingHasher())
    return calls


def _guess_kode(db, guess: str) -> str:
    with db.Session() as session:
        try:
            kode.verify(session, guess)
        except AccountLocked:
            return "locked"
        except AccountError:
            return "wrong"
        finally:
            session.commit()
    return "right"


def test_forty_concurrent_kode_guesses_check_at_most_five(demo_db, counted_checks):
    with ThreadPoolExecutor(max_workers=GUESSES) as pool:
        answers = list(pool.map(lambda i: _guess_kode(demo_db, f"TEBAK-{i:04d}"), range(GUESSES)))
    assert len(counted_checks) <= lockout.MAX_FAILURES
    assert answers.count("wrong") <= lockout.MAX_FAILURES
    assert answers.count("locked") >= GUESSES - lockout.MAX_FAILURES
    assert _guess_kode(demo_db, "DEMO-KODE-2026") == "locked"  # even the right code, for now


def test_forty_concurrent_password_guesses_check_at_most_five(demo_db, counted_checks):
    def guess(i):
        try:
            users.login(demo_db, DEMO_USERNAME, f"tebakan-{i}")
        except AccountLocked:
            return "locked"
        except AccountError:
            return "wrong"
        return "right"

    with ThreadPoolExecutor(max_workers=GUESSES) as pool:
        answers = list(pool.map(guess, range(GUESSES)))
    assert len(counted_checks) <= lockout.MAX_FAILURES
    assert answers.count("locked") >= GUESSES - lockout.MAX_FAILURES


def _seconds(db, username: str) -> float:
    with db.Session() as session:  # never locked: every try is a full check
        session.execute(delete(LoginAttempt))
        session.commit()
    start = time.perf_counter()
    with pytest.raises(AccountError):
        users.login(db, username, "kata-sandi-salah")
    return time.perf_counter() - start


def test_an_unknown_name_costs_what_a_wrong_password_costs(demo_db):
    _seconds(demo_db, "pemanasan")
    known, unknown = [], []
    for _ in range(7):  # interleaved, so a change of the machine's load hits both
        known.append(_seconds(demo_db, DEMO_USERNAME))
        unknown.append(_seconds(demo_db, "bukan-pengguna"))
    # The fastest of each: what the work costs, without the waits other programs add.
    known_s, unknown_s = min(known), min(unknown)
    assert abs(known_s - unknown_s) < 0.2 * known_s, (known_s, unknown_s)
