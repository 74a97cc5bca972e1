"""Tracker connections of a workspace (admin), and the webhooks the trackers deliver to."""

from __future__ import annotations

import logging
import time

from fastapi import APIRouter, Request, Response
from starlette.concurrency import run_in_threadpool

from api.bodies import BoundedJsonRoute
from api.deps import AdminWorkspace, ContextDep, WorkspaceName
from api.errors import WORKSPACE_ERRORS, error_responses
from api.routes.checks import checker_of
from api.trackers.answer import no_connection, proposal_of
from api.trackers.connections import Connection, ConnectionIn, ConnectionInfo, Tracker
from api.trackers.events import Skip, TrackerItem
from api.trackers.receive import own_event, read_delivery
from api.trackers.responder import Outcome
from api.trackers.setup import connect_tracker
from api.workspaces import WorkspaceRecord

log = logging.getLogger("stratalign.api")

admin = APIRouter(
    prefix="/v1/workspaces",
    route_class=BoundedJsonRoute,
    tags=["integrations"],
    responses=WORKSPACE_ERRORS,
)
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
    tracker: Tracker, ws: WorkspaceName, request: Request, response: Response,
    context: ContextDep,
) -> Outcome:
    """Verify, check title and body, then comment on the item (or say why not).

    In queued mode the check and the comment happen in the job worker: the tracker gets 202
    at once, however long an LLM judge takes.
    """
    raw = await request.body()
    record = context.workspaces.find(ws)
    if record is None:
        raise no_connection(ws, tracker)
    connection = context.answerer.connection(record, tracker)
    delivery = read_delivery(
        connection, request.headers, raw, time.time(), context.settings.webhook_max_age_seconds
    )
    context.limiter.hit(f"webhook:{record.id}:{tracker}")
    if isinstance(delivery, Skip):
        return Outcome(action=delivery.action, reason=delivery.reason)
    skip = own_event(delivery, connection)
    if skip is not None:
        return Outcome(action=skip.action, reason=skip.reason)
    if context.settings.webhooks_queued:
        response.status_code = 202
        return _queue(context, record, delivery)
    return await _answer(context, record, connection, delivery)


async def _answer(
    context: ContextDep, record: WorkspaceRecord, connection: Connection, item: TrackerItem
) -> Outcome:
    checker = checker_of(context, record)
    result = await context.runner.run(lambda: checker.check(proposal_of(item)))
    outcome = await run_in_threadpool(
        context.responder.respond, connection, item, result, context.answerer.objectives(record)
    )
    log.info(
        "webhook ws=%s tracker=%s item=%s verdict=%s action=%s",
        record.name, item.tracker, item.key, result.verdict, outcome.action,
    )
    return outcome


def _queue(context: ContextDep, record: WorkspaceRecord, item: TrackerItem) -> Outcome:
    job = context.jobs.submit(record.id, "webhook", items=[item.model_dump(mode="json")])
    log.info(
        "webhook ws=%s tracker=%s item=%s queued job=%s",
        record.name, item.tracker, item.key, job.id,
    )
    return Outcome(
        action="queued", reason="the check and the comment follow", item=item.key, job=job.id
    )
