"""Write check results as JSONL, JSON or CSV, and render them for people."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import IO

from checker.models import CheckResult

CSV_COLUMNS = ["id", "verdict", "reason", "kr_id", "objective_id", "score", "flags", "rationale"]


def result_json(result: CheckResult) -> str:
    """One result as one line of JSON."""
    return json.dumps(result.model_dump(mode="json"), ensure_ascii=False)


def write_jsonl(results: Iterable[CheckResult], out: IO[str]) -> int:
    """Results one a line; returns how many were written."""
    count = 0
    for result in results:
        out.write(result_json(result) + "\n")
        out.flush()
        count += 1
    return count


def write_csv(results: Iterable[CheckResult], out: IO[str]) -> int:
    """A flat table: the key result shown beside the verdict (`CheckResult.shown_kr`: none for
    a conflict or an orphan, none for unclear work that matches no key result above low) and
    the flags joined by spaces. A text cell that a
    spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage return)
    gets a leading apostrophe, as OWASP's "CSV Injection" page advises."""
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    count = 0
    for r in results:
        top = r.shown_kr()
        writer.writerow(
            [
                _inert(r.id),
                r.verdict,
                r.reason or "",
                _inert(top.kr_id) if top else "",
                _inert(top.objective_id) if top else "",
                top.score if top else "",
                " ".join(r.flags),
                _inert(r.rationale),
            ]
        )
        count += 1
    return count


def _inert(text: str) -> str:
    return f"'{text}" if text.startswith(("=", "+", "-", "@", "\t", "\r")) else text
