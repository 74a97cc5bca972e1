"""Learning from the team: near confirmed items vote for their key result and verdict, the
orphan line moves per workspace, nothing changes without confirmations, and k-fold feedback
evaluation judges every item once with other folds' labels."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest

from checker.embedded.engine import EmbeddedChecker
from checker.learning.corrections import Correction, from_okrs, learned_version
from checker.learning.fitting import separating_line, with_learned_line
from checker.learning.kfold import assess_with_feedback, fold_plan
from checker.learning.memory import ConfirmationMemory, Learned, embed_corrections
from checker.models import Proposal
from checker.service import Services, build_checker, ensure_indexed
from checker.vocabulary import Reason, Verdict
from index.embedding import OnnxEmbedder
from index.errors import InputError
from index.okrs import load_okrs
from tests.helpers import MINIMAL_STRATEGY, ExampleRun

PROPOSAL = Proposal(
    id="NEW-1",
    title="Text customers when their order is ready to pick up",
    body="Send an SMS the moment staff mark a click-and-collect order as packed.",
)
PARAPHRASES = [
    "SMS to the customer as soon as a collection order has been packed",
    "Notify shoppers by text message that their pick-up order is waiting",
    "Send a ready-for-pickup text when the store finishes packing an order",
]


def _confirm(texts: list[str], verdict: Verdict, krs: list[str], prefix: str) -> list[Correction]:
    kind = Reason.ORPHAN if verdict == Verdict.MISALIGNED else None
    return [
        Correction(item_id=f"{prefix}-{n}", title=t, verdict=verdict, kind=kind, krs=krs)
        for n, t in enumerate(texts, start=1)
    ]


def _checker(run: ExampleRun, corrections: list[Correction]) -> EmbeddedChecker:
    return build_checker(run.workspace, run.services, learned=Learned(corrections))


def test_no_confirmations_leave_every_result_exactly_as_before(example_run: ExampleRun) -> None:
    model, embedder = example_run.checker.model, example_run.services.embedder
    kr_ids = [kr.kr_id for kr in model.krs]
    without = EmbeddedChecker(model, embedder)  # the engine as it was before learning
    nothing = ConfirmationMemory([], np.zeros((0, 384)), kr_ids)
    empty = EmbeddedChecker(model, embedder, memory=nothing)
    built = _checker(example_run, [])
    items = list(example_run.items.values())
    expected = [r.model_dump() for r in without.check_many(items)]
    assert [r.model_dump() for r in empty.check_many(items)] == expected
    assert [r.model_dump() for r in built.check_many(items)] == expected
    assert built.memory is None and built.model.tuning == model.tuning


def test_near_confirmations_move_the_ranking_and_the_rationale_names_them(
    example_run: ExampleRun,
) -> None:
    before = example_run.checker.check(PROPOSAL)
    # A key result the proposal does not rank first, and none of the confirmed items does on
    # its own either: the trust fit gives weight only to confirmations that teach something.
    alone = {example_run.checker.check(Proposal(id="p", title=t)).impacted[0].kr_id
             for t in PARAPHRASES}
    runner_up = next(i.kr_id for i in before.impacted[1:] if i.kr_id not in alone)
    learned = _checker(example_run, _confirm(PARAPHRASES, Verdict.ALIGNED, [runner_up], "DONE"))
    after = learned.check(PROPOSAL)
    assert before.impacted[0].kr_id != runner_up
    assert after.impacted[0].kr_id == runner_up
    assert after.verdict == Verdict.ALIGNED
    assert "earlier items the team confirmed: DONE-" in after.rationale
    assert f"({runner_up})" in after.rationale
    confirmed = after.details["learned"]["confirmed"]
    assert {c["id"] for c in confirmed} == {"DONE-1", "DONE-2", "DONE-3"}
    assert 0 < after.details["learned"]["weight"] < 1
    assert learned.memory is not None
    assert before.learned_version is None and after.learned_version == learned.memory.version
    assert after.learned_version is not None


def test_far_confirmations_change_nothing(example_run: ExampleRun) -> None:
    far = ["Upgrade the payroll system's database driver", "Renew the office lease in Leeds"]
    learned = _checker(example_run, _confirm(far, Verdict.ALIGNED, ["O2.KR1"], "FAR"))
    before, after = example_run.checker.check(PROPOSAL), learned.check(PROPOSAL)
    assert after.impacted == before.impacted and after.verdict == before.verdict
    assert "learned" not in after.details and after.rationale == before.rationale


def test_near_confirmed_orphans_pull_the_verdict_away_from_aligned(
    example_run: ExampleRun,
) -> None:
    assert example_run.checker.check(PROPOSAL).verdict == Verdict.ALIGNED
    learned = _checker(example_run, _confirm(PARAPHRASES, Verdict.MISALIGNED, [], "NO"))
    after = learned.check(PROPOSAL)
    assert after.verdict != Verdict.ALIGNED
    assert "NO-1 (orphan)" in after.rationale or "NO-2 (orphan)" in after.rationale


def test_the_orphan_line_sits_between_confirmed_aligned_items_and_orphans() -> None:
    aligned, orphans = np.array([2.5, 3.0, 1.5, 4.0]), np.array([0.5, 1.0, 1.2])
    assert separating_line(aligned, orphans, default=2.0) == pytest.approx(1.35)
    # Nothing to separate better than the default: it stays.
    assert separating_line(np.array([3.0, 4.0]), np.array([0.0, 1.0]), 2.0) == 2.0


def test_confirmed_items_move_the_workspace_orphan_line_by_how_many_there_are(
    example_run: ExampleRun,
) -> None:
    run = example_run
    items = list(run.items.values())
    results = {r.id: r for r in run.checker.check_many(items)}
    # The team calls the weakest of what our engine found aligned orphans: the line must rise.
    aligned = sorted((p for p in items if results[p.id].verdict == Verdict.ALIGNED),
                     key=lambda p: results[p.id].details["alignment_z"])
    corrections = [
        Correction(item_id=p.id, title=p.title, body=p.body, verdict=Verdict.MISALIGNED,
                   kind=Reason.ORPHAN) for p in aligned[:4]
    ] + [
        Correction(item_id=p.id, title=p.title, body=p.body, verdict=Verdict.ALIGNED,
                   krs=[results[p.id].impacted[0].kr_id]) for p in aligned[-4:]
    ]
    kr_ids = [kr.kr_id for kr in run.checker.model.krs]
    memory = ConfirmationMemory(corrections, embed_corrections(corrections, run.services.embedder),
                                kr_ids)
    moved = with_learned_line(run.checker.model, memory)
    weakest = max(results[p.id].details["alignment_z"] for p in aligned[:4])
    assert 2.0 < moved.tuning.orphan_z < weakest
    assert run.checker.model.tuning.orphan_z == 2.0  # the shared model is left alone
    few = ConfirmationMemory(corrections[:2] + corrections[4:6],
                             memory.vectors[[0, 1, 4, 5]], kr_ids)
    assert with_learned_line(run.checker.model, few) is run.checker.model


def test_examples_in_the_okr_file_are_confirmations(
    make_workspace: Callable[..., Path], services: Services
) -> None:
    okrs = """\
objectives:
  - id: O1
    title: Grow weekly active teams
    counter_examples: ["Rebrand the office kitchen"]
    key_results:
      - id: O1.KR1
        title: Grow weekly active teams from 100 to 200
        examples:
          - Add a team plan upgrade prompt when a workspace hits the free seat limit
          - Show an upgrade to the team plan when the free seats run out
      - id: O1.KR2
        title: Raise the share of paying teams from 5% to 8%
"""
    folder = make_workspace(okrs=okrs, strategy={"s.md": MINIMAL_STRATEGY})
    workspace = ensure_indexed(folder, services, lambda _: None)
    confirmations = from_okrs(workspace.okrs)
    assert [(c.item_id, c.answer) for c in confirmations] == [
        ("O1.KR1:example:1", "O1.KR1"), ("O1.KR1:example:2", "O1.KR1"),
        ("O1:counter_example:1", "orphan"),
    ]
    proposal = Proposal(id="P", title="Prompt teams to upgrade to the team plan when they "
                        "reach the free seat limit")
    # The strategy alone reads upgrades as paying teams; the team's examples say otherwise.
    checker = build_checker(workspace, services)
    plain = EmbeddedChecker(checker.model, services.embedder)  # the same model, no examples
    assert plain.check(proposal).impacted[0].kr_id == "O1.KR2"
    result = checker.check(proposal)
    assert result.impacted[0].kr_id == "O1.KR1"
    assert "O1.KR1:example:" in result.rationale


def test_an_okr_example_that_is_not_a_list_is_left_out_with_its_line_and_key(
    tmp_path: Path,
) -> None:
    # A field of an unexpected shape is a warning, never a refused file (OKR trial, 2026-11-30).
    path = tmp_path / "okrs.yaml"
    path.write_text("objectives:\n  - id: O1\n    title: T\n    key_results:\n"
                    "      - id: K\n        title: T\n        examples: {a: 1}\n", encoding="utf-8")
    okrs = load_okrs(path)
    assert okrs.objectives[0].key_results[0].examples == []
    assert [(w.line, w.key) for w in okrs.warnings] == [(7, "examples")]


def test_a_correction_needs_text_and_a_consistent_answer() -> None:
    with pytest.raises(ValueError, match="item's text"):
        Correction(item_id="A", verdict=Verdict.ALIGNED, krs=["O1.KR1"])
    with pytest.raises(ValueError, match="misaligned only"):
        Correction(item_id="A", title="t", verdict=Verdict.ALIGNED, kind=Reason.ORPHAN)
    with pytest.raises(ValueError, match="not unclear"):
        Correction(item_id="A", title="t", verdict=Verdict.UNCLEAR)
    one = _confirm(["x"], Verdict.ALIGNED, ["O1.KR1"], "A")
    assert learned_version([]) is None
    other = _confirm(["x"], Verdict.ALIGNED, ["O1.KR2"], "A")
    assert learned_version(one) != learned_version(other)


@pytest.mark.parametrize(("fraction", "folds"), [(0.2, 5), (0.5, 2), (0.8, 5)])
def test_every_item_is_judged_once_with_the_fraction_of_other_folds_confirmed(
    fraction: float, folds: int
) -> None:
    plan = fold_plan(100, fraction)
    assert len(plan) == folds
    judged = np.concatenate([j for j, _ in plan])
    assert sorted(judged.tolist()) == list(range(100))
    for fold, confirmed in plan:
        assert len(confirmed) == round(fraction * 100)
        assert not set(fold.tolist()) & set(confirmed.tolist())
    assert [c.tolist() for _, c in plan] == [c.tolist() for _, c in fold_plan(100, fraction)]


@pytest.mark.parametrize("fraction", [0.0, 1.0, -0.2])
def test_a_fraction_outside_zero_to_one_is_refused(fraction: float) -> None:
    with pytest.raises(InputError, match="between 0 and 1"):
        fold_plan(10, fraction)


def test_feedback_evaluation_judges_every_item_with_confirmations_from_other_folds(
    example_run: ExampleRun, embedder: OnnxEmbedder
) -> None:
    from checker.evaluation.scores import load_eval_inputs
    from tests.helpers import EXAMPLE

    proposals, labels = load_eval_inputs(EXAMPLE)
    assessed = assess_with_feedback(example_run.checker, proposals, labels, 0.5)
    assert [a.result.id for a in assessed] == [p.id for p in proposals]
    for a in assessed:
        rested_on = {c["id"] for c in a.result.details.get("learned", {}).get("confirmed", [])}
        assert a.result.id not in rested_on  # an item never learns from its own label


def test_a_key_result_prototype_is_its_confirmed_items_and_its_own_text() -> None:
    # Two key results along axes 0 and 1; one item confirmed on the first, along axis 2.
    kr_vectors = np.eye(4, dtype=np.float32)[:2]
    confirmed = _confirm(["x"], Verdict.ALIGNED, ["O1.KR1"], "A")
    memory = ConfirmationMemory(confirmed, np.eye(4, dtype=np.float32)[[2]], ["O1.KR1", "O1.KR2"])
    before = memory._centroid_match(np.eye(4, dtype=np.float32)[1])
    assert before.tolist() == [0.0, 0.0]  # no prototype for a key result nobody confirmed
    memory.with_strategy(kr_vectors)
    half = float(np.sqrt(0.5))
    expected = np.array([[half, 0.0, half, 0.0], [0.0, 1.0, 0.0, 0.0]])
    np.testing.assert_allclose(memory.centroids, expected, atol=1e-6)
    assert memory.support.tolist() == [2.0, 1.0]  # the text counts as one confirmed item
    # Work worded as the unconfirmed key result now leans to it, and only to it.
    match = memory._centroid_match(np.eye(4, dtype=np.float32)[1])
    assert match[1] == pytest.approx(1.0) and match[0] == 0.0
