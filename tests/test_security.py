"""Hostile input against a live server: one test per kind of attack the service must survive.

Each kind is a whole class of fault (issue 13), not a single input: unbounded work from small
bodies, stored strategy re-parsed per request, bad bytes and wrong types reaching the database
or the error handler. Guards that must fail fast are timed ("under a second"), the rest assert
the answer a client gets: a 4xx whose JSON error names the field and the limit.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

import api.content
from api.bodies import MAX_JSON_DEPTH
from index.embedding import OnnxEmbedder
from tests.helpers import (
    MINIMAL_OKRS,
    MINIMAL_STRATEGY,
    ApiWorld,
    LiveServer,
    api_settings,
    make_world,
    store_services,
)

WEBHOOK_SECRET = "whsec-security-0123456789"


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory, embedder: OnnxEmbedder) -> Iterator[ApiWorld]:
    """One live server with the example workspace indexed (local Chroma)."""
    data = tmp_path_factory.mktemp("security")
    services = store_services("local", data, embedder, "")
    settings = api_settings(data, rate_limit_per_minute=100_000, webhook_mode="inline")
    with LiveServer(settings, services) as server:
        yield make_world(server)


def _post_raw(client: httpx.Client, path: str, raw: bytes, **headers: str) -> httpx.Response:
    return client.post(path, content=raw, headers={"content-type": "application/json", **headers})


def _timed(call: Any) -> tuple[httpx.Response, float]:
    start = time.monotonic()
    response = call()
    return response, time.monotonic() - start


def _error(response: httpx.Response) -> dict[str, Any]:
    detail: dict[str, Any] = response.json()["error"]
    return detail


# --- 1. unbounded work from small inputs -----------------------------------------------------


def test_a_deeply_nested_body_is_refused_fast_naming_the_limit(world: ApiWorld) -> None:
    with world.server.client(world.check_key) as client:
        response, seconds = _timed(
            lambda: _post_raw(client, "/v1/workspaces/acme/check", b"[" * 100_000)
        )
    assert seconds < 1.0
    assert response.status_code == 422, response.text
    error = _error(response)
    assert error["field"] == "body"
    assert f"the limit is {MAX_JSON_DEPTH} levels" in error["message"]


def test_deep_metadata_inside_a_valid_check_is_refused_fast(world: ApiWorld) -> None:
    depth = 5_000
    metadata = '{"a":' * depth + "1" + "}" * depth
    raw = f'{{"title": "Faster checkout", "metadata": {metadata}}}'.encode()
    with world.server.client(world.check_key) as client:
        response, seconds = _timed(lambda: _post_raw(client, "/v1/workspaces/acme/check", raw))
    assert seconds < 1.0
    assert response.status_code == 422, response.text
    assert f"nests {depth + 1} levels deep" in _error(response)["message"]


def test_brackets_inside_strings_do_not_count_as_nesting(world: ApiWorld) -> None:
    body = {"title": "Faster checkout " + "[" * 500, "body": "{" * 500 + " fewer abandoned carts"}
    with world.server.client(world.check_key) as client:
        response = client.post("/v1/workspaces/acme/check", json=body)
    assert response.status_code == 200, response.text
    assert response.json()["verdict"] in ("aligned", "misaligned", "unclear")


def test_a_signed_deeply_nested_webhook_is_a_422_naming_the_limit(world: ApiWorld) -> None:
    with world.server.client(world.admin_key) as client:
        stored = client.put(
            "/v1/workspaces/acme/integrations/github",
            json={"token": "ghp_security", "webhook_secret": WEBHOOK_SECRET, "verify": False},
        )
        assert stored.status_code == 200, stored.text
    raw = b"[" * 100_000
    signature = "sha256=" + hmac.new(WEBHOOK_SECRET.encode(), raw, hashlib.sha256).hexdigest()
    with httpx.Client(base_url=world.server.url, timeout=30) as client:
        response, seconds = _timed(
            lambda: _post_raw(
                client, "/v1/integrations/github/acme", raw,
                **{"x-hub-signature-256": signature, "x-github-event": "issues"},
            )
        )
    assert seconds < 1.0
    assert response.status_code == 422, response.text
    assert f"the limit is {MAX_JSON_DEPTH} levels" in _error(response)["message"]


def _count_okr_parses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every OKR parse the server makes from now on, by file name."""
    parses: list[str] = []
    real = api.content.load_okrs

    def counted(path: Path, text: str | None = None) -> Any:
        parses.append(path.name)
        return real(path, text)

    monkeypatch.setattr(api.content, "load_okrs", counted)
    return parses


def test_objectives_are_parsed_once_per_strategy_version(
    world: ApiWorld, monkeypatch: pytest.MonkeyPatch
) -> None:
    parses = _count_okr_parses(monkeypatch)
    okrs = MINIMAL_OKRS.replace("Grow weekly active teams from", "Lift weekly active teams from")
    with world.server.client(world.root_key) as client:
        made = client.post("/v1/workspaces", json={"name": "parsed-once", "files": [
            {"name": "okrs.yaml", "content": okrs}, {"name": "s.md", "content": MINIMAL_STRATEGY}
        ]})
        assert made.status_code == 201, made.text
        parses.clear()
        titles = [
            client.get("/v1/workspaces/parsed-once/objectives").json()["objectives"][0]
            ["key_results"][0]["title"]
            for _ in range(5)
        ]
        assert parses == []  # the upload's parse serves every read of this version
        changed = okrs.replace("from 100 to 200", "from 100 to 300")
        put = client.put("/v1/workspaces/parsed-once/files",
                         json={"files": [{"name": "okrs.yaml", "content": changed}]})
        assert put.status_code == 200, put.text
        after = client.get("/v1/workspaces/parsed-once/objectives").json()
    assert titles == ["Lift weekly active teams from 100 to 200"] * 5
    assert after["objectives"][0]["key_results"][0]["title"].endswith("from 100 to 300")


def test_objectives_of_an_incomplete_workspace_are_parsed_once(
    world: ApiWorld, monkeypatch: pytest.MonkeyPatch
) -> None:
    parses = _count_okr_parses(monkeypatch)
    with world.server.client(world.root_key) as client:
        made = client.post("/v1/workspaces", json={
            "name": "okrs-only", "files": [{"name": "okrs.yaml", "content": MINIMAL_OKRS}]
        })
        assert made.status_code == 201, made.text
        assert made.json()["content_version"] is None  # no strategy document yet
        parses.clear()
        answers = [client.get("/v1/workspaces/okrs-only/objectives") for _ in range(4)]
    assert [a.status_code for a in answers] == [200] * 4
    assert answers[0].json()["objectives"][0]["id"] == "O1"
    assert len(parses) <= 1


def test_a_check_body_is_json_only_within_budget(world: ApiWorld) -> None:
    """The depth budget does not turn a plain parse error into anything but a 422."""
    with world.server.client(world.check_key) as client:
        response = _post_raw(client, "/v1/workspaces/acme/check", b'{"title": ')
    assert response.status_code == 422
    assert json.loads(response.text)["error"]["code"] == "invalid_request"
