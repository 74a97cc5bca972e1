"""Parsed strategy kept per strategy version, so a read never parses a stored file again.

Parsing an OKR file and chunking the documents is the costly part of reading a workspace
(a 3,000-key-result file takes seconds); the stored files only change through an upload, which
gives them a new strategy version, so the version is a safe cache key.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Generic, TypeVar

K = TypeVar("K")
V = TypeVar("V")


class VersionCache(Generic[K, V]):
    """A small thread-safe LRU map from (workspace root, version) keys to parsed values."""

    def __init__(self, size: int = 32) -> None:
        self.size = size
        self._items: OrderedDict[K, V] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: K) -> V | None:
        """The value stored under key, or None; a hit makes it the most recently used."""
        with self._lock:
            value = self._items.get(key)
            if value is not None:
                self._items.move_to_end(key)
            return value

    def put(self, key: K, value: V) -> None:
        """Store value under key, dropping the least recently used past `size` entries."""
        with self._lock:
            self._items[key] = value
            self._items.move_to_end(key)
            while len(self._items) > self.size:
                self._items.popitem(last=False)
