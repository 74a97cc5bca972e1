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
              # A header that plainly names an id or a state is read even when the format
              # recognised has no such column (YouTrack's `Issue Id` beside Jira's `Summary`).
              ItemField.ID: ["id", "key", "identifier", "issue id", "issue key",
                             "ticket", "ticket id", "item id", "task id", "story id", "#"],
              ItemField.STATUS: ["status", "state"]}


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
    # When set, `done` holds a state word and only these words mean finished (Jira's status
    # category `done`, never `new` or `indeterminate`); else any true value or date does.
    done_values: list[str] | None = None
    # Status words this tracker alone counts as finished (YouTrack's `Incomplete`).
    done_words: list[str] = Field(default_factory=list)
    # Keys whose own keys are the tracker's fields (Jira's `fields`): each one not read is
    # listed as ignored, as a CSV column would be.
    nested: list[str] = Field(default_factory=list)
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
    # Fields fed by a column found by its name, not one the format documents.
    by_name: list[str] = Field(default_factory=list)


def head(candidate: str) -> str:
    """The column or top-level key a candidate names: `content.body` -> `content`."""
    return candidate.split(".", 1)[0].removesuffix("[]").strip().casefold()


def score(fmt: ImportFormat, columns: list[str]) -> tuple[int, float]:
    """How well a format fits a file: columns it knows, then the share of its own columns the
    file has (a tighter format wins a tie). Zero when it would read neither title nor body,
    or when it knows fewer than three of the file's columns (all of them in a smaller file):
    two common words such as `Name` and `Notes` do not make an Asana export."""
    present = {head(c) for c in columns}
    if not has_text_column(fmt, columns):
        return (0, 0.0)
    known = fmt.known()
    matched = len(known & present)
    if matched < min(MIN_MATCHED, len(present)):
        return (0, 0.0)
    return (matched, matched / len(known))


def has_text_column(fmt: ImportFormat, columns: list[str]) -> bool:
    """True when the file has a column the format reads a title or a body from."""
    present = {head(c) for c in columns}
    return any(head(c) in present for f in TEXT_FIELDS for c in fmt.fields.get(f, []))


def candidates_found(fmt: ImportFormat, columns: list[str]) -> set[str]:
    """The format's candidates (field paths and `also` columns, case-folded) the file has."""
    present = {c.casefold() for c in columns} | {head(c) for c in columns}
    names = [c for cs in fmt.fields.values() for c in cs] + fmt.also
    return {c.strip().casefold() for c in names if _exists(c, present)}


def resolve(fmt: ImportFormat, columns: list[str], overrides: dict[ItemField, str]) -> Mapping:
    """Which of the format's candidates exist in this file, per field; `overrides` (from
    --map) replace a field's candidates with one column."""
    present = {c.casefold() for c in columns} | {head(c) for c in columns}
    spelt = _spellings(columns)
    chosen: dict[str, list[str]] = {}
    by_name: list[str] = []
    for item_field in ItemField:
        wanted = [overrides[item_field]] if item_field in overrides else fmt.fields.get(
            item_field, [])
        # (the file's own spelling of a column named alike: "Summary", not "summary")
        found = [spelt.get(c.strip().casefold(), c) for c in wanted if _exists(c, present)]
        if not found and item_field not in overrides:
            # Our own field name is understood in any export (a `body` column beside Jira's).
            found = _by_name(item_field, spelt)
            by_name += [item_field.value] if found else []
        if found:
            chosen[item_field.value] = found
    return Mapping(format=fmt.name, label=fmt.label, source=fmt.source, fields=chosen,
                   ignored=_ignored(fmt, columns, chosen), by_name=by_name,
                   overridden=[f.value for f in overrides])


def _spellings(columns: list[str]) -> dict[str, str]:
    """The file's own spelling of each top-level column, by its case-folded name (the first of
    two spelt alike)."""
    return {c.strip().casefold(): c.strip() for c in reversed(columns) if "." not in c}


def _by_name(item_field: ItemField, spelt: dict[str, str]) -> list[str]:
    """The file's own spelling (`spelt`, from _spellings) of the first column named as our
    field names it."""
    names = _OWN_NAMES.get(item_field, [item_field.value])
    return next(([spelt[n]] for n in names if n in spelt), [])


def _ignored(fmt: ImportFormat, columns: list[str], chosen: dict[str, list[str]]) -> list[str]:
    """Top-level columns or keys that feed nothing, and the unread keys under `fmt.nested`."""
    used = {head(c) for cs in chosen.values() for c in cs}
    paths = {c.replace("[]", "").strip().casefold() for cs in chosen.values() for c in cs}
    nested = {n.casefold() for n in fmt.nested}
    ignored = [c for c in columns if "." not in c and c.strip().casefold() not in used]
    ignored += [c for c in columns if "." in c and head(c) in nested and not any(
        p == c.casefold() or p.startswith(c.casefold() + ".") for p in paths)]
    return list(dict.fromkeys(ignored))


def _exists(candidate: str, present: set[str]) -> bool:
    """Whether the file has the column, or the JSON path down to its second key (the file's
    keys are listed one level deep: `fields.status.name` is there when `fields.status` is)."""
    name = candidate.strip().casefold()
    if name in present:
        return True
    return ".".join(name.split("[]", 1)[0].split(".")[:2]) in present
