"""Audit, reindex and webhook jobs in the database: submit, claim with a lease, commit results,
finish.

Results are committed in small batches together with the progress counter, so whatever a
killed server had committed stays, and a restarted server resumes from there. A job whose
owner stops renewing its lease is claimed again; after `max_attempts` it is failed.

Workspaces take turns: the next job comes from the workspace served longest ago (webhooks
first within it), and a running audit hands its turn back after each committed batch when
another workspace, or a webhook, is waiting. One team's long audits cannot hold the worker.
"""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Callable, Iterator
from typing import Any, Literal

from pydantic import BaseModel
from sqlalchemy import Engine, and_, case, func, insert, or_, select, update

from api import db
from api.errors import NotFoundError

JobKind = Literal["audit", "reindex", "webhook"]
JobStatus = Literal["queued", "running", "done", "failed"]


class JobRecord(BaseModel):
    """A job row without its payload."""

    id: str
    workspace_id: int
    kind: JobKind
    status: JobStatus
    total: int
    done: int
    skipped: list[dict[str, Any]]
    read: dict[str, Any] | None = None  # what was read from an audit's backlog file
    strategy_version: str | None
    error: str | None
    attempts: int
    created_at: float
    updated_at: float


_COLUMNS = [c for c in db.jobs.c if c.name not in ("payload", "owner", "heartbeat_at")]


def _skipped_column(skipped: list[dict[str, Any]], read: dict[str, Any] | None) -> str:
    # The read report shares the `skipped` column so databases made before it need no new
    # column: a list is the old form, an object the new one.
    return json.dumps(skipped if read is None else {"skipped": skipped, "read": read})


def _from_skipped_column(text: str) -> dict[str, Any]:
    value = json.loads(text or "[]")
    return value if isinstance(value, dict) else {"skipped": value, "read": None}


class JobRepo:
    """The job queue; every method is one short transaction."""

    def __init__(self, engine: Engine, now: Callable[[], float] = time.time) -> None:
        self.engine = engine
        self.now = now

    def submit(
        self,
        workspace_id: int,
        kind: JobKind,
        items: list[dict[str, Any]] | None = None,
        skipped: list[dict[str, Any]] | None = None,
        strategy_version: str | None = None,
        read: dict[str, Any] | None = None,
    ) -> JobRecord:
        """Queue a job; audit items are stored with it so any worker can run it."""
        job_id, now = uuid.uuid4().hex, self.now()
        with self.engine.begin() as conn:
            conn.execute(
                insert(db.jobs).values(
                    id=job_id,
                    workspace_id=workspace_id,
                    kind=kind,
                    status="queued",
                    total=len(items or []),
                    done=0,
                    skipped=_skipped_column(skipped or [], read),
                    payload=json.dumps(items or []),
                    strategy_version=strategy_version,
                    attempts=0,
                    created_at=now,
                    updated_at=now,
                )
            )
        return self.get(job_id)

    def get(self, job_id: str, workspace_id: int | None = None) -> JobRecord:
        """A job by id (within a workspace when given)."""
        query = select(*_COLUMNS).where(db.jobs.c.id == job_id)
        if workspace_id is not None:
            query = query.where(db.jobs.c.workspace_id == workspace_id)
        with self.engine.connect() as conn:
            row = conn.execute(query).mappings().first()
        if row is None:
            raise NotFoundError(f"no job with id '{job_id}'")
        return JobRecord.model_validate({**row, **_from_skipped_column(row["skipped"])})

    def queued(self, workspace_id: int, kind: JobKind) -> JobRecord | None:
        """A job of that kind still waiting to start (it will see the latest files), if any."""
        with self.engine.connect() as conn:
            row = conn.execute(
                select(db.jobs.c.id).where(
                    db.jobs.c.workspace_id == workspace_id,
                    db.jobs.c.kind == kind,
                    db.jobs.c.status == "queued",
                )
            ).first()
        return self.get(row[0]) if row else None

    def payload(self, job_id: str) -> list[dict[str, Any]]:
        """The items an audit job checks (a webhook job: the one tracker item)."""
        with self.engine.connect() as conn:
            text = conn.execute(select(db.jobs.c.payload).where(db.jobs.c.id == job_id)).scalar()
        return list(json.loads(text or "[]"))

    def claim(self, owner: str, lease: float, max_attempts: int) -> JobRecord | None:
        """Take the next queued job, or one whose owner went silent; None when idle.

        Fair across workspaces: the workspace served longest ago goes first (one never served
        before all others). Within it webhook jobs go first (a person is waiting for the
        comment, and each is one check), then the oldest job.
        """
        now = self.now()
        claimable = or_(
            db.jobs.c.status == "queued",
            and_(db.jobs.c.status == "running", db.jobs.c.heartbeat_at < now - lease),
        )
        served = (
            select(db.jobs.c.workspace_id, func.max(db.jobs.c.heartbeat_at).label("at"))
            .group_by(db.jobs.c.workspace_id)
            .subquery()
        )
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(db.jobs.c.id, db.jobs.c.attempts)
                .join(served, served.c.workspace_id == db.jobs.c.workspace_id)
                .where(claimable)
                .order_by(
                    func.coalesce(served.c.at, 0.0),
                    case((db.jobs.c.kind == "webhook", 0), else_=1),
                    db.jobs.c.created_at,
                )
                .limit(8)
            ).all()
        for job_id, attempts in rows:
            if attempts >= max_attempts:
                self.fail(job_id, _gave_up(attempts))
                continue
            if self._reindex_running_beside(job_id, now - lease):
                continue  # two syncs of one collection at once would race
            if self._take(job_id, owner, claimable, now):
                return self.get(job_id)
        return None

    def _reindex_running_beside(self, job_id: str, alive_since: float) -> bool:
        """Whether this is a reindex and another reindex of its workspace is alive."""
        other = db.jobs.alias("other")
        with self.engine.connect() as conn:
            found = conn.execute(
                select(other.c.id)
                .select_from(db.jobs.join(other, db.jobs.c.workspace_id == other.c.workspace_id))
                .where(
                    db.jobs.c.id == job_id,
                    db.jobs.c.kind == "reindex",
                    other.c.kind == "reindex",
                    other.c.id != job_id,
                    other.c.status == "running",
                    other.c.heartbeat_at >= alive_since,
                )
            ).first()
        return found is not None

    def _take(self, job_id: str, owner: str, claimable: Any, now: float) -> bool:
        # The WHERE repeats the claim condition: of two workers racing, one updates a row.
        with self.engine.begin() as conn:
            taken = conn.execute(
                update(db.jobs)
                .where(db.jobs.c.id == job_id, claimable)
                .values(
                    status="running",
                    owner=owner,
                    heartbeat_at=now,
                    updated_at=now,
                    attempts=db.jobs.c.attempts + 1,
                )
            )
        return taken.rowcount == 1

    def heartbeat(self, job_id: str, owner: str) -> bool:
        """Renew the lease; False when another worker has taken the job over."""
        return self._update(job_id, owner, heartbeat_at=self.now())

    def _update(self, job_id: str, holder: str, **values: Any) -> bool:
        with self.engine.begin() as conn:
            changed = conn.execute(
                update(db.jobs)
                .where(
                    db.jobs.c.id == job_id, db.jobs.c.owner == holder, db.jobs.c.status == "running"
                )
                .values(updated_at=self.now(), **values)
            )
        return changed.rowcount == 1

    def commit_results(self, job_id: str, owner: str, start: int, results: list[str]) -> bool:
        """Store results from position `start` and advance progress, in one transaction."""
        now = self.now()
        with self.engine.begin() as conn:
            changed = conn.execute(
                update(db.jobs)
                .where(
                    db.jobs.c.id == job_id,
                    db.jobs.c.owner == owner,
                    db.jobs.c.status == "running",
                    db.jobs.c.done == start,
                )
                .values(done=start + len(results), heartbeat_at=now, updated_at=now)
            )
            if changed.rowcount != 1:
                return False  # the job moved on without us; write nothing
            conn.execute(
                insert(db.job_results),
                [
                    {"job_id": job_id, "position": start + i, "result": r}
                    for i, r in enumerate(results)
                ],
            )
        return True

    def set_version(self, job_id: str, owner: str, version: str) -> bool:
        """Record the strategy version a job's results are computed against."""
        return self._update(job_id, owner, strategy_version=version)

    def finish(self, job_id: str, owner: str) -> bool:
        """Mark a job done."""
        return self._update(job_id, owner, status="done", owner=None)

    def others_waiting(self, job: JobRecord) -> bool:
        """Whether a queued job should go before the rest of this one: another workspace's,
        or a webhook (a person is waiting for its comment)."""
        with self.engine.connect() as conn:
            found = conn.execute(
                select(db.jobs.c.id)
                .where(
                    db.jobs.c.status == "queued",
                    or_(db.jobs.c.workspace_id != job.workspace_id, db.jobs.c.kind == "webhook"),
                )
                .limit(1)
            ).first()
        return found is not None

    def hand_back(self, job_id: str, owner: str) -> bool:
        """Requeue a running job to let others take a turn; the turn costs no attempt."""
        return self._update(
            job_id, holder=owner, status="queued", owner=None, attempts=db.jobs.c.attempts - 1
        )

    def release(self, job_id: str, owner: str) -> bool:
        """Hand a running job back to the queue (clean shutdown): the next start resumes it."""
        return self._update(job_id, owner, status="queued", owner=None)

    def fail(self, job_id: str, message: str) -> None:
        """Mark a job failed with a message saying what to do."""
        with self.engine.begin() as conn:
            conn.execute(
                update(db.jobs)
                .where(db.jobs.c.id == job_id, db.jobs.c.status.in_(("queued", "running")))
                .values(status="failed", error=message, owner=None, updated_at=self.now())
            )

    def results(self, job_id: str, batch: int = 500) -> Iterator[str]:
        """Committed results as JSON lines, in input order, read in pages."""
        position = 0
        while True:
            with self.engine.connect() as conn:
                rows = conn.execute(
                    select(db.job_results.c.position, db.job_results.c.result)
                    .where(db.job_results.c.job_id == job_id, db.job_results.c.position >= position)
                    .order_by(db.job_results.c.position)
                    .limit(batch)
                ).all()
            if not rows:
                return
            for pos, result in rows:
                yield result
                position = pos + 1


def _gave_up(attempts: int) -> str:
    return (
        f"the server stopped during this job {attempts} time{'s' if attempts != 1 else ''}; "
        f"the results committed so far are kept; resubmit the job to finish it"
    )
