"""`stratalign workspaces list` and `remove`: the API's stored workspaces, seen and removed from
the command line (a newcomer found a workspace left by an earlier run in the shared data dir and
had no way but the API to see where it came from or to remove it)."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from api.db import make_engine
from api.seed import folder_files
from api.workspaces import WorkspaceRepo
from checker import service
from checker.cli.app import app
from checker.learning.store import CorrectionStore
from checker.settings import Settings

EXAMPLE = Path(__file__).parents[1] / "examples" / "acme-retail"


@pytest.fixture
def settings(cli_data_dir: Path) -> Settings:
    return Settings()


def test_a_stored_workspace_is_listed_and_removed_with_its_index(settings: Settings) -> None:
    repo = WorkspaceRepo(make_engine(settings.resolved_database_url()))
    record = repo.put_files(repo.create("acme-retail"), folder_files(EXAMPLE))
    services = service.Services.from_settings(settings)
    services.store.sync(repo.indexable(record))
    collections = {c.name for c in services.store.client.list_collections()}
    assert record.collection in collections
    corrections = CorrectionStore.of(settings.data_dir, record.collection)
    corrections.path.parent.mkdir(parents=True, exist_ok=True)
    corrections.path.write_bytes(b"")
    runner = CliRunner()

    listed = runner.invoke(app, ["workspaces", "list"])
    assert listed.exit_code == 0, listed.output
    name, files, state, created = listed.stdout.strip().split("\t")
    assert (name, files, state) == ("acme-retail", "3 files", "not indexed")
    assert created.startswith("created 20") and created.endswith(" UTC")

    kept = runner.invoke(app, ["workspaces", "remove", "acme-retail"], input="n\n")
    assert kept.exit_code == 1 and "nothing removed" in kept.stderr
    unanswered = runner.invoke(app, ["workspaces", "remove", "acme-retail"], input="")
    assert unanswered.exit_code == 1 and "--yes" in unanswered.stderr
    assert repo.find("acme-retail") is not None
    removed = runner.invoke(app, ["workspaces", "remove", "acme-retail"], input="y\n")
    assert removed.exit_code == 0, removed.output
    assert repo.find("acme-retail") is None
    assert record.collection not in {c.name for c in services.store.client.list_collections()}
    assert not corrections.path.exists()
    assert "no workspaces stored" in runner.invoke(app, ["workspaces", "list"]).stderr

    again = runner.invoke(app, ["workspaces", "remove", "acme-retail", "--yes"])
    assert again.exit_code == 2
    assert "no workspace named 'acme-retail'" in again.stderr and "Traceback" not in again.output


def test_listing_a_data_dir_the_api_never_used_creates_nothing(settings: Settings) -> None:
    database = Path(settings.resolved_database_url().removeprefix("sqlite:///"))
    assert not database.exists()
    runner = CliRunner()
    listed = runner.invoke(app, ["workspaces", "list"])
    assert listed.exit_code == 0 and "no workspaces stored" in listed.stderr
    # (an unknown name is said before any question, and nothing is created to say it)
    removed = runner.invoke(app, ["workspaces", "remove", "acme-retail"])
    assert removed.exit_code == 2 and "no workspace named 'acme-retail'" in removed.stderr
    assert not database.exists()


def test_a_store_that_cannot_be_opened_removes_nothing_and_says_so(settings: Settings) -> None:
    """A review's finding (2026-12-01): the row went first, then the store failed with a
    traceback, and the corrections left behind could no longer be reached by name."""
    repo = WorkspaceRepo(make_engine(settings.resolved_database_url()))
    record = repo.put_files(repo.create("acme-retail"), folder_files(EXAMPLE))
    corrections = CorrectionStore.of(settings.data_dir, record.collection)
    corrections.path.parent.mkdir(parents=True, exist_ok=True)
    corrections.path.write_bytes(b"")
    chroma = settings.data_dir / "chroma"
    chroma.mkdir(parents=True, exist_ok=True)
    (chroma / "chroma.sqlite3").write_bytes(b"not a database" * 2000)
    runner = CliRunner()

    failed = runner.invoke(app, ["workspaces", "remove", "acme-retail", "--yes"])
    assert failed.exit_code == 2, failed.output
    assert "the index store could not be opened" in failed.stderr
    assert "Traceback" not in failed.output
    assert repo.find("acme-retail") is not None and corrections.path.exists()
    assert runner.invoke(app, ["workspaces", "list"]).stdout.startswith("acme-retail\t3 files\t")
