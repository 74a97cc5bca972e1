"""One webhook delivery from the raw request to a `Delivery`: authenticated first, then read.

Order, so that nothing about a workspace leaks to a caller who cannot sign and nothing is
decrypted for one: (1) the tracker's signature header must be there, or 401 before any lookup;
(2) the workspace's stored webhook secret, and only it, is opened; (3) the signature must
verify. A missing workspace or connection, a wrong signature and a secret this server's keys
cannot open all get the same 401, so the route answers alike with or without a connection.
Only then is the body parsed; a forged or unsigned request causes no call and no check.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping

from api.errors import AuthenticationError, TrackerCallError
from api.trackers.clients import ClientFactory
from api.trackers.connections import Connection, ConnectionInfo, ConnectionRepo
from api.trackers.events import Skip, TrackerItem
from api.trackers.protocol import BotLookup, Tracker
from api.trackers.vault import SealedSecretError
from api.workspaces import WorkspaceRecord

log = logging.getLogger("stratalign.api")


def require_signature(kind: Tracker, headers: Mapping[str, str]) -> None:
    """401 when the delivery carries no signature header at all."""
    if not headers.get(kind.signature_header):
        raise AuthenticationError(
            f"missing {kind.signature_header} header; is the webhook secret set?"
        )


def authenticate(
    kind: Tracker,
    connections: ConnectionRepo,
    record: WorkspaceRecord | None,
    ws: str,
    headers: Mapping[str, str],
    raw: bytes,
) -> tuple[WorkspaceRecord, ConnectionInfo]:
    """The workspace and the connection the delivery is signed for (its token still sealed);
    one 401 otherwise, `record` None (no such workspace) included."""
    require_signature(kind, headers)
    refused = AuthenticationError(
        f"{kind.signature_header} does not verify with the webhook secret of this "
        f"workspace's {kind.title} connection (PUT /v1/workspaces/{ws}/integrations/{kind.name})"
    )
    if record is None:
        raise refused
    try:
        found = connections.webhook_secret(record.id, kind.name)
    except SealedSecretError:
        log.error(
            "webhook ws=%s tracker=%s refused: its stored webhook secret cannot be decrypted "
            "with this server's keys (see STRATALIGN_SECRET_KEY)", ws, kind.name,
        )
        raise refused from None
    if found is None:
        raise refused
    info, secret = found
    try:
        kind.verify(secret, headers, raw)
    except AuthenticationError:
        raise refused from None
    return record, info


def own_event(item: TrackerItem, connection: ConnectionInfo) -> Skip | None:
    """A Skip when our own account caused the event (editing what we labelled, say), or when
    the connection ignores bots (its default) and a bot opened the item or sent the event:
    Dependabot's bumps and automation rules are upkeep, not work to judge in public, and stay
    so when a person edits them."""
    if connection.bot_user is not None and item.actor == connection.bot_user:
        return Skip(reason=f"caused by stratalign's own account '{connection.bot_user}'")
    if not connection.ignore_bots:
        return None
    if item.actor_is_bot:
        return Skip(reason="sender is a bot; the connection ignores bots (ignore_bots)")
    if item.author_is_bot:
        who = f" ('{item.author}')" if item.author else ""
        return Skip(reason=f"item opened by a bot{who}; the connection ignores bots "
                           "(ignore_bots)")
    return None


def opened_by_bot(item: TrackerItem, connection: Connection, clients: ClientFactory) -> Skip | None:
    """The Skip `own_event` would give had the delivery said who opened the item, asked of the
    tracker's API when it names the opener only by id (a person editing a GitLab project bot's
    merge request). An API that does not answer leaves the item to be checked: a lost
    delivery is worse than one comment on a bot's item."""
    if item.author_id is None or not connection.ignore_bots:
        return None
    client = clients(connection)
    if not isinstance(client, BotLookup):
        return None
    try:
        is_bot = client.user_is_bot(item.author_id)
    except TrackerCallError as exc:
        log.info("webhook tracker=%s item=%s: who opened it is unknown (%s); checking it",
                 item.tracker, item.key, exc)
        return None
    return own_event(item.model_copy(update={"author_is_bot": is_bot}), connection)
