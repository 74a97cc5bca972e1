"""What the LLM judge is offered: the shared strategy part, the budget tiers, the stable prefix."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import httpx2

from checker.embedded.engine import EmbeddedChecker
from checker.engines import llm_checker
from checker.llm.cache import NoCache
from checker.llm.client import OpenAIChatClient
from checker.llm.offer import Offer, estimate_tokens
from checker.models import Proposal
from checker.service import Services, build_checker, ensure_indexed
from checker.settings import Settings
from tests.helpers import ExampleRun
from tests.llm_fakes import FakeLLM, judged

ITEMS = [
    Proposal(id="A-1", title="Aisle-sorted pick lists for store staff",
             body="Batch click-and-collect orders by aisle so they are ready within the hour."),
    Proposal(id="B-2", title="Trade account price lists",
             body="Let trade customers see their negotiated prices when they reorder."),
]


def _scores(checker: EmbeddedChecker, proposal: Proposal) -> object:
    return next(checker.assess_many([proposal])).scores


def test_two_items_share_the_strategy_prefix_byte_for_byte(
    example_run: ExampleRun, tmp_path: Path
) -> None:
    fake = FakeLLM(judged("aligned", ["O1.KR1"]))
    settings = Settings(data_dir=tmp_path, llm_model="m", llm_base_url="http://llm.test/v1",
                        llm_max_retries=0, llm_max_concurrency=1)
    client = OpenAIChatClient.from_settings(
        settings, http_client=httpx2.Client(transport=fake.transport()))
    checker = llm_checker(example_run.checker, settings, client, NoCache())
    list(checker.check_many(ITEMS))
    first, second = (r["messages"] for r in fake.requests)
    assert first[0] == second[0]  # instructions and strategy: the same bytes for every item
    assert first[0]["content"].encode() == second[0]["content"].encode()
    assert first[1] != second[1]
    for messages, item in zip((first, second), ITEMS, strict=True):
        assert item.title not in messages[0]["content"]  # the item comes last, never before
        assert messages[1]["content"].startswith(f"Work item {item.id}:")
    every_kr = {kr.kr_id for kr in example_run.checker.model.krs}
    assert all(f"- {kr_id}:" in first[0]["content"] for kr_id in every_kr)
    stats = checker.stats
    assert stats.prompt_estimate > 0
    # The second call repeats the first call's system message: that share is cacheable.
    assert stats.repeated_prefix_estimate == estimate_tokens(first[0]["content"])


def test_within_the_budget_every_key_result_and_non_goal_is_offered(
    example_run: ExampleRun,
) -> None:
    model = example_run.checker.model
    offer = Offer(model, 6000)
    candidates = offer.candidates(_scores(example_run.checker, ITEMS[0]))  # type: ignore[arg-type]
    assert [k.kr_id for k in candidates.krs] == [kr.kr_id for kr in model.krs]
    non_goals = {p.text for p in model.passages if p.kind == "non_goal"}
    assert non_goals and non_goals <= {p.text for p in candidates.passages}
    assert candidates.item_krs == []


def _long_okrs() -> str:
    """Three objectives whose key results read like charters: several hundred characters."""
    scope = "covers {0} end to end, including " + ", ".join(f"part {n} of the {{0}} work"
                                                        for n in range(30))
    lines = ["organization: Long Co", "period: 2027", "objectives:"]
    for n, area in enumerate(["billing", "search", "onboarding"], start=1):
        lines += [f"  - id: O{n}", f"    title: Own {area}", "    key_results:",
                  f"      - id: O{n}.KR1", f"        title: '{scope.format(area)}'"]
    return "\n".join(lines) + "\n"


def test_beyond_the_budget_every_key_result_stays_in_an_outline(
    make_workspace: Callable[..., Path], services: Services
) -> None:
    strategy = {"s.md": "# Strategy\n\n## Non-goals\n\n- We will not build a mobile app.\n"}
    workspace = ensure_indexed(make_workspace(_long_okrs(), strategy), services, lambda _: None)
    checker = build_checker(workspace, services)
    model = checker.model
    full = Offer(model, 100_000).shared
    assert full.detailed
    offer = Offer(model, estimate_tokens(full.text) - 50)  # the full list no longer fits
    assert len(offer.shared.kr_rows) == 3 and not offer.shared.detailed
    assert estimate_tokens(offer.shared.text) < estimate_tokens(full.text)
    proposal = Proposal(id="S", title="Faster search results", body="Rank search hits better.")
    candidates = offer.candidates(next(checker.assess_many([proposal])).scores)
    assert len(candidates.krs) == 3  # every key result can still be picked
    assert candidates.item_krs and candidates.item_krs[0].kr_id == "O2.KR1"  # search, in full
    assert "We will not build a mobile app." in offer.shared.text


def test_far_beyond_the_budget_whole_objectives_are_picked(example_run: ExampleRun) -> None:
    model = example_run.checker.model
    scores = _scores(example_run.checker, ITEMS[0])
    non_goals = {p.text for p in model.passages if p.kind == "non_goal"}
    tight = Offer(model, 500)
    assert tight.shared.kr_rows == ()
    picked = tight.candidates(scores)  # type: ignore[arg-type]
    objectives = {k.objective_id for k in picked.krs}
    assert 0 < len(picked.krs) < len(model.krs)
    # whole objectives: every key result of a picked objective is offered
    assert {kr.kr_id for kr in model.krs if kr.objective_id in objectives} == {
        k.kr_id for k in picked.krs}
    assert non_goals <= {p.text for p in picked.passages}  # non-goals always
    assert "O1" in objectives  # the pick-list item belongs to click-and-collect
