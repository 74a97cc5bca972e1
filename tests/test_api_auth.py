"""Keys, scopes, isolation between workspaces, limits and uploads, over real HTTP."""

from __future__ import annotations

import hashlib
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pydantic import ValidationError
from typer.testing import CliRunner

from checker.cli.app import app as cli
from checker.service import Services
from checker.settings import Settings
from index.embedding import OnnxEmbedder
from index.store import ChromaStore, open_persistent_client
from tests.helpers import LiveServer, api_settings, example_files, wait_job

BAD_OKRS = """\
objectives:
  - id: O1
    title: Grow
    key_results:
      - id: O1.KR1
        metric: weekly_active_teams
"""


class World:
    """Two workspaces, A indexed and B not, with keys of every kind."""

    def __init__(self, server: LiveServer) -> None:
        self.server = server
        keys = server.context.keys
        _, self.root = keys.create(None, ["admin", "check"], "root")
        with server.client(self.root) as client:
            for name in ("ws-a", "ws-b"):
                assert client.post(
                    "/v1/workspaces", json={"name": name, "files": example_files()}
                ).status_code == 201
            job = client.post("/v1/workspaces/ws-a/reindex").json()
            assert wait_job(client, "ws-a", job["id"])["status"] == "done"
            self.b_job = client.post("/v1/workspaces/ws-b/reindex").json()["id"]
        _, self.a_check = keys.create("ws-a", ["check"])
        _, self.a_admin = keys.create("ws-a", ["admin"])
        _, self.b_admin = keys.create("ws-b", ["admin", "check"])


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory, embedder: OnnxEmbedder) -> Iterator[World]:
    data = tmp_path_factory.mktemp("api-auth")
    services = Services(embedder, ChromaStore(open_persistent_client(data), embedder))
    settings = api_settings(data, rate_limit_per_minute=60, max_backlog_items=20)
    with LiveServer(settings, services) as server:
        yield World(server)


def test_missing_key_is_401(world: World) -> None:
    with world.server.client() as client:
        for response in (client.get("/v1/workspaces"),
                         client.post("/v1/workspaces/ws-a/check", json={"title": "x"})):
            assert response.status_code == 401
            assert response.json()["error"]["code"] == "unauthenticated"
            assert "Authorization: Bearer" in response.json()["error"]["message"]


def test_unknown_key_is_401(world: World) -> None:
    forged = world.a_check[:-4] + "AAAA"
    for key in (forged, "sa_nothere_x", "garbage"):
        with world.server.client(key) as client:
            assert client.get("/v1/workspaces/ws-a").status_code == 401


def test_revoked_key_is_401(world: World) -> None:
    with world.server.client(world.a_admin) as admin:
        created = admin.post("/v1/workspaces/ws-a/keys", json={"scopes": ["check"]}).json()
        with world.server.client(created["key"]) as client:
            assert client.get("/v1/workspaces/ws-a").status_code == 200
            revoked = admin.delete(f"/v1/workspaces/ws-a/keys/{created['info']['id']}")
            assert revoked.status_code == 200 and revoked.json()["revoked_at"]
            response = client.get("/v1/workspaces/ws-a")
    assert response.status_code == 401
    assert "revoked" in response.json()["error"]["message"]


def test_wrong_scope_is_403(world: World) -> None:
    with world.server.client(world.a_admin) as admin:
        assert admin.post("/v1/workspaces/ws-a/check", json={"title": "x"}).status_code == 403
    with world.server.client(world.a_check) as check:
        assert check.put("/v1/workspaces/ws-a/files", json={"files": example_files()[:1]}
                         ).status_code == 403
        assert check.get("/v1/workspaces/ws-a/keys").status_code == 403
        assert check.delete("/v1/workspaces/ws-a").status_code == 403
        response = check.post("/v1/workspaces", json={"name": "mine"})
    assert response.status_code == 403
    assert response.json()["error"]["code"] == "forbidden"


B_ENDPOINTS = [
    ("GET", "/v1/workspaces/ws-b", None),
    ("GET", "/v1/workspaces/ws-b/objectives", None),
    ("POST", "/v1/workspaces/ws-b/check", {"title": "Faster click and collect"}),
    ("POST", "/v1/workspaces/ws-b/suggest", {"text": "click and collect"}),
    ("POST", "/v1/workspaces/ws-b/feedback", {"item_id": "x", "accepted": True}),
    ("GET", "/v1/workspaces/ws-b/jobs/{job}", None),
    ("GET", "/v1/workspaces/ws-b/jobs/{job}/results", None),
    ("GET", "/v1/workspaces/ws-b/keys", None),
    ("PUT", "/v1/workspaces/ws-b/files", {"files": [{"name": "x.md", "content": "# X"}]}),
    ("POST", "/v1/workspaces/ws-b/reindex", None),
    ("DELETE", "/v1/workspaces/ws-b", None),
    ("GET", "/v1/workspaces/nonexistent", None),
]


@pytest.mark.parametrize(("method", "path", "body"), B_ENDPOINTS)
@pytest.mark.parametrize("key_kind", ["a_check", "a_admin"])
def test_a_key_for_workspace_a_reads_nothing_of_b(
    world: World, key_kind: str, method: str, path: str, body: dict[str, object] | None
) -> None:
    with world.server.client(getattr(world, key_kind)) as client:
        response = client.request(method, path.format(job=world.b_job), json=body)
    assert response.status_code == 403, response.text
    assert "ws-b" not in response.text.replace("ws-a", "")  # nothing of B leaks into the error


def test_workspace_listing_shows_only_the_keys_workspace(world: World) -> None:
    with world.server.client(world.a_check) as client:
        names = [w["name"] for w in client.get("/v1/workspaces").json()]
    with world.server.client(world.root) as client:
        all_names = [w["name"] for w in client.get("/v1/workspaces").json()]
    assert names == ["ws-a"]
    assert {"ws-a", "ws-b"} <= set(all_names)


def test_keys_are_stored_hashed(world: World) -> None:
    with world.server.client(world.a_admin) as admin:
        created = admin.post("/v1/workspaces/ws-a/keys", json={"scopes": ["check"]}).json()
        listed = admin.get("/v1/workspaces/ws-a/keys").text
    plaintext = created["key"]
    secret = plaintext.split("_", 2)[2]
    assert secret not in listed
    database = Path(world.server.settings.resolved_database_url().removeprefix("sqlite:///"))
    with sqlite3.connect(database) as conn:
        conn.execute("PRAGMA wal_checkpoint(FULL)")
        rows = conn.execute("SELECT id, secret_hash FROM api_keys").fetchall()
    raw = b"".join(p.read_bytes() for p in database.parent.glob(database.name + "*"))
    assert plaintext.encode() not in raw and secret.encode() not in raw
    assert (created["info"]["id"], hashlib.sha256(plaintext.encode()).hexdigest()) in rows


def test_body_over_the_limit_is_413(world: World) -> None:
    big = "x" * (world.server.settings.max_body_bytes + 10)
    with world.server.client(world.a_check) as client:
        declared = client.post("/v1/workspaces/ws-a/check", json={"title": big})
        streamed = client.post(  # no Content-Length: counted while streaming
            "/v1/workspaces/ws-a/check",
            content=(chunk.encode() for chunk in [big[:1000], big[1000:]]),
            headers={"Content-Type": "application/json"},
        )
    for response in (declared, streamed):
        assert response.status_code == 413
        assert response.json()["error"]["code"] == "payload_too_large"


def test_backlog_over_the_item_limit_is_413(world: World) -> None:
    rows = "".join(f'{{"id": "i{n}", "title": "Item {n}"}}\n' for n in range(21))
    with world.server.client(world.a_check) as client:
        response = client.post("/v1/workspaces/ws-a/audits", files={"file": ("b.jsonl", rows)})
    assert response.status_code == 413
    assert "limit is 20" in response.json()["error"]["message"]


def test_rate_limit_is_429_per_key(world: World) -> None:
    _, key = world.server.context.keys.create("ws-a", ["check"], "burst")
    with world.server.client(key) as client:
        statuses = [client.get("/v1/workspaces/ws-a").status_code for _ in range(61)]
        limited = client.get("/v1/workspaces/ws-a")
    assert statuses[:60] == [200] * 60
    assert limited.status_code == 429 and int(limited.headers["Retry-After"]) >= 1
    with world.server.client(world.a_check) as other:  # another key is not slowed down
        assert other.get("/v1/workspaces/ws-a").status_code == 200


def test_bad_okr_upload_names_file_line_field_and_keeps_what_was_stored(world: World) -> None:
    with world.server.client(world.a_admin) as client:
        before = client.get("/v1/workspaces/ws-a").json()
        bad = {"files": [{"name": "okrs.yaml", "content": BAD_OKRS}]}
        response = client.put("/v1/workspaces/ws-a/files", json=bad)
        after = client.get("/v1/workspaces/ws-a").json()
    assert response.status_code == 422
    error = response.json()["error"]
    assert error["code"] == "invalid_input"
    assert (error["file"], error["line"]) == ("okrs.yaml", 5)
    assert error["field"] == "objectives[0].key_results[0].title"
    assert "missing required field 'title'" in error["message"]
    assert after == before


def test_multipart_upload_errors_name_the_file(world: World) -> None:
    with world.server.client(world.b_admin) as client:
        not_utf8 = client.post(
            # Windows-1252 bytes without a byte-order mark: neither UTF-8 nor UTF-16
            "/v1/workspaces/ws-b/files", files=[("files", ("vision.md", b"Caf\xe9 plan"))]
        )
        unknown = client.post("/v1/workspaces/ws-b/files", files=[("files", ("notes.docx", b"x"))])
        good = client.post(
            "/v1/workspaces/ws-b/files", files=[("files", ("extra.md", b"# Extra\n\nMore text."))]
        )
    assert not_utf8.status_code == 422 and not_utf8.json()["error"]["file"] == "vision.md"
    assert unknown.status_code == 422 and unknown.json()["error"]["file"] == "notes.docx"
    assert good.status_code == 200
    assert "extra.md" in [f["name"] for f in good.json()["files"]]
    assert good.json()["up_to_date"] is False


def test_check_before_indexing_says_what_to_do(world: World) -> None:
    with world.server.client(world.root) as client:
        client.post("/v1/workspaces", json={"name": "fresh", "files": example_files()})
        response = client.post("/v1/workspaces/fresh/check", json={"title": "x"})
    assert response.status_code == 409
    assert "reindex" in response.json()["error"]["message"]


def test_unauthenticated_mode_is_refused_off_loopback(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match=r"refused on host '0\.0\.0\.0'"):
        Settings(data_dir=tmp_path, allow_unauthenticated=True, host="0.0.0.0")
    assert Settings(data_dir=tmp_path, allow_unauthenticated=True).host == "127.0.0.1"
    result = CliRunner().invoke(cli, ["serve", "--unauthenticated", "--host", "0.0.0.0"])
    assert result.exit_code == 2
    assert "refused on host '0.0.0.0'" in result.stderr


def test_unauthenticated_mode_on_loopback_needs_no_key(
    tmp_path: Path, embedder: OnnxEmbedder
) -> None:
    services = Services(embedder, ChromaStore(open_persistent_client(tmp_path), embedder))
    settings = api_settings(tmp_path, allow_unauthenticated=True)
    with LiveServer(settings, services) as server, server.client() as client:
        created = client.post("/v1/workspaces", json={"name": "open"})
        info = client.get("/v1/info").json()
    assert created.status_code == 201
    assert info["auth_required"] is False


def test_reindex_serves_the_new_strategy_version(world: World) -> None:
    extra = {"name": "pricing.md", "content": "# Pricing\n\n## Priorities\n\nWe keep trade "
             "prices stable for a year so builders can quote jobs with confidence.\n"}
    with world.server.client(world.b_admin) as client:
        assert wait_job(client, "ws-b", world.b_job)["status"] == "done"
        old = client.post("/v1/workspaces/ws-b/check", json={"title": "Stable trade prices"}).json()
        updated = client.put("/v1/workspaces/ws-b/files", json={"files": [extra]}).json()
        assert updated["up_to_date"] is False
        job = client.post("/v1/workspaces/ws-b/reindex").json()
        assert wait_job(client, "ws-b", job["id"])["status"] == "done"
        new = client.post("/v1/workspaces/ws-b/check", json={"title": "Stable trade prices"}).json()
    assert new["strategy_version"] == updated["content_version"] != old["strategy_version"]
    assert any(e["source"] == "pricing.md" for e in new["evidence"])


def test_deleting_a_workspace_removes_its_keys_and_files(world: World) -> None:
    with world.server.client(world.root) as root:
        assert root.post("/v1/workspaces", json={"name": "gone", "files": example_files()}
                         ).status_code == 201
        key = root.post("/v1/workspaces/gone/keys", json={"scopes": ["check"]}).json()["key"]
        assert root.delete("/v1/workspaces/gone").status_code == 204
        assert root.get("/v1/workspaces/gone").status_code == 404
        again = root.post("/v1/workspaces", json={"name": "gone"})
    assert again.status_code == 201 and again.json()["files"] == []
    with world.server.client(key) as client:
        assert client.get("/v1/workspaces/gone").status_code == 401


def test_a_check_over_the_timeout_is_504() -> None:
    import asyncio

    from api.errors import CheckTimeoutError, status_for
    from api.runner import CheckRunner

    runner = CheckRunner(workers=1, timeout=0.05)
    try:
        with pytest.raises(CheckTimeoutError) as caught:
            asyncio.run(runner.run(lambda: time.sleep(0.5)))
    finally:
        runner.close()
    assert status_for(caught.value) == (504, "check_timeout")


def test_keys_cli_create_list_revoke(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STRATALIGN_DATA_DIR", str(tmp_path))
    runner = CliRunner()
    created = runner.invoke(cli, ["keys", "create", "--all", "-s", "admin", "--label", "ops"])
    assert created.exit_code == 0, created.stderr
    plaintext = created.stdout.strip()
    key_id = plaintext.split("_")[1]
    listed = runner.invoke(cli, ["keys", "list"])
    assert f"{key_id}\t*\tadmin\tactive\tops" in listed.stdout
    assert plaintext not in listed.stdout
    assert runner.invoke(cli, ["keys", "revoke", key_id]).exit_code == 0
    assert "revoked" in runner.invoke(cli, ["keys", "list"]).stdout
    bad = runner.invoke(cli, ["keys", "create", "-w", "nope"])
    assert bad.exit_code == 2 and "no workspace named 'nope'" in bad.stderr
    assert runner.invoke(cli, ["keys", "create", "--all", "-s", "root"]).exit_code == 2


def test_reindex_of_an_incomplete_workspace_says_what_is_missing(world: World) -> None:
    okrs_only = [f for f in example_files() if f["name"] == "okrs.yaml"]
    with world.server.client(world.root) as client:
        client.post("/v1/workspaces", json={"name": "half", "files": okrs_only})
        response = client.post("/v1/workspaces/half/reindex")
        empty = client.post("/v1/workspaces", json={"name": "empty"})
        nothing = client.post("/v1/workspaces/empty/reindex")
    assert response.status_code == 422
    assert response.json()["error"] == {
        "code": "invalid_workspace",
        "message": "no strategy documents yet; upload at least one .md file",
        "file": "half",
    }
    assert empty.status_code == 201
    assert "no OKR file yet" in nothing.json()["error"]["message"]
