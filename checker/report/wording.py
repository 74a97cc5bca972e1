"""How the report writes its figures, in the Markdown and the HTML alike (and drift's headline):
shares as whole percents, efforts as written, counts with their noun in the right number."""

from __future__ import annotations


def pct(share: float) -> str:
    """A share (0..1) as a whole percent: 0.683 -> "68%"."""
    return f"{share:.0%}"


def num(value: float) -> str:
    """An effort as written, without trailing zeros: 3.0 -> "3", 2.5 -> "2.5"."""
    return f"{value:g}"


def count(n: int, noun: str = "item") -> str:
    """ "1 item", "2 items": a count with its noun in the right number."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"
