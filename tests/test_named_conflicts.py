"""A conflict named in the title: work that does what a non-goal rules out and claims a key
result to get through (checker/embedded/verdict._named_conflict; issue 16, never confidently
wrong: "Self-insure first EUR 1,500 of each damage claim" against "We do not self-insure ..."
was called aligned at 0.97 in a blind organisation). The workspace is written for these tests:
a courier that runs no vans of its own and prices by one rate card."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.embedded.engine import EmbeddedChecker
from checker.models import Proposal
from checker.service import Services, build_checker, ensure_indexed
from checker.thresholds import NAMED_CONFLICT_CONFIDENCE
from index.chunking import ruled_out_part
from index.embedding import OnnxEmbedder
from index.store import ChromaStore, open_persistent_client

WORKSPACE = Path(__file__).parent / "data" / "named_conflicts"


@pytest.fixture(scope="module")
def courier(tmp_path_factory: pytest.TempPathFactory, embedder: OnnxEmbedder) -> EmbeddedChecker:
    data = tmp_path_factory.mktemp("named-conflicts")
    services = Services(embedder, ChromaStore(open_persistent_client(data), embedder))
    return build_checker(ensure_indexed(WORKSPACE, services, lambda _: None), services)


def test_a_title_saying_what_a_non_goal_rules_out_is_a_conflict(
    courier: EmbeddedChecker,
) -> None:
    """It matches the merchant key result better than the non-goal (aligned at 0.98 before);
    "peak" and "multiplier" are words the strategy says only where it rules them out."""
    result = courier.check(Proposal(
        id="P", title="Peak multiplier for Glasgow evening slots to grow active merchant accounts"))
    assert (result.verdict, result.reason) == ("misaligned", "conflict")
    assert result.confidence == NAMED_CONFLICT_CONFIDENCE
    assert result.evidence and "multipliers" in result.evidence[0].text


@pytest.mark.parametrize("title", [
    # one such word ("van"), the rest what the strategy wants
    "Van-side scanning app to cut failed first delivery attempts",
    # words of the passage that are not what it rules out ("partner", "carriers", "routing":
    # "Every delivery runs on our partner carriers' fleets ...")
    "Weekend rate card for Glasgow merchants",
])
def test_one_ruled_out_word_or_none_leaves_the_work_aligned(
    courier: EmbeddedChecker, title: str
) -> None:
    result = courier.check(Proposal(id="A", title=title))
    assert result.verdict == "aligned", result.rationale


def test_what_a_non_goal_rules_out_leaves_out_what_it_wants() -> None:
    text = ("We do not buy or lease our own vans. Every delivery runs on our partner carriers' "
            "fleets, and our money goes into routing and the merchant app.")
    assert ruled_out_part(text) == "We do not buy or lease our own vans."
    lead = ("New cities. We operate in Leeds and Bristol. No pilots, soft launches or test "
            "zones elsewhere.")
    assert ruled_out_part(lead) == "New cities. No pilots, soft launches or test zones elsewhere."
    assert ruled_out_part("Zone expansion beyond the current polygons.") == (
        "Zone expansion beyond the current polygons.")
