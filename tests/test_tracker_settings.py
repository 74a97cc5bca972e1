"""Tracker connection settings and the database under them: bots ignored per connection (API
and CLI), a database made before the new columns, and cut text said in answers and comments.
A live API with the example workspace and the loopback stand-in for the trackers' APIs."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from checker.cli.app import app as cli
from checker.learning.store import CorrectionStore
from index.embedding import OnnxEmbedder
from tests.helpers import (
    ApiWorld,
    LiveServer,
    api_settings,
    make_world,
    served_example,
    store_services,
)
from tests.test_tracker_replies import github_comment, reply
from tests.test_webhooks import (
    ALIGNED,
    CONFLICT,
    SECRET,
    STANDIN,
    TOKENS,
    connect,
    github,
    github_issue,
)
from tests.tracker_standin import TrackerStandIn


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory, embedder: OnnxEmbedder) -> Iterator[ApiWorld]:
    with served_example(tmp_path_factory.mktemp("tracker-settings"), embedder, **STANDIN) as world:
        yield world


@pytest.fixture(autouse=True)
def fresh(tracker: TrackerStandIn) -> None:
    tracker.reset()

# --- bots: ignored by default, per connection ---------------------------------------------------


def test_bot_items_are_ignored_by_default_and_checked_when_the_connection_says_so(
    world: ApiWorld, tracker: TrackerStandIn, monkeypatch: pytest.MonkeyPatch
) -> None:
    bot_issue = github_issue(306, ALIGNED, sender="dependabot[bot]")
    bot_issue["sender"]["type"] = "Bot"
    connect(world, tracker, "github")
    ignored = github(world, bot_issue)
    assert ignored.json()["action"] == "ignored" and "ignore_bots" in ignored.json()["reason"]
    connected = connect(world, tracker, "github", ignore_bots=False)
    assert connected.json()["ignore_bots"] is False
    with world.server.client(world.admin_key) as admin:
        listed = admin.get("/v1/workspaces/acme/integrations").json()
    assert [c["ignore_bots"] for c in listed if c["tracker"] == "github"] == [False]
    checked = github(world, {**bot_issue, "action": "opened", "issue": {
        **bot_issue["issue"], "body": ALIGNED[1] + " "}})
    assert checked.json()["action"] == "created", checked.text

    monkeypatch.setenv("STRATALIGN_DATA_DIR", str(world.server.settings.data_dir))
    monkeypatch.setenv("STRATALIGN_TRACKER_TOKEN", TOKENS["gitlab"])
    monkeypatch.setenv("STRATALIGN_WEBHOOK_SECRET", SECRET)
    monkeypatch.setenv("STRATALIGN_OUTBOUND_ALLOW", "127.0.0.1")
    runner = CliRunner()
    made = runner.invoke(cli, ["trackers", "connect", "gitlab", "-w", "acme",
                               "--base-url", tracker.url, "--check-bots"])
    assert made.exit_code == 0, made.output
    lines = runner.invoke(cli, ["trackers", "list", "-w", "acme"]).stdout.splitlines()
    [gitlab_line] = [line for line in lines if line.startswith("gitlab\t")]
    assert "ignore_bots=False" in gitlab_line
    assert any(line.startswith("github\t") and "ignore_bots=False" in line for line in lines)
    runner.invoke(cli, ["trackers", "connect", "gitlab", "-w", "acme", "--base-url", tracker.url])
    lines = runner.invoke(cli, ["trackers", "list", "-w", "acme"]).stdout.splitlines()
    assert any(line.startswith("gitlab\t") and "ignore_bots=True" in line for line in lines)


# --- a database made before these columns existed -----------------------------------------------

NEW_COLUMNS = {
    "tracker_connections": ["ignore_bots"],
    "tracker_posts": ["title", "body", "result", "answer"],
}


def test_a_database_from_the_old_schema_keeps_its_connections_and_comments(
    tmp_path: Path, embedder: OnnxEmbedder, tracker: TrackerStandIn
) -> None:
    services = store_services("local", tmp_path, embedder, chroma_url="")
    with LiveServer(api_settings(tmp_path, **STANDIN), services) as server:
        world = make_world(server)
        connect(world, tracker, "github", min_confidence=0.3, labels=True)
        first = github(world, github_issue(401, ALIGNED))
    comment_id = first.json()["comment_id"]
    database = tmp_path / "stratalign.db"
    with sqlite3.connect(database) as conn:  # back to the tables an older release made
        for table, columns in NEW_COLUMNS.items():
            for column in columns:
                conn.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    with sqlite3.connect(database) as conn:
        old = {r[1] for r in conn.execute("PRAGMA table_info(tracker_connections)")}
    assert "ignore_bots" not in old and {"base_url", "labels", "token_sealed"} <= old

    with LiveServer(api_settings(tmp_path, **STANDIN), services) as server:
        world = ApiWorld(server, "", "", "")
        keys = server.context.keys
        _, admin = keys.create("acme", ["admin"], "admin")
        with server.client(admin) as client:
            [listed] = client.get("/v1/workspaces/acme/integrations").json()
        assert (listed["min_confidence"], listed["labels"], listed["ignore_bots"]) == (
            0.3, True, True
        )
        tracker.state.calls.clear()
        early = reply(world, github_comment(401, "/strategy orphan"))
        assert "predates replies" in early.json()["reason"] and tracker.calls == []
        edited = github(world, github_issue(401, CONFLICT, "edited", changes={"body": {}}))
        assert (edited.json()["action"], edited.json()["comment_id"]) == ("updated", comment_id)
        taught = reply(world, github_comment(401, "/strategy orphan"))
        assert taught.json()["action"] == "learned", taught.text
        assert tracker.calls[-1].path.endswith(f"/issues/comments/{comment_id}")


# --- cut text is said, never passed off as read --------------------------------------------------


def test_a_cut_description_is_said_in_the_answer_and_the_comment(
    world: ApiWorld, tracker: TrackerStandIn
) -> None:
    connect(world, tracker, "github")
    limit = world.server.settings.max_item_chars
    long_body = " ".join([ALIGNED[1]] * (limit // len(ALIGNED[1]) + 20))
    answered = github(world, github_issue(307, (ALIGNED[0], long_body)))
    body = answered.json()
    cut = body["truncated"]["body"]
    assert cut["original_chars"] == len(long_body) and cut["kept_chars"] <= limit
    assert body["action"] == "created", answered.text
    text = tracker.calls[-1].body["body"]
    assert "**Only part of the text was read.**" in text
    assert f"The first {cut['kept_chars']:,} of {len(long_body):,} characters of the " \
        "description were judged; the rest was not read." in text
    short = github(world, github_issue(308, ALIGNED))
    assert short.json()["truncated"] is None
    assert "Only part of the text" not in tracker.calls[-1].body["body"]
    # A reply teaches from the text that was judged, never from what was not read.
    taught = reply(world, github_comment(307, "/strategy ok"))
    assert taught.json()["action"] == "learned", taught.text
    record = world.server.context.workspaces.find("acme")
    assert record is not None
    store = CorrectionStore.of(world.server.settings.data_dir, record.collection)
    [stored] = [c for c in store.list() if c.item_id == "Codertocat/Hello-World#307"]
    assert stored.body == long_body[: cut["kept_chars"]] and stored.accepted
