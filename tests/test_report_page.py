"""The example's audit report, rendered in a real headless Chromium: the sections a review
meeting reads are there, apart, with titles beside ids, and empty dimensions are left out."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from checker.report.run import audit_report, render
from tests.helpers import REPO, ExampleRun

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARTIFACTS = REPO / "tests" / "artifacts"
LAUNCH_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
               "--disable-background-networking", "--disable-component-update"]

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="chromium is not installed")


def test_the_example_report_in_chromium(example_run: ExampleRun, tmp_path: Path) -> None:
    from playwright.sync_api import sync_playwright

    items = list(example_run.items.values())
    results = [example_run.results[i.id] for i in items]
    report = audit_report(example_run.workspace, items, results)
    page_file = tmp_path / "report.html"
    page_file.write_text(render(report, "html"), encoding="utf-8")
    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch_persistent_context(
            str(tmp_path / "profile"), executable_path=CHROMIUM, args=LAUNCH_ARGS, headless=True)
        try:
            page = browser.new_page()
            page.goto(page_file.as_uri())
            sections = page.eval_on_selector_all("section h2", "hs => hs.map(h => h.id)")
            injections = page.inner_text("#injections + p + div") if "injections" in sections \
                else ""
            no_metric = page.locator("section[aria-labelledby=metrics] li").all_inner_texts()
            share_class = page.get_attribute("#aligned-share", "class") or ""
            people_table = page.locator("#heat-people").count()
            chart = page.text_content("#chart-effort svg") or ""
            page.screenshot(path=str(ARTIFACTS / "report.png"), full_page=True)
        finally:
            browser.close()
    # Orphans, conflicts and unclear items apart; the injection attempt listed.
    assert {"conflicts", "orphans", "injections"} <= set(sections)
    assert "ACME-112" in injections
    # One item names a team, none a person: the team table stays, no table of "(none)" people.
    assert "teams" in sections and people_table == 0
    titles = {i.id: i.title for i in items}
    assert all(any(line.endswith(titles[i]) for line in no_metric)
               for i in (x.id for x in report.no_metric)), no_metric
    # The chart is per key result, whole titles wrapped, and keeps the three kinds apart.
    flat_chart = " ".join(chart.split())
    for objective in report.objectives:
        for kr in objective.key_results:
            assert f"{kr.kr_id} {kr.title}" in flat_chart, kr.kr_id
    assert all(kind in flat_chart for kind in ("conflicting work", "orphan work", "unclear work"))
    share = report.headline.aligned_share
    assert ("share-good" in share_class) == (share >= 0.7)


def test_the_markdown_report_lists_every_kind_of_item(example_run: ExampleRun) -> None:
    items = list(example_run.items.values())
    results = [example_run.results[i.id] for i in items]
    report = audit_report(example_run.workspace, items, results)
    text = render(report, "md")
    for line in [*report.conflicts, *report.orphans, *report.unclear, *report.injections]:
        assert f"- {line.id} {line.title}" in text, line.id
    assert "Suspected prompt injections" in text
