"""One row of an export, through its mapping, to our item: plain text, numbers, names, the
open/done state, and whether it is backlog work at all (pull requests and bot-filed items
are not).
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import BaseModel

from checker.backlog import values as v
from checker.backlog.bots import is_bot_name
from checker.backlog.containers import CsvRow
from checker.backlog.mapping import ImportFormat, ItemField, Mapping
from checker.backlog.markup import to_plain
from checker.vocabulary import ItemState

F = ItemField
# Finished, in the words of the trackers we read (English, German and French Jira included).
DONE_WORDS = frozenset({
    "done", "closed", "resolved", "completed", "complete", "fixed", "merged", "released",
    "shipped", "cancelled", "canceled", "won't do", "won't fix", "wontfix", "removed",
    "duplicate", "verified", "obsolete", "can't reproduce", "cannot reproduce", "erledigt",
    "geschlossen", "fertig", "abgeschlossen", "gelöst", "terminé", "terminée", "fermé",
    "fermée", "résolu", "résolue", "clos", "abandonné",
})
_PR_TYPES = frozenset({"pullrequest", "pull request", "pull_request", "mergerequest",
                       "merge request", "merge_request", "pr", "mr"})
_PR_URL = re.compile(r"/(pull|merge_requests)/\d+")


class MappedRow(BaseModel):
    """A row read through its mapping: the item's fields, and why it is not work, if so."""

    item: dict[str, Any]
    state: ItemState | None  # None: the row says nothing about it
    not_work: str | None = None  # "pull request" or "bot-authored"


def map_row(row: CsvRow | dict[str, Any], mapping: Mapping, fmt: ImportFormat) -> MappedRow:
    """Our fields of one row; the body as plain text, effort as a number of points."""

    is_csv = isinstance(row, list)
    values = v.by_column(row) if isinstance(row, list) else row

    def get(field: ItemField) -> list[Any]:
        return [x for src in mapping.fields.get(field, []) for x in v.raw_values(
            values, src, is_csv)]

    labels = v.labels(get(F.LABELS))
    status = v.first_text(get(F.STATUS))
    mapped: dict[str, Any] = {
        "id": _identifier(get(F.ID), fmt.number_prefix),
        "title": v.first_text(get(F.TITLE)),
        "body": to_plain(v.first_text(get(F.BODY)), fmt.markup),
        "effort": v.number(get(F.EFFORT)),
        "team": v.team(get(F.TEAM)) or v.team_from_labels(labels),
        "assignee": v.person(get(F.PERSON)),
        "labels": labels,
        "status": status,
        **{f.value: v.first_text(get(f)) for f in (F.TYPE, F.URL, F.CREATED, F.AUTHOR)},
    }
    state = _state(status, get(F.DONE), F.DONE.value in mapping.fields, fmt)
    item = {k: x for k, x in mapped.items() if x not in ("", None, [])}
    if fmt.keep_extra:
        given = row if isinstance(row, dict) else {c.strip().lower(): x for c, x in row if x}
        item = {**{k: x for k, x in given.items() if k != "person" and x is not None}, **item}
        for key in ("title", "body"):  # our own files: text kept exactly as written
            if isinstance(given.get(key), str) and item.get(key, "") == given[key].strip():
                item[key] = given[key]
    if state is not None:
        item["state"] = state.value
    return MappedRow(item=item, state=state, not_work=_not_work(mapped, get))


def _identifier(values: list[Any], prefix: str) -> str:
    first = next((x for x in values if v.text_of(x)), None)
    if isinstance(first, int) and not isinstance(first, bool) and prefix:
        return f"{prefix}{first}"
    return v.text_of(first)


def _state(status: str, done: list[Any], has_done_field: bool, fmt: ImportFormat
           ) -> ItemState | None:
    if fmt.done_values is not None:
        words = {v.text_of(x).casefold() for x in done} - {""}
        if words:  # a state word the tracker itself files as finished or not: it decides
            finished = {w.casefold() for w in fmt.done_values}
            return ItemState.DONE if words & finished else ItemState.OPEN
        done = []
    word = status.casefold()
    if v.truthy(done) or word in DONE_WORDS or word in {w.casefold() for w in fmt.done_words}:
        return ItemState.DONE
    return ItemState.OPEN if status or has_done_field else None


def _not_work(mapped: dict[str, Any], get: Any) -> str | None:
    kind = str(mapped.get("type") or "").casefold()
    if get(F.PULL_REQUEST) or kind in _PR_TYPES or _PR_URL.search(mapped.get("url") or ""):
        return "pull request"
    flags = get(F.BOT)
    # Every author column counts (Jira's Reporter and Creator, GitLab's Author and Author
    # Username): an automation rule may be named in either.
    if any(x is True or v.text_of(x).casefold() == "bot" for x in flags) or any(
            is_bot_name(v.text_of(x)) for x in get(F.AUTHOR)):
        return "bot-authored"
    return None
