"""Run checks off the event loop, a bounded number at a time, with a timeout."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

from api.errors import CheckTimeoutError

T = TypeVar("T")


class CheckRunner:
    """A small thread pool for checks: the model already uses both cores per call."""

    def __init__(self, workers: int, timeout: float) -> None:
        self.executor = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="check")
        self.timeout = timeout

    async def run(self, fn: Callable[[], T]) -> T:
        """fn() in the pool; CheckTimeoutError when it takes longer than the timeout."""
        future = asyncio.get_running_loop().run_in_executor(self.executor, fn)
        try:
            return await asyncio.wait_for(future, self.timeout)
        except TimeoutError:
            raise CheckTimeoutError(
                f"the check took longer than {self.timeout:g} s; try a shorter text or retry"
            ) from None

    def close(self) -> None:
        """Stop accepting work; running checks finish."""
        self.executor.shutdown(wait=False, cancel_futures=True)
