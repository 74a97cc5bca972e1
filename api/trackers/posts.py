"""What stratalign already said on each tracker item: its comment, what it meant, its labels."""

from __future__ import annotations

import json
import time
from collections.abc import Callable

from pydantic import BaseModel
from sqlalchemy import ColumnElement, Engine, and_, delete, insert, select

from api import db
from api.trackers.connections import Tracker


class Post(BaseModel):
    """Our comment on one item and the labels we added there."""

    comment_id: str
    fingerprint: str
    labels: list[str]


class PostRepo:
    """Reads and records our comment per (workspace, tracker, item)."""

    def __init__(self, engine: Engine, now: Callable[[], float] = time.time) -> None:
        self.engine = engine
        self.now = now

    def get(self, workspace_id: int, tracker: Tracker, item: str) -> Post | None:
        """Our post on the item, if any."""
        table = db.tracker_posts
        with self.engine.connect() as conn:
            row = conn.execute(
                select(table).where(_key(workspace_id, tracker, item))
            ).mappings().first()
        if row is None:
            return None
        return Post(
            comment_id=row["comment_id"],
            fingerprint=row["fingerprint"],
            labels=json.loads(row["labels"]),
        )

    def put(self, workspace_id: int, tracker: Tracker, item: str, post: Post) -> None:
        """Record (replace) our post on the item."""
        with self.engine.begin() as conn:
            conn.execute(delete(db.tracker_posts).where(_key(workspace_id, tracker, item)))
            conn.execute(
                insert(db.tracker_posts).values(
                    workspace_id=workspace_id,
                    tracker=tracker,
                    item=item,
                    comment_id=post.comment_id,
                    fingerprint=post.fingerprint,
                    labels=json.dumps(post.labels),
                    updated_at=self.now(),
                )
            )


def _key(workspace_id: int, tracker: Tracker, item: str) -> ColumnElement[bool]:
    table = db.tracker_posts
    return and_(
        table.c.workspace_id == workspace_id, table.c.tracker == tracker, table.c.item == item
    )
