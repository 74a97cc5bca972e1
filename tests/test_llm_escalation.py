"""`--engine auto`: the embedded engine judges every item, the LLM only the unsure ones."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import httpx2

from checker.engines import llm_checker
from checker.llm.cache import NoCache
from checker.llm.client import OpenAIChatClient
from checker.llm.engine import LLMChecker
from checker.llm.escalation import escalation_reasons
from checker.models import Proposal
from checker.settings import Settings
from checker.thresholds import ESCALATION, EscalationRule
from tests.helpers import ExampleRun
from tests.llm_fakes import FakeLLM, judged

SURE = Proposal(
    id="SURE", title="Pick-list app for store staff: batch click-and-collect orders by aisle",
    body="Give pickers a handheld pick list that batches orders and routes by aisle.")
THIN = Proposal(id="THIN", title="Fix it")
CONFLICT = Proposal(id="CONFLICT", title="Marketplace portal for third-party sellers",
                    body="Let other retailers list their products on our site.")
SPANISH = Proposal(
    id="ES", title="Listas de picking por pasillo",
    body="Agrupar los pedidos de recogida en tienda por pasillo para que estén listos en una hora.")


def _auto(example_run: ExampleRun, fake: FakeLLM, tmp_path: Path) -> LLMChecker:
    settings = Settings(data_dir=tmp_path, llm_model="judge", llm_base_url="http://llm.test/v1",
                        llm_max_retries=0, llm_max_concurrency=1)
    client = OpenAIChatClient.from_settings(
        settings, http_client=httpx2.Client(transport=fake.transport()))
    return llm_checker(example_run.checker, settings, client, NoCache(), escalate=True)


def _reasons(example_run: ExampleRun, rule: EscalationRule = ESCALATION) -> dict[str, list[str]]:
    return {
        a.proposal.id: escalation_reasons(a, rule)
        for a in example_run.checker.assess_many([SURE, THIN, CONFLICT, SPANISH])
    }


def test_the_rule_names_why_an_item_is_unsure(example_run: ExampleRun) -> None:
    reasons = _reasons(example_run)
    assert reasons["SURE"] == []
    assert "flag thin_text" in reasons["THIN"]
    assert "flag non_english" in reasons["ES"]
    assert "the embedded verdict is unclear" in reasons["ES"]


def test_what_was_not_read_goes_to_the_llm_whatever_the_rule(example_run: ExampleRun) -> None:
    never = EscalationRule(min_confidence=0.0, kr_margin=0.0, orphan_band=0.0,
                           conflict_gap=None, conflict_verdict=False)
    reasons = _reasons(example_run, never)
    assert {k for k, v in reasons.items() if v} == {"THIN", "ES"}


def test_each_line_of_the_rule_sends_what_it_says(example_run: ExampleRun) -> None:
    off = EscalationRule(min_confidence=0.0, kr_margin=0.0, orphan_band=0.0,
                         conflict_gap=None, conflict_verdict=False)
    conflicts = _reasons(example_run, replace(off, conflict_verdict=True))
    assert conflicts["CONFLICT"] == ["the embedded verdict is a conflict"]
    assert conflicts["SURE"] == []
    # a clear conflict is confident: the fitted rule trusts it unless told to send every one
    confident = example_run.checker.check(CONFLICT).confidence
    assert confident > ESCALATION.min_confidence
    strict = _reasons(example_run, replace(off, min_confidence=0.99))
    sure = example_run.checker.check(SURE).confidence
    assert strict["SURE"] == [f"low confidence ({sure:.2f})"]
    assert not any("low confidence" in r for r in strict["THIN"])  # unclear claims nothing
    close = _reasons(example_run, replace(off, kr_margin=1.0))
    assert close["SURE"] == ["the first two key results score almost the same"]
    assert close["CONFLICT"] == []  # the ranking of a conflict call is not what it claims


def test_auto_asks_the_llm_only_for_the_unsure_items(
    example_run: ExampleRun, tmp_path: Path
) -> None:
    fake = FakeLLM(judged("misaligned", [], reason="orphan"))
    checker = _auto(example_run, fake, tmp_path)
    results = {r.id: r for r in checker.check_many([SURE, THIN, CONFLICT, SPANISH])}
    unsure = {k for k, v in _reasons(example_run).items() if v}
    assert {"THIN", "ES"} <= unsure and "SURE" not in unsure
    assert len(fake.requests) == len(unsure)
    asked = {r["messages"][1]["content"].split(":")[0] for r in fake.requests}
    assert asked == {f"Work item {item_id}" for item_id in unsure}
    sure = results["SURE"]
    assert sure.engine == "embedded" and sure.verdict == "aligned"
    assert sure.details["escalation"] == {"escalated": False, "reasons": []}
    assert sure == example_run.checker.check(SURE).model_copy(
        update={"details": sure.details})  # untouched but for saying so
    for item_id in unsure:
        result = results[item_id]
        assert result.engine == "llm:judge", item_id
        assert result.details["escalation"]["escalated"] is True
        assert result.details["escalation"]["reasons"]
    stats = checker.stats
    assert (stats.assessed, stats.escalated, stats.judged) == (4, len(unsure), len(unsure))
    share = f"{len(unsure) / 4:.0%}"
    assert f"auto: {len(unsure)} of 4 item(s) escalated to the LLM ({share})" in (
        stats.summary_line())
