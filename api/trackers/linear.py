"""Linear: `Issue` create and update webhooks in, GraphQL comments and labels out.

Deliveries are signed `Linear-Signature: <hex HMAC of the body>` and carry a
`webhookTimestamp` (ms) in the body that must be recent, so a captured delivery cannot be
replayed later (linear.app/developers, "Webhooks"). Linear addresses labels by id, so a label
is looked up by name (and made, once, when the workspace has none) before it is used.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import httpx
from pydantic import Field

from api.outbound import TrackerCallError, TrackerNotFoundError, call, reply_field
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
from api.trackers.signing import verify, verify_fresh

ACTIONS = ("create", "update")


class _Label(Loose):
    name: str


class _Team(Loose):
    key: str


class _Issue(Loose):
    id: str
    title: str
    description: str | None = None
    identifier: str | None = None
    number: int | None = None
    team: _Team | None = None
    labels: list[_Label] = Field(default_factory=list)
    # Linear's Issue.botActor: the app or integration (Sentry, Zendesk, Slack) that created it.
    botActor: dict[str, Any] | None = None


class _Actor(Loose):
    id: str
    type: str | None = None  # "user" for people; apps and integrations send other types
    name: str | None = None

    @property
    def is_bot(self) -> bool:
        """Apps, integrations and OAuth actors: anything that is not a person."""
        return self.type not in (None, "user")


class _Event(Loose):
    type: str
    action: str
    data: _Issue
    url: str | None = None
    actor: _Actor | None = None
    updatedFrom: dict[str, Any] | None = None


class _CommentIssue(Loose):
    id: str
    title: str | None = None


class _CommentData(Loose):
    id: str
    body: str
    issueId: str | None = None
    issue: _CommentIssue | None = None
    user: _Actor | None = None
    botActor: dict[str, Any] | None = None  # set when an app or integration wrote it


class _CommentEvent(Loose):
    action: str
    data: _CommentData
    actor: _Actor | None = None


def linear_reply(payload: Any) -> Delivery:
    """The comment of a Linear `Comment` create delivery (a reply in a thread too)."""
    parsed = read_model(_CommentEvent, payload, "linear")
    if parsed.action != "create":
        return Skip(reason=f"'Comment.{parsed.action}' is not read; only new comments are")
    data = parsed.data
    issue_id = data.issueId or (data.issue.id if data.issue else None)
    if issue_id is None:
        return Skip(reason="the comment is not on an issue")
    author = parsed.actor or data.user
    return TrackerReply(
        tracker="linear",
        key=issue_id,
        target={"issue_id": issue_id},
        comment_id=data.id,
        text=plain_of_markdown(data.body),
        actor=author.id if author else None,
        actor_name=(author.name or author.id) if author else None,
        actor_is_bot=bool(author and author.is_bot) or data.botActor is not None,
        title=data.issue.title if data.issue else None,
    )


def linear_delivery(payload: Any) -> Delivery:
    """The item of a Linear `Issue` create or update delivery, or the comment of a
    `Comment` create one."""
    if isinstance(payload, dict) and payload.get("type") == "Comment":
        return linear_reply(payload)
    if not isinstance(payload, dict) or payload.get("type") != "Issue":
        kind = payload.get("type") if isinstance(payload, dict) else None
        return Skip(reason=f"'{kind}' deliveries are not checked; send Issue events")
    parsed = read_model(_Event, payload, "linear")
    if parsed.action not in ACTIONS:
        return Skip(reason=f"'Issue.{parsed.action}' is not checked")
    if parsed.action == "update" and unchanged(parsed.updatedFrom, {"title", "description"}):
        return Skip(reason="neither title nor description changed")
    issue = parsed.data
    return TrackerItem(
        tracker="linear",
        key=issue.id,
        target={"issue_id": issue.id},
        title=issue.title,
        body=issue.description or "",
        labels=[label.name for label in issue.labels],
        actor=parsed.actor.id if parsed.actor else None,
        actor_is_bot=bool(parsed.actor and parsed.actor.is_bot),
        author=str(issue.botActor.get("name") or "an integration") if issue.botActor else None,
        author_is_bot=issue.botActor is not None,
        url=parsed.url,
    )


VIEWER = "query Viewer { viewer { id } }"
COMMENT_CREATE = (
    "mutation CommentCreate($input: CommentCreateInput!) "
    "{ commentCreate(input: $input) { success comment { id } } }"
)
COMMENT_UPDATE = (
    "mutation CommentUpdate($id: String!, $input: CommentUpdateInput!) "
    "{ commentUpdate(id: $id, input: $input) { success } }"
)
LABEL_FIND = (
    "query LabelByName($name: String!) "
    "{ issueLabels(filter: { name: { eq: $name } }) { nodes { id } } }"
)
LABEL_CREATE = (
    "mutation LabelCreate($input: IssueLabelCreateInput!) "
    "{ issueLabelCreate(input: $input) { success issueLabel { id } } }"
)
LABEL_ADD = (
    "mutation LabelAdd($id: String!, $labelId: String!) "
    "{ issueAddLabel(id: $id, labelId: $labelId) { success } }"
)
LABEL_REMOVE = (
    "mutation LabelRemove($id: String!, $labelId: String!) "
    "{ issueRemoveLabel(id: $id, labelId: $labelId) { success } }"
)


class LinearClient:
    """Comments and labels with a personal API key (sent bare) or an OAuth token (Bearer)."""

    def __init__(self, http: httpx.Client, connection: Connection) -> None:
        self.http = http
        self.url = f"{connection.base_url}/graphql"
        token = connection.token.get_secret_value()
        bare = token.startswith("lin_api_")  # personal keys go bare, OAuth tokens as Bearer
        self.headers = {"Authorization": token if bare else f"Bearer {token}"}

    def _graphql(self, query: str, variables: dict[str, Any], *path: str) -> Any:
        """The operation's `data` at `path`; TrackerCallError for GraphQL errors or a reply
        without it (GraphQL reports failures in a 200 response)."""
        response = call(
            self.http, "linear", "POST", self.url,
            headers=self.headers, json={"query": query, "variables": variables},
        )
        body = reply_field(response, "linear")
        errors = body.get("errors") if isinstance(body, dict) else None
        if errors:
            # The error's text is the tracker's to show, not ours to echo: only its kind.
            gone = "not found" in json.dumps(errors)[:2000].lower()
            error = TrackerNotFoundError if gone else TrackerCallError
            what = "not found" if gone else "a GraphQL error"
            raise error(f"linear POST {httpx.URL(self.url).host} {query.split()[1]}: {what}")
        return reply_field(response, "linear", "data", *path)

    def whoami(self) -> str:
        """The token's user id (the viewer)."""
        return str(self._graphql(VIEWER, {}, "viewer", "id"))

    def create_comment(self, target: dict[str, str], comment: Comment) -> str:
        """commentCreate; the new comment's id."""
        variables = {"input": {"issueId": target["issue_id"], "body": comment.markdown()}}
        return str(self._graphql(COMMENT_CREATE, variables, "commentCreate", "comment", "id"))

    def update_comment(self, target: dict[str, str], comment_id: str, comment: Comment) -> None:
        """commentUpdate on our earlier comment."""
        self._graphql(COMMENT_UPDATE, {"id": comment_id, "input": {"body": comment.markdown()}})

    def add_labels(self, target: dict[str, str], labels: list[str]) -> None:
        """issueAddLabel for each label, made first when the workspace lacks it."""
        for label in labels:
            label_id = self._label_id(label, create=True)
            self._graphql(LABEL_ADD, {"id": target["issue_id"], "labelId": label_id})

    def remove_labels(self, target: dict[str, str], labels: list[str]) -> None:
        """issueRemoveLabel for each label that exists."""
        for label in labels:
            label_id = self._label_id(label, create=False)
            if label_id is not None:
                self._graphql(LABEL_REMOVE, {"id": target["issue_id"], "labelId": label_id})

    def _label_id(self, name: str, create: bool) -> str | None:
        nodes = self._graphql(LABEL_FIND, {"name": name}, "issueLabels", "nodes")
        if isinstance(nodes, list) and nodes and isinstance(nodes[0], dict) and nodes[0].get("id"):
            return str(nodes[0]["id"])
        if not create:
            return None
        made = self._graphql(
            LABEL_CREATE, {"input": {"name": name}}, "issueLabelCreate", "issueLabel", "id"
        )
        return str(made)


class Linear:
    """Linear's cloud API."""

    name = "linear"
    title = "Linear"
    default_base_url: str | None = "https://api.linear.app"
    base_url_hint = "the API root, https://api.linear.app"
    needs_user = False
    signature_header = "Linear-Signature"

    def verify(self, secret: str, headers: Mapping[str, str], raw: bytes) -> None:
        """HMAC-SHA256 of the raw body under the secret, as bare hex."""
        verify(secret, raw, headers.get(self.signature_header), name=self.signature_header)

    def delivery_id(self, headers: Mapping[str, str]) -> str | None:
        """Linear-Delivery: the delivery's id."""
        return headers.get("linear-delivery")

    def read(
        self, headers: Mapping[str, str], raw: bytes, site: str, now: float, max_age: float
    ) -> Delivery:
        """The issue, once its signed webhookTimestamp is within max_age of now."""
        payload = parse_json(raw, "linear")
        verify_fresh(payload.get("webhookTimestamp") if isinstance(payload, dict) else None,
                     now, max_age)
        return linear_delivery(payload)

    def client(self, http: httpx.Client, connection: Connection) -> LinearClient:
        """GraphQL client with the connection's API key or OAuth token."""
        return LinearClient(http, connection)


TRACKER = Linear()
