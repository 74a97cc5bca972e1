"""Audit a backlog: check every item, in input order, with a progress bar on a terminal."""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from pydantic import BaseModel
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

from checker.audit.output import write_csv, write_jsonl
from checker.backlog.reading import Backlog, RowError
from checker.backlog.report import ReadReport
from checker.models import Checker, CheckResult, Proposal


class AuditSummary(BaseModel):
    """What an audit did."""

    checked: int
    verdicts: dict[str, int]
    errors: list[RowError]
    read: ReadReport | None = None  # what was read from the file, and how


@dataclass
class AuditRun:
    """What an audit read and found, kept for the report."""

    summary: AuditSummary
    items: list[Proposal]
    results: list[CheckResult]


def run_audit(
    backlog: Backlog,
    checker: Checker,
    fmt: str | None,
    output: Path | None,
    console: Console,
) -> AuditRun:
    """Check a backlog already read and write results as `fmt` (None: keep them only, for a
    report); the rows it could not read are reported in the summary."""
    kept: list[CheckResult] = []

    def collected(results: Iterable[CheckResult]) -> Iterator[CheckResult]:
        for result in results:
            kept.append(result)
            yield result

    with _progress(console, len(backlog.items)) as advance:
        results = collected(advance(checker.check_many(backlog.items)))
        if fmt is None:
            for _ in results:
                pass
        elif output is None:
            _write(results, fmt, sys.stdout)
        else:
            with output.open("w", encoding="utf-8", newline="") as out:
                _write(results, fmt, out)
    verdicts: Counter[str] = Counter(r.verdict for r in kept)
    summary = AuditSummary(checked=len(kept), verdicts=dict(verdicts), errors=backlog.errors,
                           read=backlog.read)
    return AuditRun(summary, backlog.items, kept)


def _write(results: Iterable[CheckResult], fmt: str, out: IO[str]) -> int:
    return write_csv(results, out) if fmt == "csv" else write_jsonl(results, out)


class _progress:
    """A rich progress bar on a terminal; nothing at all when stderr is piped."""

    def __init__(self, console: Console, total: int) -> None:
        self.enabled = console.is_terminal
        self.total = total
        self.bar = Progress(
            "[progress.description]{task.description}",
            BarColumn(),
            MofNCompleteColumn(),
            TimeRemainingColumn(),
            console=console,
            transient=True,
        )

    def __enter__(self) -> Callable[[Iterable[CheckResult]], Iterable[CheckResult]]:
        if not self.enabled:
            return lambda results: results
        self.bar.start()
        task = self.bar.add_task("checking", total=self.total)

        def advance(results: Iterable[CheckResult]) -> Iterator[CheckResult]:
            for result in results:
                self.bar.advance(task)
                yield result

        return advance

    def __exit__(self, *exc: object) -> None:
        if self.enabled:
            self.bar.stop()


def summary_line(summary: AuditSummary) -> str:
    """One line for stderr: how many, which verdicts, how many skipped."""
    mix = ", ".join(f"{n} {v}" for v, n in sorted(summary.verdicts.items()))
    skipped = f"; {len(summary.errors)} row(s) skipped" if summary.errors else ""
    return f"audited {summary.checked} item(s): {mix or 'none'}{skipped}"
