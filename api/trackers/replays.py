"""Webhook replays: a delivery seen before (same signed body, or the tracker's same delivery
id) within the keep window is answered as a duplicate and does nothing.

The body digest is what makes this hold against an attacker: the delivery id header is not
covered by the signature, the body is. A claim is made before the delivery is worked on and
dropped again when that fails, so the tracker's own redelivery of a failed one still runs.
Linear's signed timestamp (`linear.py`) already refuses old deliveries; this adds the rest.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable

from sqlalchemy import Engine, delete, insert, select
from sqlalchemy.exc import IntegrityError

from api import db


def delivery_keys(raw: bytes, delivery_id: str | None) -> list[str]:
    """What identifies a delivery: its body's digest, and the tracker's id when sent."""
    keys = [f"body:{hashlib.sha256(raw).hexdigest()}"]
    if delivery_id:
        keys.append(f"id:{hashlib.sha256(delivery_id.encode()).hexdigest()}")
    return keys


class DeliveryLog:
    """Claims deliveries per (workspace, tracker) for `keep_seconds` (default: a day)."""

    def __init__(
        self, engine: Engine, keep_seconds: float = 86_400.0, now: Callable[[], float] = time.time
    ) -> None:
        self.engine = engine
        self.keep_seconds = keep_seconds
        self.now = now

    def claim(self, workspace_id: int, tracker: str, keys: list[str]) -> bool:
        """Record the delivery; False when any of its keys was seen within the window."""
        now = self.now()
        table = db.tracker_deliveries
        mine = (table.c.workspace_id == workspace_id) & (table.c.tracker == tracker)
        try:
            with self.engine.begin() as conn:
                conn.execute(delete(table).where(table.c.received_at < now - self.keep_seconds))
                seen = conn.execute(select(table.c.key).where(mine, table.c.key.in_(keys)))
                if seen.first() is not None:
                    return False
                conn.execute(insert(table), [
                    {"workspace_id": workspace_id, "tracker": tracker, "key": key,
                     "received_at": now}
                    for key in keys
                ])
        except IntegrityError:  # the same delivery, claimed a moment ago by another process
            return False
        return True

    def release(self, workspace_id: int, tracker: str, keys: list[str]) -> None:
        """Forget a claimed delivery whose answer failed, so a redelivery runs again."""
        if not keys:
            return
        table = db.tracker_deliveries
        with self.engine.begin() as conn:
            conn.execute(
                delete(table).where(
                    table.c.workspace_id == workspace_id,
                    table.c.tracker == tracker,
                    table.c.key.in_(keys),
                )
            )
