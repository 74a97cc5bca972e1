"""The passages a verdict rests on (checker/rationale.py, `evidence_for`)."""

from __future__ import annotations

from collections.abc import Callable

from checker.embedded.engine import EmbeddedChecker
from checker.models import Proposal

TRIAL = "trial-kilnbook/workspace"


def test_aligned_work_rests_on_its_key_result_s_own_priority(
    case_checker: Callable[[str], EmbeddedChecker],
) -> None:
    """A newcomer's Monday digest for studio owners was aligned to the weekly-owners key result
    (O3.KR2) but quoted "Memberships that pay the rent" as the strategy it rests on: the passage
    nearest overall, from another objective's priority."""
    checker = case_checker(TRIAL)
    result = checker.check(Proposal(id="d", title=(
        "Monday digest email for studio owners: bookings, no-shows and kiln load for the week "
        "ahead")))
    assert result.verdict == "aligned" and result.impacted[0].objective_id == "O3"
    assert result.evidence[0].section.endswith("Owners who come back every week"), [
        e.section for e in result.evidence]
    assert result.evidence[0].role == "supports"


def test_a_key_result_metric_quoted_as_the_key_result_writes_it_is_a_metric(
    case_checker: Callable[[str], EmbeddedChecker],
) -> None:
    """The same trial's item quoted O2.KR2's metric ('cut the "where is my piece" messages')
    and was flagged `no_metric`; the report then said no work moved O2.KR2."""
    result = case_checker(TRIAL).check(Proposal(id="w", title=(
        'Text members a photo when their piece leaves the kiln, to cut the "where is my piece" '
        "messages")))
    assert "no_metric" not in result.flags
