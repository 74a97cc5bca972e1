"""The shared cases about reading strategy and OKRs, each a test of its kind (tests/data/cases/).

01: key results under `krs:` are read, so a proposal restating one is aligned, not an orphan.
03: under "Goals and non-goals", `Goals:` items are priorities and `Non-goals:` items non-goals.
05: an `In scope | Out of scope` table is read cell by cell under its column headers.
Expected verdicts are what each case.md says a user expects; the checker, model and Chroma are real.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from checker.backlog.reading import read_backlog
from checker.models import CheckResult, Proposal
from checker.service import Services, build_checker, ensure_indexed

CASES = Path(__file__).parent / "data" / "cases"


def _check(case: str, services: Services, tmp_path: Path,
           items: list[Proposal] | None = None) -> dict[str, CheckResult]:
    workspace = tmp_path / "workspace"
    shutil.copytree(CASES / case / "workspace", workspace)
    checker = build_checker(ensure_indexed(workspace, services, lambda _: None), services)
    items = items if items is not None else read_backlog(CASES / case / "backlog.jsonl").items
    return {r.id: r for r in checker.check_many(items)}


def test_case_01_krs_key_results_are_read_and_a_restated_kr_is_aligned(
    services: Services, tmp_path: Path
) -> None:
    item = Proposal(id="setup", title="Setup guide",
                    body="Write a setup guide so new contributors get the dev server running in "
                         "under 10 minutes")
    result = _check("01-okr-krs-key-drops-all-key-results", services, tmp_path, [item])["setup"]
    assert result.verdict == "aligned"
    assert result.impacted[0].kr_id == "Q1a"


def test_case_03_goals_under_a_two_sided_heading_are_aligned(
    services: Services, tmp_path: Path
) -> None:
    results = _check("03-goals-and-non-goals-heading-makes-goals-conflicts", services, tmp_path)
    for goal in ("G1", "G2", "G3"):
        assert results[goal].verdict == "aligned", results[goal].rationale
    assert (results["M1"].verdict, results["M1"].reason) == ("misaligned", "conflict")
    assert "Native mobile apps" in results["M1"].evidence[0].text


@pytest.mark.parametrize(("item", "verdict", "reason"), [
    ("S1", "aligned", None), ("S2", "aligned", None),
    ("M1", "misaligned", "conflict"), ("M2", "misaligned", "conflict"),
])
def test_case_05_scope_table_is_read_by_column(
    services: Services, tmp_path: Path, item: str, verdict: str, reason: str | None
) -> None:
    result = _check("05-in-out-of-scope-table-misread", services, tmp_path)[item]
    assert (result.verdict, result.reason) == (verdict, reason), result.rationale
    if reason == "conflict":
        cited = result.evidence[0]
        assert cited.kind == "non_goal" and "|" not in cited.text
        assert cited.section.endswith("Out of scope")
