"""An item the team already answered (the same text, or the same with a typo fixed) gets the
team's answer back on a re-check, whatever the vote's trust, and says so."""

from __future__ import annotations

from checker.embedded.engine import EmbeddedChecker
from checker.learning.corrections import Correction
from checker.learning.fitting import fit
from checker.learning.memory import ConfirmationMemory, embed_corrections
from checker.models import Proposal
from checker.vocabulary import Reason, Verdict
from tests.helpers import ExampleRun


def _checker(run: ExampleRun, answers: list[Correction]) -> EmbeddedChecker:
    kr_ids = [kr.kr_id for kr in run.checker.model.krs]
    memory = ConfirmationMemory(answers, embed_corrections(answers, run.services.embedder), kr_ids)
    model = fit(run.checker.model, memory)
    return EmbeddedChecker(model, run.services.embedder, memory=memory)


def _first_aligned(run: ExampleRun) -> Proposal:
    return next(p for p in run.items.values() if run.results[p.id].verdict == Verdict.ALIGNED)


def test_a_re_check_of_an_item_the_team_called_an_orphan_answers_orphan(
    example_run: ExampleRun,
) -> None:
    item = _first_aligned(example_run)
    answer = Correction(item_id="PM-1", title=item.title, body=item.body,
                        verdict=Verdict.MISALIGNED, kind=Reason.ORPHAN, author="maria")
    checker = _checker(example_run, [answer])
    again = checker.check(item)
    assert (again.verdict, again.reason) == (Verdict.MISALIGNED, Reason.ORPHAN)
    assert again.impacted == [] and again.confidence == 0.95
    assert again.rationale.startswith(
        "The team answered this same item before as orphan (maria), item PM-1")
    assert again.details["learned"]["answered"]["id"] == "PM-1"
    # A typo fixed is the same item; other work is judged as before.
    typo = item.model_copy(update={"title": item.title.replace(" ", "  ", 1) + "."})
    assert checker.check(typo).reason == Reason.ORPHAN
    other = next(p for p in example_run.items.values()
                 if p.id != item.id and example_run.results[p.id].verdict == Verdict.ALIGNED)
    assert checker.check(other).verdict == Verdict.ALIGNED


def test_the_key_result_the_team_named_leads_the_listing(example_run: ExampleRun) -> None:
    item = _first_aligned(example_run)
    listed = [i.kr_id for i in example_run.results[item.id].impacted]
    other = next(kr.kr_id for kr in example_run.checker.model.krs if kr.kr_id != listed[0])
    answer = Correction(item_id=item.id, title=item.title, body=item.body,
                        verdict=Verdict.ALIGNED, krs=[other])
    again = _checker(example_run, [answer]).check(item)
    assert again.verdict == Verdict.ALIGNED and again.impacted[0].kr_id == other


def test_a_confirmed_conflict_cites_the_nearest_non_goal(example_run: ExampleRun) -> None:
    item = _first_aligned(example_run)
    answer = Correction(item_id=item.id, title=item.title, body=item.body,
                        verdict=Verdict.MISALIGNED, kind=Reason.CONFLICT)
    again = _checker(example_run, [answer]).check(item)
    assert (again.verdict, again.reason) == (Verdict.MISALIGNED, Reason.CONFLICT)
    assert again.evidence and again.evidence[0].role == "conflicts"


def test_an_orphan_the_team_answered_aligned_is_aligned_to_the_key_result_it_named(
    example_run: ExampleRun,
) -> None:
    """A newcomer corrected an orphan (and an upkeep item, a non-English one, an unclear one)
    to "aligned, O1.KR1": every later check of that text crashed, on every surface (the key
    result lay below the listing floor, so nothing was listed for an aligned verdict)."""
    orphans = [p for p in example_run.items.values()
               if example_run.results[p.id].reason == Reason.ORPHAN]
    unclear = [p for p in example_run.items.values()
               if example_run.results[p.id].verdict == Verdict.UNCLEAR]
    kr = example_run.checker.model.krs[0].kr_id
    for item in [*orphans, *unclear, Proposal(id="X-1", title="Konfetti-Designs für die App")]:
        named = Correction(item_id=item.id, title=item.title, body=item.body,
                           verdict=Verdict.ALIGNED, krs=[kr])
        again = _checker(example_run, [named]).check(item)
        assert again.verdict == Verdict.ALIGNED, item.id
        assert again.impacted and again.impacted[0].kr_id == kr, item.id
        assert again.rationale.startswith("The team answered this same item before as " + kr)
        # An aligned answer naming no key result is no crash either.
        bare = named.model_copy(update={"krs": []})
        plain = _checker(example_run, [bare]).check(item)
        assert plain.verdict == Verdict.ALIGNED and plain.rationale, item.id


def test_a_confirmed_conflict_that_matches_no_non_goal_cites_none(
    example_run: ExampleRun,
) -> None:
    """A newcomer answered "conflict" for work against a principle the strategy read as no
    non-goal; the re-check cited the workspace's first non-goal, an unrelated one, and both
    reports filed the item under it (seventh session)."""
    item = Proposal(id="X-2", title="Confetti animation on the order confirmation screen",
                    body="Celebrate every order with a burst of confetti in brand colours.")
    answer = Correction(item_id=item.id, title=item.title, body=item.body,
                        verdict=Verdict.MISALIGNED, kind=Reason.CONFLICT, author="ana")
    again = _checker(example_run, [answer]).check(item)
    assert (again.verdict, again.reason) == (Verdict.MISALIGNED, Reason.CONFLICT)
    assert again.evidence == []
    assert "no non-goal passage matches it closely enough to cite" in again.rationale
