"""The metric rule (checker/embedded/metrics.py) against a labelled set of spec sentences.

tests/data/metrics/sentences.jsonl: 3192 sentences written in the style of specs, tickets, PRs
and PRDs from many domains, each labelled whether it names an outcome it will move.
- `tune` (2875): the sentences the rule was built and tuned on, both ways: sixteen earlier
  held-out sets (160 each from the fourth on), each moved here once it had been seen while
  fixing its misses; 131 sentences the lead wrote for the kinds of their misses; 25 reviewers
  found a day's rule misreading. Each held-out set, when first run (a different helper each
  time, who saw neither the rule nor the other sets): 0.943; 0.856; 0.910; 0.931; 0.881; 0.844
  and 0.919 (one rule); 0.925 and 0.900 (one rule); 0.925 and 0.969 (one rule); 0.906 and
  0.963 (one rule); 0.912, 0.900, 0.894 and 0.887 (one rule). Seventeen tune sentences stay
  wrong, each marked `known_wrong` in the data; any other miss fails the test.
- `held_out` (317): the eighteenth and nineteenth sets, 160 each by two more helpers (three
  sentences that repeat tune ones left out). Run once on the rule of 2026-11-30 (before the
  sixteenth and seventeenth sets' kinds were fixed): 0.919 and 0.925; on this rule 0.934
  together. The fixes of that round (arrows and signs such as "time-to-hire ↓ 20%" and
  "+2pts", metric abbreviations such as MTBF, DSO and AHT, "per cent", "back to last year's
  level", "toward 1%", settings moved like outcomes such as "shorten the free trial from 30
  to 14 days") took the sixteenth and seventeenth sets from 0.898 to 0.973, and the held-out
  pair from 0.922 to 0.934: again, most of a round's gain does not carry over to new authors.
  Over the last twelve unseen sets the rule of its day scored 0.887 to 0.969, 0.919 on
  average: the 0.95 goal is not met (bench/metric_learned_baseline.py compares a learned
  reading). The floor below is what was measured, so a change that makes it worse fails.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from checker.embedded.metrics import names_metric

SENTENCES = Path(__file__).parent / "data" / "metrics" / "sentences.jsonl"
# The example's key results, so "a KR metric or its synonyms" has something to match.
KR_IDS = ["O1.KR1", "O1.KR2", "O2.KR1", "O2.KR2", "O3.KR1", "O3.KR2"]
METRICS = ["order_to_ready_minutes", "click_collect_share", "active_trade_accounts",
           "trade_repeat_rate", "inventory_accuracy", "out_of_stock_cancellation_rate"]
# held_out: 0.919 and 0.925 by the rule of the day before (one run, before this round's fixes),
# 0.934 together by this rule; below the 0.95 goal.
HELD_OUT_FLOOR = 0.93


def _rows(split: str) -> list[dict[str, object]]:
    rows = [json.loads(line) for line in SENTENCES.read_text(encoding="utf-8").splitlines()]
    return [r for r in rows if r["split"] == split]


@pytest.mark.parametrize("split", ["tune", "held_out"])
def test_the_metric_rule_agrees_with_the_labels(split: str) -> None:
    rows = _rows(split)
    wrong = [r for r in rows
             if names_metric(str(r["text"]), METRICS, KR_IDS) != r["names_metric"]]
    accuracy = 1 - len(wrong) / len(rows)
    print(f"\nno_metric rule on {split}: accuracy {accuracy:.3f} on {len(rows)} sentences")
    for r in wrong:
        print(f"  expected names_metric={r['names_metric']}: {r['text']}")
    assert len(rows) >= 300
    if split == "tune":
        # (each a kind the rule does not read, marked `known_wrong` in the data: a typo, an
        # unusual quantity such as "non-revenue water", a target said as a state, "unless"
        # clauses read as triggers, "the number we're going after")
        assert all(r.get("known_wrong") for r in wrong)
        # a new mark is a visible change, not a quiet way to pass
        assert sum(bool(r.get("known_wrong")) for r in rows) == 17
    else:
        assert accuracy >= HELD_OUT_FLOOR


def test_the_set_is_big_enough_and_both_ways() -> None:
    rows = _rows("tune") + _rows("held_out")
    assert len(rows) >= 150
    assert 0.4 < sum(bool(r["names_metric"]) for r in rows) / len(rows) < 0.6


@pytest.mark.parametrize("run", [",".join(str(i % 10) for i in range(10_000)), "1" * 20_000,
                                 "1.2." * 5_000, "from 1 to " * 2_000, "9.9% or better " * 1_300,
                                 "\n" * 20_000, "- \n" * 7_000, "a-" * 10_000, "cut it. " * 2_500,
                                 "+----+----+\n|    |    |\n" * 900, "|---|---|\n" * 2_300,
                                 "a-" * 9_990 + "rate", "O1.KR1 a-b-c. " * 1_500, "5% " * 7_000,
                                 "a-to-b " * 3_000, "+€1 " * 5_000, "get a " * 4_000])
def test_the_rule_reads_a_pasted_run_of_numbers_in_linear_time(run: str) -> None:
    """An item body may hold a CSV, a JSON array of numbers, a table or a diagram (20,000
    characters is the API's cap): a pattern that rescans a run from every position took 13-76 s
    on the numbers, and 9-60 s on the newlines, bullets, hyphens and tables (found by review)."""
    started = time.perf_counter()
    names_metric(run[:20_000], METRICS, KR_IDS)
    assert time.perf_counter() - started < 1.0
