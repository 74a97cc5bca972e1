"""Charts for the HTML report, drawn by matplotlib as inline SVG: no JavaScript, no CDN.

Labels are user and strategy text (key result titles): drawn as written, never as TeX math
("Grow ARR from $4.2M to $6M" kept its dollars), control characters shown as U+FFFD.
"""

from __future__ import annotations

import io
import textwrap
import warnings
from typing import Any

import matplotlib
from matplotlib.backends.backend_svg import FigureCanvasSVG
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from checker.markdown_text import printable
from checker.rationale import snippet
from checker.report.model import Report
from checker.report.palette import COLOURS, VERDICT_COLOURS
from checker.vocabulary import Verdict

_LABEL_WIDTH = 44  # characters per line of a wrapped bar label: whole words, never cut
# Non-goals drawn as bars of their own: the most effort first, the rest in one bar, so a long
# list of non-goals does not stretch the chart; a non-goal's label is its start (the report's
# conflict list gives more of it).
_NON_GOAL_BARS = 5
_NON_GOAL_LABEL = 60
# Text stays text in the SVG: smaller files, and the page's own font. Mathtext is off: by
# default a pair of `$` in a label opens TeX math (matplotlib's rcParams `text.parse_math`,
# "Writing mathematical expressions"), which ate the dollars of "$4.2M to $6M" and set the words
# between them in italics; every Text made inside this style reads the setting.
_STYLE: Any = {"svg.fonttype": "none", "font.size": 10, "svg.hashsalt": "stratalign",
               "text.parse_math": False, "text.usetex": False}
# With svg.fonttype "none" the browser draws each glyph from the page's fonts; matplotlib's own
# font only measures the label, so a title in Chinese or with an emoji is no error to report.
_GLYPH_MISSING = r"Glyph \d+ .* missing from font"


def _svg(figure: Figure) -> str:
    buffer = io.StringIO()
    with matplotlib.rc_context(_STYLE), warnings.catch_warnings():
        warnings.filterwarnings("ignore", _GLYPH_MISSING, UserWarning)
        FigureCanvasSVG(figure).print_svg(buffer, metadata={"Date": None})
    text = buffer.getvalue()
    return text[text.index("<svg"):]  # drop the XML prolog: the SVG sits inside HTML


def effort_by_key_result(report: Report) -> str:
    """Horizontal bars: aligned effort per key result (its objective before it), then conflicting
    effort per non-goal it goes against, orphan, upkeep and unclear effort, each apart (a kind
    with no effort has no bar). Labels are whole key result titles and the start of each
    non-goal, wrapped."""
    rows: list[tuple[str, float, str]] = []
    for objective in report.objectives:
        for kr in objective.key_results:
            rows.append((f"{kr.kr_id} {kr.title}", kr.effort, COLOURS["kr"]))
    rows += _conflict_rows(report)
    apart = [
        ("orphan work", sum(x.effort for x in report.orphans), COLOURS["orphan"]),
        # upkeep that moves no key result (an aligned upkeep item is in its key result's bar)
        ("upkeep", sum(x.effort for x in report.upkeep if x.verdict != Verdict.ALIGNED),
         COLOURS["upkeep"]),
        ("unclear work", sum(x.effort for x in report.unclear), COLOURS["unclear"]),
    ]
    # (a kind no item is draws no bar: "orphan work 0" said nothing)
    rows += [row for row in apart if row[1] > 0]
    labels = [textwrap.fill(printable(label), _LABEL_WIDTH) for label, _, _ in rows]
    lines = sum(label.count("\n") + 1 for label in labels)
    with matplotlib.rc_context(_STYLE):
        figure = Figure(figsize=(8.5, 0.32 * lines + 0.4 * len(rows) + 0.8), layout="constrained")
        axes = figure.subplots()
        values = [value for _, value, _ in rows]
        axes.barh(labels[::-1], values[::-1], color=[c for _, _, c in rows][::-1])
        axes.set_xlabel("effort (story points or items)")
        axes.spines[["top", "right"]].set_visible(False)
        for y, value in enumerate(values[::-1]):
            axes.text(value, y, f" {value:g}", va="center")
        if all(float(value).is_integer() for value in values):
            # (whole items or points: "0.5 items" ticks read as a fault)
            axes.xaxis.set_major_locator(MaxNLocator(integer=True))
    return _svg(figure)


def _conflict_rows(report: Report) -> list[tuple[str, float, str]]:
    """A bar per non-goal that work goes against (a conflict moves no key result), the most
    effort first; past _NON_GOAL_BARS the rest share one bar. One empty bar when none."""
    groups = report.conflicts_by_non_goal
    if not groups:
        return [("conflicting work", 0.0, COLOURS["conflict"])]
    rows = []
    for group in groups[:_NON_GOAL_BARS]:
        said = snippet(group.non_goal.text, _NON_GOAL_LABEL) if group.non_goal else None
        against = f'against "{said}"' if said else "against a non-goal not cited"
        rows.append((f"conflicting work {against}", group.effort, COLOURS["conflict"]))
    rest = groups[_NON_GOAL_BARS:]
    if rest:
        rows.append((f"conflicting work against {len(rest)} other non-goals",
                     sum(g.effort for g in rest), COLOURS["conflict"]))
    return rows


def alignment_mix(report: Report) -> str:
    """A donut of aligned, misaligned, upkeep and unclear effort (upkeep that moves no key result
    apart from the misaligned: needed work, not drift, as the headline says)."""
    h = report.headline
    shares = {"aligned": h.aligned_share,
              "misaligned": max(0.0, h.misaligned_share - h.upkeep_misaligned_share),
              "upkeep": h.upkeep_misaligned_share, "unclear": h.unclear_share}
    shown = {k: v for k, v in shares.items() if v > 0} or {"unclear": 1.0}
    with matplotlib.rc_context(_STYLE):
        figure = Figure(figsize=(3.6, 3.2), layout="constrained")
        axes = figure.subplots()
        axes.pie(
            list(shown.values()), labels=[f"{k}\n{v:.0%}" for k, v in shown.items()],
            colors=[{**VERDICT_COLOURS, "upkeep": COLOURS["upkeep"]}[k] for k in shown],
            startangle=90, counterclock=False,
            wedgeprops={"width": 0.42, "edgecolor": "white"},
        )
        axes.set_aspect("equal")
    return _svg(figure)
