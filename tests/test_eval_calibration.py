"""`stratalign eval` on the example workspace: the reliability table and what `auto` would
escalate, both read back against the answer key by hand."""

from __future__ import annotations

import json

from checker.evaluation.run import run
from checker.evaluation.scores import load_eval_inputs
from checker.llm.escalation import escalation_reasons
from tests.helpers import EXAMPLE, ExampleRun


def test_the_reliability_table_counts_what_the_labels_say(example_run: ExampleRun) -> None:
    table = run(EXAMPLE, example_run.checker, example_run.services, None, 6000)
    _, labels = load_eval_inputs(EXAMPLE)
    truth = {label.id: label.verdict for label in labels}
    results = [example_run.results[label.id] for label in labels]
    committed = [r for r in results if r.verdict != "unclear"]
    assert table.reliability.committed == len(committed)
    assert table.reliability.abstained == len(results) - len(committed)
    for b in table.reliability.bins:
        mine = [r for r in committed
                if b.low <= r.confidence < b.high or (b.high == 1.0 and r.confidence == 1.0)]
        assert b.count == len(mine)
        if mine:
            right = sum(r.verdict == truth[r.id] for r in mine) / len(mine)
            assert b.accuracy == right
    assert json.loads(table.json)["reliability"]["committed"] == len(committed)


def test_auto_counts_every_answer_score_py_counts_against_the_engine(
    example_run: ExampleRun,
) -> None:
    table = run(EXAMPLE, example_run.checker, example_run.services, None, 6000)
    proposals, labels = load_eval_inputs(EXAMPLE)
    by_id = {label.id: label for label in labels}
    wrong, sent = set(), set()
    for a in example_run.checker.assess_many(proposals):
        r, label = a.result, by_id[a.proposal.id]
        top_wrong = (label.verdict == "aligned" and bool(label.krs)
                     and (not r.impacted or r.impacted[0].kr_id not in label.krs))
        reason_wrong = r.verdict == "misaligned" and bool(label.kind) and r.reason != label.kind
        if r.verdict != label.verdict or reason_wrong or top_wrong:
            wrong.add(r.id)
        if escalation_reasons(a):
            sent.add(r.id)
    figures = table.escalation
    assert figures.items == len(labels) and figures.errors == len(wrong)
    assert figures.escalated == round(len(sent) / len(labels), 3)
    if wrong:
        assert figures.errors_escalated == round(len(sent & wrong) / len(wrong), 3)
    # every aligned item that loses kr_top1 is among the wrong answers
    ours = next(iter(table.rows.values()))
    aligned = [label for label in labels if label.verdict == "aligned" and label.krs]
    assert ours.kr_top1 is not None
    assert len(aligned) - round(ours.kr_top1 * len(aligned)) <= figures.errors


def test_reachable_is_the_most_a_rule_that_knew_the_answers_could_catch() -> None:
    from checker.evaluation.llm_path import reachable

    # kubernetes as measured: wrong on 338 of 645, 40% may go: 258 of 338 at most
    assert reachable(338, 645, 0.4) == round(258 / 338, 3)
    assert reachable(10, 60, 0.4) == 1.0  # fewer wrong answers than the budget
    assert reachable(0, 60, 0.4) is None
    assert reachable(24, 60, 0.4) == 1.0  # exactly the budget
    # 0.29 * 100 is 28.999999999999996 in floats: the budget is 29 items, not 28
    assert reachable(40, 100, 0.29) == round(29 / 40, 3)
    assert reachable(5000, 12496, 0.4) == 0.999  # 4,998 of 5,000: short of all, said so


def test_eval_says_when_no_rule_could_catch_every_wrong_answer() -> None:
    from io import StringIO

    from rich.console import Console

    from checker.cli.render import print_escalation
    from checker.evaluation.llm_path import Escalation, reachable

    out = StringIO()
    figures = Escalation(items=645, escalated=0.33, errors=338, errors_escalated=0.46,
                         verdict_errors=18, verdict_errors_escalated=0.11, ranking_errors=320,
                         ranking_errors_escalated=0.48, errors_reachable=reachable(338, 645))
    print_escalation(figures, Console(file=out, width=300))
    assert "no rule could hold more than 0.763 of its wrong answers" in out.getvalue()
    out = StringIO()
    print_escalation(figures.model_copy(update={"errors_reachable": 1.0}),
                     Console(file=out, width=300))
    assert "no rule could" not in out.getvalue()


def test_eval_lists_each_item_judged_otherwise_than_the_key(example_run: ExampleRun) -> None:
    """Every item whose verdict, reason or first key result differs from labels.jsonl is listed,
    and no other (a newcomer saw 1.000 in every column while one verdict was wrong)."""
    table = run(EXAMPLE, example_run.checker, example_run.services, None, 6000)
    _, labels = load_eval_inputs(EXAMPLE)
    listed = {d.id: d for d in table.disagreements}
    for label in labels:
        r = example_run.results[label.id]
        first = r.impacted[0].kr_id if r.impacted else None
        differs = (r.verdict != label.verdict
                   or (label.verdict == "misaligned" and r.reason != label.kind)
                   or (label.verdict == "aligned" and bool(label.krs) and first not in label.krs))
        assert (label.id in listed) is differs, label.id
        if differs:
            assert listed[label.id].expected.startswith(label.verdict)
            assert listed[label.id].got.startswith(r.verdict)
    assert json.loads(table.json)["disagreements"] == [d.model_dump() for d in table.disagreements]


def test_an_item_labelled_unclear_and_called_aligned_is_listed_though_every_score_is_perfect(
) -> None:
    from checker.evaluation.scores import Label, disagreements, score
    from checker.models import CheckResult

    def result(item_id: str, verdict: str, kr: str) -> CheckResult:
        return CheckResult.model_validate({
            "id": item_id, "verdict": verdict, "reason": None, "flags": [], "rationale": "r",
            "strategy_version": "v", "engine": "embedded",
            "impacted": [{"kr_id": kr, "objective_id": kr[:2], "title": "t", "score": 0.5}]})

    labels = [Label(id="A", verdict="aligned", krs=["O1.KR1"]),
              Label(id="B", verdict="unclear")]
    results = [result("A", "aligned", "O1.KR1"), result("B", "aligned", "O1.KR2")]
    figures = score(labels, results)
    assert figures.kr_top1 == 1.0 and figures.missing_results == 0
    assert [(d.id, d.expected, d.got) for d in disagreements(labels, results)] == [
        ("B", "unclear", "aligned O1.KR2")]


def test_a_small_run_says_its_calibration_figures_say_little() -> None:
    """A newcomer read "bins of 10+ verdicts off by more than 0.1: 0; ... none in 100% of runs"
    on the shipped example, where no bin held 10 verdicts, and set its ECE over 11 verdicts
    beside the README's figure."""
    from io import StringIO

    from rich.console import Console

    from checker.cli.render import print_reliability
    from checker.evaluation.calibration import Reliability, ReliabilityBin

    small = Reliability(
        bins=[ReliabilityBin(low=0.8, high=0.9, count=6, confidence=0.85, accuracy=0.5),
              ReliabilityBin(low=0.9, high=1.0, count=5, confidence=0.95, accuracy=1.0)],
        ece=0.135, committed=11, abstained=1, chance_no_miss=1.0)
    out = StringIO()
    print_reliability(small, Console(file=out, width=200))
    said = out.getvalue()
    assert "over 11 verdicts; 1 unclear; too few verdicts for calibration to say much" in said
    assert "no confidence bin holds 10 or more verdicts, so none is tested" in said
    assert "bins of 10+" not in said
