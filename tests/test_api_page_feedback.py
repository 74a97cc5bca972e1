"""Accept / correct under a verdict on the web page, in a real headless Chromium against a
real uvicorn server: the answer goes to the feedback API, the page says it was stored, and the
workspace's next verdicts learn from it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from checker.learning.store import CorrectionStore
from checker.service import Services
from index.embedding import OnnxEmbedder
from index.store import ChromaStore, open_persistent_client
from tests.helpers import ApiWorld, LiveServer, api_settings, make_world
from tests.test_api_page import ARTIFACTS, CHROMIUM, _browser, open_with_key

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="chromium is not installed")

WS = "/v1/workspaces/acme"
PACKED = "Text customers when their click-and-collect order is packed"
EMOJI = "Emoji reactions on product Q&A answers"


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory, embedder: OnnxEmbedder) -> Iterator[ApiWorld]:
    data = tmp_path_factory.mktemp("api-page-feedback")
    services = Services(embedder, ChromaStore(open_persistent_client(data), embedder))
    with LiveServer(api_settings(data), services) as server:
        yield make_world(server)


def _store(world: ApiWorld) -> CorrectionStore:
    context = world.server.context
    record = context.workspaces.get("acme")
    return CorrectionStore.of(context.settings.data_dir, record.collection)


def _check_on_page(page: Any, title: str) -> None:
    page.get_by_label("Title").fill(title)
    with page.expect_response(lambda r: r.url.endswith("/check"), timeout=30_000):
        page.click("#submit")
    page.wait_for_function("document.getElementById('status').textContent === 'Done.'")
    page.wait_for_selector("#result:not([hidden])")


def test_correct_and_accept_under_a_verdict_store_the_teams_answer(
    world: ApiWorld, tmp_path: Path
) -> None:
    from playwright.sync_api import sync_playwright

    context = world.server.context
    okrs = context.workspaces.indexable(context.workspaces.get("acme")).okrs
    every_kr = [kr.id for o in okrs.objectives for kr in o.key_results]
    with world.server.client(world.check_key) as client:
        before = client.post(f"{WS}/check", json={"id": "x", "title": PACKED}).json()
    assert before["learned_version"] is None and before["verdict"] == "aligned"
    other = before["impacted"][1]["kr_id"]
    with sync_playwright() as p:
        browser = _browser(p, tmp_path)
        try:
            page = browser.new_page()
            open_with_key(page, world.server.url, world.check_key)
            page.wait_for_selector("#strategy:not([hidden])", timeout=30_000)
            _check_on_page(page, PACKED)
            offered = page.eval_on_selector_all("#correct-kr option", "os => os.map(o => o.value)")
            page.click("#correct")
            page.select_option("#correct-verdict", "aligned")
            page.select_option("#correct-kr", other)
            page.get_by_label("Comment").fill("it is the collection key result")
            ARTIFACTS.mkdir(exist_ok=True)
            page.screenshot(path=str(ARTIFACTS / "page-correct.png"), full_page=True)
            inside = page.evaluate(
                "() => { const box = document.getElementById('answer').getBoundingClientRect();"
                " return [...document.querySelectorAll('#correct-form select, #correct-form"
                " textarea')].every(e => e.getBoundingClientRect().right <= box.right); }")
            page.click("#store-correction")
            page.wait_for_function(
                "document.getElementById('answer-status').textContent.startsWith('Stored')")
            corrected = page.inner_text("#answer-status")
            form_closed = page.is_hidden("#correct-form")
            _check_on_page(page, EMOJI)
            page.click("#accept")
            page.wait_for_function(
                "document.getElementById('answer-status').textContent.startsWith('Stored')")
            accepted = page.inner_text("#answer-status")
            emoji_verdict = page.inner_text("#verdict")
        finally:
            browser.close()
    assert offered == every_kr  # the workspace's real key results, all of them
    assert corrected.startswith(f"Stored your answer (aligned, {other}) for web-")
    assert corrected.endswith("the next checks in this workspace learn from it.")
    assert form_closed
    assert inside, "a long key-result title pushes the form out of its box"
    assert accepted.startswith("Stored your confirmation of this verdict for web-")
    stored = {c.title: c for c in _store(world).list()}
    packed, emoji = stored[PACKED], stored[EMOJI]
    assert (packed.verdict, packed.krs, packed.comment) == ("aligned", [other],
                                                            "it is the collection key result")
    assert packed.source == "api" and packed.item_id.startswith("web-")
    assert emoji.verdict == emoji_verdict.split(" ")[0] and emoji.item_id != packed.item_id
    with world.server.client(world.check_key) as client:
        after = client.post(f"{WS}/check", json={"id": "x", "title": PACKED}).json()
    assert after["learned_version"] is not None  # the workspace's verdicts now learn from it


def test_a_correction_naming_an_unknown_key_result_is_refused(world: ApiWorld) -> None:
    before = _store(world).list()
    with world.server.client(world.check_key) as client:
        response = client.post(f"{WS}/feedback", json={
            "item_id": "u-1", "accepted": False, "verdict": "aligned", "kr_id": "O9.KR9",
            "title": "Something"})
    assert response.status_code == 422, response.text
    error = response.json()["error"]
    assert "O9.KR9" in error["message"] and "O1.KR1" in error["message"]
    assert error["field"] == "kr_id"
    assert _store(world).list() == before
