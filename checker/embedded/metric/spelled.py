"""Numbers written in words, read as digits so the metric rule (rule.py) sees them: "from three
to one" -> "from 3 to 1", "twenty-five percent" -> "25 percent" (text2num's `alpha2digit`,
English). Ordinals and idioms stay words: "a second PR", "two thirds", "in one place", "the old
one". Digits of other scripts read as ASCII digits (`ascii_digits`: "২০২৬" -> "2026").
"""

from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher

from checker.embedded.metric.patterns import LazyPattern

_ORDINAL = LazyPattern(r"(?<!\d)\d+(?:st|nd|rd|th)s?\b", re.I)
# Where a text is cut before numbers in words are read: a line break, or the space after the end
# of a sentence or clause (kept as separators).
_PIECE = LazyPattern(r"(\n|(?<=[.!?;:])[ \t]+)")
SPELLED_RUN_WORDS = 100  # words read together at most (a number in words is a few of them)
# "one" standing for a thing named before: "retire the old one", "this one", "a new one"
_ONE_AS_PRONOUN = LazyPattern(
    r"the|this|that|which|each|every|any|no|a|an|old|new|other|same|last|next|first|only|right|"
    r"wrong|current|existing|legacy|big|small|main",
    re.I,
)
_ONE_IDIOM = LazyPattern(r"(?:place|of|another|day|way|thing|more|click|tap|go|view)\b", re.I)
# Each decimal digit of another script (Unicode category Nd: Devanagari, Bengali, Arabic-Indic,
# full-width, ...) -> its ASCII digit.
_ASCII_DIGITS = {
    ord(c): str(unicodedata.decimal(c))
    for c in map(chr, range(0x80, 0x10000)) if unicodedata.category(c) == "Nd"
}


def ascii_digits(text: str) -> str:
    """The text with every decimal digit of another script as its ASCII digit, one character
    for one, so offsets into it are the text's: a year, a version or a share is read whatever
    digits write it ("২০২৬ সালের" -> "2026 সালের", a review's Bengali sentence)."""
    return text.translate(_ASCII_DIGITS)


def spelled_numbers_as_digits(text: str) -> str:
    """The text with cardinal numbers written in words as digits, read by text2num ("from three
    to one" -> "from 3 to 1", "twenty-five percent" -> "25 percent"). Ordinals stay words: they
    rank, they do not count ("a second PR", "in a second", "two thirds")."""
    # Piece by piece (sentences, lines, runs of at most SPELLED_RUN_WORDS words): the word
    # alignment below is quadratic in a piece's length, and a 20,000-character body of
    # "step two step two ..." took minutes as one piece.
    pieces = _PIECE.split(text)
    return "".join(
        part if i % 2 else " ".join(
            _spelled_run(" ".join(run))
            for run in _runs(part.split(" "), SPELLED_RUN_WORDS)
        )
        for i, part in enumerate(pieces)
    )


def _runs(words: list[str], size: int) -> list[list[str]]:
    return [words[i : i + size] for i in range(0, len(words), size)] or [[]]


def _spelled_run(text: str) -> str:
    from text_to_num import alpha2digit

    # threshold=0: small isolated numbers too ("to one"), which text2num leaves by default.
    converted = alpha2digit(text, "en", threshold=0)
    if converted == text:
        return text
    before, after = text.split(" "), converted.split(" ")
    kept: list[str] = []
    for op, i1, i2, j1, j2 in SequenceMatcher(None, before, after, autojunk=False).get_opcodes():
        into = after[j1:j2]
        ordinal = op != "equal" and any(_ORDINAL.search(word) for word in into)
        idiom = op != "equal" and _is_idiom(before, i1, i2)
        kept += before[i1:i2] if ordinal or idiom else into
    return " ".join(kept)


def _is_idiom(words: list[str], start: int, end: int) -> bool:
    """A lone "one" that counts nothing: "in one place", "one of", "one day", "the old one"."""
    if [w.lower() for w in words[start:end]] != ["one"]:
        return False
    if start and _ONE_AS_PRONOUN.fullmatch(words[start - 1]):
        return True
    return end < len(words) and bool(_ONE_IDIOM.match(words[end]))
