"""Kill -9 the server in the middle of an audit: committed results stay, the job resumes or fails.

The server runs as a real `stratalign serve` process, so it can be killed without warning.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.helpers import EXAMPLE, example_files, wait_job
from tests.server_process import ServerProcess

SECRET_TEXT = "Quarterly zebra-striped loyalty stickers"


@pytest.fixture
def server(tmp_path: Path) -> Iterator[ServerProcess]:
    proc = ServerProcess(tmp_path / "data")
    try:
        yield proc
    finally:
        proc.stop()


def _backlog(copies: int) -> tuple[str, list[str]]:
    items = [json.loads(line) for line in (EXAMPLE / "backlog.jsonl").read_text().splitlines()]
    rows = [
        {**item, "id": f"{item['id']}-{n}", "body": f"{item.get('body', '')} {SECRET_TEXT}."}
        for n in range(copies) for item in items
    ]
    return "".join(json.dumps(r) + "\n" for r in rows), [r["id"] for r in rows]


def _start_audit(server: ServerProcess, key: str, copies: int) -> tuple[str, list[str]]:
    """Index the example, submit a long audit, and wait until some results are committed."""
    backlog, ids = _backlog(copies)
    with server.client(key) as client:
        assert client.post("/v1/workspaces", json={"name": "acme", "files": example_files()}
                           ).status_code == 201
        job = client.post("/v1/workspaces/acme/reindex").json()
        assert wait_job(client, "acme", job["id"])["status"] == "done"
        job = client.post("/v1/workspaces/acme/audits", files={"file": ("b.jsonl", backlog)}).json()
        _wait_progress(client, job["id"], at_least=16)
    return job["id"], ids


def _wait_progress(client: httpx.Client, job_id: str, at_least: int) -> dict[str, Any]:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        job: dict[str, Any] = client.get(f"/v1/workspaces/acme/jobs/{job_id}").json()
        if job["done"] >= at_least:
            return job
        time.sleep(0.05)
    raise TimeoutError("the audit made no progress")


def test_killed_audit_resumes_and_keeps_committed_results(server: ServerProcess) -> None:
    server.data.mkdir(parents=True)
    key = server.key()
    server.start()
    job_id, ids = _start_audit(server, key, copies=10)
    server.kill()
    before = server.committed(job_id)
    assert 16 <= len(before) < len(ids), "the kill should land mid-audit"
    assert [p for p, _ in before] == list(range(len(before)))

    server.start()
    with server.client(key) as client:
        job = wait_job(client, "acme", job_id)
        lines = client.get(job["results"]).text.splitlines()
    assert job["status"] == "done" and job["attempts"] == 2
    assert [json.loads(line)["id"] for line in lines] == ids  # every item once, in order
    assert server.committed(job_id)[: len(before)] == before  # nothing committed was rewritten
    logs = "".join(log.read_text(errors="replace") for log in server.logs)
    assert key not in logs and key.split("_", 2)[2] not in logs
    assert SECRET_TEXT not in logs  # no proposal text in logs without debug logging


def test_killed_audit_past_its_attempts_is_failed_with_a_message(server: ServerProcess) -> None:
    server.data.mkdir(parents=True)
    key = server.key()
    server.start(STRATALIGN_JOB_MAX_ATTEMPTS="1")
    job_id, _ = _start_audit(server, key, copies=10)
    server.kill()
    before = server.committed(job_id)

    server.start(STRATALIGN_JOB_MAX_ATTEMPTS="1")
    with server.client(key) as client:
        job = wait_job(client, "acme", job_id)
        lines = client.get(job["results"]).text.splitlines()
    assert job["status"] == "failed"
    assert "server stopped during this job 1 time;" in job["error"] and "resubmit" in job["error"]
    assert job["done"] == len(before) == len(lines)
    assert [json.loads(line) for line in lines] == [json.loads(r) for _, r in before]


def _big_strategy(paragraphs: int) -> str:
    """A long strategy document: enough distinct passages to keep a reindex busy for a while."""
    blocks = [
        f"Initiative {n}: we improve store process number {n} so that team {n % 17} saves "
        f"{n % 9 + 2} minutes per shift on task {n * 7 % 101}, measured weekly in region {n % 5}."
        for n in range(paragraphs)
    ]
    return "# Operations strategy\n\n## Priorities\n\n" + "\n\n".join(blocks) + "\n"


def test_killed_reindex_is_redone_on_restart(server: ServerProcess) -> None:
    server.data.mkdir(parents=True)
    key = server.key()
    server.start()
    files = [*example_files(), {"name": "operations.md", "content": _big_strategy(300)}]
    with server.client(key) as client:
        created = client.post("/v1/workspaces", json={"name": "acme", "files": files}).json()
        job = client.post("/v1/workspaces/acme/reindex").json()
        deadline = time.monotonic() + 60
        while client.get(f"/v1/workspaces/acme/jobs/{job['id']}").json()["status"] != "running":
            assert time.monotonic() < deadline
            time.sleep(0.05)
        time.sleep(1.0)  # well into embedding the 300 passages
    server.kill()
    with sqlite3.connect(server.data / "stratalign.db") as conn:
        status, indexed = conn.execute(
            "SELECT j.status, w.indexed_version FROM jobs j JOIN workspaces w "
            "ON w.id = j.workspace_id WHERE j.id = ?", (job["id"],),
        ).fetchone()
    assert (status, indexed) == ("running", None), "the kill should land mid-reindex"

    server.start()
    with server.client(key) as client:
        finished = wait_job(client, "acme", job["id"], timeout=300)
        workspace = client.get("/v1/workspaces/acme").json()
        result = client.post("/v1/workspaces/acme/check", json={"title": "Initiative 42"}).json()
    assert finished["status"] == "done" and finished["attempts"] == 2
    assert workspace["up_to_date"] and workspace["indexed_version"] == created["content_version"]
    assert result["strategy_version"] == created["content_version"]
    assert any("Initiative 42:" in e["text"] for e in result["evidence"]) or result["impacted"]


def test_a_clean_stop_hands_the_audit_back_for_the_next_start(server: ServerProcess) -> None:
    server.data.mkdir(parents=True)
    key = server.key()
    server.start(STRATALIGN_JOB_LEASE_SECONDS="600")  # resuming must not wait for the lease
    job_id, ids = _start_audit(server, key, copies=10)
    server.stop()  # SIGTERM: uvicorn shuts down, the worker stops at a batch boundary
    with sqlite3.connect(server.data / "stratalign.db") as conn:
        query = "SELECT status, done FROM jobs WHERE id = ?"
        status, done = conn.execute(query, (job_id,)).fetchone()
    assert status == "queued" and 0 < done < len(ids)

    server.start(STRATALIGN_JOB_LEASE_SECONDS="600")
    with server.client(key) as client:
        job = wait_job(client, "acme", job_id, timeout=120)
        lines = client.get(job["results"]).text.splitlines()
    assert job["status"] == "done"
    assert [json.loads(line)["id"] for line in lines] == ids
