"""Read corrections from a JSONL or CSV file (`stratalign feedback import`).

Rows carry the answer in the fields of the eval answer key (`labels.jsonl`,
../shared/eval/FORMAT.md): `id`, `verdict` (aligned | misaligned), `kind` (orphan | conflict),
`krs` (a JSON list, or in CSV ids separated by `;`, `,` or spaces); optional `comment`,
`author`. The item's text is `title` / `body` on the row, or, when the row has none, the item
of the same `id` in the backlog passed as `items`.
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from checker.learning.corrections import Correction
from checker.models import Proposal
from index.errors import InputError

_SPLIT = re.compile(r"[;,\s]+")


def read_corrections(
    path: Path, items: dict[str, Proposal] | None = None, source: str = "cli"
) -> list[Correction]:
    """Every row as a correction; the first bad row is an error naming its line and field."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read: {exc}", file=path) from None
    rows = _csv_rows(text) if path.suffix.lower() == ".csv" else _jsonl_rows(path, text)
    return [_correction(path, line, row, items or {}, source) for line, row in rows]


def _jsonl_rows(path: Path, text: str) -> list[tuple[int, dict[str, Any]]]:
    rows = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"invalid JSON: {exc.msg}", file=path, line=number) from None
        if not isinstance(row, dict):
            raise InputError("expected a JSON object", file=path, line=number)
        rows.append((number, row))
    return rows


def _csv_rows(text: str) -> list[tuple[int, dict[str, Any]]]:
    reader = csv.DictReader(io.StringIO(text))
    rows = []
    for row in reader:
        clean = {k.strip(): v for k, v in row.items() if k and v not in (None, "")}
        if "krs" in clean and isinstance(clean["krs"], str):
            clean["krs"] = [k for k in _SPLIT.split(clean["krs"]) if k]
        rows.append((reader.line_num, clean))
    return rows


def _correction(
    path: Path, line: int, row: dict[str, Any], items: dict[str, Proposal], source: str
) -> Correction:
    item_id = str(row.get("id") or "").strip()
    if not item_id:
        raise InputError("missing required field 'id'", file=path, line=line, field="id")
    title, body = row.get("title") or "", row.get("body") or ""
    if not (title or body) and item_id in items:
        title, body = items[item_id].title, items[item_id].body
    if not (title or body):
        raise InputError(
            f"no text for item '{item_id}': give title/body on the row or --items BACKLOG",
            file=path, line=line, field="title",
        )
    fields: dict[str, Any] = {"item_id": item_id, "title": title, "body": body, "source": source,
              **{k: row[k] for k in ("verdict", "kind", "krs", "comment", "author") if k in row}}
    try:
        return Correction.model_validate(fields)
    except ValidationError as exc:
        problem = exc.errors()[0]
        where = ".".join(str(p) for p in problem["loc"]) or None
        raise InputError(problem["msg"], file=path, line=line, field=where) from None
