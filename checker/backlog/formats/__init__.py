"""The registry of import formats: one module per tool, one line here per module.

A new kind of export is a module defining `FORMATS` (see `checker.backlog.mapping`) and its
line below. Order breaks ties between equally good matches: the more specific first.
"""

from __future__ import annotations

from checker.backlog.formats import (
    asana,
    azure_devops,
    clickup,
    github,
    gitlab,
    jira,
    linear,
    own,
    shortcut,
    trello,
    youtrack,
)
from checker.backlog.mapping import ImportFormat

REGISTRY: list[ImportFormat] = [
    *jira.FORMATS,
    *youtrack.FORMATS,
    *azure_devops.FORMATS,
    *linear.FORMATS,
    *github.FORMATS,
    *gitlab.FORMATS,
    *asana.FORMATS,
    *shortcut.FORMATS,
    *clickup.FORMATS,
    *trello.FORMATS,
    *own.FORMATS,
]


def by_name(name: str) -> ImportFormat | None:
    """A registered format by its short name."""
    return next((f for f in REGISTRY if f.name == name), None)
