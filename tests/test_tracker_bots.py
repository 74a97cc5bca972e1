"""Items opened by bots stay a bot's, whoever edits them: the tracker webhooks ignore them
(unless the connection checks bots) and `audit` leaves them out, on the one rule of
checker/backlog/bots.py; people whose names hold "bot" are checked like anyone (a user trial,
2026-11-30: a maintainer editing a Dependabot pull request, ticking Renovate's dashboard or
editing a Sentry-made Linear issue got the bot's item judged and publicly commented on)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pydantic import SecretStr

from api.trackers.connections import Connection
from api.trackers.events import Delivery, TrackerItem
from api.trackers.github import github_delivery
from api.trackers.gitlab import gitlab_delivery
from api.trackers.jira import jira_delivery
from api.trackers.linear import linear_delivery
from api.trackers.receive import own_event
from checker.backlog.bots import is_bot_name
from checker.backlog.reading import ReadOptions, read_backlog

DATA = Path(__file__).resolve().parent / "data"
SITE = "https://acme.atlassian.net"


def _connection(ignore_bots: bool = True) -> Connection:
    return Connection.model_validate({
        "tracker": "github", "base_url": "http://127.0.0.1:9", "user": None,
        "bot_user": "stratalign-bot", "min_confidence": 0.5, "labels": False,
        "created_at": 0.0, "updated_at": 0.0, "workspace_id": 1, "token": SecretStr("t" * 10),
        "webhook_secret": SecretStr("s" * 10), "ignore_bots": ignore_bots})


def _github(event: str, opener: dict[str, Any], sender: str = "maintainer-kim") -> Delivery:
    item = {"number": 7, "title": "Bump pdfkit from 0.13 to 0.15",
            "body": "Release notes: faster invoice rendering.", "user": opener, "labels": []}
    return github_delivery(event, {
        "action": "edited", "changes": {"body": {"from": "x"}},
        "repository": {"full_name": "acme/shop"}, "sender": {"login": sender, "type": "User"},
        ("issue" if event == "issues" else "pull_request"): item})


def _gitlab(author: dict[str, Any], editor: dict[str, Any], action: str = "update",
            author_id: int = 9) -> Delivery:
    return gitlab_delivery({
        "object_kind": "merge_request", "user": editor, "changes": {"description": {}},
        "project": {"id": 4, "path_with_namespace": "acme/shop"},
        "object_attributes": {"iid": 3, "title": "Security scan findings", "action": action,
                              "description": "2 critical findings", "author_id": author_id,
                              **({"author": author} if author else {})}})


def _jira(creator: dict[str, Any], reporter: dict[str, Any]) -> Delivery:
    return jira_delivery({
        "webhookEvent": "jira:issue_updated", "changelog": {"items": [{"field": "summary"}]},
        "user": {"accountId": "p-1", "accountType": "atlassian", "displayName": "Ana Ruiz"},
        "issue": {"key": "OPS-9", "fields": {
            "summary": "Quarterly access review", "description": "Review who has access.",
            "creator": creator, "reporter": reporter}}}, SITE)


def _linear(data: dict[str, Any]) -> Delivery:
    return linear_delivery({
        "type": "Issue", "action": "update", "updatedFrom": {"title": "old"},
        "actor": {"id": "u1", "type": "user", "name": "Paul Dev"},
        "data": {"id": "i1", "title": "TypeError in invoice emails", "description": "d",
                 **data}})


APP = {"accountId": "557058:app", "accountType": "app", "displayName": "Automation for Jira"}
PERSON = {"accountId": "p-2", "accountType": "atlassian", "displayName": "Marie Talbot"}
BOT_CASES: list[tuple[str, Callable[[], Delivery]]] = [
    ("dependabot pull request", lambda: _github(
        "pull_request", {"login": "dependabot[bot]", "type": "Bot"})),
    ("github-actions issue", lambda: _github(
        "issues", {"login": "github-actions[bot]", "type": "Bot"})),
    ("app login without a type", lambda: _github("issues", {"login": "acme-release[bot]"})),
    ("gitlab project bot, author named", lambda: _gitlab(
        {"username": "project_42_bot_3f9a2c"}, {"username": "ana", "id": 1})),
    ("gitlab bot: true", lambda: _gitlab(
        {"username": "ci-token", "bot": True}, {"username": "ana", "id": 1})),
    ("jira automation as creator", lambda: _jira(APP, PERSON)),
    ("jira app as reporter", lambda: _jira(PERSON, {**APP, "displayName": "Zendesk"})),
    ("jira data center automation", lambda: _jira(
        {"name": "automation", "displayName": "Automation for Jira"}, PERSON)),
    ("linear integration", lambda: _linear(
        {"botActor": {"type": "integration", "name": "Sentry"}, "creatorId": None})),
]
PEOPLE_CASES: list[tuple[str, Callable[[], Delivery]]] = [
    ("github person's pull request", lambda: _github(
        "pull_request", {"login": "talbot", "type": "User"})),
    ("github robotics team member", lambda: _github(
        "issues", {"login": "robotics-lead", "type": "User"})),
    ("gitlab person", lambda: _gitlab({"username": "abbot", "name": "Abbot"},
                                      {"username": "ana", "id": 1})),
    ("gitlab author unknown", lambda: _gitlab({}, {"username": "ana", "id": 1})),
    ("gitlab person editing their own", lambda: _gitlab({}, {"username": "talbot", "id": 9})),
    ("jira person", lambda: _jira(PERSON, PERSON)),
    ("linear person", lambda: _linear({"creatorId": "u2"})),
]


@pytest.mark.parametrize(("name", "delivered"), BOT_CASES, ids=[c[0] for c in BOT_CASES])
def test_an_item_a_bot_opened_is_ignored_whoever_edits_it(
    name: str, delivered: Callable[[], Delivery]
) -> None:
    item = delivered()
    assert isinstance(item, TrackerItem) and not item.actor_is_bot, name  # a person edited it
    skip = own_event(item, _connection())
    assert skip is not None and skip.action == "ignored"
    assert skip.reason.startswith("item opened by a bot"), skip.reason
    assert own_event(item, _connection(ignore_bots=False)) is None  # the connection's say


@pytest.mark.parametrize(("name", "delivered"), PEOPLE_CASES, ids=[c[0] for c in PEOPLE_CASES])
def test_an_item_a_person_opened_is_checked(name: str, delivered: Callable[[], Delivery]) -> None:
    item = delivered()
    assert isinstance(item, TrackerItem) and not item.author_is_bot, name
    assert own_event(item, _connection()) is None


@pytest.mark.parametrize("name", ["github_issues_edited_bot_opened.json",
                                  "linear_issue_update_bot_opened.json"])
def test_the_trials_edited_bot_items_are_ignored(name: str) -> None:
    payload = json.loads((DATA / "webhooks" / name).read_text("utf-8"))
    item = (github_delivery("issues", payload) if name.startswith("github")
            else linear_delivery(payload))
    assert isinstance(item, TrackerItem) and not item.actor_is_bot
    skip = own_event(item, _connection())
    assert skip is not None and "opened by a bot" in skip.reason


def test_the_bot_rule_takes_bots_names_whole_and_leaves_peoples_names_alone() -> None:
    bots = ["dependabot[bot]", "renovate-bot", "project_42_bot_3f9a2c", "group_7_bot",
            "service_account_group_7_ab12", "support-bot", "GitLab-Admin-Bot",
            "Automation for Jira", "scala-steward"]
    people = ["talbot", "Marie Talbot", "abbot", "Abbot", "robotics", "bottle", "botond",
              "Jan Bot", "ana", "", None]
    assert [name for name in bots if not is_bot_name(name)] == []
    assert [name for name in people if is_bot_name(name)] == []


def test_audit_leaves_out_jira_automation_and_gitlab_project_bots(tmp_path: Path) -> None:
    jira = read_backlog(DATA / "exports" / "jira-cloud-automation.csv")
    assert [item.id for item in jira.items] == ["LED-801"]
    gitlab = tmp_path / "gitlab.csv"
    gitlab.write_text(
        "Issue ID,URL,Title,State,Description,Author,Author Username,Labels\n"
        "32,https://gitlab.com/a/b/-/issues/32,Security scan: 2 critical,opened,Scan.,"
        "ledgerly-ci,project_42_bot_3f9a2c,security\n"
        "33,https://gitlab.com/a/b/-/issues/33,Robot arm calibration,opened,For the robotics "
        "team.,Marie Talbot,mtalbot,robotics\n"
        "34,https://gitlab.com/a/b/-/issues/34,Payment link reminders,opened,Remind payers.,"
        "Abbot,abbot,\n", encoding="utf-8")
    read = read_backlog(gitlab)
    assert [item.id for item in read.items] == ["33", "34"]
    assert read.read is not None
    assert [(out.count, out.lines) for out in read.read.excluded] == [(1, [2])]
    kept = read_backlog(gitlab, options=ReadOptions(include_bots=True))
    assert len(kept.items) == 3
