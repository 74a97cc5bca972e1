"""Tracker exports read by shape: Jira CSV, Linear CSV, `gh issue list --json`."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.backlog.reading import read_backlog
from index.errors import InputError

DATA = Path(__file__).parent / "data" / "exports"


def test_jira_csv_with_repeated_columns() -> None:
    backlog = read_backlog(DATA / "jira.csv")
    assert [i.id for i in backlog.items] == ["RET-41", "RET-42", "RET-43"]
    first = backlog.items[0]
    assert first.title == "Batch click-and-collect picks by aisle"
    assert first.body.startswith("Pickers walk the whole store") and "route by aisle" in first.body
    assert first.model_extra == {
        "effort": 5.0, "team": "Stores", "assignee": "Priya Shah",
        "labels": ["stores", "picking"], "status": "In Progress",
    }
    second, third = backlog.items[1].model_extra, backlog.items[2].model_extra
    assert second is not None and third is not None
    assert (second["team"], second["assignee"], second["labels"]) == ("Accounts", None, ["trade"])
    assert (third["effort"], third["team"]) == (None, "Web")


def test_a_malformed_jira_row_is_reported_by_line() -> None:
    backlog = read_backlog(DATA / "jira.csv")
    assert [(e.line, e.message) for e in backlog.errors] == [
        (7, "more cells than header columns")]


def test_linear_csv() -> None:
    backlog = read_backlog(DATA / "linear.csv")
    assert [i.id for i in backlog.items] == ["ENG-212", "ENG-213"]
    extra = backlog.items[0].model_extra
    assert extra == {"effort": 3.0, "team": "Platform", "assignee": "lee@acme.test",
                     "labels": ["stock", "orders"], "status": "In Progress"}
    assert backlog.items[1].model_extra == {"effort": None, "team": "Growth", "assignee": None,
                                            "labels": [], "status": "Backlog"}


def test_gh_issue_list_json() -> None:
    backlog = read_backlog(DATA / "gh-issues.json")
    assert [i.id for i in backlog.items] == ["#118", "#119"]
    first = backlog.items[0]
    assert first.body.startswith("Store staff pick")
    extra = first.model_extra
    assert extra is not None
    assert (extra["team"], extra["assignee"]) == ("stores", "priya-s")
    assert extra["labels"] == ["team: stores", "enhancement"]
    assert backlog.items[1].title == "Emoji reactions on product Q&A"


@pytest.mark.parametrize("name", ["unknown.csv", "unknown.json"])
def test_an_unknown_shape_names_the_file_and_first_row(name: str) -> None:
    with pytest.raises(InputError, match="unknown backlog shape") as caught:
        read_backlog(DATA / name)
    assert caught.value.file == str(DATA / name)
    assert caught.value.line == 1


def test_our_own_shape_takes_effort_from_an_estimate(tmp_path: Path) -> None:
    path = tmp_path / "b.jsonl"
    path.write_text('{"id": "A", "title": "x y z w", "story_points": 8}\n'
                    '{"id": "B", "title": "x y z w", "estimate": "n/a"}\n', encoding="utf-8")
    items = read_backlog(path).items
    assert items[0].model_extra == {"story_points": 8, "effort": 8.0}
    assert items[1].model_extra == {"estimate": "n/a"}


def test_a_truncated_gh_export_names_file_and_line(tmp_path: Path) -> None:
    broken = tmp_path / "issues.json"
    text = (DATA / "gh-issues.json").read_text(encoding="utf-8")
    broken.write_text(text[: text.index('"number": 119')], encoding="utf-8")
    with pytest.raises(InputError, match="invalid JSON") as caught:
        read_backlog(broken)
    assert caught.value.file == str(broken) and caught.value.line is not None


def test_a_linear_row_without_id_is_skipped_and_reported(tmp_path: Path) -> None:
    export = tmp_path / "linear.csv"
    lines = (DATA / "linear.csv").read_text(encoding="utf-8").splitlines()
    export.write_text("\n".join([*lines, ",Growth,,,Backlog"]) + "\n", encoding="utf-8")
    backlog = read_backlog(export)
    assert [i.id for i in backlog.items] == ["ENG-212", "ENG-213"]
    assert len(backlog.errors) == 1 and backlog.errors[0].line == 4
