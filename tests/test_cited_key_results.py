"""A key result the author cites by id: listed first (the author said which one), never by
itself a reason to call the work aligned (anyone can cite an id)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from checker.embedded.citations import cited_kr_ids
from checker.embedded.engine import EmbeddedChecker
from checker.models import Proposal
from checker.service import Services, build_checker, ensure_indexed
from index.embedding import OnnxEmbedder
from index.store import ChromaStore, open_persistent_client

TRIAL = "trial-tablewise/workspace"
# The shipped example's strategy with examples confirmed for its key results
LEARNING = Path(__file__).parent / "data" / "cited_learning"


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
    # Its score stays its own (the raw blend plus the cited bonus), below the KR it passed; the
    # match level says how well the text fits each, not where it is listed (a review of the
    # twelfth session: the best fit lost its `high` and the cited one rose to `medium`)
    passed = next(i for i in cited.impacted if i.kr_id == "O1.KR2")
    plain = checker.check(Proposal(id="p", title=(
        "Reminder emails two days before the booking so guests confirm or cancel; target: cut "
        "the no-show rate from 11% to 6%")))
    assert cited.impacted[0].score < passed.score
    assert sum(i.match == "high" for i in cited.impacted) <= 1
    assert passed.match == next(i.match for i in plain.impacted if i.kr_id == "O1.KR2")
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


@pytest.mark.parametrize("said", [
    "Note: this is not O3.KR1 work; it is about guests confirming.",
    "Unlike O3.KR1, this is about guests confirming.",
    "Replaces the walk-in work planned for O3.KR1.",
    "Supersedes the O3.KR1 experiment from last quarter, which we dropped.",
    "Background: [retro](https://wiki.example.com/okrs/O3.KR1-retro)",
    "Config: `okr_key = \"O3.KR1\"`",
])
def test_an_id_the_text_does_not_cite_as_moved_does_not_lead(
    case_checker: Callable[[str], EmbeddedChecker], said: str
) -> None:
    """Each of these made O3.KR1 lead the listing and the rationale ("Likely moves O3.KR1") in
    a review of the twelfth session."""
    checker = case_checker(TRIAL)
    title = "Reminder emails two days before the booking so guests confirm or cancel"
    plain = checker.check(Proposal(id="p", title=title))
    result = checker.check(Proposal(id="c", title=title, body=said))
    assert result.impacted[0].kr_id == plain.impacted[0].kr_id != "O3.KR1"


def test_a_checklist_of_every_key_result_cites_none(
    case_checker: Callable[[str], EmbeddedChecker],
) -> None:
    checker = case_checker(TRIAL)
    title = "Reminder emails two days before the booking so guests confirm or cancel"
    plain = checker.check(Proposal(id="p", title=title))
    listed = "\n".join(f"- [x] {kr}" for kr in checker.kr_ids)
    result = checker.check(Proposal(id="c", title=title, body=f"## Which KR?\n{listed}"))
    assert cited_kr_ids(f"{title}\n## Which KR?\n{listed}", checker.kr_ids) == []
    assert result.impacted[0].kr_id == plain.impacted[0].kr_id


def test_a_cited_key_result_leads_after_the_team_s_examples_re_rank(
    tmp_path: Path, embedder: OnnxEmbedder
) -> None:
    """With examples confirmed for key results (okrs.yaml `examples`), the learned vote re-sorted
    the listing after the cited one led, so the lead held only without confirmations (a review
    of the twelfth session). The cited KR leads at its own match level; the best fit keeps
    `high`."""
    services = Services(embedder, ChromaStore(open_persistent_client(tmp_path), embedder))
    checker = build_checker(ensure_indexed(LEARNING, services, lambda _: None), services)
    assert checker.memory is not None
    result = checker.check(Proposal(id="c", title=(
        "Aisle-sorted pick lists so store staff get online orders ready for collection within "
        "the hour (O3.KR1)")))
    assert result.impacted[0].kr_id == "O3.KR1"
    assert result.impacted[0].match == "low"
    assert next(i.match for i in result.impacted if i.kr_id == "O1.KR1") == "high"



def test_a_shorthand_id_is_read_beside_the_full_one() -> None:
    """A blind organisation's "[O2.KR3] SLA timer on CRM cases ... so the number matches what
    exec sees for KR3" was judged unclear, told its OKRs define no KR3 (2026-12-01): a bare
    "KR3" that several objectives answer to is the one under the objective the text cites."""
    ids = ["O1.KR1", "O1.KR3", "O2.KR1", "O2.KR3", "O3.KR3"]
    text = ("[O2.KR3] SLA timer on CRM cases\nReport = % closed inside 2 working days, so the "
            "number matches what exec sees for KR3.")
    assert cited_kr_ids(text, ids) == ["O2.KR3"]
    assert cited_kr_ids("SLA timer: the number exec sees for KR3", ids) == []
    assert cited_kr_ids("Moves KR3 and O1.KR1", ids) == ["O1.KR3", "O1.KR1"]


def test_a_shorthand_is_not_read_beside_an_id_the_text_rules_out() -> None:
    """A review of the shorthand (2026-12-01): "This is not O1.KR3 work; it moves KR3" cited
    O1.KR3, the very id ruled out (it counted as context, and the bare "KR3" was found inside
    "O1.KR3"); with dotted ids the objective of "O2.KR2.1" is O2."""
    from checker.embedded.kr_references import resolve_kr_references

    ids = ["O1.KR3", "O2.KR3"]
    assert cited_kr_ids("This is not O1.KR3 work; it moves KR3.", ids) == []
    assert cited_kr_ids("Unlike O1.KR3, this one moves KR3 (time to first response).", ids) == []
    assert cited_kr_ids("Cuts order-to-ready time. Unrelated to O1.KR3, which ops owns.", ids) == []
    dotted = ["O1.KR1.1", "O2.KR1.1", "O2.KR2.1"]
    assert resolve_kr_references(["O2.KR2.1", "KR1.1"], dotted) == ["O2.KR2.1", "O2.KR1.1"]


def test_work_that_cites_a_key_result_moves_that_one_only(
    case_checker: Callable[[str], EmbeddedChecker],
) -> None:
    """A newcomer's cancellation item cited O2.KR3 and was also said to move two key results
    matched `medium`, which it does not move. Over the 134 labelled organisations such key results
    beside a cited one were the reviewer's for 13 of 112: the author's citation says what moves,
    the rest are close in wording."""
    checker = case_checker(TRIAL)
    text = "Text guests two days before so they confirm or cancel, to cut no-shows"
    plain = checker.check(Proposal(id="p", title=text))
    cited = checker.check(Proposal(id="c", title=f"{text} (O1.KR1)"))
    assert plain.verdict == cited.verdict == "aligned"
    # uncited, the best fit moves; cited, the cited one does and the best fit, still matched
    # above low, is listed as close in wording
    assert [(i.kr_id, i.moves) for i in plain.impacted][:2] == [("O1.KR2", True), ("O1.KR1", False)]
    best = next(i for i in cited.impacted if i.kr_id == "O1.KR2")
    assert best.match == "medium" and not best.moves
    assert [i.kr_id for i in cited.impacted if i.moves] == ["O1.KR1"], cited.impacted
