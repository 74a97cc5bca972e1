"""Replies that teach, bots per connection, and cut text said aloud: a live API, the example
workspace, the loopback stand-in for the trackers' APIs, and the real correction store.

Comment deliveries follow each vendor's shape (tests/data/webhooks/SOURCE.md): GitHub
`issue_comment`, GitLab `Note Hook`, Jira `comment_created`, Linear `Comment`.
"""

from __future__ import annotations

import copy
import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from checker.learning.corrections import Correction
from checker.learning.store import CorrectionStore
from index.embedding import OnnxEmbedder
from tests.helpers import (
    ApiWorld,
    served_example,
)
from tests.test_webhooks import (
    ALIGNED,
    CONFLICT,
    FIXTURES,
    STANDIN,
    connect,
    deliver,
    github,
    github_issue,
    gitlab,
    gitlab_event,
    jira_event,
    linear_event,
    queued_outcome,
)
from tests.tracker_standin import ACCOUNTS, TrackerStandIn


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory, embedder: OnnxEmbedder) -> Iterator[ApiWorld]:
    with served_example(tmp_path_factory.mktemp("replies"), embedder, **STANDIN) as world:
        yield world


@pytest.fixture(autouse=True)
def fresh(tracker: TrackerStandIn) -> None:
    tracker.reset()


def corrections(world: ApiWorld) -> dict[str, Correction]:
    """What the workspace's one correction store holds, by item id."""
    record = world.server.context.workspaces.find("acme")
    assert record is not None
    store = CorrectionStore.of(world.server.settings.data_dir, record.collection)
    return {c.item_id: c for c in store.list()}


def learned_version(world: ApiWorld) -> str | None:
    """What the workspace's checker has learned, as a check through the API reports it."""
    with world.server.client(world.check_key) as client:
        checked = client.post("/v1/workspaces/acme/check",
                              json={"title": CONFLICT[0], "body": CONFLICT[1]})
    assert checked.status_code == 200, checked.text
    version: str | None = checked.json()["learned_version"]
    return version


# --- comment deliveries, in each vendor's shape ------------------------------------------------


def github_comment(number: int, body: str, login: str = "Codertocat", kind: str = "User",
                   association: str = "OWNER") -> dict[str, Any]:
    payload: dict[str, Any] = json.loads(
        (FIXTURES / "github_issue_comment_created.json").read_text()
    )
    payload["issue"].update(number=number, title=ALIGNED[0], body=ALIGNED[1])
    payload["comment"].update(body=body, author_association=association,
                              id=int(time.time() * 1000) % 10**9)
    for user in (payload["comment"]["user"], payload["sender"]):
        user.update(login=login, type=kind)
    return payload


def gitlab_note(iid: int, body: str, user: str = "maria.k") -> dict[str, Any]:
    payload: dict[str, Any] = json.loads((FIXTURES / "gitlab_note_issue.json").read_text())
    payload["object_attributes"]["note"] = body
    payload["issue"].update(iid=iid, title=ALIGNED[0], description=ALIGNED[1])
    payload["user"]["username"] = user
    return payload


def jira_comment(key: str, body: Any, account_type: str = "atlassian") -> dict[str, Any]:
    payload: dict[str, Any] = json.loads((FIXTURES / "jira_comment_created.json").read_text())
    payload["issue"]["key"] = key
    payload["comment"]["body"] = body
    payload["comment"]["author"]["accountType"] = account_type
    return payload


def linear_comment(body: str, actor_type: str = "user") -> dict[str, Any]:
    payload: dict[str, Any] = json.loads((FIXTURES / "linear_comment_create.json").read_text())
    payload = copy.deepcopy(payload)
    payload["data"]["body"] = body
    payload["actor"]["type"] = actor_type
    payload["webhookTimestamp"] = int(time.time() * 1000)
    return payload


def adf(*paragraphs: dict[str, Any]) -> dict[str, Any]:
    return {"type": "doc", "version": 1, "content": list(paragraphs)}


def adf_text_node(text: str, **extra: Any) -> dict[str, Any]:
    return {"type": "paragraph", "content": [{"type": "text", "text": text, **extra}]}


def reply(world: ApiWorld, payload: dict[str, Any]) -> httpx.Response:
    return github(world, payload, event="issue_comment")


# --- GitHub ------------------------------------------------------------------------------------


def test_github_reply_naming_a_key_result_is_stored_and_shown_on_our_comment(
    world: ApiWorld, tracker: TrackerStandIn
) -> None:
    connect(world, tracker, "github")
    first = github(world, github_issue(301, ALIGNED))
    assert first.json()["action"] == "created", first.text
    comment_id = first.json()["comment_id"]
    tracker.state.calls.clear()
    before = time.time()
    learned_before = learned_version(world)

    taught = reply(world, github_comment(
        301, "Thanks!\n\n/STRATEGY o2.kr1 we expect repeat orders from this\n"
    ))
    assert taught.status_code == 200, taught.text
    body = taught.json()
    assert (body["action"], body["verdict"], body["kr_id"]) == ("learned", "aligned", "O2.KR1")
    [edit] = tracker.calls  # our comment edited; nothing else said in public
    assert (edit.method, edit.path) == (
        "PATCH", f"/repos/Codertocat/Hello-World/issues/comments/{comment_id}"
    )
    text = edit.body["body"]
    assert "**Team's answer:** aligned, moves O2.KR1 (Grow active trade accounts from 3,000 " \
        "to 5,000); answered by Codertocat." in text
    assert "we expect repeat orders from this" in text
    assert "**Strategy check: aligned.**" in text  # the verdict stays, the answer beside it

    stored = corrections(world)["Codertocat/Hello-World#301"]
    assert (stored.verdict, stored.kind, stored.krs) == ("aligned", None, ["O2.KR1"])
    assert (stored.title, stored.body) == ALIGNED  # the text that was judged
    assert stored.author == "github:Codertocat" and stored.source == "tracker"
    assert before <= stored.created_at <= time.time() and not stored.accepted
    assert learned_version(world) != learned_before  # the workspace's next checks learn from it

    # A later edit of the item re-checks it; the team's answer stays on the comment.
    edited = github(world, github_issue(301, CONFLICT, "edited", changes={"body": {"from": ""}}))
    assert edited.json()["action"] == "updated"
    assert "**Team's answer:** aligned, moves O2.KR1" in tracker.calls[-1].body["body"]


def test_github_unknown_key_result_gets_one_short_reply_naming_real_ones(
    world: ApiWorld, tracker: TrackerStandIn
) -> None:
    connect(world, tracker, "github")
    github(world, github_issue(302, ALIGNED))
    tracker.state.calls.clear()
    answered = reply(world, github_comment(302, "/strategy o2.kr9"))
    assert answered.json()["action"] == "answered", answered.text
    [post] = tracker.calls
    assert (post.method, post.path) == ("POST", "/repos/Codertocat/Hello-World/issues/302/comments")
    text = post.body["body"]
    assert "'o2.kr9'" in text and "nothing was stored" in text
    assert "Closest key results: O2.KR2, O2.KR1, " in text  # same objective first
    assert not text.lstrip().lower().startswith("/strategy")  # never read back as a command
    assert "Codertocat/Hello-World#302" not in corrections(world)
    tracker.state.calls.clear()
    reply(world, github_comment(302, "/strategy @all"))  # no mention through our account
    [post] = tracker.calls
    assert "@all" not in post.body["body"] and "called that, so nothing" in post.body["body"]


@pytest.mark.parametrize(
    ("login", "kind", "association", "why"),
    [
        ("renovate[bot]", "Bot", "NONE", "bot"),
        ("some-app[bot]", "User", "MEMBER", "bot"),
        ("drive-by", "User", "NONE", "write access"),
        ("first-pr", "User", "FIRST_TIME_CONTRIBUTOR", "write access"),
        ("stratalign-bot", "User", "MEMBER", "own account"),
    ],
)
def test_github_commands_from_bots_outsiders_and_ourselves_are_ignored(
    world: ApiWorld, tracker: TrackerStandIn, login: str, kind: str, association: str, why: str
) -> None:
    connect(world, tracker, "github", bot_user="stratalign-bot")
    github(world, github_issue(303, ALIGNED))
    tracker.state.calls.clear()
    ignored = reply(world, github_comment(303, "/strategy orphan", login, kind, association))
    assert ignored.json()["action"] == "ignored" and why in ignored.json()["reason"]
    assert tracker.calls == [] and "Codertocat/Hello-World#303" not in corrections(world)


@pytest.mark.parametrize(
    "body",
    [
        "Should we say `/strategy orphan` here?",
        "Please don't /strategy orphan this yet",
        "```\n/strategy orphan\n```",
        "    /strategy orphan",
        "> /strategy orphan\n\nI disagree with the above.",
        "<!-- /strategy orphan -->",
        "/strategyorphan",
        "/strategy",
    ],
)
def test_github_commands_in_code_quotes_or_mid_sentence_do_not_trigger(
    world: ApiWorld, tracker: TrackerStandIn, body: str
) -> None:
    connect(world, tracker, "github")
    github(world, github_issue(304, ALIGNED))
    tracker.state.calls.clear()
    ignored = reply(world, github_comment(304, body))
    assert ignored.json() == {**ignored.json(), "action": "ignored",
                              "reason": "no /strategy command in the comment"}
    assert tracker.calls == []


def test_github_reply_on_an_item_we_never_commented_on_is_ignored(
    world: ApiWorld, tracker: TrackerStandIn
) -> None:
    connect(world, tracker, "github")
    ignored = reply(world, github_comment(305, "/strategy ok"))
    assert ignored.json()["reason"] == "stratalign has not commented on this item"
    edited = reply(world, {**github_comment(305, "/strategy ok"), "action": "edited"})
    assert edited.json()["action"] == "ignored"
    assert "issue_comment.edited" in edited.json()["reason"]
    assert tracker.calls == []


# --- GitLab, Jira, Linear ------------------------------------------------------------------------


def test_gitlab_note_reply_upkeep_is_stored_and_our_note_edited(
    world: ApiWorld, tracker: TrackerStandIn
) -> None:
    connect(world, tracker, "gitlab")
    first = gitlab(world, gitlab_event(41, ALIGNED))
    note_id = first.json()["comment_id"]
    tracker.state.calls.clear()
    # GitLab's note event says nothing of the author's access: by default no one teaches.
    closed = gitlab(world, gitlab_note(41, "/strategy orphan"))
    assert closed.json()["action"] == "ignored", closed.text
    assert "teach_from_anyone" in closed.json()["reason"] and tracker.calls == []
    connect(world, tracker, "gitlab", teach_from_anyone=True)
    tracker.state.calls.clear()
    taught = gitlab(world, gitlab_note(41, "/strategy Upkeep: the yearly certificate renewal"))
    assert taught.json()["action"] == "learned", taught.text
    [put] = tracker.calls
    assert (put.method, put.path) == ("PUT", f"/api/v4/projects/1/issues/41/notes/{note_id}")
    note = put.body["body"]
    assert "**Team's answer:** upkeep" in note and "answered by maria.k" in note
    stored = corrections(world)["gitlabhq/gitlab-test#41"]
    assert (stored.verdict, stored.kind) == ("misaligned", "orphan")
    assert stored.comment.startswith("upkeep:") and "certificate renewal" in stored.comment
    bot = gitlab(world, gitlab_note(41, "/strategy orphan", user="project_1_bot_3f2a"))
    assert bot.json()["action"] == "ignored" and "bot" in bot.json()["reason"]
    ours = gitlab(world, gitlab_note(41, "/strategy orphan", user=ACCOUNTS["gitlab"]))
    assert "own account" in ours.json()["reason"] and len(tracker.calls) == 1


def test_jira_comment_reply_conflict_in_adf_and_code_or_quotes_never_count(
    world: ApiWorld, tracker: TrackerStandIn
) -> None:
    connect(world, tracker, "jira", teach_from_anyone=True)
    first = deliver(world, "jira", jira_event("SHOP-41", ALIGNED), {})
    comment_id = first.json()["comment_id"]
    tracker.state.calls.clear()
    for body in (
        adf({"type": "codeBlock", "content": [{"type": "text", "text": "/strategy orphan"}]}),
        adf({"type": "blockquote", "content": [adf_text_node("/strategy orphan")]}),
        adf(adf_text_node("/strategy orphan", marks=[{"type": "code"}])),
        "{code}/strategy orphan{code}\nbq. /strategy orphan",
    ):
        quiet = deliver(world, "jira", jira_comment("SHOP-41", body), {})
        assert quiet.json()["reason"] == "no /strategy command in the comment", quiet.text
    automation = deliver(world, "jira", jira_comment(
        "SHOP-41", adf(adf_text_node("/strategy orphan")), account_type="app"), {})
    assert "bot" in automation.json()["reason"] and tracker.calls == []

    taught = deliver(world, "jira", jira_comment(
        "SHOP-41", adf(adf_text_node("/strategy conflict"), adf_text_node("A non-goal for us."))
    ), {})
    assert taught.json()["action"] == "learned", taught.text
    [put] = tracker.calls
    assert (put.method, put.path) == ("PUT", f"/rest/api/3/issue/SHOP-41/comment/{comment_id}")
    runs = [run for paragraph in put.body["body"]["content"] for run in paragraph["content"]]
    assert {"type": "text", "text": "Team's answer: ", "marks": [{"type": "strong"}]} in runs
    assert any("answered by Ana" in run["text"] for run in runs)
    stored = corrections(world)["SHOP-41"]
    assert (stored.verdict, stored.kind, stored.comment) == (
        "misaligned", "conflict", "A non-goal for us."
    )


def test_linear_comment_reply_ok_accepts_the_verdict_as_is(
    world: ApiWorld, tracker: TrackerStandIn
) -> None:
    connect(world, tracker, "linear", teach_from_anyone=True)
    first = deliver(world, "linear", linear_event(ALIGNED), {})
    # O1.KR1 from the strategy; O2.KR1 once an earlier test of this module has taught this same
    # text "/strategy O2.KR1" (the team's answer to a text comes back on its re-check).
    shown_kr = first.json()["kr_id"]
    assert first.json()["action"] == "created" and shown_kr in ("O1.KR1", "O2.KR1")
    tracker.state.calls.clear()
    integration = deliver(world, "linear", linear_comment("/strategy ok", "integration"), {})
    assert "bot" in integration.json()["reason"] and tracker.calls == []
    taught = deliver(world, "linear", linear_comment("/strategy ok"), {})
    assert taught.json()["action"] == "learned", taught.text
    [update] = tracker.calls
    assert update.operation == "CommentUpdate"
    assert update.body["variables"]["id"] == first.json()["comment_id"]
    shown = update.body["variables"]["input"]["body"]
    assert "the verdict above is right; answered by Ana" in shown
    stored = corrections(world)["236e0fe8-xxxx-xxxx-xxxx-b2df06e33810"]
    assert (stored.verdict, stored.krs, stored.accepted) == ("aligned", [shown_kr], True)


@pytest.fixture
def queued_world(tmp_path: Path, embedder: OnnxEmbedder) -> Iterator[ApiWorld]:
    """A server that checks and comments in its job worker."""
    with served_example(tmp_path, embedder, webhook_mode="queued", **STANDIN) as world:
        yield world


def test_in_queued_mode_a_reply_is_answered_at_once_with_no_job(
    queued_world: ApiWorld, tracker: TrackerStandIn
) -> None:
    connect(queued_world, tracker, "github")
    first = queued_outcome(queued_world, github(queued_world, github_issue(309, ALIGNED)))
    assert first["action"] == "created"
    tracker.state.calls.clear()
    taught = reply(queued_world, github_comment(309, "/strategy orphan"))
    assert taught.status_code == 200 and taught.json()["action"] == "learned", taught.text
    assert taught.json()["job"] is None and [c.method for c in tracker.calls] == ["PATCH"]
