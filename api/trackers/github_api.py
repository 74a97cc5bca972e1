"""GitHub's REST API: comments and labels of issues and pull requests (both are issues there)."""

from __future__ import annotations

import contextlib
from urllib.parse import quote

import httpx

from api.trackers.calls import TrackerNotFoundError, call
from api.trackers.comment import Comment
from api.trackers.connections import Connection


class GitHubClient:
    """Issue comments and labels with a token (fine-grained: Issues and Pull requests, write)."""

    def __init__(self, http: httpx.Client, connection: Connection) -> None:
        self.http = http
        self.base = connection.base_url
        self.headers = {
            "Authorization": f"Bearer {connection.token.get_secret_value()}",
            "Accept": "application/vnd.github+json",
            "X-GitHub-Api-Version": "2022-11-28",
        }

    def _issue(self, target: dict[str, str]) -> str:
        return f"{self.base}/repos/{target['repo']}/issues/{target['number']}"

    def whoami(self) -> str:
        """The token's login (GET /user)."""
        response = call(self.http, "github", "GET", f"{self.base}/user", headers=self.headers)
        return str(response.json()["login"])

    def create_comment(self, target: dict[str, str], comment: Comment) -> str:
        """POST a new comment; its id."""
        response = call(
            self.http, "github", "POST", f"{self._issue(target)}/comments",
            headers=self.headers, json={"body": comment.markdown()},
        )
        return str(response.json()["id"])

    def update_comment(self, target: dict[str, str], comment_id: str, comment: Comment) -> None:
        """PATCH our earlier comment."""
        call(
            self.http, "github", "PATCH",
            f"{self.base}/repos/{target['repo']}/issues/comments/{comment_id}",
            headers=self.headers, json={"body": comment.markdown()},
        )

    def add_labels(self, target: dict[str, str], labels: list[str]) -> None:
        """Add labels (GitHub creates unknown ones); existing labels stay."""
        call(
            self.http, "github", "POST", f"{self._issue(target)}/labels",
            headers=self.headers, json={"labels": labels},
        )

    def remove_labels(self, target: dict[str, str], labels: list[str]) -> None:
        """Remove labels one by one; one already gone is fine."""
        for label in labels:
            with contextlib.suppress(TrackerNotFoundError):
                call(
                    self.http, "github", "DELETE",
                    f"{self._issue(target)}/labels/{quote(label, safe='')}",
                    headers=self.headers,
                )
