"""Tracker connections of a workspace (admin), and the webhooks the trackers deliver to."""

from __future__ import annotations

import logging
import time
from typing import Annotated

from fastapi import APIRouter, Depends, Path, Request, Response
from starlette.concurrency import run_in_threadpool

from api.bodies import BoundedJsonRoute
from api.deps import AdminWorkspace, ContextDep, WorkspaceName
from api.errors import WORKSPACE_ERRORS, error_responses
from api.feedback import learn
from api.routes.checks import checker_of
from api.trackers.answer import proposal_of
from api.trackers.connections import Connection, ConnectionIn, ConnectionInfo
from api.trackers.events import Skip, TrackerItem, TrackerReply
from api.trackers.protocol import Tracker
from api.trackers.receive import authenticate, own_event, require_signature
from api.trackers.registry import names, tracker
from api.trackers.replays import delivery_keys
from api.trackers.responder import Outcome
from api.trackers.setup import connect_tracker
from api.workspaces import WorkspaceRecord
from checker.learning.corrections import Correction
from checker.learning.store import CorrectionStore

log = logging.getLogger("stratalign.api")


def _known(
    tracker_name: Annotated[
        str,
        Path(alias="tracker", description=f"One of: {', '.join(names())}.", examples=names()),
    ],
) -> Tracker:
    return tracker(tracker_name)


KnownTracker = Annotated[Tracker, Depends(_known)]

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
    kind: KnownTracker, body: ConnectionIn, record: AdminWorkspace, context: ContextDep
) -> ConnectionInfo:
    info = connect_tracker(
        context.connections, context.responder.clients, context.outbound, record.id, kind, body
    )
    log.info("tracker connection ws=%s tracker=%s stored", record.name, kind.name)
    return info


@admin.get("/{ws}/integrations", summary="The workspace's tracker connections (no secrets)")
def list_connections(record: AdminWorkspace, context: ContextDep) -> list[ConnectionInfo]:
    return context.connections.listing(record.id)


@admin.delete("/{ws}/integrations/{tracker}", status_code=204, summary="Disconnect a tracker")
def delete_connection(kind: KnownTracker, record: AdminWorkspace, context: ContextDep) -> Response:
    context.connections.delete(record.id, kind.name)
    return Response(status_code=204)


@hooks.post("/{tracker}/{ws}", summary="Receive a tracker's webhook delivery")
async def receive(
    kind: KnownTracker, ws: WorkspaceName, request: Request, response: Response,
    context: ContextDep,
) -> Outcome:
    """Authenticate, drop replays, check title and body, then comment (or say why not).

    In queued mode the check and the comment happen in the job worker: the tracker gets 202
    at once, however long an LLM judge takes.
    """
    raw = await request.body()
    require_signature(kind, request.headers)  # before any lookup or decryption
    record, info = authenticate(
        kind, context.connections, context.workspaces.find(ws), ws, request.headers, raw
    )
    context.limiter.hit(f"webhook:{record.id}:{kind.name}")
    keys = delivery_keys(raw, kind.delivery_id(request.headers))
    if not context.deliveries.claim(record.id, kind.name, keys):
        log.info("webhook ws=%s tracker=%s replay answered as a duplicate", record.name, kind.name)
        return Outcome(action="duplicate", reason="this delivery was received before")
    try:
        return await _handle(kind, context, record, info, request, response, raw, keys)
    except BaseException:
        context.deliveries.release(record.id, kind.name, keys)
        raise


async def _handle(
    kind: Tracker, context: ContextDep, record: WorkspaceRecord, info: ConnectionInfo,
    request: Request, response: Response, raw: bytes, keys: list[str],
) -> Outcome:
    max_age = context.settings.webhook_max_age_seconds
    delivery = kind.read(request.headers, raw, info.base_url, time.time(), max_age)
    if isinstance(delivery, Skip):
        return Outcome(action=delivery.action, reason=delivery.reason)
    if isinstance(delivery, TrackerReply):
        return await run_in_threadpool(_teach, context, record, delivery)
    skip = own_event(delivery, info)
    if skip is not None:
        return Outcome(action=skip.action, reason=skip.reason)
    item = delivery.model_copy(update={"delivery": keys})
    if context.settings.webhooks_queued:
        response.status_code = 202
        return _queue(context, record, item)
    connection = context.answerer.connection(record, kind.name)  # the token is opened here
    return await _answer(context, record, connection, item)


async def _answer(
    context: ContextDep, record: WorkspaceRecord, connection: Connection, item: TrackerItem
) -> Outcome:
    skipped = await run_in_threadpool(context.answerer.opened_by_bot, connection, item)
    if skipped is not None:
        return skipped
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


def _teach(context: ContextDep, record: WorkspaceRecord, reply: TrackerReply) -> Outcome:
    store = CorrectionStore.of(context.settings.data_dir, record.collection)

    def stored(correction: Correction) -> None:
        learn(store, correction, context.checkers)

    outcome = context.answerer.teach(record, reply, stored)
    log.info(
        "webhook ws=%s tracker=%s item=%s reply action=%s",
        record.name, reply.tracker, reply.key, outcome.action,
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
