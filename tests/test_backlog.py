"""Reading backlogs: JSONL, JSON arrays and CSV; bad rows reported by line, the rest kept."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from checker.backlog.budgets import ReadBudget
from checker.backlog.reading import ReadOptions, read_backlog
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
    # Extra keys are tolerated and kept; an estimate is read as a number of points.
    assert backlog.items[0].model_extra == {"team": "Stores", "effort": 8.0}
    assert sum((i.model_extra or {}).get("effort", 0) for i in backlog.items) == 73


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


# Files as they come: encodings, delimiters, JSON shapes.

def test_semicolons_tabs_and_commas_are_sniffed(tmp_path: Path) -> None:
    for delimiter in (",", ";", "\t"):
        text = delimiter.join(["id", "title", "body"]) + "\n" + delimiter.join(
            ["S-1", "Lockers", "open all night"]) + "\n"
        backlog = read_backlog(_write(tmp_path, "b.csv", text))
        assert backlog.read is not None and backlog.read.delimiter == delimiter
        assert backlog.items[0].body == "open all night"


def test_windows_1252_is_read_with_a_warning_naming_the_file(tmp_path: Path) -> None:
    path = tmp_path / "legacy.csv"
    text = "id;title;body\nW-1;Caf\u00e9 \u2013 na\u00efve;5\u20ac off\n"
    path.write_bytes(text.encode("cp1252"))
    backlog = read_backlog(path)
    assert backlog.items[0].title == "Caf\u00e9 \u2013 na\u00efve"
    assert backlog.read is not None and backlog.read.encoding == "cp1252"
    assert any(str(path) in w and "not UTF-8" in w for w in backlog.read.warnings)


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-16-le"])
def test_utf8_bom_and_utf16_are_read(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "b.txt"
    path.write_bytes("id\ttitle\tbody\nU-1\tGr\u00fc\u00dfe\tStra\u00dfe\n".encode(encoding))
    backlog = read_backlog(path)
    assert [(i.id, i.title, i.body) for i in backlog.items] == [
        ("U-1", "Gr\u00fc\u00dfe", "Stra\u00dfe")]
    assert backlog.read is not None and backlog.read.encoding.replace("_", "-").startswith(
        "utf-16" if "16" in encoding else "utf-8")


@pytest.mark.parametrize("key", ["items", "issues", "data", "nodes", "value"])
def test_json_objects_wrapping_the_list(tmp_path: Path, key: str) -> None:
    rows = [{"id": "W-1", "title": "One"}, {"id": "W-2", "title": "Two"}]
    backlog = read_backlog(_write(tmp_path, "b.json", json.dumps({key: rows, "total": 2})))
    assert [i.id for i in backlog.items] == ["W-1", "W-2"] and backlog.errors == []


def test_graphql_nesting_is_unwrapped(tmp_path: Path) -> None:
    doc = {"data": {"repository": {"issues": {"nodes": [
        {"number": 5, "title": "Nested", "body": "from GraphQL", "url": "https://x/5"}]}}}}
    backlog = read_backlog(_write(tmp_path, "b.json", json.dumps(doc)))
    assert [(i.id, i.body) for i in backlog.items] == [("#5", "from GraphQL")]


def test_our_own_files_turn_html_to_text_and_keep_markdown_as_written(tmp_path: Path) -> None:
    markdown = "## Goal\n\nShip **fast**, see [docs](http://x).<br>Then <b>more</b>."
    rows = [{"id": "H-1", "title": "t", "body": "<div>Tap <b>once</b> &amp; go.</div>"},
            {"id": "M-1", "title": "t", "body": markdown}]
    backlog = read_backlog(_write(tmp_path, "b.json", json.dumps(rows)))
    assert [i.body for i in backlog.items] == ["Tap once & go.", markdown]


def test_tracker_markdown_becomes_plain_text(tmp_path: Path) -> None:
    rows = [{"number": 1, "title": "t", "body": "## Goal\n\nShip **fast**, see [docs](http://x).",
             "url": "https://github.com/o/r/issues/1", "state": "OPEN"}]
    backlog = read_backlog(_write(tmp_path, "b.json", json.dumps(rows)))
    assert [i.body for i in backlog.items] == ["Goal\nShip fast, see docs."]


# Budgets: a hostile file fails fast, naming the file and the limit.

def _fails_fast(path: Path, match: str, budget: ReadBudget | None = None) -> None:
    started = time.perf_counter()
    with pytest.raises(InputError, match=match) as caught:
        read_backlog(path, options=ReadOptions(budget=budget or ReadBudget()))
    assert time.perf_counter() - started < 1.0
    assert caught.value.file == str(path)


def test_deeply_nested_json_fails_fast(tmp_path: Path) -> None:
    _fails_fast(_write(tmp_path, "deep.json", "[" * 100_000 + "]" * 100_000),
                "the limit is 64 levels")


def test_deeply_nested_jsonl_line_fails_fast(tmp_path: Path) -> None:
    path = _write(tmp_path, "deep.jsonl", '{"id": "x", "a": ' + "[" * 70 + "]" * 70 + "}\n")
    _fails_fast(path, "the limit is 64 levels")


def test_a_huge_csv_field_fails_fast(tmp_path: Path) -> None:
    _fails_fast(_write(tmp_path, "big.csv", 'id,title,body\nX,t,"' + "a" * 2_000_000 + "\n"),
                "1000000 characters a field")


def test_a_long_description_is_read_whole_for_the_checker_to_cut(tmp_path: Path) -> None:
    body = "Batch orders by aisle. " * 10_000
    backlog = read_backlog(_write(tmp_path, "b.json", json.dumps([{"id": "X", "body": body}])))
    assert backlog.items[0].body == body


def test_too_many_rows_fail_fast(tmp_path: Path) -> None:
    _fails_fast(_write(tmp_path, "many.csv", "id,title\n" + "x,y\n" * 200_000),
                "more than the limit of 100000 rows")


def test_a_file_over_the_size_limit_fails_before_it_is_read(tmp_path: Path) -> None:
    path = _write(tmp_path, "b.jsonl", '{"id": "A", "title": "t"}\n' * 100)
    _fails_fast(path, "over the limit of 1000", ReadBudget(max_bytes=1000))


def test_too_many_columns_fail_fast(tmp_path: Path) -> None:
    _fails_fast(_write(tmp_path, "wide.csv", ",".join(f"c{n}" for n in range(50_000)) + "\n"),
                "50000 columns, over the limit of 2000")


def test_a_huge_number_fails_fast(tmp_path: Path) -> None:
    _fails_fast(_write(tmp_path, "num.json", '[{"id": "X", "effort": ' + "9" * 100_000 + "}]"),
                "unreadable JSON value")


def test_nul_bytes_are_refused_naming_the_file(tmp_path: Path) -> None:
    path = tmp_path / "b.csv"
    path.write_bytes(b"id,title\nA-1,Pick\x00lists\n")
    _fails_fast(path, "NUL bytes")
