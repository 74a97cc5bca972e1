"""A bare bound ("over 4 mm", "within 48 hours", "more than 45 min", "under 5%") names a target
only when its clause wants, keeps or moves a quantity to it: `bound_alone` tells the metric rule
(rule.py) when it does not, and `money_alone` when a bound on money is a price, a cost or a
rule's threshold.

A bound is wanted when, in its sentence before it, a verb moves or wants something ("get the
median wait under 24 hours", "We want fewer than 3.6% of riders leaving", "should take median
peak queue under 6 min"), a comparative asks for more or less ("More restaurants live within 7
days of contract signature"), an arrow leads to it ("churn 5+% → under 3%") or a share is
bounded ("90% of orders picked within 20 minutes"); when it is wanted after it ("Fewer than 1%
of payments should fail"), due by a date, in milliseconds, under a "## Goals" or "Success"
heading, or bounds a named quantity said as no fact ("p95 under 1.5s", "zero-result queries
under 3%"). Otherwise it is a threshold, a rule, a capacity, a span of work or a fact: "gaps over
4 mm", "Carriers arriving more than 45 min after slot start lose the slot", "Install could happen
over two weekends", "Drivers routinely wait more than 2 hours". Before the twenty-first session
every bound counted unless an exclusion named its kind; over 106 labelled organisations (6,353
items) reading it this way moved 46 answers, 42 to the reviewer's (docs/quality.md).
"""

from __future__ import annotations

import re

from checker.embedded.metric.patterns import LazyPattern
from checker.embedded.metric.words import DIRECTION, HEADING_LINE, MONTH, QUANTITY, TARGETED

# A date the bound is wanted by, after it: "Average claim cost below €800 by Q3".
BY_A_DATE = LazyPattern(
    r"[^.;\n]{0,30}?\bby\s+(?:the\s+end\b|(?:year|month|quarter)[\s-]end\b|q[1-4]\b|h[12]\b|20\d\d\b|"
    + MONTH + r")", re.I)


def sentence_before(text: str, start: int) -> str:
    """The sentence up to `start` (at most 200 characters back)."""
    window = text[max(0, start - 200) : start]
    cut = max(window.rfind(". "), window.rfind("\n"), window.rfind("; "))
    return window[cut + 1 :]


# (an aside may stand between a quantity and its verb: "contract-balance calls (currently the
# second reason for calling) to drop")
ASIDE = LazyPattern(r"\([^()]*\)")


def aside_dropped(text: str, start: int, span: int = 60) -> str:
    """The `span` characters before `start` once any parenthesised aside is dropped: a list in
    brackets does not end an "if" clause ("if a claim gets 3 contacts (calls, emails) within 7
    days")."""
    return ASIDE.sub("", text[max(0, start - 4 * span) : start])[-span:]


_SENTENCE_END_AFTER = LazyPattern(r"[.;](?=\s|$)|\n")


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence holding `text[start:end]`: `sentence_before(text, start)`, the span, and what
    follows up to the next ". ", "; " or line end (a decimal point ends nothing: "2.5%")."""
    after = _SENTENCE_END_AFTER.search(text, end)
    return sentence_before(text, start) + text[start : after.start() if after else len(text)]


_BARE_BOUND = LazyPattern(
    r"(?:under|below|above|over|at\s+least|at\s+most|fewer\s+than|less\s+than|more\s+than|within|inside|"
    r"no\s+more\s+than|no\s+longer\s+than|not\s+more\s+than|not\s+longer\s+than|"
    r"no\s+slower\s+than|past|beyond|in\s+under|in\s+less\s+than)\b", re.I)
_WANTED_BEFORE = LazyPattern(
    r"\b(?:get|gets|getting|got|bring|brings|bringing|take|takes|taking|push|pushes|pushing|"
    r"drive|drives|driving|keep|keeps|keeping|hold|holds|cut|cuts|reduc\w*|lower\w*|"
    r"rais\w*|lift\w*|grow\w*|increas\w*|improv\w*|want|wants|wanted|like|aim\w*|goals?|"
    # (not whom a list targets: "Target list: ortho/dental OEMs within 2 hrs of Telford", a blind
    # machining subcontractor's item)
    r"targets?(?!\s+" + TARGETED + r"\b)|targeting|objective|expect\w*|hope\w*|heading|go|goes|"
    r"going|fall|falls|stay|"
    r"stays|remain|remains|land|lands|reach\w*|hit|achiev\w*|success|should|must|ensure|"
    r"make|makes|so|need|needs|(?:will|would|to)\s+(?:be|stay|remain)|kpi|sla\s+of|"
    # (a comparative wants a count or a speed: "More restaurants live within 7 days of contract
    # signature")
    r"more|fewer|less|faster|quicker|sooner|extend\w*|prolong\w*)\b[^.;\n]*$|"
    # (an arrow to the level: "Monthly churn 5+% → under 3%", "Scrap rate on line 4 -> under 2%")
    r"(?:→|->|=>)\s*$|"
    # (a level: a share of things bounded, "90% of orders picked within 20 minutes", "1 in 50
    # parcels")
    r"(?:\d\s?%|\b\d+\s+in\s+\d+\b)[^.;\n]*$",
    re.I)
_GOAL_HEADING = LazyPattern(
    r"^[ \t]*(?:#{1,6}[ \t]*|\*\*|__)?(?:goals?|success(?:\s+(?:metrics?|criteria|measures?))?|"
    r"targets?|outcomes?|expected\s+(?:impact|outcomes?|results?)|impact|kpis?|aims?)"
    r"(?:\*\*|__)?[ \t]*:?[ \t]*(?:\*\*|__)?[ \t]*$", re.I | re.M)
_HEADING_LINE = LazyPattern(HEADING_LINE, re.M)
_QUANTITY_SUBJECT = LazyPattern(r"\b" + QUANTITY + r"\b(?:[\s:–—]+[\w-]+){0,4}\s*$", re.I)
# (a share bounded, said as no fact: "Search synonyms: zero-result queries under 3%")
_SHARE_BOUND = LazyPattern(r"\d\s?%$")
# (a verb that moves: "extend avg sensor battery life past 12 months"; not "double-sided")
_DIRECTION_BEFORE = LazyPattern(r"\b" + DIRECTION + r"\b(?!-)", re.I)
# (a span of time work takes: "Install could happen over two weekends", "over 9 months")
_SPAN = LazyPattern(r"over\s+\S+\s+(?:days|weeks|weekends|months|years|quarters|nights|shifts)\b",
                   re.I)
# (a bound in milliseconds is a latency's: "app launch under 800ms on mid-range Android")
_LATENCY = LazyPattern(r"\d\s?ms\b", re.I)
# (or wanted after it: "Fewer than 1% of payments should fail on retry")
# (or a share it is for: "seller response under 1 hour for 80% of buyer messages", or wanted
# next: "repeat purchase within 60 days is 27%, want 32")
_WANTED_AFTER = LazyPattern(
    r"[^.;\n]{0,60}?\b(?:should|must|need\s+to|needs\s+to|has\s+to|want|wants)\b|"
    r"\s+for\s+\d[\d.]*\s?%", re.I)
# (a time relative to an event is when something happens: "a $15 credit per pickup more than 20
# minutes after the scheduled time", a blind dialysis network's item)
_WHEN_AFTER = LazyPattern(
    r"\s+(?:after|before|ahead\s+of|late|early|past)\b|"
    # (or a deviation that triggers: "More than 8% off → tote is bounced back")
    r"\s*(?:off\b|→|->|=>)", re.I)
# (the things a report, an alert or a view picks: "Saved report in the group view: pupils below
# 90% attendance year to date")
_FILTER_BEFORE = LazyPattern(
    r"\b(?:reports?|dashboards?|alerts?|exports?|lists?|views?|filters?|flag\w*|show\w*|"
    r"highlight\w*)\b[^.;\n]*$", re.I)
# (a rule for each case, not a level: "Work every CMS vendor alert within 5 working days")
_EACH_CASE = LazyPattern(r"\b(?:every|each)\b", re.I)
_FACT_BEFORE = LazyPattern(
    r"\b(?:is|are|was|were|been|currently|today|now|routinely|usually|typically|often|already|"
    r"still|sits?|runs?|takes?|took)\b", re.I)


# A distance kept between two things is a rule, whoever wants it: "need at least 0.7 m between
# the bottom of the grave and the highest groundwater level" (a blind cemetery service's item),
# "at least 2 m apart".
_SPACING_AFTER = LazyPattern(
    # (between two things, not events: "walking under 30 m between picks" is a measure, review)
    r"\s?(?:mm|cm|m|metres?|meters?|km|ft|feet|inch(?:es)?)\s+(?:between\s+[^.;\n]{1,80}?\band\b|"
    r"apart|clear\s+of|away\s+from|of\s+clearance|clearance|from\s+(?:the|any|every|each)\b)",
    re.I)


def bound_alone(text: str, match: re.Match[str]) -> bool:
    """A bare bound ("over 4 mm", "within 48 hours", "more than 45 min") that nothing in its
    clause wants, keeps or pushes a quantity to: a threshold, a rule, a capacity or a fact."""
    if not _BARE_BOUND.match(match.group(0)):
        return False
    if _SPACING_AFTER.match(text, match.end()):
        return True
    sentence = sentence_before(text, match.start())
    if (_WANTED_BEFORE.search(sentence) or _DIRECTION_BEFORE.search(sentence)
            or _LATENCY.search(match.group(0))
            or BY_A_DATE.match(text, match.end()) or _WANTED_AFTER.match(text, match.end())):
        return False
    if ((_QUANTITY_SUBJECT.search(sentence) or _SHARE_BOUND.search(match.group(0).rstrip()))
            and not _FACT_BEFORE.search(sentence) and not _FILTER_BEFORE.search(sentence)
            and not _WHEN_AFTER.match(text, match.end()) and not _SPAN.match(text, match.start())
            and not _EACH_CASE.search(sentence)):
        return False
    headings = list(_HEADING_LINE.finditer(text, 0, match.start()))
    if not headings:
        return True
    line = headings[-1].group(0) + text[headings[-1].end() :].split("\n", 1)[0]
    return not _GOAL_HEADING.match(line)


# A bound on an amount of money, alone, names no outcome: it is a price, a cost, a budget or a
# rule's threshold ("Gas costs estimated under £20 a month", "8% of turnover above £180k",
# "Who approves capex above £25k?"). Over the 97 labelled organisations such a bound, when nothing
# else in the text named a metric, was the reviewer's metric once in seven (twentieth session).
_MONEY = LazyPattern(r"[£$€¥]|\b(?:usd|eur|gbp|dollars?|euros?|pounds?)\b", re.I)
# (unless the clause pushes an amount there, wants a level or earns it: "push total wages and
# awards recovered well past £350k this half", "Monthly cloud spend should be under $40k", "New
# revenue line of over £250k/yr")
_PUSHED_BEFORE = LazyPattern(
    r"\b(?:push|pushes|pushing|raise|raises|raising|grow|grows|growing|lift|lifts|lifting|"
    r"drive|drives|driving|get|gets|getting|bring|brings|bringing|keep|keeps|keeping|"
    r"(?:should|must|will|to)\s+(?:be|stay|remain)|revenue|income|sales|profit|"
    # (a level wanted or a measure's name: "Success: average order value above £45", "CAC under
    # $120 is the goal", "Cost per hire under £3,000", a review's inputs)
    r"want|wants|goal|target|aim|success|value|cac|mrr|arr|ltv|leakage)\b[^.;\n]{0,60}$|"
    # (a measure per unit just before: "Cost per hire under £3,000"; not "£8 per drop, free over
    # £150", a charge)
    r"\bper\s+[\w-]+\s+$",
    re.I)


def money_alone(text: str, match: re.Match[str]) -> bool:
    """A bound on money no verb in its clause pushes toward."""
    return bool(_MONEY.search(match.group(0))) and not _PUSHED_BEFORE.search(
        text, max(0, match.start() - 80), match.start()) and not BY_A_DATE.match(text, match.end())


# "up to 20%" in a sentence about a price, a discount or who may grant one: an allowance ("AMs
# sign off themselves up to 20%", "match any written competitor quote up to 10% below our list",
# a blind laundry's items), not a level the work moves a quantity to.
_UP_BEFORE = LazyPattern(r"\bup\s+$", re.I)
_PRICE_CLAUSE = LazyPattern(
    r"\b(?:discounts?|off|list|quotes?|sign(?:s|ed|ing)?\s+off|authori[sz]\w*|approv\w*|price\w*|"
    r"rebates?|commissions?|fees?|intro(?:ductory)?\s+rates?)\b", re.I)


def allowance_of_a_price(text: str, match: re.Match[str]) -> bool:
    """An "up to N%" whose sentence is about a price, a discount or authority to grant one."""
    if not (match.group(0).lower().startswith("to") and "%" in match.group(0)
            and _UP_BEFORE.search(text, max(0, match.start() - 4), match.start())):
        return False
    end = min(i for i in (text.find(". ", match.end()), text.find("\n", match.end()),
                          len(text)) if i >= 0)
    sentence = sentence_before(text, match.start()) + text[match.start() : end]
    return bool(_PRICE_CLAUSE.search(sentence))
