"""Tracker deliveries read into one shape: the item to check, or why there is nothing to do.

Payloads are large and grow new fields, so the models read only the slice used here and
ignore the rest; a missing field we need is an error that names it.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from api.trackers.adf import adf_text
from api.trackers.connections import Tracker
from index.errors import first_problem


class TrackerItem(BaseModel):
    """An issue or pull request to check, and where to answer."""

    tracker: Tracker
    key: str  # stable across events: owner/repo#12, PROJ-7, a Linear issue id
    target: dict[str, str]  # what the tracker's API needs to address the item
    title: str
    body: str
    labels: list[str] = Field(default_factory=list)
    actor: str | None = None  # who caused the event
    url: str | None = None


class Skip(BaseModel):
    """A delivery that asks for no check, and why."""

    action: Literal["ignored", "pong"] = "ignored"  # pong: GitHub's ping
    reason: str


Delivery = TrackerItem | Skip


class _Loose(BaseModel):
    model_config = ConfigDict(extra="ignore")


def _read(model: type[_Loose], payload: Any, tracker: str) -> Any:
    try:
        return model.model_validate(payload)
    except ValidationError as exc:
        raise first_problem(exc, f"{tracker} payload") from None


def _unchanged(changed: Any, watched: set[str]) -> bool:
    """True when the event lists what changed and none of it is text we check."""
    return changed is not None and not watched & {str(name).lower() for name in changed}


# --- GitHub: `issues` and `pull_request`, opened or edited -------------------------------------


class _GitHubLabel(_Loose):
    name: str


class _GitHubUser(_Loose):
    login: str


class _GitHubIssue(_Loose):
    number: int
    title: str
    body: str | None = None
    html_url: str | None = None
    labels: list[_GitHubLabel] = Field(default_factory=list)


class _GitHubRepo(_Loose):
    full_name: str


class _GitHubEvent(_Loose):
    action: str
    repository: _GitHubRepo
    sender: _GitHubUser | None = None
    changes: dict[str, Any] | None = None


class _GitHubIssueEvent(_GitHubEvent):
    issue: _GitHubIssue


class _GitHubPullEvent(_GitHubEvent):
    pull_request: _GitHubIssue


GITHUB_ACTIONS = ("opened", "edited")


def github_delivery(event: str | None, payload: Any) -> Delivery:
    """The item of an `issues` or `pull_request` delivery (`event` is X-GitHub-Event)."""
    if event == "ping":
        return Skip(action="pong", reason="ping received; the webhook is set up")
    if event not in ("issues", "pull_request"):
        return Skip(reason=f"'{event}' events are not checked; send issues and pull_request")
    model = _GitHubIssueEvent if event == "issues" else _GitHubPullEvent
    parsed = _read(model, payload, "github")
    if parsed.action not in GITHUB_ACTIONS:
        return Skip(reason=f"'{event}.{parsed.action}' is not checked")
    if parsed.action == "edited" and _unchanged(parsed.changes, {"title", "body"}):
        return Skip(reason="neither title nor body changed")
    issue: _GitHubIssue = parsed.issue if event == "issues" else parsed.pull_request
    repo = parsed.repository.full_name
    return TrackerItem(
        tracker="github",
        key=f"{repo}#{issue.number}",
        target={"repo": repo, "number": str(issue.number)},
        title=issue.title,
        body=issue.body or "",
        labels=[label.name for label in issue.labels],
        actor=parsed.sender.login if parsed.sender else None,
        url=issue.html_url,
    )


# --- Jira Cloud: jira:issue_created and jira:issue_updated -------------------------------------


class _JiraFields(_Loose):
    summary: str
    description: Any = None  # ADF (REST v3) or a string (older payloads)
    labels: list[str] = Field(default_factory=list)


class _JiraIssue(_Loose):
    key: str
    fields: _JiraFields


class _JiraUser(_Loose):
    accountId: str | None = None


class _JiraChange(_Loose):
    field: str


class _JiraChangelog(_Loose):
    items: list[_JiraChange] = Field(default_factory=list)


class _JiraEvent(_Loose):
    webhookEvent: str
    issue: _JiraIssue
    user: _JiraUser | None = None
    changelog: _JiraChangelog | None = None


JIRA_EVENTS = ("jira:issue_created", "jira:issue_updated")


def jira_delivery(payload: Any, site: str) -> Delivery:
    """The item of a Jira issue event; `site` builds the browse link."""
    event = payload.get("webhookEvent") if isinstance(payload, dict) else None
    if event not in JIRA_EVENTS:
        return Skip(reason=f"'{event}' events are not checked; send {' and '.join(JIRA_EVENTS)}")
    parsed = _read(_JiraEvent, payload, "jira")
    changed = [c.field for c in parsed.changelog.items] if parsed.changelog else None
    if event == "jira:issue_updated" and _unchanged(changed, {"summary", "description"}):
        return Skip(reason="neither summary nor description changed")
    issue = parsed.issue
    return TrackerItem(
        tracker="jira",
        key=issue.key,
        target={"key": issue.key},
        title=issue.fields.summary,
        body=adf_text(issue.fields.description) if issue.fields.description else "",
        labels=issue.fields.labels,
        actor=parsed.user.accountId if parsed.user else None,
        url=f"{site}/browse/{issue.key}",
    )


# --- Linear: Issue create and update ------------------------------------------------------------


class _LinearLabel(_Loose):
    name: str


class _LinearTeam(_Loose):
    key: str


class _LinearIssue(_Loose):
    id: str
    title: str
    description: str | None = None
    identifier: str | None = None
    number: int | None = None
    team: _LinearTeam | None = None
    labels: list[_LinearLabel] = Field(default_factory=list)


class _LinearActor(_Loose):
    id: str


class _LinearEvent(_Loose):
    type: str
    action: str
    data: _LinearIssue
    url: str | None = None
    actor: _LinearActor | None = None
    updatedFrom: dict[str, Any] | None = None


LINEAR_ACTIONS = ("create", "update")


def linear_delivery(payload: Any) -> Delivery:
    """The item of a Linear `Issue` create or update delivery."""
    if not isinstance(payload, dict) or payload.get("type") != "Issue":
        kind = payload.get("type") if isinstance(payload, dict) else None
        return Skip(reason=f"'{kind}' deliveries are not checked; send Issue events")
    parsed = _read(_LinearEvent, payload, "linear")
    if parsed.action not in LINEAR_ACTIONS:
        return Skip(reason=f"'Issue.{parsed.action}' is not checked")
    if parsed.action == "update" and _unchanged(parsed.updatedFrom, {"title", "description"}):
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
        url=parsed.url,
    )
