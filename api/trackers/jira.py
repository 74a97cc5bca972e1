"""Jira Cloud: `jira:issue_created` / `jira:issue_updated` webhooks in, REST API v3 out.

Deliveries are signed `X-Hub-Signature: sha256=<hex HMAC>` (WebSub style) and carry an
`X-Atlassian-Webhook-Identifier` that stays the same on retries (developer.atlassian.com,
"Webhooks"). Descriptions and our comment are Atlassian Document Format (`adf.py`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx
from pydantic import Field

from api.outbound import call, reply_field
from api.trackers.adf import adf_text
from api.trackers.commands import plain_of_jira
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
from checker.backlog.bots import is_bot_name

EVENTS = ("jira:issue_created", "jira:issue_updated")
_COMMENT_EVENTS = ("issue_commented", "issue_comment_edited", "issue_comment_deleted")


class _User(Loose):
    accountId: str | None = None
    accountType: str | None = None  # "atlassian" for people, "app" for Automation and apps
    displayName: str | None = None
    name: str | None = None  # Jira Data Center's username; it has no accountType

    @property
    def is_bot(self) -> bool:
        """An app account (Cloud) or an automation actor by name (Data Center too)."""
        return self.accountType == "app" or is_bot_name(self.displayName) or is_bot_name(
            self.name)

    @property
    def shown(self) -> str | None:
        return self.displayName or self.name or self.accountId


class _Fields(Loose):
    summary: str
    description: Any = None  # ADF (REST v3) or a string (older payloads)
    labels: list[str] = Field(default_factory=list)
    creator: _User | None = None
    reporter: _User | None = None


class _Issue(Loose):
    key: str
    fields: _Fields


class _Change(Loose):
    field: str


class _Changelog(Loose):
    items: list[_Change] = Field(default_factory=list)


class _Event(Loose):
    webhookEvent: str
    issue: _Issue
    user: _User | None = None
    changelog: _Changelog | None = None


class _CommentFields(Loose):
    summary: str | None = None
    description: Any = None


class _CommentIssue(Loose):
    key: str
    fields: _CommentFields | None = None


class _Comment(Loose):
    id: str
    body: Any = None  # ADF (Jira Cloud) or wiki markup (older payloads)
    author: _User | None = None


class _CommentEvent(Loose):
    comment: _Comment
    issue: _CommentIssue


def jira_reply(payload: Any) -> Delivery:
    """The comment of a `comment_created` delivery (Jira sends the issue's key and summary;
    the description only on some sites)."""
    parsed = read_model(_CommentEvent, payload, "jira")
    author, fields = parsed.comment.author, parsed.issue.fields
    description = fields.description if fields else None
    return TrackerReply(
        tracker="jira",
        key=parsed.issue.key,
        target={"key": parsed.issue.key},
        comment_id=parsed.comment.id,
        text=plain_of_jira(parsed.comment.body or ""),
        actor=author.accountId if author else None,
        actor_name=(author.displayName or author.accountId) if author else None,
        actor_is_bot=bool(author and author.is_bot),
        title=fields.summary if fields else None,
        body=adf_text(description) if description else None,
    )


def jira_delivery(payload: Any, site: str) -> Delivery:
    """The item of a Jira issue event, or the comment of a `comment_created` one; `site`
    builds the browse link."""
    event = payload.get("webhookEvent") if isinstance(payload, dict) else None
    if event == "comment_created":
        return jira_reply(payload)
    if event not in EVENTS:
        return Skip(reason=f"'{event}' events are not checked; send "
                           f"{', '.join(EVENTS)} and comment_created")
    if payload.get("issue_event_type_name") in _COMMENT_EVENTS:
        # A comment added or edited also comes as issue_updated: the text is unchanged.
        return Skip(reason="a comment on the issue; its summary and description are unchanged")
    parsed = read_model(_Event, payload, "jira")
    changed = [c.field for c in parsed.changelog.items] if parsed.changelog else None
    if event == "jira:issue_updated" and unchanged(changed, {"summary", "description"}):
        return Skip(reason="neither summary nor description changed")
    issue = parsed.issue
    opener = _opener(issue.fields)
    return TrackerItem(
        tracker="jira",
        key=issue.key,
        target={"key": issue.key},
        title=issue.fields.summary,
        body=adf_text(issue.fields.description) if issue.fields.description else "",
        labels=issue.fields.labels,
        actor=parsed.user.accountId if parsed.user else None,
        actor_is_bot=bool(parsed.user and parsed.user.is_bot),
        author=opener.shown if opener else None,
        author_is_bot=bool(opener and opener.is_bot),
        url=f"{site}/browse/{issue.key}",
    )


def _opener(fields: _Fields) -> _User | None:
    """Who filed the issue: an app among its creator and reporter (a rule may run as either),
    else its creator."""
    people = [user for user in (fields.creator, fields.reporter) if user is not None]
    return next((user for user in people if user.is_bot), people[0] if people else None)


class JiraClient:
    """Comments and labels with an Atlassian account's email and API token (basic auth)."""

    def __init__(self, http: httpx.Client, connection: Connection) -> None:
        self.http = http
        self.site = connection.base_url
        self.base = f"{connection.base_url}/rest/api/3/issue"
        self.auth = httpx.BasicAuth(connection.user or "", connection.token.get_secret_value())

    def _call(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        return call(self.http, "jira", method, url, auth=self.auth, **kwargs)

    def whoami(self) -> str:
        """The token's accountId (GET /rest/api/3/myself)."""
        response = self._call("GET", f"{self.site}/rest/api/3/myself")
        return str(reply_field(response, "jira", "accountId"))

    def create_comment(self, target: dict[str, str], comment: Comment) -> str:
        """POST a new comment; its id."""
        response = self._call(
            "POST", f"{self.base}/{target['key']}/comment", json={"body": comment.adf()}
        )
        return str(reply_field(response, "jira", "id"))

    def update_comment(self, target: dict[str, str], comment_id: str, comment: Comment) -> None:
        """PUT our earlier comment."""
        self._call(
            "PUT", f"{self.base}/{target['key']}/comment/{comment_id}", json={"body": comment.adf()}
        )

    def add_labels(self, target: dict[str, str], labels: list[str]) -> None:
        """Add labels with an update operation, which leaves the others alone."""
        self._labels(target, [{"add": label} for label in labels])

    def remove_labels(self, target: dict[str, str], labels: list[str]) -> None:
        """Remove labels with an update operation; an absent one is no error."""
        self._labels(target, [{"remove": label} for label in labels])

    def _labels(self, target: dict[str, str], operations: list[dict[str, str]]) -> None:
        self._call(
            "PUT", f"{self.base}/{target['key']}", json={"update": {"labels": operations}}
        )


class Jira:
    """Jira Cloud (and Data Center, whose REST API v3 paths are the same)."""

    name = "jira"
    title = "Jira"
    default_base_url: str | None = None  # every Jira Cloud site has its own
    base_url_hint = "the Jira site, e.g. https://your-site.atlassian.net"
    needs_user = True
    signature_header = "X-Hub-Signature"

    def verify(self, secret: str, headers: Mapping[str, str], raw: bytes) -> None:
        """HMAC-SHA256 of the raw body under the secret."""
        verify(secret, raw, headers.get(self.signature_header),
               name=self.signature_header, prefix="sha256=")

    def delivery_id(self, headers: Mapping[str, str]) -> str | None:
        """X-Atlassian-Webhook-Identifier: the same on every retry of one delivery."""
        return headers.get("x-atlassian-webhook-identifier")

    def read(
        self, headers: Mapping[str, str], raw: bytes, site: str, now: float, max_age: float
    ) -> Delivery:
        """The issue the event is about."""
        return jira_delivery(parse_json(raw, "jira"), site)

    def client(self, http: httpx.Client, connection: Connection) -> JiraClient:
        """REST v3 client with the account email and API token."""
        return JiraClient(http, connection)


TRACKER = Jira()
