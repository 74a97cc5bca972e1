"""A time budget for one check, which its slow steps respect, so a check its caller gave up on
stops instead of running on.

Python cannot stop a thread from outside, so stopping is cooperative: whoever runs a check
under a budget (the API's check runner) calls `Budget.run`, and the steps that can take long
ask this module first: an LLM request gets at most the time left (and is not retried past it),
and each batch of the embedded engine starts only while time is left. Outside a budget (the
CLI, audit jobs) every call here is a no-op.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from contextvars import ContextVar
from typing import TypeVar

from index.errors import StratalignError

T = TypeVar("T")


class CheckCancelled(StratalignError):
    """The check's budget ran out or its caller cancelled it; its result would be discarded."""


class Budget:
    """Seconds a check may take from now, and a switch to stop it early."""

    def __init__(self, seconds: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self.deadline = clock() + seconds
        self._cancelled = threading.Event()

    def remaining(self) -> float:
        """Seconds left, 0.0 once spent or cancelled."""
        if self._cancelled.is_set():
            return 0.0
        return max(0.0, self.deadline - self.clock())

    def cancel(self) -> None:
        """Stop the check at its next step."""
        self._cancelled.set()

    def run(self, fn: Callable[[], T]) -> T:
        """fn() with this budget in force for every step it takes (in this thread)."""
        token = _current.set(self)
        try:
            return fn()
        finally:
            _current.reset(token)


_current: ContextVar[Budget | None] = ContextVar("stratalign_check_budget", default=None)


def remaining() -> float | None:
    """Seconds left in the running check's budget; None when it runs without one."""
    budget = _current.get()
    return None if budget is None else budget.remaining()


def raise_if_stopped() -> None:
    """CheckCancelled when the running check's budget is spent or cancelled."""
    left = remaining()
    if left is not None and left <= 0.0:
        raise CheckCancelled("the check was stopped: its time budget ran out")
