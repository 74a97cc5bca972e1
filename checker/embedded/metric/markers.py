"""The markers a spec names its outcome under, as regular expressions: a "Success metric:" or
"measured by" line, a looser "Goal:" / "Target:" / "KPI" / "Success:" with something measurable
after it, a "## Goals" or "**Success**" heading with a quantity, more or fewer things, or a count
by a date under it (the metric rule's case 4, checker/embedded/metric/rule.py). Split from
phrasing.py (twenty-second session, unchanged); built and measured on
tests/data/metrics/sentences.jsonl.
"""

from __future__ import annotations

import re

from checker.embedded.metric.patterns import LazyPattern
from checker.embedded.metric.words import (
    METRIC_TERMS,
    POPULATION,
    QUANTITY,
    SHARE_IN_WORDS,
    THING,
)

MARKER = LazyPattern(
    r"\b(success|north[- ]star|primary|key|target|guardrail)\s+metrics?\b|\bmetrics?\s*:|"
    # (not a thing named after them: "the KPI appendix", "the OKR dashboard")
    r"\b(kpi|okr)s?\b(?!\s+(?:" + THING + r"|appendix|appendices|packs?|decks?|reviews?|sheets?|"
    r"sections?|templates?|trees?|frameworks?|library|definitions?|owners?)\b)|\bkr\s*:|"
    r"\bsuccess\s+(?:looks like|means|is\b|=)|"
    r"\bwhat\s+we\s+want\s+(?:from|out\s+of)\s+(?:this|it)\s*:|"
    # (or the upside hoped for: "Upside: ~12k extra parcels/month", a blind locker network's)
    # (not bare "benefits": "Benefits: 25 days holiday", found by review)
    # (a hope or the wins said as the line: "Hope: online share of revenue ... up 5-8 points", "Two
    # wins: more girls signed up to a team", blind booking-software and football-club items)
    r"\b(target|goal|aim|objective|outcome|measure|expected impact|impact|hypothes[ie]s|upside|"
    r"hope|wins?|"
    r"expected\s+benefits?|"
    # (not an event's handler: "On success: show a toast", review)
    r"expected\s+(?:effect|outcome|result)s?|(?<!\bon\s)(?<!\bupon\s)(?<!\bif\s)(?<!\bafter\s)"
    r"success(?:\s+criteri(?:a|on)|\s+measures?)?)\s*:|"
    r"\b(?:target|goal|aim|objective)\s+(?:is|here\s+is|will\s+be)\b|"
    r"\bmeasured? (by|with|via)\b|\bwe(?:'ll| will) (measure|track|watch)\b|"
    # "Measure on share of search sessions ..." (not "benchmarks are measured on a c5.xlarge")
    r"(?m:(?:^[^\w\n]*|[.!?]\s+)measure\s+(?:on|against)\b)",
    re.I,
)

# A heading or a bold label on a line of its own: "## Goals", "**Success metrics**". What
# follows must name a quantity, not only hold a number ("## Goals\n- Support 3 languages").
HEADING_MARKER = LazyPattern(
    # ("## Objective\nSign **40 new draught accounts**", a blind cider maker's plan)
    r"^[ \t]*(?:#{1,6}[ \t]*|\*\*)(?:goals?|targets?|objectives?|aims?|success\s+metrics?|"
    r"metrics?|kpis?|"
    # ("### Success measure", "**Success**": a blind parking operator's and a CRO's specs)
    r"outcomes?|success(?:\s+(?:criteria|measures?|signals?))?|"
    r"expected\s+(?:impact|outcomes?))(?:\*\*)?[ \t]*:?[ \t]*$",
    re.I | re.M,
)

# More or fewer of something, as the first words under a success or target marker: "Success =
# more weekday parking landing in the multi-storeys", "### Success measure\nMore business season
# permits live" (blind parking operator's specs): what the work is to move, said with a direction
# (not "more than ...", a bound read elsewhere; nor "more detail to follow")
WANTED_MORE = LazyPattern(
    # (or a count signed: "### Success measure\n+400 new plans a year", a funeral co-op's spec)
    # (of things: not a quality, "Aim: more consistent naming", "Less clutter on the settings
    # page", found by review)
    r"\s*(?:\*\*)?(?:[+]\s?\d|(?:more|fewer)\s+(?!than\b|detail|details|info|information|to\s+follow\b|"
    r"soon\b|later\b|tbd\b|tbc\b|[\w-]+(?:ent|ive|ous|ful|able|ible|ic|al)\b)(?:[\w-]+\s+){0,3}?"
    r"[\w-]*(?:[^\Wsu\d]s|ing)\b|less\s+(?:[\w-]+\s+){0,2}?" + QUANTITY + r"\b)",
    re.I,
)

# A heading that names a target by itself: a number that is no date under it is the target
# ("### Target\n1,200 gift memberships sold by end of June", a blind wine retailer's spec)
TARGET_HEADING = LazyPattern(
    # ("## Upside\n~12k extra parcels/month at full rollout", a blind locker network's proposal)
    r"^[ \t]*(?:#{1,6}[ \t]*|\*\*)(?:targets?|kpis?|success\s+metrics?|upside|expected\s+"
    r"benefits?)(?:\*\*)?[ \t]*:?[ \t]*$",
    re.I | re.M,
)

# ... a count of things by a date or each period is such a target ("1,200 gift memberships sold
# by end of June"; not "Release 2.4", "iOS 17 and Android 14 devices", "SMBs with 10-50 staff")
COUNT_BY_A_DATE = LazyPattern(
    r"(?<![\w.])\d[\d,.]*\s?k?\+?\s+(?:[\w-]+\s+){0,2}?[\w-]*[^\Wsu\d]s\b[^.\n]{0,60}?"
    r"(?:\b(?:by|before|in|per|a|each)\s+|/)(?:the\s+)?(?:end|q[1-4]|h[12]|jan\w*|feb\w*|mar\w*|"
    r"apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*|month|week|quarter|year|"
    r"20\d\d)\b",
    re.I,
)

# What makes a loose marker ("Goal:", "Hypothesis:") name a metric: a number, a level, or a
# count said to move; not any quantity word ("Success metrics: the tone of contributor threads").
MEASURABLE = LazyPattern(
    r"\d|\bzero\b|\b(?:nearly|almost)\s+(?:every|all)\b|"
    # everyone brought into line: "Target is every adult with a team fully in date before the
    # first league weekend" (a blind football club's item)
    r"^\s*(?:every|all)\s+(?:[\w-]+\s+){0,5}?(?:fully\s+)?(?:in\s+date|up\s+to\s+date|compliant|"
    r"trained|certified|vaccinated|covered|checked)\b|"
    # ("Aim: requests on standard terms delivered within a week", "Aim: same-day approval",
    # a blind citizen-science app's and dental lab's items)
    r"\bwithin\s+(?:a|an|one|the)\s+(?:hour|day|week|fortnight|month)\b|\bsame[\s-]day\b|"
    r"\b(rate|share|ratio|percent|p\d\d|median|mean|average|time to|duration|latency|"
    r"retention|conversion|nrr|grr|arr|mrr|revenue|churn|activation|count of|number of|"
    r"cycle|hit rate|uptime|availability|errors?|installs?|logos?|kr|"
    # ("Expected effect: shorter stays and more people leaving to a planned home", a blind
    # homelessness charity's item)
    # (not "Target: longer passwords", "Goal: more people on the design review", review)
    r"(?:more|fewer|higher|lower|shorter|faster|quicker)\s+(?:[\w%-]+\s+){0,3}?"
    r"[\w-]+s|" + METRIC_TERMS + r")\b|"
    # a count said to fall or rise: "Aim: overdue boxes falling month on month, not rising" (a
    # blind records office's item)
    # (not things put up or plants grown: "Aim: signs going up at every branch", review)
    # ("Aim: overdue boxes to fall", "Aim: the backlog shrinking week on week", review)
    r"\b[\w-]+s\s+(?:to\s+)?(?:fall|falling|drop|dropping|decline|declining|shrink|shrinking|"
    r"rise|rising|climb|climbing)\b|"
    r"\b[\w-]+\s+(?:to\s+)?(?:fall|falling|drop|dropping|decline|declining|shrink|shrinking|rise|"
    r"rising|climb|climbing)\s+(?:(?:day|week|month|quarter|year)\s+on\s+(?:day|week|month|quarter|"
    r"year)|every\s+(?:week|month|quarter)|each\s+(?:week|month|quarter))\b|"
    # a count of failures brought to zero, as the goal itself: "Aim: no round-days lost for lack
    # of a vehicle" (not "Impact: none. No endpoints dropped")
    # ("Target: nothing overdue in zone A by the end of June", a blind parks department's item)
    r"^\s*(?:\*\*)?(?:no|nothing|none|zero|nobody|no\s+one)\s+(?:of\s+)?(?:[\w-]+\s+){0,3}?(?:lost|missed|"
    # ("Target: no manual re-keying of hours", a blind payroll bureau's item)
    r"cancell?ed|breached|rejected|abandoned|stranded|overdue|outstanding|late|unanswered|"
    r"re-?key\w*|re-?work\w*|re-?entered|manual\s+(?:entry|entries|re-?key\w*)|"
    r"unresolved|waiting\s+(?:more|longer|over))\b",
    re.I,
)

# A share in words right after a marker, as what is aimed at: "Aim: roughly half of all sessions
# start without the app" (not a date or today's progress: "Goal: live in the first half of
# 2026", "Goal: finish the port. About half of the screens are done.")
SHARE_AIMED = LazyPattern(
    # (or moved: "Goal: move about a third of these calls onto the app")
    r"\W*(?:(?:move|shift|get|bring|take)\s+)?(?:(?:roughly|about|around|at\s+least|over|more\s+than|nearly|almost)\s+)?"
    + SHARE_IN_WORDS + r"\s+of\s+(?:all\s+|our\s+)?"
    r"(?!the\b|(?:first|second|last|remaining|next|this|that|year|season|quarter|month|week|h[12]|"
    r"q[1-4]|20\d\d)\b)[a-z]",
    re.I,
)

# A marker that can only be followed by a metric: "Success metric: ...", "measured by ...".
METRIC_MARKER = LazyPattern(
    r"\b(?:success|north[- ]star|primary|key|guardrail|target)\s+metrics?\s*(?::|is\b|are\b|"
    r"will\s+be\b)|\bnorth[- ]star\s+(?:here\s+|for\s+this\s+)?(?:is|:)|"
    r"\bmeasured\s+(?:by|with|via|as|in)\b|\bwe(?:'ll|\s+will)\s+(?:measure|track)\b|"
    # a share to measure, in the clause after the work it measures: "Nudge more riders into
    # off-peak trips; measure share of trips outside 7-9am" (not a monitoring task of its own:
    # "Add Datadog monitors. Track the rate of 5xx responses")
    r";\s+(?:measure|track)\s+(?:the\s+)?(?:share|rate|percentage|proportion|ratio)\s+of\b",
    re.I,
)

# A count of those served, under a heading of goals: "## Objective\nSign **40 new draught
# accounts** in Devon & Cornwall" (a blind cider maker's plan; not "## Goals\n- Support 3
# languages").
COUNT_SERVED = LazyPattern(
    # (won, not moved or set up: "Migrate the 40 enterprise accounts", "Onboard the 3 pilot
    # customers", found by review)
    r"\b(?:sign|win|gain|acquire|recruit|reach|add|grow\s+to|get)\w*\s+(?:about\s+|~\s?)?"
    r"(?<![\d,.])\d[\d,.]*+\+?\s+(?:new\s+|more\s+|extra\s+|additional\s+)?(?:[\w-]+\s+){0,2}?"
    + POPULATION + r"\b",
    re.I,
)
