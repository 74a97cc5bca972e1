"""What a non-goal spares: work on the stated exception is not against that non-goal (issue 16,
never confidently wrong). Two blind organisations (a ferry operator, a school-meals platform,
twelfth session) wrote "We are not opening new routes ... The only exception is
Quellón–Melinka", "Menu planning ... (allergen matrix excepted)", "one exception: breakfast
clubs ... are food", and the items doing just that were called conflicts. The workspace is
written for these tests: a bus company with three non-goals, each with an exception."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from checker.embedded.engine import EmbeddedChecker
from checker.models import Proposal
from checker.service import Services, build_checker, ensure_indexed
from index.embedding import OnnxEmbedder
from index.exceptions import ruled_out_words, spared_names, without_exceptions
from index.store import ChromaStore, open_persistent_client

WORKSPACE = Path(__file__).parent / "data" / "exceptions"


@pytest.fixture(scope="module")
def buses(tmp_path_factory: pytest.TempPathFactory, embedder: OnnxEmbedder) -> EmbeddedChecker:
    data = tmp_path_factory.mktemp("exceptions")
    services = Services(embedder, ChromaStore(open_persistent_client(data), embedder))
    return build_checker(ensure_indexed(WORKSPACE, services, lambda _: None), services)


@pytest.mark.parametrize("text, names", [
    ("We are not opening new routes this year. The only exception is Quellón–Melinka, which we "
     "committed to under the MTT subsidy contract.", ["Quellón–Melinka"]),
    ("New routes. None, except Quellón–Melinka (MTT contract, starts April).",
     ["Quellón–Melinka"]),
    ("Trips, uniform, clubs or any other non-food payments (breakfast/snack excepted)",
     ["breakfast/snack"]),
    ("Dynamic pricing on lifeline routes (principle 3); the summer Castro–Mechuque excursion is "
     "the only exception.", ["the summer Castro–Mechuque excursion"]),
    ("For H1 the answer is no. There is one exception: breakfast clubs and after-school snacks "
     "are food, and two councils want breakfast.",
     ["breakfast clubs and after-school snacks are food"]),
    ("Exceptions: government and emergency charters (Servicio de Salud), which we must accept.",
     ["government and emergency charters"]),
    # (who may do what: a newcomer's own strategy, whose buy-out item was a conflict at 0.98)
    ("Selling bikes outright. Every bike stays ours. The one exception: a subscriber who has "
     "been with us for 12 months or more may buy out the bike they ride, at the residual value.",
     ["buy out the bike they ride"]),
    # (a table's Exceptions column lists several, by semicolons: a blind organisation's)
    ("We are not…: Growing subscriptions: no new tiers or price tests; Why: Subs are flat.; "
     "Exceptions: App Store / Play policy and tax compliance; fixes for failed payments.",
     ["App Store / Play policy and tax compliance", "fixes for failed payments"]),
    # (no exception, and a refusal to call one: "part of the plan, not an exception to it")
    ("We will not open clinics outside Greater Manchester.", []),
    # (a condition, a pointer, a statement about exceptions: a review of the twelfth session)
    ("We will not build a native mobile app, except where accessibility law requires it.", []),
    ("No new integrations other than the ones customers already pay for.", []),
    ("We will not expand to new countries; exceptions are rare and need board approval.", []),
    ("Exceptions are decided by the CEO.", []),
    ("No new hardware. The exception is when a terminal breaks.", []),
    ("No new clinics. Exception: none.", []),
    ("We will not put surge prices on lifeline routes; see principle 3 for the one seasonal "
     "exception.", []),
])
def test_the_names_a_non_goal_spares(text: str, names: list[str]) -> None:
    assert spared_names(text) == names


def test_what_a_non_goal_rules_out_keeps_none_of_what_it_spares() -> None:
    ruled = without_exceptions(
        "We are also not widening what we take money for. For H1 the answer is no, with one "
        "exception: breakfast clubs are food, and two councils have made breakfast part of "
        "their renewal.")
    assert "breakfast" not in ruled and "not widening" in ruled
    assert without_exceptions(
        "Dynamic pricing on lifeline routes; the summer excursion is the only exception."
    ).startswith("Dynamic pricing on lifeline routes;")
    # (the software term is no exception clause)
    assert "handling" in without_exceptions("We will not rewrite the exception handling.")
    assert ruled_out_words("No paid advertising on buses (community notices excepted).") == (
        "paid advertising")
    assert ruled_out_words("Private charters. No weddings, events, film shoots or corporate "
                           "trips.") == "weddings, events, film shoots or corporate trips"
    # (a table's heading before its cell, a dash after the thing ruled out)
    assert ruled_out_words("We are not…: Adding new device surfaces — smart TVs, watches; Why: "
                           "each is a forever-maintenance app.") == "Adding new device surfaces"
    assert ruled_out_words("No new tiers, plans, family/annual/student SKUs or price tests") == (
        "new tiers, plans, family/annual/student SKUs or price tests")


@pytest.mark.parametrize("run", ["a" * 20_000, "a, " * 7_000, "(" * 10_000 + "excepted",
                                 "is the exception " * 2_000, "except " * 3_000])
def test_exceptions_are_read_in_linear_time(run: str) -> None:
    """Unbounded runs from every position took 2-5 s on 20,000 characters before."""
    started = time.perf_counter()
    spared_names(run)
    without_exceptions(run)
    assert time.perf_counter() - started < 1.0


@pytest.mark.parametrize("title", [
    "Harbour Line: publish stops and timetable in the journey planner",
    "Harbour Line: sell tickets for it from launch day",
    "Community notices on stop displays",
    "Driver tablet shell: offline duty cards",
])
def test_work_on_the_stated_exception_is_no_conflict(buses: EmbeddedChecker, title: str) -> None:
    """Each was a conflict at 0.78-0.98 before (the non-goal's passage holds its exception)."""
    result = buses.check(Proposal(id="S", title=title))
    assert result.reason != "conflict", result.rationale


@pytest.mark.parametrize("title", [
    "Open a new route to Kelso for summer tourists",
    "New evening route from Hawick to Selkirk",
    "Sell advertising space on stop displays",
    "Native iPhone app for passengers",
    # (a word of the exception, or the exception and what is ruled out, said together: each
    # was spared by the first version of the rule, found by review)
    "Open a new line to Kelso for summer tourists",
    "New routes: Kelso, Jedburgh and the Harbour Line",
    "Extend the Harbour Line to Kelso as a new route",
    "Native iPhone app for bus drivers",
    "Native tablet app for passengers",
    "Paid advertising for local community businesses on buses",
    "Sell paid advertising slots next to community notices on stop displays",
])
def test_what_a_non_goal_rules_out_stays_a_conflict(buses: EmbeddedChecker, title: str) -> None:
    result = buses.check(Proposal(id="C", title=title))
    assert (result.verdict, result.reason) == ("misaligned", "conflict"), result.rationale
