"""The job queue on its own: leases, takeover, attempts, one reindex at a time (no model)."""

from __future__ import annotations

from pathlib import Path

import pytest

from api.db import make_engine
from api.jobs import JobRepo
from api.workspaces import WorkspaceRepo


class Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def repos(tmp_path: Path) -> tuple[JobRepo, int, Clock]:
    clock = Clock()
    engine = make_engine(f"sqlite:///{tmp_path / 'jobs.db'}")
    workspace = WorkspaceRepo(engine, now=clock).create("ws")
    return JobRepo(engine, now=clock), workspace.id, clock


ITEMS = [{"id": f"i{n}", "title": f"Item {n}"} for n in range(6)]


def test_a_live_lease_keeps_others_off_and_an_expired_one_hands_over(
    repos: tuple[JobRepo, int, Clock],
) -> None:
    jobs, ws, clock = repos
    job = jobs.submit(ws, "audit", items=ITEMS)
    assert jobs.claim("a", lease=10, max_attempts=3) is not None
    assert jobs.commit_results(job.id, "a", 0, ['{"id": "i0"}', '{"id": "i1"}'])
    clock.now += 5
    assert jobs.claim("b", lease=10, max_attempts=3) is None  # a is alive
    clock.now += 10
    taken = jobs.claim("b", lease=10, max_attempts=3)
    assert taken is not None and taken.done == 2 and taken.attempts == 2
    # The old owner wakes up: it can neither commit nor finish any more.
    assert not jobs.commit_results(job.id, "a", 2, ['{"id": "stale"}'])
    assert not jobs.finish(job.id, "a")
    assert jobs.commit_results(job.id, "b", 2, [f'{{"id": "i{n}"}}' for n in range(2, 6)])
    assert jobs.finish(job.id, "b")
    assert list(jobs.results(job.id, batch=4)) == [f'{{"id": "i{n}"}}' for n in range(6)]
    assert jobs.get(job.id).status == "done"


def test_a_commit_out_of_step_writes_nothing(repos: tuple[JobRepo, int, Clock]) -> None:
    jobs, ws, _ = repos
    job = jobs.submit(ws, "audit", items=ITEMS)
    jobs.claim("a", lease=10, max_attempts=3)
    assert jobs.commit_results(job.id, "a", 0, ['{"id": "i0"}'])
    assert not jobs.commit_results(job.id, "a", 0, ['{"id": "again"}'])  # position 0 is taken
    assert list(jobs.results(job.id)) == ['{"id": "i0"}']


def test_a_job_past_its_attempts_is_failed_with_a_message(
    repos: tuple[JobRepo, int, Clock],
) -> None:
    jobs, ws, clock = repos
    job = jobs.submit(ws, "audit", items=ITEMS)
    for owner in ("a", "b"):
        assert jobs.claim(owner, lease=10, max_attempts=2) is not None
        clock.now += 11
    assert jobs.claim("c", lease=10, max_attempts=2) is None
    failed = jobs.get(job.id)
    assert failed.status == "failed"
    assert failed.error is not None and "2 times" in failed.error and "resubmit" in failed.error


def test_one_reindex_per_workspace_at_a_time(repos: tuple[JobRepo, int, Clock]) -> None:
    jobs, ws, _ = repos
    first = jobs.submit(ws, "reindex")
    assert jobs.queued(ws, "reindex") == first
    assert jobs.claim("a", lease=10, max_attempts=3) is not None
    assert jobs.queued(ws, "reindex") is None  # a running reindex may have read old files
    second = jobs.submit(ws, "reindex")
    assert jobs.claim("b", lease=10, max_attempts=3) is None  # waits for the first
    assert jobs.finish(first.id, "a")
    claimed = jobs.claim("b", lease=10, max_attempts=3)
    assert claimed is not None and claimed.id == second.id


def test_release_puts_a_job_back_in_the_queue(repos: tuple[JobRepo, int, Clock]) -> None:
    jobs, ws, _ = repos
    job = jobs.submit(ws, "audit", items=ITEMS)
    jobs.claim("a", lease=10, max_attempts=3)
    assert jobs.release(job.id, "a")
    assert jobs.get(job.id).status == "queued"
    again = jobs.claim("b", lease=10, max_attempts=3)
    assert again is not None and again.id == job.id


def test_a_webhook_job_goes_before_older_audits(repos: tuple[JobRepo, int, Clock]) -> None:
    jobs, ws, clock = repos
    audit = jobs.submit(ws, "audit", items=ITEMS)
    clock.now += 1
    webhook = jobs.submit(ws, "webhook", items=[{"key": "o/r#1"}])
    first = jobs.claim("a", lease=10, max_attempts=3)
    assert first is not None and first.id == webhook.id  # a person waits for this comment
    second = jobs.claim("b", lease=10, max_attempts=3)
    assert second is not None and second.id == audit.id
