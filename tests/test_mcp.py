"""`stratalign mcp` over stdio, driven by the `mcp` package's own client."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import anyio
import pytest
from mcp import ClientSession
from mcp.client.stdio import StdioServerParameters, stdio_client

from checker.mcp.backends import LocalBackend
from checker.service import Services
from checker.settings import Settings
from index.errors import InputError
from tests.helpers import EXAMPLE, ApiWorld, free_port, wait_for

PICKING = "Aisle-sorted pick lists so store staff get online orders ready within the hour"


def _server(tmp_path: Path) -> StdioServerParameters:
    script = shutil.which("stratalign", path=str(Path(sys.executable).parent))
    assert script is not None
    env = {**os.environ, "STRATALIGN_DATA_DIR": str(tmp_path / "data")}
    return StdioServerParameters(command=script, args=["mcp", "-w", str(EXAMPLE)], env=env)


async def _session_calls(tmp_path: Path) -> dict[str, object]:
    seen: dict[str, object] = {}
    async with (
        stdio_client(_server(tmp_path)) as (read, write),
        ClientSession(read, write) as session,
    ):
        await session.initialize()
        seen["tools"] = sorted(t.name for t in (await session.list_tools()).tools)
        checked = await session.call_tool("check_alignment", {"title": PICKING})
        seen["check"] = json.loads(checked.content[0].text)  # type: ignore[union-attr]
        suggested = await session.call_tool("suggest_key_results", {"text": PICKING, "k": 2})
        seen["suggest"] = [
            json.loads(c.text) for c in suggested.content  # type: ignore[union-attr]
        ]
        listed = await session.call_tool("list_objectives", {})
        seen["objectives"] = json.loads(listed.content[0].text)  # type: ignore[union-attr]
        resources = (await session.list_resources()).resources
        seen["resources"] = sorted(str(r.uri) for r in resources)
        strategy = next(r.uri for r in resources if str(r.uri).endswith("/strategy.md"))
        read_back = await session.read_resource(strategy)
        seen["document"] = read_back.contents[0].text  # type: ignore[union-attr]
    return seen


def test_mcp_server_over_stdio(tmp_path: Path) -> None:
    seen = anyio.run(_session_calls, tmp_path)
    assert seen["tools"] == [
        "check_alignment", "list_objectives", "record_feedback", "suggest_key_results"]
    check = seen["check"]
    assert isinstance(check, dict)
    assert (check["verdict"], check["impacted"][0]["kr_id"]) == ("aligned", "O1.KR1")
    assert {"id", "reason", "flags", "rationale", "evidence"} <= check.keys()
    suggest = seen["suggest"]
    assert isinstance(suggest, list) and len(suggest) == 2
    assert suggest[0]["kr_id"].startswith("O")
    objectives = seen["objectives"]
    assert isinstance(objectives, dict)
    assert [o["id"] for o in objectives["objectives"]] == ["O1", "O2", "O3"]
    assert seen["resources"] == ["strategy://principles.md", "strategy://strategy.md"]
    assert "Non-goals" in str(seen["document"])


def test_the_remote_backend_asks_a_live_api(api_world: ApiWorld) -> None:
    from checker.mcp.backends import RemoteBackend

    with api_world.server.client(api_world.check_key) as client:
        backend = RemoteBackend(client, "acme")
        check = backend.check(PICKING, "")
        suggestions = backend.suggest(PICKING, 2)
        objectives = backend.objectives()
    assert check["verdict"] == "aligned" and check["impacted"][0]["kr_id"] == "O1.KR1"
    assert len(suggestions) == 2
    assert suggestions[0]["kr_id"] == check["impacted"][0]["kr_id"]
    assert [o["id"] for o in objectives["objectives"]] == ["O1", "O2", "O3"]
    assert backend.document_names() == []


def test_the_remote_backend_says_what_the_api_refused(api_world: ApiWorld) -> None:
    from checker.mcp.backends import RemoteBackend
    from index.errors import StratalignError

    with (
        api_world.server.client("sa_wrong_key") as client,
        pytest.raises(StratalignError, match="HTTP 401"),
    ):
        RemoteBackend(client, "acme").check(PICKING, "")


async def _over_http(url: str) -> dict[str, object]:
    from mcp.client.streamable_http import streamable_http_client

    async with (
        streamable_http_client(url) as streams,
        ClientSession(streams[0], streams[1]) as session,
    ):
        await session.initialize()
        tools = sorted(t.name for t in (await session.list_tools()).tools)
        checked = await session.call_tool("check_alignment", {"title": PICKING})
        return {"tools": tools, "check": json.loads(checked.content[0].text)}  # type: ignore[union-attr]


def test_mcp_server_over_streamable_http(tmp_path: Path) -> None:
    port = free_port()
    params = _server(tmp_path)
    process = subprocess.Popen(
        [params.command, *params.args, "--transport", "streamable-http", "--port", str(port)],
        env=params.env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}/mcp"
    try:
        wait_for(url, timeout=90, process=process, any_status=True)  # a bare GET is refused
        seen = anyio.run(_over_http, url)
    finally:
        process.terminate()
        process.wait(timeout=20)
    assert seen["tools"] == [
        "check_alignment", "list_objectives", "record_feedback", "suggest_key_results"]
    check = seen["check"]
    assert isinstance(check, dict) and check["verdict"] == "aligned"


def test_record_feedback_stores_the_answer_and_the_next_check_learns(
    example_copy: Path, services: Services, tmp_path: Path
) -> None:
    settings = Settings(data_dir=tmp_path / "data")
    backend = LocalBackend(example_copy, settings, services)
    text = "Text customers when their click-and-collect order is packed"
    other = backend.check(text, "")["impacted"][1]["kr_id"]
    for n, title in enumerate(["SMS the customer when a collection order is packed",
                               "Text shoppers that their pick-up order is ready",
                               "Send a text message when a click-and-collect order is packed"]):
        stored = backend.record_feedback(f"M-{n}", title, "", {"verdict": "aligned",
                                                               "krs": [other]})
        assert stored == {"stored": f"M-{n}", "answer": other}
    after = backend.check(text, "")
    assert after["impacted"][0]["kr_id"] == other and "M-" in after["rationale"]
    with pytest.raises(InputError, match="feedback not stored"):
        backend.record_feedback("M-9", "t", "", {"verdict": "unclear"})
