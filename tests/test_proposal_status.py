"""A proposal whose status refuses it (index/proposal_status.py): an ADR or a log entry marked
"Status: Rejected" rules out what it proposed. Until 2026-12-03 a rejected ADR's "Build a native
iPad app" and a log entry's "Status: Declined" were read as context, so work that revived them was
never a conflict."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest

from checker.embedded.engine import EmbeddedChecker
from checker.models import Proposal
from index.chunking import chunk_document
from index.models import StrategyDocument

WORKSPACE = Path(__file__).parent / "data" / "adr-workspace"


def _read(text: str, name: str = "adr.md") -> list[tuple[str, str]]:
    return [(p.kind, p.text) for p in chunk_document(StrategyDocument(name=name, text=text))]


def test_a_rejected_adr_rules_out_its_title_and_its_decision_not_its_context() -> None:
    text = (WORKSPACE / "strategy" / "0011-native-tablet-app.md").read_text(encoding="utf-8")
    assert _read(text) == [
        ("non_goal", "Native tablet app for the host stand. Declined."),
        ("context", "Hosts asked for a native iPad app with offline floor plans."),
        ("non_goal", "Build a native iPad app in Swift for the host stand, with offline floor "
                     "plans and push alerts."),
        ("context", "A second codebase and an iOS release train."),
    ]


def test_what_surrounds_a_refused_proposal_is_marked_as_such() -> None:
    text = (WORKSPACE / "strategy" / "0011-native-tablet-app.md").read_text(encoding="utf-8")
    read = chunk_document(StrategyDocument(name="adr.md", text=text))
    assert [(p.kind, p.about_refused) for p in read] == [
        ("non_goal", False), ("context", True), ("non_goal", False), ("context", True)]
    # (its answer says what is done instead: work the strategy wants)
    answered = ("# ADR-022: Built-in secrets store\n\n**Status:** Rejected\n\n**Proposal.** Ship "
                "a secrets store in the runner.\n\n**Outcome.** Rejected. We integrate with Vault "
                "via secret providers.\n")
    assert [(p.kind, p.about_refused) for p in chunk_document(
        StrategyDocument(name="log.md", text=answered))][-1] == ("context", False)
    outcome = ("# ADR 5: Native app\n\nStatus: Rejected\n\n## Decision\n\nBuild native apps.\n\n"
               "## Outcome\n\nRejected.\n\nWe keep the web app and make it work offline on "
               "tablets for the floor staff.\n")
    assert not any(p.about_refused for p in chunk_document(
        StrategyDocument(name="adr.md", text=outcome)))
    accepted = (WORKSPACE / "strategy" / "0012-sso.md").read_text(encoding="utf-8")
    assert not any(p.about_refused for p in chunk_document(
        StrategyDocument(name="sso.md", text=accepted)))


def test_aligned_work_never_rests_on_why_a_proposal_was_refused(
    case_checker: Callable[[str], EmbeddedChecker],
) -> None:
    """A newcomer's trial (2026-12-03): a rejected ADR's "## Context" (why hosts asked for the
    app) was cited as "Strategy it rests on" for work the strategy does want."""
    checker = case_checker(str(WORKSPACE))
    floor = checker.check(Proposal(id="f", title=(
        "Make the host stand web app faster for hosts seating walk-ins")))
    assert floor.evidence, floor.rationale
    assert floor.verdict == "aligned", floor.rationale
    assert not [e for e in floor.evidence if e.source == "0011-native-tablet-app.md"
                and e.role == "supports"], floor.evidence


def test_an_accepted_adr_reads_as_before() -> None:
    text = (WORKSPACE / "strategy" / "0012-sso.md").read_text(encoding="utf-8")
    assert _read(text) == [("context", "Use Google Workspace SSO for all staff logins from Q2.")]


@pytest.mark.parametrize("status", [
    "* Status: rejected",  # MADR
    "**Status:** Declined (Nov 2025)",
    "Status: Not accepted.",
    "Status | Rejected on 2026-03-14 by the CTO",
])
def test_each_way_of_writing_the_status_refuses(status: str) -> None:
    text = f"# 9. GraphQL gateway\n\n{status}\n\n## Decision\n\nPut a GraphQL gateway in front.\n"
    assert _read(text) == [("non_goal", "GraphQL gateway. Declined."),
                           ("non_goal", "Put a GraphQL gateway in front.")]


def test_a_status_section_and_front_matter_refuse_too() -> None:
    nygard = ("# ADR 4: Own payment gateway\n\n## Status\n\nRejected\n\n## Context\n\n"
              "Card fees are 1.9% of GMV.\n\n## Decision\n\nBuild a direct acquiring "
              "integration.\n")
    assert _read(nygard) == [("non_goal", "Own payment gateway. Declined."),
                             ("context", "Card fees are 1.9% of GMV."),
                             ("non_goal", "Build a direct acquiring integration.")]
    text = (WORKSPACE / "strategy" / "0015-loyalty-points.md").read_text(encoding="utf-8")
    assert [kind for kind, _ in _read(text)] == ["non_goal", "non_goal", "context"]
    assert _read(text)[0] == ("non_goal", "Loyalty points for diners. Declined.")


def test_a_log_entry_under_a_status_line_is_what_was_refused() -> None:
    log = ("# Decision log\n\n## Paint booth in the Leeds hangar\n\nStatus: Declined\n"
           "Date: 2026-04-02\n\nBuild a two-bay paint booth so we can repaint ATR tails "
           "ourselves.\n\n## Second shift for line maintenance\n\nStatus: Accepted\n\n"
           "Run a second shift at Leeds from June.\n")
    assert _read(log) == [
        ("non_goal", "Paint booth in the Leeds hangar. Declined."),
        ("non_goal", "Build a two-bay paint booth so we can repaint ATR tails ourselves."),
        ("context", "Run a second shift at Leeds from June."),
    ]


def test_a_status_that_no_longer_holds_is_history_and_other_statuses_are_not_read() -> None:
    superseded = ("# ADR 3: Nightly batch sync\n\nStatus: Superseded by ADR 9\n\n## Decision\n\n"
                  "We will not stream changes; sync nightly in a batch.\n")
    assert _read(superseded) == [
        ("context", "We will not stream changes; sync nightly in a batch.")]
    # a value that goes on is a sentence about something else, not the section's status
    payments = ("# Card payments\n\n## Retries\n\nStatus: Declined cards are retried twice, a "
                "day apart.\n\nWe will not retry more than twice.\n")
    assert ("non_goal", "Retries. Declined.") not in _read(payments)


def test_work_reviving_a_rejected_proposal_is_a_conflict_with_it(
    case_checker: Callable[[str], EmbeddedChecker],
) -> None:
    checker = case_checker(str(WORKSPACE))
    revived = checker.check(Proposal(id="r", title=(
        "Native iPad app for hosts: offline floor plan and push alerts when a table frees up")))
    assert (revived.verdict, revived.reason) == ("misaligned", "conflict"), revived.rationale
    assert revived.evidence[0].source == "0011-native-tablet-app.md"
    rewards = checker.check(Proposal(id="d", title=(
        "Diner rewards: earn points for each honoured booking, redeem for dessert")))
    assert (rewards.verdict, rewards.reason) == ("misaligned", "conflict"), rewards.rationale
    assert rewards.evidence[0].source == "0015-loyalty-points.md"
    waitlist = checker.check(Proposal(id="w", title=(
        "Waitlist: text the next party when a released table comes free")))
    assert waitlist.verdict == "aligned"


def test_a_status_governs_only_the_heading_it_stands_right_under() -> None:
    """A review (2026-12-03): a status bullet among a section's items, or under an approved
    priority, refused the whole section, approved siblings too."""
    bets = ("# Product strategy 2026\n\n## Bets for 2026\n\n- Expand to Leeds\n"
            "  - Status: rejected\n- Launch the loyalty programme\n  - Status: approved\n")
    assert not [text for kind, text in _read(bets) if kind == "non_goal"]
    payments = ("# Payments strategy 2027\n\n## Card payments everywhere\n\nWe will accept card "
                "payments in every depot by June.\n\n- Status: Pending — awaiting payment\n"
                "- Status: Declined — card refused; we email the customer a payment link\n")
    assert not [text for kind, text in _read(payments) if kind == "non_goal"]
    headless = "Status: Rejected\n\nDecision log for 2026. Entries below.\n"
    assert not [text for kind, text in _read(headless) if kind == "non_goal"]


def test_what_a_rejected_record_does_instead_and_its_reasons_stay_context() -> None:
    kafka = ("# ADR 0009: Event bus on RabbitMQ\n\nStatus: Rejected\n\n## Decision\n\n"
             "Rejected. We will use Kafka for all order events instead.\n")
    assert _read(kafka) == [("non_goal", "Event bus on RabbitMQ. Declined."),
                            ("context", "We will use Kafka for all order events instead.")]
    entry = ("# Log\n\n## Paint booth\n\nStatus: Declined\n\nBuild a two-bay paint booth.\n\n"
             "Reason: no floor space. We will keep sending painting to Hartley Finishing.\n")
    non_goals = [text for kind, text in _read(entry) if kind == "non_goal"]
    assert non_goals == ["Paint booth. Declined.", "Build a two-bay paint booth."]
    nygard = ("# 7. Move billing to Stripe\n\n## Status\n\nRejected\n\nInstead we will stay on "
              "Adyen and renegotiate.\n\n## Decision\n\nWe will migrate all billing to Stripe.\n")
    assert ("context", "Instead we will stay on Adyen and renegotiate.") in _read(nygard)


def test_a_deprecated_api_keeps_its_rulings_and_a_reversed_rejection_refuses_nothing() -> None:
    deprecated = ("# Platform\n\n## Legacy REST API v1\n\nStatus: Deprecated — migrate callers "
                  "to v2 by June.\n\nWe will not add new endpoints to v1.\n")
    assert ("non_goal", "We will not add new endpoints to v1.") in _read(deprecated)
    reversed_ = ("# ADR 3: Kiosk mode\n\nStatus: Rejected, reversed in June and accepted\n\n"
                 "## Decision\n\nBuild a kiosk mode.\n")
    assert not [text for kind, text in _read(reversed_) if kind == "non_goal"]


@pytest.mark.parametrize(("heading", "title"), [
    ("ADR 0011: Native tablet app", "Native tablet app. Declined."),
    ("9. Offline mode for drivers", "Offline mode for drivers. Declined."),
    ("3D printing service for hobbyists", "3D printing service for hobbyists. Declined."),
    ("24/7 phone support", "24/7 phone support. Declined."),
    ("5G private network", "5G private network. Declined."),
    ("2026-09-14: Mercia EV brackets: DECLINED", "Mercia EV brackets. Declined."),
])
def test_a_refused_record_s_title_loses_its_id_not_its_words(heading: str, title: str) -> None:
    assert _read(f"# {heading}\n\nStatus: Rejected\n\n## Decision\n\nDo it.\n")[0] == (
        "non_goal", title)


def test_a_log_of_thousands_of_refused_entries_is_read_in_linear_time() -> None:
    """A review: each block compared with each section took 12 s on 4,990 entries."""
    log = "# Log\n" + "".join(f"## D-{i} Thing {i}\nStatus: Rejected\n" for i in range(4990))
    started = time.perf_counter()
    passages = chunk_document(StrategyDocument(name="log.md", text=log))
    assert len(passages) == 4990
    assert time.perf_counter() - started < 3.0
