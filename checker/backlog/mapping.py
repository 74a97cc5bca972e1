"""Declarative import formats: which column or JSON path feeds each of our fields, and how the
best format for a file is chosen from all of its headers or keys.

A format names, per field, the columns (CSV; matched without regard to case) or JSON paths
(`content.body`, `labels[].name`) that may carry it, first choice first. For one file, every
candidate that exists feeds the field, the first non-empty one per row winning.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from checker.backlog.markup import Markup


class ItemField(StrEnum):
    """Our fields an export can feed; `person` is stored on the item as `assignee`."""

    ID = "id"
    TITLE = "title"
    BODY = "body"
    EFFORT = "effort"
    TEAM = "team"
    PERSON = "person"
    STATUS = "status"
    TYPE = "type"
    LABELS = "labels"
    URL = "url"
    CREATED = "created"
    AUTHOR = "author"  # who filed it: bots are told apart by it
    BOT = "bot"  # a flag (or GitHub's user type "Bot") that the author is a bot
    DONE = "done"  # a flag or date that says the item is finished (Asana, Shortcut, Trello)
    PULL_REQUEST = "pull_request"  # present only on pull requests (GitHub's REST API)


TEXT_FIELDS = (ItemField.TITLE, ItemField.BODY)
MIN_MATCHED = 3
_OWN_NAMES = {ItemField.PERSON: ["assignee"], ItemField.DONE: [], ItemField.BOT: [],
              ItemField.PULL_REQUEST: [],
              # The words any export uses for an item's text when its format's own are absent
              # (a `description` beside what looks like a GitHub project export).
              ItemField.BODY: ["body", "description", "desc", "details", "text", "content"],
              ItemField.TITLE: ["title", "summary", "name", "subject"],
              ItemField.ID: ["id", "key", "identifier"]}


class ImportFormat(BaseModel):
    """One tracker's export: where each field comes from, and where that was documented."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str  # short id shown to users and accepted by nothing else: "jira-cloud-csv"
    label: str  # "Jira Cloud CSV"
    # "json" covers JSON arrays, wrapped lists and JSON Lines alike; "any": CSV or JSON.
    container: Literal["csv", "json", "any"]
    source: str  # the public documentation the mapping follows
    fields: dict[ItemField, list[str]]
    # Columns the export carries that feed nothing here but tell the tool apart.
    also: list[str] = Field(default_factory=list)
    markup: Markup = "auto"  # how descriptions are written
    number_prefix: str = ""  # "#": GitHub's issue numbers read as "#118"
    keep_extra: bool = False  # our own format: unknown keys stay on the item
    prepare: Callable[[list[dict[str, Any]], dict[str, Any]], list[dict[str, Any]]] | None = None

    def known(self) -> set[str]:
        """Every column (or top-level key) this format knows, folded to lower case."""
        names = [c for cs in self.fields.values() for c in cs] + self.also
        return {head(c) for c in names}


class Mapping(BaseModel):
    """The format chosen for one file and what fed each field: shown to the user."""

    format: str
    label: str
    source: str
    fields: dict[str, list[str]]  # our field -> the columns or paths read for it
    ignored: list[str]  # columns or keys present in the file that feed nothing
    overridden: list[str] = Field(default_factory=list)  # fields set by --map


def head(candidate: str) -> str:
    """The column or top-level key a candidate names: `content.body` -> `content`."""
    return candidate.split(".", 1)[0].removesuffix("[]").strip().casefold()


def score(fmt: ImportFormat, columns: list[str]) -> tuple[int, float]:
    """How well a format fits a file: columns it knows, then the share of its own columns the
    file has (a tighter format wins a tie). Zero when it would read neither title nor body,
    or when it knows fewer than three of the file's columns (all of them in a smaller file):
    two common words such as `Name` and `Notes` do not make an Asana export."""
    present = {head(c) for c in columns}
    if not any(head(c) in present for f in TEXT_FIELDS for c in fmt.fields.get(f, [])):
        return (0, 0.0)
    known = fmt.known()
    matched = len(known & present)
    if matched < min(MIN_MATCHED, len(present)):
        return (0, 0.0)
    return (matched, matched / len(known))


def resolve(fmt: ImportFormat, columns: list[str], overrides: dict[ItemField, str]) -> Mapping:
    """Which of the format's candidates exist in this file, per field; `overrides` (from
    --map) replace a field's candidates with one column."""
    present = {c.casefold() for c in columns} | {head(c) for c in columns}
    chosen: dict[str, list[str]] = {}
    for item_field in ItemField:
        wanted = [overrides[item_field]] if item_field in overrides else fmt.fields.get(
            item_field, [])
        found = [c for c in wanted if _exists(c, present)]
        if not found and item_field not in overrides:
            # Our own field name is understood in any export (a `body` column beside Jira's).
            found = [c for c in _OWN_NAMES.get(item_field, [item_field.value])
                     if _exists(c, present)]
        if found:
            chosen[item_field.value] = found
    used = {head(c) for cs in chosen.values() for c in cs}
    ignored = [c for c in columns if "." not in c and c.strip().casefold() not in used]
    return Mapping(format=fmt.name, label=fmt.label, source=fmt.source, fields=chosen,
                   ignored=list(dict.fromkeys(ignored)),
                   overridden=[f.value for f in overrides])


def _exists(candidate: str, present: set[str]) -> bool:
    if "[]" in candidate:  # a list of objects: its key is all a header shows
        return head(candidate) in present
    return candidate.strip().casefold() in present
