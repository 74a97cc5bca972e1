"""Benchmark the embedded engine: model load, raw model throughput, audit throughput, latency.

One run: a fresh temp data dir (so indexing is measured), the real audit path end to end,
then raw `embed_queries` on the same texts, then warm single-item `check` latency.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TypeVar

import numpy as np
from rich.console import Console

from checker.audit.run import AuditSummary, run_audit
from checker.backlog.reading import read_backlog
from checker.embedded.engine import EmbeddedChecker
from checker.models import Proposal
from checker.service import Services, build_checker, ensure_indexed
from checker.settings import Settings
from index.embedding import OnnxEmbedder, load_embedder
from index.store import ChromaStore, open_persistent_client

REPO = Path(__file__).resolve().parent.parent
DEFAULT_WORKSPACE = REPO.parent / "shared" / "eval" / "kubernetes"
FALLBACK_WORKSPACE = REPO / "examples" / "acme-retail"

GOAL_RATIO = 0.8  # audit items/s over raw model texts/s
GOAL_WALL_S = 60.0  # whole audit of the 645-item kubernetes backlog, on 2 cores
GOAL_ITEMS = 645

T = TypeVar("T")


@dataclass
class Result:
    """Everything one run measured; seconds unless the name says otherwise."""

    workspace: str
    backlog: str
    note: str | None
    items: int
    cpus: int | None
    threads: int | None
    batch_size: int
    loadavg_start: list[float]
    loadavg_end: list[float] = field(default_factory=list)
    startup_s: float | None = None
    load_s: float = 0.0
    index_s: float = 0.0
    build_checker_s: float = 0.0
    audit_s: float = 0.0
    audit_wall_s: float = 0.0
    total_wall_s: float | None = None
    audit_items_per_s: float = 0.0
    raw_s: float = 0.0
    raw_texts_per_s: float = 0.0
    ratio: float = 0.0
    latency_n: int = 0
    latency_p50_ms: float = 0.0
    latency_p95_ms: float = 0.0
    peak_rss_mb: float = 0.0
    verdicts: dict[str, int] = field(default_factory=dict)
    skipped_rows: int = 0


def timed(fn: Callable[[], T]) -> tuple[T, float]:
    """fn's result and its wall time in seconds."""
    start = time.perf_counter()
    value = fn()
    return value, time.perf_counter() - start


def process_age_s() -> float | None:
    """Seconds since this process started (Linux only), so startup and imports count too."""
    try:
        start_ticks = int(Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()[19])
        uptime = float(Path("/proc/uptime").read_text().split()[0])
    except (OSError, IndexError, ValueError):
        return None
    return uptime - start_ticks / os.sysconf("SC_CLK_TCK")


def resolve_paths(args: argparse.Namespace) -> tuple[Path, Path, str | None]:
    """Workspace, backlog and a note when the default workspace was missing."""
    workspace, note = args.workspace, None
    if workspace is None:
        workspace = DEFAULT_WORKSPACE
        if not workspace.is_dir():
            note = f"{DEFAULT_WORKSPACE} is absent; fell back to {FALLBACK_WORKSPACE}"
            workspace = FALLBACK_WORKSPACE
    backlog = args.backlog or workspace / "backlog.jsonl"
    return workspace.resolve(), backlog.resolve(), note


def run_audit_path(
    result: Result, workspace: Path, backlog: Path, data_dir: Path, settings: Settings
) -> tuple[EmbeddedChecker, OnnxEmbedder]:
    """The `stratalign audit` path end to end, each phase timed; returns the warm parts."""
    start = time.perf_counter()
    embedder, result.load_s = timed(
        lambda: load_embedder(settings.embedding_model, threads=settings.embedding_threads))
    services = Services(embedder=embedder,
                        store=ChromaStore(open_persistent_client(data_dir), embedder))
    notify = lambda message: print(f"  {message}", file=sys.stderr)  # noqa: E731
    ws, result.index_s = timed(lambda: ensure_indexed(workspace, services, notify))
    checker, result.build_checker_s = timed(
        lambda: build_checker(ws, services, batch_size=settings.batch_size))
    console = Console(stderr=True)
    run, result.audit_s = timed(
        lambda: run_audit(read_backlog(backlog), checker, "jsonl", data_dir / "audit.jsonl",
                          console))
    result.audit_wall_s = time.perf_counter() - start
    result.total_wall_s = process_age_s()
    record_summary(result, run.summary)
    return checker, embedder


def record_summary(result: Result, summary: AuditSummary) -> None:
    """Items checked, verdict mix and audit throughput."""
    result.verdicts = summary.verdicts
    result.skipped_rows = len(summary.errors)
    result.audit_items_per_s = summary.checked / result.audit_s if result.audit_s else 0.0


def measure_raw(result: Result, embedder: OnnxEmbedder, items: list[Proposal]) -> None:
    """Texts/s of the bare model on the audit's texts: the upper limit for the audit."""
    texts = [p.text for p in items]
    _, result.raw_s = timed(lambda: embedder.embed_queries(texts))
    result.raw_texts_per_s = len(texts) / result.raw_s if result.raw_s else 0.0
    result.ratio = result.audit_items_per_s / result.raw_texts_per_s if result.raw_s else 0.0


def measure_latency(result: Result, checker: EmbeddedChecker, items: list[Proposal],
                    n: int) -> None:
    """p50/p95 of one warm `check` call at a time."""
    checker.check(items[0])  # warm-up
    sample = items[1 : n + 1] or items[:1]
    millis = []
    for item in sample:
        proposal = Proposal(id=item.id, title=item.title, body=item.body)
        _, seconds = timed(functools.partial(checker.check, proposal))
        millis.append(seconds * 1000)
    result.latency_n = len(millis)
    result.latency_p50_ms = float(np.percentile(millis, 50))
    result.latency_p95_ms = float(np.percentile(millis, 95))


def peak_rss_mb() -> float:
    """Peak resident set size of this process; ru_maxrss is KiB on Linux, bytes on macOS."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def verdict(ok: bool) -> str:
    """PASS or MISS, for the goal columns."""
    return "PASS" if ok else "MISS"


def table(r: Result) -> str:
    """A readable report with the goals and PASS/MISS next to each."""
    wall = r.total_wall_s if r.total_wall_s is not None else r.audit_wall_s
    rows = [
        ("workspace", r.workspace, ""),
        ("backlog", f"{r.backlog} ({r.items} items, {r.skipped_rows} skipped)", ""),
        ("machine", f"{r.cpus} cpus, embedder threads {r.threads or 'default'}, "
                    f"checker batch {r.batch_size}", ""),
        ("load avg start/end", f"{_load(r.loadavg_start)} / {_load(r.loadavg_end)}", ""),
        ("startup + imports", _secs(r.startup_s), ""),
        ("model load", _secs(r.load_s), ""),
        ("indexing (fresh dir)", _secs(r.index_s), ""),
        ("build checker", _secs(r.build_checker_s), ""),
        ("audit (run_audit)", f"{_secs(r.audit_s)}  {r.audit_items_per_s:.1f} items/s", ""),
        ("raw embed_queries", f"{_secs(r.raw_s)}  {r.raw_texts_per_s:.1f} texts/s", ""),
        ("audit / raw", f"{r.ratio:.2f}",
         f"goal >= {GOAL_RATIO}  {verdict(r.ratio >= GOAL_RATIO)}"),
        ("load+index+audit", _secs(r.audit_wall_s), ""),
        ("total wall (process)", _secs(wall),
         f"goal < {GOAL_WALL_S:.0f} s for {GOAL_ITEMS} items  {verdict(wall < GOAL_WALL_S)}"
         + ("" if r.items == GOAL_ITEMS else f"; this backlog has {r.items}")),
        (f"check latency (n={r.latency_n})",
         f"p50 {r.latency_p50_ms:.1f} ms  p95 {r.latency_p95_ms:.1f} ms", ""),
        ("peak RSS", f"{r.peak_rss_mb:.0f} MB", ""),
        ("verdicts", ", ".join(f"{n} {v}" for v, n in sorted(r.verdicts.items())), ""),
    ]
    width = max(len(name) for name, _, _ in rows)
    lines = [f"{name:<{width}}  {value}" + (f"   [{goal}]" if goal else "")
             for name, value, goal in rows]
    if r.note:
        lines.insert(0, f"NOTE: {r.note}")
    return "\n".join(lines)


def _secs(seconds: float | None) -> str:
    return "n/a" if seconds is None else f"{seconds:.2f} s"


def _load(avg: list[float]) -> str:
    return " ".join(f"{x:.2f}" for x in avg)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """The command-line options."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workspace", type=Path, help=f"default: {DEFAULT_WORKSPACE}")
    parser.add_argument("--backlog", type=Path, help="default: WORKSPACE/backlog.jsonl")
    parser.add_argument("--latency-n", type=int, default=50, help="single checks to time")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Run every measurement once and print the report."""
    args = parse_args(argv)
    workspace, backlog, note = resolve_paths(args)
    settings = Settings()
    items = read_backlog(backlog).items
    result = Result(workspace=str(workspace), backlog=str(backlog), note=note, items=len(items),
                    cpus=os.cpu_count(), threads=settings.embedding_threads,
                    batch_size=settings.batch_size, loadavg_start=list(os.getloadavg()),
                    startup_s=process_age_s())
    with tempfile.TemporaryDirectory(prefix="stratalign-bench-") as tmp:
        checker, embedder = run_audit_path(result, workspace, backlog, Path(tmp), settings)
        measure_raw(result, embedder, items)
        measure_latency(result, checker, items, args.latency_n)
    result.peak_rss_mb = peak_rss_mb()
    result.loadavg_end = list(os.getloadavg())
    print(json.dumps(asdict(result)) if args.json else table(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
