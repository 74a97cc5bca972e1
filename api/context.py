"""Everything a running API holds, built once by `create_app` and reached through deps."""

from __future__ import annotations

from dataclasses import dataclass, field

import httpx
from sqlalchemy import Engine

from api.checkers import CheckerCache
from api.feedback import FeedbackRepo
from api.jobs import JobRepo
from api.keys import KeyRepo
from api.limits import RateLimiter
from api.outbound import OutboundPolicy, outbound_client
from api.runner import CheckRunner
from api.seed import SeedReport
from api.trackers.answer import Answerer
from api.trackers.clients import ClientFactory, client_factory
from api.trackers.connections import ConnectionRepo
from api.trackers.posts import PostRepo
from api.trackers.replays import DeliveryLog
from api.trackers.responder import Responder
from api.trackers.vault import Vault
from api.worker import JobWorker
from api.workspaces import WorkspaceRepo
from checker.service import Services
from checker.settings import Settings


@dataclass
class AppContext:
    """The API's collaborators; the database is the only state shared between processes."""

    settings: Settings
    services: Services
    engine: Engine
    workspaces: WorkspaceRepo
    keys: KeyRepo
    jobs: JobRepo
    feedback: FeedbackRepo
    checkers: CheckerCache
    limiter: RateLimiter
    runner: CheckRunner
    worker: JobWorker
    connections: ConnectionRepo
    responder: Responder
    answerer: Answerer
    tracker_http: httpx.Client
    outbound: OutboundPolicy
    deliveries: DeliveryLog
    # What the folders named at start did to their workspaces; /healthz shows it.
    seeded: list[SeedReport] = field(default_factory=list)

    @classmethod
    def build(
        cls,
        settings: Settings,
        services: Services,
        engine: Engine,
        trackers: ClientFactory | None = None,
    ) -> AppContext:
        """Wire the repositories, caches, job worker and tracker clients over one engine."""
        workspaces = WorkspaceRepo(engine)
        jobs = JobRepo(engine)
        checkers = CheckerCache(services, settings)
        outbound = OutboundPolicy.of(settings.outbound_allow)
        tracker_http = outbound_client(outbound, settings.tracker_timeout_seconds)
        connections = ConnectionRepo(engine, Vault.from_settings(settings))
        responder = Responder(PostRepo(engine), trackers or client_factory(tracker_http))
        deliveries = DeliveryLog(engine, settings.webhook_replay_seconds)
        answerer = Answerer(workspaces, checkers, connections, responder, deliveries)
        return cls(
            settings=settings,
            services=services,
            engine=engine,
            workspaces=workspaces,
            keys=KeyRepo(engine),
            jobs=jobs,
            feedback=FeedbackRepo(engine),
            checkers=checkers,
            limiter=RateLimiter(settings.rate_limit_per_minute),
            runner=CheckRunner(settings.check_workers, settings.check_timeout_seconds),
            worker=JobWorker(jobs, workspaces, checkers, services, settings, answerer),
            connections=connections,
            responder=responder,
            answerer=answerer,
            tracker_http=tracker_http,
            outbound=outbound,
            deliveries=deliveries,
        )
