"""Check one proposal, suggest key results as someone types, and record feedback."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import APIRouter
from pydantic import BaseModel, ConfigDict, Field

from api.bodies import BoundedJsonRoute
from api.deps import CheckWorkspace, ContextDep, PrincipalDep
from api.errors import WORKSPACE_ERRORS
from api.feedback import correction_of, learn
from api.fields import StoredText
from api.items import CappedChecker
from api.workspaces import WorkspaceRecord
from checker.learning.corrections import refuse_unknown_key_results, require_complete_answer
from checker.learning.store import CorrectionStore
from checker.models import EMPTY_PROPOSAL, CheckResult, Impacted, Proposal, Reason, Verdict
from index.errors import InputError

router = APIRouter(
    prefix="/v1/workspaces",
    route_class=BoundedJsonRoute,
    tags=["check"],
    responses=WORKSPACE_ERRORS,
)
log = logging.getLogger("stratalign.api")


class CheckIn(BaseModel):
    """One proposal: a title and/or a body, with optional metadata kept on the result's item."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(default="proposal", min_length=1, max_length=200)
    # No length limits: past the item budget (STRATALIGN_MAX_ITEM_CHARS) text is cut, and the
    # result says so, the same as for audit items and webhooks (api/items.py).
    title: str = ""
    body: str = ""
    metadata: dict[str, Any] = Field(default_factory=dict)

    def proposal(self) -> Proposal:
        """The domain proposal; at least a title or a body is needed."""
        if not (self.title.strip() or self.body.strip()):
            raise InputError(EMPTY_PROPOSAL, field="title")
        extra = {k: v for k, v in self.metadata.items() if k not in ("id", "title", "body")}
        return Proposal(id=self.id, title=self.title, body=self.body, **extra)


class SuggestIn(BaseModel):
    """Text typed so far; the best k key results come back."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, max_length=20_000)
    k: int = Field(default=3, ge=1, le=5)


class SuggestOut(BaseModel):
    """Key results ranked for the text, with the strategy version they come from."""

    suggestions: list[Impacted]
    strategy_version: str


class FeedbackIn(BaseModel):
    """A person accepts a result, or corrects its verdict and/or key result."""

    model_config = ConfigDict(extra="forbid")

    item_id: StoredText = Field(min_length=1, max_length=200)
    accepted: bool
    verdict: Verdict | None = None
    kr_id: StoredText | None = Field(default=None, max_length=100)
    comment: StoredText = Field(default="", max_length=5000)
    result: CheckResult | None = None
    # The item's text, so the workspace learns from the answer (checker/learning/).
    title: str = Field(default="", max_length=1000)
    body: str = Field(default="", max_length=50_000)
    kind: Reason | None = None
    krs: list[str] = Field(default_factory=list, max_length=20)


class FeedbackOut(BaseModel):
    """The stored feedback's id."""

    id: int
    item_id: str
    accepted: bool
    created_at: float
    learned: bool = False  # stored as a correction the workspace's verdicts learn from


def checker_of(context: ContextDep, record: WorkspaceRecord) -> CappedChecker:
    """The workspace's cached checker (built on first use), cutting text to the budget."""
    return context.checkers.of(record, context.workspaces)


@router.post("/{ws}/check", summary="Check one proposal against the workspace's strategy")
async def check(
    body: CheckIn, record: CheckWorkspace, context: ContextDep, principal: PrincipalDep
) -> CheckResult:
    proposal = body.proposal()
    result = await context.runner.run(lambda: checker_of(context, record).check(proposal))
    log.info("check ws=%s key=%s verdict=%s", record.name, principal.key_id, result.verdict)
    if context.settings.debug_logging:
        log.debug("check text=%r", proposal.text)
    return result


@router.post("/{ws}/suggest", summary="The top k key results for text being typed")
async def suggest(body: SuggestIn, record: CheckWorkspace, context: ContextDep) -> SuggestOut:
    proposal = Proposal(id="suggest", title=body.text)
    # As-you-type must stay fast: the embedded ranking, never an LLM call per keystroke.
    fast = checker_of(context, record).fast()
    result = await context.runner.run(lambda: fast.check(proposal))
    return SuggestOut(
        suggestions=result.impacted[: body.k], strategy_version=result.strategy_version
    )


@router.post("/{ws}/feedback", status_code=201, summary="Accept or correct a result")
def feedback(
    body: FeedbackIn, record: CheckWorkspace, context: ContextDep, principal: PrincipalDep
) -> FeedbackOut:
    krs = body.krs or ([body.kr_id] if body.kr_id else [])
    _known_key_results(krs, "krs" if body.krs else "kr_id", context, record)
    answer = {"verdict": body.verdict, "kind": body.kind, "krs": krs, "comment": body.comment,
              "author": principal.key_id}
    # (read before anything is stored: an incomplete correction is refused whole; an accepted
    # result is stored as it was, key result or not)
    if not body.accepted and body.verdict is not None:
        require_complete_answer(body.verdict, body.kind, krs)
    correction = correction_of(body.item_id, body.title, body.body, answer, body.result)
    stored = context.feedback.add(
        record.id,
        principal.key_id,
        item_id=body.item_id,
        accepted=body.accepted,
        verdict=body.verdict,
        kr_id=body.kr_id,
        comment=body.comment,
        result=body.result.model_dump_json() if body.result else None,
    )
    if correction is not None:
        store = CorrectionStore.of(context.settings.data_dir, record.collection)
        learn(store, correction, context.checkers)
    return FeedbackOut(
        id=stored.id,
        item_id=stored.item_id,
        accepted=stored.accepted,
        created_at=stored.created_at,
        learned=correction is not None,
    )


def _known_key_results(
    krs: list[str], field: str, context: ContextDep, record: WorkspaceRecord
) -> None:
    """A correction names key results of the workspace's strategy, or it is refused (nothing
    stored): an unknown id would be learned as nothing, silently."""
    if krs:
        refuse_unknown_key_results(krs, context.workspaces.indexable(record).okrs, field)
