"""Does a proposal name the outcome it will move? And does it cite key results that exist?

The rule, said once: `no_metric` means the text names no outcome it will move. It names one when
it has any of
1. a key-result id (O1.KR2, KR 3) or a metric of the OKRs (`click_collect_share`, "click collect
   share");
2. a measurable quantity with a direction: a verb that moves it ("cut", "raise", "halve",
   "speed up", ...) near a quantity ("median time", "share", "rate", "number of", "NPS", ...),
   or the quantity said to move ("the share to rise");
3. a target: "from 40% to 60%", "under 300 ms", "within the hour", "to 99.5%", "3x faster";
4. a "Success metric:" / "Target:" / "KPI" line with something measurable after it.
A number alone is no metric: "two thirds of books are ebook-only" and "14 tickets last week"
describe the present, they say nothing the work will move. The labelled set in
tests/data/metrics/ (a third held out, never tuned on) measures the rule.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_KR_REF = re.compile(r"\b(?:[A-Za-z][\w-]*\.)?KR[\s-]?\d+\b|\bO\d+\s*[./-]\s*KR\s*\d+\b", re.I)
_MARKER = re.compile(
    r"\b(success|north[- ]star|primary|key|target|guardrail)\s+metrics?\b|\bmetrics?\s*:|"
    r"\b(kpi|okr)s?\b|\bkr\s*:|\bsuccess\s+(?:looks like|means|is)\b|"
    r"\b(target|goal|objective|outcome|measure|expected impact|impact)\s*:|"
    r"\bmeasured? (by|with|via)\b|\bwe(?:'ll| will) (measure|track|watch)\b",
    re.I,
)
# Verbs that move a quantity one way or the other.
_DIRECTION = (
    r"(?:cut|cuts|cutting|reduc\w*|lower\w*|decreas\w*|shrink\w*|shorten\w*|trim\w*|halv\w*|"
    r"drop\w*|rais\w*|increas\w*|grow\w*|lift\w*|boost\w*|improv\w*|doubl\w*|tripl\w*|"
    r"speed(?:s|ing)?\s+up|driv\w*|bring\w*|minimi[sz]\w*|maximi[sz]\w*)"
)
# Things that can be counted or timed: what a direction or a target applies to.
_QUANTITY = (
    r"(?:time|times|rate|share|percentage|percent|proportion|ratio|number|count|median|average|"
    r"mean|p\d\d|latency|duration|conversion|retention|churn|revenue|mrr|arr|nrr|cost|nps|score|"
    r"accuracy|drop-off|abandonment|adoption|success|uptime|availability|errors?|no-shows?|"
    r"installs?|sign-?ups?|bookings?|wait|resolution|throughput|weight|tickets?|escalations?|"
    r"handoffs?|alerts?|incidents?|crash(?:es)?|[\w-]+-rate)"
)
# Quantities that are levels, not things: "the share to rise" names an outcome, while "install"
# or "tickets" before "drops" is usually a noun or verb about something else ("the install
# redirect drops the org").
_LEVEL = (
    r"(?:time|rate|share|percentage|proportion|ratio|median|average|latency|duration|conversion|"
    r"retention|churn|revenue|cost|nps|score|accuracy|uptime|availability|[\w-]+-rate)"
)
_DIRECTED = re.compile(
    r"\b" + _DIRECTION + r"\b(?:\s+[\w'-]+){0,6}?\s+" + _QUANTITY + r"\b|"
    r"\b" + _LEVEL + r"\b(?:\s+[\w'-]+){0,3}?\s+(?:to\s+)?"
    r"(?:rises?|falls?|drops?|goes\s+(?:up|down)|improves?|shrinks?|grows?)\b",
    re.I,
)
_WORD_NUMBER = r"(?:one|two|three|four|five|six|ten|twenty|half|zero)"
_UNIT = r"(?:%|x|ms|s|sec|seconds?|min|minutes?|h|hours?|days?|weeks?|points?|mb|gb|k)"
_TARGET = re.compile(
    # "accounts with fewer than ten providers" is a scope, not a target.
    r"(?<!with )(?<!for )(?<!having )(?<!have )(?<!has )"
    r"\b(?:under|below|above|over|at least|at most|fewer than|less than|more than|within|"
    r"no more than|or better|or less)\s+(?:~|about\s+)?[$€£]?(?:\d[\d,.]*|" + _WORD_NUMBER
    + r")\s?" + _UNIT + r"?(?![\w.])|"
    r"\bwithin\s+(?:the|an|a|one)\s+(?:hour|day|week|minute)\b|"
    r"\bto\s+(?:~\s?)?\d[\d.]*\s?%|\bon\s+\d[\d.]*\s?%\s+of\b|\bto\s+zero\b",
    re.I,
)
_OUTCOME_VERB = (
    r"(move|moves|lift|lifts|raise|raises|grow|grows|cut|cuts|reduce|reduces|lower|lowers|"
    r"increase|increases|improve|improves|boost|boosts|drive|drives|shrink|shrinks|"
    r"halve|halves|double|doubles|decrease|decreases)"
)
_EXPECTATION = re.compile(
    r"\b(should|expected to|expect(?:ed)? it to|aims? to|intended to|meant to|will|would)\s+"
    r"(?:help\s+)?(?:\w+\s+){0,1}" + _OUTCOME_VERB + r"\b(?:\s+\w+){0,6}?\s*"
    r"(rate|share|time|latency|duration|retention|conversion|nrr|grr|arr|revenue|churn|"
    r"activation|adoption|count|number|percent|score|p\d\d|cycle|errors?|wait|hit rate|"
    r"no-shows?|installs?|contributors?|availability|uptime|signups?|bookings?|usage|"
    r"expansion|logos?|deals?|days|minutes|hours|seconds|%)",
    re.I,
)
_HELP_OUTCOME = re.compile(
    r"\b(should|expected to|will|would|meant to|aims? to)\s+(help|lift|grow|move|raise|improve|"
    r"cut|reduce|boost)\s+(?:the\s+)?(?!it\b|this\b|us\b|them\b)([\w-]+\s+){0,4}?"
    r"(share|rate|nrr|grr|retention|conversion|activation|expansion|installs|no-shows?|"
    r"adoption|revenue|availability|churn|bookings?)\b",
    re.I,
)
# A clock time ("from 7 to 10am") is a schedule, not a target.
_NUMBER = (
    r"~?\s?[$€£]?\d[\d,.]*+(?!\s?(?:am|pm|:\d)\b)\s?"
    r"(?:%|x|ms|s|sec|seconds|min|minutes|h|hours|days?|weeks?|k|m)?"
)
_MEASURABLE = re.compile(
    r"\d|\b(rate|share|ratio|percent|p\d\d|median|mean|average|time to|duration|latency|"
    r"retention|conversion|nrr|grr|arr|mrr|revenue|churn|activation|count of|number of|"
    r"cycle|hit rate|uptime|availability|errors?|installs?|logos?|kr|more|fewer|higher|lower)\b",
    re.I,
)
_NUMERIC_TARGET = re.compile(
    r"\bfrom\s+" + _NUMBER + r"\s+(?:\w+\s+){0,3}?to\s+" + _NUMBER + r"|"
    r"\b(?:get|gets|getting|bring|brings|take|takes)\s+(?:\w+\s+){0,3}?to\s+" + _NUMBER + r"|"
    r"\b(?:make|makes|making)\s+(?:it|this|that)\s+" + _NUMBER + r"|"
    r"\b(?:target|goal|aim)\w*\b[^.\n]{0,60}?\d|"
    r"\bby\s+\d[\d.]*\s?%|\b(?:under|below|above|at least|at most)\s+\d[\d.]*\s?%",
    re.I,
)


def kr_references(text: str) -> list[str]:
    """Key-result ids cited in the text, as written."""
    return [m.group(0).replace(" ", "") for m in _KR_REF.finditer(text)]


def names_metric(text: str, metric_names: Iterable[str] = (), kr_ids: Iterable[str] = ()) -> bool:
    """True when the text says which metric or key result it expects to move."""
    if kr_references(text) or _mentions_any(text, kr_ids):
        return True
    if _mentions_any(text, _metric_phrases(metric_names)):
        return True
    if _has_measurable_marker(text):
        return True
    return any(p.search(text) for p in (_NUMERIC_TARGET, _TARGET, _DIRECTED, _EXPECTATION,
                                        _HELP_OUTCOME))


def _has_measurable_marker(text: str) -> bool:
    """A "Success metrics" line counts only when something measurable follows it."""
    for match in _MARKER.finditer(text):
        following = text[match.end() : match.end() + 300].split("\n#")[0]
        if _MEASURABLE.search(following):
            return True
    return False


def unknown_kr_references(text: str, kr_ids: Iterable[str]) -> list[str]:
    """KR-like ids in the text that the workspace does not define."""
    known = {k.lower() for k in kr_ids}
    return [ref for ref in kr_references(text) if ref.lower() not in known]


def _metric_phrases(metric_names: Iterable[str]) -> list[str]:
    phrases: list[str] = []
    for name in metric_names:
        if name and len(name) > 3:
            phrases += [name, name.replace("_", " ").replace("-", " ")]
    return phrases


def _mentions_any(text: str, needles: Iterable[str]) -> bool:
    lowered = text.lower()
    for needle in needles:
        n = needle.lower().strip()
        if n and re.search(r"(?<![\w.])" + re.escape(n) + r"(?![\w])", lowered):
            return True
    return False
