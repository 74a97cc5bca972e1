"""The metric rule (checker/embedded/metrics.py) against a labelled set of spec sentences.

tests/data/metrics/sentences.jsonl: 1503 sentences written in the style of specs, tickets, PRs
and PRDs from many domains, each labelled whether it names an outcome it will move.
- `tune` (1183): the sentences the rule was built and tuned on, both ways; among them six earlier
  held-out sets, each moved here once it had been seen while fixing its misses, and 64
  sentences the lead wrote for the kinds of their misses, both ways. Each set, when first run
  (author: a different helper each time, who saw neither the rule nor the other sets): 0.943;
  0.856; 0.910; 0.931 (160); 0.881 (160); 0.844 and 0.919 (160 each, two authors, one rule).
  Three tune sentences stay wrong (a typo'd "abandonmnet", "raise gift-aid declaration
  capture", a patch-policy deadline).
- `held_out` (320): a seventh and an eighth set, 160 each by two more helpers, each run once on
  the same final rule: 0.925 and 0.900, 0.912 together (the rule at the start of 2026-11-30:
  0.850 and 0.812). Their misses: targets said as a state ("failed syncs at zero", "CSAT to
  4.5+", "We want 14"), directions through a pronoun or a bare "down" ("so fewer of them walk
  away", "lift it", "we want the query rate down", "get the bill down"), movements the rule
  does not know ("recover more failed renewals", "deflect contacts", "raise daily
  attendance", "conversion to double", "+10% new funded accounts", "grow basket size"), and
  five read as outcomes: "feel snappier" twice (an earlier author labelled "feel faster" the
  other way), a CI gate on coverage, a range of APRs a calculator covers, "invoices over $10k".
  The goal is 0.95; the floor below is what was measured, so a change that makes it worse
  fails.
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
# held_out: the honest figure measured once (0.912), below the 0.95 goal; see the docstring.
GOAL = {"tune": 0.95, "held_out": 0.91}


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
