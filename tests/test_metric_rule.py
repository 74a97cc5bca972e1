"""The metric rule (checker/embedded/metrics.py) against a labelled set of spec sentences.

tests/data/metrics/sentences.jsonl: 2180 sentences written in the style of specs, tickets, PRs
and PRDs from many domains, each labelled whether it names an outcome it will move.
- `tune` (1860): the sentences the rule was built and tuned on, both ways; among them ten earlier
  held-out sets, each moved here once it had been seen while fixing its misses, and 101
  sentences the lead wrote for the kinds of their misses, both ways. Each set, when first run
  (author: a different helper each time, who saw neither the rule nor the other sets): 0.943;
  0.856; 0.910; 0.931 (160); 0.881 (160); 0.844 and 0.919 (160 each, two authors, one rule);
  0.925 and 0.900 (one rule); 0.925 and 0.969 (one rule). Three tune sentences stay wrong (a
  typo'd "abandonmnet", "raise gift-aid declaration capture", a patch-policy deadline).
- `held_out` (320): an eleventh and a twelfth set, 160 each by two more helpers, each run once
  on the same final rule: 0.906 and 0.963, 0.934 together (the rule at the start of 2026-11-30:
  0.800 and 0.912). Their misses: hypotheses and expected effects the rule does not read
  ("Hypothesis: higher quote→consult conversion", "more weekly lineup edits per active
  manager", "recovers ~5% of abandoned quotes", "should shave avg customs docs prep time",
  "climbs back up", "recovers to last month's 82%", "way down", "zero wrong-blood-in-tube
  events", "from ~6GB to <500MB", "from avg 2.3 rounds to 1.5", "Get 30% of active drivers
  onto ..."), and five numbers read as targets (a fleet "going from 120 to 200 cars", a
  commission "8% → 6%", a "+35% surcharge", date ranges "from 1 to 90 days", an approval
  threshold "refunds above $500"). Over the last six unseen sets the rule of its day scored
  0.90 to 0.97 (about 0.94 on average): the 0.95 goal is not met. The floor below is what was
  measured, so a change that makes it worse fails.
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
# held_out: the honest figure measured once (0.934), below the 0.95 goal; see the docstring.
GOAL = {"tune": 0.95, "held_out": 0.93}


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
