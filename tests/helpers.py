"""What several test modules share: the example workspace, live servers, API helpers.

Fixtures stay in conftest.py; test modules import these from here."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import uvicorn

from api import create_app
from api.context import AppContext
from checker.embedded.engine import EmbeddedChecker
from checker.models import CheckResult, Proposal
from checker.service import Services
from checker.settings import Settings
from index.embedding import OnnxEmbedder
from index.store import ChromaStore, open_http_client, open_persistent_client
from index.workspace import Workspace

REPO = Path(__file__).resolve().parent.parent


EXAMPLE = REPO / "examples" / "acme-retail"
CASES = Path(__file__).parent / "data" / "cases"


MINIMAL_OKRS = """\
organization: Tiny Co
period: 2027-H1
objectives:
  - id: O1
    title: Grow weekly active teams
    key_results:
      - id: O1.KR1
        title: Grow weekly active teams from 100 to 200
        metric: weekly_active_teams
"""


MINIMAL_STRATEGY = """\
# Strategy

## Strategic priorities

### Team adoption

We grow by getting whole teams to use the product every week.
"""


class ExampleRun:
    """The example workspace indexed once, with every backlog item checked."""

    def __init__(self, workspace: Workspace, checker: EmbeddedChecker,
                 results: dict[str, CheckResult], items: dict[str, Proposal],
                 services: Services) -> None:
        self.workspace = workspace
        self.checker = checker
        self.results = results
        self.items = items
        self.services = services


def free_port() -> int:
    """A free loopback port (the OS picks it)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_for(
    url: str,
    timeout: float = 60.0,
    process: subprocess.Popen[bytes] | None = None,
    any_status: bool = False,
) -> None:
    """Poll url until it answers 2xx (any status with any_status), or fail (early when the
    process died)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"process exited with {process.returncode} before {url} answered")
        try:
            if httpx.get(url, timeout=2).is_success or any_status:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise TimeoutError(f"{url} did not answer within {timeout} s")


@contextmanager
def chroma_server(path: Path) -> Iterator[str]:
    """A real `chroma run` server on a free loopback port; yields its URL."""
    port = free_port()
    chroma = shutil.which("chroma", path=str(Path(sys.executable).parent)) or "chroma"
    with (path / "server.log").open("wb") as log:
        process = subprocess.Popen(
            [chroma, "run", "--path", str(path / "db"), "--host", "127.0.0.1", "--port", str(port)],
            stdout=log, stderr=subprocess.STDOUT,
        )
        url = f"http://127.0.0.1:{port}"
        try:
            wait_for(f"{url}/api/v2/heartbeat", process=process)
            yield url
        finally:
            process.terminate()
            process.wait(timeout=20)


class LiveServer:
    """`create_app(settings)` under a real uvicorn in a thread, on a free loopback port."""

    def __init__(self, settings: Settings, services: Services) -> None:
        self.settings = settings
        self.app = create_app(settings, services)
        config = uvicorn.Config(self.app, host="127.0.0.1", port=settings.port, log_level="warning")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.url = f"http://127.0.0.1:{settings.port}"

    @property
    def context(self) -> AppContext:
        """The running app's collaborators (repositories, worker)."""
        context: AppContext = self.app.state.context
        return context

    def __enter__(self) -> LiveServer:
        self.thread.start()
        wait_for(f"{self.url}/healthz")
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=30)

    def client(self, key: str | None = None) -> httpx.Client:
        """An httpx client for this server, with a key when given."""
        headers = {"Authorization": f"Bearer {key}"} if key else {}
        return httpx.Client(base_url=self.url, headers=headers, timeout=60)


def api_settings(data_dir: Path, **overrides: object) -> Settings:
    """Settings for a test server: its own data dir and SQLite file, a free port."""
    return Settings.model_validate({"data_dir": data_dir, "port": free_port(), **overrides})


def store_services(mode: str, data_dir: Path, embedder: OnnxEmbedder, chroma_url: str) -> Services:
    """Services over the local persistent store or the Chroma server."""
    client = open_http_client(chroma_url) if mode == "server" else open_persistent_client(data_dir)
    return Services(embedder, ChromaStore(client, embedder))


def example_files() -> list[dict[str, str]]:
    """The example workspace as JSON file uploads."""
    paths = [EXAMPLE / "okrs.yaml", *sorted((EXAMPLE / "strategy").glob("*.md"))]
    return [{"name": p.name, "content": p.read_text(encoding="utf-8")} for p in paths]


def wait_job(client: httpx.Client, ws: str, job_id: str, timeout: float = 120.0) -> dict[str, Any]:
    """Poll a job until it is done or failed."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        job: dict[str, Any] = client.get(f"/v1/workspaces/{ws}/jobs/{job_id}").json()
        if job["status"] in ("done", "failed"):
            return job
        time.sleep(0.2)
    raise TimeoutError(f"job {job_id} still {job['status']} after {timeout} s")


class ApiWorld:
    """A running server with the example workspace indexed, and keys to call it with."""

    def __init__(self, server: LiveServer, root_key: str, admin_key: str, check_key: str) -> None:
        self.server = server
        self.root_key = root_key
        self.admin_key = admin_key
        self.check_key = check_key


def make_world(server: LiveServer, ws: str = "acme") -> ApiWorld:
    """Create the example workspace through the API with a root key, index it, mint keys."""
    keys = server.context.keys
    _, root = keys.create(None, ["admin", "check"], "root")
    with server.client(root) as client:
        created = client.post("/v1/workspaces", json={"name": ws, "files": example_files()})
        assert created.status_code == 201, created.text
        job = client.post(f"/v1/workspaces/{ws}/reindex").json()
        assert wait_job(client, ws, job["id"])["status"] == "done"
    _, admin = keys.create(ws, ["admin"], "admin")
    _, check = keys.create(ws, ["check"], "check")
    return ApiWorld(server, root, admin, check)


@contextmanager
def served_example(
    data_dir: Path, embedder: OnnxEmbedder, **overrides: object
) -> Iterator[ApiWorld]:
    """A live server (settings `overrides`) over the local store in `data_dir`, with the
    example workspace created and indexed through the API."""
    services = store_services("local", data_dir, embedder, "")
    with LiveServer(api_settings(data_dir, **overrides), services) as server:
        yield make_world(server)
