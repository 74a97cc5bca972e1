"""The lines the team's answers move per workspace: the orphan line (only on evidence of more
than one answer) and the margin a non-goal must win by (between confirmed conflicts and
confirmed aligned items)."""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np
import pytest

from checker.embedded.engine import EmbeddedChecker
from checker.embedded.verdict import conflict_excess
from checker.learning.corrections import Correction
from checker.learning.fitting import (
    fit,
    margin_shift,
    nearest_better_line,
    with_learned_line,
    with_learned_margin,
)
from checker.learning.memory import ConfirmationMemory, embed_corrections
from checker.models import CheckResult, Proposal
from checker.thresholds import LearningTuning
from checker.vocabulary import Reason, Verdict
from tests.helpers import ExampleRun


def _answer(item: Proposal, verdict: Verdict, kind: Reason | None = None,
            krs: list[str] | None = None) -> Correction:
    return Correction(item_id=item.id, title=item.title, body=item.body, verdict=verdict,
                      kind=kind, krs=krs or [])


def _memory(run: ExampleRun, corrections: list[Correction],
            tuning: LearningTuning | None = None) -> ConfirmationMemory:
    kr_ids = [kr.kr_id for kr in run.checker.model.krs]
    vectors = embed_corrections(corrections, run.services.embedder)
    return ConfirmationMemory(corrections, vectors, kr_ids, tuning)


def _aligned(run: ExampleRun, item: Proposal) -> Correction:
    result: CheckResult = run.results[item.id]
    return _answer(item, Verdict.ALIGNED, krs=[result.impacted[0].kr_id])


@dataclass
class _MarginAnswers:
    """The example's conflicts by how far they clear the margin, with the team's answers: the
    weakest conflict called aligned, the others confirmed, two clear aligned items confirmed."""

    excess: dict[str, float]
    weakest: Proposal
    others: list[Proposal]
    answers: list[Correction]


def _margin_answers(run: ExampleRun) -> _MarginAnswers:
    model, items = run.checker.model, list(run.items.values())
    assessed = {a.proposal.id: a for a in run.checker.assess_many(items)}
    excess = {i: conflict_excess(model, a.scores) for i, a in assessed.items()}
    conflicts = sorted((p for p in items if run.results[p.id].reason == Reason.CONFLICT),
                       key=lambda p: excess[p.id])
    clear = [p for p in items if run.results[p.id].verdict == Verdict.ALIGNED
             and excess[p.id] == -np.inf]
    assert len(conflicts) >= 3 and len(clear) >= 2
    weakest, others = conflicts[0], conflicts[1:]
    answers = [_aligned(run, weakest), *(_aligned(run, p) for p in clear[:2])] + [
        _answer(p, Verdict.MISALIGNED, Reason.CONFLICT) for p in others
    ]
    return _MarginAnswers(excess, weakest, others, answers)


def test_the_nearest_better_line_moves_just_past_what_it_puts_right() -> None:
    # Nothing on the wrong side of the default: it stays.
    assert nearest_better_line(np.array([0.3, 0.5]), np.array([-0.2, -np.inf]), 0.0) == 0.0
    # One aligned item at 0.2 above the default: the line moves just past it, not halfway
    # to the nearest conflict at 0.5; -inf (no non-goal match) proposes no line.
    moved = nearest_better_line(np.array([0.5, 0.6]), np.array([0.2, -np.inf]), 0.0)
    assert moved == pytest.approx(0.2 + 1e-4)
    # A conflict below the default: the line comes down to it.
    assert nearest_better_line(np.array([-0.1, 0.4]), np.array([-0.3]), 0.0) == pytest.approx(-0.1)
    # Within reach only: the line that puts the far item right is out of reach, and no line in
    # reach puts fewer on the wrong side, so it stays; a near item in reach moves it.
    assert nearest_better_line(np.array([0.5]), np.array([0.2]), 0.0, reach=0.05) == 0.0
    near = nearest_better_line(np.array([0.5]), np.array([0.2, 0.03]), 0.0, reach=0.05)
    assert near == pytest.approx(0.03 + 1e-4)


def test_a_capped_margin_move_never_puts_more_answers_on_the_wrong_side() -> None:
    # Two aligned items above the default are put right by a line at 0.25, which costs the
    # conflict at 0.03: one wrong instead of two. Capped at 0.05 the line would leave both
    # aligned items wrong and lose the conflict too (three): it stays.
    above, below = np.array([0.03, 0.5, 0.6]), np.array([0.2, 0.25])
    assert nearest_better_line(above, below, 0.0) == pytest.approx(0.25 + 1e-4)
    assert margin_shift(above, below, reach=0.05, step=1e-4) == 0.0
    # With no conflict in the way the capped move is no worse than the default: it is taken.
    assert margin_shift(np.array([0.5]), below, reach=0.05, step=1e-4) == 0.05
    assert margin_shift(above, below, reach=1.0, step=1e-4) == pytest.approx(0.25 + 1e-4)


def test_confirmed_aligned_items_and_conflicts_move_the_non_goal_margin(
    example_run: ExampleRun,
) -> None:
    run, model = example_run, example_run.checker.model
    # The team says the weakest of our conflicts is aligned work, and confirms the others.
    case = _margin_answers(run)
    excess, weakest, others, answers = case.excess, case.weakest, case.others, case.answers
    reach = replace(LearningTuning(), margin_reach=1.0)
    moved = with_learned_margin(model, _memory(run, answers, reach))
    default = model.tuning.conflict_margin
    assert default + excess[weakest.id] < moved.tuning.conflict_margin
    assert moved.tuning.conflict_margin < default + excess[others[0].id]
    assert model.tuning.conflict_margin == default  # the shared model is left alone
    plain = EmbeddedChecker(moved, run.services.embedder)  # the margin alone, no vote
    assert plain.check(weakest).verdict == Verdict.ALIGNED
    assert all(plain.check(p).reason == Reason.CONFLICT for p in others)
    # By default the margin moves toward that line by margin_reach at most.
    capped = with_learned_margin(model, _memory(run, answers))
    assert capped.tuning.conflict_margin == pytest.approx(default + LearningTuning().margin_reach)
    # One conflict confirmed is too few to move it.
    few = answers[:3] + answers[3:4]
    assert with_learned_margin(model, _memory(run, few, reach)) is model


def _by_alignment(run: ExampleRun) -> tuple[dict[str, float], list[Proposal], list[Proposal]]:
    """The example's alignment z per item, its aligned items weakest first, and its orphans."""
    items = list(run.items.values())
    z = {i: float(r.details["alignment_z"]) for i, r in run.results.items()}
    aligned = sorted((p for p in items if run.results[p.id].verdict == Verdict.ALIGNED),
                     key=lambda p: z[p.id])
    orphans = [p for p in items if run.results[p.id].reason == Reason.ORPHAN]
    return z, aligned, orphans


def test_one_answer_on_the_wrong_side_does_not_move_the_orphan_line(
    example_run: ExampleRun,
) -> None:
    run, model = example_run, example_run.checker.model
    z, aligned, orphans = _by_alignment(run)
    assert len(aligned) >= 5 and len(orphans) >= 2  # line_min (3) orphans with the one below
    strong = [_aligned(run, p) for p in aligned[-3:]]
    # Our orphans confirmed, plus the weakest aligned item called an orphan: one answer says
    # the line sits too low.
    one = [_answer(p, Verdict.MISALIGNED, Reason.ORPHAN) for p in [aligned[0], *orphans]]
    assert with_learned_line(model, _memory(run, strong + one)) is model
    # Two answers say so: it rises (a little, for so few answers).
    two = [_answer(aligned[1], Verdict.MISALIGNED, Reason.ORPHAN), *one]
    moved = with_learned_line(model, _memory(run, strong + two))
    assert model.tuning.orphan_z < moved.tuning.orphan_z < min(z[aligned[0].id], z[aligned[1].id])


def test_a_verdict_the_moved_margin_decided_says_so(example_run: ExampleRun) -> None:
    run, model = example_run, example_run.checker.model
    case = _margin_answers(run)
    weakest, others, answers = case.weakest, case.others, case.answers
    # The item is one the team answered: the same-item rule (its own test) is off here, as is
    # the near items' vote below, so only the moved margin differs from the default.
    memory = _memory(run, answers, replace(LearningTuning(), margin_reach=1.0, same_item=1.01))
    learned = fit(model, memory)
    assert memory.default_tuning is model.tuning
    memory.trust = 0.0
    checker = EmbeddedChecker(learned, run.services.embedder, memory=memory)
    moved = checker.check(weakest)
    assert moved.verdict == Verdict.ALIGNED
    default = round(model.tuning.conflict_margin, 3)
    assert f"moved the margin a non-goal must win by from {default} to" in moved.rationale
    assert "with the default line this would be misaligned (conflict), not aligned" in (
        moved.rationale)
    lines = moved.details["learned"]["lines"]
    assert lines["conflict_margin"]["default"] == model.tuning.conflict_margin
    assert lines["conflict_margin"]["learned"] > lines["conflict_margin"]["default"]
    # A conflict the moved margin did not decide says nothing of it.
    kept = checker.check(others[-1])
    assert kept.reason == Reason.CONFLICT and "default line" not in kept.rationale


def test_a_verdict_the_moved_orphan_line_decided_says_so(example_run: ExampleRun) -> None:
    run, model = example_run, example_run.checker.model
    z, aligned, orphans = _by_alignment(run)
    answers = [_aligned(run, p) for p in aligned[-3:]] + [
        _answer(p, Verdict.MISALIGNED, Reason.ORPHAN) for p in [*aligned[:2], *orphans]
    ]
    # The whole way to the best line (no prior), the vote and the same-item rule off.
    tuning = replace(LearningTuning(), line_prior=0.0, same_item=1.01)
    memory = _memory(run, answers, tuning)
    learned = fit(model, memory)
    memory.trust = 0.0
    assert learned.tuning.orphan_z > max(z[aligned[0].id], z[aligned[1].id])
    checker = EmbeddedChecker(learned, run.services.embedder, memory=memory)
    moved = checker.check(aligned[0])
    assert (moved.verdict, moved.reason) == (Verdict.MISALIGNED, Reason.ORPHAN)
    assert "moved the orphan line (alignment z) from" in moved.rationale
    assert "with the default line this would be aligned, not misaligned (orphan)" in (
        moved.rationale)
    assert set(moved.details["learned"]["lines"]) == {"orphan_z"}
