"""One webhook delivery from the raw request to a `Delivery`: signature first, then the body.

Nothing is parsed before the signature verifies, so a forged or unsigned request is refused
(401) without a single call to the tracker or the checker.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import parse_qs

from api.bodies import load_json
from api.trackers.connections import Connection
from api.trackers.events import (
    Delivery,
    Skip,
    TrackerItem,
    github_delivery,
    jira_delivery,
    linear_delivery,
)
from api.trackers.signing import verify, verify_fresh
from index.errors import InputError


def read_delivery(
    connection: Connection,
    headers: Mapping[str, str],
    raw: bytes,
    now: float,
    max_age: float,
) -> Delivery:
    """The verified delivery; AuthenticationError (401) or InputError (422) otherwise."""
    secret = connection.webhook_secret.get_secret_value()
    if connection.tracker == "github":
        verify(secret, raw, headers.get("x-hub-signature-256"),
               name="X-Hub-Signature-256", prefix="sha256=")
        return github_delivery(headers.get("x-github-event"), _github_json(raw, headers))
    if connection.tracker == "jira":
        verify(secret, raw, headers.get("x-hub-signature"),
               name="X-Hub-Signature", prefix="sha256=")
        return jira_delivery(_json(raw, "jira"), connection.base_url)
    verify(secret, raw, headers.get("linear-signature"), name="Linear-Signature")
    payload = _json(raw, "linear")
    verify_fresh(payload.get("webhookTimestamp") if isinstance(payload, dict) else None,
                 now, max_age)
    return linear_delivery(payload)


def own_event(item: TrackerItem, connection: Connection) -> Skip | None:
    """A Skip when our own account caused the event (editing what we labelled, say)."""
    if connection.bot_user is not None and item.actor == connection.bot_user:
        return Skip(reason=f"caused by stratalign's own account '{connection.bot_user}'")
    return None


def _github_json(raw: bytes, headers: Mapping[str, str]) -> Any:
    # A GitHub webhook may be set to send form-encoded: the JSON is in its `payload` field.
    if headers.get("content-type", "").startswith("application/x-www-form-urlencoded"):
        fields = parse_qs(raw.decode("utf-8", errors="replace"))
        if "payload" not in fields:
            raise InputError("github form payload has no 'payload' field", field="payload")
        return _json(fields["payload"][0].encode(), "github")
    return _json(raw, "github")


def _json(raw: bytes, tracker: str) -> Any:
    return load_json(raw, f"{tracker} payload")  # depth-bounded: 100k `[` is a 422, not a 500
