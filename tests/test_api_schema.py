"""schemathesis against the live OpenAPI schema: no 5xx, and responses match the schema."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from checker.service import Services
from index.embedding import OnnxEmbedder
from index.store import ChromaStore, open_persistent_client
from tests.helpers import LiveServer, api_settings, make_world

SCHEMATHESIS = shutil.which("schemathesis", path=str(Path(sys.executable).parent))
CHECKS = ",".join([
    "not_a_server_error",
    "status_code_conformance",
    "content_type_conformance",
    "response_schema_conformance",
])


@pytest.mark.skipif(SCHEMATHESIS is None, reason="schemathesis is not installed")
def test_live_schema_holds_under_generated_requests(
    tmp_path: Path, embedder: OnnxEmbedder
) -> None:
    services = Services(embedder, ChromaStore(open_persistent_client(tmp_path), embedder))
    settings = api_settings(tmp_path, rate_limit_per_minute=100_000)
    # Every path parameter `ws` is the indexed example, so checks and audits really run.
    config = tmp_path / "schemathesis.toml"
    config.write_text('[parameters]\n"path.ws" = "acme"\n', encoding="utf-8")
    with LiveServer(settings, services) as server:
        world = make_world(server)
        done = subprocess.run(
            [
                str(SCHEMATHESIS), "--config-file", str(config), "run",
                f"{server.url}/openapi.json",
                "--checks", CHECKS,
                "--phases", "examples,coverage,fuzzing",
                "--max-examples", "25",
                "--workers", "1",
                "--exclude-operation-id-regex", "^delete_workspace",
                "--header", f"Authorization: Bearer {world.root_key}",
                "--request-timeout", "30",
                "--seed", "1",
            ],
            capture_output=True, text=True, timeout=600, check=False, cwd=tmp_path,
        )
    print(done.stdout[-4000:])
    assert done.returncode == 0, done.stdout[-6000:] + done.stderr[-2000:]
