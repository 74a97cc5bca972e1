"""Charts for the HTML report, drawn by matplotlib as inline SVG: no JavaScript, no CDN."""

from __future__ import annotations

import io
from typing import Any

import matplotlib
from matplotlib.backends.backend_svg import FigureCanvasSVG
from matplotlib.figure import Figure

from checker.report.model import Report

_COLOURS = {"aligned": "#2e7d32", "misaligned": "#c62828", "unclear": "#f9a825"}
# Text stays text in the SVG: smaller files, and the page's own font.
_STYLE: Any = {"svg.fonttype": "none", "font.size": 10, "svg.hashsalt": "stratalign"}


def _svg(figure: Figure) -> str:
    buffer = io.StringIO()
    with matplotlib.rc_context(_STYLE):
        FigureCanvasSVG(figure).print_svg(buffer, metadata={"Date": None})
    text = buffer.getvalue()
    return text[text.index("<svg"):]  # drop the XML prolog: the SVG sits inside HTML


def effort_by_objective(report: Report) -> str:
    """Horizontal bars: aligned effort per objective, then misaligned and unclear effort."""
    h = report.headline
    labels = [f"{o.objective_id} {o.title[:38]}" for o in report.objectives]
    values = [o.effort for o in report.objectives]
    colours = [_COLOURS["aligned"]] * len(values)
    labels += ["misaligned work", "unclear work"]
    values += [h.by_verdict["misaligned"], h.by_verdict["unclear"]]
    colours += [_COLOURS["misaligned"], _COLOURS["unclear"]]
    with matplotlib.rc_context(_STYLE):
        figure = Figure(figsize=(7.5, 0.45 * len(labels) + 0.8), layout="constrained")
        axes = figure.subplots()
        axes.barh(labels[::-1], values[::-1], color=colours[::-1])
        axes.set_xlabel("effort (story points or items)")
        axes.spines[["top", "right"]].set_visible(False)
        for y, value in enumerate(values[::-1]):
            axes.text(value, y, f" {value:g}", va="center")
    return _svg(figure)


def alignment_mix(report: Report) -> str:
    """A donut of aligned, misaligned and unclear effort."""
    h = report.headline
    shares = {"aligned": h.aligned_share, "misaligned": h.misaligned_share,
              "unclear": h.unclear_share}
    shown = {k: v for k, v in shares.items() if v > 0} or {"unclear": 1.0}
    with matplotlib.rc_context(_STYLE):
        figure = Figure(figsize=(3.6, 3.2), layout="constrained")
        axes = figure.subplots()
        axes.pie(
            list(shown.values()), labels=[f"{k}\n{v:.0%}" for k, v in shown.items()],
            colors=[_COLOURS[k] for k in shown], startangle=90, counterclock=False,
            wedgeprops={"width": 0.42, "edgecolor": "white"},
        )
        axes.set_aspect("equal")
    return _svg(figure)
