"""Conflicts go against a non-goal, not an objective (a newcomer's audit, 2026-11-30).

The stored audit (tests/data/report-conflicts: the embedded engine's results for a bike
subscription's backlog against its strategy and OKRs) has three conflicts, each against one of
the strategy's non-goals: selling bikes, paid ads, a paid add-on. The GPS-tracker add-on's best
key result is O2's ("A charged battery is always close"): the report counted it as a conflict of
O2, and a reader took it that the add-on works against batteries. The objective and key result
tables count only the work that moves them; each conflict is listed under its non-goal.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from checker.backlog.reading import read_backlog
from checker.models import CheckResult, Evidence, Proposal, Reason, Verdict
from checker.report.drift import read_results
from checker.report.html import render_html
from checker.report.markdown import render_markdown
from checker.report.model import Report, build_report
from checker.vocabulary import EvidenceRole
from index.okrs import load_okrs

DATA = Path(__file__).parent / "data" / "report-conflicts"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
LAUNCH_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
               "--disable-background-networking", "--disable-component-update"]
WHERE = "strategy.md > Pedalo strategy 2027 > Non-goals"
ADD_ON = "We will not sell paid add-ons on top of the subscription; everything is included."


def _report() -> Report:
    results = read_results(DATA / "results.jsonl")
    gps = next(r for r in results if r.id == "P-6")
    # What makes this audit the case: a conflict whose best key result is O2's, a strong match.
    assert (gps.verdict, gps.reason) == ("misaligned", "conflict")
    assert (gps.impacted[0].objective_id, gps.impacted[0].match) == ("O2", "high")
    items = read_backlog(DATA / "backlog.csv").items
    return build_report("bikes", load_okrs(DATA / "okrs.yaml"), items, results)


def _table_row(markdown: str, first_cell: str) -> list[str]:
    [row] = [line for line in markdown.splitlines() if line.startswith(f"| {first_cell}")]
    return [cell.strip() for cell in row.strip("|").split("|")]


def test_markdown_counts_no_conflict_for_an_objective_and_lists_it_by_non_goal() -> None:
    markdown = render_markdown(_report())
    # O2 is moved by P-2 alone (effort 3 of 32); the add-on adds nothing to its row, nor to the
    # work named under its key results.
    assert _table_row(markdown, "O2") == ["O2 A charged battery is always close", "1", "9%",
                                          "O2.KR1: moved second by 2 items; O2.KR2: P-2"]
    assert _table_row(markdown, "objective") == [
        "objective (aligned work that moves it)", "aligned items", "share of all effort",
        "key results: items"]
    lines = markdown.splitlines()
    against = lines.index(f'- Against "{ADD_ON}" ({WHERE}): 1 item, effort 5')
    assert lines[against + 1] == "  - P-6 GPS-tracker add-on"
    assert not lines[against + 2].startswith("  - ")  # P-6 alone goes against it
    # under its non-goal only: a conflict needs a decision, not a metric (a newcomer read the
    # no-metric list of conflicts and orphans as noise)
    assert [line for line in lines if "P-6" in line] == ["  - P-6 GPS-tracker add-on"]


def test_the_markdown_nests_each_conflict_under_its_non_goal() -> None:
    """As a Markdown reader renders it: one list item per non-goal, its work a list inside."""
    from markdown_it import MarkdownIt

    html = MarkdownIt("commonmark").render(render_markdown(_report()))
    conflicts = html.split("by the non-goal it goes against:")[1].split("<p><strong>")[0]
    groups = re.findall(r"<li>Against &quot;(.*?)&quot;.*?<ul>(.*?)</ul>", conflicts, re.S)
    assert [(text, re.findall(r"<li>(P-\d)", inner)) for text, inner in groups] == [
        ("We will not sell bikes; we only rent them by subscription.", ["P-4"]),
        ("We will not buy paid ads; growth comes from referrals.", ["P-5"]),
        (ADD_ON, ["P-6"]),
    ]


def _conflict(item_id: str, evidence: list[Evidence]) -> CheckResult:
    return CheckResult(id=item_id, verdict=Verdict.MISALIGNED, reason=Reason.CONFLICT,
                       rationale="Goes against the strategy.", strategy_version="v1",
                       engine="embedded", evidence=evidence)


def test_work_against_one_non_goal_is_listed_together_the_most_effort_first() -> None:
    """Two items against the paid add-on non-goal share its line; a conflict citing no passage
    (an LLM answer may cite none) is listed last, under no made-up non-goal."""
    okrs = load_okrs(DATA / "okrs.yaml")
    add_on = Evidence(source="strategy.md", section=WHERE, text=ADD_ON, score=0.6,
                      kind="non_goal", role=EvidenceRole.CONFLICTS)
    ads = add_on.model_copy(update={"text": "We will not buy paid ads."})
    items = [Proposal.model_validate({"id": f"X-{n}", "title": f"Work {n}", "effort": effort})
             for n, effort in ((1, 2), (2, 3), (3, 4), (4, 8))]
    results = [_conflict("X-1", [add_on]), _conflict("X-2", [ads]),
               _conflict("X-3", [add_on]), _conflict("X-4", [])]
    report = build_report("bikes", okrs, items, results)
    assert [(g.non_goal.text if g.non_goal else None, [x.id for x in g.items], g.effort)
            for g in report.conflicts_by_non_goal] == [
        (ADD_ON, ["X-1", "X-3"], 6.0), ("We will not buy paid ads.", ["X-2"], 3.0),
        (None, ["X-4"], 8.0)]
    markdown = render_markdown(report)
    assert f'- Against "{ADD_ON}" ({WHERE}): 2 items, effort 6\n  - X-1 Work 1\n  - X-3 Work 3' \
        in markdown
    assert "- Against a non-goal the result did not cite: 1 item, effort 8\n  - X-4 Work 4" \
        in markdown


@pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="chromium is not installed")
def test_html_counts_no_conflict_for_an_objective_and_lists_it_by_non_goal(
        tmp_path: Path) -> None:
    from playwright.sync_api import sync_playwright

    page_file = tmp_path / "report.html"
    page_file.write_text(render_html(_report()), encoding="utf-8")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS, headless=True)
        try:
            page = browser.new_page()
            page.goto(page_file.as_uri())
            table = page.locator("section[aria-labelledby=coverage] table")
            header = table.locator("thead th").all_inner_texts()
            o2_cells = table.locator("tr", has=page.locator("th", has_text="O2 ")) \
                .locator("td").all_inner_texts()
            kr = table.locator("tr", has_text="O2.KR1").all_inner_texts()
            groups = {g.locator("h3").inner_text(): g.locator("tbody strong").all_inner_texts()
                      for g in page.locator("#conflicts ~ .non-goal").all()}
            add_on_group = page.locator(".non-goal", has_text="paid add-ons").all_inner_texts()
            chart = " ".join((page.text_content("#chart-effort svg") or "").split())
        finally:
            browser.close()
    assert o2_cells == ["1", "9%"]  # P-2 alone: no column, no figure for the add-on
    assert header == ["objective / key result (aligned work that moves it)", "aligned items",
                      "share of all effort"]
    # (the add-on's best KR: no conflict counts for it, while two aligned items move it second)
    assert ["moved second by 2 items" in row for row in kr] == [True]
    assert groups == {
        f"Against “We will not sell bikes; we only rent them by subscription.” ({WHERE})":
            ["P-4"],
        f"Against “We will not buy paid ads; growth comes from referrals.” ({WHERE})": ["P-5"],
        f"Against “{ADD_ON}” ({WHERE})": ["P-6"],
    }
    assert len(add_on_group) == 1 and "O2" not in add_on_group[0]  # no objective named
    assert 'conflicting work against "We will not sell paid add-ons on top of the' in chart


def test_the_chart_draws_the_non_goals_with_most_effort_and_the_rest_as_one_bar() -> None:
    """Seven non-goals: the five with most effort get a bar each, the other two share one; no
    bar of work against a non-goal carries a key result's name."""
    from html import unescape

    from checker.report.charts import effort_by_key_result

    okrs = load_okrs(DATA / "okrs.yaml")
    items = [Proposal.model_validate({"id": f"X-{n}", "title": f"Work {n}", "effort": n})
             for n in range(1, 8)]
    results = [_conflict(item.id, [Evidence(source="s.md", section="s.md > Non-goals",
                                            text=f"We will not do thing number {n}.",
                                            score=0.6, kind="non_goal")])
               for n, item in enumerate(items, start=1)]
    svg = effort_by_key_result(build_report("bikes", okrs, items, results))
    texts = re.findall(r"<text[^>]*>(.*?)</text>", svg, re.S)
    shown = " ".join(unescape(re.sub(r"<[^>]+>", " ", " ".join(texts))).split())
    drawn = re.findall(r'conflicting work against "We will not do thing number (\d)\."', shown)
    assert drawn[::-1] == ["7", "6", "5", "4", "3"]  # the SVG draws the bottom bar first
    assert "conflicting work against 2 other non-goals" in shown
