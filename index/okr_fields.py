"""Metadata of an objective or key result written in another shape than a plain value.

OKR tools export an owner as a person (`owner: {name: Priya, team: Mobile}`, Lattice's
`"owner": {"name": ...}`) and a metric as a record (`metric: {name, baseline, target, unit}`).
Such a value is flattened to what the checker reads; any other value of a shape the field cannot
hold (a mapping or list where one value belongs) is left out with a warning naming the field, so
one odd field never refuses the whole file.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

# A person as tools export one: the first of these that holds a plain value names them.
OWNER_NAME_KEYS = ("name", "title", "displayName", "display_name", "fullName", "email")
# A metric record: the first of these names the metric.
METRIC_NAME_KEYS = ("name", "title", "metric", "kpi", "id", "key")
# Fields of a metric record that a key result also has; the key result's own value wins.
METRIC_PARTS = {
    "baseline": ("baseline", "start", "from", "current", "initial", "start_value"),
    "target": ("target", "goal", "to", "target_value"),
    "unit": ("unit", "units"),
}
# Fields that hold lists of texts; every other field holds one value.
LIST_FIELDS = frozenset({"examples", "counter_examples"})

Warn = Callable[[str], None]


def _spelling(key: object) -> str:
    return re.sub(r"[\s_-]+", "", str(key)).lower()


def _plain(value: Any) -> bool:
    return isinstance(value, str | int | float) and not isinstance(value, bool) and value != ""


def _first_plain(raw: dict[str, Any], keys: tuple[str, ...]) -> Any:
    by_spelling = {_spelling(k): v for k, v in raw.items() if _plain(v)}
    return next((by_spelling[_spelling(k)] for k in keys if _spelling(k) in by_spelling), None)


def field_value(name: str, key: str, value: Any, warn: Warn) -> tuple[Any, dict[str, Any]]:
    """The value to keep for field `name` (None: leave it out) and the fields the value itself
    gives (a metric record's baseline, target and unit). `key` is the key as written, for the
    warning."""
    if name in LIST_FIELDS:
        return _texts(key, value, warn), {}
    if not isinstance(value, dict | list):
        return value, {}
    if name == "owner":
        return _owner(key, value, warn), {}
    if name == "metric" and isinstance(value, dict):
        return _metric(key, value, warn)
    warn(f"'{key}' holds a {_shape(value)} where one value belongs; ignored")
    return None, {}


def _texts(key: str, value: Any, warn: Warn) -> list[str] | None:
    """A list of short texts: one text alone is a list of one; other items are left out."""
    if isinstance(value, dict):
        warn(f"'{key}' holds a mapping where a list of texts belongs; ignored")
        return None
    items = value if isinstance(value, list) else [value]
    kept = [str(item) for item in items if _plain(item)]
    if len(kept) < len(items):
        warn(f"'{key}' should be a list of texts; {len(items) - len(kept)} other item(s) "
             "left out")
    return kept or None


def _owner(key: str, value: dict[str, Any] | list[Any], warn: Warn) -> str | None:
    people = value if isinstance(value, list) else [value]
    names = [_person(p) for p in people]
    kept = [n for n in names if n is not None]
    if len(kept) < len(names):
        warn(f"'{key}' holds a person without a name, title, displayName or email; left out")
    return ", ".join(kept) or None


def _person(person: Any) -> str | None:
    if _plain(person):
        return str(person)
    if isinstance(person, dict):
        name = _first_plain(person, OWNER_NAME_KEYS)
        return None if name is None else str(name)
    return None


def _metric(key: str, value: dict[str, Any], warn: Warn) -> tuple[Any, dict[str, Any]]:
    name = _first_plain(value, METRIC_NAME_KEYS)
    parts = {part: found for part, keys in METRIC_PARTS.items()
             if (found := _first_plain(value, keys)) is not None}
    if name is None and not parts:
        warn(f"'{key}' holds a mapping without a name, baseline, target or unit; ignored")
    return name, parts


def _shape(value: Any) -> str:
    return "mapping" if isinstance(value, dict) else "list"
