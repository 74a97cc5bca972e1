"""How specs say which outcome they will move: the phrasings the metric rule
(checker/embedded/metrics.py) reads, as regular expressions.

Each pattern is one way of naming an outcome (a direction on a quantity, a target, a level to
reach, a change by an amount) or one way a number is *not* an outcome (a setting, a capacity, a
version, a trigger, a stated level). Built and measured on tests/data/metrics/sentences.jsonl.
"""

from __future__ import annotations

import re

MARKER = re.compile(
    r"\b(success|north[- ]star|primary|key|target|guardrail)\s+metrics?\b|\bmetrics?\s*:|"
    r"\b(kpi|okr)s?\b|\bkr\s*:|\bsuccess\s+(?:looks like|means|is)\b|"
    r"\b(target|goal|objective|outcome|measure|expected impact|impact|hypothes[ie]s|"
    r"expected\s+(?:effect|outcome|result)s?|success\s+criteri(?:a|on))\s*:|"
    r"\b(?:target|goal|aim|objective)\s+(?:is|here\s+is|will\s+be)\b|"
    r"\bmeasured? (by|with|via)\b|\bwe(?:'ll| will) (measure|track|watch)\b",
    re.I,
)
# Verbs that move a quantity one way or the other.
DIRECTION = (
    r"(?:cut|cuts|cutting|reduc\w*|lower\w*|decreas\w*|shrink\w*|shorten\w*|trim\w*|halv\w*|"
    r"shav(?:e|es|ing)\b|drop(?:ping)?\b|drops\b(?!\s+per\b)|rais\w*|increas\w*|grow\w*|lift\w*|boost\w*|doubl\w*|tripl\w*|"
    r"speed(?:s|ing)?\s+up|(?:driv|push)\w*\s+(?:up|down)|minimi[sz]\w*|maximi[sz]\w*|slash\w*|"
    r"eliminat\w*|quadrupl\w*|deflect\w*)"
)
# Verbs that say "better" without saying which way a count goes: they move a level ("improve
# conversion"), while "improve the experience of booking" names no quantity.
WEAK_DIRECTION = r"(?:improv\w*|driv\w*|bring\w*|accelerat\w*|mov(?:e|es|ing)|bump\w*)"
# The field's standard metric names and abbreviations (spend and margin; per-user and funnel
# figures; service levels; web vitals): each is a quantity whatever the sentence.
METRIC_TERMS = (
    r"spend|margins?|profit|sales|gmv|aov|arpu|ltv|cac|cpa|ctr|dau|wau|mau|sla|slo|mttr|mttd|"
    r"ttfb|lcp|inp|fcp|tti|cls|csat|ces|utili[sz]ation|occupancy|yield|recall|precision|f1|"
    r"arppu|arpa|arpdau|oee|first\s+contentful\s+paint|largest\s+contentful\s+paint|"
    r"time\s+to\s+interactive|cold\s+starts?|turnaround|click-?throughs?"
)
# Things that can be counted or timed: what a direction or a target applies to.
QUANTITY = (
    r"(?:time|times|rate|share|percentage|percent|proportion|ratio|number|count|median|average|"
    r"mean|p\d\d|latency|duration|conversion|(?<!log\s)(?<!data\s)retention|churn|revenue|mrr|arr|nrr|costs?|nps|score|"
    r"accuracy|drop-off|abandonment|adoption|success|uptime|availability|errors?|no-shows?|"
    r"installs?|sign-?ups?|bookings?|wait|resolution|throughput|weight|tickets?|escalations?|"
    r"handoffs?|alerts?|incidents?|crash(?:es)?|(?<![\w-])[\w-]+-rate|completion|attrition|turnover|"
    r"satisfaction|engagement|memory|footprint|bounces?|refunds?|complaints?|defects?|"
    r"intensity|emissions|consumption|usage|coverage|frequency|downtime|outages?|failures?|"
    r"chargebacks?|backlog|lead\s+time|load\s+times?|traffic|visits|visitors|sessions|"
    r"page\s?views|downloads|leads|orders|purchases|subscribers|registrations|enrol+ments|"
    r"renewals|referrals|activations|volume|claims|calls|contacts|(?:packet\s+)?loss|losses|stock-?outs?|out-of-stocks?|"
    r"write-offs?|spoilage|waste|(?:water|energy|fuel|power|electricity|gas|data|cpu|disk)\s+use|"
    r"(?<!\bas\s)per\s+(?!the\b|our\b|your\b|their\b|its\b|cent\b)[\w-]+|"
    r"(?:basket|cart|deal|ticket|order|download|bundle|payload|page)\s+(?:size|value)|"
    r"attendance|bill|invoices?\s+paid|"
    + METRIC_TERMS + r")"
)
QUANTITY_WORD = re.compile(r"\b" + QUANTITY + r"\b", re.I)
# Parts of code and layout a change makes fewer or more of without moving an outcome:
# "minimize dependencies in the CLI package", "reduce padding on mobile cards".
CODE_THING = (
    r"(?:dependencies|variables|globals|classes|modules|imports|abstractions|layers|paddings?|"
    r"spacings?|borders?|radius|radii|shadows?|animations?|videos?|segments?)"
)
# Quantities that are levels, not things: "the share to rise" names an outcome, while "install"
# or "tickets" before "drops" is usually a noun or verb about something else ("the install
# redirect drops the org").
LEVEL = (
    r"(?:time|rate|share|percentage|proportion|ratio|median|average|latency|duration|conversion|"
    r"(?<!log\s)(?<!data\s)(?<!backup\s)retention|churn|revenue|cost|nps|score|accuracy|"
    r"uptime|availability|activation|(?<![\w-])[\w-]+-rate|turnaround)"
)
# Nouns that make the quantity word before them a modifier of a thing: "the error message",
# "the time picker", "rate limits" are things to build, not quantities to move.
THING = (
    r"(?:messages?|pickers?|zones?|slots?|buttons?|fields?|columns?|dialogs?|labels?|formats?|"
    r"stamps?|handling|handlers?|pages?|screens?|charts?|graphs?|reports?|widgets?|settings?|"
    r"polic(?:y|ies)|inputs?|filters?|tabs?|banners?|modals?|cards?|dashboards?|views?|tables?|"
    r"limits?|logs?|copy|icons?|colou?rs?|fonts?|plans?|cards?|periods?|windows?|intervals?|"
    r"timeouts?|schedules?|thresholds?)"
)
# What a weak verb can move: levels and measures, not counted things.
WEAK_QUANTITY = (
    r"(?:" + LEVEL + r"|resolution|completion|coverage|satisfaction|engagement|"
    r"attrition|turnover|abandonment|drop-off|adoption|throughput|p\d\d|" + METRIC_TERMS + r")"
)
# A verb after these states a past fact, not an outcome to move: "had halved their usage",
# "we've already cut costs".
NOT_PAST = (
    r"(?<!\bhad )(?<!\bhas )(?<!\bhave )(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!'ve )"
    r"(?<!\balready )"
)
DIRECTED = re.compile(
    NOT_PAST + r"\b" + DIRECTION
    + r"\b(?!\s+(?:the\s+)?(?:max|maximum|min|minimum|default|allowed|concurrent)\b)"
    r"(?:\s+[^\s.;:!?]+){0,6}?\s+" + QUANTITY + r"\b(?!\s+" + THING
    + r"\b)|"
    r"\b" + WEAK_DIRECTION + r"\b(?:\s+[^\s.;:!?]+){0,6}?\s+" + WEAK_QUANTITY
    + r"\b(?!\s+" + THING + r"\b)|"
    # a comparative before a level: "a higher first-attempt authorization success rate"
    r"\b(?:higher|lower|better|greater|smaller|shorter)\s+(?:[\w'-]+\s+){0,3}?" + LEVEL
    + r"\b(?!\s+" + THING + r"\b)|"
    r"\b" + LEVEL + r"\b(?:\s+[\w'-]+){0,3}?\s+(?:to\s+)?"
    r"(?:rises?|falls?|drops?|goes\s+(?:up|down)|improves?|shrinks?|grows?|climbs?|recovers?|"
    r"rebounds?|bounces?\s+back)\b|"
    # an error made less often: "reduce mislabeling of wake as light sleep"
    + NOT_PAST + r"\b(?:cut|cuts|reduc\w*|lower\w*|decreas\w*|minimi[sz]\w*|eliminat\w*|halv\w*)"
    r"\s+(?:the\s+)?mis[\w-]+ing\b(?=\s+(?:of|in|at|on|by|between|across|from)\b|\s*(?:$|[.,;:!?)]))",
    re.I,
)
WORD_NUMBER = r"(?:one|two|three|four|five|six|ten|twenty|half|zero)"
UNIT = (
    r"(?:%|x|ms|s|sec|seconds?|min|minutes?|h|hours?|days?|weeks?|months?|years?|points?|mb|gb|k)"
)
TARGET = re.compile(
    # "accounts with fewer than ten providers" is a scope, not a target.
    r"(?<!with )(?<!for )(?<!having )(?<!have )(?<!has )"
    r"\b(?:under|below|above|over|at least|at most|fewer than|less than|more than|within|"
    r"no more than|no longer than|not more than|not longer than|no slower than|or better|"
    r"or less|(?<!the\s)past|beyond)\s+(?:~|about\s+)?[$€£]?(?:(?<![\d,.])\d[\d,.]*+|"
    + WORD_NUMBER
    + r")\s?" + UNIT + r"?(?!\w|\.\d)|"
    r"\b(?:within|under|in\s+under|in\s+less\s+than|below)\s+(?:the|an|a|one)\s+"
    r"(?:second|minute|hour|day|week|month)\b|"
    r"\bto\s+(?:~\s?)?(?<![\d,.])\d[\d.]*+\s?%|\bon\s+(?<![\d,.])\d[\d.]*+\s?%\s+of\b|"
    r"\bto\s+(?:(?:near|nearly|almost|close\s+to|virtually)\s+)?(?:zero|0)\b(?![.,]\d)|"
    # a band to stay in: "within a 24 to 36 hour range", "between 2 and 4 days"
    r"\b(?:within|between)\s+(?:an?\s+|the\s+)?(?<![\d,.])\d[\d.]*+\s?" + UNIT
    + r"?\s*(?:to|and|-|–)\s*(?<![\d,.])\d[\d.]*+\s?-?" + UNIT + r"(?![\w.])",
    re.I,
)
OUTCOME_VERB = (
    r"(move|moves|lift|lifts|raise|raises|grow|grows|cut|cuts|reduce|reduces|lower|lowers|"
    r"increase|increases|improve|improves|boost|boosts|drive|drives|shrink|shrinks|"
    r"halve|halves|double|doubles|decrease|decreases)"
)
# What an expectation or a help can move: the quantities above, and the few counts and units
# that only follow such a verb ("should grow expansion", "will cut 3 days").
EXPECTED_QUANTITY = (
    r"(?:" + QUANTITY + r"|activation|cycle|contributors?|expansion|logos?|deals?|nrr|grr|"
    r"hit\s+rate|days|minutes|hours|seconds|%)"
)
EXPECTATION = re.compile(
    r"\b(should|expected to|expect(?:ed)? it to|aims? to|intended to|meant to|will|would)\s+"
    r"(?:help\s+)?(?:\w+\s+){0,1}" + OUTCOME_VERB + r"\b(?:\s+\w+){0,6}?\s*\b" + EXPECTED_QUANTITY
    + r"(?!\w)",
    re.I,
)
HELP_OUTCOME = re.compile(
    r"\b(should|expected to|will|would|meant to|aims? to)\s+(help|lift|grow|move|raise|improve|"
    r"cut|reduce|boost)\s+(?:the\s+)?(?!it\b|this\b|us\b|them\b)([\w-]+\s+){0,4}?"
    + EXPECTED_QUANTITY + r"\b",
    re.I,
)
# A clock time ("from 7 to 10am") is a schedule, not a target.
NUMBER = (
    r"(?:about\s+|around\s+|roughly\s+|approximately\s+|avg\.?\s+|average\s+|an\s+average\s+of\s+)?"
    r"[~<>≤≥]?\s?[$€£]?(?<![\d,.])\d[\d,.]*+(?!\s?(?:am|pm|:\d)\b)\s?"
    r"(?:%|x|ms|s|sec|seconds|min|minutes|h|hours|days?|weeks?|k|m|[kmgt]b)?"
)
# Where a level ends up that is no number: "cut from 2 days to same day".
TO_LEVEL = r"(?:" + NUMBER + r"|same[\s-]day|next[\s-]day|real[\s-]time|zero|none)"
# What makes a loose marker ("Goal:", "Hypothesis:") name a metric: a number, a level, or a
# count said to move; not any quantity word ("Success metrics: the tone of contributor threads").
MEASURABLE = re.compile(
    r"\d|\bzero\b|\b(rate|share|ratio|percent|p\d\d|median|mean|average|time to|duration|latency|"
    r"retention|conversion|nrr|grr|arr|mrr|revenue|churn|activation|count of|number of|"
    r"cycle|hit rate|uptime|availability|errors?|installs?|logos?|kr|"
    r"(?:more|fewer|higher|lower)\s+(?:[\w%-]+\s+){0,3}?[\w-]+s|" + METRIC_TERMS + r")\b",
    re.I,
)
NUMERIC_TARGET = re.compile(
    # "OEE 68% → 75%"
    r"(?<![\d,.])\d[\d,.]*+\s?" + UNIT + r"?\s*(?:→|->|=>)\s*~?\d|"
    r"\bfrom\s+" + NUMBER + r"\s+(?:\w+\s+){0,3}?to\s+" + TO_LEVEL + r"|"
    # a share of a population brought somewhere: "get 30% of active drivers onto the dashboard"
    r"\b(?:get|gets|getting|bring|brings|onboard|convert)\s+(?:~\s?|about\s+|over\s+|at\s+least\s+)?"
    r"(?<![\d,.])\d[\d.]*+\s?%\s+of\b|"
    r"\b(?:get|gets|getting|bring|brings|take|takes)\s+(?:\w+\s+){0,3}?to\s+" + NUMBER + r"|"
    r"\b(?:make|makes|making)\s+(?:it|this|that)\s+" + NUMBER + r"|"
    # "reduce that to 4 weeks", "cut the wait to 10 minutes"
    r"\b(?:reduc\w*|cut|cuts|lower\w*|decreas\w*|rais\w*|increas\w*|shrink\w*|grow\w*|"
    r"boost\w*|drop\w*|bring\w*|halv\w*)\s+(?:[\w-]+\s+){0,4}?(?:down\s+|up\s+)?to\s+"
    r"(?:~\s?|about\s+|around\s+)?(?<![\d,.])\d[\d,.]*+\s?(?:%|percent\b|ms\b|s\b|secs?\b|"
    r"seconds?\b|mins?\b|minutes?\b|h\b|hrs?\b|hours?\b|days?\b|weeks?\b|months?\b)|"
    r"\b(?:target|goal|aim)\w*\b[^.\n]{0,60}?\d|"
    r"\bby\s+(?:roughly\s+|about\s+|around\s+|some\s+|approximately\s+|~\s?)?"
    r"(?<![\d,.])\d[\d.]*+\s?%|"
    r"\b(?:under|below|above|at least|at most)\s+(?<![\d,.])\d[\d.]*+\s?%",
    re.I,
)

# A number with a unit: a level, where a bare count ("3 stores") is not one.
MEASURE = (
    # A number starts where no digit, comma or dot is before it: without that, a run of digits
    # (a pasted CSV) is rescanned from every position, in quadratic time.
    r"~?\s?[$€£]?(?<![\d,.])\d[\d,.]*+\s?(?:%|percent\b|pp\b|points?\b|x\b|ms\b|s\b|secs?\b|"
    r"seconds?\b|"
    r"mins?\b|minutes?\b|h\b|hrs?\b|hours?\b|days?\b|weeks?\b)"
)
# Where a sentence asks for something ("to", a modal, "make ... reach"), not states it.
ASKED = (
    r"(?:^|[.;:!?]\s+|\b(?:to|should|shall|will|would|must|can|could|make|makes|making|help|"
    r"helps|let|lets|and|want|need)\s+(?:[\w'-]+\s+){0,8}?)"
)
# What a level is now, not where it should go: "uptime is at 99.2%".
STATED = (
    r"(?:is|are|was|were|stands?|stood|sits?|sat|sitting|currently|today|now|already|shows?|"
    r"showed|shown|reads|hovers?|hovering|averag\w*|remains?|remained|stays?|stayed)"
)
LEVEL_TARGET = re.compile(
    # a level to reach: "make the share reach 40%" (but "our emails reach 40% of users" is a fact)
    ASKED + r"(?:reach|hit|attain|achieve|get\s+to)\b(?:\s+[\w'-]+){0,4}?\s+(?:at\s+)?"
    + MEASURE + r"|"
    # a bound after the number: "at 99.95% or better", "in 2 days or less"
    + MEASURE + r"\s+or\s+(?:better|more|higher|greater|above|over|less|lower|fewer|below|"
    r"under|faster|sooner|quicker)\b|"
    # a comparison sign after a quantity: "p95 latency < 300 ms", "error rate <= 0.1%"
    # ("times out on projects with >500 pipelines" is a scope)
    r"\b" + QUANTITY + r"\b(?!\s+out\b)(?:\s+[\w'-]+){0,6}?(?<!\bwith)(?<!\bfor)(?<!\bof)"
    r"\s*(?:[<>≤≥]=?|=<)\s*~?\s?[$€£]?\d|"
    # a signed change: "+10% new funded accounts", "-15% refunds"
    # (a price is no outcome: "at +35% surcharge")
    r"(?<![\w.+-])[+-]\d[\d.]*\s?(?:%|pp\b|points?\b)(?!\s*(?:surcharge|fee|mark-?up|premium|"
    r"discount|off\b|commission|tax|vat|price))|"
    # a change by an amount said with a verb: "should drop ~10%", "rises by 5 points"
    r"\b(?:drop|drops|fall|falls|rise|rises|grow|grows|shrink|shrinks|climb|climbs|decline|"
    r"declines|improve|improves|jump|jumps)\s+(?:by\s+)?(?:about\s+|roughly\s+|around\s+|"
    r"nearly\s+|~\s?)?(?<![\d,.])\d[\d.]*+\s?(?:%|percent\b|pp\b|pts?\b|points?\b)|"
    # a score or rating to reach: "CSAT to 4.5+", "NPS above 40"
    r"\b(?:csat|nps|ces|score|rating|stars?)\s+(?:of\s+)?(?:to|above|over)\s+\d|"
    # a multiple: "3x faster", "2 times more", "twice as fast", "half as many"
    r"\b(?:(?<![\d,.])\d[\d.]*+\s?x|(?<![\d,.])\d[\d.]*+\s+times|twice|half)\s+"
    r"(?:as\s+\w+|faster|quicker|slower|"
    r"cheaper|more|fewer|less|higher|lower|better|smaller|bigger|larger)\b|"
    # a change by an amount: "down 30%", "up by 5 points", "cut in half", "by a third"; not a
    # duration ("both down ~6 min" is an outage)
    r"\b(?:up|down)\s+(?:by\s+)?~?(?<![\d,.])\d[\d,.]*+\s?(?:%|percent\b|pp\b|pts?\b|points?\b)|"
    r"\bdown\s+to\s+(?:" + MEASURE + r"|single\s+digits|zero\b|\d|same[\s-]day\b|"
    r"next[\s-]day\b|real[\s-]time\b|one\s+day\b)|"
    r"\b(?:past|beyond|above|over)\s+(?:half|a\s+third|a\s+quarter)\s+of\b|"
    r"\b(?:under|below|above|over|within)\s+(?:the|a|an|our)\s+" + MEASURE + r"|"
    r"" + MEASURE + r"\s+by\s+(?:the\s+)?(?:end\b|q[1-4]\b|h[12]\b|launch\b|next\b|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*|(?:19|20)\d\d\b)|\b" + DIRECTION
    + r"\b(?:\s+[\w'-]+){0,6}?\s+(?:in\s+half|by\s+(?:roughly\s+|about\s+|nearly\s+|almost\s+|"
    r"more\s+than\s+)?(?:half|a\s+third|a\s+quarter))\b",
    re.I,
)
# A level set at a value: "uptime of the public API at 99.95%"; not one stated before or after
# the level ("the report shows day-30 retention at 18%", "uptime is at 99.2%").
LEVEL_AT = re.compile(
    r"(?<!-)\b" + LEVEL + r"\b(?:\s+(?!" + STATED + r"\b)[\w'-]+){0,5}?\s+at\s+" + MEASURE, re.I
)
STATED_BEFORE = re.compile(r"\b" + STATED + r"\b(?:\s+[\w'-]+){0,3}?\s*$", re.I)
# A change that is a quantity whatever it applies to: "halve the support backlog", "double the
# number of ...", "shave 200 ms off the page load" (not "had halved their usage": a past fact);
# a comparison an expectation names: "we expect fewer abandoned carts".
CHANGE = re.compile(
    r"\bhalv(?:e|es|ing)\b|\b(?:doubl|tripl|quadrupl)(?:e|es|ing)\s+(?:the|our|its|their)\b|"
    r"\b(?:shav|knock|tak|cut|trim|slash)\w*\s+" + MEASURE + r"\s+(?:off|from)\b|"
    r"\b(?:expect\w*|should|will|would|aims?\s+(?:to|for)|want)\b(?:\s+[\w'-]+){0,4}?\s+"
    r"(?:(?:fewer|more)\s+(?:[\w-]+\s+){0,2}?[\w-]+s\b|less\s+(?:[\w-]+\s+){0,2}?[\w-]{4,}|"
    r"(?:higher|lower|better|bigger|smaller)\s+(?:[\w-]+\s+){0,2}?" + QUANTITY + r"\b)|"
    # "cycle time down to same day", "conversion up by a third"
    r"\b" + QUANTITY + r"\s+(?:down\s+(?:to|by)|up\s+by)\b|"
    # "conversion to double", "we expect tickets to halve"
    r"\b" + QUANTITY + r"\b(?:\s+[\w'-]+){0,3}?\s+to\s+(?:double|triple|halve)\b|"
    # "we want the query rate down", "get the bill down"
    r"\b(?:want|get|gets|getting|need|keep|push)\s+(?:the\s+|our\s+|its\s+|their\s+)?"
    r"(?:[\w-]+\s+){0,3}?" + QUANTITY + r"\s+(?:back\s+)?(?:down|up)\b|"
    # "want the share of launches delayed by label approval (~25% last year) way down"
    r"\b(?:want|wants|need|needs)\s+(?:the|our|its|their)\s+(?:[\w-]+\s+){0,2}?" + QUANTITY
    + r"\b(?!\s+" + THING + r"\b)[^.;!?]{0,60}?\s(?<!set\s)(?<!sign\s)(?:way\s+|well\s+|much\s+|"
    r"back\s+)?(?:down|up)(?=\s*(?:$|[.,;!?)]))|"
    # "recover more failed renewals", "retain more trial teams"
    r"\b(?:recover|retain|convert|win\s+back|save|activate|resolve|close|help|enrol|enroll|"
    r"sign\s+up|onboard|acquire|recruit)\w*\s+(?:\d[\d,.]*\s+)?more\s+"
    r"(?:[\w-]+\s+){0,2}?[\w-]+s\b|"
    # "fewer of them walk away", "so fewer get reopened"
    r"\bfewer\s+(?:of\s+(?:them|those|these)|get|are|reach|end\s+up|go|walk|drop|need|call|"
    r"churn|fail|miss|leave|come\s+back)\b",
    re.I,
)
# A comparative before a quantity or a counted thing names the direction by itself: "faster time
# to first byte", "fewer dropped frames", "lower p95 latency"; at the start of a title it needs
# no verb.
COMPARATIVE = re.compile(
    r"^[^\w\n]*(?:fewer|less|faster|quicker|shorter|lower|higher)\s+(?:[\w-]+\s+){0,2}?"
    + QUANTITY + r"\b(?!\s+" + THING + r"\b)|^[^\w\n]*fewer\s+(?:[\w-]+\s+){0,2}?[\w-]+s\b|"
    r"\b(?:fewer|faster|quicker|shorter|less)\s+(?:[\w-]+\s+){0,2}?" + QUANTITY + r"\b(?!\s+"
    + THING + r"\b)",
    re.I | re.M,
)
# A performance quality made better names a measurable direction: "make search feel faster",
# "make webhook delivery more reliable", "Faster cold builds", "crash less often". A
# comparative that describes a thing to build does not ("add faster shipping options", "a
# cheaper plan"), nor a proper name ("Faster Payments").
BETTER = (
    # (not "snappier": two authors of three read "feel snappier" as a vague wish)
    r"(?:faster|quicker|speedier|more\s+(?:reliable|stable|responsive|available)|"
    r"less\s+(?:flaky|laggy|error-prone))"
)
QUALITY = re.compile(
    r"\b(?i:mak(?:e|es|ing)|keep(?:s|ing)?)\s+(?:[\w'-]+\s+){1,6}?"
    r"(?i:(?:feel|seem|load|run|respond|start)s?\s+)?(?i:" + BETTER + r")\b|"
    r"^[^\w\n]*(?i:" + BETTER + r")\s+(?:[a-z0-9][\w'-]*\s+){0,2}?[a-z][\w-]*s\b|"
    # work done sooner: "detect anomalies sooner", "resolve tickets faster for enterprise"
    r"\b(?i:detect|notice|catch|flag|spot|resolve|answer|respond|recover|restore|deliver|"
    r"settle|approve|onboard|ship|fix|close|process|review|publish|load|render|start|run|"
    r"finish|complete|surface|identify|find|pay|refund|dispatch|reply)\w*\s+(?:[\w'-]+\s+){0,6}?"
    r"(?i:faster|quicker|sooner|more\s+quickly)"
    r"\b(?=\s*(?:$|[.,;:!?)]|(?i:for|on|in|at|when|after|than|so|and|to|with|by|during|"
    r"across|from|while)\b))",
    re.M,
)
# Something that happens to people or devices less often names a frequency moved: "need
# charging less often", "drop its Wi-Fi connection less often"; a system told to act less often
# ("sync less often", "remind users less often") is a setting.
LESS_OFTEN = re.compile(r"\b(?:less\s+(?:often|frequently)|(?:fewer|less)\s+times)\b", re.I)
TOLD_TO_ACT = re.compile(
    r"\b(?:sync|poll|ping|send|e?mail|ring|show|run|retry|fetch|check|nudge|notify|remind|"
    r"prompt|refresh|rotate|back\s+up|scan|crawl|post)(?:s|es|ed|ing)?\b(?:\s+[\w'-]+){0,2}?\s*$",
    re.I,
)
# A direction said about counted things in prose: "reduce mis-sorts at the hub", "so we have
# fewer failed payouts", "call volume to the contact center goes down", "the share who publish
# to go up", "time from offer to signed letter is shorter", "More sellers finishing setup".
COUNT_MOVED = re.compile(
    # (not a capability: "users will be able to cut videos into segments")
    NOT_PAST + r"(?<!able to )"
    r"\b(?:cut|cuts|cutting|reduc\w*|decreas\w*|halv\w*|increas\w*|grow|grows|growing|"
    r"boost\w*|minimi[sz]\w*|maximi[sz]\w*|slash\w*|eliminat\w*)\s+"
    # a limit raised is a setting: "increase max concurrent executions"
    r"(?!(?:the\s+)?(?:max|maximum|min|minimum|default|allowed|concurrent|font|icon|button|"
    r"image|text|tap|touch|column|row)\b)(?:the\s+|our\s+|its\s+|"
    r"their\s+)?(?:(?!(?:on|of|in|for|between|from|into|across|at|to|with)\b)[\w-]+\s+){0,3}?"
    r"(?!" + THING + r"\b|" + CODE_THING + r"\b)[\w-]*[^\Wsu\d]s\b(?!\s+" + THING + r"\b)|"
    r"(?<!\bshow )(?<!\bdisplay )(?<!\blist )(?<!\bsupport )(?<!['\"‘“])\bfewer\s+(?!than\b)"
    r"(?:[\w'\"‘’“”-]+\s+){0,4}?(?:[\w-]*[^\Wsu\d]s|people)\b|"
    # "so more requests get matched", "so that more players come back"
    r"\bso\s+(?:that\s+)?(?:many\s+)?more\s+(?:[\w-]+\s+){0,2}?(?:[\w-]*[^\Wsu\d]s|people)\b|"
    # "pipeline failures drop", "so that refunds fall below"
    r"\b" + QUANTITY + r"\b(?:\s+[\w'-]+){0,2}?\s+(?:drop|fall|decline|decrease|shrink|rise)s?"
    r"(?=\s*(?:$|[.,;!?)]|\s(?:to|by|below|under|from|over|after|once|when|and|sharply)\b))|"
    r"\b(?:cut|cuts|reduc\w*|lower\w*|decreas\w*|rais\w*|increas\w*|grow\w*|boost\w*)\s+"
    r"(?:the\s+)?(?:%|percent|percentage|share|proportion|number)\s+of\b|"
    # "get quote completion up", "push completion up", "bring handle time down"
    r"\b(?:get|gets|getting|push\w*|bring\w*|drive\w*|knock\w*)\s+(?:[\w-]+\s+){0,3}?"
    + WEAK_QUANTITY + r"\s+(?:back\s+)?(?:up|down)\b|"
    # "speed up indexing": a speed is a quantity whatever is sped up
    r"\bspeed(?:s|ing)?\s+up\b|"
    r"\b" + QUANTITY + r"\b(?:\s+[\w'/,-]+){0,8}?\s+(?:to\s+|will\s+|should\s+|would\s+)?"
    r"(?:go|goes|going|gets?|come|comes)\s+(?:up|down)\b|"
    r"\b" + QUANTITY + r"\b(?:\s+[\w'/,-]+){0,8}?\s+(?:is|are|gets?|becomes?|will\s+be|"
    r"should\s+be)\s+(?:shorter|lower|higher|faster|smaller|quicker)\b|"
    r"^[^\w\n]*(?:[\w -]{1,30}:\s*)?more\s+(?:[\w-]+\s+){0,2}?[\w-]+s\s+(?:finishing|completing|"
    r"returning|using|getting|coming|choosing|paying|buying|turning|signing|upgrading|renewing|converting|"
    r"activating|adopting|enabling|opting|staying|booking|ordering|reaching|passing|"
    r"submitting|inviting|publishing|sharing|enrolled|"
    r"signed|retained|activated|converted|sold|completed|closed|resolved|paid|delivered|approved|"
    r"published|booked|renewed|shipped)\b",
    re.I | re.M,
)
# A quantity named, then moved by a pronoun: "KYC pass rate is low ...; add guidance to bump it",
# "queue wait times are painful - lower them".
PRONOUN_MOVED = re.compile(
    r"\b(?:cut|reduc\w*|lower\w*|decreas\w*|rais\w*|increas\w*|bump\w*|boost\w*|improv\w*|"
    r"shorten\w*|halv\w*|push\w*|bring\w*|get|lift\w*)\s+(?:it|them)\b(?:\s+(?:up|down|back))?"
    r"(?=\s*(?:$|[.,;!?)]|\s(?:to|by|below|under|from|over|with|before)\b))|"
    # "want it meaningfully lower", "Ops wants it under 500 a day"
    r"\b(?:want|wants|need|needs|get|keep|make|bring)\s+(?:it|them)\s+(?:\w+ly\s+)?"
    r"(?:lower|higher|down|up|shorter|faster|smaller|under|below|above|over)\b",
    re.I,
)
# A counted population a direction moves: "increase daily active users", "grow paying teams".
COUNTED = re.compile(
    NOT_PAST + r"\b" + DIRECTION + r"\b(?:\s+(?:the|our|its|their|number\s+of|more|fewer))?\s+"
    r"(?:daily|weekly|monthly|active|paying|paid|returning|repeat|retained)\s+(?:[\w-]+\s+)?"
    r"[\w-]+s\b|"
    # counted events, good or bad: "reduce failed payouts", "cut duplicate tickets"
    + NOT_PAST + r"\b(?:cut|cuts|cutting|reduc\w*|lower\w*|decreas\w*|halv\w*|rais\w*|"
    r"increas\w*|grow\w*|boost\w*|doubl\w*|minimi[sz]\w*|maximi[sz]\w*|slash\w*|eliminat\w*)"
    r"(?:\s+(?:the|our|its|their|number\s+of))?\s+(?:failed|missed|abandoned|duplicate|"
    r"manual|late|lost|dropped|declined|cancell?ed|stuck|unanswered|unresolved|rejected|"
    r"bounced|flaky|broken|overdue|wasted|successful|completed|on-time|first-time|"
    r"qualified|misrouted|disputed|fraudulent|undelivered|no-show)\s+(?:[\w-]+\s+)?[\w-]+s\b",
    re.I,
)
# A marker that can only be followed by a metric: "Success metric: ...", "measured by ...".
METRIC_MARKER = re.compile(
    r"\b(?:success|north[- ]star|primary|key|guardrail|target)\s+metrics?\s*(?::|is\b|are\b|"
    r"will\s+be\b)|\bmeasured\s+(?:by|with|via|as|in)\b|\bwe(?:'ll|\s+will)\s+(?:measure|track)\b",
    re.I,
)
