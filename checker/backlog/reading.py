"""Read a backlog as JSONL, a JSON array or CSV; bad rows are reported by line and skipped."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ValidationError

from checker.backlog import exports
from checker.models import Proposal
from index.errors import InputError
from index.files import read_text

BacklogFormat = Literal["jsonl", "json", "csv"]


class RowError(BaseModel):
    """One backlog row that could not be read."""

    line: int
    message: str


class Backlog(BaseModel):
    """The readable items of a backlog file and the rows that were skipped."""

    source: str
    items: list[Proposal]
    errors: list[RowError]


def detect_format(path: Path, text: str) -> BacklogFormat:
    """By suffix first, then by the first character."""
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson"):
        return "jsonl"
    if suffix == ".csv":
        return "csv"
    stripped = text.lstrip()
    if stripped.startswith("["):
        return "json"
    if stripped.startswith("{"):
        return "jsonl"
    return "csv"


def read_backlog(path: Path, text: str | None = None) -> Backlog:
    """Parse a backlog file; unreadable rows are kept as errors, the rest as proposals."""
    if text is None:
        text = read_text(path, "backlog")
    fmt = detect_format(path, text)
    if fmt == "csv":
        rows = _csv_rows(path, text)
    else:
        rows = _by_json_shape(path, (_jsonl_rows if fmt == "jsonl" else _json_rows)(path, text))
    items: list[Proposal] = []
    errors: list[RowError] = []
    seen: set[str] = set()
    for line, row in rows:
        if isinstance(row, RowError):
            errors.append(row)
            continue
        item = _proposal(line, row)
        if isinstance(item, RowError):
            errors.append(item)
        elif item.id in seen:
            errors.append(RowError(line=line, message=f"duplicate id '{item.id}'"))
        else:
            seen.add(item.id)
            items.append(item)
    return Backlog(source=str(path), items=items, errors=errors)


def _by_json_shape(path: Path, rows: list[tuple[int, Any]]) -> list[tuple[int, Any]]:
    """Our own objects, or `gh issue list --json` output, told apart by the first object."""
    objects = [(line, row) for line, row in rows if isinstance(row, dict)]
    shape = next((s for s in (exports.json_shape(row) for _, row in objects) if s), None)
    if shape is None:
        first = objects[0][0] if objects else (rows[0][0] if rows else 1)
        raise InputError(
            "unknown backlog shape: expected objects with 'id' (stratalign) or 'number' and "
            "'title' (gh issue list --json)", file=path, line=first)
    convert = exports.github_row if shape == "github" else exports.stratalign_row
    return [
        (line, convert(row) if isinstance(row, dict) and exports.json_shape(row) == shape
         else row)
        for line, row in rows
    ]


def _proposal(line: int, row: Any) -> Proposal | RowError:
    if not isinstance(row, dict):
        return RowError(line=line, message="expected an object with id, title and body")
    row = {k: ("" if v is None and k in ("title", "body") else v) for k, v in row.items()}
    if isinstance(row.get("id"), int | float):
        row["id"] = str(row["id"])
    try:
        item = Proposal.model_validate(row)
    except ValidationError as exc:
        first = exc.errors()[0]
        field = ".".join(str(p) for p in first["loc"])
        return RowError(line=line, message=f"field '{field}': {first['msg']}")
    if not item.text:
        return RowError(line=line, message="item has neither title nor body")
    return item


def _jsonl_rows(path: Path, text: str) -> list[tuple[int, Any]]:
    rows: list[tuple[int, Any]] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            rows.append((number, json.loads(line)))
        except json.JSONDecodeError as exc:
            rows.append((number, RowError(line=number, message=f"invalid JSON: {exc.msg}")))
    return rows


def _json_rows(path: Path, text: str) -> list[tuple[int, Any]]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"invalid JSON: {exc.msg}", file=path, line=exc.lineno) from None
    if isinstance(data, dict):
        data = data.get("items") or data.get("results") or [data]
    if not isinstance(data, list):
        raise InputError("expected a JSON array of items", file=path, line=1)
    # A JSON array has no line per item; report the item's position instead.
    return [(index + 1, row) for index, row in enumerate(data)]


def _csv_rows(path: Path, text: str) -> list[tuple[int, Any]]:
    reader = csv.reader(io.StringIO(text))
    header = next(reader, None)
    shape = exports.csv_shape(header) if header else None
    if header is None or shape is None:
        raise InputError(
            "unknown backlog shape: the CSV header needs an 'id' column (stratalign), "
            "'Issue key' and 'Summary' (Jira), or 'ID', 'Title' and 'Description' (Linear)",
            file=path, line=1)
    rows: list[tuple[int, Any]] = []
    for cells in reader:
        line = reader.line_num
        if not any(c.strip() for c in cells):
            continue
        if len(cells) > len(header):
            rows.append((line, RowError(line=line, message="more cells than header columns")))
        else:
            rows.append((line, _csv_row(shape, header, cells)))
    return rows


def _csv_row(shape: exports.Shape, header: list[str], cells: list[str]) -> dict[str, Any]:
    if shape == "jira":
        return exports.jira_row(header, cells)
    if shape == "linear":
        return exports.linear_row(header, cells)
    row = {k.strip().lower(): v for k, v in zip(header, cells, strict=False) if k}
    return exports.stratalign_row(row)
