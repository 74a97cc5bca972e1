"""The webhook parts on their own: ADF text, signatures, the vault, payload reading, the
comment, and the responder's silence and label rules (over a recording fake client)."""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path
from typing import Any

import httpx
import pytest
from cryptography.fernet import Fernet
from pydantic import SecretStr
from sqlalchemy import Engine
from typer.testing import CliRunner

from api.db import make_engine
from api.errors import AuthenticationError, ConflictError, TrackerCallError
from api.trackers.adf import adf_text
from api.trackers.clients import client_factory
from api.trackers.comment import MARKER, Comment, build_comment
from api.trackers.connections import Connection, ConnectionRepo
from api.trackers.events import Skip, TrackerItem
from api.trackers.github import github_delivery
from api.trackers.gitlab import gitlab_delivery
from api.trackers.jira import jira_delivery
from api.trackers.linear import linear_delivery
from api.trackers.posts import Post, PostRepo
from api.trackers.receive import own_event
from api.trackers.registry import UnknownTrackerError, names, tracker
from api.trackers.responder import Responder
from api.trackers.sealing import startup_warnings
from api.trackers.signing import signature_of, verify, verify_fresh
from api.trackers.vault import SealedSecretError, Vault
from checker.cli.app import app as cli
from checker.models import CheckResult, Evidence, Impacted
from checker.settings import Settings
from checker.vocabulary import MatchLevel
from index.errors import InputError
from tests.helpers import CASES

FIXTURES = Path(__file__).resolve().parent / "data" / "webhooks"


def test_adf_text_keeps_every_word_a_reader_sees() -> None:
    doc = {
        "type": "doc",
        "version": 1,
        "content": [
            {"type": "heading", "content": [{"type": "text", "text": "Why"}]},
            {"type": "paragraph", "content": [
                {"type": "text", "text": "Cut pick time", "marks": [{"type": "strong"}]},
                {"type": "hardBreak"},
                {"type": "text", "text": "for "},
                {"type": "mention", "attrs": {"id": "1", "text": "@Stores"}},
                {"type": "emoji", "attrs": {"shortName": ":rocket:"}},
            ]},
            {"type": "bulletList", "content": [
                {"type": "listItem", "content": [
                    {"type": "paragraph", "content": [{"type": "text", "text": "p50 under 30 min"}]}
                ]},
                {"type": "listItem", "content": [
                    {"type": "paragraph", "content": [
                        {"type": "inlineCard", "attrs": {"url": "https://example.com/spec"}}
                    ]}
                ]},
            ]},
            {"type": "codeBlock", "content": [{"type": "text", "text": "SELECT 1"}]},
            {"type": "table", "content": [{"type": "tableRow", "content": [
                {"type": "tableCell", "content": [
                    {"type": "paragraph", "content": [{"type": "text", "text": "cell"}]}
                ]}
            ]}]},
        ],
    }
    assert adf_text(doc).splitlines() == [
        "Why",
        "Cut pick time",
        "for @Stores:rocket:",
        "- p50 under 30 min",
        "- https://example.com/spec",
        "SELECT 1",
        "cell",
    ]
    assert adf_text("plain wiki text") == "plain wiki text"
    assert adf_text({"type": "doc", "content": []}) == ""


def test_signatures_verify_only_the_exact_body_and_secret() -> None:
    body = b'{"action":"opened"}'
    good = "sha256=" + signature_of("s3cret-value", body)
    verify("s3cret-value", body, good, name="X-Hub-Signature-256", prefix="sha256=")
    verify("s3cret-value", body, good.upper().replace("SHA256=", "sha256="),
           name="X", prefix="sha256=")
    for header in (None, "", signature_of("s3cret-value", body), "sha256=" + "0" * 64):
        with pytest.raises(AuthenticationError):
            verify("s3cret-value", body, header, name="X", prefix="sha256=")
    with pytest.raises(AuthenticationError):
        verify("s3cret-value", body + b" ", good, name="X", prefix="sha256=")


def test_linear_timestamps_must_be_recent() -> None:
    now = time.time()
    verify_fresh(int(now * 1000) - 5_000, now, 60)
    for stale in (int((now - 120) * 1000), int((now + 120) * 1000), None, "123", True):
        with pytest.raises(AuthenticationError):
            verify_fresh(stale, now, 60)


def test_vault_seals_with_a_private_key_file_and_refuses_a_foreign_key(tmp_path: Path) -> None:
    vault = Vault.from_settings(Settings(data_dir=tmp_path))
    sealed = vault.seal("ghp_secret-token")
    assert "ghp_secret-token" not in sealed
    assert (tmp_path / "secret.key").stat().st_mode & 0o777 == 0o600
    assert Vault.from_settings(Settings(data_dir=tmp_path)).open(sealed) == "ghp_secret-token"
    other = Vault.from_settings(Settings(data_dir=tmp_path / "elsewhere"))
    with pytest.raises(SealedSecretError, match="STRATALIGN_SECRET_KEY"):
        other.open(sealed)
    with pytest.raises(SealedSecretError, match="not a Fernet key"):
        Vault.from_settings(Settings(data_dir=tmp_path, secret_key=SecretStr("short")))


def test_rotation_new_key_first_old_keys_still_open_and_reseal_moves_to_the_new(
    tmp_path: Path,
) -> None:
    old, new = Fernet.generate_key(), Fernet.generate_key()
    sealed_old = Vault([old]).seal("ghp_secret-token")
    both = Vault.from_settings(
        Settings(data_dir=tmp_path, secret_key=SecretStr(f"{new.decode()}, {old.decode()}"))
    )
    assert both.open(sealed_old) == "ghp_secret-token"
    resealed = both.reseal(sealed_old)
    assert Vault([new]).open(resealed) == "ghp_secret-token"
    with pytest.raises(SealedSecretError):
        Vault([new]).open(sealed_old)
    key_file = tmp_path / "keys.txt"
    key_file.write_text(f"# rotated today\n{new.decode()}\n{old.decode()}  # until resealed\n")
    from_file = Vault.from_settings(Settings(data_dir=tmp_path, secret_key_file=key_file))
    assert from_file.open(sealed_old) == "ghp_secret-token" and not from_file.beside_data
    assert Vault([new]).open(from_file.seal("x-secret")) == "x-secret"  # newest seals
    with pytest.raises(SealedSecretError, match=r"missing\.txt"):
        Vault.from_settings(Settings(data_dir=tmp_path, secret_key_file=tmp_path / "missing.txt"))
    assert not (tmp_path / "secret.key").exists()  # no default key made beside the data


def _stored_connections(tmp_path: Path, vault: Vault) -> ConnectionRepo:
    repo = ConnectionRepo(_engine_with_workspace(tmp_path), vault)
    repo.put(connection(tracker="github"))
    repo.put(connection(tracker="gitlab"))
    return repo


def test_start_up_names_credentials_no_key_opens_and_warns_of_a_key_beside_the_data(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    laptop = Vault.from_settings(Settings(data_dir=tmp_path))
    repo = _stored_connections(tmp_path, laptop)
    assert startup_warnings(Settings(data_dir=tmp_path), laptop, repo) == []
    exposed = startup_warnings(Settings(data_dir=tmp_path, host="0.0.0.0"), laptop, repo)
    assert len(exposed) == 1 and "STRATALIGN_SECRET_KEY" in exposed[0]
    other = Vault([Fernet.generate_key()], "STRATALIGN_SECRET_KEY")
    [broken] = startup_warnings(Settings(data_dir=tmp_path, host="0.0.0.0"), other,
                                ConnectionRepo(repo.engine, other))
    assert "w/github token" in broken and "w/gitlab webhook_secret" in broken
    assert "w/github token" in caplog.text


def test_the_cli_reseals_every_credential_and_names_those_no_key_opens(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old, new = Fernet.generate_key().decode(), Fernet.generate_key().decode()
    repo = _stored_connections(tmp_path, Vault([old.encode()]))
    monkeypatch.setenv("STRATALIGN_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("STRATALIGN_DATABASE_URL", f"sqlite:///{tmp_path / 'db.sqlite3'}")
    monkeypatch.setenv("STRATALIGN_SECRET_KEY", f"{new},{old}")
    done = CliRunner().invoke(cli, ["trackers", "reseal"])
    assert done.exit_code == 0 and "resealed 2 connection(s)" in done.output, done.output
    assert ConnectionRepo(repo.engine, Vault([new.encode()])).unreadable() == []
    monkeypatch.setenv("STRATALIGN_SECRET_KEY", Fernet.generate_key().decode())
    failed = CliRunner().invoke(cli, ["trackers", "reseal"])
    assert failed.exit_code == 1 and "w/github, w/gitlab" in failed.output, failed.output


def test_the_real_github_example_reads_as_an_issue() -> None:
    payload = json.loads((FIXTURES / "github_issues_opened.json").read_text())
    item = github_delivery("issues", payload)
    assert isinstance(item, TrackerItem)
    assert item.key == "Codertocat/Hello-World#1"
    assert item.target == {"repo": "Codertocat/Hello-World", "number": "1"}
    assert item.title == "Spelling error in the README file"
    assert item.labels == ["bug"] and item.actor == "Codertocat"
    pong = github_delivery("ping", {})
    assert isinstance(pong, Skip) and pong.action == "pong"


def test_the_real_linear_capture_reads_as_an_issue() -> None:
    payload = json.loads((FIXTURES / "linear_issue_create.json").read_text())
    item = linear_delivery(payload)
    assert isinstance(item, TrackerItem)
    assert item.target == {"issue_id": "236e0fe8-xxxx-xxxx-xxxx-b2df06e33810"}
    assert item.title == "webhook test" and item.body == ""
    assert item.url == "https://linear.app/korosuke613/issue/KOR-11/webhook-test"
    # Comment deliveries are read now (replies that teach); an issue's data is no comment.
    with pytest.raises(InputError, match=r"data\.body"):
        linear_delivery({**payload, "type": "Comment"})
    project = linear_delivery({**payload, "type": "Project"})
    assert isinstance(project, Skip) and "'Project'" in project.reason


def test_the_documented_gitlab_issue_example_reads_as_an_issue() -> None:
    payload = json.loads((FIXTURES / "gitlab_issue_open.json").read_text())
    item = gitlab_delivery(payload)
    assert isinstance(item, TrackerItem)
    assert item.key == "gitlabhq/gitlab-test#23"
    assert item.target == {"project": "1", "kind": "issues", "iid": "23"}
    assert item.title == "New API: create/update/delete file"
    assert item.labels == ["API"] and item.actor == "root"
    merge = gitlab_delivery({**payload, "object_kind": "merge_request"})
    assert isinstance(merge, TrackerItem) and merge.key == "gitlabhq/gitlab-test!23"
    assert merge.target["kind"] == "merge_requests"
    # Notes are read now (replies that teach); an issue's attributes are no note.
    with pytest.raises(InputError, match="object_attributes"):
        gitlab_delivery({**payload, "object_kind": "note"})
    pipeline = gitlab_delivery({**payload, "object_kind": "pipeline"})
    assert isinstance(pipeline, Skip) and "'pipeline'" in pipeline.reason
    with pytest.raises(InputError) as caught:
        gitlab_delivery({"object_kind": "issue", "project": payload["project"]})
    assert caught.value.field == "object_attributes"


def test_the_registry_holds_every_tracker_and_refuses_an_unknown_one() -> None:
    assert names() == ["github", "gitlab", "jira", "linear"]
    for name in names():
        kind = tracker(name)
        assert kind.name == name and kind.signature_header
        assert kind.client(httpx.Client(), connection(tracker=name)) is not None
    with pytest.raises(UnknownTrackerError, match="known: github, gitlab, jira, linear"):
        tracker("bitbucket")
    stray = client_factory(httpx.Client())
    with pytest.raises(UnknownTrackerError):
        stray(connection(tracker="bitbucket"))  # never a fall-through to another tracker


def test_gitlab_token_is_compared_whole() -> None:
    kind = tracker("gitlab")
    kind.verify("s3cret-token", httpx.Headers({"x-gitlab-token": "s3cret-token"}), b"{}")
    for presented in ("s3cret-toke", "s3cret-token ", "", "S3CRET-TOKEN"):
        with pytest.raises(AuthenticationError):
            kind.verify("s3cret-token", httpx.Headers({"x-gitlab-token": presented}), b"{}")
    with pytest.raises(AuthenticationError, match="missing X-Gitlab-Token"):
        kind.verify("s3cret-token", httpx.Headers(), b"{}")


def test_payload_errors_name_the_missing_field() -> None:
    with pytest.raises(InputError) as caught:
        jira_delivery({"webhookEvent": "jira:issue_created", "issue": {"key": "A-1"}}, "https://x")
    assert caught.value.field == "issue.fields"
    with pytest.raises(InputError) as caught:
        github_delivery("issues", {"action": "opened", "issue": {"number": 1}})
    assert caught.value.field in ("repository", "issue.title")


# --- the comment and the responder ------------------------------------------------------------


def result(verdict: str = "aligned", confidence: float = 0.9, **extra: Any) -> CheckResult:
    fields: dict[str, Any] = {
        "id": "x",
        "verdict": verdict,
        "reason": {"aligned": None, "unclear": None}.get(verdict, "orphan"),
        "impacted": [Impacted(kr_id="O1.KR2", objective_id="O1", title="Pick time", score=0.7)],
        "flags": [],
        "rationale": "because",
        "evidence": [Evidence(source="strategy.md", section="Where we play", text="We win on "
                              "speed of collection.", score=0.6, kind="passage")],
        "confidence": confidence,
        "strategy_version": "abcdef0123456789",
        "engine": "embedded",
    }
    return CheckResult.model_validate({**fields, **extra})


def test_comment_names_kr_objective_passage_and_the_metric_nudge() -> None:
    comment = build_comment(result(flags=["no_metric"]), {"O1": "Win same-day collection"})
    text = comment.markdown()
    assert text.startswith("**Strategy check: aligned.** Most likely moves **O1.KR2** (Pick time)")
    assert "under objective **O1** (Win same-day collection)." in text
    assert "“We win on speed of collection.” (strategy.md § Where we play)" in text
    # the engine's sections start with their file: the file is named once (a newcomer read
    # "principles.md § principles.md > Principles")
    engine_style = result(evidence=[Evidence(
        source="principles.md", section="principles.md > Principles > How we decide",
        text="Privacy first.", score=0.3, kind="priority")])
    assert "(principles.md § Principles > How we decide)" in build_comment(
        engine_style, {}).markdown()
    assert "**Name the metric.**" in text and "for example O1.KR2: Pick time" in text
    assert text.endswith(MARKER)
    orphan = build_comment(result("misaligned"), {}).markdown()
    assert "serves none of the objectives. Closest key result: **O1.KR2**" in orphan
    # unclear work claims no key result it moves, and names a weak match not at all
    near = [Impacted(kr_id="O1.KR2", objective_id="O1", title="Pick time", score=0.7,
                     match=MatchLevel.MEDIUM)]
    unclear = build_comment(result("unclear", impacted=near), {}).markdown()
    assert "Closest key result: **O1.KR2**" in unclear and "Most likely moves" not in unclear
    weak = [near[0].model_copy(update={"match": MatchLevel.LOW})]
    assert "O1.KR2" not in build_comment(result("unclear", impacted=weak), {}).markdown().split(
        "Name the metric")[0]
    # The fingerprint follows the meaning, not the confidence.
    assert build_comment(result(confidence=0.7), {}).fingerprint == build_comment(
        result(confidence=0.95), {}
    ).fingerprint
    assert comment.fingerprint != build_comment(result(), {}).fingerprint


class RecordingClient:
    """A tracker client that records its calls (the HTTP side is tested in test_webhooks)."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, Any]] = []

    def whoami(self) -> str:
        self.calls.append(("whoami", None))
        return "stratalign-bot"

    def create_comment(self, target: dict[str, str], comment: Comment) -> str:
        self.calls.append(("create", target))
        return "c1"

    def update_comment(self, target: dict[str, str], comment_id: str, comment: Comment) -> None:
        self.calls.append(("update", comment_id))

    def add_labels(self, target: dict[str, str], labels: list[str]) -> None:
        self.calls.append(("add", labels))

    def remove_labels(self, target: dict[str, str], labels: list[str]) -> None:
        self.calls.append(("remove", labels))


def connection(**extra: Any) -> Connection:
    now = time.time()
    fields: dict[str, Any] = {
        "tracker": "github", "base_url": "http://127.0.0.1:9", "user": None, "bot_user": None,
        "min_confidence": 0.5, "labels": False, "created_at": now, "updated_at": now,
        "workspace_id": 1, "token": SecretStr("t" * 10), "webhook_secret": SecretStr("s" * 10),
    }
    return Connection.model_validate({**fields, **extra})


def item(labels: tuple[str, ...] = ()) -> TrackerItem:
    return TrackerItem(tracker="github", key="o/r#1", target={"repo": "o/r", "number": "1"},
                       title="t", body="b", labels=list(labels))


def _engine_with_workspace(tmp_path: Path) -> Engine:
    engine = make_engine(f"sqlite:///{tmp_path / 'db.sqlite3'}")
    with engine.begin() as conn:  # the post rows hang off a workspace
        conn.exec_driver_sql(
            "INSERT INTO workspaces (id, name, root, collection, created_at) "
            "VALUES (1, 'w', 'r', 'c', 0)"
        )
    return engine


@pytest.fixture
def responder_and_client(tmp_path: Path) -> tuple[Responder, RecordingClient]:
    client = RecordingClient()
    return Responder(PostRepo(_engine_with_workspace(tmp_path)), lambda _c: client), client


def test_upkeep_gets_no_comment(responder_and_client: tuple[Responder, RecordingClient]) -> None:
    responder, client = responder_and_client
    bump = result("misaligned", confidence=0.99, flags=["upkeep"])
    quiet = responder.respond(connection(), item(), bump, {})
    assert quiet.action == "silent" and quiet.reason is not None and "upkeep" in quiet.reason
    assert client.calls == []


def test_below_the_confidence_floor_nothing_is_sent(
    responder_and_client: tuple[Responder, RecordingClient],
) -> None:
    responder, client = responder_and_client
    quiet = responder.respond(connection(min_confidence=0.8), item(), result(confidence=0.79), {})
    assert (quiet.action, quiet.reason) == ("silent", "confidence 0.79 is below 0.80")
    loud = responder.respond(connection(min_confidence=0.8), item(), result(confidence=0.8), {})
    assert loud.action == "created"
    assert client.calls == [("create", {"repo": "o/r", "number": "1"})]


def test_labels_removed_are_only_ours_and_a_removed_one_is_not_re_added(
    responder_and_client: tuple[Responder, RecordingClient],
) -> None:
    responder, client = responder_and_client
    labelled = connection(labels=True)
    first = responder.respond(labelled, item(("strategy:aligned",)), result(), {})
    # A person's strategy:aligned was already there: only the kr label is ours.
    assert first.labels_added == ["kr:O1.KR2"]
    # A person removes our kr label, and the text changes meaning: we do not put it back.
    second = responder.respond(
        labelled, item(("strategy:aligned",)), result(flags=["no_metric"]), {}
    )
    assert second.action == "updated" and second.labels_added == []
    third = responder.respond(labelled, item(("strategy:aligned",)), result("misaligned"), {})
    assert third.labels_added == ["strategy:misaligned"]
    assert third.labels_removed == []  # strategy:aligned is the person's
    assert ("remove", ["strategy:aligned"]) not in client.calls


class SlowClient(RecordingClient):
    """A client whose first comment takes a while, as over a real network; can be told to fail."""

    def __init__(self, delay: float = 0.0, fail: bool = False) -> None:
        super().__init__()
        self.delay = delay
        self.fail = fail
        self.lock = threading.Lock()

    def create_comment(self, target: dict[str, str], comment: Comment) -> str:
        time.sleep(self.delay)
        if self.fail:
            raise TrackerCallError("github POST answered 500: down", 500)
        with self.lock:
            self.calls.append(("create", target))
        return "c1"


def test_a_re_check_that_read_the_row_before_a_reply_keeps_the_teams_answer(
    tmp_path: Path,
) -> None:
    """Two worker processes: one stores the team's answer, the other (a re-check that read
    the row before it) then writes the row it built; the answer must survive."""
    posts = PostRepo(_engine_with_workspace(tmp_path))
    posts.put(1, "github", "o/r#1", Post(comment_id="9", fingerprint="a", labels=[]))
    stale = posts.get(1, "github", "o/r#1")
    assert stale is not None and stale.answer is None
    answer = '{"word": "ok", "author": "maria"}'
    posts.put(1, "github", "o/r#1", stale.model_copy(update={"answer": answer}))
    posts.put(1, "github", "o/r#1", stale.model_copy(update={"fingerprint": "b"}))
    kept = posts.get(1, "github", "o/r#1")
    assert kept is not None and (kept.fingerprint, kept.answer) == ("b", answer)


def test_two_processes_answering_one_item_at_once_post_one_comment(tmp_path: Path) -> None:
    engine = _engine_with_workspace(tmp_path)
    client = SlowClient(delay=0.3)
    # Two responders over one database stand for two server processes (no shared lock).
    first, second = (Responder(PostRepo(engine), lambda _c: client) for _ in range(2))
    outcomes: list[Any] = []

    def answer(responder: Responder, flags: list[str]) -> None:
        outcomes.append(responder.respond(connection(), item(), result(flags=flags), {}))

    threads = [
        threading.Thread(target=answer, args=(first, [])),
        threading.Thread(target=answer, args=(second, ["no_metric"])),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert sorted(o.action for o in outcomes) == ["created", "updated"]
    assert [call[0] for call in client.calls] == ["create", "update"]


def test_a_claim_left_by_a_dead_process_expires_and_a_live_one_is_waited_for(
    tmp_path: Path,
) -> None:
    engine = _engine_with_workspace(tmp_path)
    posts = PostRepo(engine, now=lambda: 1000.0)
    assert posts.claim(1, "github", "o/r#1", stale_after=60)  # a process claims, then dies
    client = RecordingClient()
    impatient = Responder(posts, lambda _c: client, wait_seconds=0.3, stale_seconds=60)
    with pytest.raises(ConflictError, match="still being answered"):
        impatient.respond(connection(), item(), result(), {})
    assert client.calls == []
    later = Responder(PostRepo(engine, now=lambda: 1061.0), lambda _c: client, stale_seconds=60)
    assert later.respond(connection(), item(), result(), {}).action == "created"


def test_a_failed_first_comment_releases_the_claim(tmp_path: Path) -> None:
    engine = _engine_with_workspace(tmp_path)
    down = SlowClient(fail=True)
    with pytest.raises(TrackerCallError):
        Responder(PostRepo(engine), lambda _c: down).respond(connection(), item(), result(), {})
    assert PostRepo(engine).get(1, "github", "o/r#1") is None
    up = RecordingClient()
    again = Responder(PostRepo(engine), lambda _c: up).respond(connection(), item(), result(), {})
    assert again.action == "created" and up.calls[0][0] == "create"


# --- bots: their deliveries are not judged in public (shared case 14) ---------------------------


def test_case_14_a_dependabot_pull_request_is_ignored_as_a_bot() -> None:
    payload = json.loads((CASES / "14-webhook-comments-misaligned-on-bot-prs"
                          / "dependabot-pr-opened.json").read_text("utf-8"))
    delivered = github_delivery("pull_request", payload)
    assert isinstance(delivered, TrackerItem) and delivered.actor_is_bot
    skip = own_event(delivered, connection())
    assert skip is not None and skip.reason.startswith("sender is a bot")
    checks_bots = connection().model_copy(update={"ignore_bots": False})
    assert own_event(delivered, checks_bots) is None  # configurable per connection


@pytest.mark.parametrize(
    ("delivered", "bot"),
    [
        (lambda: gitlab_delivery(_gitlab("project_12_bot_3f2a")), True),
        (lambda: gitlab_delivery(_gitlab("maria.k")), False),
        (lambda: jira_delivery(_jira("app"), "https://x.atlassian.net"), True),
        (lambda: jira_delivery(_jira("atlassian"), "https://x.atlassian.net"), False),
        (lambda: linear_delivery(_linear("Integration")), True),
        (lambda: linear_delivery(_linear("user")), False),
    ],
)
def test_each_tracker_says_when_a_bot_sent_it(delivered: Any, bot: bool) -> None:
    item_ = delivered()
    assert isinstance(item_, TrackerItem)
    assert item_.actor_is_bot is bot
    assert (own_event(item_, connection()) is not None) is bot


def _gitlab(username: str) -> dict[str, Any]:
    return {"object_kind": "issue", "user": {"username": username},
            "project": {"id": 1, "path_with_namespace": "g/p"},
            "object_attributes": {"iid": 3, "title": "t", "description": "d", "action": "open",
                                  "url": "http://g/p/-/issues/3"}}


def _jira(account_type: str) -> dict[str, Any]:
    return {"webhookEvent": "jira:issue_created",
            "user": {"accountId": "acc-1", "accountType": account_type},
            "issue": {"key": "P-1", "fields": {"summary": "t", "description": "d"}}}


def _linear(actor_type: str) -> dict[str, Any]:
    return {"type": "Issue", "action": "create", "url": "http://l/i",
            "actor": {"id": "a1", "type": actor_type},
            "data": {"id": "i1", "title": "t", "description": "d"}}


class ReplyDuringEdit(RecordingClient):
    """Stands for another worker process storing the team's answer (its own edit already
    landed) while our re-check's edit is on the wire."""

    def __init__(self, posts: PostRepo, answer: str) -> None:
        super().__init__()
        self.posts, self.answer, self.bodies = posts, answer, []  # type: ignore[var-annotated]

    def update_comment(self, target: dict[str, str], comment_id: str, comment: Comment) -> None:
        super().update_comment(target, comment_id, comment)
        self.bodies.append(comment)
        stored = self.posts.get(1, "github", item().key)
        if stored is not None and not stored.answer:
            answered = stored.model_copy(update={"answer": self.answer})
            self.posts.put(1, "github", item().key, answered)


def test_a_re_check_racing_a_reply_edits_the_comment_again_to_show_the_answer(
    tmp_path: Path,
) -> None:
    posts = PostRepo(_engine_with_workspace(tmp_path))
    first = result()
    posts.put(1, "github", item().key, Post(
        comment_id="c1", fingerprint="old", labels=[], result=first.model_dump_json()))
    answer = '{"word": "ok", "verdict": "aligned", "author": "maria"}'
    client = ReplyDuringEdit(posts, answer)
    responder = Responder(posts, lambda _c: client)
    responder.respond(connection(), item(), result(flags=["no_metric"]), {})
    # Our edit (without the answer) covered the reply's; a second edit shows it again.
    assert [call[0] for call in client.calls] == ["update", "update"]
    shown = [body.markdown() for body in client.bodies]
    assert "maria" not in shown[0] and "maria" in shown[1]
    kept = posts.get(1, "github", item().key)
    assert kept is not None and kept.answer is not None
    assert json.loads(kept.answer)["author"] == "maria"
    assert kept.fingerprint == client.bodies[1].fingerprint


def test_a_re_check_of_an_item_already_answered_edits_its_comment_once(tmp_path: Path) -> None:
    posts = PostRepo(_engine_with_workspace(tmp_path))
    answer = '{"word": "ok", "verdict": "aligned", "author": "maria"}'
    posts.put(1, "github", item().key, Post(
        comment_id="c1", fingerprint="old", labels=[], result=result().model_dump_json(),
        answer=answer))
    client = RecordingClient()
    outcome = Responder(posts, lambda _c: client).respond(
        connection(), item(), result(flags=["no_metric"]), {})
    assert [call[0] for call in client.calls] == ["update"]
    assert outcome.comment_id == "c1"


class ReCheckDuringReply(RecordingClient):
    """Stands for another worker's re-check writing the row (a new result and comment) while
    the reply's edit is on the wire."""

    def __init__(self, posts: PostRepo, newer: Post) -> None:
        super().__init__()
        self.posts, self.newer, self.bodies = posts, newer, []  # type: ignore[var-annotated]

    def update_comment(self, target: dict[str, str], comment_id: str, comment: Comment) -> None:
        super().update_comment(target, comment_id, comment)
        self.bodies.append(comment)
        if len(self.bodies) == 1:
            self.posts.put(1, "github", item().key, self.newer)


def test_a_reply_racing_a_re_check_shows_the_answer_on_the_re_checks_comment(
    tmp_path: Path,
) -> None:
    from api.trackers.commands import TeamAnswer
    from checker.vocabulary import Verdict

    posts = PostRepo(_engine_with_workspace(tmp_path))
    old = Post(comment_id="c1", fingerprint="old", labels=[], result=result().model_dump_json())
    posts.put(1, "github", item().key, old)
    newer_result = result(flags=["no_metric"])
    newer = old.model_copy(
        update={"fingerprint": "newer", "result": newer_result.model_dump_json()})
    client = ReCheckDuringReply(posts, newer)
    answer = TeamAnswer(word="ok", verdict=Verdict.ALIGNED, author="maria")
    Responder(posts, lambda _c: client).show_answer(
        connection(), {"repo": "o/r"}, old, item().key, answer, {})
    # The first edit was covered by the re-check's comment: the answer is shown again on it.
    assert len(client.bodies) == 2
    assert build_comment(newer_result, {}, answer).fingerprint == client.bodies[1].fingerprint
    kept = posts.get(1, "github", item().key)
    assert kept is not None and kept.fingerprint == client.bodies[1].fingerprint
    assert kept.answer is not None and json.loads(kept.answer)["author"] == "maria"
