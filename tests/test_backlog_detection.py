"""Which tracker an export is read as, told by the fields only that tracker has, and nothing
the export says about an item dropped without a word: YouTrack CSV and REST, GitLab's issues
API, Jira's REST reply (status category, custom fields by their `names`), Shortcut's API.
Each new reader is checked both ways: its export picks it, and the neighbouring tracker's
export (tests/data/exports/) is read as before. The trial's own inputs are in
tests/data/backlog/trial/."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from checker.backlog.reading import Backlog, ReadOptions, read_backlog

EXPORTS = Path(__file__).parent / "data" / "exports"
TRIAL = Path(__file__).parent / "data" / "backlog" / "trial"


def _read(path: Path, **options: Any) -> Backlog:
    backlog = read_backlog(path, options=ReadOptions(**options))
    assert backlog.read is not None
    assert backlog.errors == []
    return backlog


def _fields(backlog: Backlog, *keys: str) -> list[tuple[Any, ...]]:
    return [(i.id, *((i.model_extra or {}).get(k) for k in keys)) for i in backlog.items]


@pytest.mark.parametrize(("name", "fmt"), [
    ("youtrack.csv", "youtrack-csv"), ("jira-cloud.csv", "jira-cloud-csv"),
    ("jira-datacenter.csv", "jira-data-center-csv"), ("linear.csv", "linear-csv"),
    ("youtrack-rest.json", "youtrack-rest"), ("jira-rest-v3.json", "jira-rest"),
    ("gitlab-api-issues.json", "gitlab-api-issues"), ("gitlab-issues.csv", "gitlab-issues-csv"),
    ("github-rest-issues.json", "github-rest-issues"), ("gh-issue-list-full.json", "gh-issue-list"),
    ("shortcut-api.json", "shortcut-api"), ("shortcut.csv", "shortcut-csv"),
    ("linear-api.json", "linear-api"), ("jira-rest-v2-names.json", "jira-rest"),
])
def test_each_tracker_is_told_from_its_neighbours(name: str, fmt: str) -> None:
    assert _read(EXPORTS / name).read.format == fmt  # type: ignore[union-attr]


def test_youtrack_csv_reads_its_id_state_points_and_tags() -> None:
    backlog = _read(EXPORTS / "youtrack.csv")
    assert _fields(backlog, "state", "status", "effort", "labels", "team", "assignee") == [
        ("SHOP-61", "open", "In Progress", 5.0, ["stores", "lockers"], "Stores", "Mia Chen"),
        ("SHOP-62", "done", "Verified", 2.0, ["trade"], "Trade", None),
        ("SHOP-63", "done", "Obsolete", 1.0, None, "Stores", "Lee Park"),
        ("SHOP-64", "done", "Incomplete", None, None, "Stores", None),
    ]
    assert backlog.items[0].body.startswith("Customers collect online orders from a locker")
    assert backlog.read is not None
    assert backlog.read.ignored == ["Project", "Updated", "Priority", "Fix versions",
                                    "Spent time", "Votes"]
    assert [i.id for i in _read(EXPORTS / "youtrack.csv", status="open").items] == ["SHOP-61"]


def test_youtrack_rest_reads_custom_fields_by_name() -> None:
    backlog = _read(EXPORTS / "youtrack-rest.json")
    assert _fields(backlog, "state", "status", "effort", "assignee", "type", "team") == [
        ("SHOP-61", "open", "In Progress", 5.0, "Mia Chen", "Feature", "Stores"),
        ("SHOP-62", "done", "Verified", 2.0, None, "Task", "Trade"),
    ]
    assert backlog.read is not None and "customFields.Priority" in backlog.read.ignored


def test_gitlab_api_reads_iid_weight_and_usernames() -> None:
    backlog = _read(EXPORTS / "gitlab-api-issues.json")
    assert _fields(backlog, "state", "effort", "assignee", "team", "url") == [
        ("#12", "open", 3.0, "lee.park", "Web", "https://gitlab.example.com/shop/web/-/issues/12"),
        ("#14", "done", None, None, None, "https://gitlab.example.com/shop/web/-/issues/14"),
    ]
    assert backlog.read is not None and "id" in backlog.read.ignored


def test_gitlab_issues_of_several_projects_are_named_by_project(tmp_path: Path) -> None:
    issues = json.loads((EXPORTS / "gitlab-api-issues.json").read_text())
    other = {**issues[0], "project_id": 8, "web_url": "https://gitlab.example.com/shop/app/-/"
             "issues/12", "references": None}
    path = tmp_path / "group-issues.json"
    path.write_text(json.dumps([*issues, other]))
    assert [i.id for i in _read(path).items] == ["shop/web#12", "shop/web#14", "shop/app#12"]


def test_jira_rest_reads_status_category_person_type_and_named_points() -> None:
    backlog = _read(EXPORTS / "jira-rest-v2-names.json")
    # "Waiting for release" is in progress by its category; "Shipped to prod" done by its.
    assert _fields(backlog, "state", "status", "effort", "assignee", "type", "labels") == [
        ("TRD-31", "open", "Waiting for release", 3.0, "Lee Park", "Story",
         ["trade", "Accounts"]),
        ("TRD-32", "done", "Shipped to prod", None, None, "Task", None),
    ]
    assert backlog.read is not None
    assert backlog.read.fields["effort"] == ["fields.Story Points"]
    # The field the names map calls "Rank" is not read as points though its id is the usual.
    assert {"fields.Rank", "fields.priority"} <= set(backlog.read.ignored)


def test_jira_rest_without_a_category_falls_back_to_the_status_name(tmp_path: Path) -> None:
    reply = {"issues": [{"key": "A-1", "fields": {"summary": "One", "status": {"name": "Done"},
                                                  "customfield_10016": 5}},
                        {"key": "A-2", "fields": {"summary": "Two", "status": {"name": "Open"}}}]}
    path = tmp_path / "search.json"
    path.write_text(json.dumps(reply))
    assert _fields(_read(path), "state", "effort") == [("A-1", "done", 5.0),
                                                        ("A-2", "open", None)]


def test_shortcut_api_reads_completed_estimate_and_labels() -> None:
    backlog = _read(EXPORTS / "shortcut-api.json")
    assert _fields(backlog, "state", "effort", "labels", "type") == [
        ("sc-981", "open", 3.0, ["search"], "feature"),
        ("sc-982", "done", None, None, "chore"),
    ]
    assert backlog.read is not None and "workflow_state_id" in backlog.read.ignored


def test_a_csv_read_as_a_tracker_keeps_a_column_that_plainly_names_the_id_or_state(
    tmp_path: Path,
) -> None:
    path = tmp_path / "jira-like.csv"
    path.write_text("Ticket,Summary,Issue Type,Project key,Priority,Assignee,Description,State\n"
                    "OPS-1,Alert on sync,Story,OPS,High,Ben,Page on failure,Open\n"
                    "OPS-2,Old dashboard,Task,OPS,Low,,Remove it,Closed\n")
    backlog = _read(path)
    assert backlog.read is not None and backlog.read.format == "jira-cloud-csv"
    assert _fields(backlog, "state") == [("OPS-1", "open"), ("OPS-2", "done")]
    assert backlog.read.fields["id"] == ["Ticket"] and backlog.read.fields["status"] == ["State"]
    lines = backlog.read.lines()
    assert "  id           <- Ticket (found by its name)" in lines
    assert "  status       <- State (found by its name)" in lines


TRIAL_CASES = [  # file, format, ids, done, one thing it now reads
    ("b14-youtrack.csv", "youtrack-csv", ["FN-101", "FN-102", "FN-103", "FN-104"], 1,
     ("labels", ["sync"])),
    ("b43-youtrack-rest.json", "youtrack-rest", ["FN-101", "FN-102", "FN-103", "FN-104"], 1,
     ("effort", 8.0)),
    ("b07-gitlab-api.json", "gitlab-api-issues", ["#101", "#102", "#103", "#104"], 1,
     ("assignee", "ana")),
    ("b02-jira-rest-v3.json", "jira-rest", ["FN-101", "FN-102", "FN-103", "FN-104"], 1,
     ("assignee", "Ana Silva")),
    ("b27-jira-server-v2-names.json", "jira-rest", ["FN-101", "FN-102", "FN-103", "FN-104"],
     1, ("effort", 8.0)),
    ("b42-shortcut-search-api.json", "shortcut-api", ["sc-101", "sc-102", "sc-103", "sc-104"],
     1, ("effort", 8.0)),
]


@pytest.mark.parametrize(("name", "fmt", "ids", "done", "first"), TRIAL_CASES,
                         ids=[c[0] for c in TRIAL_CASES])
def test_trial_exports_are_read_as_their_tracker(
    name: str, fmt: str, ids: list[str], done: int, first: tuple[str, Any]
) -> None:
    """Trial (2026-11-30): these were read as Jira CSV, GitHub, or Linear, or not at all; the
    finished item was audited under `--status open`."""
    backlog = _read(TRIAL / name)
    assert backlog.read is not None and backlog.read.format == fmt
    assert [i.id for i in backlog.items] == ids
    assert (backlog.read.open, backlog.read.done) == (len(ids) - done, done)
    assert (backlog.items[0].model_extra or {}).get(first[0]) == first[1]
    open_only = _read(TRIAL / name, status="open")
    assert [i.id for i in open_only.items] == ids[:-1]


@pytest.mark.parametrize(("header", "rows", "states"), [
    ("Issue key,Summary,Status,Status Category,Issue Type",
     ["OPS-1,Alert on sync,Shipped to prod,Done,Story",
      "OPS-2,Old dashboard,Review,In Progress,Task"],
     ["done", "open"]),
    ("Issue key,Summary,Status,Issue Type,Priority",  # no category: the status name decides
     ["OPS-1,Alert on sync,Done,Story,High", "OPS-2,Old dashboard,Review,Task,Low"],
     ["done", "open"]),
])
def test_jira_csv_counts_a_status_under_the_done_category_as_done(
    tmp_path: Path, header: str, rows: list[str], states: list[str]
) -> None:
    path = tmp_path / "jira.csv"
    path.write_text("\n".join([header, *rows]) + "\n")
    backlog = _read(path)
    assert backlog.read is not None and backlog.read.format == "jira-cloud-csv"
    assert [s for _, s in _fields(backlog, "state")] == states


def test_a_canceled_linear_issue_is_not_open_work(tmp_path: Path) -> None:
    nodes = [{"identifier": "STO-1", "title": "Lockers", "description": "x",
              "state": {"name": "Won't ship"}, "canceledAt": "2026-11-02T09:14:00.000Z"},
             {"identifier": "STO-2", "title": "Price list", "description": "y",
              "state": {"name": "Todo"}, "completedAt": None, "canceledAt": None}]
    path = tmp_path / "linear.json"
    path.write_text(json.dumps({"data": {"issues": {"nodes": nodes}}}))
    backlog = _read(path)
    assert backlog.read is not None and backlog.read.format == "linear-api"
    assert _fields(backlog, "state") == [("STO-1", "done"), ("STO-2", "open")]


def test_a_broken_line_of_a_prepared_export_is_still_reported(tmp_path: Path) -> None:
    """Formats with a step of their own (Jira's names, GitLab's references) keep the lines
    they could not parse in the read report."""
    good = {"key": "A-1", "expand": "", "fields": {"summary": "One", "status": {"name": "Open"}}}
    path = tmp_path / "issues.jsonl"
    path.write_text(json.dumps(good) + "\n{not json\n" + json.dumps({**good, "key": "A-2"}) + "\n")
    backlog = read_backlog(path)
    assert backlog.read is not None and backlog.read.format == "jira-rest"
    assert [i.id for i in backlog.items] == ["A-1", "A-2"]
    assert [e.line for e in backlog.errors] == [2]
