"""Render an audit report as one self-contained HTML file (charts inline, no CDN, opens
offline) or as short Markdown (report_md)."""

from __future__ import annotations

from typing import Literal

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from checker.markdown_text import printable
from checker.report import charts as report_charts
from checker.report.markdown import render_markdown
from checker.report.model import Report
from checker.report.palette import COLOURS, rgba
from checker.report.wording import count, num, pct

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
    env.globals.update(pct=pct, num=num, count=count)
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
        colours=COLOURS,
    ))


def render(report: Report, fmt: ReportFormat) -> str:
    return render_html(report) if fmt == "html" else render_markdown(report)


def _shade(column: str, share: float) -> str:
    """Heat-table cell colour: the column's kind's colour (palette.py; objectives a key
    result's), deeper as the row's `share` (0..1) of effort in it grows."""
    return rgba(column, 0.08 + 0.6 * share) if share > 0 else "transparent"
