"""Regular expressions compiled on first use, not at import.

The metric rule holds about 360 patterns, the largest near 90,000 characters once its word lists
are written in. Compiled at import they cost about a second of every command that checks, while
one check asks only those the rule reaches before it answers: 59 patterns (0.10 s) for "Aisle-
sorted pick lists so store staff get online orders ready for collection within the hour", 266
over the first 500 labelled sentences (tests/data/metrics/sentences.jsonl; 2026-12-04, Python
3.11). A `LazyPattern` answers the `re.Pattern` methods the rule uses and compiles itself on the
first of them; its `pattern` and `flags` are readable without compiling, so a larger pattern can
be built from its text.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from typing import Any

# What `re.Pattern.sub` takes as a replacement: a template, or a function of the match.
Replacement = str | Callable[[re.Match[str]], str]


class LazyPattern:
    """`re.compile(pattern, flags)`, done when first searched with. Raises `re.error` then for a
    bad pattern (every pattern of the rule is compiled by tests/test_metric_patterns.py)."""

    __slots__ = ("_compiled", "flags", "pattern")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags
        self._compiled: re.Pattern[str] | None = None

    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern (compiled now if it was not yet)."""
        if self._compiled is None:
            self._compiled = re.compile(self.pattern, self.flags)
        return self._compiled

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled().search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled().match(string, pos, endpos)

    def fullmatch(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> re.Match[str] | None:
        return self.compiled().fullmatch(string, pos, endpos)

    def finditer(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        return self.compiled().finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return self.compiled().findall(string, pos, endpos)

    def sub(self, repl: Replacement, string: str, count: int = 0) -> str:
        return self.compiled().sub(repl, string, count)

    def subn(self, repl: Replacement, string: str, count: int = 0) -> tuple[str, int]:
        return self.compiled().subn(repl, string, count)

    def split(self, string: str, maxsplit: int = 0) -> list[str | Any]:
        return self.compiled().split(string, maxsplit)

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern[:60]!r}{'...' if len(self.pattern) > 60 else ''})"
