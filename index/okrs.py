"""Load an OKR file (okrs.yaml / .yml / .json / .md) and report mistakes by file, line and field.

YAML and JSON are read within the budgets of index/limits.py (no alias bombs, no deep nesting),
turned into one shape by index/okr_shapes.py, then validated as an OKRSet. OKRs kept in Markdown
(an objective per heading, its key results as the list under it) are read by index/okr_markdown.py.
What was read with doubt (generated ids, unknown keys) travels as OKRSet.warnings.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from pydantic_core import ErrorDetails

from index import limits, yaml_reading
from index.encoding import check_size
from index.errors import InputError, WorkspaceError
from index.files import read_text
from index.json_depth import json_depth
from index.models import OKRSet
from index.okr_shapes import KR_KEYS, Normalised, field_name, normalise

OKR_FILE_NAMES = ("okrs.yaml", "okrs.yml", "okrs.json", "okrs.md")

Loc = tuple[str | int, ...]


def find_okr_file(workspace: Path) -> Path:
    """The OKR file of a workspace, or an error naming what was looked for."""
    for name in OKR_FILE_NAMES:
        candidate = workspace / name
        if candidate.is_file():
            return candidate
    raise WorkspaceError(
        f"no OKR file found; expected one of {', '.join(OKR_FILE_NAMES)}", file=workspace
    )


def load_okrs(path: Path, text: str | None = None) -> OKRSet:
    """Parse and validate an OKR file (or its given text); errors name the file, line and field.

    Raises InputError on a syntax error, a file over a reading limit, a missing title, a duplicate
    id, or a file that yields no key result at all.
    """
    if text is None:
        text = read_text(path, "OKR file", limits.MAX_OKR_BYTES)
    check_size(text, limits.MAX_OKR_BYTES, path)
    if path.suffix.lower() in (".md", ".markdown"):
        from index.okr_markdown import read_markdown_okrs

        shaped = read_markdown_okrs(text, path)
        lines: dict[Loc, int] = shaped.lines
        normal, found = shaped.normal, shaped.found
    else:
        data, lines = _parse_json(path, text) if path.suffix == ".json" else _parse_yaml(path, text)
        normal, found = normalise(data, path, lines), []
    return _validated(normal, path, lines, found)


def _validated(
    normal: Normalised, path: Path, lines: dict[Loc, int], found: list[str]
) -> OKRSet:
    if not normal.data.get("objectives"):
        raise _nothing_found(path, found, field="objectives")
    try:
        okrs = OKRSet.model_validate({**normal.data, "warnings": normal.warnings})
    except ValidationError as exc:
        raise _located(exc, path, lines, normal.origin) from None
    if not any(o.key_results for o in okrs.objectives):
        raise _nothing_found(path, [*found, *_unread(okrs)])
    _reject_duplicate_ids(okrs, path, lines, normal.origin)
    return okrs


def _unread(okrs: OKRSet) -> list[str]:
    """What a file without key results holds: its objectives and the keys no one read."""
    count = len(okrs.objectives)
    said = [f"{count} objective{'s' if count != 1 else ''} without key results"]
    keys = [f"'{w.key}' (line {w.line})" for w in okrs.warnings if w.key]
    if keys:
        said.append(f"keys not read: {', '.join(keys[:_SHOWN_PROBLEMS])}")
    return said


def _nothing_found(path: Path, found: list[str], field: str | None = None) -> InputError:
    """The error for a file without key results: what was expected and what the file holds
    instead ("the table at line 5 has no Key result column", "keys not read: 'measures'")."""
    spellings = ", ".join(repr(k) for k in KR_KEYS[1:4])
    seen = f" ({'; '.join(found)})" if found else ""
    return InputError(
        f"no key result found{seen}; expected objectives with key results under 'key_results' "
        f"(or {spellings}), or in Markdown a heading per objective with its key results listed "
        f"below it (or as 'KR 1.1: ...' lines), or a table with a 'Key result' column",
        file=path,
        line=1,
        field=field,
    )


def _parse_json(path: Path, text: str) -> tuple[Any, dict[Loc, int]]:
    """Values from the JSON parser; line numbers borrowed from the YAML composer."""
    _check_json_depth(text, path)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"invalid JSON: {exc.msg}", file=path, line=exc.lineno) from None
    lines: dict[Loc, int] = {}
    try:
        # Raw tabs cannot sit inside JSON strings, so replacing them changes no value's line.
        node = yaml_reading.compose(text.replace("\t", " "), path)
        if node is not None:
            yaml_reading.to_python(node, path, lines.__setitem__)
    except InputError:
        pass  # line numbers are a courtesy; the values above are what counts
    return data, lines


def _check_json_depth(text: str, path: Path) -> None:
    """Refuse JSON nested deeper than the budget before the recursive parser sees it."""
    if json_depth(text.encode("utf-8", errors="surrogatepass")) > limits.MAX_NESTING_DEPTH:
        raise InputError(
            f"over a reading limit: nested deeper than {limits.MAX_NESTING_DEPTH} levels",
            file=path,
        )


def _parse_yaml(path: Path, text: str) -> tuple[Any, dict[Loc, int]]:
    """Parse YAML keeping the line of every value."""
    node = yaml_reading.compose(text, path)
    if node is None:
        raise InputError("the file is empty; expected objectives", file=path, line=1)
    lines: dict[Loc, int] = {}
    return yaml_reading.to_python(node, path, lines.__setitem__), lines


def _line_for(loc: Loc, lines: dict[Loc, int]) -> int | None:
    """The line of the deepest known part of a location."""
    for end in range(len(loc), -1, -1):
        if loc[:end] in lines:
            return lines[loc[:end]]
    return None


def _raw(loc: Loc, origin: dict[Loc, Loc]) -> Loc:
    """Where in the file a part of the normalised data came from (the deepest known part)."""
    for end in range(len(loc), 0, -1):
        if loc[:end] in origin:
            return (*origin[loc[:end]], *loc[end:])
    return loc


def _located(
    exc: ValidationError, path: Path, lines: dict[Loc, int], origin: dict[Loc, Loc]
) -> InputError:
    return _all_said([_problem(error, lines, origin) for error in exc.errors()], path)


def _all_said(problems: list[tuple[str, int | None, str]], path: Path) -> InputError:
    """The first problem as the error's place; every other one (up to a handful) said in it."""
    (message, line, field), others = problems[0], problems[1:]
    shown = others[: _SHOWN_PROBLEMS - 1]
    for other_message, other_line, other_field in shown:
        where = f"line {other_line}, " if other_line is not None else ""
        message += f"; also {where}field '{other_field}': {other_message}"
    if len(others) > len(shown):
        message += f"; and {len(others) - len(shown)} more"
    return InputError(message, file=path, line=line, field=field)


# Problems said in one error: enough to fix a file in one pass, few enough to read.
_SHOWN_PROBLEMS = 6


def _problem(
    error: ErrorDetails, lines: dict[Loc, int], origin: dict[Loc, Loc]
) -> tuple[str, int | None, str]:
    loc = _raw(tuple(error["loc"]), origin)
    message = error["msg"]
    if error["type"] == "missing":
        message = f"missing required field '{loc[-1]}'"
    return message, _line_for(loc, lines), field_name(loc)


def _reject_duplicate_ids(
    okrs: OKRSet, path: Path, lines: dict[Loc, int], origin: dict[Loc, Loc]
) -> None:
    """InputError at the first id used twice, naming the others (up to a handful) in it."""
    seen: set[str] = set()
    problems: list[tuple[str, int | None, str]] = []
    for oi, objective in enumerate(okrs.objectives):
        places: list[tuple[str, Loc]] = [(objective.id, ("objectives", oi, "id"))]
        places += [
            (kr.id, ("objectives", oi, "key_results", ki, "id"))
            for ki, kr in enumerate(objective.key_results)
        ]
        for ident, loc in places:
            if ident in seen:
                raw = _raw(loc, origin)
                where = (_line_for(raw, lines), field_name(raw))
                problems.append((f"duplicate id '{ident}'", *where))
            seen.add(ident)
    if problems:
        raise _all_said(problems, path)
