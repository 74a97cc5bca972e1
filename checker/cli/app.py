"""The `stratalign` command line: index, show, check and audit here; eval in evaluate.py, serve
and mcp in serving.py, keys and trackers in admin.py, feedback in feedback.py, what they share
in wiring.py. Commands delegate.

Imports of the core (Chroma, the model, the LLM client, the report) happen inside the commands
that need them: `stratalign --help` must not pay seconds for a store it never opens.
"""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from checker.cli import evaluate, serving
from checker.cli.admin import keys_app, trackers_app, workspaces_app
from checker.cli.feedback import feedback_app, say_learned, stored_corrections
from checker.cli.printable import printable
from checker.cli.support import Command, err, errors_to_exit
from checker.cli.wiring import (
    EngineOpt,
    WorkspaceOpt,
    checker_for,
    llm_stats,
    load_settings,
    make_services,
    notify,
    write_text,
)

if TYPE_CHECKING:
    from checker.backlog.reading import Backlog
    from checker.models import CheckResult

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    # Plain help: rich's panels print Python types (<list[Path]>, <bool>) beside every option.
    rich_markup_mode=None,
    help="Check proposals, specs and backlog items against your strategy and OKRs.",
)
EXIT_PARTIAL = 1
EXIT_GATE = 1  # check: a result failed --fail-on


def _print_version(asked: bool) -> None:
    if asked:
        from importlib.metadata import version

        typer.echo(f"stratalign {version('stratalign')}")
        raise typer.Exit()


@app.callback()
def _options(
    version: Annotated[bool, typer.Option(
        "--version", callback=_print_version, is_eager=True,
        help="Print the installed version and exit.")] = False,
) -> None:
    """Check proposals, specs and backlog items against your strategy and OKRs."""


class CheckFormat(StrEnum):
    text = "text"
    json = "json"
    github = "github"


class AuditFormat(StrEnum):
    jsonl = "jsonl"
    csv = "csv"
    md = "md"  # the report instead of results
    html = "html"


@app.command(cls=Command)
def index(
    workspace: Annotated[Path, typer.Argument(metavar="FOLDER", help="Workspace folder.")],
) -> None:
    """Index a workspace's strategy documents and OKRs into the local Chroma store."""
    from checker.cli import reading
    from checker.screening.strategy_language import strategy_reading
    from checker.service import index_workspace

    with errors_to_exit():
        ws, report = index_workspace(workspace, make_services(load_settings()))
        typer.echo(
            f"indexed {ws.name}: {report.added} index entries added, {report.removed} removed, "
            f"{report.kept} unchanged (passages, objectives and key results; strategy version "
            f"{report.version})"
        )
        typer.echo(printable(reading.summary_text(strategy_reading(ws))))


@app.command(cls=Command)
def show(
    workspace: Annotated[Path, typer.Argument(metavar="FOLDER", help="Workspace folder.")],
) -> None:
    """Print the strategy as the checker reads it: objectives with key results and metrics,
    non-goals with source and section, skipped files and warnings. Reads; indexes nothing."""
    from checker.cli import reading
    from checker.screening.strategy_language import strategy_reading
    from index.workspace import load_workspace

    with errors_to_exit():
        typer.echo(printable(reading.reading_text(strategy_reading(load_workspace(workspace)))))


@app.command(cls=Command)
def check(
    workspace: WorkspaceOpt,
    text: Annotated[
        list[str] | None,
        typer.Argument(metavar="TEXT",
                       help="Proposal text ('-' or none reads stdin); with -f, more files."),
    ] = None,
    file: Annotated[
        list[Path] | None,
        typer.Option("--file", "-f", metavar="FILE",
                     help="Read a proposal from a file (repeatable)."),
    ] = None,
    item_id: Annotated[
        str | None, typer.Option("--id", metavar="ID", help="Id to report the result under.")
    ] = None,
    fmt: Annotated[
        CheckFormat,
        typer.Option("--format", metavar="[text|json|github]",
                     help="text, json (one object; a list when several proposals are given), or "
                     "github (annotations)."),
    ] = CheckFormat.text,
    fail_on: Annotated[
        str | None,
        typer.Option("--fail-on", metavar="CONDITIONS",
                     help="Exit 1 when a result is e.g. misaligned,no_metric "
                     "(verdicts, reasons or flags, comma-separated)."),
    ] = None,
    engine: EngineOpt = None,
) -> None:
    """Check proposals (text, stdin, or files such as docs/specs/*.md) against the strategy."""
    from checker import gate
    from checker.cli.inputs import read_proposals

    with errors_to_exit():
        conditions = gate.parse_fail_on(fail_on)
        sources = read_proposals(text, file, item_id)
        _, checker = checker_for(workspace, engine)
        results = list(checker.check_many([proposal for _, proposal in sources]))
    failing = _report_checks([path for path, _ in sources], results, fmt, conditions)
    if failing:
        notify(f"{failing} of {len(results)} failed --fail-on {','.join(conditions)}")
        raise typer.Exit(EXIT_GATE)


def _report_checks(
    paths: list[str], results: list[CheckResult], fmt: CheckFormat, conditions: list[str]
) -> int:
    """Print the results as asked; returns how many fail the gate."""
    from rich.console import Console

    from checker import gate
    from checker.cli import render

    hits = [gate.failed(r, conditions) for r in results]
    if fmt is CheckFormat.json:
        dumped = [r.model_dump(mode="json") for r in results]
        typer.echo(json.dumps(dumped[0] if len(dumped) == 1 else dumped, indent=2,
                              ensure_ascii=False))
    elif fmt is CheckFormat.github:
        for path, result, hit in zip(paths, results, hits, strict=True):
            typer.echo(printable(gate.github_annotation(path, result, hit)))
    else:
        # Piped text is not hard-wrapped at Rich's default 80 columns: a pager or a file wraps.
        console = Console() if sys.stdout.isatty() else Console(soft_wrap=True, width=1000)
        for result in results:
            render.print_result(result, console)
    return sum(1 for hit in hits if hit)


class StatusChoice(StrEnum):
    open = "open"
    done = "done"
    all = "all"


@app.command(cls=Command)
def audit(
    workspace: WorkspaceOpt,
    backlog: Annotated[
        Path,
        typer.Argument(
            metavar="BACKLOG",
            help="Backlog as the tracker exported it (Jira, Azure DevOps, Linear, GitHub, "
            "GitLab, Asana, Shortcut, Trello, YouTrack, ClickUp), stratalign JSONL/JSON/CSV, or "
            "any table with a title column (Title, Summary, Name); the format is recognised "
            "from its columns and shown."
        ),
    ],
    fmt: Annotated[
        AuditFormat,
        typer.Option("--format", metavar="[jsonl|csv|md|html]",
                     help="Results as jsonl or csv; md or html: the report instead."),
    ] = AuditFormat.jsonl,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", metavar="FILE", help="Write here, not stdout."),
    ] = None,
    report: Annotated[
        Path | None,
        typer.Option("--report", metavar="FILE",
                     help="Also write the review-meeting report (.html or .md)."),
    ] = None,
    compare: Annotated[
        Path | None,
        typer.Option("--compare", metavar="FILE",
                     help="An earlier audit's JSONL: the report shows the drift."),
    ] = None,
    column_map: Annotated[
        str | None,
        typer.Option("--map", metavar="FIELD=COLUMN,...",
                     help='Name the column of a field: title=Summary,body=Description,'
                     'effort="Story Points" (fields: id title body effort team person status '
                     'type labels url created).'),
    ] = None,
    status: Annotated[
        StatusChoice, typer.Option("--status", metavar="[open|done|all]",
                                   help="Audit open items, done items, or all.")
    ] = StatusChoice.all,
    include_bots: Annotated[
        bool, typer.Option("--include-bots", help="Keep items filed by bots (Dependabot, ...).")
    ] = False,
    include_prs: Annotated[
        bool, typer.Option("--include-prs", help="Keep pull and merge requests.")
    ] = False,
    engine: EngineOpt = None,
) -> None:
    """Check every item of a backlog; one result per item, in input order."""
    from checker.audit import run as audit_mod
    from checker.backlog.overrides import parse_map
    from checker.backlog.reading import ReadOptions, read_backlog
    from checker.report import run as report_run

    with errors_to_exit():
        options = ReadOptions(overrides=parse_map(column_map), status=status.value,
                              include_bots=include_bots, include_prs=include_prs)
        read = read_backlog(backlog, options=options)
        _print_read(read)
        previous = report_run.read_results(compare) if compare else None
        ws, checker = checker_for(workspace, engine)
        as_report = fmt in (AuditFormat.md, AuditFormat.html)
        run = audit_mod.run_audit(
            read, checker, None if as_report else fmt.value, None if as_report else output, err
        )
        corrections = stored_corrections(ws) if previous is not None else None
        if previous is not None:
            say_learned(previous, run.results, corrections, notify)
        if as_report or report is not None:
            built = report_run.audit_report(
                ws, run.items, run.results, previous, read.read, corrections
            )
        if as_report:
            write_text(report_run.render(built, "md" if fmt is AuditFormat.md else "html"),
                        output)
        if output is not None:  # (on stdout they are in plain sight)
            notify(f"{'report' if as_report else 'results'} written to {output}")
        if report is not None:
            write_text(report_run.render(built, report_run.report_format(report)), report)
            notify(f"report written to {report}")
    summary = run.summary
    for problem in summary.errors:
        err.print(printable(f"{backlog}:{problem.line}: skipped: {problem.message}"),
                  style="yellow", markup=False, highlight=False)
    notify(audit_mod.summary_line(summary))
    llm_stats(checker)
    if summary.errors:
        raise typer.Exit(EXIT_PARTIAL)


def _print_read(backlog: Backlog) -> None:
    """What was read, on stderr before the progress bar: format, mapping, rows left out (rows
    skipped as unreadable are named once, by file and line, after the audit)."""
    for line in backlog.read.lines(skipped=False) if backlog.read else []:
        style = "yellow" if line.startswith("warning") else "dim"
        err.print(printable(line), style=style, markup=False, highlight=False)
    skipped = sum(group.count for group in backlog.read.skipped) if backlog.read else 0
    if skipped:
        # (said here too, so a run that stops before the end still tells rows were lost)
        err.print(f"skipped {skipped} unreadable row(s); each is named by its line after the "
                  "audit", style="yellow", markup=False, highlight=False)


app.command("eval", cls=Command)(evaluate.evaluate)
app.command(cls=Command)(serving.serve)
app.command("mcp", cls=Command)(serving.mcp_command)
app.add_typer(keys_app, name="keys")
app.add_typer(trackers_app, name="trackers")
app.add_typer(workspaces_app, name="workspaces")
app.add_typer(feedback_app, name="feedback",
              short_help="The team's corrections, which make the next verdicts better: "
                         "add, import, list, remove.")


def main() -> None:
    """Console-script entry point."""
    app()
