"""Tracker comments render as intended: our bold is bold, user and strategy text is shown as
written (no emphasis, links or HTML from it), on GitHub, GitLab and Linear (Markdown, rendered
here with markdown-it-py's CommonMark parser plus GFM tables and strikethrough) and on Jira
(ADF). Issue 16, shared case 14's `**Rests on: **`."""

from __future__ import annotations

import re
from typing import Any

from markdown_it import MarkdownIt

from api.trackers.commands import TeamAnswer
from api.trackers.comment import build_comment
from checker.markdown_text import quiet_text
from checker.models import CheckResult, Evidence, Impacted
from checker.vocabulary import Verdict

# Within the length a comment quotes (checker.rationale.snippet).
PASSAGE = ("[beta] [[provider-fallback]] [/runbooks/fallback] *Not emphasis* __nor this__ "
           "<script>x</script> [click](http://evil.example) | ~~kept~~ `code`")


def _result(verdict: str, reason: str | None, flags: list[str]) -> CheckResult:
    return CheckResult.model_validate({
        "id": "x", "verdict": verdict, "reason": reason, "flags": flags, "rationale": "r",
        "impacted": [Impacted(kr_id="O2.KR1", objective_id="O2",
                              title="Cut failed_requests from 3% to *0.5%*", score=0.7)],
        "evidence": [Evidence(source="strategy.md", section="Priorities > [owner: platform]",
                              text=PASSAGE, score=0.6, kind="passage")],
        "confidence": 0.9, "strategy_version": "abcdef0123456789", "engine": "embedded",
    })


def _html(markdown: str) -> str:
    return MarkdownIt("commonmark").enable(["table", "strikethrough"]).render(markdown)


def test_every_comment_renders_its_bold_and_shows_user_text_as_written() -> None:
    objectives = {"O2": "Requests that survive <provider> failures"}
    for verdict, reason in (("aligned", None), ("misaligned", "orphan"),
                            ("misaligned", "conflict")):
        comment = build_comment(_result(verdict, reason, ["no_metric"]), objectives)
        html = _html(comment.markdown())
        kind = f"{verdict} ({reason})" if reason else verdict
        assert f"<strong>Strategy check: {kind}.</strong>" in html
        assert "<strong>Rests on:</strong>" in html
        assert "<strong>Name the metric.</strong>" in html
        for written in ("[beta]", "[[provider-fallback]]", "[/runbooks/fallback]",
                        "*Not emphasis*", "__nor this__", "&lt;script&gt;", "~~kept~~",
                        "[click](http://evil.example)", "[owner: platform]", "`code`"):
            assert written in html, (verdict, written)
        assert "<em>" not in html and "<a " not in html and "<script>" not in html
        assert "<del>" not in html and "<code>" not in html and "<table>" not in html
        if reason != "conflict":
            assert "<strong>O2.KR1</strong>" in html and "*0.5%*" in html
            assert "&lt;provider&gt;" in html


def test_the_jira_comment_keeps_text_as_data_and_bold_as_marks() -> None:
    document = build_comment(_result("misaligned", "orphan", []), {}).adf()
    runs: list[dict[str, Any]] = [run for p in document["content"] for run in p["content"]]
    bold = [run["text"] for run in runs if run.get("marks") == [{"type": "strong"}]]
    assert "Rests on: " in bold and "O2.KR1" in bold
    assert any(PASSAGE in run["text"] for run in runs)


# --- strategy text mentions no one and links no issue (a user trial, 2026-11-30) ----------------

LOUD = ("Owner: @ci-core and @dev-ana (cc @acme/sre-leads), tracked in #412, GH-9, "
        "shipyard/roadmap#77, !31 and &4; see https://github.com/acme/app/issues/5")
# GitHub and GitLab read these as mentions or cross-references (a note on the other item).
_LOUD_MARKS = re.compile(
    r"(?<![\w`])@[A-Za-z0-9]|(?<![\w&])#\d|\bGH-\d|(?<!\w)[!&]\d|https?://\S+/issues/\d")


def _loud_result() -> CheckResult:
    return CheckResult.model_validate({
        "id": "x", "verdict": "aligned", "reason": None, "flags": ["no_metric"],
        "rationale": "r",
        "impacted": [Impacted(kr_id="O1.KR2", objective_id="O1",
                              title=f"Cut flaky reruns from 9% to 2% <!-- ask {LOUD}", score=0.7)],
        "evidence": [Evidence(source="strategy.md", section="Bets > @platform #3",
                              text=LOUD, score=0.6, kind="passage")],
        "confidence": 0.9, "strategy_version": "abcdef0123456789", "engine": "embedded",
    })


def _loud_comment() -> Any:
    answer = TeamAnswer(word="kr", kr_id="O1.KR2", kr_title=f"Cut reruns {LOUD}",
                        verdict=Verdict.ALIGNED, comment=f"agreed with {LOUD}", author="maria")
    return build_comment(_loud_result(), {"O1": "Ship faster, says @cto in #1"}, answer)


def _rendered_text(markdown: str) -> str:
    tokens = MarkdownIt("commonmark").enable(["table", "strikethrough"]).parse(markdown)
    return " ".join(child.content for token in tokens for child in token.children or []
                    if child.type in ("text", "code_inline"))


def test_no_mention_or_reference_survives_in_any_trackers_comment() -> None:
    comment = _loud_comment()
    markdown = comment.markdown()  # GitHub, GitLab and Linear post this
    shown = _rendered_text(markdown)
    assert "ci-core" in shown and "roadmap" in shown and "412" in shown  # all still readable
    assert _LOUD_MARKS.findall(shown) == [], shown
    assert "<a " not in _html(markdown)
    adf = comment.adf()  # Jira
    runs = " ".join(run["text"] for p in adf["content"] for run in p["content"])
    assert "ci-core" in runs and _LOUD_MARKS.findall(runs) == []
    # The joiner is the only change: removed, the words read exactly as the strategy has them.
    assert LOUD in runs.replace("\u2060", "")
    assert LOUD in shown.replace("\u2060", "")


def test_quiet_text_leaves_text_without_mentions_or_references_as_it_was() -> None:
    plain = ("Grow ARR from $4.2M to $6M in C# and F#; 30% of #beta users, issue # 7, "
             "see https://example.com/docs/issues and docs.acme.io")
    assert quiet_text(plain) == plain
    once = quiet_text(LOUD)
    assert quiet_text(once) == once  # quietening twice adds nothing


def test_quiet_text_keeps_e_mail_addresses_and_link_anchors_whole() -> None:
    """A review's finding: a joiner inside "jane@example.com" or ".../page#1" broke a copied
    address or anchor; mentions and references around them are still quietened."""
    from checker.markdown_text import quiet_text

    text = "mail jane@example.com or @team; see https://example.org/page#1 and org/repo#7"
    quiet = quiet_text(text)
    assert "jane@example.com" in quiet and "https://example.org/page#1" in quiet
    assert "@\u2060team" in quiet and "org/repo#\u20607" in quiet
