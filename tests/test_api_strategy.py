"""GET /v1/workspaces/{ws}/strategy and the page's "How your strategy was read" panel, against a
real uvicorn server (and a real headless Chromium for the page)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from checker.service import Services
from index.embedding import OnnxEmbedder
from index.store import ChromaStore, open_persistent_client
from tests.helpers import ApiWorld, LiveServer, api_settings, make_world

from .test_api_page import CHROMIUM, LAUNCH_ARGS, open_with_key

SCOPE = Path(__file__).parent / "data" / "cases" / "05-in-out-of-scope-table-misread" / "workspace"


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory, embedder: OnnxEmbedder) -> Iterator[ApiWorld]:
    data = tmp_path_factory.mktemp("api-strategy")
    services = Services(embedder, ChromaStore(open_persistent_client(data), embedder))
    with LiveServer(api_settings(data), services) as server:
        world = make_world(server)
        okrs = (SCOPE / "okrs.yaml").read_text(encoding="utf-8")
        files = [
            {"name": "okrs.yaml", "content": okrs.replace("period: 2026-H1",
                                                         "period: 2026-H1\nnorth_star: Own it")},
            {"name": "strategy.md",
             "content": (SCOPE / "strategy" / "strategy.md").read_text(encoding="utf-8")},
        ]
        with server.client(world.root_key) as client:
            created = client.post("/v1/workspaces", json={"name": "scope", "files": files})
            assert created.status_code == 201, created.text
        yield world


def test_strategy_route_serves_what_was_read(world: ApiWorld) -> None:
    with world.server.client(world.check_key) as client:
        answer = client.get("/v1/workspaces/acme/strategy")
    assert answer.status_code == 200, answer.text
    data = answer.json()
    assert (data["objective_count"], data["key_result_count"]) == (3, 6)
    assert data["passages_by_kind"] == {"priority": 4, "non_goal": 5, "context": 4}
    assert [o["id"] for o in data["objectives"]] == ["O1", "O2", "O3"]
    assert {g["source"] for g in data["non_goals"]} == {"strategy.md", "principles.md"}
    assert len(data["priorities"]) == 4
    # (the company's introduction under the title is context, not a priority)
    assert not any(p["text"].startswith("Acme Retail runs") for p in data["priorities"])
    # and the context is listed, with where it sits, as priorities and non-goals are
    assert len(data["context"]) == 4
    (intro,) = [p for p in data["context"] if p["text"].startswith("Acme Retail runs")]
    assert (intro["source"], intro["line"]) == ("strategy.md", 3)
    (shelf,) = [p for p in data["priorities"] if p["text"].startswith("Be the store a trades")]
    assert (shelf["source"], shelf["line"]) == ("strategy.md", 9)
    assert shelf["section"].startswith("strategy.md > Acme Retail strategy, 2027")
    assert all(g["line"] > 0 and g["section"].startswith(g["source"] + " > ")
               for g in data["non_goals"])


def test_strategy_route_shows_scope_cells_and_warnings(world: ApiWorld) -> None:
    with world.server.client(world.root_key) as client:
        data = client.get("/v1/workspaces/scope/strategy").json()
    assert [g["text"] for g in data["non_goals"]] == [
        "Native mobile apps for iOS or Android",
        "A public marketplace for third-party plugins",
        "Training or hosting our own foundation model",
    ]
    assert all(g["section"].endswith("Scope for 2026 > Out of scope") for g in data["non_goals"])
    (warning,) = data["warnings"]
    assert (warning["file"], warning["line"], warning["key"]) == ("okrs.yaml", 3, "north_star")


def test_strategy_route_keeps_workspaces_apart(world: ApiWorld) -> None:
    with world.server.client(world.check_key) as client:  # a key of workspace acme only
        assert client.get("/v1/workspaces/scope/strategy").status_code in (403, 404)
        assert client.get("/v1/workspaces/nope/strategy").status_code in (403, 404)


@contextmanager
def _strategy_page(world: ApiWorld, tmp_path: Path, workspace: str, ready: str) -> Iterator[Any]:
    """The page in real Chromium with `workspace` chosen, once the JavaScript `ready` is true."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch_persistent_context(
            str(tmp_path / "profile"), executable_path=CHROMIUM, args=LAUNCH_ARGS, headless=True
        )
        try:
            page = browser.new_page()
            open_with_key(page, world.server.url, world.root_key)
            page.wait_for_selector("#strategy:not([hidden])", timeout=30_000)
            page.select_option("#workspace", workspace)
            page.wait_for_function(ready)
            yield page
        finally:
            browser.close()


@pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="chromium is not installed")
def test_page_shows_how_the_strategy_was_read(world: ApiWorld, tmp_path: Path) -> None:
    with _strategy_page(world, tmp_path, "scope",
                        "document.getElementById('strategy-non-goals').innerText"
                        ".includes('Native')") as page:
        counts = page.inner_text("#strategy-counts")
        objectives = page.locator("#strategy-objectives > li").count()
        non_goals = page.locator("#strategy-non-goals li").all_inner_texts()
        priorities = page.locator("#strategy-priorities li").all_inner_texts()
        warnings = page.inner_text("#strategy-warnings")
        krs = page.inner_text("#strategy-objectives")
        context_summary = page.inner_text("#strategy-context-summary")
        context_hidden = page.locator("#strategy-context-block").get_attribute("hidden")
        page.click("#strategy-context-summary")  # folded until asked for
        context = page.locator("#strategy-context li").all_inner_texts()
    assert counts.startswith("3 objectives, 5 key results; 6 priority, 3 non-goal")
    assert counts.endswith("passages from 1 document.")
    assert objectives == 3
    assert non_goals[0].startswith("Native mobile apps for iOS or Android")
    assert "Out of scope (line 27)" in non_goals[0]
    assert len(priorities) == 6
    assert any(p.startswith("A responsive web app") and "In scope (line 27)" in p
               for p in priorities)
    assert "unknown key 'north_star' ignored" in warnings and "okrs.yaml:3" in warnings
    assert "failed_request_rate 3 → 0.5 percent" in krs
    assert context_hidden is None and context_summary == f"Context ({len(context)})"
    assert context and all("(line " in c for c in context)


def test_okrs_kept_in_markdown_can_be_uploaded(world: ApiWorld) -> None:
    page = ("# OKRs\n\n## Objective 1: Teams tailor the assistant\n\n"
            "- KR1: Raise custom prompts from 10% to 40%\n- KR2: Configure a team in 30 minutes\n")
    with world.server.client(world.root_key) as client:
        put = client.put("/v1/workspaces/scope/files",
                         json={"files": [{"name": "okrs.md", "content": page}]})
        assert put.status_code == 200, put.text
        data = client.get("/v1/workspaces/scope/strategy").json()
    (objective,) = data["objectives"]
    assert (objective["id"], objective["title"]) == ("O1", "Teams tailor the assistant")
    first = objective["key_results"][0]
    assert (first["id"], first["metric"], first["baseline"], first["target"], first["unit"]) == (
        "O1.KR1", "custom prompts", 10, 40, "percent")


def test_an_alias_bomb_upload_is_a_422_at_once_and_changes_nothing(world: ApiWorld) -> None:
    lines = ['a0: &a0 ["lol"]'] + [
        f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 10)}]" for n in range(1, 7)
    ]
    bomb = "\n".join([*lines, "objectives: *a6"]) + "\n"
    with world.server.client(world.admin_key) as client:
        before = client.get("/v1/workspaces/acme/strategy").json()
        start = time.perf_counter()
        put = client.put("/v1/workspaces/acme/files",
                         json={"files": [{"name": "okrs.yaml", "content": bomb}]})
        elapsed = time.perf_counter() - start
        after = client.get("/v1/workspaces/acme/strategy").json()
    assert put.status_code == 422
    assert elapsed < 1.0
    error = put.json()["error"]
    assert error["file"] == "okrs.yaml" and "over a reading limit" in error["message"]
    assert after == before


SENTENCES = Path(__file__).parent / "data" / "okr_sentences" / "workspace"


def test_page_shows_the_metric_and_unit_a_sentence_names(world: ApiWorld, tmp_path: Path) -> None:
    """A newcomer's okrs.md (tests/data/okr_sentences/): each key result written as one sentence
    was shown as "metric 300 → 50", its metric's name and "per month" lost."""
    files = [{"name": "okrs.md", "content": (SENTENCES / "okrs.md").read_text(encoding="utf-8")},
             {"name": "strategy.md",
              "content": (SENTENCES / "strategy" / "strategy.md").read_text(encoding="utf-8")}]
    with world.server.client(world.root_key) as client:
        created = client.post("/v1/workspaces", json={"name": "bikes", "files": files})
        assert created.status_code == 201, created.text
    with _strategy_page(world, tmp_path, "bikes",
                        "document.getElementById('strategy-objectives').innerText"
                        ".includes('Riders stay')") as page:
        krs = page.inner_text("#strategy-objectives")
    assert '"no charged battery at the station" reports 300 → 50 per month' in krs
    assert "active subscriptions 4200 → 7000" in krs
    assert "metric" not in krs
