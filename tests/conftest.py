"""Shared fixtures: one real embedding model per session, real Chroma, real API servers."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from checker import service
from checker.backlog.reading import read_backlog
from checker.embedded.engine import EmbeddedChecker
from checker.service import Services, build_checker, ensure_indexed
from index.embedding import OnnxEmbedder, load_embedder
from index.store import ChromaStore, open_persistent_client
from tests.helpers import (
    CASES,
    EXAMPLE,
    MINIMAL_OKRS,
    MINIMAL_STRATEGY,
    ApiWorld,
    ExampleRun,
    LiveServer,
    api_settings,
    chroma_server,
    make_world,
    store_services,
)
from tests.tracker_standin import TrackerStandIn


@pytest.fixture(autouse=True)
def _no_real_llm(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No test reaches a hosted LLM by accident: a developer's keys and config are hidden."""
    for name in ("OPENAI_API_KEY", "STRATALIGN_LLM_API_KEY", "STRATALIGN_LLM_MODEL",
                 "STRATALIGN_LLM_BASE_URL", "STRATALIGN_ENGINE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("STRATALIGN_CONFIG", str(tmp_path / "no-config.toml"))


@pytest.fixture(scope="session")
def embedder() -> OnnxEmbedder:
    """The packaged model, loaded once: loading costs about a second."""
    return load_embedder()


@pytest.fixture
def cli_data_dir(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, embedder: OnnxEmbedder) -> Path:
    """The data dir CLI commands of this test use (STRATALIGN_DATA_DIR, under tmp_path), with
    the session's loaded model in place of a second load (about a second per command)."""
    monkeypatch.setenv("STRATALIGN_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setattr(service, "load_embedder", lambda *_a, **_k: embedder)
    return tmp_path / "data"


@pytest.fixture
def services(tmp_path: Path, embedder: OnnxEmbedder) -> Services:
    """Real Chroma in this test's temp folder."""
    return Services(embedder, ChromaStore(open_persistent_client(tmp_path / "data"), embedder))


@pytest.fixture
def checker_of(services: Services) -> Callable[[Path], EmbeddedChecker]:
    """The embedded checker of a workspace folder, indexed in the test's `services` store."""

    def checker(folder: Path) -> EmbeddedChecker:
        return build_checker(ensure_indexed(folder, services, lambda _: None), services)

    return checker


@pytest.fixture
def example_copy(tmp_path: Path) -> Path:
    """A private copy of the example workspace, safe to edit."""
    target = tmp_path / "acme-retail"
    shutil.copytree(EXAMPLE, target)
    return target


@pytest.fixture
def make_workspace(tmp_path: Path) -> Callable[..., Path]:
    """Write a workspace folder from strings; returns its path."""

    def make(
        okrs: str = MINIMAL_OKRS,
        strategy: dict[str, str] | None = None,
        okr_name: str = "okrs.yaml",
        name: str = "ws",
    ) -> Path:
        root = tmp_path / name
        (root / "strategy").mkdir(parents=True)
        (root / okr_name).write_text(okrs, encoding="utf-8")
        for doc, text in (strategy if strategy is not None else {"s.md": MINIMAL_STRATEGY}).items():
            (root / "strategy" / doc).write_text(text, encoding="utf-8")
        return root

    return make


@pytest.fixture(scope="session")
def example_run(tmp_path_factory: pytest.TempPathFactory, embedder: OnnxEmbedder) -> ExampleRun:
    """Index the example in a session temp store and check its whole backlog."""
    data = tmp_path_factory.mktemp("example-data")
    services = Services(embedder, ChromaStore(open_persistent_client(data), embedder))
    workspace = ensure_indexed(EXAMPLE, services, lambda _: None)
    checker = build_checker(workspace, services)
    items = read_backlog(EXAMPLE / "backlog.jsonl").items
    results = {r.id: r for r in checker.check_many(items)}
    return ExampleRun(workspace, checker, results, {item.id: item for item in items}, services)


@pytest.fixture(scope="session")
def case_checker(
    tmp_path_factory: pytest.TempPathFactory, embedder: OnnxEmbedder
) -> Callable[[str], EmbeddedChecker]:
    """The embedded checker of a shared case's workspace (tests/data/cases/<case>/<folder>),
    indexed once per session in a temp store."""
    built: dict[str, EmbeddedChecker] = {}

    def checker(folder: str) -> EmbeddedChecker:
        if folder not in built:
            data = tmp_path_factory.mktemp("case-data")
            services = Services(embedder, ChromaStore(open_persistent_client(data), embedder))
            workspace = ensure_indexed(CASES / folder, services, lambda _: None)
            built[folder] = build_checker(workspace, services)
        return built[folder]

    return checker


@pytest.fixture(scope="session")
def chroma_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """One Chroma server for the session."""
    with chroma_server(tmp_path_factory.mktemp("chroma-server")) as url:
        yield url


@pytest.fixture(scope="module", params=["local", "server"], ids=["chroma-local", "chroma-server"])
def api_world(
    request: pytest.FixtureRequest,
    tmp_path_factory: pytest.TempPathFactory,
    embedder: OnnxEmbedder,
    chroma_url: str,
) -> Iterator[ApiWorld]:
    """One server per module and store mode, the example workspace indexed in it."""
    data = tmp_path_factory.mktemp(f"api-{request.param}")
    services = store_services(request.param, data, embedder, chroma_url)
    with LiveServer(api_settings(data), services) as server:
        yield make_world(server)


@pytest.fixture(scope="module")
def tracker() -> Iterator[TrackerStandIn]:
    """A tracker stand-in (GitHub, GitLab, Jira, Linear on loopback), one per test module;
    a module that uses it resets it before each test."""
    with TrackerStandIn() as standin:
        yield standin
