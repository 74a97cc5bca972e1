"""A circuit breaker: after repeated failures, stop calling a dead endpoint for a while."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

Clock = Callable[[], float]


class CircuitBreaker:
    """Closed: calls go through. Open after `failures` in a row: none do, until `cooldown`
    seconds pass; then one trial call decides whether it closes again."""

    def __init__(self, failures: int, cooldown: float, clock: Clock = time.monotonic) -> None:
        self.threshold = failures
        self.cooldown = cooldown
        self.clock = clock
        self._failures = 0
        self._opened_at: float | None = None
        self._trial_running = False
        self._lock = threading.Lock()

    def allow(self) -> bool:
        """Whether a call may go out now."""
        with self._lock:
            if self._opened_at is None:
                return True
            if self._trial_running or self.clock() - self._opened_at < self.cooldown:
                return False
            self._trial_running = True
            return True

    def success(self) -> None:
        with self._lock:
            self._failures, self._opened_at, self._trial_running = 0, None, False

    def failure(self) -> None:
        with self._lock:
            self._failures += 1
            self._trial_running = False
            if self._failures >= self.threshold:
                self._opened_at = self.clock()

    @property
    def is_open(self) -> bool:
        with self._lock:
            return self._opened_at is not None
