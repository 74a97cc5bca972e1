"""User and strategy text in the report files is shown as data (a user trial, 2026-11-30,
sections 7 and 11): dollar amounts in key results are no TeX math in the chart, control
characters are replaced by U+FFFD as on the terminal, and Markdown, HTML or template syntax in
any field (ids, titles, teams, persons, objectives, key results, passages, text set aside as an
injection, what was read) shows as written in both reports and changes none of their structure.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from checker.backlog.reading import read_backlog
from checker.markdown_text import printable
from checker.models import CheckResult, Evidence, Impacted, Proposal, Reason, Verdict
from checker.report.drift import compare
from checker.report.html import render_html
from checker.report.markdown import render_markdown
from checker.report.model import Report, build_report
from index.models import KeyResult, Objective, OKRSet
from index.okrs import load_okrs

DATA = Path(__file__).parent / "data" / "report"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
LAUNCH_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
               "--disable-background-networking", "--disable-component-update"]
# What a report file may not carry: C0 controls but tab and newline, DEL, C1 controls.
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
needs_chromium = pytest.mark.skipif(not Path(CHROMIUM).exists(),
                                    reason="chromium is not installed")


def _aligned(item_id: str, objective: Objective, kr: KeyResult) -> CheckResult:
    moved = Impacted(kr_id=kr.id, objective_id=objective.id, title=kr.title, score=0.6)
    return CheckResult(id=item_id, verdict=Verdict.ALIGNED, rationale=f"Likely moves {kr.id}.",
                       strategy_version="v1", engine="embedded", impacted=[moved])


def _each_kr_moved(okrs: OKRSet, items: list[Proposal]) -> list[CheckResult]:
    """One aligned item per key result, in order; the items left over are orphans."""
    krs = [(o, kr) for o in okrs.objectives for kr in o.key_results]
    results = [_aligned(item.id, *kr) for item, kr in zip(items, krs, strict=False)]
    results += [CheckResult(id=item.id, verdict=Verdict.MISALIGNED, reason=Reason.ORPHAN,
                            rationale="Serves no objective.", strategy_version="v1",
                            engine="embedded", flags=["no_metric"])
                for item in items[len(krs):]]
    return results


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS, headless=True)
        try:
            yield launched
        finally:
            launched.close()


def _open(browser: Any, page_html: str, tmp_path: Path, problems: list[str] | None = None) -> Any:
    page_file = tmp_path / "report.html"
    page_file.write_text(page_html, encoding="utf-8")
    page = browser.new_page()
    if problems is not None:
        page.on("pageerror", lambda e: problems.append(str(e)))
        page.on("dialog", lambda d: problems.append(f"dialog: {d.message}"))
    page.goto(page_file.as_uri())
    return page


def _flat(text: str) -> str:
    return " ".join(text.split())


# --- dollar amounts (section 7) ---------------------------------------------------------------

def _dollar_report(okrs: OKRSet) -> Report:
    items = [Proposal.model_validate({"id": f"TH-{n}", "title": f"Work item {n}", "effort": 3})
             for n in range(1, len([kr for o in okrs.objectives for kr in o.key_results]) + 2)]
    return build_report("dollars", okrs, items, _each_kr_moved(okrs, items))


@needs_chromium
def test_dollar_amounts_in_key_results_are_drawn_as_written(browser: Any, tmp_path: Path) -> None:
    """The trial's three key results ($350k, $1,200, $45) and three of ours: the trial's "$4.2M to
    $6M", one with a brace between two amounts (mathtext could not parse it: a ValueError stopped
    the whole report) and one with TeX of its own (`^`, `\\alpha`)."""
    okrs = load_okrs(DATA / "dollar-okrs.yaml")
    ours = [KeyResult(id="GROW-1.4", title="Grow ARR from $4.2M to $6M"),
            KeyResult(id="GROW-1.5", title="Cut cost per seat from $5 {net} to $3 {gross"),
            KeyResult(id="GROW-1.6", title=r"Lift NRR from $1^2 to $3 \alpha per seat")]
    objective = okrs.objectives[0]
    okrs = okrs.model_copy(update={"objectives": [objective.model_copy(
        update={"key_results": [*objective.key_results, *ours]})]})
    page = _open(browser, render_html(_dollar_report(okrs)), tmp_path)
    chart = _flat(page.text_content("#chart-effort svg") or "")
    italic = page.locator("#chart-effort svg text[style*=italic]").count()
    for kr in okrs.objectives[0].key_results:
        assert f"{kr.id} {kr.title}" in chart, (kr.title, chart)
    assert "$4.2M to $6M" in chart
    assert italic == 0  # mathtext sets its variables in italics


def _svg_text(svg: str) -> str:
    parser = _Structure()
    parser.feed(svg)
    return _flat(" ".join(parser.text))


def test_a_brace_between_two_amounts_no_longer_stops_the_report() -> None:
    okrs = OKRSet(objectives=[Objective(id="O1", title="Revenue", key_results=[
        KeyResult(id="O1.KR1", title="Cut cost per seat from $5 {net to $3")])])
    report = _dollar_report(okrs)
    svg = render_html(report).split('id="chart-effort"')[1].split("</svg>")[0]
    assert "O1.KR1 Cut cost per seat from $5 {net to $3" in _svg_text(svg)


# --- control characters (section 11) ----------------------------------------------------------

def _control_report() -> Report:
    """The trial's backlog (FW-105: ESC, BEL and backspaces in a title) against the trial's
    OKRs (ESC in a key result), plus a passage, a team and a person of ours holding controls."""
    okrs = load_okrs(DATA / "control-okrs.yaml")
    items = read_backlog(DATA / "markup-backlog.jsonl").items
    items[0] = items[0].model_copy(update={"team": "Ops\x1b]0;owned\x07", "assignee": "b\x9bo"})
    results = _each_kr_moved(okrs, items)
    passage = Evidence(source="s.md", section="s.md > Non-goals\x0b", score=0.6,
                       kind="non_goal", text="We will not \x1b[2Jbuild a registry.\r")
    results[-1] = results[-1].model_copy(update={"reason": "conflict", "evidence": [passage]})
    return build_report("ctrl", okrs, items, results)


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_report_files_carry_no_control_characters(fmt: str) -> None:
    text = (render_markdown if fmt == "md" else render_html)(_control_report())
    assert CONTROL.findall(text) == []
    # Replaced, not dropped: the reader sees that something was there.
    shown = _shown(_markdown_html(_control_report()) if fmt == "md" else text)
    assert "\ufffd[31mERROR\ufffd[0m NullPointer \ufffd\ufffd\ufffd\ufffd in AuthService" in shown
    assert "We will not \ufffd[2Jbuild a registry." in shown
    assert "Ops\ufffd]0;owned\ufffd" in shown


def test_the_chart_draws_a_control_character_as_the_terminal_shows_it() -> None:
    svg = render_html(_control_report()).split('id="chart-effort"')[1].split("</svg>")[0]
    assert "O1.KR1 Cut failed deploys from 20% to 2%\ufffd[2J" in _svg_text(svg)


@pytest.mark.parametrize("render", [render_markdown, render_html], ids=["md", "html"])
def test_tabs_newlines_and_letters_stay_as_they_were(render: Any) -> None:
    """The other way: what was read keeps its lines, and letters beyond ASCII (U+00A0 and up,
    next to the C1 controls) are no controls."""
    report = _control_report()
    report = report.model_copy(update={"read": ["format: jsonl", "ignored:\tCafé – naïve ©"]})
    text = render(report)
    assert "format: jsonl\nignored:\tCafé – naïve ©" in text


def test_a_windows_line_break_in_a_title_stays_a_line_break() -> None:
    """The trial's FW-104 ("dispatcher board\\r\\nwith CRLF", a cell Excel wrote): the page shows
    it as the browser always did, "board with CRLF", with no replacement character; a lone
    carriage return, which overwrites a terminal's line, is still replaced."""
    items = [i for i in read_backlog(DATA / "markup-backlog.jsonl").items if i.id == "FW-104"]
    okrs = load_okrs(DATA / "control-okrs.yaml")
    orphan = CheckResult(id="FW-104", verdict=Verdict.MISALIGNED, reason=Reason.ORPHAN,
                         rationale="Serves no objective.", strategy_version="v1",
                         engine="embedded", flags=["no_metric"])
    shown = _shown(render_html(build_report("crlf", okrs, items, [orphan])))
    assert "FW-104 Dark mode for the dispatcher board with CRLF" in shown
    assert printable("a\r\nb\rc") == "a\nb\ufffdc"


@needs_chromium
def test_control_characters_reach_the_page_as_replacement_characters(
        browser: Any, tmp_path: Path) -> None:
    page = _open(browser, render_html(_control_report()), tmp_path)
    body = page.inner_text("body")
    chart = page.text_content("#chart-effort svg") or ""
    assert CONTROL.findall(body + chart) == []
    assert "Crash on login: \ufffd[31mERROR\ufffd[0m" in body
    assert "2%\ufffd[2J" in chart


# --- every text of the report, with markup of its own -----------------------------------------

HOSTILE = [
    "Grow ARR from $4.2M to $6M",
    "<script>alert('x')</script> & <b>bold</b>",
    "{{ 7*7 }} {% if x %}y{% endif %} ${x}",
    "a | b | c",
    "`code` and ```fence``` here",
    "**bold** *it* _u_ # not a heading",
    "red \x1b[31mX\x1b[0m bell\x07 back\x08 nul\x00 csi\x9b",
]


def _hostile_report(text: str) -> Report:
    """`text` in every field the report shows: organization, period, objective and key result
    titles, item id and title, team, person, passage (section and text), rationale, the span
    set aside as an injection, drift ids and what was read."""
    kr = KeyResult(id="O1.KR1", title=f"KR {text}")
    unmoved = KeyResult(id="O1.KR2", title=f"Unmoved {text}")
    objective = Objective(id="O1", title=f"Obj {text}", key_results=[kr, unmoved])
    okrs = OKRSet(organization=f"Org {text}", period=f"P {text}", objectives=[objective])
    items = [Proposal.model_validate({"id": f"{text} {n}", "title": f"Title {text}",
                                      "team": f"Team {text}", "assignee": f"Person {text}",
                                      "effort": 2}) for n in (1, 2, 3)]
    passage = Evidence(source="s.md", section=f"Sec {text}", text=f"Passage {text}", score=0.6,
                       kind="non_goal")
    aligned = _aligned(items[0].id, objective, kr)
    results = [
        aligned.model_copy(update={"rationale": f"Why {text}"}),
        CheckResult(id=items[1].id, verdict=Verdict.MISALIGNED, reason=Reason.CONFLICT,
                    evidence=[passage], rationale=f"Against {text}", strategy_version="v2",
                    engine="embedded", flags=["no_metric"]),
        CheckResult(id=items[2].id, verdict=Verdict.UNCLEAR, rationale=f"Unsure {text}",
                    strategy_version="v2", engine="embedded",
                    flags=["injection_suspected"], details={"screened_out": [f"Span {text}"]}),
    ]
    previous = [r.model_copy(update={"verdict": Verdict.ALIGNED, "reason": None,
                                     "strategy_version": "v1"}) for r in results]
    report = build_report("ws", okrs, items, results, compare(previous, results))
    return report.model_copy(update={"read": [f"ignored: {text}"]})


def _plain(text: str) -> str:
    """Harmless text of the same shape: every visible character an x, so labels wrap alike."""
    return re.sub(r"\S", "x", CONTROL.sub("x", text))


class _Structure(HTMLParser):
    """The tags of a document, in order, and its text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)

    def handle_endtag(self, tag: str) -> None:
        self.tags.append(f"/{tag}")

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _parsed(document: str) -> _Structure:
    parser = _Structure()
    parser.feed(document)
    parser.close()
    return parser


def _shown(document: str) -> str:
    """The text a reader sees in an HTML document, whitespace collapsed."""
    return _flat(" ".join(_parsed(document).text))


def _markdown_html(report: Report) -> str:
    from markdown_it import MarkdownIt

    return str(MarkdownIt("commonmark").enable(["table"]).render(render_markdown(report)))


# The labels of the fields both reports show (the Markdown report names a key result only when
# no work moves it).
FIELDS = ["Org", "P", "Obj", "Unmoved", "Title", "Team", "Passage", "Sec", "Span", "ignored:"]


@pytest.mark.parametrize("text", HOSTILE)
def test_markdown_report_shows_every_text_as_written(text: str) -> None:
    rendered = _markdown_html(_hostile_report(text))
    page = _parsed(rendered)
    shown = _shown(rendered)
    for field in FIELDS:
        assert f"{field} {printable(text)}" in shown, field
    assert page.tags == _parsed(_markdown_html(_hostile_report(_plain(text)))).tags


@pytest.mark.parametrize("text", HOSTILE)
def test_html_report_shows_every_text_as_written(text: str) -> None:
    document = render_html(_hostile_report(text))
    page = _parsed(document)
    shown = _shown(document)
    for field in [*FIELDS, "KR", "Person", "Against", "Unsure"]:
        assert f"{field} {printable(text)}" in shown, field
    assert page.tags == _parsed(render_html(_hostile_report(_plain(text)))).tags
    assert CONTROL.findall(document) == []


@needs_chromium
def test_hostile_text_in_chromium_runs_nothing_and_reads_as_written(
        browser: Any, tmp_path: Path) -> None:
    text = " ".join(HOSTILE)
    problems: list[str] = []
    page = _open(browser, render_html(_hostile_report(text)), tmp_path, problems)
    scripts = page.locator("script").count()
    bold = page.locator("main b").count()
    heading = page.inner_text("h1")
    chart = _flat(page.text_content("#chart-effort svg") or "")
    conflict = _flat(page.inner_text("#conflicts ~ div"))
    assert (scripts, bold, problems) == (0, 0, [])
    assert f"Org {printable(text)}" in _flat(heading)
    assert f"O1.KR1 KR {printable(text)}" in chart
    assert f"Title {printable(text)}" in conflict and f"Sec {printable(text)}" in conflict


def test_the_text_set_aside_is_shown_beside_a_suspected_injection() -> None:
    """What the screen set aside is shown (as data) with the item it came from; an item with
    nothing set aside shows no such line."""
    report = _hostile_report("plain words")
    markdown = render_markdown(report)
    [aside] = [line for line in markdown.splitlines() if line.startswith("- ") and "aside" in line]
    assert aside == '- plain words 3 Title plain words: set aside "Span plain words"'
    page = _parsed(render_html(report))
    assert _flat(" ".join(page.text)).count("set aside: Span plain words") >= 1
    others = render_markdown(report.model_copy(update={"injections": []}))
    assert [line for line in others.splitlines() if "set aside" in line] == []


def test_a_key_result_in_another_script_is_drawn_without_a_warning() -> None:
    """The browser draws the label from the page's fonts (svg.fonttype none): a title matplotlib's
    own font lacks glyphs for is drawn as written, with no warning on stderr (tests turn
    warnings into errors)."""
    kr = KeyResult(id="O1.KR1", title="把结账时间从 90 秒缩短到 30 秒 🚀")
    objective = Objective(id="O1", title="更快的结账", key_results=[kr])
    okrs = OKRSet(objectives=[objective])
    item = Proposal(id="CN-1", title="一键支付")
    report = build_report("cn", okrs, [item], [_aligned("CN-1", objective, kr)])
    svg = render_html(report).split('id="chart-effort"')[1].split("</svg>")[0]
    assert "O1.KR1 把结账时间从 90 秒缩短到 30 秒 🚀" in _svg_text(svg)


@needs_chromium
def test_a_title_of_one_long_token_wraps_in_its_cell(browser: Any, tmp_path: Path) -> None:
    """The trial's FW-106 (a title of 400 letters) and a pay link with a 200-character token of
    ours: each wraps in its cell; before, one such title made a table 27,915 pixels wide."""
    okrs = load_okrs(DATA / "control-okrs.yaml")
    items = read_backlog(DATA / "markup-backlog.jsonl").items
    token = "https://pay.example.eu/i/2027-104?token=" + "eyJhbGciOiJIUzI1NiJ9" * 10
    items.append(Proposal(id="PAY-1", title=f"Pay link 404: {token}"))
    report = build_report("wide", okrs, items, _each_kr_moved(okrs, items))
    page = _open(browser, render_html(report), tmp_path)
    page.set_viewport_size({"width": 1200, "height": 900})
    widths = page.eval_on_selector_all(".scroll",
                                       "els => els.map(e => e.scrollWidth - e.clientWidth)")
    page_width = page.evaluate("document.documentElement.scrollWidth")
    assert (widths, page_width) == ([0] * len(widths), 1200)


def test_drift_names_no_missing_key_result_as_none() -> None:
    """A previous answer that named no key result (or no reason) reads 'aligned', not
    'aligned (None)'; one that named them keeps them."""
    report = _hostile_report("plain")
    assert report.drift is not None
    [change] = report.drift.newly_misaligned
    assert (change.before, change.after) == ("aligned", "misaligned (conflict)")
    assert "(None)" not in render_markdown(report) and "(None)" not in render_html(report)
