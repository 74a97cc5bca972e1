"""A key result the author cites by id: listed first (the author said which one), never by
itself a reason to call the work aligned (anyone can cite an id)."""

from __future__ import annotations

from collections.abc import Callable

from checker.embedded.engine import EmbeddedChecker
from checker.models import Proposal

TRIAL = "trial-tablewise/workspace"


def test_the_key_result_an_item_cites_and_names_is_listed_first(
    case_checker: Callable[[str], EmbeddedChecker],
) -> None:
    """A newcomer's reminder item named O1.KR1 by id and by its metric ("cut the no-show rate
    from 11% to 6%"); the result said it "likely moves" O1.KR2, and the report then said no
    work moved the no-show rate."""
    checker = case_checker(TRIAL)
    cited = checker.check(Proposal(id="c", title=(
        "Reminder emails two days before the booking so guests confirm or cancel; target: cut "
        "the no-show rate from 11% to 6% (O1.KR1)")))
    assert cited.verdict == "aligned"
    assert cited.impacted[0].kr_id == "O1.KR1", [i.kr_id for i in cited.impacted]
    # Its score stays its own (the raw blend plus the cited bonus), below the KR it passed,
    # which is no longer the first and so no `high` match.
    passed = next(i for i in cited.impacted if i.kr_id == "O1.KR2")
    assert cited.impacted[0].score < passed.score
    assert sum(i.match == "high" for i in cited.impacted) <= 1
    assert passed.match != "high"
    rest = [i.score for i in cited.impacted[1:]]
    assert rest == sorted(rest, reverse=True)


def test_a_cited_key_result_far_behind_leads_the_listing_and_moves_no_verdict(
    case_checker: Callable[[str], EmbeddedChecker],
) -> None:
    """Until the twelfth session a cited key result led only within MATCH_CLOSE_GAP of the best;
    over the 42 labelled organisations the first existing KR an aligned item cites was a labelled
    one for 245 of 246 items, and letting it lead from further behind fixed five first key
    results for one it broke (docs/quality.md)."""
    checker = case_checker(TRIAL)
    text = "Walk-in waitlist on the host tablet that texts guests when their table is ready"
    plain = checker.check(Proposal(id="p", title=text))
    cited = checker.check(Proposal(id="c", title=f"{text} (O3.KR1)"))
    assert plain.impacted[0].kr_id.startswith("O2")
    assert [i.kr_id for i in cited.impacted][:2] == ["O3.KR1", plain.impacted[0].kr_id]
    assert cited.verdict == plain.verdict
    # how well the text fits the cited KR is still said as the model reads it
    assert cited.impacted[0].match != "high"
    assert cited.impacted[1].score > cited.impacted[0].score
