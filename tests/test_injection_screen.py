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
    for real, objective in (("A1", "O1"), ("B1", "O2"), ("C1", "O3")):
        result = results[real]
        assert "injection_suspected" not in result.flags, real
        assert result.verdict == "aligned", (real, result.verdict, result.rationale)
        assert result.impacted[0].objective_id == objective, real


def test_case_06_everyday_phrasings_are_not_injections(assistant: EmbeddedChecker) -> None:
    lines = (CASE_06 / "backlog-more.jsonl").read_text("utf-8").splitlines()
    for result in assistant.check_many(Proposal.model_validate_json(x) for x in lines):
        assert "injection_suspected" not in result.flags, result.id
        assert "screened_out" not in result.details, result.id
