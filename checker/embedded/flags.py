"""Flags a result carries, computed from the proposal text alone."""

from __future__ import annotations

import re
from collections.abc import Iterable

from checker.embedded.metrics import names_a_level_change, names_metric, unknown_kr_references
from checker.screening.language import LanguageReading
from checker.thresholds import THIN_TEXT_WORDS
from checker.vocabulary import Flag

NO_METRIC = Flag.NO_METRIC
UNKNOWN_KR = Flag.UNKNOWN_KR
THIN_TEXT = Flag.THIN_TEXT
INJECTION_SUSPECTED = Flag.INJECTION_SUSPECTED
NON_ENGLISH = Flag.NON_ENGLISH


# Lines that carry no words about the work: Markdown headings (an unfilled template's
# "## Summary"), empty task boxes, bold labels ("**Describe the bug**").
# (a heading of a few words only: "### Collection lockers in the busiest stores" is the work)
_FRAME_LINE = re.compile(
    r"^[ \t]*+(?:#{1,6}[ \t][^\n]{0,40}|(?:[-*+][ \t]+)?\[[ xX]?\][ \t]*|"
    r"\*\*[^*\n]{1,60}\*\*:?[ \t]*)$",
    re.M,
)
# The sentences of GitHub's default issue templates, left as they were (github.com/.github
# ISSUE_TEMPLATE bug_report.md and feature_request.md): a template nobody filled in.
_TEMPLATE_LINE = re.compile(
    r"^[ \t]*(?:\*\*)?(?:\d+\.[ \t]*)?"
    r"(?:a clear and concise description of (?:what|any)[^\n]{0,80}|"
    r"steps to reproduce the behaviou?r:?|(?:go to|click on|scroll down to) '\.+'|see error|"
    r"if applicable, add screenshots to help explain your problem\.?|"
    r"is your feature request related to a problem\? please describe\.?|"
    r"describe the (?:solution you'd like|alternatives you've considered|bug)|"
    r"add any other context (?:or screenshots )?about the (?:problem|feature request) here\.?)"
    r"(?:\*\*)?[ \t]*$",
    re.I | re.M,
)
_URL = re.compile(r"\b(?:https?://|www\.)\S+", re.I)
_WORD = re.compile(r"[^\W_][\w.'’/-]*")
_PLACEHOLDERS = frozenset({"tbd", "tba", "todo", "wip", "n/a", "na", "tbc", "fixme", "xxx"})


def content_words(text: str) -> int:
    """How many words the text says about the work: words and numbers ("4.17.21"), outside
    headings, empty task boxes, bold labels and the sentences of an unfilled issue template,
    not links or placeholders (TBD, TODO, WIP)."""
    kept = _URL.sub(" ", _TEMPLATE_LINE.sub(" ", _FRAME_LINE.sub(" ", text)))
    return sum(1 for w in _WORD.findall(kept) if w.lower() not in _PLACEHOLDERS)


def text_flags(
    text: str, kr_ids: Iterable[str], metric_names: Iterable[str], language: LanguageReading,
    words: int,
) -> list[str]:
    """no_metric, unknown_kr, thin_text and non_english for one (screened) proposal text, what
    it was read to be written in, and its `content_words`."""
    kr_ids = list(kr_ids)
    flags: list[str] = []
    # of a text it cannot read, the rule reads only what any language writes alike
    unread_level = not language.readable and names_a_level_change(text)
    if not names_metric(text, metric_names, kr_ids) and not unread_level:
        flags.append(NO_METRIC)
    if unknown_kr_references(text, kr_ids):
        flags.append(UNKNOWN_KR)
    if words < THIN_TEXT_WORDS:
        flags.append(THIN_TEXT)
    if not language.readable:
        flags.append(NON_ENGLISH)
    return flags
