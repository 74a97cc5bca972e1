"""Tracker comments render as intended: our bold is bold, user and strategy text is shown as
written (no emphasis, links or HTML from it), on GitHub, GitLab and Linear (Markdown, rendered
here with markdown-it-py's CommonMark parser plus GFM tables and strikethrough) and on Jira
(ADF). Issue 16, shared case 14's `**Rests on: **`."""

from __future__ import annotations

from typing import Any

from markdown_it import MarkdownIt

from api.trackers.comment import build_comment
from checker.models import CheckResult, Evidence, Impacted

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
