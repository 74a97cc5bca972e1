"""Read one field's value from one row, CSV or JSON, and turn it into our field's type.

Values as trackers write them: a person as `Name <mail>` (Azure DevOps) or an object with a
login; labels as repeated columns, a list, or one cell split by `,` or `;`; an Azure area path
`Product\\Team`; story points as text.
"""

from __future__ import annotations

import re
from typing import Any

from checker.backlog.containers import CsvRow

_NAME_KEYS = ("name", "login", "displayName", "display_name", "username", "title", "value",
              "fullName", "email")
_ADDRESS = re.compile(r"\s*<[^<>@\s]+@[^<>\s]+>\s*$")
_LABEL_SPLIT = re.compile(r"\s*[,;]\s*")
_TEAM_LABEL = re.compile(r"^team\s*(?:::|[:/])\s*(.+)$", re.I)  # GitLab scopes with ::


def by_column(row: CsvRow) -> dict[str, list[str]]:
    """A CSV row as {column in lower case: its cells}; repeated columns keep every cell."""
    grouped: dict[str, list[str]] = {}
    for column, cell in row:
        grouped.setdefault(column.strip().casefold(), []).append(cell)
    return grouped


def raw_values(row: dict[str, list[str]] | dict[str, Any], candidate: str, csv: bool) -> list[Any]:
    """Every value the candidate column (a CSV row from `by_column`) or JSON path holds in
    this row: a repeated column, or a `[]` path over a list, gives several."""
    if csv:
        return list(row.get(candidate.strip().casefold(), ()))
    return _path(row, candidate.split("."))


def _path(node: Any, parts: list[str]) -> list[Any]:
    if not parts:
        return [] if node is None else [node]
    part, rest = parts[0], parts[1:]
    if part.endswith("[]"):
        items = node.get(part[:-2]) if isinstance(node, dict) else None
        if not isinstance(items, list):
            return []
        return [v for item in items for v in _path(item, rest)]
    if not isinstance(node, dict):
        return []
    # A key may hold dots itself: Azure DevOps' "fields.System.Title" is key "System.Title".
    for end in range(1, len(parts) + 1):
        name = ".".join(parts[:end]).casefold()
        key = next((k for k in node if k.casefold() == name), None)
        found = [] if key is None else _path(node[key], parts[end:])
        if found:
            return found
    return []


def text_of(value: Any) -> str:
    """A scalar as text; an object by its name, login or title; a list by its first item."""
    if value is None or isinstance(value, bool):
        return ""
    if isinstance(value, dict):
        if value.get("type") == "doc" and isinstance(value.get("content"), list):
            return adf_text(value)
        return next((text_of(value[k]) for k in _NAME_KEYS if text_of(value.get(k))), "")
    if isinstance(value, list):
        return next((t for t in map(text_of, value) if t), "")
    return str(value).strip()


def adf_text(node: Any) -> str:
    """The text of an Atlassian Document Format node (Jira Cloud's REST API v3 `description`):
    its text nodes, a line per block. Source: developer.atlassian.com/cloud/jira/platform/
    apis/document/structure/."""
    if not isinstance(node, dict):
        return ""
    if node.get("type") == "text":
        return str(node.get("text") or "")
    if node.get("type") == "hardBreak":
        return "\n"
    content = node.get("content")
    children: list[Any] = content if isinstance(content, list) else []
    inline = node.get("type") in ("paragraph", "heading")
    parts = [adf_text(child) for child in children]
    return "".join(parts) if inline else "\n".join(p for p in parts if p.strip()).strip()


def first_text(values: list[Any]) -> str:
    return next((t for t in map(text_of, values) if t), "")


def person(values: list[Any]) -> str:
    """`Person A <a@example.com>` (Azure DevOps) reads as `Person A`."""
    return _ADDRESS.sub("", first_text(values)).strip()


def team(values: list[Any]) -> str:
    """The last part of an area path (`Product\\Platform` -> `Platform`)."""
    return re.split(r"[\\/]", first_text(values))[-1].strip()


def team_from_labels(labels: list[str]) -> str:
    """A `team: X`, `team/X` or `team::X` label names the team when no column does."""
    return next((m.group(1).strip() for m in map(_TEAM_LABEL.match, labels) if m), "")


def labels(values: list[Any]) -> list[str]:
    """Repeated columns, a list of names or objects, or one cell listing them."""
    found: list[str] = []
    for value in values:
        if isinstance(value, list):
            found.extend(text_of(v) for v in value)
        elif isinstance(value, str):
            found.extend(_LABEL_SPLIT.split(value))
        else:
            found.append(text_of(value))
    return list(dict.fromkeys(label for label in found if label))


def number(values: list[Any]) -> float | None:
    """Story points or an estimate: the first non-negative number, else None."""
    for value in values:
        if isinstance(value, bool) or value is None:
            continue
        try:
            found = float(str(value).strip().replace(",", "."))
        except ValueError:
            continue
        if found >= 0 and found == found:
            return found
    return None


def truthy(values: list[Any]) -> bool:
    """A done flag: true, a date, or any text other than false/no/0."""
    for value in values:
        if isinstance(value, bool):
            return value
        if text_of(value) and text_of(value).casefold() not in ("false", "no", "0", "n"):
            return True
    return False
