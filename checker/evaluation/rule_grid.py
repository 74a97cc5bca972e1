"""Which items each escalation rule of a grid sends to the LLM, for all rules at once.

`reasons_for` (checker/llm/escalation.py) asks one rule about one item; choosing a rule asks
4,480 rules about every labelled item, once per left-out workspace. Item by item that was
billions of calls over 130 workspaces (a fit ran for hours); here each of a rule's lines is one
array comparison over the items, and a rule's items are the union of its lines' items.
`sent_matrix` answers exactly what `reasons_for` does (a test holds them together).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from checker.llm.escalation import Signals
from checker.thresholds import EscalationRule


def sent_matrix(signals: Sequence[Signals], rules: Sequence[EscalationRule]) -> np.ndarray:
    """bool (len(rules), len(signals)): whether rule r escalates item i, as `bool(reasons_for(
    signals[i], rules[r]))`."""
    flagged = np.array([bool(s.flags) or s.unclear for s in signals], dtype=bool)
    conflict = np.array([s.conflict for s in signals], dtype=bool)
    gap = np.array([s.conflict_gap for s in signals], dtype=np.float64)
    orphan = np.array([s.orphan_distance for s in signals], dtype=np.float64)
    kr_margin = np.array([s.kr_margin for s in signals], dtype=np.float64)
    # (an unclear verdict's confidence is not read)
    low = np.array([np.inf if s.unclear else s.confidence for s in signals], dtype=np.float64)
    never = np.zeros(len(signals), dtype=bool)
    # each line once per value it takes in the grid (a grid repeats each value many times)
    conflicts = {(said, near): (conflict & said) | (never if near is None else gap > -near)
                 for said, near in {(r.conflict_verdict, r.conflict_gap) for r in rules}}
    orphans = {band: orphan < band for band in {r.orphan_band for r in rules}}
    close_krs = {least: kr_margin < least for least in {r.kr_margin for r in rules}}
    unsure = {least: low < least for least in {r.min_confidence for r in rules}}
    out = np.empty((len(rules), len(signals)), dtype=bool)
    for r, rule in enumerate(rules):
        out[r] = (flagged | conflicts[(rule.conflict_verdict, rule.conflict_gap)]
                  | orphans[rule.orphan_band] | close_krs[rule.kr_margin]
                  | unsure[rule.min_confidence])
    return out
