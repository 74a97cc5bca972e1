"""The web page in a real headless Chromium: paste a proposal, submit, read the verdict."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from checker.backlog.reading import read_backlog
from checker.service import Services
from index.embedding import OnnxEmbedder
from index.store import ChromaStore, open_persistent_client
from tests.helpers import EXAMPLE, REPO, ApiWorld, ExampleRun, LiveServer, api_settings, make_world

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARTIFACTS = REPO / "tests" / "artifacts"
LAUNCH_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="chromium is not installed")


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory, embedder: OnnxEmbedder) -> Iterator[ApiWorld]:
    data = tmp_path_factory.mktemp("api-page")
    services = Services(embedder, ChromaStore(open_persistent_client(data), embedder))
    with LiveServer(api_settings(data), services) as server:
        yield make_world(server)


@pytest.fixture(scope="module")
def open_world(
    tmp_path_factory: pytest.TempPathFactory, embedder: OnnxEmbedder
) -> Iterator[ApiWorld]:
    """A server that needs no key (`serve --unauthenticated`, as `make run` starts it)."""
    data = tmp_path_factory.mktemp("api-page-open")
    services = Services(embedder, ChromaStore(open_persistent_client(data), embedder))
    with LiveServer(api_settings(data, allow_unauthenticated=True), services) as server:
        yield make_world(server)


def open_with_key(page: Any, url: str, key: str) -> None:
    """Open the page, give it a key and load the workspaces it may see."""
    page.goto(url + "/")
    page.get_by_label("API key").fill(key)
    page.click("#load-workspaces")


def _submit(page: Any, world: ApiWorld, proposal: str) -> None:
    """Open the page with the check key, paste `proposal` and wait for its verdict."""
    open_with_key(page, world.server.url, world.check_key)
    page.wait_for_function("document.getElementById('workspace').options.length > 0")
    page.get_by_label("Proposal").fill(proposal)
    page.click("#submit")
    page.wait_for_selector("#result:not([hidden])", timeout=30_000)


def _flag_chips(page: Any) -> dict[str, str]:
    """The result's flag chips: each flag's id (the tooltip) to the words shown."""
    chips = page.locator("#flags li")
    return dict(zip([chips.nth(i).get_attribute("title") for i in range(chips.count())],
                    chips.all_inner_texts(), strict=True))


def _browser(p: Any, tmp_path: Path) -> Any:
    return p.chromium.launch_persistent_context(
        str(tmp_path / "profile"), executable_path=CHROMIUM, args=LAUNCH_ARGS, headless=True
    )


def test_paste_submit_and_read_the_verdict(
    world: ApiWorld, example_run: ExampleRun, tmp_path: Path
) -> None:
    from playwright.sync_api import sync_playwright

    item = next(i for i in read_backlog(EXAMPLE / "backlog.jsonl").items if i.id == "ACME-101")
    expected = example_run.results["ACME-101"]
    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as p:
        browser = _browser(p, tmp_path)
        try:
            page = browser.new_page()
            requests: list[str] = []
            page.on("request", lambda r: requests.append(r.url))
            page.goto(world.server.url + "/")
            # Keyboard only: key, load workspaces, then the proposal; Ctrl+Enter submits.
            page.get_by_label("API key").fill(world.check_key)
            page.get_by_label("API key").press("Tab")
            page.keyboard.press("Enter")
            page.wait_for_function("document.getElementById('workspace').options.length > 0")
            page.wait_for_selector("#strategy:not([hidden])")
            strategy = page.inner_text("#strategy-counts")
            # (while it was read, the status line said so; once shown, it says nothing more)
            status_once_read = page.inner_text("#status")
            page.get_by_label("Title").fill(item.title)
            page.get_by_label("Proposal").fill(item.body)
            page.get_by_label("Proposal").press("Control+Enter")
            page.wait_for_selector("#result:not([hidden])", timeout=30_000)
            verdict = page.inner_text("#verdict")
            confidence = page.inner_text("#confidence")
            rows = page.locator("#impacted tr").all_inner_texts()
            also_close = page.inner_text("#also-close")
            cited = page.locator("#evidence li").count()
            page_text = page.inner_text("main")
            chips = list(_flag_chips(page))
            page.screenshot(path=str(ARTIFACTS / "page-laptop.png"), full_page=True)
            page.set_viewport_size({"width": 390, "height": 844})
            overflow = page.evaluate("document.scrollingElement.scrollWidth > innerWidth")
            page.screenshot(path=str(ARTIFACTS / "page-phone.png"), full_page=True)
        finally:
            browser.close()
    print(f"screenshots: {ARTIFACTS / 'page-laptop.png'}, {ARTIFACTS / 'page-phone.png'}")
    assert verdict.startswith(expected.verdict)
    assert confidence.startswith(f"Confidence {int(expected.confidence * 100 + 0.5)}%")
    top = expected.impacted[0]
    assert rows and rows[0].startswith(f"{top.kr_id}: {top.title}")
    # The objective with its title and a match a person reads, never a raw score.
    assert f"{top.objective_id}: {top.objective_title}" in rows[0]
    assert rows[0].rstrip().endswith(str(top.match))
    # the table lists what the work moves; key results only close in wording are named apart
    assert len(rows) == sum(kr.moves for kr in expected.impacted)
    close = [kr.kr_id for kr in expected.impacted if not kr.moves]
    assert also_close == ("Close in wording only, not counted as moved: " + ", ".join(close)
                          if close else "")
    assert cited == len(expected.evidence)
    assert strategy.startswith("3 objectives, 6 key results; ")
    assert status_once_read == ""
    assert "no_metric" not in chips  # the rationale says it; said once
    assert page_text.count("names no outcome it will move") == ("no_metric" in expected.flags)
    assert not overflow, "the page scrolls sideways on a phone"
    local = world.server.url
    assert all(url.startswith(local) for url in requests), "the page must not load from a CDN"


def test_the_metric_nudge_is_said_once_naming_a_metric(world: ApiWorld, tmp_path: Path) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = _browser(p, tmp_path)
        try:
            page = browser.new_page()
            _submit(page, world, "Aisle-sorted pick lists for store staff")
            text = page.inner_text("#result")
            # Clearing the text and submitting again must not leave the old verdict on screen.
            page.get_by_label("Proposal").fill("")
            page.click("#submit")
            page.wait_for_selector("#result", state="hidden", timeout=5_000)
        finally:
            browser.close()
    assert text.count("names no outcome it will move") == 1
    assert "say which, e.g. O1.KR" in text


def test_flags_are_said_in_words(world: ApiWorld, tmp_path: Path) -> None:
    """A chip reads what the flag means, its id kept as the tooltip (a newcomer saw bare
    `thin_text` and `non_english`, 2026-12-02)."""
    from playwright.sync_api import sync_playwright

    from checker.vocabulary import FLAG_MEANINGS, Flag

    with sync_playwright() as p:
        browser = _browser(p, tmp_path)
        try:
            page = browser.new_page()
            _submit(page, world, "Improve the app")
            shown = _flag_chips(page)
        finally:
            browser.close()
    assert shown[Flag.THIN_TEXT] == FLAG_MEANINGS[Flag.THIN_TEXT]
    assert set(FLAG_MEANINGS) == set(Flag)


def test_no_key_row_when_the_server_needs_no_key(open_world: ApiWorld, tmp_path: Path) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = _browser(p, tmp_path)
        try:
            page = browser.new_page()
            page.goto(open_world.server.url + "/")
            page.wait_for_selector("#strategy:not([hidden])", timeout=30_000)
            key_row = page.is_visible("#key-row")
            load_button = page.is_visible("#load-workspaces")
            strategy = page.inner_text("#strategy-counts")
        finally:
            browser.close()
    assert not key_row and not load_button
    assert strategy.startswith("3 objectives, 6 key results; ")


def test_api_docs_render_from_local_files(open_world: ApiWorld, tmp_path: Path) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = _browser(p, tmp_path)
        try:
            page = browser.new_page()
            requests: list[str] = []
            page.on("request", lambda r: requests.append(r.url))
            page.goto(open_world.server.url + "/docs")
            page.wait_for_selector(".swagger-ui .info .title", timeout=30_000)
            title = page.inner_text(".swagger-ui .info .title")
            operations = page.locator(".opblock").count()
        finally:
            browser.close()
    assert title.startswith("stratalign")
    assert operations > 5
    local = open_world.server.url
    assert all(url.startswith(local) for url in requests), [u for u in requests if local not in u]
