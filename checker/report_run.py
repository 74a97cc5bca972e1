"""Build and write the audit report: the glue between an audit run and the renderers."""

from __future__ import annotations

from pathlib import Path

from checker.drift import compare, read_results

__all__ = ["read_results", "report_format", "report_text"]
from checker.models import CheckResult, Proposal
from checker.report import build_report
from checker.report_render import ReportFormat, render
from index.errors import StratalignError
from index.workspace import Workspace


def report_format(path: Path, requested: str | None) -> ReportFormat:
    """html or md: as asked, else by the file's suffix."""
    fmt = requested or {".md": "md", ".markdown": "md"}.get(path.suffix.lower(), "html")
    if fmt not in ("html", "md"):
        raise StratalignError(f"unknown report format '{fmt}': use html or md")
    return "md" if fmt == "md" else "html"


def report_text(
    workspace: Workspace,
    items: list[Proposal],
    results: list[CheckResult],
    fmt: ReportFormat,
    previous: list[CheckResult] | None = None,
) -> str:
    """The rendered report; with `previous` results, what changed since that audit."""
    drift = compare(previous, results) if previous is not None else None
    report = build_report(workspace.name, workspace.okrs, items, results, drift)
    return render(report, fmt)
