"""The metric rule's patterns compile on first use (checker/embedded/metric/patterns.py): each one
compiles, one behaves as `re.compile` would, and checking needs none of them when the metric
reader is sure."""

from __future__ import annotations

import importlib
import pkgutil
import re
import subprocess
import sys

import pytest

import checker.embedded.metric as metric
from checker.embedded.metric.patterns import LazyPattern


def _rule_patterns() -> list[tuple[str, LazyPattern]]:
    found = []
    for info in pkgutil.iter_modules(metric.__path__):
        module = importlib.import_module(f"{metric.__name__}.{info.name}")
        found += [(f"{info.name}.{name}", value) for name, value in vars(module).items()
                  if isinstance(value, LazyPattern)]
    return found


def test_every_pattern_of_the_rule_compiles() -> None:
    patterns = _rule_patterns()
    assert len(patterns) > 300
    for name, pattern in patterns:
        assert isinstance(pattern.compiled(), re.Pattern), name


def test_a_lazy_pattern_answers_as_the_compiled_one() -> None:
    text = "Cut refund time from 7 days to 2 days, then 3 days"
    lazy, compiled = LazyPattern(r"(\d+) (days)", re.I), re.compile(r"(\d+) (days)", re.I)
    found = lazy.search(text)
    assert found is not None and found.group(1) == "7"
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in compiled.finditer(text)]
    assert lazy.findall(text) == compiled.findall(text)
    assert lazy.sub("N", text) == compiled.sub("N", text)
    assert lazy.subn(lambda m: m.group(2), text, 1) == compiled.subn(lambda m: m.group(2), text, 1)
    assert lazy.split(text) == compiled.split(text)
    assert lazy.match(text) is None and lazy.fullmatch("7 DAYS") is not None
    assert lazy.search(text, 30) is not None and lazy.search(text, 0, 10) is None


def test_a_bad_pattern_raises_when_first_used() -> None:
    bad = LazyPattern(r"(unclosed")
    with pytest.raises(re.error):
        bad.search("text")


def test_loading_the_checker_compiles_no_pattern_of_the_rule() -> None:
    loaded = subprocess.run(
        [sys.executable, "-c",
         "import sys, checker.embedded.engine, checker.cli.app; "
         "print(sorted(m for m in sys.modules if m.startswith('checker.embedded.metric.')))"],
        capture_output=True, text=True, check=True)
    assert loaded.stdout.strip() == "[]"
