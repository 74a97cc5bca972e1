"""The embedded checker on the example workspace: verdicts, key results, evidence, contract."""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest

from checker.embedded.citations import cited_kr_ids
from checker.embedded.engine import EmbeddedChecker
from checker.embedded.impact import match_level
from checker.embedded.scoring import Background, StrategyModel, background_texts
from checker.embedded.verdict import Reading, decide
from checker.models import Proposal
from checker.screening.injection import screen
from checker.screening.language import read_language
from checker.thresholds import CONFLICT_MARGIN_UNIT, MATCH_CLOSE_GAP, Tuning
from index.embedding import OnnxEmbedder
from tests.helpers import ExampleRun

ALIGNED = [
    pytest.param("ACME-101", "O1.KR1", id="pick-list"),
    pytest.param("ACME-102", "O1.KR2", id="collect-default"),
    pytest.param("ACME-103", "O2.KR1", id="trade-signup"),
    pytest.param("ACME-104", "O2.KR2", id="trade-reorder"),
    pytest.param("ACME-105", "O3.KR1", id="cycle-counts"),
    pytest.param("ACME-106", "O3.KR2", id="reserve-stock-cites-kr"),
]

CONFLICTS = [
    pytest.param("ACME-109", "third-party sellers", id="marketplace"),
    pytest.param("ACME-110", "coupon campaigns", id="coupons"),
    pytest.param("ACME-111", "new countries", id="new-countries"),
]

ORPHANS = [
    pytest.param("ACME-107", id="emoji-reactions"),
    pytest.param("ACME-108", id="snow-theme"),
]


@pytest.mark.parametrize(("item", "kr"), ALIGNED)
def test_clear_cut_aligned_items(example_run: ExampleRun, item: str, kr: str) -> None:
    result = example_run.results[item]
    assert result.verdict == "aligned"
    assert result.reason is None
    assert result.impacted[0].kr_id == kr
    assert result.impacted[0].objective_id == kr.split(".")[0]
    assert kr in result.rationale


@pytest.mark.parametrize(("item", "non_goal"), CONFLICTS)
def test_non_goal_contradictions_are_conflicts(
    example_run: ExampleRun, item: str, non_goal: str
) -> None:
    result = example_run.results[item]
    assert (result.verdict, result.reason) == ("misaligned", "conflict")
    cited = result.evidence[0]
    assert cited.kind == "non_goal"
    assert cited.source == "strategy.md"
    assert cited.section.endswith("> Non-goals")
    assert non_goal in cited.text
    assert "Goes against the strategy" in result.rationale


@pytest.mark.parametrize("item", ORPHANS)
def test_orphans(example_run: ExampleRun, item: str) -> None:
    result = example_run.results[item]
    assert (result.verdict, result.reason) == ("misaligned", "orphan")
    assert "Serves no objective" in result.rationale


def test_injection_is_set_aside_flagged_and_never_aligned(example_run: ExampleRun) -> None:
    result = example_run.results["ACME-112"]
    assert "injection_suspected" in result.flags
    assert result.details["screened_out"][0].startswith("<!-- AI reviewer")
    assert result.verdict != "aligned"


def test_injection_does_not_move_the_scores(example_run: ExampleRun) -> None:
    attacked = example_run.results["ACME-112"]
    clean = example_run.checker.check(Proposal(
        id="clean", title="Gift-wrapping option at checkout",
        body="Offer paid gift wrapping with a printed message card for online orders.",
    ))
    assert "injection_suspected" not in clean.flags
    assert [i.kr_id for i in attacked.impacted] == [i.kr_id for i in clean.impacted]
    assert attacked.impacted[0].score == pytest.approx(clean.impacted[0].score, abs=1e-3)


def test_cited_kr_id_counts_as_a_metric(example_run: ExampleRun) -> None:
    assert "no_metric" not in example_run.results["ACME-106"].flags
    assert "no_metric" in example_run.results["ACME-105"].flags


def test_every_result_has_the_contract_fields(example_run: ExampleRun) -> None:
    assert len(example_run.results) == 12
    kr_ids = example_run.checker.kr_ids
    for result in example_run.results.values():
        data = result.model_dump(mode="json")
        for field in ("id", "verdict", "reason", "impacted", "flags", "rationale", "evidence",
                      "strategy_version", "engine"):
            assert field in data, (result.id, field)
        assert data["verdict"] in ("aligned", "misaligned", "unclear")
        assert data["strategy_version"] == example_run.workspace.version
        assert data["engine"] == "embedded"
        assert data["rationale"].strip()
        # Key results are listed only above the relevance floor: always for aligned work,
        # never for an orphan (it serves none).
        if data["verdict"] == "aligned":
            assert data["impacted"], result.id
        if data["reason"] == "orphan":
            assert data["impacted"] == [] and data["evidence"] == [], result.id
        assert all(i["match"] in ("high", "medium", "low") for i in data["impacted"])
        for rank, impacted in enumerate(data["impacted"]):
            assert {"kr_id", "objective_id", "score"} <= impacted.keys()
            assert impacted["kr_id"].startswith(impacted["objective_id"] + ".")
            # only aligned work moves what is listed (a conflict's are only the closest text),
            # and of it the key results it cites, else the first key result and those matched
            # above low, not mere wording
            cited = cited_kr_ids(example_run.items[result.id].text, kr_ids)
            moves = data["verdict"] == "aligned" and (
                impacted["kr_id"] in cited if cited else
                rank == 0 or impacted["match"] in ("high", "medium"))
            assert impacted["moves"] is moves, result.id
        # best first; only a key result the text cites may come first with a lower score
        scores = [i["score"] for i in data["impacted"]]
        assert scores[1:] == sorted(scores[1:], reverse=True)
        if len(scores) > 1 and scores[0] < scores[1]:
            assert data["impacted"][0]["kr_id"] in example_run.items[result.id].text, result.id
        if data["reason"] == "conflict":  # the non-goal it goes against, and nothing else
            assert [e["role"] for e in data["evidence"]] == ["conflicts"], result.id
        for evidence in data["evidence"]:
            assert {"source", "section", "text"} <= evidence.keys()
            assert evidence["section"].startswith(evidence["source"] + " > ")
            assert evidence["text"]
        # Only the first key result can be a `high` match; one far behind it is `low`.
        first = data["impacted"][0]["score"] if data["impacted"] else 0.0
        if data["verdict"] == "aligned":  # the KR the verdict rests on is no weak match
            assert data["impacted"][0]["match"] != "low", result.id
        for impacted in data["impacted"][1:]:
            assert impacted["match"] != "high", result.id
            if first - impacted["score"] > MATCH_CLOSE_GAP:
                assert impacted["match"] == "low", result.id


@pytest.mark.parametrize(
    ("above_line", "behind_first", "level"),
    [(3.0, 0.0, "high"), (1.5, 0.0, "medium"), (0.5, 0.0, "low"), (3.0, 0.1, "medium"),
     (1.5, 0.1, "medium"), (3.0, 0.2, "low"), (0.5, 0.1, "low")],
)
def test_match_levels_follow_the_line_and_the_first_key_result(
    above_line: float, behind_first: float, level: str
) -> None:
    assert match_level(above_line, 0.0, behind_first) == level


@pytest.mark.parametrize(
    ("above_line", "behind_first", "level"),
    [(0.5, 0.0, "medium"), (3.0, 0.0, "high"), (0.5, 0.1, "low"), (3.0, 0.2, "low")],
)
def test_the_key_result_aligned_work_rests_on_is_at_least_a_medium_match(
    above_line: float, behind_first: float, level: str
) -> None:
    assert match_level(above_line, 0.0, behind_first, aligned=True) == level


def test_a_key_result_tied_with_the_first_is_not_the_first() -> None:
    """Listed second (after a cited KR, or in a tie), a KR is at most medium and is not lifted
    as the one an aligned verdict rests on."""
    assert match_level(3.0, 0.0, 0.0, first=False) == "medium"
    assert match_level(0.5, 0.0, 0.0, aligned=True, first=False) == "low"
    assert match_level(0.5, 0.0, 0.0, aligned=True, first=True) == "medium"


def test_check_many_keeps_input_order_across_batches(example_run: ExampleRun) -> None:
    checker = example_run.checker
    proposals = [
        Proposal(id=f"P{i}", title=title)
        for i, title in enumerate(["Cycle counts on handheld scanners", "Snow theme", "Coupons",
                                   "Lockers at the busiest stores", "Trade sign-up online"])
    ]
    saved = checker.batch_size
    checker.batch_size = 2
    try:
        ids = [r.id for r in checker.check_many(proposals)]
    finally:
        checker.batch_size = saved
    assert ids == ["P0", "P1", "P2", "P3", "P4"]


def test_checking_embeds_queries_only(example_run: ExampleRun, embedder: OnnxEmbedder) -> None:
    calls = embedder.calls
    example_run.checker.check(Proposal(id="x", title="Collection lockers at big stores"))
    assert embedder.calls == calls + 1


def test_work_the_english_only_model_cannot_read_is_unclear_not_misaligned(
    example_run: ExampleRun,
) -> None:
    english = example_run.results["ACME-107"]  # emoji reactions: an orphan
    assert english.verdict == "misaligned" and "non_english" not in english.flags
    spanish = example_run.checker.check(Proposal(
        id="ES-1",
        title="Reacciones con emoji en las respuestas de preguntas sobre productos",
        body="Que los clientes puedan reaccionar con emoji a las respuestas en la sección de "
             "preguntas de cada producto, para que la página se vea más viva.",
    ))
    assert spanish.verdict == "unclear" and spanish.reason is None
    assert "non_english" in spanish.flags
    assert "not in English" in spanish.rationale


def test_work_citing_a_key_result_that_does_not_exist_is_unclear_not_an_orphan(
    example_run: ExampleRun,
) -> None:
    """Its author meant an outcome we cannot see: an orphan call would be a guess too."""
    plain = example_run.checker.check(Proposal(id="E1", title="Emoji reactions on product Q&A"))
    cited = example_run.checker.check(Proposal(
        id="E2", title="Emoji reactions on product Q&A answers, moves O1.KR9"))
    assert plain.verdict == "misaligned" and plain.reason == "orphan"
    assert cited.verdict == "unclear" and cited.reason is None
    assert "unknown_kr" in cited.flags and "O1.KR9" in cited.rationale


def test_the_metric_nudge_names_a_key_result_only_where_one_fits(example_run: ExampleRun) -> None:
    """Suggesting a key result to an orphan or a conflict would invite pasting one in."""
    orphan = example_run.results["ACME-107"]
    conflict = example_run.results["ACME-109"]
    aligned = example_run.checker.check(Proposal(id="A", title="Aisle-sorted pick lists for staff"))
    assert "no_metric" in orphan.flags and "no_metric" in conflict.flags
    assert "say which key result it serves, if any" in orphan.rationale
    assert "e.g." not in orphan.rationale and "say which" not in conflict.rationale
    assert "no_metric" in aligned.flags and aligned.verdict == "aligned"
    assert f"e.g. {aligned.impacted[0].kr_id}" in aligned.rationale


def test_a_non_goal_that_generic_work_matches_as_well_is_no_conflict(
    example_run: ExampleRun, embedder: OnnxEmbedder
) -> None:
    coupons = example_run.items["ACME-110"]
    assert example_run.results["ACME-110"].reason == "conflict"
    # The same text among the generic background work: the non-goal now matches something
    # that serves no strategy just as well, so matching it is no evidence of a conflict.
    texts = [*background_texts(), screen(coupons.text).text]
    background = Background(texts, embedder.embed_queries(texts))
    snapshot = example_run.services.store.snapshot(example_run.workspace.collection_name)
    model = StrategyModel(snapshot, Tuning(), background)
    result = EmbeddedChecker(model, embedder).check(coupons)
    assert result.reason != "conflict"
    assert all(e.kind != "non_goal" for e in result.evidence[:1])


def test_a_key_result_takes_its_siblings_passages_at_a_discount(
    example_run: ExampleRun, embedder: OnnxEmbedder
) -> None:
    # The trade-account KR's one linked passage is a principle ("boring, proven technology"):
    # the trade passage nearest to its sibling must count for it too, but less than for the
    # sibling it was written for.
    model = example_run.checker.model
    share = model.tuning.sibling_support
    assert 0 < share < 1
    vector = embedder.embed_queries([screen(example_run.items["ACME-103"].text).text])[0]
    dense = model.passage_vectors @ vector
    fallback = model.kr_vectors @ vector  # a KR with no passage of its own: its own text
    support = model._support(dense, fallback)
    for k, (own, shared) in enumerate(zip(model.links, model.objective_links, strict=True)):
        assert set(own) <= set(shared)
        first = dense[own].max() if len(own) else fallback[k]
        assert support[k] == pytest.approx(max(first, share * dense[shared].max()), abs=1e-6)
    ids = [kr.kr_id for kr in model.krs]
    assert support[ids.index("O2.KR1")] > dense[model.links[ids.index("O2.KR1")]].max()


def test_lexical_evidence_on_passages_falls_with_the_length_of_the_text(
    example_run: ExampleRun, embedder: OnnxEmbedder
) -> None:
    # A long design document shares words with most one-line non-goals; past
    # Tuning.lexical_words its lexical credit per passage shrinks as lexical_words / words.
    model = example_run.checker.model
    short = screen(example_run.items["ACME-110"].text).text
    filler = " ".join(["qzxv"] * (4 * model.tuning.lexical_words))  # matches no passage
    long = f"{short} {filler}"
    dense = model.passage_vectors @ embedder.embed_queries([short])[0]
    short_lexical = model._conflict_scores(dense, short) - dense
    long_lexical = model._conflict_scores(dense, long) - dense
    assert short_lexical.max() > 0.1  # the coupon non-goal shares its words
    ratio = model.tuning.lexical_words / len(long.split())
    assert long_lexical == pytest.approx(short_lexical * ratio, abs=1e-5)


def test_a_non_goal_that_reads_like_a_key_result_needs_a_wider_margin(
    example_run: ExampleRun, embedder: OnnxEmbedder
) -> None:
    # A team charter's out-of-scope line ("this team does not address cloud-provider bugs")
    # reads like the key result next to it: it marks where an area ends. The acme non-goals
    # are real ones and far from every key result, so they keep the plain margin.
    model = copy.copy(example_run.checker.model)
    t = model.tuning
    assert (model.kr_overlap[model.non_goal] < t.conflict_overlap_start).all()
    coupons = example_run.items["ACME-110"]
    text = screen(coupons.text).text
    scores = model.score(embedder.embed_queries([text])[0], text)
    reading = Reading(read_language(text), 0, len(text.split()))
    decision = decide(model, scores, [], reading)
    assert decision.reason == "conflict" and decision.conflict_passage is not None
    assert decision.margin is not None
    won_by = decision.margin * CONFLICT_MARGIN_UNIT
    # The same non-goal, were it as close to a key result as a charter's scope line:
    overlap = model.kr_overlap.copy()
    overlap[decision.conflict_passage] = t.conflict_overlap_start + won_by  # needs more than won
    model.kr_overlap = overlap
    # (the coupon title also says the non-goal's own words, another rule: test_named_conflicts)
    scores.title_ruled_out = np.zeros_like(scores.title_ruled_out)
    assert decide(model, scores, [], reading).reason != "conflict"


_BORDER_OKRS = """\
organization: Lumo
period: 2027-H1
objectives:
  - id: O1
    title: Independent podcasters grow their shows on Lumo
    key_results:
      - id: O1.KR1
        title: Grow shows that publish weekly from 9,000 to 14,000
        metric: weekly_publishing_shows
      - id: O1.KR2
        title: Raise monthly creator payouts from $210k to $450k
        metric: creator_payouts
"""
_BORDER_STRATEGY = """\
# Lumo strategy 2027

## Priorities

- Creators own their show: the feed, the audio and the audience stay theirs to take anywhere.
- Publishing a weekly episode takes minutes, from upload to every podcast app.

## What this strategy is not

- We are not a social network: no follower feeds, likes or comments.
- Internal company podcasting (private feeds for company intranets with single sign-on) is
  owned by the Partnerships team, not by the product teams.
"""
_ENTERPRISE = Proposal(
    id="X-1", title="Private company podcasts with SSO",
    body="Companies publish private feeds for their employees behind Okta single sign-on, "
         "with per-employee feed tokens.",
)


@pytest.mark.parametrize("with_non_goal", [False, True])
def test_a_line_that_hands_an_area_to_another_team_supports_no_work_there(
    make_workspace: Callable[..., Path], checker_of: Callable[[Path], EmbeddedChecker],
    with_non_goal: bool,
) -> None:
    """A border between teams ("... is owned by the Partnerships team, not by the product
    teams") is no non-goal, and no support either: a newcomer saw it cited as the evidence for
    work in that very area, and shielding it from a non-goal written against it; written over
    two lines, it was cut at the line break and read as a non-goal."""
    strategy = _BORDER_STRATEGY + (
        "- No enterprise features this year: we will not build private company feeds, single "
        "sign-on or per-seat billing.\n" if with_non_goal else "")
    folder = make_workspace(okrs=_BORDER_OKRS, strategy={"s.md": strategy},
                            name=f"ws-{with_non_goal}")
    checker = checker_of(folder)
    result = checker.check(_ENTERPRISE)
    # (its second line, "owned by the Partnerships team, ...", is no byline to leave out either:
    # without it the first line read as a non-goal)
    border = [e for e in result.evidence if e.text.startswith("Internal company podcasting")]
    assert border == [], result.evidence
    if with_non_goal:
        assert (result.verdict, result.reason) == ("misaligned", "conflict"), result.rationale
        assert result.evidence[0].text.startswith("No enterprise features")


@pytest.mark.parametrize(("cited", "meant"), [
    ("O2.KR2.9", "O2.KR2.1"),  # three-level ids: the objective is O2, not "O2.KR2"
    ("o2.kr3", "O2.KR2.1"),
    ("O9.KR1", "O1.KR1.1"),  # an objective the OKRs do not have: the best match overall
    # key results numbered under their objective (a newcomer's "Moves KR1.1" was pointed at
    # the best match, not objective 1's first key result; seventh session)
    ("KR2.1", "O2.KR1"),
    ("kr2.2", "O2.KR2.1"),  # no O2.KR2 of that shape: the objective's best match
])
def test_did_you_mean_stays_in_the_longest_objective_the_id_names(cited: str, meant: str) -> None:
    from types import SimpleNamespace
    from typing import Any, cast

    from checker.embedded.impact import did_you_mean
    from checker.models import Impacted

    krs = [SimpleNamespace(kr_id=k, objective_id=k.split(".")[0]) for k in
           ("O1.KR1.1", "O2.KR2.1", "O2.KR2.2", "O2.KR1")]
    model = cast(Any, SimpleNamespace(krs=krs))
    scores = cast(Any, SimpleNamespace(order=[0, 1, 3, 2]))  # best match first: O1.KR1.1
    best = Impacted(kr_id="O1.KR1.1", objective_id="O1", title="t", score=1.0)
    assert did_you_mean(cited, model, scores, [best]) == [meant]


def test_the_metric_nudge_names_no_key_result_to_work_too_close_to_call() -> None:
    """An unclear verdict suggests no key result to cite: a newcomer's confetti item (unclear)
    was told "say which, e.g. O1.KR1.3 (Cut median time to import ...)"."""
    from checker.models import Impacted
    from checker.rationale import _metric_nudge
    from checker.vocabulary import MatchLevel, Verdict

    listed = [Impacted(kr_id="O1.KR3", objective_id="O1", title="t", score=0.1,
                       match=MatchLevel.MEDIUM)]
    hint = "O1.KR3 (Cut median time to import a show from 45 to 10 minutes)"
    assert "e.g. O1.KR3" in _metric_nudge(listed, hint, Verdict.ALIGNED)
    assert "e.g." not in _metric_nudge(listed, hint, Verdict.UNCLEAR)


_DECISION_OKRS = """\
objectives:
  - id: O1
    title: Make a visit effortless
    key_results:
      - id: O1.KR1
        title: Raise web booking checkout conversion from 54% to 66%
        metric: checkout_conversion
      - id: O1.KR2
        title: Cut the median peak-time concession queue wait from 9 minutes to 4
        metric: median_queue_wait
  - id: O2
    title: Fill weekday screens
    key_results:
      - id: O2.KR1
        title: Raise weekday occupancy from 18% to 24%
        metric: weekday_occupancy
"""
_DECISION_LOG = """\
# Decision log

## D-033 — No cinema-built mobile app

Context: Marketing proposed commissioning our own iOS and Android app (agency quotes £180k to
£260k plus upkeep) so that guests could book on their phones, store cards and get offers.

Decision: We will not build or commission our own native app.

## D-030 — Finish the laser projector conversion

Decision: all remaining xenon projectors are replaced by laser before the winter season.
"""


def test_what_a_decision_says_of_the_work_it_rules_out_is_no_support_for_that_work(
    make_workspace: Callable[..., Path], checker_of: Callable[[Path], EmbeddedChecker]
) -> None:
    """A blind cinema chain's decision log (2026-12-01): the "Context:" paragraph under "D-033 —
    No ... mobile app" describes the app; matched as context, it let an app pitched on the
    checkout key result through as aligned at 0.97, citing that very paragraph. Over 67
    labelled sets, context beside a non-goal counting for nothing raised conflict recall +1.45
    and misaligned F1 +0.39 summed (kr_top1 -0.14)."""
    folder = make_workspace(okrs=_DECISION_OKRS, strategy={"decision-log.md": _DECISION_LOG})
    checker = checker_of(folder)
    app = checker.check(Proposal(
        id="X-2", title="Our own iOS and Android app to hit the checkout target",
        body="Commission a native booking app for iOS and Android so guests book in fewer taps "
             "and checkout conversion climbs toward 66%."))
    assert (app.verdict, app.reason) == ("misaligned", "conflict"), app.rationale
    assert app.evidence[0].text.startswith("Decision: We will not build")
    web = checker.check(Proposal(
        id="X-3", title="Faster seat picker on the mobile booking site",
        body="Cut the steps on the mobile website's seat picker so more guests finish checkout."))
    assert web.verdict == "aligned", web.rationale
    assert not any(e.text.startswith("Context: Marketing") for e in web.evidence)


_WORKSHOP_OKRS = """\
objectives:
  - id: O1
    title: Get most bikes back to riders the same day
    key_results:
      - id: O1.KR1
        title: Raise the share of repairs finished the same day from 55% to 80%
        metric: same_day_repair_share
  - id: O2
    title: Make booking a repair in the app effortless
    key_results:
      - id: O2.KR1
        title: Raise the share of started bookings that are completed from 60% to 85%
        metric: booking_completion_rate
"""
_WORKSHOP_STRATEGY = """\
# Spoke & Sprocket strategy, 2027

## Priorities for this year

Most repairs should be done the same day, and booking a slot in the app must be quick.

## What we decided not to do

- **We will not sell new bikes.** We are a repair business; bike sales need showroom space and
  stock we do not want to carry.
- **We will not offer collection or home pickup of bikes with our own vans.** Riders bring the
  bike to the workshop; no van fleet, no drivers.
"""


def test_a_conflict_cites_the_non_goal_its_title_names_over_a_near_one_its_body_brushes(
    make_workspace: Callable[..., Path], checker_of: Callable[[Path], EmbeddedChecker]
) -> None:
    """A newcomer's bike workshops (2026-12-01): "Sell new city bikes in the app", whose body
    says the bikes are "delivered to a workshop for collection", cited the van-pickup non-goal,
    and the report grouped it there (thresholds.CITED_NON_GOAL_BAND)."""
    folder = make_workspace(okrs=_WORKSHOP_OKRS, strategy={"s.md": _WORKSHOP_STRATEGY},
                            name="workshops")
    checker = checker_of(folder)
    result = checker.check(Proposal(
        id="SS-6", title="Sell new city bikes in the app",
        body="Add a shop section to the app where riders can buy new city bikes and kids' bikes, "
             "delivered to a workshop for collection."))
    assert (result.verdict, result.reason) == ("misaligned", "conflict"), result.rationale
    assert result.evidence[0].text.startswith("We will not sell new bikes"), result.evidence
