"""The web page in a real headless Chromium: paste a proposal, submit, read the verdict."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

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


def test_paste_submit_and_read_the_verdict(
    world: ApiWorld, example_run: ExampleRun, tmp_path: Path
) -> None:
    from playwright.sync_api import sync_playwright

    item = next(i for i in read_backlog(EXAMPLE / "backlog.jsonl").items if i.id == "ACME-101")
    expected = example_run.results["ACME-101"]
    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch_persistent_context(
            str(tmp_path / "profile"), executable_path=CHROMIUM, args=LAUNCH_ARGS, headless=True
        )
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
            page.get_by_label("Title").fill(item.title)
            page.get_by_label("Proposal").fill(item.body)
            page.get_by_label("Proposal").press("Control+Enter")
            page.wait_for_selector("#result:not([hidden])", timeout=30_000)
            verdict = page.inner_text("#verdict")
            rows = page.locator("#impacted tr").all_inner_texts()
            cited = page.locator("#evidence li").count()
            nudge_shown = page.is_visible("#nudge")
            page.screenshot(path=str(ARTIFACTS / "page-laptop.png"), full_page=True)
            page.set_viewport_size({"width": 390, "height": 844})
            overflow = page.evaluate("document.scrollingElement.scrollWidth > innerWidth")
            page.screenshot(path=str(ARTIFACTS / "page-phone.png"), full_page=True)
        finally:
            browser.close()
    print(f"screenshots: {ARTIFACTS / 'page-laptop.png'}, {ARTIFACTS / 'page-phone.png'}")
    assert verdict.startswith(expected.verdict)
    assert rows and rows[0].startswith(expected.impacted[0].kr_id)
    assert cited == len(expected.evidence)
    assert nudge_shown == ("no_metric" in expected.flags)
    assert not overflow, "the page scrolls sideways on a phone"
    local = world.server.url
    assert all(url.startswith(local) for url in requests), "the page must not load from a CDN"


def test_the_nudge_shows_when_no_metric_is_named(world: ApiWorld, tmp_path: Path) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch_persistent_context(
            str(tmp_path / "profile"), executable_path=CHROMIUM, args=LAUNCH_ARGS, headless=True
        )
        try:
            page = browser.new_page()
            page.goto(world.server.url + "/")
            page.get_by_label("API key").fill(world.check_key)
            page.click("#load-workspaces")
            page.wait_for_function("document.getElementById('workspace').options.length > 0")
            page.get_by_label("Proposal").fill("Repaint the office kitchen in a nicer colour")
            page.click("#submit")
            page.wait_for_selector("#result:not([hidden])", timeout=30_000)
            flags = page.locator("#flags li").all_inner_texts()
            nudge = page.is_visible("#nudge")
        finally:
            browser.close()
    assert "no_metric" in flags
    assert nudge
