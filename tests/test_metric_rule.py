"""The metric rule (checker/embedded/metrics.py) against a labelled set of spec sentences.

tests/data/metrics/sentences.jsonl: 363 sentences written in the style of specs, tickets, PRs and
PRDs from many domains, each labelled whether it names an outcome it will move.
- `tune` (273): the sentences the rule was built and tuned on, both ways; among them the first
  held-out set (53), moved here once it had been seen while fixing its misses.
- `held_out` (90): a fresh set written by another author after the rule was final, run once.
  Measured then: 0.856 (13 wrong: targets phrased as "past half of", "down to single digits",
  "41% today, 50% by end of season", "under the 0.9% threshold"; quantities the rule does not
  know, "pallets scanned per hour", "course completion", "attrition", "peak memory", "dropped
  frames"; "Faster time to first byte"; and three config or version changes read as targets,
  "Bump axios from 0.27.2 to 1.6.0", "at most 50 results per page", "timeout from 15 to 30
  minutes"). The goal is 0.95; the held-out floor below is what was measured, so a change that
  makes it worse fails, and a rule that meets the goal must be measured on a new unseen set.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from checker.embedded.metrics import names_metric

SENTENCES = Path(__file__).parent / "data" / "metrics" / "sentences.jsonl"
# The example's key results, so "a KR metric or its synonyms" has something to match.
KR_IDS = ["O1.KR1", "O1.KR2", "O2.KR1", "O2.KR2", "O3.KR1", "O3.KR2"]
METRICS = ["order_to_ready_minutes", "click_collect_share", "active_trade_accounts",
           "trade_repeat_rate", "inventory_accuracy", "out_of_stock_cancellation_rate"]
# held_out: the honest figure measured once (0.856), below the 0.95 goal; see the docstring.
GOAL = {"tune": 0.95, "held_out": 0.85}


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
