"""Run checks off the event loop, a bounded number at a time, with a timeout that stops them.

A check past its timeout answers 504 and is stopped, not left running: one still waiting for a
thread is never started, and a running one ends at its next step (checker/deadline.py: the LLM
request gets only the time left, the embedded engine stops between batches).
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

from api.errors import CheckTimeoutError
from checker.deadline import Budget, CheckCancelled

T = TypeVar("T")


class CheckRunner:
    """A small thread pool for checks: the model already uses both cores per call."""

    def __init__(self, workers: int, timeout: float) -> None:
        self.executor = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="check")
        self.timeout = timeout
        self._in_flight = 0
        self._lock = threading.Lock()

    @property
    def in_flight(self) -> int:
        """Checks running in the pool right now (a stopped one no longer counts)."""
        return self._in_flight

    async def run(self, fn: Callable[[], T]) -> T:
        """fn() in the pool under a time budget; CheckTimeoutError (504) when it takes longer
        than the timeout, and then the check is stopped."""
        budget = Budget(self.timeout)
        future = asyncio.get_running_loop().run_in_executor(
            self.executor, self._counted, budget, fn
        )
        try:
            return await asyncio.wait_for(future, self.timeout)
        except (TimeoutError, CheckCancelled):  # whichever notices the deadline first
            budget.cancel()
            raise CheckTimeoutError(
                f"the check took longer than {self.timeout:g} s; try a shorter text or retry"
            ) from None

    def _counted(self, budget: Budget, fn: Callable[[], T]) -> T:
        with self._lock:
            self._in_flight += 1
        try:
            return budget.run(fn)
        finally:
            with self._lock:
                self._in_flight -= 1

    def close(self) -> None:
        """Stop accepting work; running checks finish."""
        self.executor.shutdown(wait=False, cancel_futures=True)
