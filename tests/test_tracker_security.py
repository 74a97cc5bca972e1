"""Issue 13, the tracker side, against a live server: outbound calls only where the operator
allows, bad base_url values are 422 naming the field, and deliveries are authenticated first.

The server allows 127.0.0.1 (its working stand-in); a second stand-in on 127.0.0.2 plays an
internal service that a workspace admin must not be able to reach.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from index.embedding import OnnxEmbedder
from tests.conftest import ApiWorld, LiveServer, api_settings, make_world, store_services
from tests.tracker_standin import TrackerStandIn

SECRET = "whsec-security-0123456789"
TOKEN = "ghp_SecurityToken0123456789abcdef"


@pytest.fixture(scope="module")
def tracker() -> Iterator[TrackerStandIn]:
    with TrackerStandIn() as standin:
        yield standin


@pytest.fixture(scope="module")
def inside() -> Iterator[TrackerStandIn]:
    """An internal service: loopback, but not a network the operator allowed."""
    with TrackerStandIn(host="127.0.0.2") as standin:
        yield standin


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory, embedder: OnnxEmbedder) -> Iterator[ApiWorld]:
    data = tmp_path_factory.mktemp("tracker-security")
    services = store_services("local", data, embedder, chroma_url="")
    settings = api_settings(data, outbound_allow=["127.0.0.1"])
    with LiveServer(settings, services) as server:
        yield make_world(server)


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


def _unused(path: Path) -> str:  # keeps json imported for the tests below
    return json.dumps(str(path))
