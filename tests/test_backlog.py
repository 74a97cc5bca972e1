"""Reading backlogs: JSONL, JSON arrays and CSV; bad rows reported by line, the rest kept."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from checker.backlog.reading import read_backlog
from index.errors import InputError
from tests.helpers import EXAMPLE


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_example_backlog_reads_cleanly() -> None:
    backlog = read_backlog(EXAMPLE / "backlog.jsonl")
    assert backlog.errors == []
    assert [i.id for i in backlog.items] == [f"ACME-{n}" for n in range(101, 113)]
    # Extra keys are tolerated and kept.
    assert backlog.items[0].model_extra == {"team": "Stores"}


def test_jsonl_malformed_line_is_reported_and_the_rest_read(tmp_path: Path) -> None:
    path = _write(tmp_path, "b.jsonl", "\n".join([
        '{"id": "A-1", "title": "First", "body": ""}',
        "",
        '{"id": "A-2", "title": "Broken", ',
        '{"id": "A-3", "title": "Third", "body": "with body", "labels": ["x"]}',
    ]) + "\n")
    backlog = read_backlog(path)
    assert [i.id for i in backlog.items] == ["A-1", "A-3"]
    assert [e.line for e in backlog.errors] == [3]
    assert "invalid JSON" in backlog.errors[0].message


def test_json_array_with_positions(tmp_path: Path) -> None:
    rows = [{"id": "J-1", "title": "One"}, {"title": "no id"}, {"id": 7, "body": "numeric id"}]
    backlog = read_backlog(_write(tmp_path, "b.json", json.dumps(rows, indent=2)))
    assert [i.id for i in backlog.items] == ["J-1", "7"]
    assert [e.line for e in backlog.errors] == [2]
    assert "'id'" in backlog.errors[0].message


def test_json_array_detected_without_suffix(tmp_path: Path) -> None:
    backlog = read_backlog(_write(tmp_path, "backlog.txt", '[{"id": "X", "title": "t"}]'))
    assert [i.id for i in backlog.items] == ["X"]


def test_broken_json_array_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError) as info:
        read_backlog(_write(tmp_path, "b.json", '[\n {"id": "X",\n]'))
    assert info.value.line == 3


def test_csv_with_extra_columns(tmp_path: Path) -> None:
    path = _write(tmp_path, "b.csv", "\n".join([
        "ID,Title,Body,Team,Estimate",
        'C-1,Lockers,"Lockers at the busiest stores, open 24/7",Stores,5',
        "C-2,Snow theme,,Web,1",
        "C-3,Too many,cells,Web,1,surplus",
    ]) + "\n")
    backlog = read_backlog(path)
    assert [i.id for i in backlog.items] == ["C-1", "C-2"]
    first = backlog.items[0]
    assert first.body == "Lockers at the busiest stores, open 24/7"
    assert first.model_extra == {"team": "Stores", "estimate": "5", "effort": 5.0}
    assert [e.line for e in backlog.errors] == [4]
    assert "more cells" in backlog.errors[0].message


def test_csv_without_id_column_names_items_by_row(tmp_path: Path) -> None:
    backlog = read_backlog(_write(tmp_path, "b.csv", "title,body\nx,y\n"))
    assert [(i.id, i.title, i.body) for i in backlog.items] == [("row-2", "x", "y")]
    assert backlog.read is not None and "id" not in backlog.read.fields


def test_duplicate_ids_keep_the_first(tmp_path: Path) -> None:
    path = _write(tmp_path, "b.jsonl", "\n".join([
        '{"id": "D-1", "title": "First"}',
        '{"id": "D-2", "title": "Second"}',
        '{"id": "D-1", "title": "First again"}',
    ]))
    backlog = read_backlog(path)
    assert [(i.id, i.title) for i in backlog.items] == [("D-1", "First"), ("D-2", "Second")]
    assert [(e.line, e.message) for e in backlog.errors] == [(3, "duplicate id 'D-1'")]


def test_missing_id_and_empty_items(tmp_path: Path) -> None:
    path = _write(tmp_path, "b.jsonl", "\n".join([
        '{"title": "no id here"}',
        '{"id": "", "title": "empty id"}',
        '{"id": "E-3", "title": null, "body": null}',
        '["not", "an", "object"]',
        '{"id": "E-5", "title": "fine"}',
    ]))
    backlog = read_backlog(path)
    assert [i.id for i in backlog.items] == ["E-5"]
    assert [e.line for e in backlog.errors] == [1, 2, 3, 4]
    assert "'id'" in backlog.errors[0].message
    assert "neither title nor body" in backlog.errors[2].message
