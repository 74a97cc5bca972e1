"""Feedback on results: a person accepts a verdict or corrects it, kept for later learning."""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping

from pydantic import BaseModel, ValidationError
from sqlalchemy import Engine, insert, select

from api import db
from api.checkers import CheckerCache
from checker.learning.corrections import Correction
from checker.learning.store import CorrectionStore
from checker.models import CheckResult
from checker.vocabulary import Verdict
from index.errors import InputError


class FeedbackRecord(BaseModel):
    """One person's judgement of one result."""

    id: int
    item_id: str
    accepted: bool
    verdict: str | None
    kr_id: str | None
    comment: str
    result: str | None
    key_id: str | None
    created_at: float


class FeedbackRepo:
    """Stores and lists feedback per workspace."""

    def __init__(self, engine: Engine, now: Callable[[], float] = time.time) -> None:
        self.engine = engine
        self.now = now

    def add(self, workspace_id: int, key_id: str, **fields: object) -> FeedbackRecord:
        """Store one piece of feedback and return it."""
        with self.engine.begin() as conn:
            new_id = conn.execute(
                insert(db.feedback).values(
                    workspace_id=workspace_id, key_id=key_id, created_at=self.now(), **fields
                )
            ).inserted_primary_key
        return self.of_workspace(workspace_id, only=int(new_id[0]))[0]  # type: ignore[index]

    def of_workspace(self, workspace_id: int, only: int | None = None) -> list[FeedbackRecord]:
        """Feedback of a workspace, oldest first."""
        query = select(db.feedback).where(db.feedback.c.workspace_id == workspace_id)
        if only is not None:
            query = query.where(db.feedback.c.id == only)
        with self.engine.connect() as conn:
            rows = conn.execute(query.order_by(db.feedback.c.id)).mappings()
            return [FeedbackRecord.model_validate(dict(r)) for r in rows]


def correction_of(
    item_id: str,
    title: str,
    body: str,
    answer: Mapping[str, object],
    result: CheckResult | None,
) -> Correction | None:
    """The feedback as a correction to learn from, or None when it carries no item text or no
    answer. `answer` holds verdict / kind / krs as corrected; empty fields take the result's
    own answer (what a person accepted)."""
    if not (title.strip() or body.strip()):
        return None
    fields = {k: v for k, v in answer.items() if v not in (None, [], "")}
    if "verdict" not in fields and fields.get("krs"):
        fields["verdict"] = Verdict.ALIGNED  # naming the key result it moves says aligned
    if result is not None and "verdict" not in fields and result.verdict != Verdict.UNCLEAR:
        fields["verdict"] = result.verdict
        fields.setdefault("kind", result.reason)
        if result.verdict == Verdict.ALIGNED:
            fields.setdefault("krs", [i.kr_id for i in result.impacted[:1]])
    if "verdict" not in fields:
        return None
    try:
        return Correction.model_validate(
            {"item_id": item_id, "title": title, "body": body, "source": "api", **fields}
        )
    except ValidationError as exc:
        problem = exc.errors()[0]
        raise InputError(problem["msg"], field=".".join(map(str, problem["loc"])) or None) from None


def learn(store: CorrectionStore, correction: Correction, checkers: CheckerCache) -> None:
    """Store the correction in the workspace's one store; the next checker learns from it."""
    store.add([correction])
    checkers.forget(store.path.stem)
