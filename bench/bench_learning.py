"""Benchmark warm `check` latency with many confirmations stored, against none.

Goal (issue 18): with 5,000 confirmations p50 within 5 ms of the engine without any.
The confirmations are the example backlog's items, each stored many times with its vector
slightly perturbed (so the vote sees 5,000 distinct near rows), answered with their labels.
Run: `python bench/bench_learning.py [--confirmations 5000] [--checks 200]`.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import numpy as np

from checker.backlog.reading import read_backlog
from checker.embedded.engine import EmbeddedChecker
from checker.evaluation.scores import load_eval_inputs
from checker.learning.kfold import label_corrections
from checker.learning.memory import Learned
from checker.service import Services, build_checker, ensure_indexed
from checker.settings import Settings

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "acme-retail"


def _learned(checker: EmbeddedChecker, count: int) -> Learned:
    proposals, labels = load_eval_inputs(EXAMPLE)
    answers = [c for c in label_corrections(proposals, labels) if c is not None]
    vectors = checker.embedder.embed_queries([c.text for c in answers])
    rng = np.random.default_rng(0)
    rows = [i % len(answers) for i in range(count)]
    noisy = vectors[rows] + rng.normal(0, 0.02, (count, vectors.shape[1])).astype(np.float32)
    noisy /= np.linalg.norm(noisy, axis=1, keepdims=True)
    corrections = [answers[r].model_copy(update={"item_id": f"B-{i}"}) for i, r in enumerate(rows)]
    return Learned(corrections, noisy)


def _p50_ms(checker: EmbeddedChecker, checks: int) -> tuple[float, float]:
    items = read_backlog(EXAMPLE / "backlog.jsonl").items
    for item in items:
        checker.check(item)  # warm
    times = []
    for n in range(checks):
        start = time.perf_counter()
        checker.check(items[n % len(items)])
        times.append((time.perf_counter() - start) * 1000)
    return float(np.percentile(times, 50)), float(np.percentile(times, 95))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--confirmations", type=int, default=5000)
    parser.add_argument("--checks", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as data:
        services = Services.from_settings(Settings(data_dir=Path(data)))
        workspace = ensure_indexed(EXAMPLE, services, lambda _m: None)
        plain = build_checker(workspace, services)
        start = time.perf_counter()
        learned = build_checker(workspace, services, learned=_learned(plain, args.confirmations))
        build_s = time.perf_counter() - start
        base, base95 = _p50_ms(plain, args.checks)
        many, many95 = _p50_ms(learned, args.checks)
    print(f"check latency, no confirmations:  p50 {base:.1f} ms, p95 {base95:.1f} ms")
    print(f"check latency, {args.confirmations} confirmations: p50 {many:.1f} ms, "
          f"p95 {many95:.1f} ms (checker built in {build_s:.1f} s, trust "
          f"{learned.memory.trust if learned.memory else 0})")
    print(f"p50 difference: {many - base:+.1f} ms (goal: within 5 ms)")


if __name__ == "__main__":
    main()
