"""The review-meeting report: figures, drift, Markdown against an expected file, HTML in a
real headless Chromium."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from checker.backlog.reading import read_backlog
from checker.models import Proposal
from checker.report.drift import compare, read_results
from checker.report.html import render_html
from checker.report.markdown import render_markdown
from checker.report.model import (
    ItemLine,
    KRCoverage,
    ObjectiveCoverage,
    Report,
    build_report,
)
from checker.report.palette import COLOURS
from index.errors import InputError
from index.okrs import load_okrs

DATA = Path(__file__).parent / "data" / "report"
ARTIFACTS = Path(__file__).parent / "artifacts"


def _report(with_drift: bool = True) -> Report:
    results = read_results(DATA / "results.jsonl")
    drift = compare(read_results(DATA / "previous.jsonl"), results) if with_drift else None
    items = read_backlog(DATA / "backlog.jsonl").items
    return build_report("quill", load_okrs(DATA / "okrs.yaml"), items, results, drift)


def test_the_headline_weighs_effort_and_gives_a_range() -> None:
    h = _report().headline
    assert (h.items, h.effort) == (5, 19.0)  # Q-5 has no estimate: it counts 1
    assert h.aligned_share == pytest.approx(13 / 19, abs=1e-4)
    assert h.misaligned_share == pytest.approx(5 / 19, abs=1e-4)
    assert h.aligned_range == pytest.approx((13 / 19, 14 / 19), abs=1e-4)
    html = render_html(_report())
    assert "Between <strong>68%</strong> and <strong>74%</strong>" in html
    assert "once the 5% judged unclear are settled;" in html


def test_the_headline_says_what_share_to_expect_from_the_verdicts_confidence() -> None:
    """A newcomer read "66% aligned" although three of its aligned calls were wrong: the report
    also says what the confidences lead one to expect (aligned work by its confidence,
    misaligned work by the chance it is aligned after all; unclear work stays in the range)."""
    results = read_results(DATA / "results.jsonl")
    sure = {"aligned": 0.9, "misaligned": 0.8}
    results = [r.model_copy(update={"confidence": sure.get(r.verdict, 0.0)}) for r in results]
    items = read_backlog(DATA / "backlog.jsonl").items
    report = build_report("quill", load_okrs(DATA / "okrs.yaml"), items, results, None)
    h = report.headline
    expected = (13 * 0.9 + 5 * 0.2) / 19
    assert h.expected_aligned_share == pytest.approx(expected, abs=1e-4)
    assert f"about {round(100 * expected)}% of effort aligned when each verdict counts only as " \
        "often as its confidence says it is right" in render_markdown(report)
    assert 'id="expected-share"' in render_html(report)
    # results without a confidence (older files) say nothing they cannot back, nor does a file
    # where one committed verdict lacks it (it would count as certainly wrong; found by review)
    assert _report().headline.expected_aligned_share is None
    partly = [r.model_copy(update={"confidence": 0.0}) if r.verdict == "misaligned" else r
              for r in results]
    assert build_report("quill", load_okrs(DATA / "okrs.yaml"), items, partly,
                        None).headline.expected_aligned_share is None
    assert "as often as its confidence says" not in render_markdown(_report())


def test_coverage_per_objective_and_unmoved_key_results() -> None:
    report = _report()
    o1, o2 = report.objectives
    assert (o1.items, o1.effort) == (1, 5.0)
    assert (o2.items, o2.effort) == (1, 8.0)  # Q-3's best key result is O2's: no work on O2
    assert [kr.kr_id for kr in report.unmoved_krs] == ["O1.KR2"]
    assert [x.id for x in report.conflicts] == ["Q-3"]
    assert report.conflicts[0].cited is not None
    assert report.conflicts[0].cited.startswith("strategy.md > Non-goals: We will not build")
    [group] = report.conflicts_by_non_goal
    assert group.non_goal is not None
    assert (group.non_goal.text, group.non_goal.where, [x.id for x in group.items]) == (
        "We will not build native desktop apps this year.", "strategy.md > Non-goals", ["Q-3"])
    assert [x.id for x in report.orphans] == ["Q-4"]
    # (a conflict and an orphan need a decision, not a metric: are not listed, and
    # the list says so: a newcomer counted 10 no_metric flags in the JSONL against 5 listed)
    assert [x.id for x in report.no_metric] == ["Q-2", "Q-5"]
    assert "misaligned and upkeep items left out" in render_markdown(report)
    assert "Misaligned and upkeep items are left out" in render_html(report)


def test_a_suspected_injection_is_not_asked_for_a_metric() -> None:
    """A newcomer found the unclear item whose text was set aside as addressed to an AI
    reviewer among the work asked to name a metric: it is listed with the injections only."""
    results = read_results(DATA / "results.jsonl")
    aimed = next(r for r in results if "no_metric" in r.flags and r.verdict != "misaligned")
    results = [r.model_copy(update={"flags": [*r.flags, "injection_suspected"]})
               if r.id == aimed.id else r for r in results]
    items = read_backlog(DATA / "backlog.jsonl").items
    report = build_report("quill", load_okrs(DATA / "okrs.yaml"), items, results, None)
    assert aimed.id in [x.id for x in report.injections]
    assert aimed.id not in [x.id for x in report.no_metric]
    assert "suspected injections, listed apart" in render_markdown(report)


def test_an_items_table_shows_a_team_column_only_where_an_item_has_a_team() -> None:
    """A newcomer's report had an empty "team" column in every table (their backlog named no
    team): an empty dimension is hidden."""
    assert '<th scope="col">team</th>' in render_html(_report())
    items = [Proposal.model_validate({k: v for k, v in i.model_dump().items() if k != "team"})
             for i in read_backlog(DATA / "backlog.jsonl").items]
    teamless = build_report("quill", load_okrs(DATA / "okrs.yaml"), items,
                            read_results(DATA / "results.jsonl"), None)
    assert '<th scope="col">team</th>' not in render_html(teamless)


def test_effort_per_team_and_person_by_objective() -> None:
    report = _report()
    # conflicts, orphans and unclear work apart; no upkeep column where no item is upkeep
    assert report.columns == ["O1", "O2", "conflict", "orphan", "unclear"]
    teams = {t.name: t.by_column for t in report.teams}
    assert teams == {"Growth": {"O1": 5.0, "orphan": 2.0, "unclear": 1.0},
                     "Sync": {"O2": 8.0, "conflict": 3.0}}
    people = {p.name: p.effort for p in report.assignees}
    assert people == {"ana": 5.0, "bo": 11.0, "cy": 2.0, "(none)": 1.0}


def test_drift_names_what_changed() -> None:
    drift = _report().drift
    assert drift is not None and drift.strategy_changed
    assert [(c.id, c.before, c.after) for c in drift.newly_misaligned] == [
        ("Q-3", "aligned (O2.KR1)", "misaligned (conflict)")]
    assert [(c.id, c.before, c.after) for c in drift.kr_changed] == [("Q-1", "O1.KR2", "O1.KR1")]
    assert drift.made_misaligned_by_strategy == drift.newly_misaligned
    assert (drift.added, drift.removed) == (["Q-4", "Q-5"], ["Q-9"])


def test_a_bad_previous_audit_names_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "prev.jsonl"
    bad.write_text((DATA / "results.jsonl").read_text() + '{"id": "X"}\n', encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_results(bad)
    assert caught.value.line == 6
    assert caught.value.field == "verdict"


def test_markdown_matches_the_expected_file() -> None:
    expected = (DATA / "expected.md").read_text(encoding="utf-8")
    assert render_markdown(_report()) == expected


def test_markdown_is_short_enough_for_meeting_notes() -> None:
    # 39 lines before conflicts were listed under their non-goal, which takes a line of its own.
    assert len(render_markdown(_report()).splitlines()) <= 40


@pytest.mark.skipif(shutil.which("chromium") is None and not Path("/usr/bin/chromium").exists(),
                    reason="Debian's chromium is not installed (.ci/run installs it)")
def test_the_html_report_opens_offline_in_chromium_with_its_charts(tmp_path: Path) -> None:
    from playwright.sync_api import sync_playwright

    page_file = tmp_path / "report.html"
    page_file.write_text(render_html(_report()), encoding="utf-8")
    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=shutil.which("chromium") or "/usr/bin/chromium",
            args=["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update",
                  "--disable-sync"],
        )
        page = browser.new_page(viewport={"width": 1200, "height": 900})
        problems: list[str] = []
        requests: list[str] = []
        page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: problems.append(str(e)))
        page.on("request", lambda r: requests.append(r.url))
        page.goto(page_file.as_uri())
        assert page.locator("#aligned-share").inner_text() == "68%"
        assert page.locator("#chart-effort svg").count() == 1
        assert page.locator("#chart-mix svg").count() == 1
        for kind in ("conflicting work", "orphan work", "unclear work"):  # apart, not lumped
            assert page.locator("#chart-effort svg text", has_text=kind).count() == 1
        assert page.locator("#heat-teams tbody tr").count() == 2
        # One colour per kind of work: a team's orphan cell is shaded in the orphan bar's colour
        # (it was the conflicts' red in the tables and brown in the chart).
        orphan = 1 + _report().columns.index("orphan")
        cell = page.locator("#heat-teams tbody tr", has_text="Growth").locator("td").nth(orphan)
        shade = cell.evaluate("e => getComputedStyle(e).backgroundColor")
        bars = re.findall(r"fill:\s*(#[0-9a-f]{6})", page.locator("#chart-effort svg").inner_html())
        brown = COLOURS["orphan"]
        assert brown in bars  # the orphan bar
        assert tuple(int(v) for v in re.findall(r"\d+", shade)[:3]) == tuple(
            int(brown[i : i + 2], 16) for i in (1, 3, 5)), shade
        drift_heading = page.locator("#drift ~ h3").first.inner_text()
        assert "Made misaligned by the new strategy" in drift_heading
        page.screenshot(path=str(ARTIFACTS / "report.png"), full_page=True)
        page.set_viewport_size({"width": 390, "height": 844})
        page.screenshot(path=str(ARTIFACTS / "report-phone.png"))
        browser.close()
    assert problems == []
    assert requests == [page_file.as_uri()]  # nothing fetched: no CDN, no fonts, no scripts


@pytest.mark.parametrize("match", ["low", "medium", "high", None])
def test_a_conflict_is_charged_to_no_objective_however_well_it_matches(
        match: str | None) -> None:
    results = read_results(DATA / "results.jsonl")
    matched = [r.model_copy(update={"impacted": [i.model_copy(update={"match": match})
                                                for i in r.impacted]})
               if r.id == "Q-3" else r for r in results]
    items = read_backlog(DATA / "backlog.jsonl").items
    report = build_report("quill", load_okrs(DATA / "okrs.yaml"), items, matched, None)
    assert [o.items for o in report.objectives] == [1, 1]  # both aligned
    [conflict] = report.conflicts
    assert conflict.id == "Q-3"
    assert (conflict.objective_id, conflict.kr_id) == (None, None)


def test_markdown_renders_backlog_text_as_written() -> None:
    """Titles, team names and quotes with Markdown of their own render as text: a title's line
    break does not end its list item, "# Heading" is no heading of the report, a link is no
    link, `**` is no bold (trial finding, 2026-11-30)."""
    from markdown_it import MarkdownIt

    hostile = "Fix **bold** `code` [link](https://evil.example)\n# Heading injected | pipe"
    items = [item.model_copy(update={"title": hostile, "team": "A|B [x](y)"})
             for item in read_backlog(DATA / "backlog.jsonl").items]
    report = build_report("quill", load_okrs(DATA / "okrs.yaml"), items,
                          read_results(DATA / "results.jsonl"), None)
    html = MarkdownIt("commonmark").enable(["table"]).render(render_markdown(report))
    assert html.count("<h1>") == 1 and "Heading injected" not in html.split("</h1>")[0]
    assert "<a " not in html and "<code>" not in html.split("What was read")[0]
    assert "<strong>bold</strong>" not in html
    assert "Fix **bold** `code` [link](https://evil.example) # Heading injected | pipe" in (
        html.replace("&quot;", '"'))


@pytest.mark.parametrize("title", ["3.5% fee for trade accounts", "2) second step", "- a dash",
                                   "> not a quote", "1.2.3 release notes"])
def test_escaped_text_renders_as_written(title: str) -> None:
    """The escape goes where CommonMark reads it: "3\\.5%" renders "3.5%", not "\\3.5%"."""
    from markdown_it import MarkdownIt

    from checker.markdown_text import inline_markdown

    html = MarkdownIt("commonmark").render(inline_markdown(title)).strip()
    assert html == "<p>" + title.replace(">", "&gt;") + "</p>"


def test_the_effort_chart_draws_upkeep_apart_and_no_bar_for_a_kind_no_item_is() -> None:
    """A newcomer's chart said "orphan work 0" and left the dependency bump's effort out."""
    from checker.report.charts import effort_by_key_result

    results = read_results(DATA / "results.jsonl")
    upkeep = [r.model_copy(update={"flags": [*r.flags, "upkeep"]}) if r.id == "Q-4" else r
              for r in results]  # Q-4, the only orphan (effort 2), is upkeep now
    items = read_backlog(DATA / "backlog.jsonl").items
    svg = effort_by_key_result(build_report("quill", load_okrs(DATA / "okrs.yaml"), items,
                                            upkeep, None))
    assert ">upkeep<" in svg
    assert "orphan work" not in svg
    assert "orphan work" in effort_by_key_result(_report())


def test_each_key_result_lists_the_work_counted_under_it() -> None:
    """A newcomer could not see which items made a key result's share (the largest was one
    wrongly aligned item): the HTML report lists them, most effort first, with confidence."""
    report = _report()
    o1 = report.objectives[0]
    assert [x.id for x in o1.key_results[0].work] == ["Q-1"]
    html = render_html(report)
    table = html[html.index('id="coverage-table"'):html.index("</table>", html.index(
        'id="coverage-table"'))]
    assert 'class="kr-work"' in table and "Q-1 Invite teammates from the share dialog" in table


def test_the_markdown_names_the_work_under_each_key_result() -> None:
    """The HTML unfolds each key result into its items; the Markdown for meeting notes named
    objectives only, so a review could not check what a key result's share rested on."""
    line = ItemLine(id="X", title="t", verdict="aligned", reason=None, kr_id="O1.KR1",
                    objective_id="O1", effort=1.0, team=None, assignee=None, flags=[],
                    rationale="", cited=None)
    work = [line.model_copy(update={"id": f"Q-{n}"}) for n in range(1, 8)]
    objective = ObjectiveCoverage(objective_id="O1", title="Grow", items=8, key_results=[
        KRCoverage(kr_id="O1.KR1", title="a", items=7, work=work),
        KRCoverage(kr_id="O1.KR2", title="b"),
        KRCoverage(kr_id="O1.KR3", title="c", items=1, work=[line]),
    ])
    report = _report().model_copy(update={"objectives": [objective]})
    row = next(x for x in render_markdown(report).splitlines() if x.startswith("| O1 Grow"))
    assert row.endswith("| O1.KR1: Q-1, Q-2, Q-3, Q-4, Q-5 +2; O1.KR3: X |"), row


def test_counts_are_written_in_the_right_number() -> None:
    """A newcomer's report said "done: 1 items"."""
    report = _report()
    report.headline.items = 1
    assert "; 1 item, effort" in render_markdown(report)
    assert "1 item · effort" in render_html(report)
    assert "2 items" in render_markdown(_report().model_copy(update={
        "no_metric": _report().no_metric[:2]}))
    one = render_markdown(_report().model_copy(update={"no_metric": _report().no_metric[:1]}))
    assert "**1 item names no outcome it will move**" in one
    report = _report()
    assert report.drift is not None
    report.drift.kr_changed = report.drift.kr_changed * 2
    assert "2 changed key results" in render_markdown(report)
    assert "2 changed key results" in render_html(report)


def test_a_key_result_moved_second_is_not_said_to_have_no_work() -> None:
    """A newcomer's bake plan moved "unsold bread" second (medium) after a sibling objective's
    key result, and the report told the meeting no work moved it (2026-12-01). The report counts
    what the engine says moves (Impacted.moves)."""
    from checker.models import CheckResult, Impacted
    from checker.models import Proposal as Item
    from checker.report.markdown import render_markdown
    from checker.report.model import build_report
    from checker.vocabulary import MatchLevel, Verdict
    from index.models import KeyResult, Objective, OKRSet

    okrs = OKRSet(objectives=[
        Objective(id="O1", title="Order ahead", key_results=[
            KeyResult(id="O1.KR1", title="Grow pre-orders")]),
        Objective(id="O3", title="Waste less", key_results=[
            KeyResult(id="O3.KR1", title="Cut unsold bread"),
            KeyResult(id="O3.KR2", title="Compost the rest")]),
    ])
    impacted = [
        Impacted(kr_id="O1.KR1", objective_id="O1", title="Grow pre-orders", score=1.13,
                 match=MatchLevel.HIGH, moves=True),
        Impacted(kr_id="O3.KR1", objective_id="O3", title="Cut unsold bread", score=1.12,
                 match=MatchLevel.MEDIUM, moves=True),
        Impacted(kr_id="O3.KR2", objective_id="O3", title="Compost the rest", score=0.4,
                 match=MatchLevel.LOW)]
    result = CheckResult(id="B1", verdict=Verdict.ALIGNED, impacted=impacted, rationale="r",
                         strategy_version="v", engine="embedded", confidence=0.9)
    report = build_report("bakery", okrs, [Item(id="B1", title="Bake plan from pre-orders")],
                          [result])
    assert [kr.kr_id for kr in report.unmoved_krs] == ["O3.KR2"]
    markdown = render_markdown(report)
    assert "O3.KR1: moved second by 1 item" in markdown
    assert "**Key results no work moves:** O3.KR2 (Compost the rest)." in markdown
