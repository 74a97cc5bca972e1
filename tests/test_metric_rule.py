"""The metric rule (checker/embedded/metrics.py) against a labelled set of spec sentences.

tests/data/metrics/sentences.jsonl: 2875 sentences written in the style of specs, tickets, PRs
and PRDs from many domains, each labelled whether it names an outcome it will move.
- `tune` (2235): the sentences the rule was built and tuned on, both ways: twelve earlier
  held-out sets (160 each from the fourth on), each moved here once it had been seen while
  fixing its misses; 131 sentences the lead wrote for the kinds of their misses; 25 reviewers
  found a day's rule misreading. Each held-out set, when first run (a different helper each
  time, who saw neither the rule nor the other sets): 0.943; 0.856; 0.910; 0.931; 0.881; 0.844
  and 0.919 (one rule); 0.925 and 0.900 (one rule); 0.925 and 0.969 (one rule); 0.906 and
  0.963 (one rule). Seven tune sentences stay wrong (`KNOWN_WRONG` below); any other miss
  fails the test.
- `held_out` (640): the fourteenth to seventeenth sets, 160 each by four more helpers, each
  run once on the same rule (the one committed with the first two): 0.912, 0.900, 0.894,
  0.887; 0.898 together. The rule before the twelfth and thirteenth sets' kinds were fixed
  scored the fourteenth and fifteenth the same (0.906 the pair): those fixes did not carry
  over to new authors. The misses: arrows and signs ("time-to-hire ↓ 20%", "+2pts"), a
  pronoun or a noun phrase for the direction ("move it up", "the number we're going after"),
  metric abbreviations the rule does not know (MTBF, DSO, AHT), and settings moved like
  outcomes ("shorten the free trial from 30 to 14 days", "lower the fraud score cutoff").
  Over the last ten unseen sets the rule of its day scored 0.887 to 0.969, 0.918 on average:
  the 0.95 goal is not met (bench/metric_learned_baseline.py compares a learned reading).
  The floor below is what was measured, so a change that makes it worse fails.
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
# held_out: measured once (0.898), below the 0.95 goal.
HELD_OUT_FLOOR = 0.89
# The tune sentences the rule still gets wrong, each a kind it does not read: a typo, an
# unusual quantity ("declaration capture", "non-revenue water"), a target said as a state
# ("at zero", "We want 14"), a deadline policy, "reports of fake accounts" (a plural after a
# preposition, which the rule stops at since "reduce padding on mobile cards" is no outcome).
KNOWN_WRONG = {
    "Mobile web checkout forces account creation. Allow guest checkout to reduce checkout "
    "abandonmnet.",
    "Raise gift-aid declaration capture on the donation form.",
    "Laptops must install critical patches within 7 days or lose VPN access.",
    "Escalation: Acme Logistics reports invoice sync failing nightly. Need failed syncs at zero "
    "before their renewal on the 30th.",
    "Fake profiles are getting through signup. Add selfie verification to cut reports of fake "
    "accounts.",
    "Time-to-hire for warehouse roles is 23 days today. We want 14. Start with auto-scheduling "
    "interviews from the application form.",
    "Zone 4 loses a lot of water before it reaches meters. Add pressure sensor alerts on mains to "
    "reduce non-revenue water there.",
}


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
        assert {str(r["text"]) for r in wrong} <= KNOWN_WRONG
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
                                 "a-" * 9_990 + "rate", "O1.KR1 a-b-c. " * 1_500])
def test_the_rule_reads_a_pasted_run_of_numbers_in_linear_time(run: str) -> None:
    """An item body may hold a CSV, a JSON array of numbers, a table or a diagram (20,000
    characters is the API's cap): a pattern that rescans a run from every position took 13-76 s
    on the numbers, and 9-60 s on the newlines, bullets, hyphens and tables (found by review)."""
    started = time.perf_counter()
    names_metric(run[:20_000], METRICS, KR_IDS)
    assert time.perf_counter() - started < 1.0
