"""What was read from a backlog file, for the user to check before trusting an audit: the
format recognised, which column fed each field, the columns ignored, the rows skipped or left
out and why, and warnings when most items lack a body or an effort."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from pydantic import BaseModel, Field

from checker.backlog.containers import Table
from checker.backlog.items import MappedRow
from checker.backlog.mapping import Mapping
from checker.models import Proposal

SHOWN_LINES = 5  # line numbers listed per reason; the count says the rest
# Above this share of items without a body (or an effort), the audit is warned to be thin.
MOSTLY = 0.5


class LeftOut(BaseModel):
    """Rows left out for one reason: how many, and the first few lines."""

    reason: str
    count: int
    lines: list[int]


class ReadReport(BaseModel):
    """What was read from one backlog file (CLI stderr, report footer, API job)."""

    source: str
    container: str  # csv, json or jsonl
    encoding: str
    delimiter: str | None = None
    format: str
    format_label: str
    format_source: str
    fields: dict[str, list[str]]
    ignored: list[str]
    overridden: list[str] = Field(default_factory=list)
    by_name: list[str] = Field(default_factory=list)  # fed by a column found by its name
    rows: int
    items: int
    open: int = 0
    done: int = 0
    skipped: list[LeftOut] = Field(default_factory=list)  # unreadable: exit 1
    excluded: list[LeftOut] = Field(default_factory=list)  # not backlog work, or --status
    warnings: list[str] = Field(default_factory=list)

    @classmethod
    def build(cls, *, source: str, table: Table, encoding: str, mapping: Mapping,
              items: list[Proposal], errors: list[tuple[int, str]],
              excluded: list[LeftOut], warnings: list[str]) -> ReadReport:
        states = [(i.model_extra or {}).get("state") for i in items]
        return cls(
            source=source, container=table.container, encoding=encoding,
            delimiter=table.delimiter, format=mapping.format, format_label=mapping.label,
            format_source=mapping.source, fields=mapping.fields, ignored=mapping.ignored,
            overridden=mapping.overridden, by_name=mapping.by_name, rows=len(table.rows),
            items=len(items),
            open=sum(1 for s in states if s != "done"), done=states.count("done"),
            skipped=_grouped(errors), excluded=excluded, warnings=warnings)

    def lines(self, skipped: bool = True) -> list[str]:
        """The report as short lines of plain text; `skipped=False` leaves out the rows skipped
        as unreadable, for a caller that names each by its line anyway (the CLI, at the end)."""
        sep = {",": "comma", ";": "semicolon", "\t": "tab"}.get(self.delimiter or "", "")
        how = f"{self.container}{f', {sep}-separated' if sep else ''}, {self.encoding}"
        # (the vendor page a mapping follows; our own fields need no pointer into our docs in a
        # report read at the review meeting, a newcomer's finding, 2026-12-01)
        where = (f"; mapping from {self.format_source}"
                 if self.format_source.startswith("http") else "")
        out = [f"read {self.source} as {self.format_label} ({how}){where}"]
        for name, columns in self.fields.items():
            by = " (--map)" if name in self.overridden else ""
            by = " (found by its name)" if name in self.by_name else by
            out.append(f"  {name:<12} <- {', '.join(columns)}{by}")
        if self.ignored:
            out.append(f"  ignored: {_listed(self.ignored)}")
        out.append(f"{self.items} of {self.rows} row(s) to audit: {self.open} open, "
                   f"{self.done} done")
        out += [f"left out {g.count} {g.reason} (line {_listed(g.lines)})" for g in self.excluded]
        if skipped:
            out += [f"skipped {g.count}: {g.reason} (line {_listed(g.lines)})"
                    for g in self.skipped]
        return out + [f"warning: {w}" for w in self.warnings]


def _listed(values: list[Any], most: int = 25) -> str:
    shown = ", ".join(str(v) for v in values[:most])
    return shown + (f", ... ({len(values) - most} more)" if len(values) > most else "")


def _grouped(pairs: list[tuple[int, str]]) -> list[LeftOut]:
    by_reason: dict[str, list[int]] = defaultdict(list)
    for line, reason in pairs:
        by_reason[reason].append(line)
    return [LeftOut(reason=r, count=len(ls), lines=ls[:SHOWN_LINES]) for r, ls in
            by_reason.items()]


def excluded_rows(mapped: list[tuple[int, MappedRow]], include_bots: bool, include_prs: bool,
                  status: str) -> list[LeftOut]:
    """Rows left out as pull requests, bot-filed items, or by the --status filter."""
    pairs: list[tuple[int, str]] = []
    for line, row in mapped:
        if row.not_work == "pull request" and not include_prs:
            pairs.append((line, "pull request(s) (--include-prs keeps them)"))
        elif row.not_work == "bot-authored" and not include_bots:
            pairs.append((line, "bot-authored item(s) (--include-bots keeps them)"))
        elif status != "all" and (row.state or "open") != status:
            pairs.append((line, f"item(s) not {status} (--status {status})"))
    return _grouped(pairs)


def read_warnings(items: list[Proposal], mapping: Mapping) -> list[str]:
    """Warnings when most items have no body or no effort: verdicts and shares get thin."""
    if not items:
        return []
    warnings = []
    no_body = sum(1 for i in items if not i.body.strip())
    if no_body > MOSTLY * len(items):
        fed = "no column feeds the body" if "body" not in mapping.fields else "it is empty"
        warnings.append(f"{no_body} of {len(items)} item(s) have no body ({fed}); verdicts "
                        "on titles alone are weak: --map body=COLUMN names the description")
    no_effort = sum(1 for i in items if not isinstance((i.model_extra or {}).get("effort"),
                                                       int | float))
    if no_effort > MOSTLY * len(items):
        warnings.append(f"{no_effort} of {len(items)} item(s) have no effort; the report "
                        "counts each as 1: --map effort=COLUMN names the estimate")
    return warnings
