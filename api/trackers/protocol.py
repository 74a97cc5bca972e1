"""What every tracker module provides: the `Tracker` protocol and its API client's protocol.

A tracker is one module (`github.py`, `gitlab.py`, `jira.py`, `linear.py`) holding its payload
models, its signature check, its API client and its comment format, and one line in
`registry.py`. Routes, the CLI, the client factory and connection checks all go through the
registry, so no code anywhere else names a tracker.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Protocol, runtime_checkable

import httpx

from api.trackers.comment import Comment
from api.trackers.connections import Connection
from api.trackers.events import Delivery


class TrackerClient(Protocol):
    """Comment on an item and label it; `target` is TrackerItem.target.

    Every call raises TrackerCallError (TrackerNotFoundError on a 404) when the tracker
    refuses it or cannot be reached; the message never carries the token.
    """

    def whoami(self) -> str:
        """The token's own account (login, accountId, user id): the connection's bot_user."""
        ...

    def create_comment(self, target: dict[str, str], comment: Comment) -> str:
        """Post a new comment; its id as the tracker names it."""
        ...

    def update_comment(self, target: dict[str, str], comment_id: str, comment: Comment) -> None:
        """Edit our earlier comment in place; TrackerNotFoundError when a person deleted it."""
        ...

    def add_labels(self, target: dict[str, str], labels: list[str]) -> None:
        """Add labels, leaving the item's others alone."""
        ...

    def remove_labels(self, target: dict[str, str], labels: list[str]) -> None:
        """Remove labels; one already gone is no error."""
        ...


@runtime_checkable
class BotLookup(Protocol):
    """A client that can tell whether an account is a bot, for trackers whose deliveries name
    an item's opener only by id (GitLab's `author_id`)."""

    def user_is_bot(self, user_id: str) -> bool:
        """True for a bot or app account; TrackerCallError when the tracker does not answer."""
        ...


class Tracker(Protocol):
    """One kind of tracker, as the registry holds it.

    `name` is the URL segment of its routes, the CLI argument and what the database stores.
    """

    name: str  # lowercase: github, gitlab, jira, linear
    title: str  # for people: "GitHub"
    default_base_url: str | None  # None: every site has its own (Jira Cloud)
    base_url_hint: str  # what base_url is, for the error when it is missing
    needs_user: bool  # the token only works with an account name beside it (Jira)
    signature_header: str  # a delivery without it is refused before anything is looked up

    def verify(self, secret: str, headers: Mapping[str, str], raw: bytes) -> None:
        """Refuse (AuthenticationError, 401) a delivery not sent with `secret`."""
        ...

    def delivery_id(self, headers: Mapping[str, str]) -> str | None:
        """The tracker's id of this delivery (the same on its retries), if it sends one."""
        ...

    def read(
        self, headers: Mapping[str, str], raw: bytes, site: str, now: float, max_age: float
    ) -> Delivery:
        """The verified body as an item or a Skip; InputError (422) naming a bad field.

        `site` is the connection's base_url (for links), `now` epoch seconds and `max_age`
        the oldest a timestamped delivery may be (seconds).
        """
        ...

    def client(self, http: httpx.Client, connection: Connection) -> TrackerClient:
        """An API client acting with the connection's token over `http`."""
        ...
