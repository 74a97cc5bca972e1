"""The report's colours by meaning, one place for the charts, the heat tables and the page's
CSS: work on a key result green, work against the strategy red, work serving none brown,
upkeep grey, unsure amber. A verdict's colour is its kind's (misaligned as a conflict)."""

from __future__ import annotations

COLOURS = {
    "kr": "#2e7d32",
    "conflict": "#c62828",
    "orphan": "#8d6e63",
    "upkeep": "#607d8b",
    "unclear": "#f9a825",
}
VERDICT_COLOURS = {
    "aligned": COLOURS["kr"],
    "misaligned": COLOURS["conflict"],
    "unclear": COLOURS["unclear"],
}


def rgba(kind: str, alpha: float) -> str:
    """The kind's colour as CSS `rgba(r, g, b, alpha)`; a key result's for any other kind (the
    heat tables' objective columns). `alpha` 0..1."""
    hex_colour = COLOURS.get(kind, COLOURS["kr"]).lstrip("#")
    r, g, b = (int(hex_colour[i : i + 2], 16) for i in (0, 2, 4))
    return f"rgba({r}, {g}, {b}, {alpha:.2f})"
