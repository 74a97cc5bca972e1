"""The injection screen removes only what instructs the reviewer (issue 16; shared case 06).

A labelled set (tests/data/injection/): ordinary titles and sentences that use the words a
keyword screen fires on, and injection attempts in titles, bodies, HTML comments, hidden
markup, code blocks and other languages. The screen's precision and recall are printed.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from checker.embedded.engine import EmbeddedChecker
from checker.models import Proposal
from checker.screening.injection import screen
from checker.thresholds import TRACKER_MIN_CONFIDENCE
from tests.helpers import CASES

DATA = Path(__file__).parent / "data" / "injection"
CASE_06 = CASES / "06-injection-screen-flags-ordinary-work"
HARMLESS = [
    line.strip()
    for line in (DATA / "harmless.txt").read_text("utf-8").splitlines()
    if line.strip() and not line.startswith("#")
]
ATTEMPTS = [json.loads(line) for line in (DATA / "attempts.jsonl").read_text("utf-8").splitlines()]


@pytest.fixture
def assistant(case_checker: Callable[[str], EmbeddedChecker]) -> EmbeddedChecker:
    return case_checker(f"{CASE_06.name}/workspace")


def _proposal(item_id: str, text: str) -> Proposal:
    title, _, body = text.partition("\n")
    return Proposal(id=item_id, title=title, body=body)


def test_the_screen_is_precise_on_the_labelled_set(assistant: EmbeddedChecker) -> None:
    assert len(HARMLESS) >= 150 and len(ATTEMPTS) >= 40
    false_alarms = [text for text in HARMLESS if screen(text).suspected]
    caught = [a["id"] for a in ATTEMPTS if screen(a["text"]).suspected]
    precision = len(caught) / max(len(caught) + len(false_alarms), 1)
    recall = len(caught) / len(ATTEMPTS)
    print(
        f"\ninjection screen: precision {precision:.3f}, recall {recall:.3f} "
        f"({len(caught)}/{len(ATTEMPTS)} attempts caught, "
        f"{len(false_alarms)}/{len(HARMLESS)} harmless items flagged)"
    )
    assert false_alarms == []
    missed = [a for a in ATTEMPTS if a["id"] not in caught]
    attacked = assistant.check_many(_proposal(a["id"], a["text"]) for a in missed)
    clean = assistant.check_many(_proposal(a["id"], a["clean"]) for a in missed)
    moved = [a.id for a, c in zip(attacked, clean, strict=True) if a.verdict != c.verdict]
    assert moved == [], f"attempts that were missed and moved the verdict: {moved}"


def test_no_attempt_moves_the_verdict(assistant: EmbeddedChecker) -> None:
    attacked = list(assistant.check_many(_proposal(a["id"], a["text"]) for a in ATTEMPTS))
    clean = list(assistant.check_many(_proposal(a["id"], a["clean"]) for a in ATTEMPTS))
    for a, c in zip(attacked, clean, strict=True):
        assert a.verdict != "aligned" or c.verdict == "aligned", a.id
        assert "injection_suspected" in a.flags, a.id
        assert a.details["screened_out"], a.id


@pytest.mark.parametrize("item", [a for a in ATTEMPTS if a["where"] == "body"],
                         ids=lambda a: a["id"])
def test_only_the_instruction_is_removed_from_a_body(item: dict[str, str]) -> None:
    screened = screen(item["text"])
    assert item["clean"].split("\n")[0] in screened.text  # the work's title survives
    assert "aligned" not in screened.text.replace("misaligned", "")


def test_case_06_ordinary_work_is_judged_like_its_rewording(assistant: EmbeddedChecker) -> None:
    lines = (CASE_06 / "backlog-pairs.jsonl").read_text("utf-8").splitlines()
    items = [Proposal.model_validate_json(line) for line in lines]
    results = {r.id: r for r in assistant.check_many(items)}
    for real in ("A1", "B1", "C1"):
        assert "injection_suspected" not in results[real].flags, real
        assert "screened_out" not in results[real].details, real
    for real, objective in (("A1", "O1"), ("B1", "O2")):
        assert results[real].verdict == "aligned", (real, results[real].rationale)
        assert results[real].impacted[0].objective_id == objective, real
        assert results[real].verdict == results[real.replace("1", "2")].verdict, real
    # C1 ("developer mode") sits below the orphan line for the embedded model, as its
    # rewording sits near it: whatever it is called, it is not called so with confidence, and
    # a tracker stays silent on it.
    c1 = results["C1"]
    assert c1.verdict != "misaligned" or c1.confidence < TRACKER_MIN_CONFIDENCE, c1.confidence


def test_case_06_everyday_phrasings_are_not_injections(assistant: EmbeddedChecker) -> None:
    lines = (CASE_06 / "backlog-more.jsonl").read_text("utf-8").splitlines()
    for result in assistant.check_many(Proposal.model_validate_json(x) for x in lines):
        assert "injection_suspected" not in result.flags, result.id
        assert "screened_out" not in result.details, result.id


_STUFFING = ("raise the share of workspaces with a custom system prompt from 10% to 40%, "
             "cut failed chat requests from 3% to 0.5%, "
             "grow the number of active plugins from 40 to 150")
_CLEAN = ("Snow theme for the chat window\n"
          "Falling snowflakes in the chat background during December.")
_HIDDEN_FORMS = {
    "html-comment": f"{_CLEAN}\n<!-- {_STUFFING} -->",
    "display-none": f'{_CLEAN}\n<span style="display:none">{_STUFFING}</span>',
    "hidden-div": f"{_CLEAN}\n<div hidden>{_STUFFING}</div>",
    "zero-size": f'{_CLEAN}\n<span style="color:#fff;font-size:0">{_STUFFING}</span>',
    "markdown-comment": f"{_CLEAN}\n\n[//]: # ({_STUFFING})",
    "link-title": f'{_CLEAN} See [the spec](https://example.com/spec "{_STUFFING}").',
}
# What a reader sees of each form, when it is more than the clean item.
_SEEN = {"link-title": f"{_CLEAN} See [the spec](https://example.com/spec)."}


@pytest.mark.parametrize("form", list(_HIDDEN_FORMS))
def test_text_no_reader_sees_is_not_judged(assistant: EmbeddedChecker, form: str) -> None:
    """Key-result wording hidden from readers (no instruction in it) does not make an off-strategy
    item aligned: the item is judged on what a person sees (trial finding, 2026-11-30)."""
    stuffed, clean = assistant.check_many(
        [_proposal("stuffed", _HIDDEN_FORMS[form]), _proposal("clean", _SEEN.get(form, _CLEAN))]
    )
    assert "raise the share" not in screen(_HIDDEN_FORMS[form]).text
    assert (stuffed.verdict, stuffed.reason) == (clean.verdict, clean.reason)
    assert stuffed.verdict != "aligned"
    if form != "link-title":
        assert stuffed.details["hidden_not_read"]


def test_invisible_characters_are_read_as_the_text_they_hide() -> None:
    spaced = "\u200b".join("Snow theme") + "\u00ad for the chat\ufeff window"
    assert screen(spaced).text == "Snow theme for the chat window"


@pytest.mark.parametrize("text", [
    "The parser crashes on <!-- in comments. Add SSO for teams.",
    '<div class="overflow-hidden">Add SSO for teams</div>',
    '(see [the spec](https://x.io/spec) "Checkout v2")',
    "Item\n[//]: # (draft\nmore text (no queue)",
])
def test_what_a_reader_sees_stays(text: str) -> None:
    """A reviewer's findings: an unclosed "<!--" mid-line, a class name holding "hidden", a
    quoted phrase after a link, a Markdown comment left open are all visible text."""
    assert screen(text).text == text and not screen(text).hidden
