"""One webhook delivery from the raw request to a `Delivery`: signature first, then the body.

Nothing is parsed before the signature verifies, so a forged or unsigned request is refused
(401) without a single call to the tracker or the checker.
"""

from __future__ import annotations

from collections.abc import Mapping

from api.trackers.connections import Connection
from api.trackers.events import Delivery, Skip, TrackerItem
from api.trackers.registry import tracker


def read_delivery(
    connection: Connection,
    headers: Mapping[str, str],
    raw: bytes,
    now: float,
    max_age: float,
) -> Delivery:
    """The verified delivery; AuthenticationError (401) or InputError (422) otherwise."""
    kind = tracker(connection.tracker)
    kind.verify(connection.webhook_secret.get_secret_value(), headers, raw)
    return kind.read(headers, raw, connection.base_url, now, max_age)


def own_event(item: TrackerItem, connection: Connection) -> Skip | None:
    """A Skip when our own account caused the event (editing what we labelled, say)."""
    if connection.bot_user is not None and item.actor == connection.bot_user:
        return Skip(reason=f"caused by stratalign's own account '{connection.bot_user}'")
    return None
