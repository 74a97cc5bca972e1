"""Load okrs.yaml / okrs.yml / okrs.json and report mistakes by file, line and field."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from index.errors import InputError, WorkspaceError
from index.models import OKRSet

OKR_FILE_NAMES = ("okrs.yaml", "okrs.yml", "okrs.json")

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
    """Parse and validate an OKR file (or its given text); errors name the file, line and field."""
    if text is None:
        text = _read(path)
    if path.suffix == ".json":
        data, lines = _parse_json(path, text)
    else:
        data, lines = _parse_with_lines(path, text)
    if not isinstance(data, dict):
        raise InputError("expected a mapping with an 'objectives' list", file=path, line=1)
    try:
        okrs = OKRSet.model_validate(data)
    except ValidationError as exc:
        raise _located(exc, path, lines) from None
    _reject_duplicate_ids(okrs, path, lines)
    return okrs


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read: {exc}", file=path) from None


def _parse_json(path: Path, text: str) -> tuple[Any, dict[Loc, int]]:
    """Values from the JSON parser; line numbers borrowed from the YAML composer."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"invalid JSON: {exc.msg}", file=path, line=exc.lineno) from None
    lines: dict[Loc, int] = {}
    try:
        # Raw tabs cannot sit inside JSON strings, so replacing them changes no value's line.
        node = yaml.compose(text.replace("\t", " "), Loader=yaml.SafeLoader)
        if node is not None:
            _to_python(node, (), lines, path)
    except yaml.YAMLError:
        pass  # line numbers are a courtesy; the values above are what counts
    return data, lines


def _parse_with_lines(path: Path, text: str) -> tuple[Any, dict[Loc, int]]:
    """Parse YAML (JSON is a subset) keeping the line of every value."""
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        problem = getattr(exc, "problem", None) or str(exc)
        raise InputError(f"invalid YAML: {problem}", file=path, line=line) from None
    if node is None:
        raise InputError("the file is empty; expected objectives", file=path, line=1)
    lines: dict[Loc, int] = {}
    return _to_python(node, (), lines, path), lines


def _to_python(node: yaml.Node, loc: Loc, lines: dict[Loc, int], path: Path) -> Any:
    lines[loc] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            key = str(key_node.value)
            result[key] = _to_python(value_node, (*loc, key), lines, path)
        return result
    if isinstance(node, yaml.SequenceNode):
        return [_to_python(item, (*loc, i), lines, path) for i, item in enumerate(node.value)]
    # Scalars: let the safe constructor resolve ints, floats, nulls and booleans.
    return yaml.SafeLoader("").construct_object(node, deep=True)


def _line_for(loc: Loc, lines: dict[Loc, int]) -> int | None:
    """The line of the deepest known part of a location."""
    for end in range(len(loc), -1, -1):
        if loc[:end] in lines:
            return lines[loc[:end]]
    return None


def _field_name(loc: Loc) -> str:
    return ".".join(str(part) if isinstance(part, str) else f"[{part}]" for part in loc).replace(
        ".[", "["
    )


def _located(exc: ValidationError, path: Path, lines: dict[Loc, int]) -> InputError:
    first = exc.errors()[0]
    loc: Loc = tuple(first["loc"])
    message = first["msg"]
    if first["type"] == "missing":
        message = f"missing required field '{loc[-1]}'"
    more = len(exc.errors()) - 1
    if more:
        message += f" (and {more} more problem{'s' if more > 1 else ''})"
    return InputError(message, file=path, line=_line_for(loc, lines), field=_field_name(loc))


def _reject_duplicate_ids(okrs: OKRSet, path: Path, lines: dict[Loc, int]) -> None:
    seen: set[str] = set()
    for oi, objective in enumerate(okrs.objectives):
        places: list[tuple[str, Loc]] = [(objective.id, ("objectives", oi, "id"))]
        places += [
            (kr.id, ("objectives", oi, "key_results", ki, "id"))
            for ki, kr in enumerate(objective.key_results)
        ]
        for ident, loc in places:
            if ident in seen:
                raise InputError(
                    f"duplicate id '{ident}'",
                    file=path,
                    line=_line_for(loc, lines),
                    field=_field_name(loc),
                )
            seen.add(ident)
