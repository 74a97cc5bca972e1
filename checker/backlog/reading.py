"""Read a backlog as the tracker exported it and say what was read.

    read_backlog(path) -> Backlog(items, errors, read: ReadReport)

The file is decoded (`decoding`), split into rows (`containers`), matched against every
registered import format by all of its headers or keys (`formats`, `mapping`), and each row
is mapped to an item (`items`). Pull requests and bot-filed items are left out unless asked
for, and `status` keeps only open or done work; both are counted in the report. A file where
nothing feeds a title or a body is refused: it is never audited as empty items.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, Field, ValidationError

from checker.backlog.budgets import DEFAULT_BUDGET, ReadBudget
from checker.backlog.containers import Row, RowProblem, Table, keys_of, read_table
from checker.backlog.decoding import decode
from checker.backlog.formats import REGISTRY
from checker.backlog.formats.own import OWN
from checker.backlog.formats.plain import PLAIN, only_everyday_columns
from checker.backlog.items import MappedRow, map_row
from checker.backlog.mapping import (
    TEXT_FIELDS,
    ImportFormat,
    ItemField,
    Mapping,
    has_text_column,
    head,
    resolve,
    score,
)
from checker.backlog.overrides import check_overrides
from checker.backlog.report import ReadReport, excluded_rows, read_warnings
from checker.models import Proposal
from index.errors import InputError

StatusFilter = Literal["open", "done", "all"]
# (the other columns still read by their everyday names: an `Estimate` beside --map title=...)
_CUSTOM = PLAIN.model_copy(update={"name": "custom", "label": "columns named with --map",
                                   "source": "--map"})


class RowError(BaseModel):
    """One backlog row that could not be read."""

    line: int
    message: str


class ReadOptions(BaseModel):
    """What the user asked of the reading: `audit --map/--status/--include-*`."""

    overrides: dict[ItemField, str] = Field(default_factory=dict)
    status: StatusFilter = "all"
    include_bots: bool = False
    include_prs: bool = False
    budget: ReadBudget = DEFAULT_BUDGET


class Backlog(BaseModel):
    """The readable items of a backlog file, the rows that were skipped, and what was read."""

    source: str
    items: list[Proposal]
    errors: list[RowError]
    read: ReadReport | None = None


def read_backlog(path: Path, data: bytes | str | None = None,
                 options: ReadOptions | None = None) -> Backlog:
    """Parse a backlog file (or its `data`, already received). Raises InputError naming the
    file when it cannot be decoded, exceeds the budget, or has no title or body column."""
    options = options or ReadOptions()
    source = str(path)
    if data is None:
        data = _read_bytes(path, options.budget)
    if isinstance(data, str):
        data = data.encode("utf-8")
    if len(data) > options.budget.max_bytes:
        raise InputError(f"{len(data)} bytes, over the limit of {options.budget.max_bytes}",
                         file=source)
    decoded = decode(data, source)
    table = read_table(decoded.text, source, path.suffix.lower(), options.budget)
    fmt = choose_format(table, options.overrides, source)
    table = _prepared(table, fmt)
    mapping = resolve(fmt, table.columns, check_overrides(options.overrides, table, source))
    items, errors, mapped = _items(table, fmt, mapping, options)
    report = ReadReport.build(
        source=source, table=table, encoding=decoded.encoding, mapping=mapping,
        items=items, errors=[(e.line, e.message) for e in errors],
        excluded=excluded_rows(mapped, options.include_bots, options.include_prs,
                               options.status),
        warnings=[w for w in [decoded.warning] if w] + read_warnings(items, mapping))
    return Backlog(source=source, items=items, errors=errors, read=report)


def _read_bytes(path: Path, budget: ReadBudget) -> bytes:
    try:
        if path.stat().st_size > budget.max_bytes:
            raise InputError(f"{path.stat().st_size} bytes, over the limit of "
                             f"{budget.max_bytes}", file=path)
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError("no such backlog: check the path", file=path) from None
    except IsADirectoryError:
        raise InputError("is a folder, not a backlog file: name the export file",
                         file=path) from None
    except OSError as exc:
        raise InputError(f"cannot read the backlog: {exc.strerror or exc}", file=path) from None


def choose_format(table: Table, overrides: dict[ItemField, str], source: str) -> ImportFormat:
    """Our own format when it knows every column (CSV) or key (JSON) of the file, else the
    registered format that knows most of them: `{"id", "title"}` lines are ours, not a GitHub
    project export that also has `id` and `title` (a newcomer's plain backlog was read as one).
    A tracker is named only when a column of its own is in the file; else, and when no
    tracker's export fits, the columns are read by their everyday names (formats/plain.py: a
    newcomer's `Summary,Notes,Estimate` was refused and `Summary,Description` called a YouTrack
    export). Raises InputError (line 1) when no title or body column is found either way."""
    fits = [f for f in REGISTRY if f.container in ("any", _family(table))]
    present = {head(c) for c in table.columns}
    if present and present <= OWN.known() and score(OWN, table.columns)[0] > 0:
        return OWN
    best = max(fits, key=lambda f: score(f, table.columns))
    # (our own format keeps its extra keys: it is never set aside for the plain table)
    if score(best, table.columns)[0] > 0 and (
            best is OWN or not only_everyday_columns(best, table.columns)):
        return best
    if has_text_column(PLAIN, table.columns):
        return PLAIN
    if any(f in overrides for f in TEXT_FIELDS):
        return _CUSTOM
    shown = ", ".join(table.columns[:40]) or "(none)"
    raise InputError(
        "unknown backlog shape: no known export has this file's title or body; the "
        f"{'header' if table.container == 'csv' else 'keys'} found: {shown}. Name the columns "
        "with --map title=COLUMN,body=COLUMN", file=source, line=1)


def _family(table: Table) -> str:
    return "csv" if table.container == "csv" else "json"


def _prepared(table: Table, fmt: ImportFormat) -> Table:
    """The rows as the format's own step leaves them (Trello: list and member names; Jira:
    custom fields by their names); the keys are those the step left."""
    if fmt.prepare is None:
        return table
    objects = iter(fmt.prepare([r for _, r in table.rows if isinstance(r, dict)],
                               table.document))
    # Rows that could not be parsed stay where they were, to be reported by line.
    rows: list[tuple[int, Row]] = [(n, next(objects) if isinstance(r, dict) else r)
                                   for n, r in table.rows]
    return replace(table, rows=rows, columns=keys_of(r for _, r in rows))


def _items(table: Table, fmt: ImportFormat, mapping: Mapping, options: ReadOptions
           ) -> tuple[list[Proposal], list[RowError], list[tuple[int, MappedRow]]]:
    rows = table.rows
    items: list[Proposal] = []
    errors: list[RowError] = []
    mapped_rows: list[tuple[int, MappedRow]] = []
    seen: set[str] = set()
    for line, row in rows:
        if isinstance(row, RowProblem):
            errors.append(RowError(line=line, message=str(row)))
            continue
        mapped = map_row(row, mapping, fmt)
        mapped_rows.append((line, mapped))
        if not _kept(mapped, options):
            continue
        item = _proposal(line, mapped.item, ItemField.ID.value in mapping.fields)
        if isinstance(item, RowError):
            errors.append(item)
        elif item.id in seen:
            errors.append(RowError(line=line, message=f"duplicate id '{item.id}'"))
        else:
            seen.add(item.id)
            items.append(item)
    return items, errors, mapped_rows


def _kept(mapped: MappedRow, options: ReadOptions) -> bool:
    if mapped.not_work == "pull request" and not options.include_prs:
        return False
    if mapped.not_work == "bot-authored" and not options.include_bots:
        return False
    state = (mapped.state or "open")  # no status: not known to be finished
    return options.status in ("all", state)


def _proposal(line: int, row: dict[str, Any], has_ids: bool) -> Proposal | RowError:
    if not has_ids and "id" not in row:
        row = {**row, "id": f"row-{line}"}  # no id column at all: name items by their row
    if isinstance(row.get("id"), int | float):
        row = {**row, "id": str(row["id"])}
    try:
        item = Proposal.model_validate(row)
    except ValidationError as exc:
        first = exc.errors()[0]
        field = ".".join(str(p) for p in first["loc"])
        return RowError(line=line, message=f"field '{field}': {first['msg']}")
    if not item.text:
        return RowError(line=line, message="item has neither title nor body")
    return item
