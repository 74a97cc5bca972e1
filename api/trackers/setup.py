"""Connecting a tracker: ask it who the token belongs to, then store the connection.

A wrong token or site is caught when an admin connects, not at the first delivery, and the
token's own account becomes `bot_user` unless one was given, so its events are ignored.
"""

from __future__ import annotations

from api.trackers.calls import TrackerCallError
from api.trackers.clients import ClientFactory
from api.trackers.connections import ConnectionIn, ConnectionInfo, ConnectionRepo
from api.trackers.protocol import Tracker
from index.errors import InputError


def connect_tracker(
    repo: ConnectionRepo,
    clients: ClientFactory,
    workspace_id: int,
    tracker: Tracker,
    body: ConnectionIn,
) -> ConnectionInfo:
    """Verify (unless body.verify is off) and store; nothing is stored when the check fails."""
    connection = repo.draft(workspace_id, tracker, body)
    if body.verify:
        try:
            account = clients(connection).whoami()
        except TrackerCallError as exc:
            raise _refusal(tracker.title, connection.base_url, exc) from None
        if connection.bot_user is None:
            connection = connection.model_copy(update={"bot_user": account})
    return repo.put(connection)


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
