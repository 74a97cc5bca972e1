"""`stratalign audit` on backlogs exactly as trackers export them (shared cases 08 and 11 as
tests of their kinds): what was read is said on stderr and in the report, nothing is dropped
without a word, and a file nothing can be read from is refused with exit 2."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from checker.cli.app import app
from index.embedding import OnnxEmbedder
from tests.helpers import ApiWorld, served_example, wait_job

CASES = Path(__file__).parent / "data" / "cases"
ADO = CASES / "08-azure-devops-csv-description-dropped"
WRAPPED = CASES / "11-json-object-wrapper-read-as-jsonl"


def _flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("sa-import-data")


@pytest.fixture
def runner(monkeypatch: pytest.MonkeyPatch, data_dir: Path, embedder: OnnxEmbedder) -> CliRunner:
    monkeypatch.setenv("STRATALIGN_DATA_DIR", str(data_dir))
    monkeypatch.setenv("STRATALIGN_ENGINE", "embedded")
    return CliRunner()


def _results(path: Path) -> dict[str, dict[str, object]]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    return {str(r["id"]): r for r in rows}


def test_azure_devops_csv_reads_description_points_person_and_area(
    runner: CliRunner, tmp_path: Path
) -> None:
    out, report = tmp_path / "results.jsonl", tmp_path / "report.md"
    result = runner.invoke(app, ["audit", "-w", str(ADO / "workspace"),
                                 str(ADO / "azure-devops-query.csv"), "-o", str(out),
                                 "--report", str(report)])
    assert result.exit_code == 0, result.stderr
    said = _flat(result.stderr)
    assert "as Azure DevOps (Boards) CSV" in said
    assert "body <- Description" in said and "effort <- Story Points" in said
    assert "person <- Assigned To" in said and "team <- Area Path" in said
    results = _results(out)
    # case.md: with the description read, 4501 and 4502 are on-strategy work.
    assert (results["4501"]["verdict"], results["4501"]["impacted"][0]["kr_id"]) == (  # type: ignore[index]
        "aligned", "O2.KR1")
    assert (results["4502"]["verdict"], results["4502"]["impacted"][0]["kr_id"]) == (  # type: ignore[index]
        "aligned", "O1.KR2")
    text = report.read_text(encoding="utf-8")
    assert "3 items, effort 11" in text and "0% of effort is on aligned work" not in text
    assert "Platform" in text and "What was read" in text
    assert "open: 3 items, effort 11, " in text and "done: 0 items" in text


def test_a_body_column_in_a_tracker_export_is_read_too(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "results.jsonl"
    result = runner.invoke(app, ["audit", "-w", str(ADO / "workspace"),
                                 str(ADO / "same-with-body-column.csv"), "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    assert "body <- body" in _flat(result.stderr)
    assert _results(out)["4501"]["verdict"] == "aligned"


@pytest.mark.parametrize(("name", "ids"), [
    ("backlog-items-pretty.json", ["A-1", "A-2"]),
    ("backlog-items-compact.json", ["A-1", "A-2"]),
    ("gh-project-item-list.json", ["#101", "#102", "PVTI_lADOAAAAAM4AAAA3"]),
])
def test_a_json_object_wrapping_the_items_is_read_whole(
    runner: CliRunner, tmp_path: Path, name: str, ids: list[str]
) -> None:
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["audit", "-w", str(WRAPPED / "workspace"), str(WRAPPED / name),
                                 "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    assert "invalid JSON" not in result.stderr
    assert list(_results(out)) == ids
    assert f"audited {len(ids)} item(s)" in _flat(result.stderr)


def test_a_file_with_no_title_or_body_is_refused(runner: CliRunner, tmp_path: Path) -> None:
    odd = tmp_path / "odd.csv"
    odd.write_text("Key,Owner,Points\nX-1,ana,3\n", encoding="utf-8")
    result = runner.invoke(app, ["audit", "-w", str(ADO / "workspace"), str(odd)])
    assert result.exit_code == 2
    said = _flat(result.stderr)
    assert "odd.csv:1" in said and "Key, Owner, Points" in said and "--map title=" in said


def test_map_with_a_column_that_is_not_there_is_refused(runner: CliRunner) -> None:
    result = runner.invoke(app, ["audit", "-w", str(ADO / "workspace"),
                                 str(ADO / "azure-devops-query.csv"), "--map", "body=Summary"])
    assert result.exit_code == 2
    assert "no such column" in result.stderr and "Work Item Type" in _flat(result.stderr)


@pytest.fixture(scope="module")
def api(tmp_path_factory: pytest.TempPathFactory, embedder: OnnxEmbedder) -> Iterator[ApiWorld]:
    """A real server (local store) with the example workspace indexed."""
    with served_example(tmp_path_factory.mktemp("api-import"), embedder) as world:
        yield world


def test_the_audit_job_says_what_was_read(api: ApiWorld) -> None:
    export = (ADO / "azure-devops-query.csv").read_bytes()
    with api.server.client(api.check_key) as client:
        submitted = client.post("/v1/workspaces/acme/audits",
                                files={"file": ("query.csv", export, "text/csv")})
        assert submitted.status_code == 202, submitted.text
        job = wait_job(client, "acme", submitted.json()["id"])
        report = client.get(f"/v1/workspaces/acme/jobs/{job['id']}/report",
                            params={"format": "md"})
        again = client.get(f"/v1/workspaces/acme/jobs/{job['id']}")
    read = job["read"]
    assert (read["format"], read["fields"]["body"], read["fields"]["team"]) == (
        "azure-devops-csv", ["Description"], ["Area Path"])
    assert read["items"] == 3 and again.json()["read"] == read
    assert "What was read" in report.text and "body         <- Description" in report.text


def test_the_audit_job_refuses_a_file_it_cannot_read(api: ApiWorld) -> None:
    with api.server.client(api.check_key) as client:
        response = client.post("/v1/workspaces/acme/audits",
                               files={"file": ("odd.csv", "Key,Owner\nX-1,ana\n", "text/csv")})
    assert response.status_code == 422, response.text
    assert "Key, Owner" in response.text and "the map field" in response.text


def test_our_own_fields_need_no_pointer_into_the_docs(tmp_path: Path) -> None:
    """A newcomer's report said "mapping from docs/audit-report.md, 'Our fields'" in the block
    read at the review meeting (2026-12-01); a vendor's format still names the page it follows."""
    from checker.backlog.reading import read_backlog

    own = tmp_path / "b.jsonl"
    own.write_text('{"id": "A-1", "title": "Pick lists by aisle", "body": "Group by aisle."}\n',
                   encoding="utf-8")
    read = read_backlog(own).read
    assert read is not None
    first = read.lines()[0]
    assert first.startswith(f"read {own} as stratalign items") and "docs/" not in first
    jira = tmp_path / "jira.csv"
    jira.write_text("Issue key,Summary,Description\nA-1,Pick lists,By aisle\n", encoding="utf-8")
    jira_read = read_backlog(jira).read
    assert jira_read is not None and "mapping from https://" in jira_read.lines()[0]
