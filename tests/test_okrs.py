"""Loading okrs.yaml / .yml / .json and the workspace layout; errors say file, line, field."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from index.errors import InputError, WorkspaceError
from index.okrs import find_okr_file, load_okrs
from index.workspace import load_workspace
from tests.helpers import EXAMPLE, MINIMAL_OKRS


def _write(tmp_path: Path, text: str, name: str = "okrs.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_example_okrs_load_with_every_field() -> None:
    okrs = load_okrs(EXAMPLE / "okrs.yaml")
    assert okrs.organization == "Acme Retail"
    assert [o.id for o in okrs.objectives] == ["O1", "O2", "O3"]
    pairs = okrs.key_results()
    assert len(pairs) == 6
    objective, kr = pairs[2]
    assert (objective.id, kr.id) == ("O2", "O2.KR1")
    assert (kr.metric, kr.baseline, kr.target, kr.unit) == ("active_trade_accounts", 3000, 5000,
                                                              "accounts")


@pytest.mark.parametrize("name", ["okrs.yml", "okrs.json"])
def test_other_okr_file_names_are_accepted(
    make_workspace: Callable[..., Path], name: str
) -> None:
    import yaml

    text = MINIMAL_OKRS
    if name.endswith(".json"):
        text = json.dumps(yaml.safe_load(MINIMAL_OKRS), indent=2)
    root = make_workspace(okrs=text, okr_name=name)
    assert find_okr_file(root).name == name
    workspace = load_workspace(root)
    assert [kr.id for _, kr in workspace.okrs.key_results()] == ["O1.KR1"]


def test_missing_kr_title_names_file_line_and_field(tmp_path: Path) -> None:
    path = _write(tmp_path, """\
objectives:
  - id: O1
    title: Grow
    key_results:
      - id: O1.KR1
        title: Fine
      - id: O1.KR2
        metric: something
""")
    with pytest.raises(InputError) as info:
        load_okrs(path)
    err = info.value
    assert err.file == str(path)
    assert err.line == 7
    assert err.field == "objectives[0].key_results[1].title"
    assert "missing required field 'title'" in str(err)
    assert f"{path}:7" in str(err)


def test_missing_objective_title_points_at_the_objective(tmp_path: Path) -> None:
    path = _write(tmp_path, """\
organization: X
objectives:
  - id: O1
    title: Fine
  - id: O2
    owner: Nobody
""")
    with pytest.raises(InputError) as info:
        load_okrs(path)
    assert (info.value.line, info.value.field) == (5, "objectives[1].title")


def test_duplicate_id_reports_the_second_occurrence(tmp_path: Path) -> None:
    path = _write(tmp_path, """\
objectives:
  - id: O1
    title: One
    key_results:
      - id: O1.KR1
        title: First
  - id: O2
    title: Two
    key_results:
      - id: O1.KR1
        title: Same id again
""")
    with pytest.raises(InputError) as info:
        load_okrs(path)
    err = info.value
    assert "duplicate id 'O1.KR1'" in err.message
    assert err.line == 10
    assert err.field == "objectives[1].key_results[0].id"


def test_yaml_syntax_error_names_its_line(tmp_path: Path) -> None:
    path = _write(tmp_path, """\
objectives:
  - id: O1
    title: Fine
    key_results: [unclosed
  - id: O2
""")
    with pytest.raises(InputError) as info:
        load_okrs(path)
    assert "invalid YAML" in info.value.message
    assert info.value.file == str(path)
    assert info.value.line == 5
    assert "that starts on line 4" in info.value.message  # where the list was opened


def test_an_unclosed_quote_is_named_where_it_opens(tmp_path: Path) -> None:
    """PyYAML finds an unclosed quote only at the end of the file; a newcomer was sent there."""
    path = _write(tmp_path, """\
objectives:
  - id: O1
    title: "Faster pickup
    key_results:
      - id: O1.KR1
        title: Ready within the hour
""")
    with pytest.raises(InputError) as info:
        load_okrs(path)
    assert info.value.message.endswith("while scanning a quoted scalar that starts on line 3")


def test_json_syntax_error_names_its_line(tmp_path: Path) -> None:
    path = _write(tmp_path, '{\n  "objectives": [\n    {"id": "O1",, "title": "x"}\n  ]\n}\n',
                  name="okrs.json")
    with pytest.raises(InputError) as info:
        load_okrs(path)
    assert "invalid JSON" in info.value.message
    assert info.value.line == 3


def test_unknown_keys_are_tolerated(tmp_path: Path) -> None:
    path = _write(tmp_path, """\
organization: X
quarter_theme: ignored
objectives:
  - id: O1
    title: Grow
    confidence: high
    key_results:
      - id: O1.KR1
        title: Grow a thing
        stretch: true
        tracking_sheet: https://example.invalid/sheet
""")
    okrs = load_okrs(path)
    assert okrs.key_results()[0][1].title == "Grow a thing"
    # Tolerated, not silent: each unknown key is said with its line; known extras (confidence,
    # stretch) are not.
    assert [(w.line, w.key) for w in okrs.warnings] == [(2, "quarter_theme"),
                                                         (11, "tracking_sheet")]


@pytest.mark.parametrize(("typo", "meant", "line"), [
    ("key_resluts", "key_results", 5), ("taget", "target", 8), ("metirc", "metric", 8)])
def test_a_known_key_misspelt_is_an_error_with_its_line(
    tmp_path: Path, typo: str, meant: str, line: int
) -> None:
    """A newcomer's "key_resluts" under one objective left it without key results, and every
    check, audit and report went on without a word (2026-12-01): a key spelt like one the
    mapping lacks is refused, at the key's own line (a key holding a list was reported at its
    first item's)."""
    krs = "key_results" if typo != "key_resluts" else typo
    field = f"        {typo}: 40\n" if typo != "key_resluts" else ""
    text = ("objectives:\n  - id: O1\n    title: Grow\n    owner: Ana\n"
            f"    {krs}:\n      - id: O1.KR1\n        title: Grow a thing\n{field}")
    with pytest.raises(InputError, match=f"unknown key '{typo}': did you mean '{meant}'") as info:
        load_okrs(_write(tmp_path, text))
    assert info.value.line == line


def test_numeric_ids_become_text(tmp_path: Path) -> None:
    path = _write(tmp_path, "period: 2027\nobjectives:\n  - id: 1\n    title: Grow\n"
                            "    key_results:\n      - id: 11\n        title: Grow more\n")
    okrs = load_okrs(path)
    assert (okrs.period, okrs.objectives[0].id) == ("2027", "1")
    assert okrs.objectives[0].key_results[0].id == "11"


def test_empty_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError) as info:
        load_okrs(_write(tmp_path, "# only a comment\n"))
    assert info.value.line == 1


def test_no_objectives_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError) as info:
        load_okrs(_write(tmp_path, "organization: X\nobjectives: []\n"))
    assert info.value.field == "objectives"


def test_tab_indented_json_is_accepted(tmp_path: Path) -> None:
    import yaml

    path = _write(tmp_path, json.dumps(yaml.safe_load(MINIMAL_OKRS), indent="\t"), "okrs.json")
    assert load_okrs(path).objectives[0].id == "O1"


def test_json_with_escaped_emoji_is_accepted(tmp_path: Path) -> None:
    data = {"objectives": [{"id": "O1", "title": "Ship it \U0001f680",
                            "key_results": [{"id": "O1.KR1", "title": "Ship \U0001f680 weekly"}]}]}
    path = _write(tmp_path, json.dumps(data), "okrs.json")
    assert load_okrs(path).objectives[0].title == "Ship it \U0001f680"


def test_missing_strategy_folder_is_a_workspace_error(tmp_path: Path) -> None:
    _write(tmp_path, MINIMAL_OKRS)
    with pytest.raises(WorkspaceError) as info:
        load_workspace(tmp_path)
    assert "strategy" in str(info.value)
    assert info.value.file == str(tmp_path / "strategy")


def test_empty_strategy_folder_is_a_workspace_error(make_workspace: Callable[..., Path]) -> None:
    root = make_workspace(strategy={})
    (root / "strategy" / "notes.txt").write_text("not markdown", encoding="utf-8")
    with pytest.raises(WorkspaceError) as info:
        load_workspace(root)
    assert "strategy" in str(info.value)
    assert "Markdown" in info.value.message


def test_missing_okr_file_names_what_was_looked_for(tmp_path: Path) -> None:
    (tmp_path / "strategy").mkdir()
    with pytest.raises(WorkspaceError) as info:
        load_workspace(tmp_path)
    assert "okrs.yaml" in info.value.message
