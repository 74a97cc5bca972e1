"""Confirmations change what is stored, and say so: results carry the learned version, and a
re-audit's drift names the items the team's corrections changed, old -> new, and how many
corrections were stored since the compared audit."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from checker.cli.app import app
from checker.learning.corrections import Correction
from checker.models import CheckResult, Impacted
from checker.report.drift import compare, learned_drift
from checker.vocabulary import Reason, Verdict

RUNNER = CliRunner()

ITEMS = [
    {"id": "N-1", "title": "Text customers when their click-and-collect order is packed",
     "body": "Send an SMS the moment staff mark an order as packed."},
    {"id": "N-2", "title": "Animated snow theme for the homepage in December",
     "body": "A festive falling-snow animation and holly border on the homepage."},
]


def _result(item_id: str, verdict: str, kr: str | None = None, reason: str | None = None,
            learned: str | None = None, at: float | None = None,
            confirmed: list[str] | None = None) -> CheckResult:
    impacted = [Impacted(kr_id=kr, objective_id=kr.split(".")[0], title=kr, score=0.5)] if kr \
        else []
    details = {"learned": {"weight": 0.5, "confirmed": [{"id": c} for c in confirmed]}} \
        if confirmed else {}
    return CheckResult(id=item_id, verdict=Verdict(verdict),
                       reason=Reason(reason) if reason else None, impacted=impacted,
                       rationale="r", strategy_version="s1", engine="embedded",
                       learned_version=learned, learned_at=at, details=details)


def _stored(n: int, at: float) -> list[Correction]:
    return [Correction(item_id=f"C-{i}", title=f"item {i}", verdict=Verdict.ALIGNED,
                       krs=["O1.KR1"], created_at=at) for i in range(n)]


def test_the_drift_counts_corrections_since_the_last_audit_and_lists_old_to_new() -> None:
    previous = [_result("A", "aligned", "O1.KR1", learned="v1", at=100.0),
                _result("B", "misaligned", reason="orphan", learned="v1", at=100.0),
                _result("C", "aligned", "O2.KR1", learned="v1", at=100.0),
                _result("D", "aligned", "O2.KR1", learned="v1", at=100.0)]
    current = [_result("A", "aligned", "O1.KR2", learned="v2", at=200.0, confirmed=["C-3"]),
               _result("B", "aligned", "O1.KR1", learned="v2", at=200.0, confirmed=["C-4"]),
               _result("C", "misaligned", reason="orphan", learned="v2", at=200.0),
               _result("D", "aligned", "O2.KR1", learned="v2", at=200.0)]
    corrections = _stored(2, 50.0) + _stored(5, 150.0)  # 2 known at the last audit, 5 new
    drift = compare(previous, current, corrections)
    learned = drift.learned
    assert learned is not None and (learned.before, learned.after) == ("v1", "v2")
    assert learned.corrections == 5
    assert [(c.id, c.before, c.after, c.because) for c in learned.changed] == [
        ("A", "aligned (O1.KR1)", "aligned (O1.KR2)", ["C-3"]),
        ("B", "misaligned (orphan)", "aligned (O1.KR1)", ["C-4"]),
        ("C", "aligned (O2.KR1)", "misaligned (orphan)", []),
    ]
    assert learned.headline().startswith(
        "3 items changed verdict or key result since the last audit because of 5 corrections")


def test_nothing_learned_changed_means_no_learned_drift() -> None:
    same = [_result("A", "aligned", "O1.KR1", learned="v1", at=1.0)]
    moved = [_result("A", "aligned", "O1.KR2", learned="v1", at=1.0)]
    assert learned_drift(same, moved, []) is None
    assert compare(same, moved, []).learned is None


def test_a_strategy_change_is_not_blamed_on_the_corrections() -> None:
    previous = [_result("A", "aligned", "O1.KR1")]
    current = [_result("A", "aligned", "O1.KR2", learned="v2", at=5.0).model_copy(
        update={"strategy_version": "s2"})]
    learned = learned_drift(previous, current, _stored(1, 5.0))
    assert learned is not None and learned.changed == [] and learned.corrections == 1


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    data = tmp_path / "data"
    monkeypatch.setenv("STRATALIGN_DATA_DIR", str(data))
    return data


def _run(*args: str) -> tuple[int, str, str]:
    result = RUNNER.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_a_re_audit_after_corrections_says_what_they_changed(
    example_copy: Path, data_dir: Path, tmp_path: Path
) -> None:
    backlog = tmp_path / "backlog.jsonl"
    backlog.write_text("".join(json.dumps(item) + "\n" for item in ITEMS))
    ws = str(example_copy)
    first = tmp_path / "first.jsonl"
    code, _, err = _run("audit", "-w", ws, str(backlog), "--engine", "embedded", "-o", str(first))
    assert code == 0, err
    before = {r["id"]: r for r in map(json.loads, first.read_text().splitlines())}
    assert before["N-1"]["learned_version"] is None and before["N-1"]["verdict"] == "aligned"
    other = before["N-1"]["impacted"][1]["kr_id"]
    for n, title in enumerate(["SMS the customer when a collection order is packed",
                               "Text shoppers that their pick-up order is ready",
                               "Send a text message when a click-and-collect order is packed"]):
        code, _, err = _run("feedback", "add", "-w", ws, "--id", f"T-{n}", "--title", title,
                            "--verdict", "aligned", "--kr", other)
        assert code == 0, err
    code, _, err = _run("feedback", "add", "-w", ws, "--id", "T-9", "--title",
                        "Office coffee machine rota", "--verdict", "misaligned", "--kind", "orphan")
    assert code == 0, err
    second, report = tmp_path / "second.jsonl", tmp_path / "report.md"
    code, _, err = _run("audit", "-w", ws, str(backlog), "--engine", "embedded", "-o",
                        str(second), "--compare", str(first), "--report", str(report))
    assert code == 0, err
    after = {r["id"]: r for r in map(json.loads, second.read_text().splitlines())}
    assert after["N-1"]["learned_version"] is not None and after["N-1"]["learned_at"] > 0
    assert after["N-1"]["impacted"][0]["kr_id"] == other
    old_kr = before["N-1"]["impacted"][0]["kr_id"]
    headline = ("1 item changed verdict or key result since the last audit because of "
                "4 corrections")
    assert headline in err
    assert f"N-1: aligned ({old_kr}) -> aligned ({other})" in err
    text = report.read_text()
    assert headline in text
    assert f"- N-1: aligned ({old_kr}) → aligned ({other}) (rests on confirmed T-" in text
    assert "N-2:" not in text.split("What the team's corrections changed")[1]


def test_the_html_report_shows_what_the_corrections_changed() -> None:
    from checker.backlog.reading import read_backlog
    from checker.report.html import render_html
    from checker.report.model import build_report
    from index.okrs import load_okrs

    data = Path(__file__).parent / "data" / "report"
    items = read_backlog(data / "backlog.jsonl").items[:1]
    previous = [_result(items[0].id, "aligned", "O1.KR1", learned="v1", at=1.0)]
    current = [_result(items[0].id, "misaligned", reason="orphan", learned="v2", at=2.0,
                       confirmed=["C-0"])]
    drift = compare(previous, current, _stored(1, 2.0))
    page = render_html(build_report("quill", load_okrs(data / "okrs.yaml"), items, current, drift))
    assert 'id="learned-drift">What the team' in page
    assert "1 item changed verdict or key result since the last audit because of 1 correction" \
        in page
    assert f"{items[0].id}: aligned (O1.KR1) → misaligned (orphan)" in page
    assert "rests on confirmed C-0" in page
