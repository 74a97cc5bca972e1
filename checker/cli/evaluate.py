"""`stratalign eval`: score the checker and two baselines against a workspace's answer key
(checker/evaluation/), and print the tables."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from checker.cli.support import errors_to_exit
from checker.cli.wiring import EngineOpt, checker_for, llm_stats, load_settings, make_services


class EvalFormat(StrEnum):
    table = "table"
    json = "json"


def evaluate(
    workspace: Annotated[
        Path,
        typer.Argument(metavar="FOLDER", help="Workspace with backlog.jsonl and labels.jsonl."),
    ],
    fmt: Annotated[
        EvalFormat, typer.Option("--format", metavar="[table|json]", help="table or json.")
    ] = EvalFormat.table,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", metavar="FILE", help="Also write our results as JSONL."),
    ] = None,
    engine: EngineOpt = None,
    feedback: Annotated[
        float | None,
        typer.Option(
            "--feedback", metavar="FRACTION",
            help="Judge k-fold with this fraction (0.01 to 0.99) of the labels loaded as "
            "confirmations (e.g. 0.2): how much the team's answers would help.",
        ),
    ] = None,
) -> None:
    """Score the checker and two baselines against the workspace's answer key."""
    from rich.console import Console

    from checker.cli import render
    from checker.evaluation import run as evaluation_run

    with errors_to_exit():
        settings = load_settings()
        built = make_services(settings)
        ws, checker = checker_for(workspace, engine, built)
        table = evaluation_run.run(
            workspace, checker, built, output, settings.llm_strategy_budget_tokens, feedback
        )
    llm_stats(checker)
    if fmt is EvalFormat.json:
        typer.echo(table.json)
    else:
        # A pipe gets rich's 80 columns by default; the table needs more to stay readable.
        console = Console(width=None if sys.stdout.isatty() else 140)
        render.print_scores(ws.name, table.rows, console)
        ours = next(iter(table.rows.values()))
        render.print_disagreements(table.disagreements, ours.items, console)
        render.print_reliability(table.reliability, console)
        render.print_llm_path(table.llm_path, console)
        render.print_escalation(table.escalation, console)
