"""Everything a running API holds, built once by `create_app` and reached through deps."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine

from api.checkers import CheckerCache
from api.feedback import FeedbackRepo
from api.jobs import JobRepo
from api.keys import KeyRepo
from api.limits import RateLimiter
from api.runner import CheckRunner
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

    @classmethod
    def build(cls, settings: Settings, services: Services, engine: Engine) -> AppContext:
        """Wire the repositories, caches and the job worker over one engine."""
        workspaces = WorkspaceRepo(engine)
        jobs = JobRepo(engine)
        checkers = CheckerCache(services, settings)
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
            worker=JobWorker(jobs, workspaces, checkers, services, settings),
        )
