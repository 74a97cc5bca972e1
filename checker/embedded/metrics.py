"""Does a proposal name the outcome it will move? And does it cite key results that exist?

The rule, said once: `no_metric` means the text names no outcome it will move. It names one when
it has any of
1. a key-result id (O1.KR2, KR 3) or a metric of the OKRs (`click_collect_share`, "click collect
   share");
2. a measurable quantity with a direction: a verb that moves it ("cut", "raise", "halve",
   "speed up", ...) near a quantity ("median time", "share", "rate", "number of", "NPS", the
   field's metric names such as "CSAT" or "MTTR"), the quantity said to move ("the share to
   rise"), a change by an amount ("down 30%", "in half", "shave 200 ms off"), or a counted
   population moved ("increase daily active users");
3. a target or a level: "from 40% to 60%", "under 300 ms", "within the hour", "to 99.5%",
   "3x faster", "reach 40%", "at 99.95% or better", "uptime at 99.95%", "p95 < 300 ms";
4. a "Success metric:" / "measured by" line, or a "Target:" / "KPI" line with something
   measurable after it.
Numbers written in words count as numbers ("from three to one"; text2num reads them).
A number alone is no metric: "two thirds of books are ebook-only" and "14 tickets last week"
describe the present, they say nothing the work will move; nor is a quantity word that names a
thing to build ("the error message", "the time picker"). The labelled set in
tests/data/metrics/ (a held-out part never tuned on) measures the rule.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from difflib import SequenceMatcher

_KR_REF = re.compile(r"\b(?:[A-Za-z][\w-]*\.)?KR[\s-]?\d+\b|\bO\d+\s*[./-]\s*KR\s*\d+\b", re.I)
_MARKER = re.compile(
    r"\b(success|north[- ]star|primary|key|target|guardrail)\s+metrics?\b|\bmetrics?\s*:|"
    r"\b(kpi|okr)s?\b|\bkr\s*:|\bsuccess\s+(?:looks like|means|is)\b|"
    r"\b(target|goal|objective|outcome|measure|expected impact|impact)\s*:|"
    r"\b(?:target|goal|aim|objective)\s+(?:is|here\s+is|will\s+be)\b|"
    r"\bmeasured? (by|with|via)\b|\bwe(?:'ll| will) (measure|track|watch)\b",
    re.I,
)
# Verbs that move a quantity one way or the other.
_DIRECTION = (
    r"(?:cut|cuts|cutting|reduc\w*|lower\w*|decreas\w*|shrink\w*|shorten\w*|trim\w*|halv\w*|"
    r"drop\w*|rais\w*|increas\w*|grow\w*|lift\w*|boost\w*|doubl\w*|tripl\w*|"
    r"speed(?:s|ing)?\s+up|(?:driv|push)\w*\s+(?:up|down)|minimi[sz]\w*|maximi[sz]\w*|slash\w*|eliminat\w*|quadrupl\w*)"
)
# Verbs that say "better" without saying which way a count goes: they move a level ("improve
# conversion"), while "improve the experience of booking" names no quantity.
_WEAK_DIRECTION = r"(?:improv\w*|driv\w*|bring\w*|accelerat\w*|mov(?:e|es|ing))"
# The field's standard metric names and abbreviations (spend and margin; per-user and funnel
# figures; service levels; web vitals): each is a quantity whatever the sentence.
_METRIC_TERMS = (
    r"spend|margins?|profit|sales|gmv|aov|arpu|ltv|cac|cpa|ctr|dau|wau|mau|sla|slo|mttr|mttd|"
    r"ttfb|lcp|inp|fcp|tti|csat|ces|utili[sz]ation|occupancy|yield|recall|precision|f1"
)
# Things that can be counted or timed: what a direction or a target applies to.
_QUANTITY = (
    r"(?:time|times|rate|share|percentage|percent|proportion|ratio|number|count|median|average|"
    r"mean|p\d\d|latency|duration|conversion|retention|churn|revenue|mrr|arr|nrr|costs?|nps|score|"
    r"accuracy|drop-off|abandonment|adoption|success|uptime|availability|errors?|no-shows?|"
    r"installs?|sign-?ups?|bookings?|wait|resolution|throughput|weight|tickets?|escalations?|"
    r"handoffs?|alerts?|incidents?|crash(?:es)?|[\w-]+-rate|completion|attrition|turnover|"
    r"satisfaction|engagement|memory|footprint|bounces?|refunds?|complaints?|defects?|"
    r"intensity|emissions|consumption|usage|coverage|frequency|downtime|outages?|failures?|"
    r"chargebacks?|backlog|lead\s+time|load\s+times?|traffic|visits|visitors|sessions|"
    r"page\s?views|downloads|leads|orders|purchases|subscribers|registrations|enrol+ments|"
    r"renewals|referrals|activations|"
    r"per\s+(?:hour|minute|second|day|week|month|shift|user|session|order|visit)|"
    + _METRIC_TERMS + r")"
)
# Quantities that are levels, not things: "the share to rise" names an outcome, while "install"
# or "tickets" before "drops" is usually a noun or verb about something else ("the install
# redirect drops the org").
_LEVEL = (
    r"(?:time|rate|share|percentage|proportion|ratio|median|average|latency|duration|conversion|"
    r"retention|churn|revenue|cost|nps|score|accuracy|uptime|availability|[\w-]+-rate)"
)
# Nouns that make the quantity word before them a modifier of a thing: "the error message",
# "the time picker", "rate limits" are things to build, not quantities to move.
_THING = (
    r"(?:messages?|pickers?|zones?|slots?|buttons?|fields?|columns?|dialogs?|labels?|formats?|"
    r"stamps?|handling|handlers?|pages?|screens?|charts?|graphs?|reports?|widgets?|settings?|"
    r"polic(?:y|ies)|inputs?|filters?|tabs?|banners?|modals?|cards?|dashboards?|views?|tables?|"
    r"limits?|logs?|copy|icons?|colou?rs?|fonts?|plans?|cards?|periods?|windows?|intervals?|"
    r"timeouts?|schedules?)"
)
# What a weak verb can move: levels and measures, not counted things.
_WEAK_QUANTITY = (
    r"(?:time|rate|share|percentage|proportion|ratio|median|average|latency|duration|"
    r"conversion|retention|churn|revenue|cost|nps|score|accuracy|uptime|availability|"
    r"[\w-]+-rate|resolution|completion|coverage|satisfaction|engagement|attrition|turnover|"
    r"abandonment|drop-off|adoption|throughput|p\d\d|" + _METRIC_TERMS + r")"
)
_DIRECTED = re.compile(
    r"\b" + _DIRECTION + r"\b(?:\s+[\w'-]+){0,6}?\s+" + _QUANTITY + r"\b(?!\s+" + _THING
    + r"\b)|"
    r"\b" + _WEAK_DIRECTION + r"\b(?:\s+[\w'-]+){0,6}?\s+" + _WEAK_QUANTITY + r"\b(?!\s+" + _THING
    + r"\b)|"
    # a comparative before a level: "a higher first-attempt authorization success rate"
    r"\b(?:higher|lower|better|greater|smaller|shorter)\s+(?:[\w'-]+\s+){0,3}?" + _LEVEL
    + r"\b(?!\s+" + _THING + r"\b)|"
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
    r"no more than|no longer than|not more than|not longer than|no slower than|or better|"
    r"or less)\s+(?:~|about\s+)?[$€£]?(?:(?<![\d,.])\d[\d,.]*+|"
    + _WORD_NUMBER
    + r")\s?" + _UNIT + r"?(?![\w.])|"
    r"\b(?:within|under|in\s+under|in\s+less\s+than|below)\s+(?:the|an|a|one)\s+"
    r"(?:second|minute|hour|day|week|month)\b|"
    r"\bto\s+(?:~\s?)?(?<![\d,.])\d[\d.]*+\s?%|\bon\s+(?<![\d,.])\d[\d.]*+\s?%\s+of\b|"
    r"\bto\s+(?:(?:near|nearly|almost|close\s+to|virtually)\s+)?(?:zero|0)\b(?![.,]\d)|"
    # a band to stay in: "within a 24 to 36 hour range", "between 2 and 4 days"
    r"\b(?:within|between)\s+(?:an?\s+|the\s+)?(?<![\d,.])\d[\d.]*+\s?" + _UNIT
    + r"?\s*(?:to|and|-|–)\s*(?<![\d,.])\d[\d.]*+\s?-?" + _UNIT + r"(?![\w.])",
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
    r"~?\s?[$€£]?(?<![\d,.])\d[\d,.]*+(?!\s?(?:am|pm|:\d)\b)\s?"
    r"(?:%|x|ms|s|sec|seconds|min|minutes|h|hours|days?|weeks?|k|m)?"
)
_MEASURABLE = re.compile(
    r"\d|\b(rate|share|ratio|percent|p\d\d|median|mean|average|time to|duration|latency|"
    r"retention|conversion|nrr|grr|arr|mrr|revenue|churn|activation|count of|number of|"
    r"cycle|hit rate|uptime|availability|errors?|installs?|logos?|kr|more|fewer|higher|lower|"
    + _METRIC_TERMS + r")\b",
    re.I,
)
_NUMERIC_TARGET = re.compile(
    r"\bfrom\s+" + _NUMBER + r"\s+(?:\w+\s+){0,3}?to\s+" + _NUMBER + r"|"
    r"\b(?:get|gets|getting|bring|brings|take|takes)\s+(?:\w+\s+){0,3}?to\s+" + _NUMBER + r"|"
    r"\b(?:make|makes|making)\s+(?:it|this|that)\s+" + _NUMBER + r"|"
    r"\b(?:target|goal|aim)\w*\b[^.\n]{0,60}?\d|"
    r"\bby\s+(?:roughly\s+|about\s+|around\s+|some\s+|approximately\s+|~\s?)?"
    r"(?<![\d,.])\d[\d.]*+\s?%|"
    r"\b(?:under|below|above|at least|at most)\s+(?<![\d,.])\d[\d.]*+\s?%",
    re.I,
)

# A number with a unit: a level, where a bare count ("3 stores") is not one.
_MEASURE = (
    # A number starts where no digit, comma or dot is before it: without that, a run of digits
    # (a pasted CSV) is rescanned from every position, in quadratic time.
    r"~?\s?[$€£]?(?<![\d,.])\d[\d,.]*+\s?(?:%|percent\b|pp\b|points?\b|x\b|ms\b|s\b|secs?\b|"
    r"seconds?\b|"
    r"mins?\b|minutes?\b|h\b|hrs?\b|hours?\b|days?\b|weeks?\b)"
)
# Where a sentence asks for something ("to", a modal, "make ... reach"), not states it.
_ASKED = (
    r"(?:^|[.;:!?]\s+|\b(?:to|should|shall|will|would|must|can|could|make|makes|making|help|"
    r"helps|let|lets|and|want|need)\s+(?:[\w'-]+\s+){0,8}?)"
)
# What a level is now, not where it should go: "uptime is at 99.2%".
_STATED = (
    r"(?:is|are|was|were|stands?|stood|sits?|sat|sitting|currently|today|now|already|shows?|"
    r"showed|shown|reads|hovers?|hovering|averag\w*|remains?|remained|stays?|stayed)"
)
_LEVEL_TARGET = re.compile(
    # a level to reach: "make the share reach 40%" (but "our emails reach 40% of users" is a fact)
    _ASKED + r"(?:reach|hit|attain|achieve|get\s+to)\b(?:\s+[\w'-]+){0,4}?\s+(?:at\s+)?"
    + _MEASURE + r"|"
    # a bound after the number: "at 99.95% or better", "in 2 days or less"
    + _MEASURE + r"\s+or\s+(?:better|more|higher|greater|above|over|less|lower|fewer|below|"
    r"under|faster|sooner|quicker)\b|"
    # a comparison sign after a quantity: "p95 latency < 300 ms", "error rate <= 0.1%"
    r"\b" + _QUANTITY + r"\b(?:\s+[\w'-]+){0,3}?\s*(?:[<>≤≥]=?|=<)\s*~?\s?[$€£]?\d|"
    # a multiple: "3x faster", "2 times more", "twice as fast", "half as many"
    r"\b(?:(?<![\d,.])\d[\d.]*+\s?x|(?<![\d,.])\d[\d.]*+\s+times|twice|half)\s+"
    r"(?:as\s+\w+|faster|quicker|slower|"
    r"cheaper|more|fewer|less|higher|lower|better|smaller|bigger|larger)\b|"
    # a change by an amount: "down 30%", "up by 5 points", "cut in half", "by a third"; not a
    # duration ("both down ~6 min" is an outage)
    r"\b(?:up|down)\s+(?:by\s+)?~?(?<![\d,.])\d[\d,.]*+\s?(?:%|percent\b|pp\b|points?\b)|"
    r"\bdown\s+to\s+(?:" + _MEASURE + r"|single\s+digits|zero\b|\d)|"
    r"\b(?:past|beyond|above|over)\s+(?:half|a\s+third|a\s+quarter)\s+of\b|"
    r"\b(?:under|below|above|over|within)\s+(?:the|a|an|our)\s+" + _MEASURE + r"|"
    r"" + _MEASURE + r"\s+by\s+(?:the\s+)?(?:end\b|q[1-4]\b|h[12]\b|launch\b|next\b|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*|(?:19|20)\d\d\b)|\b" + _DIRECTION
    + r"\b(?:\s+[\w'-]+){0,6}?\s+(?:in\s+half|by\s+(?:half|a\s+third|a\s+quarter))\b",
    re.I,
)
# A level set at a value: "uptime of the public API at 99.95%"; not one stated before or after
# the level ("the report shows day-30 retention at 18%", "uptime is at 99.2%").
_LEVEL_AT = re.compile(
    r"\b" + _LEVEL + r"\b(?:\s+(?!" + _STATED + r"\b)[\w'-]+){0,5}?\s+at\s+" + _MEASURE, re.I
)
_STATED_BEFORE = re.compile(r"\b" + _STATED + r"\b(?:\s+[\w'-]+){0,3}?\s*$", re.I)
# A change that is a quantity whatever it applies to: "halve the support backlog", "double the
# number of ...", "shave 200 ms off the page load" (not "had halved their usage": a past fact);
# a comparison an expectation names: "we expect fewer abandoned carts".
_CHANGE = re.compile(
    r"\bhalv(?:e|es|ing)\b|\b(?:doubl|tripl|quadrupl)(?:e|es|ing)\s+(?:the|our|its|their)\b|"
    r"\b(?:shav|knock|tak|cut|trim|slash)\w*\s+" + _MEASURE + r"\s+(?:off|from)\b|"
    r"\b(?:expect\w*|should|will|would|aims?\s+(?:to|for)|want)\b(?:\s+[\w'-]+){0,4}?\s+"
    r"(?:fewer|more)\s+(?:[\w-]+\s+){0,2}?[\w-]+s\b",
    re.I,
)
# A comparative before a quantity or a counted thing names the direction by itself: "faster time
# to first byte", "fewer dropped frames", "lower p95 latency"; at the start of a title it needs
# no verb.
_COMPARATIVE = re.compile(
    r"^\W*(?:fewer|less|faster|quicker|shorter|lower|higher)\s+(?:[\w-]+\s+){0,2}?"
    + _QUANTITY + r"\b(?!\s+" + _THING + r"\b)|^\W*fewer\s+(?:[\w-]+\s+){0,2}?[\w-]+s\b|"
    r"\b(?:fewer|faster|quicker|shorter)\s+(?:[\w-]+\s+){0,1}?" + _QUANTITY + r"\b",
    re.I | re.M,
)
# A performance quality made better names a measurable direction: "make search feel faster",
# "make webhook delivery more reliable", "Faster cold builds", "crash less often". A
# comparative that describes a thing to build does not ("add faster shipping options", "a
# cheaper plan"), nor a proper name ("Faster Payments").
_BETTER = (
    r"(?:faster|quicker|speedier|snappier|more\s+(?:reliable|stable|responsive|available)|"
    r"less\s+(?:flaky|laggy|error-prone))"
)
_QUALITY = re.compile(
    r"\b(?i:mak(?:e|es|ing)|keep(?:s|ing)?)\s+(?:[\w'-]+\s+){1,6}?"
    r"(?i:(?:feel|seem|load|run|respond|start)s?\s+)?(?i:" + _BETTER + r")\b|"
    r"^\W*(?i:" + _BETTER + r")\s+(?:[a-z0-9][\w'-]*\s+){0,2}?[a-z][\w-]*s\b|"
    # work done sooner: "detect anomalies sooner", "resolve tickets faster for enterprise"
    r"\b(?i:detect|notice|catch|flag|spot|resolve|answer|respond|recover|restore|deliver|"
    r"settle|approve|onboard|ship|fix|close|process|review|publish|load|render|start|run|"
    r"finish|complete|surface|identify|find|pay|refund|dispatch|reply)\w*\s+(?:[\w'-]+\s+){0,6}?"
    r"(?i:faster|quicker|more\s+quickly)"
    r"\b(?=\s*(?:$|[.,;:!?)]|(?i:for|on|in|at|when|after|than|so|and|to|with|by|during|"
    r"across|from|while)\b))|"
    r"(?<!(?i:the) )\b(?i:sooner)\b(?!\s+(?i:or\s+later|than\s+planned))",
    re.M,
)
# Something that happens to people or devices less often names a frequency moved: "need
# charging less often", "drop its Wi-Fi connection less often"; a system told to act less often
# ("sync less often", "remind users less often") is a setting.
_LESS_OFTEN = re.compile(r"\b(?:less\s+(?:often|frequently)|(?:fewer|less)\s+times)\b", re.I)
_TOLD_TO_ACT = re.compile(
    r"\b(?:sync|poll|ping|send|e?mail|ring|show|run|retry|fetch|check|nudge|notify|remind|"
    r"prompt|refresh|rotate|back\s+up|scan|crawl|post)(?:s|es|ed|ing)?\b(?:\s+[\w'-]+){0,2}?\s*$",
    re.I,
)
# A counted population a direction moves: "increase daily active users", "grow paying teams".
_COUNTED = re.compile(
    r"\b" + _DIRECTION + r"\b(?:\s+(?:the|our|its|their|number\s+of|more|fewer))?\s+"
    r"(?:daily|weekly|monthly|active|paying|paid|returning|repeat|retained)\s+(?:[\w-]+\s+)?"
    r"[\w-]+s\b|"
    # counted events, good or bad: "reduce failed payouts", "cut duplicate tickets"
    r"\b(?:cut|cuts|cutting|reduc\w*|lower\w*|decreas\w*|halv\w*|rais\w*|increas\w*|"
    r"grow\w*|boost\w*|doubl\w*|minimi[sz]\w*|maximi[sz]\w*|slash\w*|eliminat\w*)"
    r"(?:\s+(?:the|our|its|their|number\s+of))?\s+(?:failed|missed|abandoned|duplicate|"
    r"manual|late|lost|dropped|declined|cancell?ed|stuck|unanswered|unresolved|rejected|"
    r"bounced|flaky|broken|overdue|wasted|successful|completed|on-time|first-time|"
    r"qualified|misrouted|disputed|fraudulent|undelivered|no-show)\s+(?:[\w-]+\s+)?[\w-]+s\b",
    re.I,
)
# A marker that can only be followed by a metric: "Success metric: ...", "measured by ...".
_METRIC_MARKER = re.compile(
    r"\b(?:success|north[- ]star|primary|key|guardrail|target)\s+metrics?\s*(?::|is\b|are\b|"
    r"will\s+be\b)|\bmeasured\s+(?:by|with|via|as|in)\b|\bwe(?:'ll|\s+will)\s+(?:measure|track)\b",
    re.I,
)
# A setting, a limit or a version changed "from 15 to 30" or capped "at most 50" is
# configuration, not an outcome: the words just before the numbers say so, or the numbers are
# versions, or what is counted after them is a page's or a request's size.
_SETTING_BEFORE = re.compile(
    r"\b(bump\w*|upgrad\w*|updat\w*|migrat\w*|pin\w*|versions?|timeouts?|ttl|intervals?|"
    r"limits?|quotas?|caps?|max(?:imum)?|page\s+size|defaults?|batch|pool|replicas?|retries|"
    r"set(?!\s+up\b)|sets|configur\w*|autoscal\w*|thresholds?|"
    r"(?:retention|trial|grace|notice|cooling-off|billing|lock-?out|session)\s+(?:periods?|windows?)|"
    # "support" alone is as often the noun ("support wait times"): the verb is "supports" or
    # "support up to 50"
    r"allows|supports|accepts|(?:allow|support|accept)(?=\s+(?:up\s+to|at\s+most|\d))|"
    r"up\s+to|scal\w*|resiz\w*|provision\w*)\b[^.;:!?]{0,25}$",
    re.I,
)
# ... unless what the setting word leads to is a level: "free-to-paid upgrade rate to 3.5%".
_LEVEL_AFTER_SETTING = re.compile(r"\b(?:" + _LEVEL + r")\b", re.I)
# A bound in a condition is a trigger, not a target: "a badge when fewer than 5 units remain",
# "page on-call if p95 is above 2 s".
_CONDITION_BEFORE = re.compile(
    r"\b(?:when|whenever|if|once|unless|until)\b[^.;:!?,]*$|"
    # ... or which things a rule applies to: "orders delayed more than 5 days"
    r"\b(?:delayed|idle|inactive|overdue|late|stale|older|aged|open|unpaid|pending|dormant|"
    r"outstanding|remaining|unused)\s*$",
    re.I,
)
_VERSION = re.compile(r"\bv?\d+\.\d+\.\d+|\bv\d", re.I)
_CONFIG_AFTER = re.compile(
    r"^\s*(?:results|items|rows|entries|records|characters|chars|seats|retries|attempts|files|"
    r"requests|connections|per\s+(?:page|request|call|batch|file|upload)|brokers|nodes|"
    r"replicas|instances|servers|pods|shards|partitions|workers|machines|vms|cores|gpus|"
    r"threads|containers|clusters)\b",
    re.I,
)
_WORDS = re.compile(r"[^\W\d_]+")
_ORDINAL = re.compile(r"(?<!\d)\d+(?:st|nd|rd|th)s?\b", re.I)


def kr_references(text: str) -> list[str]:
    """Key-result ids cited in the text, as written."""
    return [m.group(0).replace(" ", "") for m in _KR_REF.finditer(text)]


def names_metric(text: str, metric_names: Iterable[str] = (), kr_ids: Iterable[str] = ()) -> bool:
    """True when the text says which metric or key result it expects to move."""
    if kr_references(text) or _mentions_any(text, kr_ids):
        return True
    if _mentions_any(text, _metric_phrases(metric_names)):
        return True
    text = spelled_numbers_as_digits(text)
    if _has_measurable_marker(text):
        return True
    if any(not _is_setting(text, m) for p in (_NUMERIC_TARGET, _TARGET)
           for m in p.finditer(text)):
        return True
    return any(p.search(text) for p in (_DIRECTED, _EXPECTATION, _HELP_OUTCOME, _LEVEL_TARGET,
                                        _COUNTED, _CHANGE, _COMPARATIVE, _QUALITY)) \
        or _happens_less_often(text) or _level_set_at(text)


def _level_set_at(text: str) -> bool:
    return any(not _STATED_BEFORE.search(text[max(0, m.start() - 40) : m.start()])
               for m in _LEVEL_AT.finditer(text))


def _happens_less_often(text: str) -> bool:
    return any(not _TOLD_TO_ACT.search(text[max(0, m.start() - 50) : m.start()])
               for m in _LESS_OFTEN.finditer(text))


def _is_setting(text: str, match: re.Match[str]) -> bool:
    """A "from 15 to 30" or "at most 50" that changes a setting, a limit, a capacity or a
    version, or that says when something happens rather than where a level should go."""
    before = text[max(0, match.start() - 40) : match.start()]
    setting = _SETTING_BEFORE.search(before)
    return bool(_VERSION.search(match.group(0))
                or (setting and not _LEVEL_AFTER_SETTING.search(before[setting.end(1):]))
                or _CONDITION_BEFORE.search(text[max(0, match.start() - 60) : match.start()])
                or _CONFIG_AFTER.search(text[match.end() : match.end() + 30]))


def spelled_numbers_as_digits(text: str) -> str:
    """The text with cardinal numbers written in words as digits, read by text2num ("from three
    to one" -> "from 3 to 1", "twenty-five percent" -> "25 percent"). Ordinals stay words: they
    rank, they do not count ("a second PR", "in a second", "two thirds")."""
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
        kept += before[i1:i2] if ordinal else into
    return " ".join(kept)


def _has_measurable_marker(text: str) -> bool:
    """A "Success metric:" or "measured by" names a metric when any words follow it; a looser
    marker ("Goal:", "KPI") counts only when something measurable follows it."""
    for match in _METRIC_MARKER.finditer(text):
        if len(_WORDS.findall(text[match.end() : match.end() + 80])) >= 2:
            return True
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
