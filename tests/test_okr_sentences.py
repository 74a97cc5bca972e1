"""A key result written as one sentence names its metric and unit (index/okr_sentence.py).

A first-time user's okrs.md (tests/data/okr_sentences/) showed every key result's metric as the
word "metric" and lost "per month": `[metric 300 -> 50]` for "Cut "no charged battery at the
station" reports from 300 to 50 per month".
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from checker import service
from checker.cli.app import app
from checker.embedded.metric import names_metric
from checker.llm.offer import kr_block
from checker.models import Proposal
from checker.service import Services
from index.okrs import load_okrs

WORKSPACE = Path(__file__).parent / "data" / "okr_sentences" / "workspace"

# sentence -> (metric, baseline, target, unit)
SHAPES: list[tuple[str, tuple[str | None, float | None, float | None, str | None]]] = [
    ("Cut median time from repair request to bike back on the road from 52 hours to 8 hours",
     ("median time from repair request to bike back on the road", 52, 8, "hours")),
    ('Cut "no charged battery at the station" reports from 300 to 50 per month',
     ('"no charged battery at the station" reports', 300, 50, "per month")),
    ("Grow active subscriptions from 4,200 to 7,000", ("active subscriptions", 4200, 7000, None)),
    ("Raise the share of new subscribers who came through a referral from 10% to 30%",
     ("share of new subscribers who came through a referral", 10, 30, "percent")),
    ("Increase weekly active teams from 1,200 to 2,000", ("weekly active teams", 1200, 2000, None)),
    ("Weekly active teams: 1,200 -> 2,000", ("Weekly active teams", 1200, 2000, None)),
    ("NPS: 31 → 45 points", ("NPS", 31, 45, "points")),
    ("Reduce p95 checkout latency to 300 ms (from 900 ms)",
     ("p95 checkout latency", 900, 300, "ms")),
    ("Monthly churn goes from 5% to 3% by Q4", ("Monthly churn", 5, 3, "percent")),
    ("Get p95 search latency below 300 ms", ("p95 search latency", None, 300, "ms")),
    # a level with its baseline set apart after it (a newcomer's "below 1 day (from 6 days)"
    # lost the 6)
    ("Get median time from sign-up to first booking below 1 day (from 6 days)",
     ("median time from sign-up to first booking", 6, 1, "days")),
    ("Keep p95 latency under 300 ms, currently 800 ms", ("p95 latency", 800, 300, "ms")),
    ("Get churn below 2% (currently 3.1%)", ("churn", 3.1, 2, "percent")),
    # ... in the target's unit, as "from 3 days to 4 hours" is
    ("Get median time to first booking below 1 day (from 36 hours)",
     ("median time to first booking", 1.5, 1, "day")),
    ("Keep checkout time under 1.5 s (from 900 ms)", ("checkout time", 0.9, 1.5, "s")),
    ("Get cost per order below £1 (from 90p)", ("cost per order", 0.9, 1, "£")),
    # ... and after "to": "currently", "was", "now", "baseline:" (after review)
    ("Increase NPS to 45 (currently 32)", ("NPS", 32, 45, None)),
    ("Lift D30 retention to 40% (was 31%)", ("D30 retention", 31, 40, "percent")),
    ("Cut refund time to 2 days (baseline: 7 days)", ("refund time", 7, 2, "days")),
    ("Raise trial-to-paid conversion to 12%, currently 8%",
     ("trial-to-paid conversion", 8, 12, "percent")),
    ("Median first response under 8 business hours",
     ("Median first response", None, 8, "business hours")),
    ("Drive refund requests down from 40 a week to 10 a week",
     ("refund requests", 40, 10, "per week")),
    ("Cut time to first API call from 3 days to 4 hours",
     ("time to first API call", 72, 4, "hours")),
    ("Grow ARR from $2.1M to $3M", ("ARR", 2_100_000, 3_000_000, "$")),
    ("Reach 10,000 weekly active riders", ("weekly active riders", None, 10_000, None)),
    ("Bring the repair backlog (bikes waiting 3+ days) down from 1,500 to under 400",
     ("repair backlog (bikes waiting 3+ days)", 1500, 400, None)),
    ("Reduce billing complaints from 38 to 22 per 10,000 accounts per month",
     ("billing complaints", 38, 22, "per 10,000 accounts per month")),
    ("Cut the 30-day readmission rate to 8% from 11%",
     ("30-day readmission rate", 11, 8, "percent")),
    ("Keep monthly churn at or below 2%", ("monthly churn", None, 2, "percent")),
    ("Cut p95 map latency from 900ms to 300ms", ("p95 map latency", 900, 300, "ms")),
    ("Reduce support tickets to 200/week", ("support tickets", None, 200, "per week")),
    ("Grow app monthly active accounts from 180k to 260k",
     ("app monthly active accounts", 180_000, 260_000, None)),
    ("Die Ladezeit der Karte von 4 s auf 1 s senken", ("Ladezeit der Karte", 4, 1, "s")),
    ("Fehlerquote von 3,1 % auf unter 1 % senken", ("Fehlerquote", 3.1, 1, "percent")),
    ("Ridurre il tasso di abbandono dal 5% al 3%", ("tasso di abbandono", 5, 3, "percent")),
    ("Aumentar a taxa de conversão de 2% para 4%", ("taxa de conversão", 2, 4, "percent")),
    ("Réduire le délai de livraison de 5 à 2 jours", ("délai de livraison", 5, 2, "jours")),
    ("Reducir el tiempo de respuesta de 48 a 12 horas", ("tiempo de respuesta", 48, 12, "horas")),
    ("Verlaag de doorlooptijd van 10 naar 4 dagen", ("doorlooptijd", 10, 4, "dagen")),
]
# Sentences with no level in them, or whose numbers are no level of a metric: nothing is read.
NO_LEVEL = [
    "Open new stations in the north of the city",
    "Serve over 500 schools from 12 regions",
    "Serve over 500 schools, from 12 regions",
    "Serve over 500 schools (from 12 regions)",
    "Release to the stores every two weeks without a slipped train",
    "Roll back any service in under 5 minutes",
    "Setup documentation enables <10min contributor onboarding",
    "NFC authentication >98% success rate across devices",
    "Ship v2.0 of the SDK to 3 partners",
]

# Money, dates, versions, rates and changes a reviewer found misread: each a kind, read right.
MISREAD_KINDS: list[tuple[str, tuple[str | None, float | None, float | None, str | None]]] = [
    # A bound's word ("a", "to") inside the metric's name is no bound: the next one is tried
    # (a newcomer's "100-episode show" key result read nothing).
    ("Get median import time for a 100-episode show below 10 minutes",
     ("median import time for a 100-episode show", None, 10, "minutes")),
    ("Keep time to a first answer for a 3-seat team under 4 hours",
     ("time to a first answer for a 3-seat team", None, 4, "hours")),
    # A lower-case m after a currency sign is millions.
    ("Grow ARR from $2m to $5m", ("ARR", 2_000_000, 5_000_000, "$")),
    ("Grow ARR from £1.5m to £3m", ("ARR", 1_500_000, 3_000_000, "£")),
    ("Grow ARR from €1,2M to €2M", ("ARR", 1_200_000, 2_000_000, "€")),
    ("Grow MRR from $400k to $1.2m", ("MRR", 400_000, 1_200_000, "$")),
    ("Cut cloud spend from €3.4m to €2.9m a year", ("cloud spend", 3_400_000, 2_900_000, "€")),
    ("Grow ARR from $2.01M to $3M", ("ARR", 2_010_000, 3_000_000, "$")),
    ("Cut cost per order from £1.20 to 90p", ("cost per order", 1.2, 0.9, "£")),
    # A date beside a level is no level.
    ("Expand from 2 to 5 regions between 1 Jan and 30 Jun", (None, 2, 5, "regions")),
    ("Grow daily active users from 1,200 to 2,000 by 31 December 2026",
     ("daily active users", 1200, 2000, None)),
    ("Cut median checkout time from 90 s to 45 s before 1 July",
     ("median checkout time", 90, 45, "s")),
    ("Drive churn down from 5% to 3% by end of FY26", ("churn", 5, 3, "percent")),
    ("Reduce P1 incidents from 12 to 4 per quarter by Q3 2026",
     ("P1 incidents", 12, 4, "per quarter")),
    ("Q3: 50 -> 80 customers", (None, 50, 80, "customers")),
    ("Die Ladezeit von 4 s auf 1 s bis 31. März senken", ("Ladezeit", 4, 1, "s")),
    ("Reduce churn from 5% in 2025 to 3% in 2026", ("churn", 5, 3, "percent")),
    ("Grow revenue to $5m by June 2026", ("revenue", None, 5_000_000, "$")),
    # A count that could be a year is a count when a unit or a count follows it.
    ("Grow weekly sign-ups from 2000 to 3000 users", ("weekly sign-ups", 2000, 3000, "users")),
    ("Grow weekly sign-ups from 2000 to 3000", ("weekly sign-ups", 2000, 3000, None)),
    ("Reach 2026 paying teams", ("paying teams", None, 2026, None)),
    # A version beside a level is no level.
    ("Reduce the number of services on Python 2 from 40 to 0",
     ("number of services on Python 2", 40, 0, None)),
    ("Grow usage of Python 3.12 to 80%", ("usage of Python 3.12", None, 80, "percent")),
    ("Reduce latency from 1.5 to 1.25 s", ("latency", 1.5, 1.25, "s")),
    # Rates: the same period keeps both numbers; a time unit is still converted.
    ("Grow releases from 2 a month to 6 a month", ("releases", 2, 6, "per month")),
    ("Cut review time from 2 hours per week to 30 minutes per week",
     ("review time", 120, 30, "minutes per week")),
    # Rates over different periods are no baseline and target as written.
    ("Move from 2 releases a month to 1 release a week", (None, None, None, None)),
    ("Grow deploys from 3 per week to 2 per day", ("deploys", None, None, None)),
    # "by <number>" is the change, no part of the metric's name.
    ("Increase conversion by 2 percentage points to 5%", ("conversion", None, 5, "percent")),
    ("Increase NPS by 10 points to 55", ("NPS", None, 55, None)),
    ("Grow retention by 5 pp from 80% to 85%", ("retention", 80, 85, "percent")),
    ("Reduce churn to below 3% from 5%", ("churn", 5, 3, "percent")),
]
# A date range, a clock time or a version change is no baseline and target.
NOT_A_LEVEL = [
    "Run the pilot from 1 March to 30 June",
    "Hold the conference from 12 to 14 June",
    "Run 4 workshops between 3 March and 28 April",
    "Launch the beta from Q1 to Q3",
    "Cover 2024 to 2026 in the plan",
    "Cut costs by 2027",
    "Keep the store open from 9:00 to 17:00",
    "Cut deploys from 9am to 5pm",
    "Reduce average handle time from 7:30 to 5:00 minutes",
    "Upgrade all services from 3.8 to 3.12",
    "Upgrade Kubernetes from 1.27 to 1.29",
    "Migrate the API from 2.3.1 to 3.0.0",
    "Migrate 40 services from Java 8 to Java 17",
    "Upgrade 40 services from Java 8 to 17",
    "Move to Python 3.12 from 3.8",
    "Bump the SDK from v2 to v3",
    "Move all clients from version 4 to version 5",
]


def _markdown(sentence: str) -> str:
    return f"## Objective 1: Riders stay with us\n\n### Key results\n\n- KR 1: {sentence}\n"


def _yaml(sentence: str) -> str:
    quoted = sentence.replace("'", "''")
    return f"objectives:\n  - id: O1\n    title: Riders stay with us\n    key_results:\n" \
           f"      - '{quoted}'\n"


READERS = {"okrs.md": _markdown, "okrs.yaml": _yaml}


@pytest.mark.parametrize("file_name", sorted(READERS))
@pytest.mark.parametrize(("sentence", "expected"), SHAPES, ids=[s[:40] for s, _ in SHAPES])
def test_a_sentence_names_its_metric_baseline_target_and_unit(
    file_name: str, sentence: str,
    expected: tuple[str | None, float | None, float | None, str | None],
) -> None:
    okrs = load_okrs(Path(file_name), READERS[file_name](sentence))
    ((_, kr),) = okrs.key_results()
    assert (kr.title, kr.metric, kr.baseline, kr.target, kr.unit) == (sentence, *expected)


@pytest.mark.parametrize("sentence", NO_LEVEL)
def test_a_sentence_without_a_level_gives_no_metric(sentence: str) -> None:
    ((_, kr),) = load_okrs(Path("okrs.md"), _markdown(sentence)).key_results()
    assert (kr.title, kr.metric, kr.baseline, kr.target, kr.unit) == (
        sentence, None, None, None, None)


@pytest.mark.parametrize(("sentence", "expected"), MISREAD_KINDS,
                         ids=[s[:40] for s, _ in MISREAD_KINDS])
def test_money_dates_versions_rates_and_changes_are_read_as_written(
    sentence: str, expected: tuple[str | None, float | None, float | None, str | None],
) -> None:
    ((_, kr),) = load_okrs(Path("okrs.md"), _markdown(sentence)).key_results()
    assert (kr.metric, kr.baseline, kr.target, kr.unit) == expected


@pytest.mark.parametrize("sentence", NOT_A_LEVEL)
def test_a_date_range_clock_time_or_version_change_is_no_level(sentence: str) -> None:
    ((_, kr),) = load_okrs(Path("okrs.md"), _markdown(sentence)).key_results()
    assert (kr.title, kr.metric, kr.baseline, kr.target, kr.unit) == (
        sentence, None, None, None, None)


def test_a_key_result_that_writes_its_metric_keeps_it() -> None:
    text = ("objectives:\n  - id: O1\n    title: Riders stay with us\n    key_results:\n"
            "      - title: Grow active subscriptions from 4,200 to 7,000\n"
            "        metric: active_subscriptions\n        baseline: 4100\n")
    ((_, kr),) = load_okrs(Path("okrs.yaml"), text).key_results()
    assert (kr.metric, kr.baseline, kr.target, kr.unit) == ("active_subscriptions", 4100, None,
                                                            None)


def test_a_table_row_with_a_metric_column_keeps_the_column() -> None:
    page = ("## Objective 1: Riders stay with us\n\n| Key result | Metric | Target |\n"
            "|---|---|---|\n| Grow active subscriptions from 4,200 to 7,000 | subs | 7500 |\n")
    ((_, kr),) = load_okrs(Path("okrs.md"), page).key_results()
    assert (kr.metric, kr.baseline, kr.target) == ("subs", 4200, 7500)


@pytest.fixture
def runner(cli_data_dir: Path) -> CliRunner:
    return CliRunner()


def test_show_prints_each_key_results_metric_and_unit(runner: CliRunner) -> None:
    result = runner.invoke(app, ["show", str(WORKSPACE)])
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert ('O2.KR2  Cut "no charged battery at the station" reports from 300 to 50 per month  '
            '["no charged battery at the station" reports 300 -> 50 per month]') in out
    assert "O3.KR1  Grow active subscriptions from 4,200 to 7,000  [active subscriptions " \
           "4200 -> 7000]" in out
    assert "[median time from repair request to bike back on the road 52 -> 8 hours]" in out
    assert "[share of new subscribers who came through a referral 10 -> 30 percent]" in out
    assert "O4.KR1  Open new stations in the north of the city\n" in out
    assert "[metric" not in out


def test_show_names_no_stand_in_metric_where_the_okrs_name_none(
    runner: CliRunner, make_workspace: Callable[..., Path]
) -> None:
    okrs = ("objectives:\n  - id: O1\n    title: Accessible app\n    key_results:\n"
            "      - id: O1.KR1\n        title: Close every critical finding of the audit\n"
            "        baseline: 41\n        target: 0\n        unit: open critical findings\n")
    out = runner.invoke(app, ["show", str(make_workspace(okrs))]).stdout
    assert "Close every critical finding of the audit  [41 -> 0 open critical findings]" in out


def test_the_metric_named_by_a_sentence_reaches_the_checker_and_the_llm_prompt(
    services: Services,
) -> None:
    workspace, _ = service.index_workspace(WORKSPACE, services)
    checker = service.build_checker(workspace, services)
    assert "active subscriptions" in checker.metric_names
    rows = [i for i, kr in enumerate(checker.model.krs) if kr.kr_id.startswith("O3.")]
    assert "- O3.KR1: Grow active subscriptions from 4,200 to 7,000 (metric: active " \
           "subscriptions)" in kr_block(checker.model, rows)
    # The metric rule: a text naming a key result's metric names a metric.
    text = "A family plan page that counts toward active subscriptions"
    assert not names_metric(text) and names_metric(text, checker.metric_names)
    assert "no_metric" not in checker.check(Proposal(id="P1", title=text)).flags
