"""Hostile input against a live server: one test per kind of attack the service must survive.

Each kind is a whole class of fault (issue 13), not a single input: unbounded work from small
bodies, stored strategy re-parsed per request, bad bytes and wrong types reaching the database
or the error handler. Guards that must fail fast are timed ("under a second"), the rest assert
the answer a client gets: a 4xx whose JSON error names the field and the limit.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import logging
import os
import subprocess
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest

import api.content
from api.bodies import MAX_JSON_DEPTH
from api.db import make_engine
from api.errors import CheckTimeoutError
from api.jobs import JobRepo
from api.runner import CheckRunner
from api.workspaces import WorkspaceRepo
from checker.deadline import raise_if_stopped
from index.embedding import OnnxEmbedder
from tests.helpers import (
    EXAMPLE,
    MINIMAL_OKRS,
    MINIMAL_STRATEGY,
    ApiWorld,
    LiveServer,
    api_settings,
    make_world,
    served_example,
    store_services,
    wait_job,
)
from tests.llm_fakes import judged
from tests.server_process import STRATALIGN

WEBHOOK_SECRET = "whsec-security-0123456789"


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory, embedder: OnnxEmbedder) -> Iterator[ApiWorld]:
    """One live server with the example workspace indexed (local Chroma)."""
    data = tmp_path_factory.mktemp("security")
    with served_example(data, embedder, rate_limit_per_minute=100_000,
                        webhook_mode="inline") as world:
        yield world


def _post_raw(client: httpx.Client, path: str, raw: bytes, **headers: str) -> httpx.Response:
    return client.post(path, content=raw, headers={"content-type": "application/json", **headers})


def _timed(call: Any) -> tuple[httpx.Response, float]:
    start = time.monotonic()
    response = call()
    return response, time.monotonic() - start


def _error(response: httpx.Response) -> dict[str, Any]:
    detail: dict[str, Any] = response.json()["error"]
    return detail


# --- 1. unbounded work from small inputs -----------------------------------------------------


def test_a_deeply_nested_body_is_refused_fast_naming_the_limit(world: ApiWorld) -> None:
    with world.server.client(world.check_key) as client:
        response, seconds = _timed(
            lambda: _post_raw(client, "/v1/workspaces/acme/check", b"[" * 100_000)
        )
    assert seconds < 1.0
    assert response.status_code == 422, response.text
    error = _error(response)
    assert error["field"] == "body"
    assert f"the limit is {MAX_JSON_DEPTH} levels" in error["message"]


def test_deep_metadata_inside_a_valid_check_is_refused_fast(world: ApiWorld) -> None:
    depth = 5_000
    metadata = '{"a":' * depth + "1" + "}" * depth
    raw = f'{{"title": "Faster checkout", "metadata": {metadata}}}'.encode()
    with world.server.client(world.check_key) as client:
        response, seconds = _timed(lambda: _post_raw(client, "/v1/workspaces/acme/check", raw))
    assert seconds < 1.0
    assert response.status_code == 422, response.text
    assert f"nests {depth + 1} levels deep" in _error(response)["message"]


def test_brackets_inside_strings_do_not_count_as_nesting(world: ApiWorld) -> None:
    body = {"title": "Faster checkout " + "[" * 500, "body": "{" * 500 + " fewer abandoned carts"}
    with world.server.client(world.check_key) as client:
        response = client.post("/v1/workspaces/acme/check", json=body)
    assert response.status_code == 200, response.text
    assert response.json()["verdict"] in ("aligned", "misaligned", "unclear")


def test_a_signed_deeply_nested_webhook_is_a_422_naming_the_limit(world: ApiWorld) -> None:
    with world.server.client(world.admin_key) as client:
        stored = client.put(
            "/v1/workspaces/acme/integrations/github",
            json={"token": "ghp_security", "webhook_secret": WEBHOOK_SECRET, "verify": False},
        )
        assert stored.status_code == 200, stored.text
    raw = b"[" * 100_000
    signature = "sha256=" + hmac.new(WEBHOOK_SECRET.encode(), raw, hashlib.sha256).hexdigest()
    with httpx.Client(base_url=world.server.url, timeout=30) as client:
        response, seconds = _timed(
            lambda: _post_raw(
                client, "/v1/integrations/github/acme", raw,
                **{"x-hub-signature-256": signature, "x-github-event": "issues"},
            )
        )
    assert seconds < 1.0
    assert response.status_code == 422, response.text
    assert f"the limit is {MAX_JSON_DEPTH} levels" in _error(response)["message"]


@pytest.mark.parametrize(
    ("name", "content", "line"),
    [("b.json", "[" * 100_000, None),
     ("b.jsonl", '{"id": "a", "title": "Pick lists"}\n' + "[" * 100_000 + "\n", 2)],
)
def test_a_deeply_nested_backlog_upload_is_refused_fast(
    world: ApiWorld, name: str, content: str, line: int | None
) -> None:
    with world.server.client(world.check_key) as client:
        response, seconds = _timed(lambda: client.post(
            "/v1/workspaces/acme/audits", files={"file": (name, content)}))
    assert seconds < 1.0
    assert response.status_code == 422, response.text
    error = _error(response)
    assert error["file"] == name and error.get("line") == line
    assert f"the limit is {MAX_JSON_DEPTH} levels" in error["message"]


def _count_okr_parses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every OKR parse the server makes from now on, by file name."""
    parses: list[str] = []
    real = api.content.load_okrs

    def counted(path: Path, text: str | None = None) -> Any:
        parses.append(path.name)
        return real(path, text)

    monkeypatch.setattr(api.content, "load_okrs", counted)
    return parses


def test_objectives_are_parsed_once_per_strategy_version(
    world: ApiWorld, monkeypatch: pytest.MonkeyPatch
) -> None:
    parses = _count_okr_parses(monkeypatch)
    okrs = MINIMAL_OKRS.replace("Grow weekly active teams from", "Lift weekly active teams from")
    with world.server.client(world.root_key) as client:
        made = client.post("/v1/workspaces", json={"name": "parsed-once", "files": [
            {"name": "okrs.yaml", "content": okrs}, {"name": "s.md", "content": MINIMAL_STRATEGY}
        ]})
        assert made.status_code == 201, made.text
        parses.clear()
        titles = [
            client.get("/v1/workspaces/parsed-once/objectives").json()["objectives"][0]
            ["key_results"][0]["title"]
            for _ in range(5)
        ]
        assert parses == []  # the upload's parse serves every read of this version
        changed = okrs.replace("from 100 to 200", "from 100 to 300")
        put = client.put("/v1/workspaces/parsed-once/files",
                         json={"files": [{"name": "okrs.yaml", "content": changed}]})
        assert put.status_code == 200, put.text
        after = client.get("/v1/workspaces/parsed-once/objectives").json()
    assert titles == ["Lift weekly active teams from 100 to 200"] * 5
    assert after["objectives"][0]["key_results"][0]["title"].endswith("from 100 to 300")


def test_objectives_of_an_incomplete_workspace_are_parsed_once(
    world: ApiWorld, monkeypatch: pytest.MonkeyPatch
) -> None:
    parses = _count_okr_parses(monkeypatch)
    with world.server.client(world.root_key) as client:
        made = client.post("/v1/workspaces", json={
            "name": "okrs-only", "files": [{"name": "okrs.yaml", "content": MINIMAL_OKRS}]
        })
        assert made.status_code == 201, made.text
        assert made.json()["content_version"] is None  # no strategy document yet
        parses.clear()
        answers = [client.get("/v1/workspaces/okrs-only/objectives") for _ in range(4)]
    assert [a.status_code for a in answers] == [200] * 4
    assert answers[0].json()["objectives"][0]["id"] == "O1"
    assert len(parses) <= 1


def test_a_check_body_is_json_only_within_budget(world: ApiWorld) -> None:
    """The depth budget does not turn a plain parse error into anything but a 422."""
    with world.server.client(world.check_key) as client:
        response = _post_raw(client, "/v1/workspaces/acme/check", b'{"title": ')
    assert response.status_code == 422
    assert json.loads(response.text)["error"]["code"] == "invalid_request"


# --- 4. one team can stall everyone -----------------------------------------------------------


def test_long_item_text_is_cut_and_the_result_says_so(world: ApiWorld) -> None:
    limit = world.server.settings.max_item_chars
    body = "Batch click-and-collect orders by aisle so pickers walk less. " * 4_000
    with world.server.client(world.check_key) as client:
        long = client.post("/v1/workspaces/acme/check",
                           json={"title": "Pick lists " * 200, "body": body})
        short = client.post("/v1/workspaces/acme/check", json={"title": "Pick lists"})
    assert long.status_code == 200, long.text
    result = long.json()
    assert "truncated" in result["flags"]
    cut = result["details"]["truncated"]
    assert cut["body"]["original_chars"] == len(body)
    assert limit - 100 <= cut["body"]["kept_chars"] <= limit
    assert cut["title"]["original_chars"] == len("Pick lists " * 200)
    assert "truncated" not in short.json()["flags"]
    assert "truncated" not in short.json()["details"]


def test_audit_items_are_cut_the_same_way_as_checks(world: ApiWorld) -> None:
    body = "Batch click-and-collect orders by aisle so pickers walk less. " * 4_000
    rows = [{"id": "long", "title": "Pick lists", "body": body},
            {"id": "short", "title": "Pick lists", "body": "Batch orders by aisle."}]
    backlog = "".join(json.dumps(r) + "\n" for r in rows)
    with world.server.client(world.check_key) as client:
        job = client.post("/v1/workspaces/acme/audits", files={"file": ("b.jsonl", backlog)})
        assert job.status_code == 202, job.text
        assert wait_job(client, "acme", job.json()["id"])["status"] == "done"
        lines = client.get(f"/v1/workspaces/acme/jobs/{job.json()['id']}/results").text
        checked = client.post("/v1/workspaces/acme/check", json=rows[0]).json()
    results = {r["id"]: r for r in map(json.loads, lines.splitlines())}
    assert results["long"]["details"]["truncated"] == checked["details"]["truncated"]
    assert "truncated" in results["long"]["flags"]
    assert "truncated" not in results["short"]["flags"]


def test_workspaces_take_turns_in_the_job_queue(tmp_path: Path) -> None:
    clock = iter(float(t) for t in range(1, 1000))
    engine = make_engine(f"sqlite:///{tmp_path / 'jobs.db'}")
    workspaces, jobs = WorkspaceRepo(engine), JobRepo(engine, now=lambda: next(clock))
    busy, other = workspaces.create("busy"), workspaces.create("other")
    first = jobs.submit(busy.id, "audit", items=[{"id": "a"}] * 100)
    second = jobs.submit(busy.id, "audit", items=[{"id": "b"}] * 100)
    taken = jobs.claim("w", lease=30, max_attempts=3)
    assert taken is not None and taken.id == first.id
    assert not jobs.others_waiting(taken)  # only the same team's audit waits: keep going
    reindex = jobs.submit(other.id, "reindex")
    assert jobs.others_waiting(taken)
    assert jobs.hand_back(taken.id, "w")
    order = [jobs.claim("w", lease=30, max_attempts=3) for _ in range(2)]
    assert [j.id for j in order if j] == [reindex.id, first.id]  # other team first, then resume
    assert order[1] is not None and order[1].attempts == 1  # a handed-back turn is no attempt
    assert jobs.get(second.id).status == "queued"


def test_a_long_audit_does_not_hold_another_workspaces_reindex(world: ApiWorld) -> None:
    items = [json.loads(line) for line in (EXAMPLE / "backlog.jsonl").read_text().splitlines()]
    rows = [{**item, "id": f"{item['id']}-{n}"} for n in range(40) for item in items]
    backlog = "".join(json.dumps(r) + "\n" for r in rows)
    with world.server.client(world.root_key) as client:
        made = client.post("/v1/workspaces", json={"name": "turns", "files": [
            {"name": "okrs.yaml", "content": MINIMAL_OKRS},
            {"name": "s.md", "content": MINIMAL_STRATEGY},
        ]})
        assert made.status_code == 201, made.text
        audit = client.post("/v1/workspaces/acme/audits", files={"file": ("b.jsonl", backlog)})
        assert audit.status_code == 202, audit.text
        reindex = client.post("/v1/workspaces/turns/reindex").json()
        assert wait_job(client, "turns", reindex["id"])["status"] == "done"
        during = client.get(f"/v1/workspaces/acme/jobs/{audit.json()['id']}").json()
        finished = wait_job(client, "acme", audit.json()["id"], timeout=300)
    assert during["status"] in ("queued", "running") and during["done"] < len(rows)
    assert finished["status"] == "done" and finished["done"] == len(rows)


def test_a_check_past_its_budget_is_stopped_not_left_running() -> None:
    runner = CheckRunner(workers=1, timeout=0.3)
    steps: list[float] = []

    def endless() -> None:
        while True:  # a check that would never end by itself, taking steps
            raise_if_stopped()
            steps.append(time.monotonic())
            time.sleep(0.01)

    try:
        with pytest.raises(CheckTimeoutError):
            asyncio.run(runner.run(endless))
        stopped_at = time.monotonic()
        while runner.in_flight and time.monotonic() - stopped_at < 1.0:
            time.sleep(0.01)
        assert runner.in_flight == 0
        assert steps and steps[-1] <= stopped_at + 0.05  # no step after the budget ran out
    finally:
        runner.close()


class _SlowLLM(ThreadingHTTPServer):
    """An OpenAI-compatible endpoint that answers only after `delay` seconds."""

    def __init__(self, delay: float) -> None:
        super().__init__(("127.0.0.1", 0), _SlowHandler)
        self.delay = delay
        self.requests = 0
        self.thread = threading.Thread(target=self.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/v1"


class _SlowHandler(BaseHTTPRequestHandler):
    server: _SlowLLM

    def do_POST(self) -> None:
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        self.server.requests += 1
        time.sleep(self.server.delay)
        payload = judged()(body).content
        try:
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)
        except OSError:
            pass  # the check gave up and closed the connection: what this test wants

    def log_message(self, *args: object) -> None:
        return None


def test_an_llm_check_that_timed_out_is_cancelled(
    tmp_path: Path, embedder: OnnxEmbedder
) -> None:
    llm = _SlowLLM(delay=6.0)
    llm.thread.start()
    # engine llm: the check must reach the LLM whatever `auto`'s fitted escalation rule says
    settings = api_settings(tmp_path, llm_model="slow-judge", llm_base_url=llm.base_url,
                            llm_timeout=30, llm_max_retries=2, check_timeout_seconds=1.0,
                            engine="llm")
    try:
        with LiveServer(settings, store_services("local", tmp_path, embedder, "")) as server:
            world = make_world(server)
            with server.client(world.check_key) as client:
                # suggest builds the workspace's checker (outside the budget) and asks no LLM
                assert client.post("/v1/workspaces/acme/suggest", json={"text": "pick"}).is_success
                assert llm.requests == 0
                response, seconds = _timed(lambda: client.post(
                    "/v1/workspaces/acme/check", json={"title": "Pick lists by aisle"}))
            assert response.status_code == 504, response.text
            runner = server.context.runner
            given_up = time.monotonic()
            while runner.in_flight and time.monotonic() - given_up < 2.0:
                time.sleep(0.02)
            assert runner.in_flight == 0  # the LLM would still be thinking for ~5 s
            assert llm.requests == 1  # and nothing was retried past the budget
    finally:
        llm.shutdown()
        llm.server_close()
    assert seconds < 3.0


# --- 6. bad input is a 4xx naming the field, never a 500 --------------------------------------

SECRET_DOC = "Confidential: the Q3 store-closure list is Leeds, Derby and Hull."


@contextmanager
def _server_logs() -> Iterator[list[str]]:
    """Every log line the in-process server writes meanwhile (uvicorn's own loggers do not
    propagate to the root, so they are listened to directly)."""
    lines: list[str] = []

    class Collect(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            lines.append(self.format(record))

    handler = Collect(level=logging.DEBUG)
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s %(message)s"))
    loggers = [logging.getLogger(n) for n in ("", "uvicorn", "uvicorn.error", "sqlalchemy")]
    for logger in loggers:
        logger.addHandler(handler)
    try:
        yield lines
    finally:
        for logger in loggers:
            logger.removeHandler(handler)


def test_nul_in_feedback_is_a_422_naming_the_field(world: ApiWorld) -> None:
    with _server_logs() as logs, world.server.client(world.check_key) as client:
        for field, body in (
            ("item_id", {"item_id": "PROJ-1\u0000x", "accepted": True}),
            ("comment", {"item_id": "PROJ-1", "accepted": True, "comment": f"\u0000{SECRET_DOC}"}),
        ):
            response = client.post("/v1/workspaces/acme/feedback", json=body)
            assert response.status_code == 422, response.text
            assert _error(response)["field"] == field
            assert "NUL" in _error(response)["message"]
    assert not any(SECRET_DOC in line for line in logs)


def test_nul_in_an_uploaded_file_is_a_422_naming_the_file_and_storing_nothing(
    world: ApiWorld,
) -> None:
    with world.server.client(world.admin_key) as client:
        before = client.get("/v1/workspaces/acme").json()
        with _server_logs() as logs:
            as_json = client.put("/v1/workspaces/acme/files", json={"files": [
                {"name": "closures.md", "content": f"# Closures\n\n{SECRET_DOC}\u0000\n"}]})
            as_upload = client.post("/v1/workspaces/acme/files", files={
                "files": ("closures.md", f"# Closures\n\n{SECRET_DOC}\x00\n".encode())})
        after = client.get("/v1/workspaces/acme").json()
    for response in (as_json, as_upload):
        assert response.status_code == 422, response.text
        assert _error(response)["file"] == "closures.md"
        assert _error(response)["field"] == "content"
    assert after == before
    assert not any(SECRET_DOC in line for line in logs)


def test_nul_in_a_path_parameter_is_a_4xx(world: ApiWorld) -> None:
    """Looked up, not stored: SQLite finds nothing (404), PostgreSQL refuses to compare (422)."""
    with world.server.client(world.check_key) as client:
        response = client.get("/v1/workspaces/acme/jobs/abc%00def")
    assert response.status_code in (404, 422), response.text
    assert _error(response)["code"] in ("not_found", "invalid_input")


def test_a_field_named_body_of_the_wrong_type_is_named(world: ApiWorld) -> None:
    with world.server.client(world.check_key) as client:
        response = client.post("/v1/workspaces/acme/check", json={"title": "x", "body": 5})
    assert response.status_code == 422, response.text
    assert _error(response)["field"] == "body"
    assert "(field 'body')" in _error(response)["message"]


def test_keys_create_on_a_fresh_machine_makes_the_data_dir(tmp_path: Path) -> None:
    data = tmp_path / "never" / "made"
    done = subprocess.run(
        [STRATALIGN, "keys", "create", "--all", "-s", "admin", "-s", "check"],
        env={**os.environ, "STRATALIGN_DATA_DIR": str(data)},
        capture_output=True, text=True, timeout=60, check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().startswith("sa_")
    assert "Traceback" not in done.stderr
    assert (data / "stratalign.db").is_file()
