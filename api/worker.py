"""The job worker: a thread in each server process that runs queued audits, reindexes and
webhook deliveries."""

from __future__ import annotations

import logging
import os
import socket
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

from api.checkers import CheckerCache
from api.jobs import JobRecord, JobRepo
from api.trackers.answer import Answerer
from api.trackers.events import TrackerItem
from api.workspaces import WorkspaceRepo
from checker.models import Proposal
from checker.service import Services
from checker.settings import Settings
from index.errors import StratalignError

log = logging.getLogger("stratalign.jobs")

# Results are committed this many at a time: a kill loses at most one batch of work.
COMMIT_EVERY = 8


class JobWorker:
    """Claims jobs from the database and runs them until stopped."""

    def __init__(
        self,
        jobs: JobRepo,
        workspaces: WorkspaceRepo,
        checkers: CheckerCache,
        services: Services,
        settings: Settings,
        answerer: Answerer,
        poll_seconds: float = 0.25,
    ) -> None:
        self.jobs = jobs
        self.workspaces = workspaces
        self.checkers = checkers
        self.services = services
        self.settings = settings
        self.answerer = answerer
        self.poll_seconds = poll_seconds
        self.owner = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        """Run in a daemon thread."""
        self._thread = threading.Thread(target=self._loop, name="stratalign-jobs", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 30.0) -> None:
        """Finish the current batch, hand the job back, and stop."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)

    def _loop(self) -> None:
        while not self._stop.is_set():
            try:
                ran = self.run_once()
            except Exception:  # the worker must outlive one bad job or a database hiccup
                log.exception("job worker error")
                ran = False
            if not ran:
                self._stop.wait(self.poll_seconds)

    def run_once(self) -> bool:
        """Claim and run one job; False when there was none."""
        lease = self.settings.job_lease_seconds
        job = self.jobs.claim(self.owner, lease, self.settings.job_max_attempts)
        if job is None:
            return False
        log.info("job %s (%s) started, attempt %d", job.id, job.kind, job.attempts)
        with self._lease(job.id, lease):
            try:
                self._run(job)
                log.info("job %s (%s) ended", job.id, job.kind)
            except StratalignError as exc:
                log.info("job %s (%s) failed: %s", job.id, job.kind, exc)
                self.jobs.fail(job.id, str(exc))
            except Exception as exc:
                log.exception("job %s failed", job.id)
                self.jobs.fail(job.id, f"internal error ({type(exc).__name__}); resubmit the job")
        return True

    def _run(self, job: JobRecord) -> None:
        if job.kind == "reindex":
            self._reindex(job)
        elif job.kind == "webhook":
            self._webhook(job)
        else:
            self._audit(job)

    def _reindex(self, job: JobRecord) -> None:
        record = self.workspaces.by_id(job.workspace_id)
        workspace = self.workspaces.indexable(record)
        # The store writes the version last, so a killed sync is simply redone.
        self.services.store.sync(workspace)
        self.workspaces.set_indexed(record.id, workspace.version)
        self.jobs.set_version(job.id, self.owner, workspace.version)
        self.jobs.finish(job.id, self.owner)

    def _webhook(self, job: JobRecord) -> None:
        """Check a queued tracker item and comment on it; the outcome is the job's one result."""
        record = self.workspaces.by_id(job.workspace_id)
        [raw] = self.jobs.payload(job.id)
        item = TrackerItem.model_validate(raw)
        outcome = self.answerer.answer(record, item)
        log.info(
            "webhook job %s ws=%s tracker=%s item=%s verdict=%s action=%s",
            job.id, record.name, item.tracker, item.key, outcome.verdict, outcome.action,
        )
        if self.jobs.commit_results(job.id, self.owner, 0, [outcome.model_dump_json()]):
            self.jobs.finish(job.id, self.owner)

    def _audit(self, job: JobRecord) -> None:
        record = self.workspaces.by_id(job.workspace_id)
        if job.done and job.strategy_version != record.indexed_version:
            self.jobs.fail(job.id, _reindexed(job))
            return
        checker = self.checkers.of(record, self.workspaces)
        if not job.done and record.indexed_version:
            self.jobs.set_version(job.id, self.owner, record.indexed_version)
        items = [Proposal.model_validate(i) for i in self.jobs.payload(job.id)]
        position = job.done
        while position < len(items):
            if self._stop.is_set():
                self.jobs.release(job.id, self.owner)
                return
            batch = items[position : position + COMMIT_EVERY]
            lines = [r.model_dump_json() for r in checker.check_many(batch)]
            if not self.jobs.commit_results(job.id, self.owner, position, lines):
                log.warning("job %s was taken over; stopping here", job.id)
                return
            position += len(lines)
            if position < len(items) and self.jobs.others_waiting(job):
                self.jobs.hand_back(job.id, self.owner)  # resumed at `position` on its turn
                return
        self.jobs.finish(job.id, self.owner)

    @contextmanager
    def _lease(self, job_id: str, lease: float) -> Iterator[None]:
        """Renew the job's lease in the background while it runs (a reindex may be long)."""
        done = threading.Event()

        def beat() -> None:
            while not done.wait(lease / 3):
                self.jobs.heartbeat(job_id, self.owner)

        thread = threading.Thread(target=beat, name=f"lease-{job_id[:8]}", daemon=True)
        thread.start()
        try:
            yield
        finally:
            done.set()
            thread.join()


def _reindexed(job: JobRecord) -> str:
    return (
        f"the workspace was reindexed while this job was interrupted; the {job.done} of "
        f"{job.total} results committed against strategy version {job.strategy_version} are "
        f"kept; resubmit the job to check the rest against the new version"
    )
