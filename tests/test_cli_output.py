"""CLI text output prints user and strategy text as written (issue 16; shared case 18):
bracketed words are data, never Rich markup."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from rich.console import Console
from typer.testing import CliRunner

from checker.cli.app import app
from checker.cli.render import print_result
from checker.models import CheckResult, Evidence, Impacted, Verdict
from tests.helpers import CASES

CASE_18 = CASES / "18-cli-text-output-reads-strategy-as-rich-markup"
FALLBACK = "Fall back to the secondary provider when the primary answers 429"


@pytest.fixture
def runner(cli_data_dir: Path) -> CliRunner:
    return CliRunner()


def _flat(text: str) -> str:
    return "".join(text.split())


@pytest.mark.parametrize(
    ("workspace", "written"),
    [("workspace-silent", ["[beta]", "[[provider-fallback]]"]),
     ("workspace-crash", ["[/runbooks/fallback]", "[beta]"])],
)
def test_case_18_strategy_text_prints_as_written(
    runner: CliRunner, tmp_path: Path, workspace: str, written: list[str]
) -> None:
    folder = shutil.copytree(CASE_18 / workspace, tmp_path / workspace)
    outcome = runner.invoke(app, ["check", "-w", str(folder), FALLBACK])
    assert outcome.exit_code == 0, outcome.output
    assert "MarkupError" not in outcome.output
    for text in written:
        assert _flat(text) in _flat(outcome.output), (text, outcome.output)


def test_every_user_field_is_escaped() -> None:
    result = CheckResult(
        id="[/id]", verdict=Verdict.ALIGNED, rationale="Rests on [bold]this[/bold] and [/path].",
        impacted=[Impacted(kr_id="[O1.KR1]", objective_id="O1", title="[x] done", score=0.5)],
        evidence=[Evidence(source="s.md", section="s.md > [[Notes]]", text="See [/runbooks/a]",
                           score=0.5, kind="passage")],
        flags=["no_metric"], strategy_version="v", engine="embedded",
    )
    console = Console(record=True, width=200)
    print_result(result, console)
    text = console.export_text()
    for written in ("[/id]", "[bold]this[/bold]", "[/path]", "[O1.KR1]", "[x] done",
                    "[[Notes]]", "[/runbooks/a]"):
        assert written in text, written


def test_an_abstention_lists_the_closest_key_results_not_those_it_would_move() -> None:
    from io import StringIO

    from rich.console import Console

    from checker.cli.render import print_result
    from checker.models import CheckResult, Impacted
    from checker.vocabulary import MatchLevel, Reason, Verdict

    listed = [Impacted(kr_id=f"O1.KR{i}", objective_id="O1", score=0.1, title=f"KR {i}",
                       match=MatchLevel.LOW) for i in range(1, 6)]
    out = StringIO()
    for verdict, reason in ((Verdict.UNCLEAR, None), (Verdict.ALIGNED, None),
                            (Verdict.MISALIGNED, Reason.CONFLICT)):
        result = CheckResult(id="X-1", verdict=verdict, reason=reason, impacted=listed, flags=[],
                             rationale="r", evidence=[], strategy_version="v", engine="embedded")
        print_result(result, Console(file=out, width=100))
    shown = out.getvalue()
    unclear, aligned, conflict = shown.split("X-1")[1:4]
    assert "Closest key results by wording" in unclear and "would move" not in unclear
    assert "Key results it would move" in aligned
    # work against a non-goal moves nothing the report counts (a newcomer read "would move")
    assert "Closest key results by wording (it goes against a non-goal, so it moves none)" \
        in conflict
    assert "would move" not in conflict
    # of aligned work only the first of five low matches is moved; the rest are named as close
    assert "O1.KR1" in aligned and "O1.KR2" not in aligned
    assert "and 4 more close in wording only, not counted as moved" in aligned
    assert "and 2 more at a lower match (--format json lists them)" in unclear


_CONTROLS = ("\x1b]0;window title\x07", "\x1b[31m", "\r", "\x08", "\x9b2J")


def test_control_characters_from_users_are_shown_not_obeyed() -> None:
    """A terminal escape, carriage return or backspace in an id, a KR title or a passage is
    printed as U+FFFD: it cannot recolour the terminal, retitle its window or overwrite a line."""
    nasty = "".join(_CONTROLS)
    result = CheckResult(
        id=f"ID{nasty}", verdict=Verdict.ALIGNED, rationale=f"Rests on{nasty} this.",
        impacted=[Impacted(kr_id="O1.KR1", objective_id="O1", title=f"KR{nasty}", score=0.5,
                           objective_title=f"Obj{nasty}")],
        evidence=[Evidence(source="s.md", section=f"s.md > A{nasty}", text=f"Passage{nasty}",
                           score=0.5, kind="passage")],
        flags=[], strategy_version="v", engine="embedded",
    )
    from io import StringIO

    out = StringIO()
    print_result(result, Console(file=out, width=200, color_system=None))
    shown = out.getvalue()
    assert not any(c in shown for c in "\x1b\x07\r\x08\x9b"), repr(shown)
    for written in ("ID", "Rests on", "KR", "Obj", "A", "Passage"):
        written += "\ufffd"
        assert written in shown, written


def test_show_prints_control_characters_in_key_results_as_data(
    runner: CliRunner, tmp_path: Path
) -> None:
    folder = shutil.copytree(Path(__file__).parents[1] / "examples" / "acme-retail",
                             tmp_path / "ws")
    okrs = folder / "okrs.yaml"
    # YAML refuses raw control characters; a double-quoted string writes them as escapes.
    okrs.write_text(okrs.read_text("utf-8").replace(
        "title: Raise click-and-collect share of online orders from 25% to 40%",
        'title: "Raise \\e[31mclick-and-collect\\r share of online orders from 25% to 40%"', 1),
        "utf-8")
    outcome = runner.invoke(app, ["show", str(folder)])
    assert outcome.exit_code == 0, outcome.output
    assert "Raise \ufffd[31mclick-and-collect\ufffd share" in outcome.output
    assert "\x1b" not in outcome.output and "\r" not in outcome.output


def test_more_than_three_moved_key_results_are_counted_as_moved() -> None:
    """Found by review: four moved key results and one close in wording printed three rows and
    "2 more close in wording only", though one of the two is moved."""
    from io import StringIO

    from rich.console import Console

    from checker.cli.render import print_result
    from checker.models import CheckResult, Impacted
    from checker.vocabulary import MatchLevel, Verdict

    levels = [MatchLevel.HIGH, *[MatchLevel.MEDIUM] * 3, MatchLevel.LOW]
    listed = [Impacted(kr_id=f"O1.KR{i}", objective_id="O1", score=0.1, title=f"KR {i}",
                       match=level, moves=level != MatchLevel.LOW)
              for i, level in enumerate(levels, 1)]
    result = CheckResult(id="X-2", verdict=Verdict.ALIGNED, impacted=listed, flags=[],
                         rationale="r", evidence=[], strategy_version="v", engine="embedded")
    out = StringIO()
    print_result(result, Console(file=out, width=120))
    assert ("and 1 more it would move; 1 more close in wording only, not counted as moved"
            in out.getvalue())


def test_the_llm_judge_s_key_results_are_moved_and_the_embedded_rest_is_not() -> None:
    """Found by review: the LLM's second pick (no match level) was shown as close in wording,
    and the embedded ranking after its picks as moved."""
    from checker.embedded.retrieval import KRCandidate
    from checker.llm.verdict import _impacted
    from checker.models import Impacted
    from checker.vocabulary import MatchLevel

    def picked(kr_id: str) -> KRCandidate:
        return KRCandidate(kr_id=kr_id, objective_id=kr_id.split(".")[0], objective_title="o",
                           title=kr_id, metric="", score=0.9, dense=0.5, lexical=0.0)

    embedded = [Impacted(kr_id=f"O1.KR{i}", objective_id="O1", title="t", score=0.5,
                         match=level, moves=True)
                for i, level in enumerate((MatchLevel.HIGH, MatchLevel.MEDIUM, MatchLevel.LOW,
                                           MatchLevel.LOW), 1)]
    listed = _impacted([picked("O2.KR1"), picked("O3.KR1")], embedded)[:4]
    assert [(kr.kr_id, kr.moves) for kr in listed] == [
        ("O2.KR1", True), ("O3.KR1", True), ("O1.KR1", False), ("O1.KR2", False)]


def test_the_text_output_says_how_sure_a_committed_verdict_is() -> None:
    """A newcomer read a 0.55 conflict like a 0.93 one: `check` showed no confidence (the page
    did). An abstention claims nothing, so it shows none."""
    from io import StringIO

    from checker.vocabulary import Reason

    out = StringIO()
    for verdict, reason, confidence in ((Verdict.MISALIGNED, Reason.CONFLICT, 0.55),
                                        (Verdict.ALIGNED, None, 0.93),
                                        (Verdict.UNCLEAR, None, 0.0)):
        result = CheckResult(id="C-1", verdict=verdict, reason=reason, impacted=[], flags=[],
                             rationale="r", evidence=[], strategy_version="v",
                             engine="embedded", confidence=confidence)
        print_result(result, Console(file=out, width=120))
    conflict, aligned, unclear = out.getvalue().split("C-1")[1:4]
    assert "confidence 55%: how often a verdict like this one is right" in conflict
    assert "confidence 93%" in aligned
    assert "confidence" not in unclear
