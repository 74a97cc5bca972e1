"""Candidate recall of the LLM path on the shared evaluation sets, without calling any LLM:
the judge must be offered every labelled key result and every labelled conflict's passage.

Reads ../shared/eval (the answer key is read only to score, after the candidates are made);
skipped when that folder is absent. The sets are indexed with the real model in a temp store.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.evaluation.llm_path import candidate_recall
from checker.evaluation.scores import load_eval_inputs
from checker.llm.offer import Offer
from checker.service import Services, build_checker, ensure_indexed
from checker.settings import Settings
from index.embedding import OnnxEmbedder
from index.store import ChromaStore, open_persistent_client
from tests.helpers import REPO

SHARED_EVAL = REPO.parent / "shared" / "eval"
SETS = sorted(p.name for p in SHARED_EVAL.glob("*") if (p / "labels.jsonl").is_file())


@pytest.mark.skipif(not SETS, reason=f"no evaluation sets in {SHARED_EVAL}")
@pytest.mark.parametrize("name", SETS or ["none"])
def test_the_judge_is_offered_every_labelled_answer(
    name: str, embedder: OnnxEmbedder, tmp_path: Path
) -> None:
    folder = SHARED_EVAL / name
    services = Services(embedder, ChromaStore(open_persistent_client(tmp_path), embedder))
    checker = build_checker(ensure_indexed(folder, services, lambda _: None), services)
    proposals, labels = load_eval_inputs(folder)
    assessments = list(checker.assess_many(proposals))
    offer = Offer(checker.model, Settings().llm_strategy_budget_tokens)
    recall = candidate_recall(assessments, labels, offer, embedder)
    assert recall.aligned_items > 0
    assert recall.kr == 1.0, recall
    assert recall.conflict in (1.0, None), recall
