"""`stratalign index` ends with what was read; `stratalign show` prints the strategy as read."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from checker.cli.app import app

CASES = Path(__file__).parent / "data" / "cases"


@pytest.fixture
def runner(cli_data_dir: Path) -> CliRunner:
    return CliRunner()


@pytest.fixture
def scope_case(tmp_path: Path) -> Path:
    root = tmp_path / "ws"
    shutil.copytree(CASES / "05-in-out-of-scope-table-misread" / "workspace", root)
    (root / "strategy" / "roadmap.pdf").write_bytes(b"%PDF-1.7")
    (root / "okrs.json").write_text("{}", encoding="utf-8")
    return root


def test_index_ends_with_a_summary_of_what_was_read(runner: CliRunner, scope_case: Path) -> None:
    result = runner.invoke(app, ["index", str(scope_case)])
    assert result.exit_code == 0, result.output
    assert ("read: 3 objectives, 5 key results; 10 passages from 1 document "
            "(6 priority, 3 non-goal, 1 context)") in result.stdout
    assert "skipped roadmap.pdf: not Markdown" in result.stdout
    assert ("warning: okrs.json: a second OKR file, not read: okrs.yaml is the one read; "
            "merge the two or remove one") in result.stdout


def test_show_prints_objectives_metrics_priorities_non_goals_and_warnings(
    runner: CliRunner, scope_case: Path
) -> None:
    (scope_case / "okrs.yaml").write_text(
        (scope_case / "okrs.yaml").read_text(encoding="utf-8").replace(
            "period: 2026-H1", "period: 2026-H1\nnorth_star: Teams own their assistant"),
        encoding="utf-8")
    result = runner.invoke(app, ["show", str(scope_case)])
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "  O2  Requests that survive provider failures" in out
    assert "    O2.KR1  Cut failed chat requests from 3% to 0.5%  [failed_request_rate 3 -> 0.5 " \
           "percent]" in out
    assert "Non-goals (3)\n  - Native mobile apps for iOS or Android\n    strategy.md > " \
           "Team assistant strategy, 2026 > Scope for 2026 > Out of scope (line 27)" in out
    assert "A responsive web app" not in out.split("Non-goals")[1]
    # the priorities are listed too, so a user sees how their own headings were read
    assert "Priorities (6)\n" in out
    assert "  - A responsive web app that works well on phones\n    strategy.md > Team assistant " \
           "strategy, 2026 > Scope for 2026 > In scope (line 27)" in out.split("Non-goals")[0]
    assert f"{scope_case / 'okrs.yaml'}:3: unknown key 'north_star' ignored" in out
    assert "skipped roadmap.pdf" in out


def test_show_of_an_unreadable_file_exits_2_naming_it(runner: CliRunner, scope_case: Path) -> None:
    (scope_case / "strategy" / "notes.md").write_bytes("Stra\xdfe".encode("latin-1"))
    result = runner.invoke(app, ["show", str(scope_case)])
    assert result.exit_code == 2
    assert "notes.md" in result.output and "save as UTF-8" in result.output
    assert "Traceback" not in result.output


def test_show_indents_a_non_goal_written_over_two_lines(runner: CliRunner) -> None:
    """A newcomer's finding (2026-11-30): the second line of a non-goal started at the margin."""
    example = Path(__file__).parents[1] / "examples" / "acme-retail"
    out = runner.invoke(app, ["show", str(example)]).stdout
    section = out.split("Non-goals")[1].split("Documents")[0]
    continued = [line for line in section.splitlines()[1:] if line and not line.startswith("  ")]
    assert "\n    every product we list is one we stock" in section and continued == []


def test_show_counts_passages_and_says_when_none_was_read_as_a_priority(
    runner: CliRunner, scope_case: Path
) -> None:
    """A newcomer's `show` listed non-goals only and never said that their section of what they
    will do was read as context (2026-12-01)."""
    shown = runner.invoke(app, ["show", str(scope_case)])
    assert "Passages (10): 6 priority, 3 non-goal, 1 context" in shown.stdout
    assert "no section was read as priorities" not in shown.stdout
    (scope_case / "strategy" / "strategy.md").write_text(
        "# Plan\n\n## The year ahead\n\n### Fix it the same day\n\nEvery repair answered by "
        "a visit the same day.\n\n## What we won't do\n\n- Selling bikes outright.\n",
        encoding="utf-8")
    indexed = runner.invoke(app, ["index", str(scope_case)])
    shown = runner.invoke(app, ["show", str(scope_case)])
    assert "(0 priority, 1 non-goal, 1 context)" in indexed.stdout
    assert "Passages (2): 0 priority, 1 non-goal, 1 context" in shown.stdout
    # the context itself is listed by section and line, so the team sees where its plan went
    # (a newcomer saw context only as a count, 2026-12-02)
    assert ("Context (1): read as background, neither a priority nor a non-goal\n"
            "  - strategy.md > Plan > The year ahead > Fix it the same day (line 7)\n"
            "    Every repair answered by a visit the same day.\n") in shown.stdout
    for out in (indexed.stdout, shown.stdout):
        assert "no section was read as priorities (what you will do)" in out
    # a warning like any other, so `show`'s list and the page say it too (a newcomer saw it after
    # `index` and "Warnings (0)" in `show`, 2026-12-02)
    assert "no section was read as priorities" in shown.stdout.split("Warnings (")[1]
    assert "warning: strategy: no section was read as priorities" in indexed.stdout


def test_show_gives_the_start_of_a_context_passage_without_spaces_and_says_when_there_is_none(
    runner: CliRunner, tmp_path: Path
) -> None:
    """Found by review: a context passage of CJK prose or one opening with a long URL showed
    as "…" alone, and "Context (0)" had nothing under it."""
    from checker.cli.reading import CONTEXT_CHARS, _start

    assert _start("这是一个很长的段落" * 30).startswith("这是一个很长的段落")
    assert len(_start("https://example.com/" + "a" * 200 + " then")) <= CONTEXT_CHARS + 2
    root = tmp_path / "ws"
    (root / "strategy").mkdir(parents=True)
    (root / "strategy" / "s.md").write_text(
        "# Plan\n\n## Priorities\n\n- Same-day repairs for every customer.\n", encoding="utf-8")
    (root / "okrs.yaml").write_text(
        "objectives:\n  - id: O1\n    title: Fast repairs\n    key_results:\n"
        "      - id: O1.KR1\n        title: Cut repair time from 5 to 1 days\n", encoding="utf-8")
    out = runner.invoke(app, ["show", str(root)]).stdout
    assert "Context (0): read as background, neither a priority nor a non-goal\n  none\n" in out


def test_a_file_given_for_the_workspace_folder_is_named_as_a_file(
    runner: CliRunner, scope_case: Path
) -> None:
    result = runner.invoke(app, ["show", str(scope_case / "okrs.yaml")])
    assert result.exit_code == 2
    assert "okrs.yaml: is a file, not a workspace folder" in result.stderr
    assert "okrs.yaml and strategy/" in result.stderr


def test_version_prints_the_installed_version() -> None:
    from importlib.metadata import version

    result = CliRunner().invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.stdout.strip() == f"stratalign {version('stratalign')}"
