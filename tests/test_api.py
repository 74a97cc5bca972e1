"""The API end to end over real HTTP: check, suggest, audits, feedback, workspaces, health.

Every test here runs twice: against the local Chroma store and against a `chroma run` server.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from checker.learning.store import CorrectionStore
from index.embedding import OnnxEmbedder
from tests.helpers import (
    EXAMPLE,
    ApiWorld,
    ExampleRun,
    LiveServer,
    api_settings,
    chroma_server,
    store_services,
    wait_job,
)

WS = "/v1/workspaces/acme"
PROPOSAL = {
    "id": "p1",
    "title": "Aisle-sorted pick lists for click and collect",
    "body": "Store staff get online orders ready for collection within the hour.",
    "metadata": {"team": "stores"},
}


def test_check_returns_the_result_contract(api_world: ApiWorld) -> None:
    with api_world.server.client(api_world.check_key) as client:
        response = client.post(f"{WS}/check", json=PROPOSAL)
    assert response.status_code == 200, response.text
    result = response.json()
    assert result["id"] == "p1"
    assert result["verdict"] in ("aligned", "misaligned", "unclear")
    assert result["engine"] == "embedded"
    assert result["impacted"] and result["impacted"][0]["kr_id"]
    workspace = api_world.server.context.workspaces.get("acme")
    assert result["strategy_version"] == workspace.indexed_version


def test_check_agrees_with_the_cli_engine(api_world: ApiWorld, example_run: ExampleRun) -> None:
    """The API serves the same verdicts as the embedded checker on the example backlog."""
    items = [json.loads(line) for line in (EXAMPLE / "backlog.jsonl").read_text().splitlines()]
    with api_world.server.client(api_world.check_key) as client:
        for item in items[:4]:
            body = {"id": item["id"], "title": item["title"], "body": item.get("body", "")}
            got = client.post(f"{WS}/check", json=body).json()
            expected = example_run.results[item["id"]]
            assert got["verdict"] == expected.verdict
            assert [k["kr_id"] for k in got["impacted"]] == [k.kr_id for k in expected.impacted]


def test_empty_proposal_is_refused_with_a_field(api_world: ApiWorld) -> None:
    with api_world.server.client(api_world.check_key) as client:
        response = client.post(f"{WS}/check", json={"title": " ", "body": ""})
    assert response.status_code == 422
    assert response.json()["error"]["field"] == "title"


def test_a_body_that_is_not_json_says_so_with_the_position(api_world: ApiWorld) -> None:
    with api_world.server.client(api_world.check_key) as client:
        response = client.post(f"{WS}/check", content=b'{"title": "x",}',
                               headers={"Content-Type": "application/json"})
    assert response.status_code == 422
    error = response.json()["error"]
    assert error["message"].startswith("the body is not valid JSON at character 14")
    assert error.get("field") is None


def test_a_body_not_in_utf8_says_which_byte(api_world: ApiWorld) -> None:
    # (FastAPI's own answer was "There was an error parsing the body", naming nothing)
    with api_world.server.client(api_world.check_key) as client:
        response = client.post(f"{WS}/check", content='{"title": "Café lockers"}'.encode("latin-1"),
                               headers={"Content-Type": "application/json"})
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["code"] == "invalid_request"
    assert error["message"] == ("the body is not UTF-8: byte 0xe9 at position 14 cannot be read; "
                                "send the JSON as UTF-8")


def test_suggest_returns_top_k_quickly(api_world: ApiWorld) -> None:
    with api_world.server.client(api_world.check_key) as client:
        client.post(f"{WS}/suggest", json={"text": "warm up", "k": 1})
        started = time.perf_counter()
        response = client.post(f"{WS}/suggest", json={"text": "faster click and collect", "k": 2})
        elapsed = time.perf_counter() - started
    assert response.status_code == 200, response.text
    suggestions = response.json()["suggestions"]
    assert len(suggestions) == 2
    assert suggestions[0]["score"] >= suggestions[1]["score"]
    assert elapsed < 1.0, f"suggest took {elapsed:.2f} s"


def test_audit_job_lifecycle_results_in_input_order(api_world: ApiWorld) -> None:
    backlog = (EXAMPLE / "backlog.jsonl").read_text(encoding="utf-8")
    backlog += '{"title": "no id here"}\n'
    expected_ids = [json.loads(line)["id"] for line in backlog.splitlines() if '"id"' in line]
    with api_world.server.client(api_world.check_key) as client:
        submitted = client.post(
            f"{WS}/audits", files={"file": ("backlog.jsonl", backlog, "application/x-ndjson")}
        )
        assert submitted.status_code == 202, submitted.text
        job = submitted.json()
        assert job["status"] in ("queued", "running") and job["total"] == len(expected_ids)
        assert job["skipped"][0]["line"] == len(expected_ids) + 1
        finished = wait_job(client, "acme", job["id"])
        results = client.get(finished["results"])
    assert finished["status"] == "done" and finished["done"] == len(expected_ids)
    assert results.headers["content-type"].startswith("application/x-ndjson")
    rows = [json.loads(line) for line in results.text.splitlines()]
    assert [r["id"] for r in rows] == expected_ids
    assert {r["strategy_version"] for r in rows} == {finished["strategy_version"]}


def test_an_audit_job_serves_the_report(api_world: ApiWorld) -> None:
    backlog = (EXAMPLE / "backlog.jsonl").read_text(encoding="utf-8")
    files = {"file": ("backlog.jsonl", backlog, "application/x-ndjson")}
    with api_world.server.client(api_world.check_key) as client:
        first = wait_job(client, "acme", client.post(f"{WS}/audits", files=files).json()["id"])
        second = wait_job(client, "acme", client.post(f"{WS}/audits", files=files).json()["id"])
        html = client.get(f"{WS}/jobs/{second['id']}/report")
        md = client.get(f"{WS}/jobs/{second['id']}/report",
                        params={"format": "md", "compare": first["id"]})
        unknown = client.get(f"{WS}/jobs/{second['id']}/report", params={"compare": "nope"})
    assert html.status_code == 200 and html.headers["content-type"].startswith("text/html")
    assert "of effort is on aligned work" in html.text and "<svg" in html.text
    assert md.status_code == 200 and md.headers["content-type"].startswith("text/markdown")
    assert md.text.startswith("# Strategy audit: Acme Retail")
    assert "**Since the previous audit** (12 items): 0 newly misaligned" in md.text
    assert unknown.status_code == 404


def test_a_failed_audit_has_no_report(api_world: ApiWorld) -> None:
    """A newcomer's failed audit (8 of 12 items judged) served a report reading like the whole
    backlog's, and with an earlier audit said its 12 items were "gone"."""
    context = api_world.server.context
    record = context.workspaces.get("acme")
    items = [{"id": "F-1", "title": "Cycle counts on handheld scanners"}]
    job = context.jobs.submit(record.id, "audit", items=items)
    context.jobs.fail(job.id, "internal error (RuntimeError); resubmit the job")
    with api_world.server.client(api_world.check_key) as client:
        assert client.get(f"{WS}/jobs/{job.id}").json()["status"] == "failed"
        report = client.get(f"{WS}/jobs/{job.id}/report")
    assert report.status_code == 409
    assert report.json()["error"]["code"] == "conflict"
    assert "failed (0 of 1 items judged)" in report.json()["error"]["message"]


def test_audit_accepts_csv(api_world: ApiWorld) -> None:
    csv_text = "id,title,body\nc1,Faster checkout,Cut steps at checkout\nc2,Team offsite,Plan it\n"
    with api_world.server.client(api_world.check_key) as client:
        job = client.post(f"{WS}/audits", files={"file": ("b.csv", csv_text, "text/csv")}).json()
        finished = wait_job(client, "acme", job["id"])
        rows = client.get(finished["results"]).text.splitlines()
    assert [json.loads(r)["id"] for r in rows] == ["c1", "c2"]


def test_audit_takes_a_column_map_as_the_cli_does(api_world: ApiWorld) -> None:
    """An export of its own kind names its columns with `map` (the CLI's --map); the error for
    an unreadable header told an API user to use --map, which the API did not take. (Not
    everyday names, which are read as a plain table.)"""
    csv_text = "Code,Label,Remarks\nm1,Faster checkout,Cut steps at checkout\n"
    files = {"file": ("b.csv", csv_text, "text/csv")}
    with api_world.server.client(api_world.check_key) as client:
        unread = client.post(f"{WS}/audits", files=files)
        job = client.post(f"{WS}/audits", files=files,
                          data={"map": "id=Code,title=Label,body=Remarks"}).json()
        finished = wait_job(client, "acme", job["id"])
        rows = client.get(finished["results"]).text.splitlines()
        wrong = client.post(f"{WS}/audits", files=files, data={"map": "colour=Code"})
        lines = client.post(f"{WS}/audits", files=files,
                            data={"map": "id=Code\ntitle=Label\nbody=Remarks"})
    assert unread.status_code == 422 and "the map field" in unread.json()["error"]["message"]
    assert "--map" not in unread.text and "--map" not in wrong.text
    assert wrong.json()["error"]["field"] == "map"
    assert lines.status_code == 202, lines.text
    assert [json.loads(r)["id"] for r in rows] == ["m1"]
    assert wrong.status_code == 422 and "unknown field 'colour'" in wrong.json()["error"]["message"]


def test_feedback_is_stored(api_world: ApiWorld) -> None:
    with api_world.server.client(api_world.check_key) as client:
        result = client.post(f"{WS}/check", json=PROPOSAL).json()
        response = client.post(
            f"{WS}/feedback",
            json={"item_id": "p1", "accepted": False, "verdict": "aligned", "kr_id": "O2.KR1",
                  "comment": "it is the collection KR", "result": result},
        )
    assert response.status_code == 201, response.text
    record = api_world.server.context.workspaces.get("acme")
    stored = api_world.server.context.feedback.of_workspace(record.id)
    mine = [f for f in stored if f.id == response.json()["id"]]
    assert mine and mine[0].kr_id == "O2.KR1" and mine[0].accepted is False
    assert mine[0].key_id == api_world.check_key.split("_")[1]
    assert json.loads(mine[0].result or "{}")["id"] == "p1"


def test_objectives_are_listed(api_world: ApiWorld) -> None:
    with api_world.server.client(api_world.check_key) as client:
        response = client.get(f"{WS}/objectives")
    assert response.status_code == 200
    objectives = response.json()["objectives"]
    assert objectives and all(o["key_results"] for o in objectives)


def test_health_and_readiness(api_world: ApiWorld) -> None:
    with api_world.server.client() as client:
        # no folder was named at start (`serve -w`), so nothing was seeded
        assert client.get("/healthz").json() == {"status": "ok", "checks": {}, "seeded": []}
        ready = client.get("/readyz")
    assert ready.status_code == 200
    assert ready.json()["checks"] == {"database": "ok", "chroma": "ok"}


def test_openapi_and_docs_are_served(api_world: ApiWorld) -> None:
    with api_world.server.client() as client:
        schema = client.get("/openapi.json").json()
        docs = client.get("/docs")
    assert f"{WS.replace('acme', '{ws}')}/check" in schema["paths"]
    assert docs.status_code == 200 and "swagger" in docs.text.lower()


def test_readiness_fails_when_the_chroma_server_goes(
    tmp_path: Path, embedder: OnnxEmbedder
) -> None:
    chroma = chroma_server(tmp_path)
    services = store_services("server", tmp_path, embedder, chroma.__enter__())
    with LiveServer(api_settings(tmp_path), services) as server, server.client() as client:
        try:
            up = client.get("/readyz")
        finally:
            chroma.__exit__(None, None, None)
        down = client.get("/readyz")
        alive = client.get("/healthz")
    assert up.status_code == 200
    assert down.status_code == 503
    assert down.json()["checks"]["chroma"].startswith("error")
    assert down.json()["checks"]["database"] == "ok"
    assert alive.status_code == 200


def test_feedback_with_the_item_text_teaches_the_workspace(api_world: ApiWorld) -> None:
    text = {"title": "Text customers when their click-and-collect order is packed"}
    with api_world.server.client(api_world.check_key) as client:
        before = client.post(f"{WS}/check", json={"id": "n1", **text}).json()
        other = before["impacted"][1]["kr_id"]
        for n, title in enumerate(["SMS the customer when a collection order is packed",
                                   "Text shoppers that their pick-up order is ready",
                                   "Send a text message when a click-and-collect order is packed"]):
            response = client.post(f"{WS}/feedback", json={
                "item_id": f"L-{n}", "accepted": False, "kr_id": other, "title": title})
            assert response.status_code == 201 and response.json()["learned"], response.text
        after = client.post(f"{WS}/check", json={"id": "n1", **text}).json()
        bad = client.post(f"{WS}/feedback", json={
            "item_id": "L-9", "accepted": False, "verdict": "unclear", "title": "t"})
        plain = client.post(f"{WS}/feedback", json={"item_id": "L-8", "accepted": True})
        # An incomplete answer is refused whole, naming the field (a newcomer's were stored)
        kindless = client.post(f"{WS}/feedback", json={
            "item_id": "L-7", "accepted": False, "verdict": "misaligned", "title": "t"})
        krless = client.post(f"{WS}/feedback", json={
            "item_id": "L-6", "accepted": False, "verdict": "aligned", "title": "t"})
        textless = client.post(f"{WS}/feedback", json={
            "item_id": "L-5", "accepted": False, "verdict": "misaligned"})
        bare = client.post(f"{WS}/check", json={"id": "L-4", "title": "Snow theme"}).json()
        bare.update(verdict="aligned", reason=None, impacted=[])
        accepted = client.post(f"{WS}/feedback", json={
            "item_id": "L-4", "accepted": True, "title": "Snow theme", "result": bare})
    assert textless.status_code == 422
    assert accepted.status_code == 201, accepted.text
    # ... and an accepted result is stored as it was, even one that listed no key result
    assert kindless.status_code == 422 and kindless.json()["error"]["field"] == "kind"
    assert krless.status_code == 422 and krless.json()["error"]["field"] == "kr_id"
    feedback_ids = {f.item_id for f in api_world.server.context.feedback.of_workspace(
        api_world.server.context.workspaces.get("acme").id)}
    assert not {"L-5", "L-6", "L-7"} & feedback_ids
    assert after["impacted"][0]["kr_id"] == other
    assert "earlier items the team confirmed: L-" in after["rationale"]
    assert bad.status_code in (400, 422) and "unclear" in bad.text
    assert plain.status_code == 201 and plain.json()["learned"] is False
    record = api_world.server.context.workspaces.get("acme")
    store = CorrectionStore.of(api_world.server.context.settings.data_dir, record.collection)
    assert [c.item_id for c in store.list()] == ["L-0", "L-1", "L-2", "L-4"]
    store.drop()
    api_world.server.context.checkers.forget(record.collection)


def test_an_internal_error_answers_json_with_a_code(
    api_world: ApiWorld, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A newcomer's crash came back as text/plain "Internal Server Error", where docs/api.md
    promises every error as JSON with a code and a message."""
    def broken(*_args: object) -> str:
        raise RuntimeError("a fault of ours")

    monkeypatch.setattr("checker.rationale._verdict_sentence", broken)
    with api_world.server.client(api_world.check_key) as client:
        response = client.post(f"{WS}/check", json={"title": "Cycle counts on scanners"})
    assert response.status_code == 500
    assert response.headers["content-type"].startswith("application/json")
    assert response.json()["error"]["code"] == "internal_error"
    assert "RuntimeError" in response.json()["error"]["message"]
    assert "a fault of ours" not in response.text


def test_an_api_workspace_lists_and_removes_its_corrections(api_world: ApiWorld) -> None:
    """A newcomer found no way to list or remove a correction stored through the API (the CLI's
    `feedback list/remove` read a folder's store), though one wrong answer steers every check
    of its text."""
    answer = {"item_id": "gh:acme/shop#7", "accepted": False, "verdict": "misaligned",
              "kind": "orphan", "title": "Snow theme for the storefront"}
    with api_world.server.client(api_world.check_key) as client:
        assert client.post(f"{WS}/feedback", json=answer).status_code == 201
        listed = client.get(f"{WS}/corrections").json()["corrections"]
        refused = client.delete(f"{WS}/corrections/gh:acme/shop%237")
        answered = client.post(f"{WS}/check", json={"title": answer["title"]}).json()
    with api_world.server.client(api_world.admin_key) as admin:
        removed = admin.delete(f"{WS}/corrections/gh:acme/shop%237")
        again = admin.delete(f"{WS}/corrections/gh:acme/shop%237")
    with api_world.server.client(api_world.check_key) as client:
        after = client.get(f"{WS}/corrections").json()["corrections"]
        fresh = client.post(f"{WS}/check", json={"title": answer["title"]}).json()
    assert [c["item_id"] for c in listed] == ["gh:acme/shop#7"]
    assert refused.status_code == 403
    assert "The team answered this same item before" in answered["rationale"]
    assert removed.status_code == 200 and removed.json() == {
        "item_id": "gh:acme/shop#7", "removed": 1}
    assert again.status_code == 404 and after == []
    assert "The team answered" not in fresh["rationale"]
