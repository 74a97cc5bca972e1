"""The API with an LLM configured: checks are judged by it, suggest never calls it, and a dead
endpoint still gets an answer from the embedded engine, flagged."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from index.embedding import OnnxEmbedder
from tests.helpers import ApiWorld, LiveServer, api_settings, make_world, store_services
from tests.llm_fakes import LoopbackLLM, completion, loopback_llm

WS = "/v1/workspaces/acme"
REPLY = {"verdict": "aligned", "reason": None, "kr_ids": ["O1.KR1"],
         "rationale": "Pick lists cut the time to ready.", "cited_passages": ["P1"],
         "confidence": 0.9, "flags": []}


@pytest.fixture(scope="module")
def fake_llm() -> Iterator[LoopbackLLM]:
    with loopback_llm(completion(json.dumps(REPLY))) as server:
        yield server


@pytest.fixture(scope="module")
def llm_world(tmp_path_factory: pytest.TempPathFactory, embedder: OnnxEmbedder,
              fake_llm: LoopbackLLM) -> Iterator[ApiWorld]:
    data: Path = tmp_path_factory.mktemp("api-llm")
    settings = api_settings(data, llm_model="fake-judge", llm_base_url=fake_llm.base_url,
                            llm_max_retries=0, llm_timeout=5, llm_breaker_failures=50,
                            engine="llm")
    with LiveServer(settings, store_services("local", data, embedder, "")) as server:
        yield make_world(server)


def test_check_is_judged_by_the_llm(llm_world: ApiWorld, fake_llm: LoopbackLLM) -> None:
    before = len(fake_llm.requests)
    with llm_world.server.client(llm_world.check_key) as client:
        response = client.post(f"{WS}/check", json={
            "title": "Aisle-sorted pick lists for click-and-collect",
            "body": "Batch online orders by aisle so they are ready within the hour."})
    assert response.status_code == 200, response.text
    result = response.json()
    assert result["engine"] == "llm:fake-judge"
    assert result["prompt_version"].startswith("judge-")
    assert result["impacted"][0]["kr_id"] == "O1.KR1"
    assert len(fake_llm.requests) == before + 1
    assert fake_llm.requests[-1]["model"] == "fake-judge"


def test_suggest_never_calls_the_llm(llm_world: ApiWorld, fake_llm: LoopbackLLM) -> None:
    before = len(fake_llm.requests)
    with llm_world.server.client(llm_world.check_key) as client:
        response = client.post(f"{WS}/suggest", json={"text": "faster collection", "k": 3})
    assert response.status_code == 200
    # Up to k, those above the relevance floor (a two-word text clears it for few).
    assert 1 <= len(response.json()["suggestions"]) <= 3
    assert len(fake_llm.requests) == before


def test_a_dead_llm_still_gets_an_answer(llm_world: ApiWorld, fake_llm: LoopbackLLM) -> None:
    fake_llm.shutdown()
    fake_llm.server_close()  # the port now refuses connections
    with llm_world.server.client(llm_world.check_key) as client:
        response = client.post(f"{WS}/check", json={"title": "Reserve stock when an order lands",
                                                    "body": "Hold the item at once."})
    assert response.status_code == 200, response.text
    result = response.json()
    assert result["engine"] == "embedded"
    assert "llm_unavailable" in result["flags"]
    assert result["details"]["llm_error"]["kind"] == "connection"
