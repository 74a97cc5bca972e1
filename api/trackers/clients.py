"""What the responder needs from a tracker, and the one place a client is chosen.

Each tracker speaks its own API (GitHub REST, Jira REST v3, Linear GraphQL) behind the same
four calls; failures raise the errors of `calls.py`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

import httpx

from api.trackers.comment import Comment
from api.trackers.connections import Connection
from api.trackers.github_api import GitHubClient
from api.trackers.jira_api import JiraClient
from api.trackers.linear_api import LinearClient


class TrackerClient(Protocol):
    """Comment on an item and label it; `target` is TrackerItem.target."""

    def whoami(self) -> str: ...

    def create_comment(self, target: dict[str, str], comment: Comment) -> str: ...

    def update_comment(self, target: dict[str, str], comment_id: str, comment: Comment) -> None: ...

    def add_labels(self, target: dict[str, str], labels: list[str]) -> None: ...

    def remove_labels(self, target: dict[str, str], labels: list[str]) -> None: ...


ClientFactory = Callable[[Connection], TrackerClient]


def client_factory(http: httpx.Client) -> ClientFactory:
    """Clients for each connection over one shared HTTP client."""
    def make(connection: Connection) -> TrackerClient:
        if connection.tracker == "github":
            return GitHubClient(http, connection)
        if connection.tracker == "jira":
            return JiraClient(http, connection)
        return LinearClient(http, connection)

    return make
