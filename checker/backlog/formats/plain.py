"""A plain table or list of objects that no tracker's export fits: its columns read by their
names, the way people name them (`Summary` or `Name` the title, `Description`, `Details` or
`Notes` the body, `Key` the id, `Points` the effort).

Not in the registry's contest: `checker.backlog.reading.choose_format` falls back to it when no
tracker's export knows the file's columns, and prefers it to a tracker whose only columns in the
file are these everyday names (`Summary,Description` is no YouTrack export). A file with neither
a title nor a body column among them is still refused, with the --map hint.
"""

from __future__ import annotations

from checker.backlog.mapping import ImportFormat, ItemField, candidates_found

F = ItemField

PLAIN = ImportFormat(
    name="plain", label="a plain table (columns read by their names)", container="any",
    markup="auto", source="docs/audit-report.md, 'Our fields'",
    fields={F.ID: ["id", "key", "identifier", "ticket", "ref", "reference", "no", "#"],
            F.TITLE: ["title", "summary", "name", "subject", "headline", "item", "task"],
            F.BODY: ["body", "description", "desc", "details", "text", "content", "notes",
                     "note", "comments"],
            F.EFFORT: ["effort", "estimate", "story points", "story_points", "points", "size"],
            F.TEAM: ["team", "squad"], F.PERSON: ["assignee", "person", "owner"],
            F.STATUS: ["status", "state"], F.TYPE: ["type"], F.LABELS: ["labels", "tags"],
            F.URL: ["url", "link"], F.CREATED: ["created"]},
)

_EVERYDAY = frozenset(c.casefold() for cs in PLAIN.fields.values() for c in cs)


def only_everyday_columns(fmt: ImportFormat, columns: list[str]) -> bool:
    """True when every column of `fmt` the file has is an everyday name of PLAIN's: nothing in
    the file tells that tracker apart (`Summary,Description`); a path into nested objects
    (Linear's `team.name`) or a tracker's own header (`Issue key`, `Task ID`) does."""
    return candidates_found(fmt, columns) <= _EVERYDAY
