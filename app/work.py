"""Long work as plain Python: a generator that yields its progress and returns
its result, and a cancel token the operator's Batal sets.

The UI runs such a generator on a worker thread (``app.ui.jobs``), shows each
step and, once the token is cancelled, throws ``Cancelled`` into it at the step
it is paused at, so the work stops where it is safe to stop. The command line
and the tests drive the same generators with ``finish``.
"""

import threading
from collections.abc import Generator
from dataclasses import dataclass
from typing import TypeVar

Result = TypeVar("Result")


@dataclass(frozen=True)
class Progress:
    """How far a job is: ``done`` of ``total`` steps (rules, rows, respondents)."""

    done: int
    total: int


class Cancelled(Exception):
    """The operator cancelled the work; what it had not yet stored stays unstored."""


class CancelToken:
    """Set from the UI thread, read by the work on its worker thread."""

    def __init__(self) -> None:
        self._cancelled = threading.Event()

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def wait(self, seconds: float) -> bool:
        """Sleep up to ``seconds``, waking early once cancelled; whether it was."""
        return self._cancelled.wait(seconds)

    def check(self) -> None:
        """Raise Cancelled once cancelled: for work that runs long between steps."""
        if self.cancelled:
            raise Cancelled()


def finish(steps: Generator[object, None, Result]) -> Result:
    """Run a job's generator to its end without showing its progress; its result."""
    while True:
        try:
            next(steps)
        except StopIteration as end:
            return end.value
