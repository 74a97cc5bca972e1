"""Would a reading learned from labelled backlog items name metrics better than the rule, on
organisations it never saw?

    cd bench && python metric_learned_items.py [EVAL_DIR ...]   (default: every set in bench/eval)

Each organisation's labelled items are read as the engine reads them (title and body, any
instruction to a reviewer set aside), with their `states_metric` labels. The learned reading is a
bag-of-words logistic regression (`metric_learned_baseline.fit_matrix`: word unigrams and bigrams,
digits folded, hashed into 2**12 columns), trained on the items of other organisations only: ten
folds by organisation, an organisation's fold fixed by its sorted position. It prints accuracy
against the labels, over all items:

- `rule today`: the rule as the engine applies it now (tuned on these very organisations, so its
  figure is the optimistic one);
- `learned alone`: the learned reading, on organisations it was not trained on.

Then, on the organisations of `bench/data/metric_first_runs.jsonl` (the rule's answers the first
time it saw each one, before anything of it was read, with the commit of each run: the fair
measure of the rule on unseen writing): the first run; the learned reading alone; the learned
reading overriding the first run where it is at least 80% or 90% sure; and a stacked reading (the
first run's answer and the learned probability as two columns, trained leave one organisation
out over the first-run organisations). The learned reading is a measurement, not part of the
product: stratalign ships the rule.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
from metric_learned_baseline import fit_matrix, matrix

from checker.embedded.flags import NO_METRIC, prose, text_flags
from checker.evaluation.scores import load_eval_inputs
from checker.screening.injection import screen
from checker.screening.language import read_language
from index.okrs import load_okrs

ROOT = Path(__file__).resolve().parents[1]
FIRST_RUNS = ROOT / "bench" / "data" / "metric_first_runs.jsonl"
COLUMNS = 1 << 12
FOLDS = 10
Item = tuple[str, str, str, bool, bool]


def _organisation(folder: Path) -> list[Item]:
    """(organisation, item id, text, label, rule's answer today) of each labelled item."""
    okrs = load_okrs(folder / "okrs.yaml")
    krs = [kr for objective in okrs.objectives for kr in objective.key_results]
    metrics, kr_ids = [kr.metric for kr in krs if kr.metric], [kr.id for kr in krs]
    proposals, labels = load_eval_inputs(folder)
    stated = {lab.id: lab.states_metric for lab in labels if lab.states_metric is not None}
    rows: list[Item] = []
    for proposal in proposals:
        if proposal.id in stated:
            text = screen(proposal.text).text
            flags = text_flags(text, kr_ids, metrics, read_language(prose(text)), 99)
            rows.append((folder.name, proposal.id, text, bool(stated[proposal.id]),
                         NO_METRIC not in flags))
    return rows


def _probabilities(x: np.ndarray, y: np.ndarray, groups: np.ndarray, fold_of: dict[str, int],
                   l2: float) -> np.ndarray:
    p = np.zeros(len(y))
    fold = np.array([fold_of[g] for g in groups])
    for k in sorted(set(fold)):
        test = fold == k
        w = fit_matrix(x[~test], y[~test], l2, steps=300)
        p[test] = 1 / (1 + np.exp(-(x[test] @ w[:-1] + w[-1])))
    return p


def main(folders: list[Path]) -> None:
    rows = [row for folder in folders for row in _organisation(folder)]
    names = np.array([r[0] for r in rows])
    y = np.array([r[3] for r in rows], dtype=np.float64)
    rule = np.array([r[4] for r in rows], dtype=np.float64)
    x = matrix([r[2] for r in rows], COLUMNS)
    fold_of = {name: i % FOLDS for i, name in enumerate(sorted(set(names)))}
    learned = _probabilities(x, y, names, fold_of, l2=0.5)
    print(f"{len(rows)} items of {len(fold_of)} organisations; learned: trained on other folds")
    print(f"  rule today (tuned on them)  {np.mean(rule == y):.3f}")
    print(f"  learned alone               {np.mean((learned > 0.5) == y):.3f}")
    _first_runs(rows, y, learned)


def _first_runs(rows: list[Item], y: np.ndarray, learned: np.ndarray) -> None:
    first = {(r["organisation"], r["id"]): r["names_metric"]
             for r in map(json.loads, FIRST_RUNS.read_text(encoding="utf-8").splitlines())}
    seen = np.array([(r[0], r[1]) in first for r in rows])
    if not seen.any():
        return
    said = np.array([first.get((r[0], r[1]), False) for r in rows], dtype=np.float64)[seen]
    truth, p = y[seen], learned[seen]
    names = np.array([r[0] for r in rows])[seen]
    print(f"{int(seen.sum())} items of {len(set(names))} organisations at their first run")
    print(f"  rule, first run             {np.mean(said == truth):.3f}")
    print(f"  learned alone               {np.mean((p > 0.5) == truth):.3f}")
    for sure in (0.8, 0.9):
        overridden = np.where(p >= sure, 1.0, np.where(p <= 1 - sure, 0.0, said))
        print(f"  learned overrides at {sure:.0%}    {np.mean(overridden == truth):.3f}")
    stack = np.column_stack([2 * said - 1, 2 * p - 1]) * 3
    own = {name: i for i, name in enumerate(sorted(set(names)))}
    stacked = _probabilities(stack, truth, names, own, l2=1.0)
    print(f"  stacked (leave one out)     {np.mean((stacked > 0.5) == truth):.3f}")


if __name__ == "__main__":
    given = [Path(a) for a in sys.argv[1:]]
    main(given or sorted(p for p in (ROOT / "bench" / "eval").iterdir() if p.is_dir()))
