"""GitLab: issue and merge request webhooks in, REST API v4 notes and labels out.

Source: docs.gitlab.com, "Webhooks" and "Webhook events" (Issue Hook, Confidential Issue Hook,
Merge Request Hook) and the Notes and Issues / Merge requests API pages. GitLab does not sign
deliveries: it sends the webhook's secret token itself in `X-Gitlab-Token`, compared here in
constant time. `Idempotency-Key` (GitLab 17.4+) or `X-Gitlab-Event-UUID` names a delivery.
The "Test" button sends an event without `object_attributes.action`: answered as a pong.
"""

from __future__ import annotations

import hmac
from collections.abc import Mapping
from typing import Any

import httpx
from pydantic import Field

from api.errors import AuthenticationError
from api.outbound import call, reply_field
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
from checker.backlog.bots import is_bot_name
from index.errors import InputError

ACTIONS = ("open", "reopen", "update")
KINDS = {"issue": ("issues", "#"), "merge_request": ("merge_requests", "!")}  # API path, mark


class _Label(Loose):
    title: str


def _bot_user(bot: object, username: str) -> bool:
    """A GitLab user is a bot when GitLab says so (`bot`) or its username is a bot's."""
    return bot is True or is_bot_name(username)


class _User(Loose):
    username: str
    name: str | None = None
    id: int | None = None
    bot: bool | None = None  # said by some payloads and by the Users API

    @property
    def is_bot(self) -> bool:
        """Project and group access tokens act as bot users named project_<id>_bot_<hash>;
        GitLab's own bots (support-bot, alert-bot) and others' (renovate-bot) end in "bot";
        checker.backlog.bots holds the rule `audit` uses too."""
        return _bot_user(self.bot, self.username)


class _Project(Loose):
    id: int
    path_with_namespace: str


class _Noteable(Loose):
    """An issue or merge request as a note event carries it."""

    iid: int
    title: str
    description: str | None = None


class _Attributes(_Noteable):
    action: str | None = None  # absent in the "Test" button's deliveries
    url: str | None = None
    author_id: int | None = None
    author: _User | None = None  # not in GitLab's own payloads; some compatible servers send it


class _Event(Loose):
    object_kind: str
    project: _Project
    object_attributes: _Attributes
    user: _User | None = None
    labels: list[_Label] = Field(default_factory=list)
    changes: dict[str, Any] | None = None


class _Note(Loose):
    id: int
    note: str
    noteable_type: str  # Issue, MergeRequest, Commit, Snippet
    system: bool = False  # GitLab's own notes ("changed the description")
    action: str | None = None  # create | update (GitLab 16.11+); absent before


class _NoteEvent(Loose):
    project: _Project
    object_attributes: _Note
    user: _User
    issue: _Noteable | None = None
    merge_request: _Noteable | None = None


NOTEABLES = {"Issue": "issue", "MergeRequest": "merge_request"}


def gitlab_reply(payload: Any) -> Delivery:
    """The note of a `Note Hook` delivery on an issue or merge request."""
    parsed = read_model(_NoteEvent, payload, "gitlab")
    note = parsed.object_attributes
    kind = NOTEABLES.get(note.noteable_type)
    noteable = getattr(parsed, kind) if kind else None
    if kind is None or noteable is None:
        return Skip(reason=f"notes on a {note.noteable_type} are not read")
    if note.system or note.action not in (None, "create"):
        return Skip(reason="only new notes by people are read")
    path, mark = KINDS[kind]
    return TrackerReply(
        tracker="gitlab",
        key=f"{parsed.project.path_with_namespace}{mark}{noteable.iid}",
        target={"project": str(parsed.project.id), "kind": path, "iid": str(noteable.iid)},
        comment_id=str(note.id),
        text=plain_of_markdown(note.note),
        actor=parsed.user.username,
        actor_name=parsed.user.username,  # no @: editing our note must not notify anyone
        actor_is_bot=parsed.user.is_bot,
        title=noteable.title,
        body=noteable.description or "",
    )


def gitlab_delivery(payload: Any) -> Delivery:
    """The issue or merge request an `Issue Hook` / `Merge Request Hook` delivery is about,
    or the note of a `Note Hook` one."""
    kind = payload.get("object_kind") if isinstance(payload, dict) else None
    if kind == "note":
        return gitlab_reply(payload)
    if kind not in KINDS:
        return Skip(reason=f"'{kind}' events are not checked; send issues and merge requests")
    parsed = read_model(_Event, payload, "gitlab")
    attributes = parsed.object_attributes
    if attributes.action is None:
        return Skip(action="pong", reason="test delivery received; the webhook is set up")
    if attributes.action not in ACTIONS:
        return Skip(reason=f"'{kind}.{attributes.action}' is not checked")
    if attributes.action == "update" and unchanged(parsed.changes, {"title", "description"}):
        return Skip(reason="neither title nor description changed")
    path, mark = KINDS[kind]
    author = _author(parsed)
    return TrackerItem(
        tracker="gitlab",
        key=f"{parsed.project.path_with_namespace}{mark}{attributes.iid}",
        target={"project": str(parsed.project.id), "kind": path, "iid": str(attributes.iid)},
        title=attributes.title,
        body=attributes.description or "",
        labels=[label.title for label in parsed.labels],
        actor=parsed.user.username if parsed.user else None,
        actor_is_bot=bool(parsed.user and parsed.user.is_bot),
        author=author.username if author else None,
        author_is_bot=bool(author and author.is_bot),
        author_id=str(attributes.author_id) if author is None and attributes.author_id else None,
        url=attributes.url,
    )


def _author(parsed: _Event) -> _User | None:
    """Who opened the item, when the delivery tells: GitLab names only `author_id`, so the
    author is known when they caused this event (opened it, or edit it themselves)."""
    attributes, user = parsed.object_attributes, parsed.user
    if attributes.author is not None:
        return attributes.author
    if user is not None and (attributes.action == "open" or (
            attributes.author_id is not None and user.id == attributes.author_id)):
        return user
    return None


class GitLabClient:
    """Notes and labels with a personal, project or group access token (scope `api`)."""

    def __init__(self, http: httpx.Client, connection: Connection) -> None:
        self.http = http
        self.base = f"{connection.base_url}/api/v4"
        self.headers = {"PRIVATE-TOKEN": connection.token.get_secret_value()}

    def _item(self, target: dict[str, str]) -> str:
        return f"{self.base}/projects/{target['project']}/{target['kind']}/{target['iid']}"

    def _call(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        return call(self.http, "gitlab", method, url, headers=self.headers, **kwargs)

    def whoami(self) -> str:
        """The token's username (GET /user)."""
        return str(reply_field(self._call("GET", f"{self.base}/user"), "gitlab", "username"))

    def user_is_bot(self, user_id: str) -> bool:
        """Whether the user is a bot (GET /users/:id: its `bot` field, GitLab 13.8+, or a bot's
        username); TrackerCallError when GitLab does not answer (404: not visible to us)."""
        response = self._call("GET", f"{self.base}/users/{user_id}")
        try:
            user = response.json()
        except ValueError:
            return False
        if not isinstance(user, dict):
            return False
        return _bot_user(user.get("bot"), str(user.get("username") or ""))

    def create_comment(self, target: dict[str, str], comment: Comment) -> str:
        """POST a note; its id."""
        response = self._call(
            "POST", f"{self._item(target)}/notes", json={"body": comment.markdown()}
        )
        return str(reply_field(response, "gitlab", "id"))

    def update_comment(self, target: dict[str, str], comment_id: str, comment: Comment) -> None:
        """PUT our earlier note."""
        self._call(
            "PUT", f"{self._item(target)}/notes/{comment_id}", json={"body": comment.markdown()}
        )

    def add_labels(self, target: dict[str, str], labels: list[str]) -> None:
        """`add_labels` on the item (GitLab creates unknown ones); the others stay."""
        self._call("PUT", self._item(target), json={"add_labels": ",".join(labels)})

    def remove_labels(self, target: dict[str, str], labels: list[str]) -> None:
        """`remove_labels` on the item; an absent one is no error."""
        self._call("PUT", self._item(target), json={"remove_labels": ",".join(labels)})


class GitLab:
    """GitLab.com or a self-managed instance (base_url: its root, without /api/v4)."""

    name = "gitlab"
    title = "GitLab"
    default_base_url: str | None = "https://gitlab.com"
    base_url_hint = "the instance root, e.g. https://gitlab.com"
    needs_user = False
    signature_header = "X-Gitlab-Token"

    def verify(self, secret: str, headers: Mapping[str, str], raw: bytes) -> None:
        """The secret token, sent as is, compared in constant time."""
        presented = headers.get(self.signature_header)
        if not presented:
            raise AuthenticationError(
                f"missing {self.signature_header} header; is the webhook's secret token set?"
            )
        if not hmac.compare_digest(presented.encode(), secret.encode()):
            raise AuthenticationError(
                f"{self.signature_header} does not match; check the webhook secret stored "
                "for this workspace"
            )

    def delivery_id(self, headers: Mapping[str, str]) -> str | None:
        """Idempotency-Key (kept by retries), else X-Gitlab-Event-UUID."""
        return headers.get("idempotency-key") or headers.get("x-gitlab-event-uuid")

    def read(
        self, headers: Mapping[str, str], raw: bytes, site: str, now: float, max_age: float
    ) -> Delivery:
        """The issue or merge request; other hooks are skipped."""
        payload = parse_json(raw, "gitlab")
        if not isinstance(payload, dict):
            raise InputError("gitlab payload is not a JSON object", field="body")
        return gitlab_delivery(payload)

    def client(self, http: httpx.Client, connection: Connection) -> GitLabClient:
        """REST v4 client with the connection's access token."""
        return GitLabClient(http, connection)


TRACKER = GitLab()
