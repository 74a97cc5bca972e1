"""Flags a result carries, computed from the proposal text alone."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from checker.embedded.kr_references import unknown_kr_references
from checker.screening.language import LanguageReading
from checker.thresholds import METRIC_READER_RULE_LOGIT, THIN_TEXT_WORDS
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
# ISSUE_TEMPLATE bug_report.md and feature_request.md), and a placeholder in brackets: a
# template nobody filled in.
_TEMPLATE_LINE = re.compile(
    r"^[ \t]*+(?:#{1,6}[ \t]+)?(?:\*\*)?(?:\d+\.[ \t]*)?"
    r"(?:a clear and concise description of (?:what|any)[^\n]{0,80}|"
    r"steps to reproduce the behaviou?r:?|(?:go to|click on|scroll down to) '\.+'|see error|"
    r"if applicable, add screenshots to help explain your problem\.?|"
    r"is your feature request related to a problem\? please describe\.?|"
    r"describe the (?:solution you'd like|alternatives you've considered|bug)|"
    r"add any other context (?:or screenshots )?about the (?:problem|feature request) here\.?|"
    # what GitHub's issue forms write for a field left empty
    r"_no response_|"
    # a spec template's placeholder left alone on its line: "[Describe the proposal]", "<title>"
    r"[\[<{][^\]>}\n]{1,80}[\]>}]\.?)"
    r"(?:\*\*)?[ \t]*$",
    re.I | re.M,
)
_URL = re.compile(r"\b(?:https?://|www\.)\S+|(?<![\w.+-])[\w.+-]++@[\w-]+\.[\w.-]+", re.I)
# Not prose: code, identifiers, hashes and tokens ("PaymentLinkService.retryCapture()",
# "retry_capture", "3f9a2c1e7b", a 40-character token), and a tracker form's bracketed tag
# ("[Feature]: ...").
_CODE = re.compile(
    r"```.*?(?:```|\Z)|`[^`\n]*`|"
    # (each starts only where its run starts: "a.a.a..." or "a-a-a..." would be rescanned
    # from every position)
    # (camelCase, or PascalCase of three parts or more: "GitHub" and "PayPal" are names)
    r"(?<![\w$.])[\w$]++(?:\.[\w$]++)++\(|(?<![\w$.])[a-z]+(?:[A-Z][a-z0-9]*)+\b|"
    r"(?<![\w$.])[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*){2,}\b|(?<!\w)\w+_\w+\b|"
    r"(?<![\w-])(?=[\w-]*+(?<=\d))(?=[\w-]*?[A-Za-z])[\w-]{16,}+|"
    r"\b(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{7,}\b|"
    r"^[ \t]*\[[^\]\n]{1,20}\]:?",
    re.S | re.M,
)
# Pointers elsewhere, which say nothing of the work themselves: "As discussed in the meeting
# yesterday, see the doc."
_POINTER = re.compile(
    r"\bas\s+(?:discussed|agreed|mentioned|requested)\b|"
    r"\b(?:per|from)\s+(?:the\s+|our\s+|today's\s+|yesterday's\s+)?(?:call|meeting|thread|"
    r"discussion|conversation|chat|standup|sync)\b|"
    r"\bsee\s+(?:the\s+)?(?:doc|document|link|thread|ticket|above|below|attached|attachment|"
    r"comments?|slack|email|notion|confluence|figma|spec|description)\b|"
    r"\bin\s+the\s+(?:meeting|call|standup|sync)(?:\s+(?:yesterday|today|last\s+week|this\s+"
    r"morning))?\b|\b(?:more\s+)?(?:details|info)\s+(?:to\s+follow|later)\b|\bfyi\b",
    re.I,
)
_WORD = re.compile(r"[^\W_][\w.'’/-]*")
# A template's placeholder inside a line: "Spec: [Name of the feature]", "# Spec: <title>" (not
# a link's text, "[the design doc](https://...)").
_PLACEHOLDER = re.compile(
    r"\[(?:describe|name|add|insert|enter|explain|list|write|summari[sz]e|title|your|link)\b"
    r"[^\]\n]{0,80}\](?!\()|<(?:title|name|feature|description|summary|owner|date|team)\b"
    r"[^>\n]{0,30}>",
    re.I,
)
_PLACEHOLDERS = frozenset({"tbd", "tba", "todo", "wip", "n/a", "na", "tbc", "fixme", "xxx"})


def content_words(text: str) -> int:
    """How many words the text says about the work: words and numbers ("4.17.21"), outside
    headings, empty task boxes, bold labels and the sentences of an unfilled issue template,
    not links or placeholders (TBD, TODO, WIP)."""
    return prose_words(prose(text))


def prose_words(said: str) -> int:
    """`content_words` of text already reduced by `prose` (the engine reads the language from
    the same prose, so it is computed once): pointers elsewhere and placeholders not counted."""
    kept = _POINTER.sub(" ", said)
    return sum(1 for w in _WORD.findall(kept) if w.lower() not in _PLACEHOLDERS)


def prose(text: str) -> str:
    """What a text says in words: without headings, empty task boxes, bold labels, the
    sentences and placeholders of an unfilled issue template or form, links, e-mail addresses,
    code, identifiers, hashes and tokens. What the language is read from, and words are counted
    in."""
    kept = _PLACEHOLDER.sub(" ", _TEMPLATE_LINE.sub(" ", _FRAME_LINE.sub(" ", text)))
    return _CODE.sub(" ", _URL.sub(" ", kept))


def text_flags(
    text: str, kr_ids: Iterable[str], metric_names: Iterable[str], language: LanguageReading,
    words: int, metric_logit: float | None = None,
) -> list[str]:
    """no_metric, unknown_kr, thin_text and non_english for one (screened) proposal text, what
    it was read to be written in, and its `content_words`. `metric_logit` is the metric reader's
    reading of the same text (checker/embedded/metric_reader.py); None: the rule alone."""
    kr_ids = list(kr_ids)
    flags: list[str] = []
    if not names_an_outcome(lambda: rule_names_an_outcome(text, kr_ids, metric_names, language),
                            metric_logit):
        flags.append(NO_METRIC)
    if unknown_kr_references(text, kr_ids):
        flags.append(UNKNOWN_KR)
    if words < THIN_TEXT_WORDS:
        flags.append(THIN_TEXT)
    if not language.readable:
        flags.append(NON_ENGLISH)
    return flags


def rule_names_an_outcome(
    text: str, kr_ids: list[str], metric_names: Iterable[str], language: LanguageReading
) -> bool:
    """The hand-written rule's answer (checker/embedded/metric/rule.py): does the text name an
    outcome it will move?"""
    # imported on first use: compiling the rule's patterns takes about a second, and a check
    # whose metric reader is sure never asks the rule (names_an_outcome)
    from checker.embedded.metric import (
        ascii_digits,
        moves_an_amount,
        names_a_level_change,
        names_metric,
        states_a_goal,
    )

    if names_metric(text, metric_names, kr_ids):
        return True
    # of a text it cannot read, the rule reads only what any language writes alike, and a goal
    # line in the text's language; so too of a text too short to tell its language ("Det vil gi
    # færre avlusinger på lokaliteten", "Målet är mindre salt per vägkilometer", a review's
    # sentences that the English rule alone could not read)
    if language.readable and language.language is not None:
        return False
    read = ascii_digits(text)
    return names_a_level_change(read) or states_a_goal(read) or moves_an_amount(read)


def names_an_outcome(rule: Callable[[], bool], metric_logit: float | None) -> bool:
    """The rule's answer (`rule()`) weighed with the metric reader's logit (None: the rule's
    answer): the reader overrules the rule only where it is sure beyond
    METRIC_READER_RULE_LOGIT, and there the rule is not asked at all."""
    if metric_logit is None:
        return rule()
    if abs(metric_logit) > METRIC_READER_RULE_LOGIT:
        return metric_logit > 0
    return metric_logit + (METRIC_READER_RULE_LOGIT if rule() else -METRIC_READER_RULE_LOGIT) > 0
