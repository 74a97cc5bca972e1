"""`--engine auto`: the embedded engine judges every item, the LLM only the unsure ones."""

from __future__ import annotations

from pathlib import Path

import httpx2

from checker.engines import llm_checker
from checker.llm.cache import NoCache
from checker.llm.client import OpenAIChatClient
from checker.llm.engine import LLMChecker
from checker.llm.escalation import escalation_reasons
from checker.models import Proposal
from checker.settings import Settings
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


def test_the_rule_names_why_an_item_is_unsure(example_run: ExampleRun) -> None:
    reasons = {
        a.proposal.id: escalation_reasons(a)
        for a in example_run.checker.assess_many([SURE, THIN, CONFLICT, SPANISH])
    }
    assert reasons["SURE"] == []
    assert "flag thin_text" in reasons["THIN"]
    assert "the embedded verdict is a conflict" in reasons["CONFLICT"]
    assert "flag non_english" in reasons["ES"]
    assert "the embedded verdict is unclear" in reasons["ES"]


def test_auto_asks_the_llm_only_for_the_unsure_items(
    example_run: ExampleRun, tmp_path: Path
) -> None:
    fake = FakeLLM(judged("misaligned", [], reason="orphan"))
    checker = _auto(example_run, fake, tmp_path)
    results = {r.id: r for r in checker.check_many([SURE, THIN, CONFLICT, SPANISH])}
    assert len(fake.requests) == 3
    asked = {r["messages"][1]["content"].split(":")[0] for r in fake.requests}
    assert asked == {"Work item THIN", "Work item CONFLICT", "Work item ES"}
    sure = results["SURE"]
    assert sure.engine == "embedded" and sure.verdict == "aligned"
    assert sure.details["escalation"] == {"escalated": False, "reasons": []}
    assert sure == example_run.checker.check(SURE).model_copy(
        update={"details": sure.details})  # untouched but for saying so
    for item_id in ("THIN", "CONFLICT", "ES"):
        result = results[item_id]
        assert result.engine == "llm:judge", item_id
        assert result.details["escalation"]["escalated"] is True
        assert result.details["escalation"]["reasons"]
    stats = checker.stats
    assert (stats.assessed, stats.escalated, stats.judged) == (4, 3, 3)
    assert "auto: 3 of 4 item(s) escalated to the LLM (75%)" in stats.summary_line()
