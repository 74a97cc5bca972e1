"""Render an audit report as one self-contained HTML file (charts inline, no CDN, opens
offline) or as short Markdown (report_md)."""

from __future__ import annotations

from typing import Literal

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from checker.markdown_text import printable
from checker.report import charts as report_charts
from checker.report.markdown import num, pct, render_markdown
from checker.report.model import Report

ReportFormat = Literal["html", "md"]


def _environment() -> Environment:
    env = Environment(
        loader=PackageLoader("checker.report", "templates"),
        autoescape=select_autoescape(["html.j2"]),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.globals.update(pct=pct, num=num)
    return env


def render_html(report: Report) -> str:
    """One HTML file with inline CSS and SVG charts. Every text is escaped by the template; a
    control character from any field is shown as U+FFFD, as on the terminal."""
    return printable(_environment().get_template("report.html.j2").render(
        r=report,
        h=report.headline,
        effort_chart=report_charts.effort_by_key_result(report),
        mix_chart=report_charts.alignment_mix(report),
        shade=_shade,
    ))


def render(report: Report, fmt: ReportFormat) -> str:
    return render_html(report) if fmt == "html" else render_markdown(report)


def _shade(column: str, share: float) -> str:
    """Heat-table cell colour: green for objectives, red for conflicts and orphans, grey for
    upkeep, amber for unclear work."""
    rgb = {"conflict": "198, 40, 40", "orphan": "198, 40, 40", "upkeep": "96, 125, 139",
           "unclear": "249, 168, 37"}.get(column, "46, 125, 50")
    return f"rgba({rgb}, {0.08 + 0.6 * share:.2f})" if share > 0 else "transparent"
