"""The metric rule against a learned baseline: a bag-of-words logistic regression trained on
the same labelled sentences the rule was tuned on.

    python bench/metric_learned_baseline.py [EVAL_DIR/harbor-health EVAL_DIR/lumen-devtools ...]

Trains on `tune` of tests/data/metrics/sentences.jsonl (word unigrams and bigrams, digits
folded to one token, hashed into 2**14 columns, L2 weight 1, 400 full-batch Adam steps from
zero: the same inputs give the same figures) and prints, for the rule (`names_metric`) and the
baseline, the accuracy on `held_out` (sentences by authors neither ever saw) and on the
`states_metric` labels of each evaluation workspace given (title and body of each item). The
baseline is a measurement, not part of the product: it tells whether a learned reading would
generalise better than the hand-written phrasings.
"""

from __future__ import annotations

import itertools
import json
import re
import sys
import zlib
from pathlib import Path

import numpy as np

from checker.embedded.metric import names_metric
from checker.evaluation.scores import load_eval_inputs

SENTENCES = Path(__file__).resolve().parents[1] / "tests" / "data" / "metrics" / "sentences.jsonl"
COLUMNS = 1 << 14
_TOKEN = re.compile(r"[a-z]+|\d+|[%→↓↑<>+~-]")


def _columns(text: str) -> set[int]:
    tokens = ["<s>", *("#" if t.isdigit() else t for t in _TOKEN.findall(text.lower())), "</s>"]
    grams = [f"u:{t}" for t in tokens] + [f"b:{a} {b}" for a, b in itertools.pairwise(tokens)]
    return {zlib.crc32(g.encode()) % COLUMNS for g in grams}


def matrix(texts: list[str], columns: int = COLUMNS) -> np.ndarray:
    """(len(texts), columns) float32 of 0/1: which hashed unigrams and bigrams each text has."""
    x = np.zeros((len(texts), columns), dtype=np.float32)
    for i, text in enumerate(texts):
        x[i, [c % columns for c in _columns(text)]] = 1.0
    return x


def fit(texts: list[str], labels: list[bool], l2: float = 1.0, steps: int = 400) -> np.ndarray:
    """Weights (COLUMNS + 1,), the last one the bias, of an L2 logistic regression."""
    return fit_matrix(matrix(texts), np.asarray(labels, dtype=np.float64), l2, steps)


def fit_matrix(x: np.ndarray, y: np.ndarray, l2: float = 1.0, steps: int = 400) -> np.ndarray:
    """Weights (columns + 1,), the last one the bias, of an L2 logistic regression on x (n, columns)
    and 0/1 labels y (n,): full-batch Adam from zero, summed log loss plus l2/2 |w|^2."""
    # (once: a float32 matrix times the float64 weights was upcast at every step)
    x = np.asarray(x, dtype=np.float64)
    w, m, v = (np.zeros(x.shape[1] + 1) for _ in range(3))
    for t in range(1, steps + 1):
        p = 1 / (1 + np.exp(-(x @ w[:-1] + w[-1])))
        g = np.append(x.T @ (p - y) + l2 * w[:-1], np.sum(p - y))
        m, v = 0.9 * m + 0.1 * g, 0.999 * v + 0.001 * g * g
        w -= 0.05 * (m / (1 - 0.9**t)) / (np.sqrt(v / (1 - 0.999**t)) + 1e-8)
    return w


def predict(w: np.ndarray, texts: list[str]) -> list[bool]:
    return [bool(z > 0) for z in matrix(texts) @ w[:-1] + w[-1]]


def _accuracy(predicted: list[bool], labels: list[bool]) -> float:
    return sum(p == y for p, y in zip(predicted, labels, strict=True)) / len(labels)


def _workspace(folder: Path) -> tuple[list[str], list[bool]]:
    """The texts of a workspace's items that carry a `states_metric` label, and the labels."""
    proposals, labels = load_eval_inputs(folder)
    stated = {lab.id: lab.states_metric for lab in labels if lab.states_metric is not None}
    kept = [p for p in proposals if p.id in stated]
    return [p.text for p in kept], [bool(stated[p.id]) for p in kept]


def main(folders: list[str]) -> None:
    rows = [json.loads(line) for line in SENTENCES.read_text(encoding="utf-8").splitlines()]
    tune = [r for r in rows if r["split"] == "tune"]
    w = fit([r["text"] for r in tune], [r["names_metric"] for r in tune])
    sets = {"held_out sentences": ([r["text"] for r in rows if r["split"] == "held_out"],
                                   [r["names_metric"] for r in rows if r["split"] == "held_out"])}
    sets |= {Path(f).name: _workspace(Path(f)) for f in folders}
    print(f"{'set':28} {'items':>5} {'rule':>6} {'learned':>8}")
    for name, (texts, labels) in sets.items():
        if not labels:
            continue
        rule = _accuracy([names_metric(t) for t in texts], labels)
        learned = _accuracy(predict(w, texts), labels)
        print(f"{name:28} {len(labels):5d} {rule:6.3f} {learned:8.3f}")


if __name__ == "__main__":
    main(sys.argv[1:])
