"""What the LLM judge is offered: the strategy part every item shares, and each item's own.

When the workspace's key results and non-goals fit the token budget
(`STRATALIGN_LLM_STRATEGY_BUDGET_TOKENS`), every item is offered all of them, grouped by
objective, in one text that is byte for byte the same for every item: providers cache such a
prompt prefix (OpenAI, Anthropic, vLLM, llama.cpp), so a long list costs little after the first
call. When the other strategy passages fit as well, they join the shared part and nothing is
retrieved per item. Beyond the budget, every key result stays in an outline (titles cut
short) and the item's best-ranked objectives go with it in full; when even the outline does
not fit, each item gets the objectives retrieval ranks first (recall-oriented), with all their
key results, as many as fit. Non-goals are always shared.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from checker.embedded.retrieval import (
    Candidates,
    kr_candidate,
    objective_order,
    passage_candidate,
    passage_ref,
    supporting_rows,
)
from checker.embedded.scoring import Scores, StrategyModel
from checker.rationale import snippet

PASSAGE_CHARS = 500  # a passage's text in the prompt; longer ones are cut at a word
SUPPORTING_PASSAGES = 5  # per item, when the strategy passages are not all shared
OUTLINE_CHARS = 120  # a title in the outline: enough to tell objectives apart
CHARS_PER_TOKEN = 4  # OpenAI's rule of thumb for English text; no tokenizer is downloaded


def estimate_tokens(text: str) -> int:
    """Tokens `text` is likely to cost: about one per 4 characters of English (an estimate:
    the model's own tokenizer is not available offline; providers report the real count)."""
    return math.ceil(len(text) / CHARS_PER_TOKEN)


@dataclass(frozen=True)
class SharedPart:
    """The strategy part of the prompt: identical for every item of a workspace."""

    text: str
    kr_rows: tuple[int, ...]  # key results offered to every item (all of them, or none)
    detailed: bool  # their full text is shared (else an outline: titles cut short)
    rows: tuple[int, ...]  # passages: the non-goals, and every passage when all fit


class Offer:
    """Each item's candidates for one workspace, under a token budget for the strategy part.

    Tiers, the first that fits: every key result and every passage; every key result and the
    non-goals (the item's nearest passages go with the item); an outline of every key result
    (titles cut to OUTLINE_CHARS) and the non-goals, the full text of the item's best-ranked
    objectives going with the item; the non-goals alone, the item's best-ranked objectives
    (whole, with all their key results) going with the item.
    """

    def __init__(self, model: StrategyModel, budget_tokens: int) -> None:
        self.model = model
        self.budget = budget_tokens
        every_kr = tuple(range(len(model.krs)))
        non_goals = tuple(i for i, p in enumerate(model.passages) if p.kind == "non_goal")
        full, outline = kr_block(model, every_kr), kr_block(model, every_kr, OUTLINE_CHARS)
        tiers = [
            (full, every_kr, True, tuple(range(len(model.passages)))),
            (full, every_kr, True, non_goals),
            (outline, every_kr, False, non_goals),
        ]
        parts = [SharedPart(strategy_text(model, t, d, r), k, d, r) for t, k, d, r in tiers]
        self.shared = next(
            (part for part in parts if estimate_tokens(part.text) <= budget_tokens),
            SharedPart(strategy_text(model, "", False, non_goals), (), False, non_goals),
        )

    def candidates(self, scores: Scores) -> Candidates:
        """The item's candidates: the shared part, the detail of its best-ranked objectives
        when the shared part lacks it, and its nearest passages unless all are shared."""
        detailed = [] if self.shared.detailed else self._picked(scores)
        offered = self.shared.kr_rows or tuple(detailed)
        own_rows = (
            supporting_rows(self.model, scores, SUPPORTING_PASSAGES)
            if len(self.shared.rows) < len(self.model.passages)
            else []
        )
        own = [passage_candidate(self.model, scores, r) for r in own_rows]
        return Candidates(
            krs=[kr_candidate(self.model, scores, i) for i in offered],
            passages=[passage_candidate(self.model, scores, r) for r in self.shared.rows] + own,
            item_krs=[kr_candidate(self.model, scores, i) for i in detailed],
            item_passages=own,
        )

    def _picked(self, scores: Scores) -> list[int]:
        """Key results of the best-ranked objectives, whole objectives, while they fit."""
        room = self.budget - estimate_tokens(self.shared.text)
        picked: list[int] = []
        for objective in objective_order(self.model, scores):
            rows = [i for i, kr in enumerate(self.model.krs) if kr.objective_id == objective]
            cost = estimate_tokens(kr_block(self.model, rows))
            if picked and cost > room:
                break
            picked += rows
            room -= cost
        return sorted(picked)


def strategy_text(model: StrategyModel, krs: str, detailed: bool, rows: tuple[int, ...]) -> str:
    """The shared strategy part: key results by objective, then non-goals, then the other
    passages when they are shared too."""
    non_goals = [r for r in rows if model.non_goal[r]]
    others = [r for r in rows if not model.non_goal[r]]
    sections = []
    if krs:
        note = "" if detailed else (
            " Titles are shortened here; the objectives nearest the item are given in full "
            "with it."
        )
        sections.append(f"Objectives and their key results (choose kr_ids from these).{note}\n"
                        + krs)
    else:
        sections.append("Objectives and key results: those nearest the item are given with it.\n")
    sections.append("Non-goals and out-of-scope areas (cite them by id):\n"
                    + (passage_block(model, non_goals) or "(none)\n"))
    if others:
        sections.append("Strategy passages (cite them by id):\n" + passage_block(model, others))
    return "\n".join(sections)


def item_context(candidates: Candidates) -> str:
    """What goes with the item in the user message: its own key results and passages."""
    sections = []
    if candidates.item_krs:
        sections.append("Objectives nearest this item, in full (choose kr_ids from these):\n"
                        + kr_lines(candidates.item_krs))
    if candidates.item_passages:
        pairs = [(p.ref, p) for p in candidates.item_passages]
        sections.append("Strategy passages nearest this item (cite them by id):\n"
                        + passage_lines(pairs))
    return "".join(section + "\n" for section in sections)


class _KeyResult(Protocol):
    @property
    def kr_id(self) -> str: ...
    @property
    def objective_id(self) -> str: ...
    @property
    def objective_title(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def metric(self) -> str: ...


class _Passage(Protocol):
    @property
    def section(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def text(self) -> str: ...


def kr_block(model: StrategyModel, rows: Sequence[int], cut: int | None = None) -> str:
    """Key results grouped under their objectives, in the OKR file's order; `cut` shortens
    each title to that many characters (an outline)."""
    return kr_lines([model.krs[i] for i in sorted(rows)], cut)


def passage_block(model: StrategyModel, rows: list[int] | tuple[int, ...]) -> str:
    """Passages under their workspace-wide ids, one a line."""
    return passage_lines([(passage_ref(r), model.passages[r]) for r in rows])


def kr_lines(krs: Sequence[_KeyResult], cut: int | None = None) -> str:
    """Key results grouped under their objectives (in the order given), one a line."""
    lines: list[str] = []
    objective = None
    for kr in krs:
        if kr.objective_id != objective:
            objective = kr.objective_id
            lines.append(f"Objective {kr.objective_id}: {_short(kr.objective_title, cut)}")
        metric = f" (metric: {kr.metric})" if kr.metric else ""
        lines.append(f"- {kr.kr_id}: {_short(kr.title, cut)}{metric}")
    return "\n".join(lines) + "\n" if lines else ""


def passage_lines(passages: Sequence[tuple[str, _Passage]]) -> str:
    """Passages as `[ref] (kind) section: text`, one a line."""
    return "".join(
        f"[{ref}] ({p.kind.replace('_', '-')}) {p.section}: {snippet(p.text, PASSAGE_CHARS)}\n"
        for ref, p in passages
    )


def _short(text: str, cut: int | None) -> str:
    return snippet(text, cut) if cut else " ".join(text.split())
