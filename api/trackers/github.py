"""GitHub: `issues` and `pull_request` webhooks in, REST API comments and labels out.

Deliveries are signed `X-Hub-Signature-256: sha256=<hex HMAC of the body>` and carry an
`X-GitHub-Delivery` GUID (docs.github.com, "Webhook events and payloads"). A pull request is an
issue to the REST API, so both are commented through the issues endpoints.
"""

from __future__ import annotations

import contextlib
from collections.abc import Mapping
from typing import Any
from urllib.parse import parse_qs, quote

import httpx
from pydantic import Field

from api.outbound import TrackerNotFoundError, call, reply_field
from api.trackers.commands import plain_of_markdown
from api.trackers.comment import Comment
from api.trackers.connections import Connection
from api.trackers.events import (
    Delivery,
    Loose,
    Skip,
    TrackerItem,
    TrackerReply,
    parse_json,
    read_model,
    unchanged,
)
from api.trackers.signing import verify
from index.errors import InputError

ACTIONS = ("opened", "edited")
# author_association values of people with write access to the repository (GitHub's REST
# reference, "author_association"); CONTRIBUTOR, FIRST_TIME_CONTRIBUTOR, FIRST_TIMER,
# MANNEQUIN and NONE may comment on a public repository without being part of the team.
WRITERS = ("OWNER", "MEMBER", "COLLABORATOR")


class _Label(Loose):
    name: str


class _User(Loose):
    login: str
    type: str | None = None  # "User", "Bot", "Organization"

    @property
    def is_bot(self) -> bool:
        """GitHub Apps (dependabot[bot], renovate[bot]) send as type Bot with a [bot] login."""
        return self.type == "Bot" or self.login.endswith("[bot]")


class _Issue(Loose):
    number: int
    title: str
    body: str | None = None
    user: _User | None = None  # who opened it
    html_url: str | None = None
    labels: list[_Label] = Field(default_factory=list)


class _Repo(Loose):
    full_name: str


class _Event(Loose):
    action: str
    repository: _Repo
    sender: _User | None = None
    changes: dict[str, Any] | None = None


class _IssueEvent(_Event):
    issue: _Issue


class _PullEvent(_Event):
    pull_request: _Issue


class _Comment(Loose):
    id: int
    body: str | None = None
    user: _User
    author_association: str | None = None


class _CommentEvent(_Event):
    issue: _Issue
    comment: _Comment


def github_reply(payload: Any) -> Delivery:
    """The comment of an `issue_comment` delivery (issues and pull requests alike)."""
    action = payload.get("action") if isinstance(payload, dict) else None
    if action != "created":
        return Skip(reason=f"'issue_comment.{action}' is not read; only new comments are")
    parsed = read_model(_CommentEvent, payload, "github")
    comment, repo = parsed.comment, parsed.repository.full_name
    association = comment.author_association
    return TrackerReply(
        tracker="github",
        key=f"{repo}#{parsed.issue.number}",
        target={"repo": repo, "number": str(parsed.issue.number)},
        comment_id=str(comment.id),
        text=plain_of_markdown(comment.body or ""),
        actor=comment.user.login,
        actor_name=comment.user.login,  # no @: editing our comment must not notify anyone
        actor_is_bot=comment.user.is_bot or bool(parsed.sender and parsed.sender.is_bot),
        can_write=association in WRITERS,  # no association given: no access shown
        title=parsed.issue.title,
        body=parsed.issue.body or "",
    )


def github_delivery(event: str | None, payload: Any) -> Delivery:
    """The item of an `issues` or `pull_request` delivery (`event` is X-GitHub-Event)."""
    if event == "ping":
        return Skip(action="pong", reason="ping received; the webhook is set up")
    if event == "issue_comment":
        return github_reply(payload)
    if event not in ("issues", "pull_request"):
        return Skip(
            reason=f"'{event}' events are not checked; send issues, pull_request and "
            "issue_comment"
        )
    parsed: _IssueEvent | _PullEvent = (
        read_model(_IssueEvent, payload, "github")
        if event == "issues"
        else read_model(_PullEvent, payload, "github")
    )
    if parsed.action not in ACTIONS:
        return Skip(reason=f"'{event}.{parsed.action}' is not checked")
    if parsed.action == "edited" and unchanged(parsed.changes, {"title", "body"}):
        return Skip(reason="neither title nor body changed")
    issue = parsed.issue if isinstance(parsed, _IssueEvent) else parsed.pull_request
    repo = parsed.repository.full_name
    return TrackerItem(
        tracker="github",
        key=f"{repo}#{issue.number}",
        target={"repo": repo, "number": str(issue.number)},
        title=issue.title,
        body=issue.body or "",
        labels=[label.name for label in issue.labels],
        actor=parsed.sender.login if parsed.sender else None,
        actor_is_bot=bool(parsed.sender and parsed.sender.is_bot),
        author=issue.user.login if issue.user else None,
        author_is_bot=bool(issue.user and issue.user.is_bot),
        url=issue.html_url,
    )


def _payload(raw: bytes, headers: Mapping[str, str]) -> Any:
    # A GitHub webhook may be set to send form-encoded: the JSON is in its `payload` field.
    if headers.get("content-type", "").startswith("application/x-www-form-urlencoded"):
        fields = parse_qs(raw.decode("utf-8", errors="replace"))
        if "payload" not in fields:
            raise InputError("github form payload has no 'payload' field", field="payload")
        return parse_json(fields["payload"][0].encode(), "github")
    return parse_json(raw, "github")


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

    def _call(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        return call(self.http, "github", method, url, headers=self.headers, **kwargs)

    def whoami(self) -> str:
        """The token's login (GET /user)."""
        return str(reply_field(self._call("GET", f"{self.base}/user"), "github", "login"))

    def create_comment(self, target: dict[str, str], comment: Comment) -> str:
        """POST a new comment; its id."""
        response = self._call(
            "POST", f"{self._issue(target)}/comments", json={"body": comment.markdown()}
        )
        return str(reply_field(response, "github", "id"))

    def update_comment(self, target: dict[str, str], comment_id: str, comment: Comment) -> None:
        """PATCH our earlier comment."""
        self._call(
            "PATCH", f"{self.base}/repos/{target['repo']}/issues/comments/{comment_id}",
            json={"body": comment.markdown()},
        )

    def add_labels(self, target: dict[str, str], labels: list[str]) -> None:
        """Add labels (GitHub creates unknown ones); existing labels stay."""
        self._call("POST", f"{self._issue(target)}/labels", json={"labels": labels})

    def remove_labels(self, target: dict[str, str], labels: list[str]) -> None:
        """Remove labels one by one; one already gone is fine."""
        for label in labels:
            with contextlib.suppress(TrackerNotFoundError):
                self._call("DELETE", f"{self._issue(target)}/labels/{quote(label, safe='')}")


class GitHub:
    """GitHub.com or GitHub Enterprise Server (base_url https://HOST/api/v3)."""

    name = "github"
    title = "GitHub"
    default_base_url: str | None = "https://api.github.com"
    base_url_hint = "the REST API root, e.g. https://api.github.com"
    needs_user = False
    signature_header = "X-Hub-Signature-256"

    def verify(self, secret: str, headers: Mapping[str, str], raw: bytes) -> None:
        """HMAC-SHA256 of the raw body (form-encoded bodies too) under the secret."""
        verify(secret, raw, headers.get(self.signature_header),
               name=self.signature_header, prefix="sha256=")

    def delivery_id(self, headers: Mapping[str, str]) -> str | None:
        """X-GitHub-Delivery: a GUID, kept by a redelivery."""
        return headers.get("x-github-delivery")

    def read(
        self, headers: Mapping[str, str], raw: bytes, site: str, now: float, max_age: float
    ) -> Delivery:
        """The `issues` or `pull_request` item the delivery is about."""
        return github_delivery(headers.get("x-github-event"), _payload(raw, headers))

    def client(self, http: httpx.Client, connection: Connection) -> GitHubClient:
        """REST client with the connection's token."""
        return GitHubClient(http, connection)


TRACKER = GitHub()
