"""The metric rule (checker/embedded/metrics.py) against a labelled set of spec sentences.

tests/data/metrics/sentences.jsonl: 826 sentences written in the style of specs, tickets, PRs and
PRDs from many domains, each labelled whether it names an outcome it will move.
- `tune` (666): the sentences the rule was built and tuned on, both ways; among them four
  earlier held-out sets, each moved here once it had been seen while fixing its misses (first
  run: 0.943; 0.856 by a second author; 0.910 by a third; 0.931 on 160 by a fourth), and 43
  sentences the lead wrote for the kinds of the third and fourth sets' misses.
- `held_out` (160): a fifth set, by a helper who saw neither the rule nor the other sets, after
  the fourth set's fixes, run once: 0.881 (the rule before the third set's fixes scored 0.831 on
  it, after them 0.863). Its misses are mostly directions said in prose about counted things
  ("reduce mis-sorts", "fewer failed payouts" mid-sentence, "call volume ... goes down", "the
  share who publish ... to go up", "time ... is shorter", "Reduce that to 4 weeks"), and three
  rules read as targets ("flag claims over $10,000", an HPA target, an SLA setting changed
  "from 4h to 2h"). The goal is 0.95; the floor below is what was measured, so a change that
  makes it worse fails.
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
# held_out: the honest figure measured once (0.881), below the 0.95 goal; see the docstring.
GOAL = {"tune": 0.95, "held_out": 0.88}


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
    assert len(rows) >= 50
    assert accuracy >= GOAL[split]


def test_the_set_is_big_enough_and_both_ways() -> None:
    rows = _rows("tune") + _rows("held_out")
    assert len(rows) >= 150
    assert 0.4 < sum(bool(r["names_metric"]) for r in rows) / len(rows) < 0.6


@pytest.mark.parametrize("run", [",".join(str(i % 10) for i in range(10_000)), "1" * 20_000,
                                 "1.2." * 5_000, "from 1 to " * 2_000, "9.9% or better " * 1_300])
def test_the_rule_reads_a_pasted_run_of_numbers_in_linear_time(run: str) -> None:
    """An item body may hold a CSV or a JSON array of numbers (20,000 characters is the API's
    cap): a pattern that rescans a number run from every position took 13-76 s on these."""
    started = time.perf_counter()
    names_metric(run[:20_000], METRICS, KR_IDS)
    assert time.perf_counter() - started < 1.0
