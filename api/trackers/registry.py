"""The trackers stratalign speaks to, by name: the one list every switch reads.

Routes take their `{tracker}` segment from here, the CLI its choices, the client factory its
clients, webhook reception its signature check and payload reader, connecting its defaults.
A new tracker is one module implementing `protocol.Tracker` plus one line below.
"""

from __future__ import annotations

from api.trackers import github, gitlab, jira, linear
from api.trackers.protocol import Tracker
from index.errors import InputError

TRACKERS: dict[str, Tracker] = {
    module.TRACKER.name: module.TRACKER for module in (github, gitlab, jira, linear)
}


class UnknownTrackerError(InputError):
    """A tracker name the registry does not hold (422 / exit 2)."""


def names() -> list[str]:
    """Every registered tracker's name, sorted."""
    return sorted(TRACKERS)


def tracker(name: str) -> Tracker:
    """The tracker of that name; UnknownTrackerError (naming the known ones) otherwise."""
    found = TRACKERS.get(name)
    if found is None:
        raise UnknownTrackerError(
            f"unknown tracker '{name}'; known: {', '.join(names())}", field="tracker"
        )
    return found
