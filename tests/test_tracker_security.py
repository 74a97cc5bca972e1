"""Issue 13, the tracker side, against a live server: outbound calls only where the operator
allows, bad base_url values are 422 naming the field, and deliveries are authenticated first.

The server allows 127.0.0.1 (its working stand-in); a second stand-in on 127.0.0.2 plays an
internal service that a workspace admin must not be able to reach.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from cryptography.fernet import Fernet
from sqlalchemy import update

from api import db
from api.db import make_engine
from api.trackers.replays import DeliveryLog, delivery_keys
from api.trackers.vault import Vault
from index.embedding import OnnxEmbedder
from tests.helpers import (
    ApiWorld,
    served_example,
)
from tests.tracker_standin import TrackerStandIn

FIXTURES = Path(__file__).resolve().parent / "data" / "webhooks"
SECRET = "whsec-security-0123456789"
TOKEN = "ghp_SecurityToken0123456789abcdef"


@pytest.fixture(scope="module")
def inside() -> Iterator[TrackerStandIn]:
    """An internal service: loopback, but not a network the operator allowed."""
    with TrackerStandIn(host="127.0.0.2") as standin:
        yield standin


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory, embedder: OnnxEmbedder) -> Iterator[ApiWorld]:
    data = tmp_path_factory.mktemp("tracker-security")
    with served_example(data, embedder, outbound_allow=["127.0.0.1"]) as world:
        yield world


@pytest.fixture(autouse=True)
def fresh(tracker: TrackerStandIn, inside: TrackerStandIn) -> None:
    tracker.reset()
    inside.reset()


def put(world: ApiWorld, kind: str = "github", **body: Any) -> httpx.Response:
    payload = {"token": TOKEN, "webhook_secret": SECRET, **body}
    with world.server.client(world.admin_key) as admin:
        return admin.put(f"/v1/workspaces/acme/integrations/{kind}", json=payload)


# --- outbound calls ---------------------------------------------------------------------------


def test_a_base_url_inside_the_network_is_refused_and_never_called(
    world: ApiWorld, inside: TrackerStandIn
) -> None:
    inside.state.raw_answer = (500, {}, b"INTERNAL-ONLY: the admin console")
    for verify in (True, False):
        refused = put(world, base_url=f"{inside.url}/leak", verify=verify)
        assert refused.status_code == 422, refused.text
        assert refused.json()["error"]["field"] == "base_url"
        assert "INTERNAL-ONLY" not in refused.text
    for url in ("http://169.254.169.254/latest", "http://10.0.0.1:6379", "http://0x7f000002",
                "https://[::1]:8443", "http://127.0.0.3:8080"):
        stored = put(world, base_url=url, verify=False)
        assert stored.status_code == 422, (url, stored.text)
        assert stored.json()["error"]["field"] == "base_url"
    assert inside.calls == []


def test_base_url_with_credentials_a_fragment_or_broken_syntax_is_422_naming_it(
    world: ApiWorld, tracker: TrackerStandIn
) -> None:
    port = httpx.URL(tracker.url).port
    for url in (f"http://user:pw@127.0.0.1:{port}", f"{tracker.url}/leak#", "http://[::1",
                f"{tracker.url}/x\r\nX-Injected: 1", f"{tracker.url}/?q=1"):
        for verify in (True, False):
            response = put(world, base_url=url, verify=verify)
            assert response.status_code == 422, (url, response.text)
            assert response.json()["error"]["field"] == "base_url", response.text
    assert tracker.calls == []


def test_errors_from_a_tracker_name_host_and_status_never_its_body(
    world: ApiWorld, tracker: TrackerStandIn
) -> None:
    tracker.state.raw_answer = (500, {}, b'{"message": "INTERNAL-ONLY: db at 10.0.0.9"}')
    refused = put(world, base_url=tracker.url)
    assert refused.status_code == 422 and refused.json()["error"]["field"] == "base_url"
    message = refused.json()["error"]["message"]
    assert "127.0.0.1" in message and "500" in message and "INTERNAL-ONLY" not in message


def test_a_token_check_answer_of_the_wrong_shape_is_422_not_a_crash(
    world: ApiWorld, tracker: TrackerStandIn
) -> None:
    for body in (b'{"displayName": "x"}', b"[]", b"not json"):
        tracker.state.raw_answer = (200, {}, body)
        response = put(world, "jira", base_url=tracker.url, user="a@b.example")
        assert response.status_code == 422, response.text
        assert response.json()["error"]["field"] == "base_url"
        assert "accountId" in response.text or "JSON" in response.text


def test_a_redirecting_tracker_is_not_followed(world: ApiWorld, tracker: TrackerStandIn,
                                               inside: TrackerStandIn) -> None:
    tracker.state.raw_answer = (307, {"Location": f"{inside.url}/user"}, b"")
    response = put(world, base_url=tracker.url)
    assert response.status_code == 422 and "not followed" in response.text
    assert inside.calls == [] and len(tracker.calls) == 1



# --- webhook deliveries: authenticated before anything is decrypted, never a 500 -------------


def sign(raw: bytes, secret: str = SECRET) -> str:
    return hmac.new(secret.encode(), raw, hashlib.sha256).hexdigest()


def issue(number: int, title: str = "Batch click-and-collect orders by aisle") -> bytes:
    payload = json.loads((FIXTURES / "github_issues_opened.json").read_text())
    payload["issue"].update(number=number, title=title, body="Pickers get a batched pick list.")
    return json.dumps(payload).encode()


def github_post(world: ApiWorld, raw: bytes, signature: str | None = None,
                **headers: str) -> httpx.Response:
    sent = {"Content-Type": "application/json", "X-GitHub-Event": "issues", **headers}
    if signature != "":
        sent["X-Hub-Signature-256"] = f"sha256={signature or sign(raw)}"
    with httpx.Client(base_url=world.server.url, timeout=60) as client:
        return client.post("/v1/integrations/github/acme", content=raw, headers=sent)


def stored(world: ApiWorld, **values: Any) -> None:
    """Change the stored connection behind the API's back, as an older version could have."""
    with world.server.context.engine.begin() as conn:
        table = db.tracker_connections
        conn.execute(update(table).where(table.c.tracker == "github").values(**values))


def test_an_unsigned_delivery_is_401_whatever_the_state_of_the_credentials(
    world: ApiWorld, tracker: TrackerStandIn, caplog: pytest.LogCaptureFixture
) -> None:
    assert put(world, base_url=tracker.url).status_code == 200
    foreign = Vault([Fernet.generate_key()])
    stored(world, secret_sealed=foreign.seal(SECRET), token_sealed=foreign.seal(TOKEN))
    unsigned = github_post(world, issue(1), signature="")
    assert unsigned.status_code == 401 and "missing" in unsigned.json()["error"]["message"]
    signed = github_post(world, issue(1))
    assert signed.status_code == 401, signed.text  # cannot be verified: refused, not a 400
    assert "cannot be decrypted" not in signed.text
    assert "acme" in caplog.text and "cannot be decrypted" in caplog.text
    assert world.server.context.connections.unreadable() == [
        "acme/github token", "acme/github webhook_secret"
    ]
    assert tracker.calls[-1].path == "/user"  # only the token check of the connect


def test_a_stored_base_url_that_no_longer_parses_gives_a_502_never_a_500(
    world: ApiWorld, tracker: TrackerStandIn
) -> None:
    assert put(world, base_url=tracker.url).status_code == 200
    for number, bad in enumerate(("http://[::1", "http://a\r\nb", "http://169.254.169.254")):
        stored(world, base_url=bad)
        response = github_post(world, issue(200 + number))
        assert response.status_code == 502, (bad, response.text)
        assert response.json()["error"]["code"] == "tracker_error"


def test_a_signed_body_nested_100k_deep_is_a_422(world: ApiWorld, tracker: TrackerStandIn) -> None:
    assert put(world, base_url=tracker.url).status_code == 200
    response = github_post(world, b"[" * 100_000)
    assert response.status_code == 422, response.text
    assert response.json()["error"]["field"] == "body"


# --- replays ----------------------------------------------------------------------------------


def test_a_replayed_github_delivery_is_a_duplicate_by_body_or_by_delivery_id(
    world: ApiWorld, tracker: TrackerStandIn
) -> None:
    assert put(world, base_url=tracker.url).status_code == 200
    tracker.state.calls.clear()
    raw = issue(300)
    first = github_post(world, raw, **{"X-GitHub-Delivery": "guid-300"})
    assert first.json()["action"] == "created", first.text
    for headers in ({"X-GitHub-Delivery": "guid-300"}, {"X-GitHub-Delivery": "a-fresh-guid"}, {}):
        replay = github_post(world, raw, **headers)
        assert replay.status_code == 200 and replay.json()["action"] == "duplicate"
    same_id = github_post(world, issue(301), **{"X-GitHub-Delivery": "guid-300"})
    assert same_id.json()["action"] == "duplicate"
    assert len(tracker.calls) == 1


def test_replays_of_jira_and_gitlab_deliveries_are_duplicates(
    world: ApiWorld, tracker: TrackerStandIn
) -> None:
    assert put(world, "jira", base_url=tracker.url, user="bot@example.com").status_code == 200
    assert put(world, "gitlab", base_url=tracker.url).status_code == 200
    tracker.state.calls.clear()
    jira = json.dumps({
        "webhookEvent": "jira:issue_created",
        "issue": {"key": "SEC-1", "fields": {"summary": "Batch click-and-collect orders by aisle",
                                              "description": "Pickers get a batched pick list."}},
    }).encode()
    gitlab_payload = json.loads((FIXTURES / "gitlab_issue_open.json").read_text())
    gitlab = json.dumps(gitlab_payload).encode()
    actions: list[tuple[str, str]] = []
    calls: list[int] = []
    with httpx.Client(base_url=world.server.url, timeout=60) as client:
        for _ in range(2):
            jira_answer = client.post("/v1/integrations/jira/acme", content=jira, headers={
                "X-Hub-Signature": f"sha256={sign(jira)}",
                "X-Atlassian-Webhook-Identifier": "jira-1"})
            gitlab_answer = client.post("/v1/integrations/gitlab/acme", content=gitlab, headers={
                "X-Gitlab-Token": SECRET, "X-Gitlab-Event": "Issue Hook",
                "Idempotency-Key": "gl-1"})
            assert jira_answer.status_code == gitlab_answer.status_code == 200
            actions.append((jira_answer.json()["action"], gitlab_answer.json()["action"]))
            calls.append(len(tracker.calls))
    assert "duplicate" not in actions[0] and actions[1] == ("duplicate", "duplicate")
    assert calls[0] == calls[1]  # the replays caused no call


def test_a_delivery_is_kept_for_the_window_then_forgotten(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'db.sqlite3'}")
    with engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO workspaces (id, name, root, collection, created_at) "
                             "VALUES (1, 'w', 'r', 'c', 0)")
    clock = [1_000.0]
    log = DeliveryLog(engine, keep_seconds=86_400, now=lambda: clock[0])
    keys = delivery_keys(b"{}", "guid")
    assert log.claim(1, "github", keys)
    assert not log.claim(1, "github", keys)
    assert not log.claim(1, "github", delivery_keys(b"{ }", "guid"))  # same id, other body
    assert log.claim(1, "gitlab", keys)  # per tracker
    clock[0] += 86_401
    assert log.claim(1, "github", keys)
    log.release(1, "github", keys)
    assert log.claim(1, "github", keys)  # a failed answer does not make its redelivery a replay
