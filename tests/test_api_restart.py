"""What the API stored is the truth: restarting `stratalign serve -w FOLDER` (a real process,
uvicorn) keeps every upload, key, job, feedback and tracker connection made through the API.

A folder named at start creates its workspace only when it is new; a stored workspace that
differs from its folder is kept and reported (log and /healthz), and only
`--reload-from-folder` puts the folder's files back.
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.helpers import EXAMPLE, wait_job
from tests.server_process import ServerProcess

EXTRA_DOC = """\
# Pricing principles

## Strategic priorities

### Fair delivery fees

We keep click-and-collect free and publish delivery fees before checkout.
"""
BACKLOG = (
    '{"id": "B1", "title": "Pick-list app for store staff", "body": "Batch orders by aisle."}\n'
    '{"id": "B2", "title": "Seller marketplace portal", "body": "Third-party sellers list."}\n'
)


@pytest.fixture
def server(tmp_path: Path) -> Iterator[ServerProcess]:
    proc = ServerProcess(tmp_path / "data")
    try:
        yield proc
    finally:
        proc.stop()


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """The example workspace as a folder named `beta`."""
    target = tmp_path / "beta"
    shutil.copytree(EXAMPLE, target)
    return target


def _wait_up_to_date(client: httpx.Client, ws: str, timeout: float = 120.0) -> dict[str, Any]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        state: dict[str, Any] = client.get(f"/v1/workspaces/{ws}").json()
        if state.get("up_to_date"):
            return state
        time.sleep(0.2)
    raise TimeoutError(f"workspace {ws} was not indexed within {timeout} s")


def _use_the_api(client: httpx.Client) -> dict[str, str]:
    """Upload, reindex, mint a key, audit, give feedback, connect a tracker; returns ids."""
    _wait_up_to_date(client, "beta")
    uploaded = client.post("/v1/workspaces/beta/files",
                           files={"files": ("pricing.md", EXTRA_DOC, "text/markdown")})
    assert uploaded.status_code == 200, uploaded.text
    job = client.post("/v1/workspaces/beta/reindex").json()
    assert wait_job(client, "beta", job["id"])["status"] == "done"
    key = client.post("/v1/workspaces/beta/keys", json={"scopes": ["check"], "label": "team"})
    assert key.status_code == 201, key.text
    audit = client.post("/v1/workspaces/beta/audits", files={"file": ("b.jsonl", BACKLOG)})
    assert audit.status_code == 202, audit.text
    assert wait_job(client, "beta", audit.json()["id"])["status"] == "done"
    feedback = client.post("/v1/workspaces/beta/feedback",
                           json={"item_id": "B2", "accepted": False, "verdict": "misaligned",
                                 "kind": "orphan"})
    assert feedback.status_code == 201, feedback.text
    connected = client.put(
        "/v1/workspaces/beta/integrations/github",
        json={"token": "ghp_restart", "webhook_secret": "whsec-restart", "verify": False},
    )
    assert connected.status_code == 200, connected.text
    return {"key": key.json()["key"], "audit": audit.json()["id"]}


def _snapshot(server: ServerProcess, client: httpx.Client, audit: str) -> dict[str, Any]:
    """Everything stored about workspace beta, as the API and the database show it."""
    return {
        "workspace": client.get("/v1/workspaces/beta").json(),
        "keys": client.get("/v1/workspaces/beta/keys").json(),
        "job": client.get(f"/v1/workspaces/beta/jobs/{audit}").json(),
        "results": client.get(f"/v1/workspaces/beta/jobs/{audit}/results").text,
        "connections": client.get("/v1/workspaces/beta/integrations").json(),
        "feedback": server.rows("SELECT item_id, accepted, verdict, key_id FROM feedback"),
    }


def _seeded(server: ServerProcess, key: str) -> dict[str, Any]:
    """What the folder named at start did, as /healthz shows it to an admin key (an anonymous
    caller sees no workspace names or server paths there)."""
    assert httpx.get(f"{server.url}/healthz").json()["seeded"] == []
    auth = {"Authorization": f"Bearer {key}"}
    [report] = httpx.get(f"{server.url}/healthz", headers=auth).json()["seeded"]
    assert isinstance(report, dict)
    return report


def test_a_restart_keeps_what_the_api_stored_and_says_the_folder_differs(
    server: ServerProcess, folder: Path
) -> None:
    root = server.key()
    server.start("-w", str(folder))
    assert _seeded(server, root)["action"] == "created"
    with server.client(root) as client:
        made = _use_the_api(client)
        before = _snapshot(server, client, made["audit"])
    server.stop()

    server.start("-w", str(folder))
    with server.client(root) as client:
        after = _snapshot(server, client, made["audit"])
    assert after == before
    assert "pricing.md" in {f["name"] for f in after["workspace"]["files"]}
    assert after["workspace"]["up_to_date"]
    report = _seeded(server, root)
    assert report["action"] == "kept_stored"
    assert "only stored: pricing.md" in report["message"]
    assert "--reload-from-folder" in report["message"]
    log = server.logs[-1].read_text(errors="replace")
    assert "WARNING" in log and "kept the stored files" in log
    with server.client(made["key"]) as client:  # the key minted through the API still works
        checked = client.post("/v1/workspaces/beta/check", json={"title": "Faster pick lists"})
    assert checked.status_code == 200, checked.text


def test_an_unchanged_folder_is_reported_unchanged_and_reindexes_nothing(
    server: ServerProcess, folder: Path
) -> None:
    root = server.key()
    server.start("-w", str(folder))
    with server.client(root) as client:
        first = _wait_up_to_date(client, "beta")
    server.stop()
    server.start("-w", str(folder))
    report = _seeded(server, root)
    assert report["action"] == "unchanged" and report["reindex_job"] is None
    with server.client(root) as client:
        assert client.get("/v1/workspaces/beta").json() == first


def test_reload_from_folder_puts_the_folders_files_back_and_keeps_the_rest(
    server: ServerProcess, folder: Path
) -> None:
    root = server.key()
    server.start("-w", str(folder))
    with server.client(root) as client:
        made = _use_the_api(client)
        before = _snapshot(server, client, made["audit"])
    server.stop()

    server.start("-w", str(folder), "--reload-from-folder")
    report = _seeded(server, root)
    assert report["action"] == "reloaded" and "only stored: pricing.md" in report["message"]
    with server.client(root) as client:
        state = _wait_up_to_date(client, "beta")
        after = _snapshot(server, client, made["audit"])
    expected = {p.name for p in [folder / "okrs.yaml", *(folder / "strategy").glob("*.md")]}
    assert {f["name"] for f in state["files"]} == expected
    for kept in ("keys", "job", "results", "connections", "feedback"):
        assert after[kept] == before[kept], kept
