"""Build and write the audit report: the glue between an audit run and the renderers."""

from __future__ import annotations

from pathlib import Path

from checker.backlog.report import ReadReport
from checker.learning.corrections import Correction
from checker.models import CheckResult, Proposal
from checker.report.drift import compare, read_results
from checker.report.html import ReportFormat, render
from checker.report.model import Report, build_report
from index.workspace import Workspace

__all__ = ["audit_report", "read_results", "render", "report_format", "report_text"]


def report_format(path: Path) -> ReportFormat:
    """md for a .md/.markdown file, else html."""
    return "md" if path.suffix.lower() in (".md", ".markdown") else "html"


def audit_report(
    workspace: Workspace,
    items: list[Proposal],
    results: list[CheckResult],
    previous: list[CheckResult] | None = None,
    read: ReadReport | None = None,
    corrections: list[Correction] | None = None,
) -> Report:
    """The report of one audit; with `previous` results, what changed since that audit (with
    the workspace's stored `corrections`, how many were stored since); with `read`, what was
    read from the backlog file, in the footer."""
    drift = compare(previous, results, corrections) if previous is not None else None
    report = build_report(workspace.name, workspace.okrs, items, results, drift)
    return report.model_copy(update={"read": read.lines() if read else []})


def report_text(
    workspace: Workspace,
    items: list[Proposal],
    results: list[CheckResult],
    fmt: ReportFormat,
    previous: list[CheckResult] | None = None,
    read: ReadReport | None = None,
    corrections: list[Correction] | None = None,
) -> str:
    """The rendered report in one format."""
    return render(audit_report(workspace, items, results, previous, read, corrections), fmt)
