"""Tracker connections of a workspace (admin), and the webhooks the trackers deliver to."""

from __future__ import annotations

import logging
import time

from fastapi import APIRouter, Request, Response
from starlette.concurrency import run_in_threadpool

from api.deps import AdminWorkspace, ContextDep, WorkspaceName
from api.errors import WORKSPACE_ERRORS, NotFoundError, error_responses
from api.routes.checks import checker_of
from api.trackers.connections import Connection, ConnectionIn, ConnectionInfo, Tracker
from api.trackers.events import Skip
from api.trackers.receive import own_event, read_delivery
from api.trackers.responder import Outcome
from api.trackers.setup import connect_tracker
from api.workspaces import WorkspaceRecord
from checker.models import Proposal

log = logging.getLogger("stratalign.api")

admin = APIRouter(prefix="/v1/workspaces", tags=["integrations"], responses=WORKSPACE_ERRORS)
hooks = APIRouter(
    prefix="/v1/integrations",
    tags=["integrations"],
    responses=error_responses(401, 404, 413, 422, 429, 502, 504),
)


@admin.put("/{ws}/integrations/{tracker}", summary="Connect a tracker (token shown never again)")
def put_connection(
    tracker: Tracker, body: ConnectionIn, record: AdminWorkspace, context: ContextDep
) -> ConnectionInfo:
    info = connect_tracker(
        context.connections, context.responder.clients, record.id, tracker, body
    )
    log.info("tracker connection ws=%s tracker=%s stored", record.name, tracker)
    return info


@admin.get("/{ws}/integrations", summary="The workspace's tracker connections (no secrets)")
def list_connections(record: AdminWorkspace, context: ContextDep) -> list[ConnectionInfo]:
    return context.connections.listing(record.id)


@admin.delete("/{ws}/integrations/{tracker}", status_code=204, summary="Disconnect a tracker")
def delete_connection(tracker: Tracker, record: AdminWorkspace, context: ContextDep) -> Response:
    context.connections.delete(record.id, tracker)
    return Response(status_code=204)


@hooks.post("/{tracker}/{ws}", summary="Receive a tracker's webhook delivery")
async def receive(
    tracker: Tracker, ws: WorkspaceName, request: Request, context: ContextDep
) -> Outcome:
    """Verify, check title and body, then comment on the item (or say why not)."""
    raw = await request.body()
    record, connection = _connection(context, ws, tracker)
    delivery = read_delivery(
        connection, request.headers, raw, time.time(), context.settings.webhook_max_age_seconds
    )
    context.limiter.hit(f"webhook:{record.id}:{tracker}")
    if isinstance(delivery, Skip):
        return Outcome(action=delivery.action, reason=delivery.reason)
    skip = own_event(delivery, connection)
    if skip is not None:
        return Outcome(action=skip.action, reason=skip.reason)
    proposal = Proposal(id=delivery.key, title=delivery.title, body=delivery.body)
    checker = checker_of(context, record)
    result = await context.runner.run(lambda: checker.check(proposal))
    outcome = await run_in_threadpool(
        context.responder.respond, connection, delivery, result, _objectives(context, record)
    )
    log.info(
        "webhook ws=%s tracker=%s item=%s verdict=%s action=%s",
        record.name, tracker, delivery.key, result.verdict, outcome.action,
    )
    return outcome


def _connection(
    context: ContextDep, ws: str, tracker: Tracker
) -> tuple[WorkspaceRecord, Connection]:
    record = context.workspaces.find(ws)
    connection = context.connections.find(record.id, tracker) if record else None
    if record is None or connection is None:
        raise NotFoundError(
            f"workspace '{ws}' has no {tracker} connection; "
            f"PUT /v1/workspaces/{ws}/integrations/{tracker} first"
        )
    return record, connection


def _objectives(context: ContextDep, record: WorkspaceRecord) -> dict[str, str]:
    return {o.id: o.title for o in context.workspaces.okrs(record).objectives}
