"""What stratalign already said on each tracker item: its comment, what it meant, its labels.

A row is claimed (with no comment id yet) before the first comment is posted, so that two
server processes answering deliveries for the same item at once post one comment, not two.
A claim left by a process that died expires.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable

from pydantic import BaseModel
from sqlalchemy import ColumnElement, Connection, Engine, and_, delete, insert, select, update
from sqlalchemy.exc import IntegrityError

from api import db

_TEXTS = ("title", "body", "result", "answer")
PENDING = ""  # the comment id of a claimed row whose first comment is being posted


class Post(BaseModel):
    """Our comment on one item, the labels we added there, and what the comment rests on:
    the text judged, the result shown and the team's answer since (None on rows stored
    before replies were read)."""

    comment_id: str
    fingerprint: str
    labels: list[str]
    title: str | None = None
    body: str | None = None
    result: str | None = None  # CheckResult JSON
    answer: str | None = None  # commands.TeamAnswer JSON

    @property
    def pending(self) -> bool:
        """Claimed, its first comment not posted yet."""
        return self.comment_id == PENDING


class PostRepo:
    """Reads and records our comment per (workspace, tracker, item)."""

    def __init__(self, engine: Engine, now: Callable[[], float] = time.time) -> None:
        self.engine = engine
        self.now = now

    def get(self, workspace_id: int, tracker: str, item: str) -> Post | None:
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
            **{name: row[name] for name in _TEXTS},
        )

    def claim(self, workspace_id: int, tracker: str, item: str, stale_after: float) -> bool:
        """Hold the item for our first comment; False while another delivery holds it."""
        now = self.now()
        values = {"comment_id": PENDING, "fingerprint": "", "labels": "[]", "updated_at": now}
        try:
            with self.engine.begin() as conn:
                conn.execute(
                    insert(db.tracker_posts).values(
                        workspace_id=workspace_id, tracker=tracker, item=item, **values
                    )
                )
            return True
        except IntegrityError:
            pass
        table = db.tracker_posts
        with self.engine.begin() as conn:  # take over a claim whose holder died
            taken = conn.execute(
                update(table)
                .where(
                    _key(workspace_id, tracker, item),
                    table.c.comment_id == PENDING,
                    table.c.updated_at < now - stale_after,
                )
                .values(updated_at=now)
            )
        return taken.rowcount == 1

    def release(self, workspace_id: int, tracker: str, item: str) -> None:
        """Drop our claim when the first comment could not be posted."""
        table = db.tracker_posts
        with self.engine.begin() as conn:
            conn.execute(
                delete(table).where(
                    _key(workspace_id, tracker, item), table.c.comment_id == PENDING
                )
            )

    def put_if(
        self, workspace_id: int, tracker: str, item: str, post: Post, expected: str
    ) -> bool:
        """Record `post` only while the stored row still has the fingerprint `expected` (the
        comment the caller edited over); False when another worker wrote the row meanwhile."""
        key = _key(workspace_id, tracker, item)
        with self.engine.begin() as conn:
            row = conn.execute(
                select(db.tracker_posts.c.fingerprint).where(key).with_for_update()
            ).first()
            if row is None or row[0] != expected:
                return False
            self._replace(conn, workspace_id, tracker, item, post)
        return True

    def put(self, workspace_id: int, tracker: str, item: str, post: Post) -> None:
        """Record (replace) our post on the item. A team's answer once stored is kept when
        `post` carries none: a re-check that read the row before a reply was stored (another
        worker process) must not erase the answer."""
        key = _key(workspace_id, tracker, item)
        with self.engine.begin() as conn:
            if post.answer is None:
                stored = conn.execute(select(db.tracker_posts.c.answer).where(key)).first()
                post = post.model_copy(update={"answer": stored[0] if stored else None})
            self._replace(conn, workspace_id, tracker, item, post)

    def _replace(
        self, conn: Connection, workspace_id: int, tracker: str, item: str, post: Post
    ) -> None:
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
                **{name: getattr(post, name) for name in _TEXTS},
            )
        )


def _key(workspace_id: int, tracker: str, item: str) -> ColumnElement[bool]:
    table = db.tracker_posts
    return and_(
        table.c.workspace_id == workspace_id, table.c.tracker == tracker, table.c.item == item
    )
