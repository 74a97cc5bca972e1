"""Benchmark a big audit with its report: a reproducible synthetic backlog of 10,000 items,
written as a Jira Cloud CSV export (repeated Labels columns, story points, team, descriptions,
a share of them in Jira wiki markup), read and mapped, audited by the embedded engine, beside
raw model throughput in the same run, and peak memory.

    python bench/bench_audit_report.py [--items 10000] [--seed 7] [--raw-sample 2000]
                                       [--markup-share 0.2]
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import sys
import tempfile
import time
from pathlib import Path

from bench_embedded import peak_rss_mb, timed, verdict
from rich.console import Console

from checker.audit.run import run_audit
from checker.backlog.reading import read_backlog
from checker.report.run import report_text
from checker.service import Services, build_checker, ensure_indexed
from checker.settings import Settings
from index.embedding import load_embedder
from index.store import ChromaStore, open_persistent_client

REPO = Path(__file__).resolve().parent.parent
WORKSPACE = REPO / "examples" / "acme-retail"
GOAL_RATIO = 0.8
GOAL_RSS_MB = 1024.0
GOAL_READ_SHARE = 0.05  # reading and mapping the export adds under 5% to the audit time

_VERBS = ["Add", "Speed up", "Redesign", "Automate", "Let customers", "Show", "Cut", "Track",
          "Fix", "Simplify", "Prototype", "Measure", "Remove", "Localise", "Batch"]
_THINGS = ["click-and-collect pick lists", "trade account sign-up", "job list reorders",
           "stock counts per aisle", "order cancellation emails", "the checkout page",
           "store collection lockers", "handheld scanner sync", "the homepage banner",
           "emoji reactions on reviews", "a loyalty points scheme", "supplier invoices",
           "the internal wiki", "delivery slot booking", "trade pricing display",
           "the careers page", "shelf-edge labels", "returns at the counter"]
_WHY = ["so orders are ready sooner", "so builders come back every week",
        "so the stock count matches the shelf", "because support keeps asking",
        "to reduce cancellations", "for the spring campaign", "to tidy things up",
        "so store staff save time", "to grow repeat purchases", "because it looks dated"]
_METRIC = ["", "", "Success metric: time to ready for collection.", "Moves O2.KR2.",
           "Target: cut cancellations by 2 points."]
_TEAMS = ["Stores", "Trade", "Stock", "Web", "Platform"]


def synthetic_backlog(path: Path, count: int, seed: int) -> None:
    """The same `count` items for the same seed: JSONL with effort, team and assignee."""
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as out:
        for n in range(count):
            title = f"{rng.choice(_VERBS)} {rng.choice(_THINGS)}"
            body = " ".join([f"{title} {rng.choice(_WHY)}.", rng.choice(_METRIC)]).strip()
            out.write(json.dumps({
                "id": f"SYN-{n:05d}", "title": title, "body": body,
                "effort": rng.choice([1, 2, 3, 5, 8]), "team": rng.choice(_TEAMS),
                "assignee": f"person-{rng.randrange(40):02d}",
            }) + "\n")


_JIRA_HEADER = ["Summary", "Issue key", "Issue id", "Issue Type", "Status", "Project key",
                "Assignee", "Reporter", "Created", "Labels", "Labels", "Description",
                "Custom field (Story point estimate)", "Custom field (Team)", "Sprint",
                "Status Category"]


def jira_export(jsonl: Path, path: Path, markup_share: float, seed: int) -> None:
    """The same items as a Jira Cloud CSV; `markup_share` of descriptions in wiki markup."""
    rng = random.Random(seed + 1)
    with jsonl.open(encoding="utf-8") as rows, path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(_JIRA_HEADER)
        for n, line in enumerate(rows):
            item = json.loads(line)
            body = item["body"]
            if rng.random() < markup_share:
                body = f"h3. Why\n*{item['title']}* matters.\n* {body}\n* see [notes|https://wiki.example/{n}]"
            writer.writerow([item["title"], item["id"], 10000 + n, "Story",
                             rng.choice(["To Do", "In Progress", "Done"]), "SYN",
                             item["assignee"], "Reporter", "01/Nov/26 9:00 AM",
                             item["team"].lower(), rng.choice(["", "q4"]), body, item["effort"],
                             item["team"], "Sprint 9", "To Do"])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--raw-sample", type=int, default=2000,
                        help="texts for the raw-model figure (same texts as the audit's first)")
    parser.add_argument("--markup-share", type=float, default=0.2,
                        help="share of descriptions written in Jira wiki markup")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    settings = Settings()
    figures: dict[str, object] = {"items": args.items, "seed": args.seed,
                                  "loadavg_start": os.getloadavg()}
    with tempfile.TemporaryDirectory(prefix="stratalign-bench-report-") as tmp:
        data, backlog = Path(tmp), Path(tmp) / "backlog.jsonl"
        synthetic_backlog(backlog, args.items, args.seed)
        export = data / "jira-export.csv"
        jira_export(backlog, export, args.markup_share, args.seed)
        read, read_s = timed(lambda: read_backlog(export))
        embedder = load_embedder(settings.embedding_model, threads=settings.embedding_threads)
        services = Services(embedder, ChromaStore(open_persistent_client(data), embedder))
        workspace = ensure_indexed(WORKSPACE, services, lambda _m: None)
        checker = build_checker(workspace, services, batch_size=settings.batch_size)
        run, audit_s = timed(lambda: run_audit(
            read, checker, "jsonl", data / "results.jsonl", Console(stderr=True)))
        html, html_s = timed(lambda: report_text(workspace, run.items, run.results, "html"))
        md, md_s = timed(lambda: report_text(workspace, run.items, run.results, "md"))
        sample = [p.text for p in run.items[: args.raw_sample]]
        _, raw_s = timed(lambda: embedder.embed_queries(sample))
    items_per_s = run.summary.checked / audit_s
    raw_per_s = len(sample) / raw_s
    ratio, rss = items_per_s / raw_per_s, peak_rss_mb()
    read_share = read_s / audit_s
    figures.update({
        "read_format": read.read.format if read.read else None, "read_items": len(read.items),
        "read_s": round(read_s, 2), "read_share_of_audit": round(read_share, 4),
        "audit_s": round(audit_s, 1), "audit_items_per_s": round(items_per_s, 1),
        "raw_texts_per_s": round(raw_per_s, 1), "ratio": round(ratio, 3),
        "report_html_s": round(html_s, 2), "report_html_kb": len(html) // 1024,
        "report_md_s": round(md_s, 2), "report_md_lines": len(md.splitlines()),
        "peak_rss_mb": round(rss), "verdicts": run.summary.verdicts,
        "loadavg_end": os.getloadavg(), "at": time.strftime("%Y-%m-%d %H:%M"),
    })
    if args.json:
        print(json.dumps(figures))
    else:
        for name, value in figures.items():
            print(f"{name:<18} {value}")
        print(f"{'goal ratio':<18} >= {GOAL_RATIO}  {verdict(ratio >= GOAL_RATIO)}")
        print(f"{'goal peak RSS':<18} < {GOAL_RSS_MB:.0f} MB  {verdict(rss < GOAL_RSS_MB)}")
        print(f"{'goal read share':<18} < {GOAL_READ_SHARE:.0%}  "
              f"{verdict(read_share < GOAL_READ_SHARE)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
