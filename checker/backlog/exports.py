"""Tracker exports, recognised by shape: Jira CSV, Linear CSV, `gh issue list --json`.

Each shape is mapped onto stratalign's item: id, title, body, plus `effort` (story
points or estimate when present), `team`, `assignee`, `labels` and `status`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any, Literal

Shape = Literal["stratalign", "jira", "linear", "github"]

_JIRA_POINTS = ("story points", "custom field (story points)",
                "custom field (story point estimate)", "story point estimate")
_JIRA_TEAM = ("team", "custom field (team)", "team name", "component/s", "components")
_EFFORT_KEYS = ("effort", "estimate", "story_points", "points", "size")
_TEAM_LABEL = re.compile(r"^team[:/]\s*(.+)$", re.I)


def csv_shape(header: list[str]) -> Shape | None:
    """Which export a CSV header row comes from, or None."""
    names = {h.strip().lower() for h in header}
    if {"issue key", "summary"} <= names:
        return "jira"
    linear_only = {"team", "estimate", "status", "assignee", "project"}
    if {"id", "title", "description"} <= names and "body" not in names and names & linear_only:
        return "linear"
    if "id" in names:
        return "stratalign"
    return None


def json_shape(row: Any) -> Shape | None:
    """Which export a JSON object comes from (judged on the first row), or None."""
    if not isinstance(row, dict):
        return None
    if "number" in row and "title" in row and "id" not in row:
        return "github"
    if "id" in row:
        return "stratalign"
    return None


def jira_row(header: list[str], cells: list[str]) -> dict[str, Any]:
    """One Jira CSV row; repeated columns (Labels, Component/s, Sprint) become lists."""
    fields = _grouped(header, cells)
    team = _first(fields, _JIRA_TEAM)
    return {
        "id": _one(fields.get("issue key")),
        "title": _one(fields.get("summary")),
        "body": _one(fields.get("description")),
        "effort": _number(_first(fields, _JIRA_POINTS)),
        "team": team or None,
        "assignee": _one(fields.get("assignee")) or None,
        "labels": [v for v in fields.get("labels", []) if v],
        "status": _one(fields.get("status")) or None,
    }


def linear_row(header: list[str], cells: list[str]) -> dict[str, Any]:
    """One row of Linear's CSV export; labels arrive comma-separated in one cell."""
    fields = _grouped(header, cells)
    labels = _one(fields.get("labels"))
    return {
        "id": _one(fields.get("id")),
        "title": _one(fields.get("title")),
        "body": _one(fields.get("description")),
        "effort": _number(_one(fields.get("estimate"))),
        "team": _one(fields.get("team")) or None,
        "assignee": _one(fields.get("assignee")) or None,
        "labels": [label.strip() for label in labels.split(",") if label.strip()],
        "status": _one(fields.get("status")) or None,
    }


def github_row(row: dict[str, Any]) -> dict[str, Any]:
    """One issue of `gh issue list --json number,title,body,labels,assignees`."""
    labels = [str(label.get("name", "")) for label in row.get("labels") or []
              if isinstance(label, dict)]
    assignees = [str(a.get("login", "")) for a in row.get("assignees") or [] if isinstance(a, dict)]
    team = next((m.group(1) for m in map(_TEAM_LABEL.match, labels) if m), None)
    return {
        **{k: v for k, v in row.items() if k not in ("number", "labels", "assignees")},
        "id": f"#{row['number']}",
        "title": row.get("title") or "",
        "body": row.get("body") or "",
        "labels": labels,
        "assignee": assignees[0] if assignees else None,
        "team": team,
    }


def stratalign_row(row: dict[str, Any]) -> dict[str, Any]:
    """Our own shape: effort read from the usual estimate keys when one is a number."""
    effort = next((n for n in (_number(row.get(k)) for k in _EFFORT_KEYS) if n is not None), None)
    return row if effort is None else {**row, "effort": effort}


def _grouped(header: list[str], cells: list[str]) -> dict[str, list[str]]:
    fields: dict[str, list[str]] = {}
    for name, value in zip(header, cells, strict=False):
        fields.setdefault(name.strip().lower(), []).append(value.strip())
    return fields


def _one(values: list[str] | None) -> str:
    return next((v for v in values or [] if v), "")


def _first(fields: dict[str, list[str]], names: Iterable[str]) -> str:
    return next((_one(fields.get(n)) for n in names if _one(fields.get(n))), "")


def _number(value: Any) -> float | None:
    """Story points and estimates: a non-negative number, else nothing."""
    if isinstance(value, bool) or value is None:
        return None
    try:
        number = float(str(value).strip())
    except ValueError:
        return None
    return number if number >= 0 and number == number else None
