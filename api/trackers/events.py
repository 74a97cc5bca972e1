"""Tracker deliveries read into one shape: the item to check, or why there is nothing to do.

Each tracker's module (`github.py`, `gitlab.py`, `jira.py`, `linear.py`) reads its own payload
into these shapes with the helpers here. Payloads are large and grow new fields, so the models
read only the slice used and ignore the rest; a missing field we need is an error naming it.
"""

from __future__ import annotations

from typing import Any, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from api.bodies import load_json
from index.errors import first_problem


class TrackerItem(BaseModel):
    """An issue or pull request to check, and where to answer."""

    tracker: str  # a registry name: github, gitlab, jira, linear
    key: str  # stable across events: owner/repo#12, PROJ-7, a Linear issue id
    target: dict[str, str]  # what the tracker's API needs to address the item
    title: str
    body: str
    labels: list[str] = Field(default_factory=list)
    actor: str | None = None  # who caused the event
    actor_is_bot: bool = False  # an app or bot account caused it (Dependabot, Jira automation)
    # Who opened the item, when the payload says; a bot's item stays a bot's when a person
    # edits it (ticks a box in Renovate's dashboard, retitles a Dependabot pull request).
    author: str | None = None
    author_is_bot: bool = False
    # The opener's id when the delivery names no more (GitLab's author_id): asked of the
    # tracker's API before checking (trackers.protocol.BotLookup).
    author_id: str | None = None
    url: str | None = None
    delivery: list[str] = Field(default_factory=list)  # replay keys, released if answering fails


class TrackerReply(BaseModel):
    """A person's comment on an item stratalign may have commented on: a possible command.

    `key` and `target` address the item exactly as TrackerItem does, so our earlier post is
    found by them; `text` is the comment as plain text, with code and quoted text already left
    out (what a command may be read from).
    """

    tracker: str
    key: str
    target: dict[str, str]
    comment_id: str
    text: str
    actor: str | None = None  # the tracker's id of the author (login, accountId, user id)
    actor_name: str | None = None  # how people know the author, for the edited comment
    actor_is_bot: bool = False
    # None where the tracker does not say (GitLab, Jira, Linear); GitHub: author_association
    can_write: bool | None = None
    title: str | None = None  # the item's text when the delivery carries it
    body: str | None = None


class Skip(BaseModel):
    """A delivery that asks for no check, and why."""

    action: Literal["ignored", "pong"] = "ignored"  # pong: GitHub's ping
    reason: str


Delivery = TrackerItem | TrackerReply | Skip


M = TypeVar("M", bound="Loose")


class Loose(BaseModel):
    """A payload slice: unknown fields are ignored, missing ones we read are errors."""

    model_config = ConfigDict(extra="ignore")


def read_model(model: type[M], payload: Any, tracker: str) -> M:
    """The payload as `model`; InputError naming the first missing or wrong field."""
    try:
        return model.model_validate(payload)
    except ValidationError as exc:
        raise first_problem(exc, f"{tracker} payload") from None


def unchanged(changed: Any, watched: set[str]) -> bool:
    """True when the event lists what changed and none of it is text we check."""
    return changed is not None and not watched & {str(name).lower() for name in changed}


def parse_json(raw: bytes, tracker: str) -> Any:
    """The JSON of a delivery body; InputError (field `body`) when it is not JSON or nests
    deeper than `api.bodies.MAX_JSON_DEPTH` (checked before parsing)."""
    return load_json(raw, f"{tracker} payload")
