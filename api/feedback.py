"""Feedback on results: a person accepts a verdict or corrects it, kept for later learning."""

from __future__ import annotations

import time
from collections.abc import Callable

from pydantic import BaseModel
from sqlalchemy import Engine, insert, select

from api import db


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
