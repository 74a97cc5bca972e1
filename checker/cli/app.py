"""The `stratalign` command line: index, check, audit, eval, serve, mcp (keys and trackers in
cli_admin.py). Commands delegate."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, Literal

import typer
from rich.console import Console

from checker import gate
from checker.audit import run as audit_mod
from checker.cli import render
from checker.cli.admin import keys_app, trackers_app
from checker.cli.feedback import feedback_app
from checker.cli.support import err, errors_to_exit, settings_from
from checker.engines import build_engine
from checker.llm.engine import LLMChecker, LLMStats
from checker.models import CheckResult, Proposal
from checker.report import run as report_run
from checker.service import Services, ensure_indexed, index_workspace
from checker.settings import Settings
from index.errors import StratalignError

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Check proposals, specs and backlog items against your strategy and OKRs.",
)
EXIT_PARTIAL = 1
EXIT_GATE = 1  # check: a result failed --fail-on

WorkspaceOpt = Annotated[
    Path, typer.Option("--workspace", "-w", help="Folder with strategy/*.md and okrs.yaml.")
]


class EngineChoice(StrEnum):
    embedded = "embedded"
    llm = "llm"
    auto = "auto"


EngineOpt = Annotated[
    EngineChoice | None,
    typer.Option(
        "--engine",
        help="embedded (no LLM), llm, or auto: the LLM when one is configured. "
        "Default: STRATALIGN_ENGINE, else auto.",
    ),
]


class CheckFormat(StrEnum):
    text = "text"
    json = "json"
    github = "github"


class AuditFormat(StrEnum):
    jsonl = "jsonl"
    csv = "csv"
    md = "md"  # the report instead of results
    html = "html"


class EvalFormat(StrEnum):
    table = "table"
    json = "json"


def _services(settings: Settings) -> Services:
    return Services.from_settings(settings)


def _notify(message: str) -> None:
    err.print(f"[dim]{message}[/dim]", highlight=False)


@app.command()
def index(workspace: Annotated[Path, typer.Argument(help="Workspace folder.")]) -> None:
    """Index a workspace's strategy documents and OKRs into the local Chroma store."""
    with errors_to_exit():
        ws, report = index_workspace(workspace, _services(Settings()))
        typer.echo(
            f"indexed {ws.name}: {report.added} added, {report.removed} removed, "
            f"{report.kept} unchanged (strategy version {report.version})"
        )


@app.command()
def check(
    workspace: WorkspaceOpt,
    text: Annotated[
        list[str] | None,
        typer.Argument(help="Proposal text ('-' or none reads stdin); with -f, more files."),
    ] = None,
    file: Annotated[
        list[Path] | None,
        typer.Option("--file", "-f", help="Read a proposal from a file (repeatable)."),
    ] = None,
    item_id: Annotated[
        str | None, typer.Option("--id", help="Id to report the result under.")
    ] = None,
    fmt: Annotated[
        CheckFormat, typer.Option("--format", help="text, json, or github (annotations).")
    ] = CheckFormat.text,
    fail_on: Annotated[
        str | None,
        typer.Option("--fail-on", help="Exit 1 when a result is e.g. misaligned,no_metric "
                     "(verdicts, reasons or flags, comma-separated)."),
    ] = None,
    engine: EngineOpt = None,
) -> None:
    """Check proposals (text, stdin, or files such as docs/specs/*.md) against the strategy."""
    with errors_to_exit():
        conditions = gate.parse_fail_on(fail_on)
        sources = _read_proposals(text, file, item_id)
        settings = Settings()
        services = _services(settings)
        ws = ensure_indexed(workspace, services, _notify)
        checker = build_engine(ws, services, settings, _engine(engine))
        results = list(checker.check_many([proposal for _, proposal in sources]))
    failing = _report_checks([path for path, _ in sources], results, fmt, conditions)
    if failing:
        _notify(f"{failing} of {len(results)} failed --fail-on {','.join(conditions)}")
        raise typer.Exit(EXIT_GATE)


def _report_checks(
    paths: list[str], results: list[CheckResult], fmt: CheckFormat, conditions: list[str]
) -> int:
    """Print the results as asked; returns how many fail the gate."""
    hits = [gate.failed(r, conditions) for r in results]
    if fmt is CheckFormat.json:
        dumped = [r.model_dump(mode="json") for r in results]
        typer.echo(json.dumps(dumped[0] if len(dumped) == 1 else dumped, indent=2,
                              ensure_ascii=False))
    elif fmt is CheckFormat.github:
        for path, result, hit in zip(paths, results, hits, strict=True):
            typer.echo(gate.github_annotation(path, result, hit))
    else:
        for result in results:
            render.print_result(result, Console())
    return sum(1 for hit in hits if hit)


def _read_proposals(
    text: list[str] | None, files: list[Path] | None, item_id: str | None
) -> list[tuple[str, Proposal]]:
    """(where it came from, proposal) for every input: files, or one text, or stdin."""
    if files:
        paths = [*files, *(Path(t) for t in text or [])]  # a shell glob after -f lands here
        if item_id is not None and len(paths) > 1:
            raise StratalignError("--id names one proposal; give it with a single file")
        return [(str(p), _read_file(p, item_id, extra=p not in files)) for p in paths]
    joined = " ".join(text) if text else None
    return [("stdin" if joined in (None, "-") else "text", _read_proposal(joined, item_id))]


def _read_file(path: Path, item_id: str | None, extra: bool = False) -> Proposal:
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        why = " (with --file, the other arguments are files too, not text)" if extra else ""
        raise StratalignError(f"{path}: cannot read: {exc}{why}") from None
    return render.proposal_from_text(raw, item_id or path.stem)


def _read_proposal(text: str | None, item_id: str | None) -> Proposal:
    if text is None or text == "-":
        if sys.stdin.isatty():
            raise StratalignError("no proposal given: pass text, --file FILE, or pipe it on stdin")
        raw, default_id = sys.stdin.read(), "stdin"
    else:
        raw, default_id = text, "proposal"
    return render.proposal_from_text(raw, item_id or default_id)


@app.command()
def audit(
    workspace: WorkspaceOpt,
    backlog: Annotated[
        Path,
        typer.Argument(
            help="Backlog: stratalign JSONL/JSON/CSV, a Jira or Linear CSV export, "
            "or `gh issue list --json number,title,body,labels,assignees` output."
        ),
    ],
    fmt: Annotated[
        AuditFormat,
        typer.Option("--format", help="Results as jsonl or csv; md or html: the report instead."),
    ] = AuditFormat.jsonl,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write here, not stdout.")
    ] = None,
    report: Annotated[
        Path | None,
        typer.Option("--report", help="Also write the review-meeting report (.html or .md)."),
    ] = None,
    compare: Annotated[
        Path | None,
        typer.Option("--compare", help="An earlier audit's JSONL: the report shows the drift."),
    ] = None,
    engine: EngineOpt = None,
) -> None:
    """Check every item of a backlog; one result per item, in input order."""
    with errors_to_exit():
        previous = report_run.read_results(compare) if compare else None
        settings = Settings()
        services = _services(settings)
        ws = ensure_indexed(workspace, services, _notify)
        checker = build_engine(ws, services, settings, _engine(engine))
        as_report = fmt in (AuditFormat.md, AuditFormat.html)
        run = audit_mod.run_audit(
            backlog, checker, None if as_report else fmt.value, None if as_report else output, err
        )
        if as_report or report is not None:
            built = report_run.audit_report(ws, run.items, run.results, previous)
        if as_report:
            _write_text(report_run.render(built, "md" if fmt is AuditFormat.md else "html"),
                        output)
        if report is not None:
            _write_text(report_run.render(built, report_run.report_format(report)), report)
            _notify(f"report written to {report}")
    summary = run.summary
    for problem in summary.errors:
        err.print(
            f"[yellow]{backlog}:{problem.line}:[/yellow] skipped: {problem.message}",
            highlight=False,
        )
    _notify(audit_mod.summary_line(summary))
    if isinstance(checker, LLMChecker):
        _notify(_llm_line(checker.stats))
    if summary.errors:
        raise typer.Exit(EXIT_PARTIAL)


@app.command("eval")
def evaluate(
    workspace: Annotated[
        Path, typer.Argument(help="Workspace with backlog.jsonl and labels.jsonl.")
    ],
    fmt: Annotated[EvalFormat, typer.Option("--format", help="table or json.")] = EvalFormat.table,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Also write our results as JSONL.")
    ] = None,
    engine: EngineOpt = None,
    feedback: Annotated[
        float | None,
        typer.Option(
            "--feedback", min=0.01, max=0.99,
            help="Judge k-fold with this fraction of the labels loaded as confirmations "
            "(e.g. 0.2): how much the team's answers would help.",
        ),
    ] = None,
) -> None:
    """Score the checker and two baselines against the workspace's answer key."""
    from checker.evaluation import run as evaluation_run

    with errors_to_exit():
        settings = Settings()
        services = _services(settings)
        ws = ensure_indexed(workspace, services, _notify)
        checker = build_engine(ws, services, settings, _engine(engine))
        table = evaluation_run.run(workspace, checker, services, output, feedback)
    if isinstance(checker, LLMChecker):
        _notify(_llm_line(checker.stats))
    if fmt is EvalFormat.json:
        typer.echo(table.json)
    else:
        # A pipe gets rich's 80 columns by default; the table needs more to stay readable.
        render.print_scores(
            ws.name, table.rows, Console(width=None if sys.stdout.isatty() else 140)
        )


def _write_text(text: str, path: Path | None) -> None:
    if path is None:
        typer.echo(text, nl=False)
        return
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise StratalignError(f"{path}: cannot write: {exc}") from None


def _engine(choice: EngineChoice | None) -> Literal["embedded", "llm", "auto"] | None:
    return None if choice is None else choice.value


def _llm_line(stats: LLMStats) -> str:
    u = stats.usage
    return (
        f"LLM: {stats.judged} judged, {stats.cached} from cache, {stats.fallbacks} fell back to "
        f"the embedded engine; {u.calls} call(s), {u.prompt_tokens} prompt + "
        f"{u.completion_tokens} completion tokens"
    )


app.add_typer(keys_app, name="keys")
app.add_typer(trackers_app, name="trackers")
app.add_typer(feedback_app, name="feedback")


@app.command()
def serve(
    workspace: Annotated[
        list[Path] | None,
        typer.Option("--workspace", "-w", help="Load this folder as a workspace (repeatable)."),
    ] = None,
    host: Annotated[str | None, typer.Option(help="Bind address (default 127.0.0.1).")] = None,
    port: Annotated[int | None, typer.Option(help="Port (default 8000).")] = None,
    unauthenticated: Annotated[
        bool, typer.Option("--unauthenticated", help="No keys needed; loopback only.")
    ] = False,
) -> None:
    """Serve the HTTP API and the web page (uvicorn)."""
    from api.server import serve as run_server

    with errors_to_exit():
        settings = settings_from(
            host=host, port=port, allow_unauthenticated=unauthenticated or None
        )
        run_server(settings, workspace)


@app.command("mcp")
def mcp_command(
    workspace: Annotated[
        Path | None, typer.Option("--workspace", "-w", help="A local workspace folder.")
    ] = None,
    url: Annotated[
        str | None, typer.Option(help="Or a stratalign API, e.g. http://127.0.0.1:8000")
    ] = None,
    api_workspace: Annotated[
        str | None, typer.Option("--api-workspace", help="The workspace's name in that API.")
    ] = None,
    key: Annotated[
        str | None, typer.Option(envvar="STRATALIGN_API_KEY", help="API key (check scope).")
    ] = None,
    transport: Annotated[
        str, typer.Option(help="stdio (default) or streamable-http.")
    ] = "stdio",
    port: Annotated[int, typer.Option(help="Port for streamable-http (loopback).")] = 8765,
) -> None:
    """Serve stratalign to AI editors over the Model Context Protocol."""
    from checker.mcp import backends as mcp_backends
    from checker.mcp import server as mcp_server

    with errors_to_exit():
        if transport not in ("stdio", "streamable-http"):
            raise StratalignError("--transport must be stdio or streamable-http")
        if (workspace is None) == (url is None):
            raise StratalignError("give --workspace FOLDER or --url URL --api-workspace NAME")
        backend: mcp_backends.Backend
        if workspace is not None:
            settings = Settings()
            backend = mcp_backends.LocalBackend(workspace, settings, _services(settings))
        else:
            backend = _remote_backend(url or "", api_workspace, key)
        server = mcp_server.build_server(backend)
    if transport == "stdio":
        server.run("stdio")
    else:
        server.run("streamable-http", host="127.0.0.1", port=port)


def _remote_backend(url: str, workspace: str | None, key: str | None) -> Any:
    """A RemoteBackend (imported here: the MCP parts load only for `stratalign mcp`)."""
    import httpx

    from checker.mcp import backends as mcp_backends

    if not workspace:
        raise StratalignError("--url needs --api-workspace NAME")
    headers = {"Authorization": f"Bearer {key}"} if key else {}
    client = httpx.Client(base_url=url, headers=headers, timeout=60)
    return mcp_backends.RemoteBackend(client, workspace)


def main() -> None:
    """Console-script entry point."""
    app()
