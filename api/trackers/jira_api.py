"""Jira Cloud's REST API v3: comments (in Atlassian Document Format) and labels of an issue."""

from __future__ import annotations

import httpx

from api.trackers.calls import call
from api.trackers.comment import Comment
from api.trackers.connections import Connection


class JiraClient:
    """Comments and labels with an Atlassian account's email and API token (basic auth)."""

    def __init__(self, http: httpx.Client, connection: Connection) -> None:
        self.http = http
        self.site = connection.base_url
        self.base = f"{connection.base_url}/rest/api/3/issue"
        self.auth = httpx.BasicAuth(connection.user or "", connection.token.get_secret_value())

    def whoami(self) -> str:
        """The token's accountId (GET /rest/api/3/myself)."""
        response = call(
            self.http, "jira", "GET", f"{self.site}/rest/api/3/myself", auth=self.auth
        )
        return str(response.json()["accountId"])

    def create_comment(self, target: dict[str, str], comment: Comment) -> str:
        """POST a new comment; its id."""
        response = call(
            self.http, "jira", "POST", f"{self.base}/{target['key']}/comment",
            auth=self.auth, json={"body": comment.adf()},
        )
        return str(response.json()["id"])

    def update_comment(self, target: dict[str, str], comment_id: str, comment: Comment) -> None:
        """PUT our earlier comment."""
        call(
            self.http, "jira", "PUT", f"{self.base}/{target['key']}/comment/{comment_id}",
            auth=self.auth, json={"body": comment.adf()},
        )

    def add_labels(self, target: dict[str, str], labels: list[str]) -> None:
        """Add labels with an update operation, which leaves the others alone."""
        self._labels(target, [{"add": label} for label in labels])

    def remove_labels(self, target: dict[str, str], labels: list[str]) -> None:
        """Remove labels with an update operation; an absent one is no error."""
        self._labels(target, [{"remove": label} for label in labels])

    def _labels(self, target: dict[str, str], operations: list[dict[str, str]]) -> None:
        call(
            self.http, "jira", "PUT", f"{self.base}/{target['key']}",
            auth=self.auth, json={"update": {"labels": operations}},
        )
