"""Connecting a tracker: ask it who the token belongs to, then store the connection.

A wrong token or site is caught when an admin connects, not at the first delivery, and the
token's own account becomes `bot_user` unless one was given, so its events are ignored.
"""

from __future__ import annotations

import httpx

from api.outbound import OutboundPolicy, OutboundRefusedError, TrackerCallError, UnresolvedHostError
from api.trackers.clients import ClientFactory
from api.trackers.connections import ConnectionIn, ConnectionInfo, ConnectionRepo
from api.trackers.protocol import Tracker
from index.errors import InputError


def connect_tracker(
    repo: ConnectionRepo,
    clients: ClientFactory,
    policy: OutboundPolicy,
    workspace_id: int,
    tracker: Tracker,
    body: ConnectionIn,
) -> ConnectionInfo:
    """Check base_url against the outbound rules, verify the token (unless body.verify is off)
    and store; nothing is stored when a check fails (InputError on `base_url` or `token`)."""
    connection = repo.draft(workspace_id, tracker, body)
    allowed(policy, connection.base_url, resolvable=body.verify)
    if body.verify:
        try:
            account = clients(connection).whoami()
        except TrackerCallError as exc:
            raise _refusal(tracker.title, connection.base_url, exc) from None
        if connection.bot_user is None:
            connection = connection.model_copy(update={"bot_user": account})
    return repo.put(connection)


def allowed(policy: OutboundPolicy, base_url: str, resolvable: bool) -> None:
    """InputError on `base_url` when the outbound rules refuse it; a host that does not
    resolve is refused only when it must (the token is checked now)."""
    url = httpx.URL(base_url)
    try:
        policy.check_url(url)
        port = url.port or (443 if url.scheme == "https" else 80)
        policy.address_for(url.host, port, plain_http=url.scheme == "http")
    except UnresolvedHostError as exc:
        if resolvable:
            raise InputError(f"base_url: {exc.message}", field="base_url") from None
    except OutboundRefusedError as exc:
        raise InputError(f"base_url refused: {exc.message}", field="base_url") from None


def _refusal(tracker: str, base_url: str, exc: TrackerCallError) -> InputError:
    if exc.status in (401, 403):
        return InputError(
            f"{tracker} refused this token ({exc.message}); check it and its scopes",
            field="token",
        )
    return InputError(
        f"could not verify the token at {base_url} ({exc.message}); check base_url, "
        "or send verify: false to store it unchecked",
        field="base_url",
    )
