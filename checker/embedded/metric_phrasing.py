"""How specs say which outcome they will move: the phrasings the metric rule
(checker/embedded/metrics.py) reads, as regular expressions.

Each pattern is one way of naming an outcome (a direction on a quantity, a change by an amount,
a comparison, a quality made better, a marker such as "Success metric:") or one way a change is
*not* one (a system told to act less often). Targets and levels are in metric_levels.py, counts
and populations moved in metric_counts.py. Built and measured on
tests/data/metrics/sentences.jsonl.
"""

from __future__ import annotations

import re

from checker.embedded.metric_words import (
    ABOUT_AMOUNT,
    APPROX,
    BAND,
    BETTER,
    CODE_THING,
    DIRECTION,
    EARNED,
    EXPECTED_QUANTITY,
    FEW_POINTS,
    LEVEL,
    MEASURE,
    METRIC_TERMS,
    MONEY,
    NOT_A_PAID_CHANGE,
    NOT_PAST,
    OUTCOME_VERB,
    POPULATION,
    PRICE,
    QUANTITY,
    REPORTED_SPEECH,
    SHARE_IN_WORDS,
    SYSTEM_ABBREVIATIONS,
    THING,
    TITLE_LEAD,
    UNIT,
    WEAK_DIRECTION,
    WEAK_QUANTITY,
)

MARKER = re.compile(
    r"\b(success|north[- ]star|primary|key|target|guardrail)\s+metrics?\b|\bmetrics?\s*:|"
    # (not a thing named after them: "the KPI appendix", "the OKR dashboard")
    r"\b(kpi|okr)s?\b(?!\s+(?:" + THING + r"|appendix|appendices|packs?|decks?|reviews?|sheets?|"
    r"sections?|templates?|trees?|frameworks?|library|definitions?|owners?)\b)|\bkr\s*:|"
    r"\bsuccess\s+(?:looks like|means|is\b|=)|"
    r"\bwhat\s+we\s+want\s+(?:from|out\s+of)\s+(?:this|it)\s*:|"
    r"\b(target|goal|aim|objective|outcome|measure|expected impact|impact|hypothes[ie]s|"
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
HEADING_MARKER = re.compile(
    r"^[ \t]*(?:#{1,6}[ \t]*|\*\*)(?:goals?|targets?|success\s+metrics?|metrics?|kpis?|"
    # ("### Success measure", "**Success**": a blind parking operator's and a CRO's specs)
    r"outcomes?|success(?:\s+(?:criteria|measures?|signals?))?|"
    r"expected\s+(?:impact|outcomes?))(?:\*\*)?[ \t]*:?[ \t]*$",
    re.I | re.M,
)
# More or fewer of something, as the first words under a success or target marker: "Success =
# more weekday parking landing in the multi-storeys", "### Success measure\nMore business season
# permits live" (blind parking operator's specs): what the work is to move, said with a direction
# (not "more than ...", a bound read elsewhere; nor "more detail to follow")
WANTED_MORE = re.compile(
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
TARGET_HEADING = re.compile(
    r"^[ \t]*(?:#{1,6}[ \t]*|\*\*)(?:targets?|kpis?|success\s+metrics?)(?:\*\*)?[ \t]*:?[ \t]*$",
    re.I | re.M,
)
# ... a count of things by a date or each period is such a target ("1,200 gift memberships sold
# by end of June"; not "Release 2.4", "iOS 17 and Android 14 devices", "SMBs with 10-50 staff")
COUNT_BY_A_DATE = re.compile(
    r"(?<![\w.])\d[\d,.]*\s?k?\+?\s+(?:[\w-]+\s+){0,2}?[\w-]*[^\Wsu\d]s\b[^.\n]{0,60}?"
    r"\b(?:by|before|in|per|a|each)\s+(?:the\s+)?(?:end|q[1-4]|h[12]|jan\w*|feb\w*|mar\w*|"
    r"apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*|month|week|quarter|year|"
    r"20\d\d)\b",
    re.I,
)
QUANTITY_WORD = re.compile(r"\b" + QUANTITY + r"\b", re.I)
# A level stated: a quantity named, or a percentage ("late deliveries run at 22%").
# (a number starts where no digit, comma or dot is before it, read possessively: a pasted run
# "0,1,2,..." was read again from every digit, in quadratic time)
QUANTITY_OR_SHARE = re.compile(r"\b" + QUANTITY + r"\b|(?<![\w.,])\d[\d.,]*+\s?%", re.I)
DIRECTED = re.compile(
    # (nor a noun: "Café drop times are still recorded on paper", a blind bakery's item)
    NOT_PAST + NOT_A_PAID_CHANGE
    + r"(?!drop\s+(?:times?|windows?|slots?|points?|sites?)\b)(?!trim\s+margins?\b)\b"
    + DIRECTION
    # (nor a physical margin: "reduce edge trim margin", a cutter's setting)
    + r"\b(?!\s+(?:the\s+)?(?:[\w-]+\s+)?(?:trim|edge|bleed|seam|page|print)\s+margins?\b)"
    r"(?!\s+(?:the\s+)?(?:max|maximum|min|minimum|default|allowed|concurrent|font|icon|"
    r"button|image|text|column|row|retry|thread|worker|replica|shard|partition|node|pod|batch)\b"
    # (unless a rate of it follows: "reduce pod eviction rate")
    r"(?!(?:\s+[\w-]+)?\s+rates?\b))"
    # (something raised once, not a level: "raise an alert when a partner hasn't acknowledged")
    r"(?!\s+an?\s+(?:[\w-]+\s+)?(?:alert|alarm|flag|ticket|incident|error|exception|warning|"
    r"request|issue)s?\b(?!\s+(?:rates?|counts?|volumes?|shares?|ratios?)\b))"
    # (nor alerts raised: "raising security alerts at ingest")
    r"(?!\s+(?:[\w-]+\s+)?alerts\b(?!\s+(?:rates?|counts?|volumes?|shares?|ratios?)\b))"
    # (a count of a thing built, or of a setting's units: "the number of columns", "retry count";
    # a price moved, not what it is charged on: "raise the delivery fee by £1 for orders")
    r"(?:\s+(?!" + PRICE + r"\b)[^\s.;:!?]+){0,6}?\s+(?<!retry\s)(?<!thread\s)(?<!worker\s)"
    r"(?<!replica\s)(?<!column\s)(?<!character\s)(?<!partition\s)(?<!node\s)(?<!pod\s)"
    + QUANTITY
    # (nor what a thing shows, two quantities joined: "move occupancy & arrears tables into the
    # new template", a blind student landlord's item)
    + r"\b(?!\s+(?:(?:&|and)\s+[\w-]+\s+)?(?:of\s+)?" + THING + r"\b)"
    # (nor one two words before a setting: "raise the refund auto-approval threshold")
    r"(?!\s+(?!(?:on|in|of|for|past|at|to|with|from|across|by|over|under)\b)[\w-]+\s+"
    r"(?:thresholds?|limits?|caps?|cut-?offs?|ttls?|timeouts?|delays?|intervals?)\b)|"
    # a percentage sign standing for the share: "raise on-time departure % at the depot"
    + NOT_PAST + r"\b(?:" + DIRECTION + r"|" + WEAK_DIRECTION + r")\b(?:\s+[\w-]+){1,4}?\s+%"
    r"(?=\s|$|[.,;:!?)])|"
    # "bump" a counted thing, where no place or rank follows: "Bump library card sign-ups among
    # 18-24 year olds" (not "bump the orders topic partition count to 48")
    + NOT_PAST + r"\bbump(?:s|ed|ing)?\s+(?:the\s+|our\s+)?(?:[\w-]+\s+){0,3}?" + QUANTITY
    + r"(?<=s)\b(?=\s*(?:$|[.,;:!?)]|\s(?:among|on|from|across|at|this|next|per|by|with|over|"
    r"during|through|via)\b))|"
    r"\b" + WEAK_DIRECTION + r"\b(?:\s+[^\s.;:!?]+){0,6}?\s+" + WEAK_QUANTITY
    + r"\b(?!\s+(?:(?:&|and)\s+[\w-]+\s+)?" + THING + r"\b)|"
    # a comparative before a level: "a higher first-attempt authorization success rate"
    r"\b(?:higher|lower|better|greater|smaller|shorter|bigger|larger)\s+"
    r"(?!(?:the\s+)?(?:max|maximum|min|minimum|default|allowed)\b)(?:[\w'-]+\s+){0,3}?" + LEVEL
    + r"\b(?!\s+" + THING + r"\b)|"
    r"\b" + LEVEL + r"\b(?:\s+[\w'-]+){0,3}?\s+(?:to\s+)?"
    # (not a compound noun: "Share offer drop-in evenings")
    r"(?:rises?|falls?|drops?(?!-)|goes\s+(?:up|down)|improves?|shrinks?|grows?|climbs?|recovers?|"
    r"rebounds?|bounces?\s+back)\b|"
    # an error made less often: "reduce mislabeling of wake as light sleep"
    + NOT_PAST + r"\b(?:cut|cuts|reduc\w*|lower\w*|decreas\w*|minimi[sz]\w*|eliminat\w*|halv\w*)"
    r"\s+(?:the\s+)?mis[\w-]+ing\b(?=\s+(?:of|in|at|on|by|between|across|from)\b|\s*(?:$|[.,;:!?)]))",
    re.I,
)
EXPECTATION = re.compile(
    r"\b(should|expected to|expect(?:ed)? it to|aims? to|intended to|meant to|will|would)\s+"
    r"(?:help\s+)?(?:\w+\s+){0,1}" + OUTCOME_VERB + r"\b(?:\s+\w+){0,6}?\s*\b" + EXPECTED_QUANTITY
    + r"(?!\w)",
    re.I,
)
# Work aimed at a quantity: "this goes straight at turnover", "goes after repeat visits",
# "tackles churn head-on" (not "go after the new market", "tackle the backlog of refactors")
AIMED_AT = re.compile(
    NOT_PAST + r"\b(?:go(?:es)?\s+(?:straight\s+|right\s+|directly\s+)?(?:at|after)|"
    r"tackl(?:e|es|ing)|attack(?:s|ing)?)\s+(?:the\s+|our\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?<!data\s)(?:turnover|churn|attrition|no-shows?|drop-off|abandonment|retention|conversion|"
    r"wait(?:ing)?\s+times?|lead\s+times?|(?:missed|failed|lost)\s+[\w-]+s)\b"
    # (the quantity ends the object: not "the retention policy rewrite", "the churn dashboard's
    # filters", "the abandonment email template")
    r"(?![-'’]|\s+(?!(?:in|on|at|for|from|by|among|across|this|next|with|and|so|where|when|"
    r"before|after|first|head-on|too|as|which|that|of)\b)[a-z][\w-]*)",
    re.I,
)
# An amount of a counted outcome expected each period: "Expect ~300 new paying workspaces a
# month by year end", "we forecast about 40 extra bookings per week" (not a task's own count:
# "expect 3 tickets for this", no period)
EXPECTED_AMOUNT = re.compile(
    # a signed change to a rate: "Expect +20 units per labour hour in zones A and B" (a blind
    # 3PL's item)
    r"\bexpect(?:s|ed|ing)?\s+(?:about\s+|around\s+|roughly\s+)?[+−]\s?\d[\d,.]*\s?%?\s+"
    r"(?:[\w-]+\s+){0,3}?(?:per|an?|each)\s+[\w-]+|"
    r"\b(?:expect(?:s|ed|ing)?|forecast(?:s|ed|ing)?|project(?:s|ed|ing)?|estimat(?:e|es|ed))\s+"
    r"(?:(?:about|around|roughly|some|at\s+least|over|up\s+to|another)\s+)?[~≈+]?\s?"
    r"\d[\d,.]*\s?[km]?\+?\s+(?:more\s+|new\s+|extra\s+|additional\s+)?"
    # (not the team's own cadence: "Expect 2 deploys a week", "10 new hires a quarter")
    r"(?!(?:[\w-]+\s+){0,2}?(?:deploys|deployments|releases|hires|sprints|standups|meetings|"
    r"builds|demos|interviews|iterations|versions|posts|newsletters|emails|tickets)\b)"
    r"(?:[\w-]+\s+){0,2}?[\w-]*[^\Wsu\d]s\s+(?:a|per|each|every)\s+(?:day|week|month|quarter|"
    r"year)\b",
    re.I,
)
# A change in a quantity to be measured: "report how much the auto-match rate moves", "see how
# far the no-show rate drops" (not one explained to users: "a tooltip explaining how much the
# exchange rate changes")
MOVE_MEASURED = re.compile(
    r"(?<!\bexplaining\s)(?<!\bexplain\s)(?<!\bexplains\s)(?<!\bshowing\s)(?<!\bshows\s)"
    r"(?<!\btelling\s)(?<!\btells\s)\bhow\s+(?:much|far)\s+(?:the\s+|our\s+|its\s+)?"
    r"(?:[\w-]+\s+){0,3}?" + QUANTITY
    + r"\s+(?:moves|changes|shifts|improves|drops|falls|rises|climbs|goes\s+(?:up|down))\b",
    re.I,
)
HELP_OUTCOME = re.compile(
    # (not help given with a task: "Student volunteers will help with sign-ups")
    r"\b(should|expected to|will|would|meant to|aims? to)\s+(help(?!\s+(?:with|at)\b|"
    r"\s+out\b(?!-))|lift|grow|move|raise|improve|"
    r"cut|reduce|boost)\s+(?:the\s+)?(?!it\b|this\b|us\b|them\b)([\w-]+\s+){0,4}?"
    + EXPECTED_QUANTITY + r"\b",
    re.I,
)
# What makes a loose marker ("Goal:", "Hypothesis:") name a metric: a number, a level, or a
# count said to move; not any quantity word ("Success metrics: the tone of contributor threads").
MEASURABLE = re.compile(
    r"\d|\bzero\b|\b(?:nearly|almost)\s+(?:every|all)\b|"
    r"\b(rate|share|ratio|percent|p\d\d|median|mean|average|time to|duration|latency|"
    r"retention|conversion|nrr|grr|arr|mrr|revenue|churn|activation|count of|number of|"
    r"cycle|hit rate|uptime|availability|errors?|installs?|logos?|kr|"
    r"(?:more|fewer|higher|lower)\s+(?:[\w%-]+\s+){0,3}?[\w-]+s|" + METRIC_TERMS + r")\b|"
    # a count of failures brought to zero, as the goal itself: "Aim: no round-days lost for lack
    # of a vehicle" (not "Impact: none. No endpoints dropped")
    # ("Target: nothing overdue in zone A by the end of June", a blind parks department's item)
    r"^\s*(?:\*\*)?(?:no|nothing|none|zero|nobody|no\s+one)\s+(?:of\s+)?(?:[\w-]+\s+){0,3}?(?:lost|missed|"
    r"cancell?ed|breached|rejected|abandoned|stranded|overdue|outstanding|late|unanswered|"
    r"unresolved|waiting\s+(?:more|longer|over))\b",
    re.I,
)
# A share in words right after a marker, as what is aimed at: "Aim: roughly half of all sessions
# start without the app" (not a date or today's progress: "Goal: live in the first half of
# 2026", "Goal: finish the port. About half of the screens are done.")
SHARE_AIMED = re.compile(
    # (or moved: "Goal: move about a third of these calls onto the app")
    r"\W*(?:(?:move|shift|get|bring|take)\s+)?(?:(?:roughly|about|around|at\s+least|over|more\s+than|nearly|almost)\s+)?"
    + SHARE_IN_WORDS + r"\s+of\s+(?:all\s+|our\s+)?"
    r"(?!the\b|(?:first|second|last|remaining|next|this|that|year|season|quarter|month|week|h[12]|"
    r"q[1-4]|20\d\d)\b)[a-z]",
    re.I,
)
# A change that is a quantity whatever it applies to: "halve the support backlog", "double the
# number of ...", "shave 200 ms off the page load" (not "had halved their usage": a past fact);
# a comparison an expectation names: "we expect fewer abandoned carts".
CHANGE = re.compile(
    # (not the noun: "paid in two halves", "both halves of the season", a blind hospice's
    # golden hello)
    # (numbers are digits by then: "2 halves")
    r"(?<!\b2\s)(?<!\btwo\s)(?<!\bboth\s)(?<!\bin\s)(?<!\bthe\s)\bhalv(?:e|es|ing)\b|\b(?:doubl|tripl|quadrupl)(?:e|es|ing)\s+(?:the|our|its|their)\b"
    # (not a capacity: "Double the replica count for the ingest service")
    r"(?!\s+(?:[\w-]+\s+)?(?:replica|shard|partition|node|pod|worker|thread|instance|retry|"
    r"batch|cache|buffer|disk|storage|cpu|ram)s?\b)"
    r"(?!\s+(?:number\s+of\s+)?(?:[\w-]+\s+){0,2}?(?:" + THING + r"|" + CODE_THING
    + r"|height|width|size|length)\b)|"
    r"\b(?:shav|knock|tak|cut|trim|slash)\w*\s+(?:roughly\s+|about\s+|around\s+|up\s+to\s+)?"
    + MEASURE + r"\s+(?:[\w-]+\s+)?(?:off|from)\b|"
    # a range of points taken off a level: "we expect this to take 4-5 points off"
    r"\b(?:shav|knock|tak|cut|trim|slash)\w*\s+(?:about\s+|around\s+|~\s?)?(?<![\d,.])\d[\d.]*+"
    r"\s?[–-]\s?\d[\d.]*+\s?(?:%|pp\b|pts?\b|points?\b)\s+off\b|"
    # a span of someone's time taken off: "Should knock ~15 consultant hours off each
    # implementation" (a blind SaaS vendor's item; "take 2 days off next week" is leave)
    r"\b(?:shav|knock|trim|slash|cut|tak)\w*\s+(?:about\s+|around\s+|roughly\s+|~\s?)?"
    r"(?<![\d,.])\d[\d.]*\s+(?:[\w-]+\s+){0,2}?(?:seconds|minutes|hours|days|weeks)\s+off\s+"
    r"(?:each|every|per|the|our|a|an|its|their)\b|"
    # points added to a level: "adds 3 points to first-pass match" (not to a loyalty balance, nor
    # a type size: "Add 2 points to the font size")
    r"\b(?:add|adds|adding|put|puts|putting)\s+(?:about\s+|around\s+|roughly\s+|another\s+|~\s?)?"
    r"(?<![\d,.])\d{1,2}(?:\.\d)?\s?(?:pp|pts?|points?|percentage\s+points?)\s+(?:to|on)\s+"
    r"(?!(?:\S+\s+){0,3}?(?:balance|account|wallet|card|basket|order|total|tally|score\s+card|font|"
    r"text|type|heading|size|padding|spacing|line[\s-]height|estimate|threshold|tier|story|"
    r"sprint|velocity)s?\b)|"
    # "should take a few days off the median time from signup to first payroll"
    # (an amount of money off a unit's cost too: "take about £0.30 off what every box costs us
    # to send", a blind meal-kit company's item)
    r"\b(?:shav|knock|tak)\w*\s+(?:[\w~-]+(?:,\d+)*\s+){1,7}?off\s+(?:the\s+|our\s+|its\s+)?"
    r"(?:[\w-]+\s+){0,2}?" + QUANTITY + r"\b(?!\s+" + THING + r"\b)|"
    r"\b(?:shav|knock|tak)\w*\s+(?:about\s+|around\s+|roughly\s+|~\s?)?[$€£]\d[\d.,]*\s+off\s+"
    # (our cost of a unit, not a price: "Knock £10 off the cost of each annual plan", review)
    r"(?:the\s+|our\s+)?(?:(?:[\w-]+\s+){0,2}?costs?\s+per\s+[\w-]+|"
    r"what\s+(?:every|each|a|an|the)\s+(?:[\w-]+\s+){0,2}?costs\b)|"
    # a quantity pushed, taken or brought up or down, the particle after it: "should take churn
    # down a notch", "Should push term-to-term re-enrolment back up" (a blind climbing gym's
    # items), "push the self-serve share of password resets up"
    + NOT_PAST + r"\b(?:push|take|bring|drive|get|knock|nudge)(?:s|es|ing)?\s+"
    r"(?:the\s+|our\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}?" + QUANTITY
    # (not a thing named after it: "Take the revenue dashboard down for maintenance", review)
    + r"\b(?:\s+of\s+(?:[\w-]+\s+){0,2}?[\w-]+|\s+(?!" + THING + r"\b)[\w-]+)?\s+(?:back\s+)?"
    r"(?:up|down)\b"
    r"(?!\s+(?:the|into|onto|from|stairs)\b)(?!\s+an?\s+(?!(?:notch|bit|little|peg|touch|lot|few)\b))|"
    # money each period added to what is earned: "Rolling it out should add ~£45k a year to retail
    # net" (a blind air ambulance charity's item)
    r"\badd(?:s|ing)?\s+(?:over\s+)?" + ABOUT_AMOUNT + MONEY
    + r"(?:\s+(?:a|an|per|each)\s+|\s*/\s*)(?:year|yr|annum|month|quarter|week)\s+to\s+"
    r"(?:the\s+|our\s+)?(?:[\w-]+\s+)?(?:net|income|revenue|profit|margin|surplus|contribution|"
    r"bottom\s+line|" + EARNED + r")\b(?=\s*(?:$|[.,;:!?)]|\s(?:by|this|next|from|in|each|every|"
    r"and|or|over)\b))|"
    # a signed amount or a count of people expected: "We'd expect at least +£300k", "They reckon
    # 1,200 new players in 8 weeks", "Expect ~5% to convert" (a blind charity's items)
    r"\b(?:expect\w*|reckon\w*|estimat\w*|forecast\w*)\s+(?:at\s+least\s+|about\s+|around\s+|"
    # (not a spend, "We estimate +£4k for the licence renewal"; nor people attending, "Expect 40
    # users on the training call": found by review)
    r"roughly\s+|~\s?)?(?:[+][$€£]?\d[\d,.]*\s?[km]?\b(?!\s+(?:for|on|to\s+cover|in\s+(?:costs?|"
    r"fees|spend)|of\s+(?:costs?|spend))\b)|\d[\d,.]*\s?k?\+?\s+(?:new|more|extra|"
    r"additional)\s+(?:[\w-]+\s+)?" + POPULATION + r"\b|\d[\d.]*\s?%\s+(?:of\s+(?:them|these|"
    r"those)\s+)?to\s+(?:convert|sign\s+up|join|renew|return|come\s+back|buy|book|upgrade|stay|"
    r"subscribe|donate|give)\b)|"
    # a quantity pushed past a level: "This should push the share of contracts fully signed
    # inside 45 days well past the 38% we had in H1" (a blind CRO's item)
    r"\bpush(?:es|ing)?\s+(?:the\s+|our\s+|its\s+|their\s+)?" + QUANTITY
    + r"\b(?:\s+[\w'-]+){0,8}?\s+(?:well\s+|comfortably\s+|back\s+)?(?:past|above|beyond|below|"
    r"under|over|towards?)\s+(?:the\s+)?~?\d|"
    # "roughly +€18k MRR", "15% fewer tickets", "20% more repeat orders"
    r"(?<![\w.+-])[+-][$€£]\d[\d.,]*\s?[km]?\s+(?:[\w-]+\s+){0,2}?" + QUANTITY + r"\b|"
    r"(?<![\w.])\d[\d.]*\s?%\s+(?:fewer|more|less|higher|lower|faster|shorter)\s+\S|"
    # a difference in points in how often people act: "checked in online 9 points more often than
    # control" (not points as a currency: "costs 300 points more than an aisle seat")
    r"(?<![\w.])\d[\d.]*\s?(?:pp|pts?|points?|percentage\s+points?)\s+(?:more|less)\s+"
    r"(?:often|likely|frequently)\b|"
    # a population added: "would add up to 2,000 paying companies"
    # "gets us 5,000+ new subscribers in a week"
    r"\b(?:add|adds|adding|win|wins|winning|acquir\w*|onboard\w*|gets?\s+us|getting\s+us|"
    r"brings?\s+in|bringing\s+in)\s+(?:up\s+to\s+|about\s+|around\s+|"
    r"roughly\s+|over\s+|~\s?)?\d[\d,.]*\s?k?\+?\s+(?:new\s+|more\s+|net[\s-]new\s+|extra\s+|"
    r"additional\s+)?"
    r"(?:paying\s+|active\s+)?" + POPULATION + r"\b|"
    # (nor what the work would need: "Ops would need more pick faces", a blind meal-kit
    # company's item; "many more of the visits" counts the visits, a parking operator's)
    r"\b(?:expect\w*|should|will|would|aims?\s+(?:to|for)|want)\b"
    # (nor what a page shows: "The new layout should show more of the product photos", review)
    r"(?:\s+(?!(?:need|needs|require|requires|cost|costs|show|shows|display|displays|list|lists|"
    r"include|includes)\b)[\w'-]+){0,4}?\s+"
    # (not the team's own hands: "The income would fund two more growth hires", a blind
    # teledermatology startup's item)
    r"(?:(?:fewer|more)\s+(?:of\s+(?:the|our|their|these|those)\s+)?(?!(?:[\w-]+\s+){0,2}?(?:hires|staff|engineers|developers|heads|"
    r"contractors|roles|posts|vacancies|recruits)\b)(?:[\w-]+\s+){0,2}?[\w-]+s\b|less\s+(?:[\w-]+\s+){0,2}?[\w-]{4,}|"
    r"(?:higher|lower|better|bigger|smaller)\s+(?:[\w-]+\s+){0,2}?" + QUANTITY + r"\b)|"
    # a change by points or money: "reduce non-revenue water by 5 points", "cut the hosting bill
    # by about $3k a month" (not a price moved: "raise the price by $5")
    + NOT_PAST + r"\b" + DIRECTION + r"\b(?:\s+(?!(?:" + PRICE + r"|pay|limits?|caps?)\b)"
    r"[\w'’-]+){0,8}?\s+by\s+"
    + APPROX + r"?(?:(?<![\d,.])\d[\d.]*+\s?(?:pp\b|pts?\b|points?\b|percentage\s+points?\b)|"
    + FEW_POINTS + r"|"
    r"[$€£](?<![\d,.])\d[\d,.]*+\s?[kmb]?\b)|"
    # a band to bring a quantity into: "get abandonment into single digits", "bring the no-show
    # rate down into the low teens"
    r"\b(?:get|gets|getting|bring|brings|bringing|push|want|wants|need|needs)\s+(?:the\s+|our\s+|"
    r"its\s+|their\s+)?(?:[\w-]+\s+){0,3}?" + QUANTITY + r"\s+(?:down\s+|up\s+|back\s+)?"
    + BAND + r"|"
    # "cycle time down to same day", "conversion up by a third"
    r"\b" + QUANTITY + r"\s+(?:down\s+(?:to|by)|up\s+by|(?:up|down)\s+from\s+~?\d)|"
    # a level to return to: "get the app store rating back to 4.5+", "get 30-day readmissions back
    # under the benchmark", "back to last year's level"
    r"\b(?:get|gets|getting|bring|brings|bringing)\s+(?:the\s+|our\s+|its\s+|their\s+)?"
    r"(?:[\w'-]+\s+){0,4}?(?:" + QUANTITY + r"|ratings?|[\w-]+s)\s+(?:[\w'-]+\s+){0,3}?back\s+"
    r"(?:under|below|above|over|within|down|up|to\s+(?:~?\d|pre-|last|previous|prior|its|their|"
    r"our|where|the\s+(?:level|pre|prior|previous|old)))|"
    # a quantity wanted to move: "we want to see the secretary satisfaction score moving during
    # the window" (a blind football federation's item, 2026-12-01)
    r"\b(?:want|wants|expect|expects|hope|hoping)\s+to\s+see\s+(?:the\s+|our\s+|its\s+)?"
    r"(?:[\w-]+\s+){0,3}?" + QUANTITY + r"\s+(?:moving|move|go(?:ing)?\s+(?:up|down)|ris(?:e|ing)|"
    r"climb(?:ing)?|improv(?:e|ing)|fall(?:ing)?|drop(?:ping)?)\b|"
    # a share a change would cover: "That would cover about 22% of our annual electricity use"
    r"\b(?:would|will|should|could)\s+(?:cover|meet|supply|replace|serve)\s+" + APPROX
    + r"?(?<![\d,.])\d[\d.]*\s?%\s+of\s+(?:our|the|all)\b|"
    # a level to move toward: "the new spec should push that toward 1%"
    r"\b(?:push|bring|get|move|drive|nudge)\w*\s+(?:[\w'-]+\s+){0,4}?towards?\s+~?\d|"
    # a population to act more: "get more listeners to finish", "want more of them to make it"
    r"\b(?:get|gets|getting|help|helps|want|wants)\s+more\s+(?:of\s+(?:them|those|these)|"
    r"(?:[\w-]+\s+){0,2}?[\w-]+s)\s+to\s+(?:actually\s+)?[a-z]+|"
    # "conversion to double", "we expect tickets to halve" (not a limit allowed to: "Allow the
    # session length to double for remembered devices")
    r"(?<!\ballow\sthe\s)(?<!\ballow\s)\b" + QUANTITY
    + r"\b(?:\s+[\w'-]+){0,3}?\s+to\s+(?:double|triple|halve)\b|"
    # "we want the query rate down", "get the bill down"
    r"\b(?:want|get|gets|getting|need|keep|push)\s+(?:the\s+|our\s+|its\s+|their\s+)?"
    r"(?:[\w-]+\s+){0,3}?" + QUANTITY + r"\s+(?:back\s+)?(?:down|up)\b|"
    # "want the share of launches delayed by label approval (~25% last year) way down"
    # ("get the cycle time from PO request to approval down"; not "get the count from the API
    # and write it down")
    r"\b(?:want|wants|need|needs|get|gets|bring|brings)\s+(?:the|our|its|their|that|this)\s+"
    r"(?:[\w-]+\s+){0,2}?"
    + QUANTITY + r"\b(?!\s+" + THING + r"\b)[^.;!?]{0,60}?\s(?<!set\s)(?<!sign\s)(?<!\bit\s)"
    r"(?<!them\s)(?<!shut\s)(?<!break\s)(?<!narrow\s)(?<!track\s)(?<!hand\s)(?<!pass\s)"
    r"(?:way\s+|well\s+|much\s+|back\s+|\w+ly\s+)?(?:down|up|lower|higher|shorter|smaller)"
    r"(?=\s*(?:$|[.,;!?)])|\s+(?:for|in|on|at|across|by|this|next)\b)|"
    # "recover more failed renewals", "retain more trial teams"
    r"\b(?:recover|retain|convert|win\s+back|save|activate|resolve|close|help|enrol|enroll|"
    r"sign\s+up|onboard|acquire|recruit)\w*\s+(?:\d[\d,.]*\s+)?more\s+"
    r"(?:[\w-]+\s+){0,2}?[\w-]+s\b|"
    # "fewer of them walk away", "so fewer get reopened"
    r"\bfewer\s+(?:of\s+(?:them|those|these)|get|are|reach|end\s+up|go|walk|drop|need|call|"
    r"churn|fail|miss|leave|come\s+back)\b|"
    # a count added, with a plus sign or a word, where an outcome is said: "Success: +1,200 net
    # new memberships", "estimates 3,000 extra sign-ups" (not a list's dash, "- 2 users
    # reported", nor "+3 members were added by mistake", "create 4 additional accounts")
    r"\b(?:success|goal|target|forecast\w*|expect\w*|estimat\w*|project(?:s|ed|ing|ions?)?|"
    r"predict\w*|anticipat\w*|impact|outcome|aim|would|will|should|could)\b[^.;\n]{0,30}?(?<![\w.+-])(?:\+\s?)?(?<![\d,.])"
    # (not how often a thing is tried: "should retry up to 2 times in the background")
    r"(?![\d,.]*+\s?times\b)\d[\d,.]*+\s?k?\s+"
    r"(?:(?:extra|additional|incremental|net[\s-]new)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:" + QUANTITY + r"|" + POPULATION + r")\b(?=[^.;\n]{0,40}?(?:\b(?:by|in|per|a|an|each|"
    r"within|over|this|next|once|after)\b|$|[.;\n]))(?<=s)|"
    # ... or any counted event with a word that makes it extra, each period: "we expect roughly
    # 3,000 extra joins a month" (not what the work costs: "would need 2 extra engineers a week")
    r"\b(?:expect\w*|estimat\w*|forecast\w*|project(?:s|ed|ing)?|predict\w*|would|will|should|"
    r"could)\b(?:(?!\b(?:need|needs|cost|costs|require|requires|take|takes|use|uses|spend|spends|"
    r"charge|charges|run|runs|send|sends|schedule|schedules|hire|hires)\b)[^.;\n]){0,30}?(?<![\w.+-])(?<![\d,.])\d[\d,.]*+\s?k?\s+(?:extra|additional|"
    r"incremental|net[\s-]new)\s+(?:[\w-]+\s+)?[\w-]*[^\Wsu\d]s\s+(?:a|per|each)\s+"
    r"(?:day|week|month|quarter|year)\b|"
    r"(?<![\w.+-])\+\s?(?<![\d,.])\d[\d,.]*+\s?k?\s+(?:extra|additional|incremental|net[\s-]new|"
    r"new|more)\s+(?:[\w-]+\s+){0,2}?(?:" + QUANTITY + r"|" + POPULATION + r")\b|"
    # money or time saved each period: "save £410k a year in licences", "saves 6 hours a week"
    r"\bsav(?:e|es|ing)\s+(?:about\s+|around\s+|roughly\s+|over\s+|~\s?)?(?:[$€£]\d[\d,.]*\s?[kmb]?|"
    + MEASURE + r")\s+(?:(?:a|an|per|each)\s+(?:year|month|week|day|quarter|shift|run)|"
    r"annually|monthly|weekly)\b|"
    # a share won back: "win back a good share of the 19% of deliveries that miss"
    # (or "part" of one: "win back part of the 12% of carts"; not "get back part of their deposit")
    r"\b(?:win|wins|winning|claw|get)\s+back\s+(?:[\w'-]+\s+){0,4}?(?:(?:share|proportion|"
    r"fraction|percentage)\s+of\b|(?:part|half|a\s+third|a\s+quarter)\s+of\s+(?:the\s+)?~?\d[\d.]*\s?%)|"
    # (or a share said: "win back 20% of lapsed buyers"; not "get back 20% of their deposit")
    # (nor "claw back 50% of the signing bonus": pay taken back)
    r"\b(?:win|wins|winning)\s+back\s+(?:about\s+|around\s+|roughly\s+|~\s?)?"
    r"\d[\d.]*\s?%\s+of\b|"
    # what the work would bring in, each period: "Worth roughly £400k a year in new revenue",
    # "would be worth about $250k a year in extra sales" (not what an account or a contract is
    # worth: "Acme's renewal is worth $1.2m a year in revenue")
    # (a blank run before it is read once: "\n" * 20,000 took 4 s with a backtracking "\s*")
    r"(?:^|[.!?;:\n][ \t]*+|\b(?:would|could|should|will|might|may|to)\s+(?:be\s+)?)worth\s+"
    r"(?:about\s+|around\s+|roughly\s+|up\s+to\s+|an?\s+(?:estimated|extra)\s+|~\s?)?"
    r"[$€£]\d[\d,.]*\s?[kmb]?(?:\s+(?:a|an|per|each)\s+|\s*/\s*)(?:year|yr|month|quarter|week)"
    r"\s+in\s+(?:(?:new|extra|additional|incremental)\s+)?(?:revenue|sales|profit|margin|"
    r"savings|bookings)\b|"
    # a target named with its level, to be reached: "closer to the 2-minute check-in target",
    # "back within the 4-hour A&E target" (not "Document the 99.9% uptime target")
    r"\b(?:closer\s+to|towards?|reach|reaches|reaching|hit|hits|hitting|meet|meets|meeting|"
    r"achieve|achieves|back\s+(?:within|under|to|on)|within)\s+the\s+~?\d[\d.,]*\s?-?"
    r"(?:%|percent|" + UNIT + r")[\s-]+(?:[\w&-]+\s+){0,3}?(?:target|goal)\b|"
    # a version to outdo on a level: "v2 should beat v1 on time-to-first-payment"
    r"\bbeat(?:s|ing)?\s+(?:[\w.-]+\s+){1,3}?on\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?" + LEVEL
    + r"\b|"
    # "we can recover 5-7% of abandoned baskets"
    r"\b(?:recover|recovers|recovering|rescue|rescues)\s+(?:about\s+|around\s+|"
    r"roughly\s+|up\s+to\s+|~\s?)?\d[\d.]*(?:\s?[–-]\s?\d[\d.]*)?\s?%\s+of\b|"
    # a count said to be at nothing by a date: "confirmation that we're at **zero** blocking
    # WCAG 2.2 AA issues ... by end of H1" (not "we're at zero balance")
    r"\b(?:we['’]re|we\s+are|be|get)\s+at\s+\**(?:zero|0)\**\s+(?:[\w.-]+\s+){0,5}?"
    r"(?:issues|defects|errors|failures|findings|violations|incidents|complaints|bugs|breaches)"
    r"\b[^.;\n]{0,80}?\bby\s+(?:the\s+)?(?:end\b|q[1-4]\b|h[12]\b|\d|jan|feb|mar|apr|may\b|jun|"
    r"jul|aug|sep|oct|nov|dec|spring|summer|autumn|winter|launch|go-?live)|"
    # most of an amount taken out: "We want to take most of that 0.6pp out"
    r"\btake\s+(?:most|all|half|much|some|a\s+third|a\s+quarter)\s+of\s+(?:that|this|the|those)\s+"
    r"~?\d[\d.,]*\s?(?:pp|%|percentage\s+points?)\s+(?:out|off)\b|"
    # a rate of doing something said to rise: "Users who see 'likely eligible' should be far more
    # likely to finish the application"
    # (not a prediction made: "Score accounts that would be more likely to churn")
    r"(?<!\bthat\s)(?<!\bwho\s)(?<!\bwhich\s)"
    r"\b(?:should|will|would|could)\s+(?:be\s+)?(?:far\s+|much\s+|a\s+lot\s+|significantly\s+)?"
    r"(?:more|less)\s+likely\s+to\s+(?:finish|complete|convert|buy|book|return|renew|sign|stay|"
    r"churn|cancel|pay|subscribe|upgrade|apply|abandon|come\s+back)\b|"
    # a count to hold at nothing: "we want that number at zero by June" (not "keep the counter
    # at zero when the form resets")
    r"\b(?:want|wants|get|keep|have|hold)\s+(?:that\s+number|(?:the\s+|our\s+|those\s+|these\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:" + QUANTITY + r"|[\w-]*[^\Wsu\d]s))\s+at\s+(?:zero|0)\b(?![.,]\d)|"
    # a quantity asked to move: "attendance should climb once the buses sync" (not a side effect
    # foreseen, "memory usage will increase slightly")
    r"\b" + QUANTITY + r"\b(?:\s+[\w'-]+){0,4}?\s+(?:should|to)\s+"
    r"(?:\w+ly\s+)?(?:climb|rise|go\s+(?:up|down)|increase|decrease|decline|improve|grow|shrink|"
    # (a sudden move: "expect the report rate to jump")
    r"jump|soar)\b|"
    # a level to tackle: "tackle first-90-day churn", "curb the chargeback rate" (not "tackle the
    # refactor", "combat spam sign-ups", "curbside pickup")
    r"\b(?:tackl|curb|combat|fight)(?:e|es|ed|ing|s)?\b\s+(?:the\s+|our\s+)?(?:[\w-]+\s+){0,3}?"
    + LEVEL + r"\b(?!\s+" + THING + r"\b)|"
    # another group's level to reach: "match the branch channel's account-opening completion
    # rate in the app" (not "match the tax rate to the region": no one else's level)
    r"\bmatch(?:es|ing)?\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?[\w-]+['’]s?\s+(?:[\w-]+\s+){0,3}?"
    + LEVEL + r"\b(?!\s+" + THING + r"\b)",
    re.I,
)
# A comparative before a quantity or a counted thing names the direction by itself: "faster time
# to first byte", "fewer dropped frames", "lower p95 latency"; at the start of a title it needs
# no verb.
COMPARATIVE = re.compile(
    r"^[^\w\n]*(?:fewer|less|faster|quicker|shorter|lower|higher)\s+"
    r"(?!(?:the\s+)?(?:max|maximum|min|minimum|default|allowed)\b)(?:[\w-]+\s+){0,2}?"
    + QUANTITY + r"\b(?!\s+" + THING + r"\b)|^[^\w\n]*fewer\s+(?:[\w-]+\s+){0,2}?[\w-]+s\b|"
    # "More scans per day", "pilot: higher yield per hectare": a rate said to rise, as a title
    # (not an allowance: "more storage per user")
    r"^[^\w\n]*(?:[\w -]{1,40}(?::|\s[—–])\s*)?(?:more|higher|bigger)\s+(?:[\w-]+\s+){0,3}?"
    r"per\s+(?!the\b|our\b|your\b|their\b|its\b|cent\b|user\b|seat\b|plan\b|account\b|"
    r"page\b|screen\b|row\b|request\b)[\w-]+|"
    # ... or as what a change brings: "More mid-roll slots = more paid impressions per episode"
    # (earnings and engagement, not a cost: "Bigger batch size means more memory per worker")
    # or in a list of what it brings: "cheap hardware, more sessions per site"
    r"(?:\s=|\bmeans|\bso|:(?:[^.;:\n]{0,60},)?)\s+(?:more|higher|bigger)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:impressions|"
    r"bookings|orders|sales|revenue|plays|listens|views|conversions|sign-?ups|payouts|earnings|"
    r"visits|sessions|downloads|installs|subscribers|members|trips|rides|deliveries)\s+"
    r"per\s+(?!the\b|our\b|your\b|their\b|its\b|cent\b|user\b|seat\b|plan\b|account\b|"
    r"page\b|screen\b|row\b|request\b)[\w-]+|"
    r"\b(?:fewer|faster|quicker|shorter|less)\s+(?:[\w-]+\s+){0,2}?" + QUANTITY + r"\b(?!\s+"
    + THING + r"\b)|"
    # a title for more of a counted outcome: "Paywall tweak: more registered-to-paid conversions"
    # (not more of a thing built, "Admin: more filters on the orders page", nor an allowance,
    # "Exams: more time for ...")
    + TITLE_LEAD + r"more\s+(?!time\b)(?:(?!(?:on|of|in|for|to|at|with|from|per|and)\b)[\w-]+\s+)"
    r"{0,2}?(?:" + QUANTITY + r")s?\b(?!\s+" + THING + r"\b)|"
    # a level up or down as a headline: "Day-1 retention up, esp. on Android"
    + TITLE_LEAD + r"(?:[\w-]+\s+){0,3}?" + QUANTITY
    + r"\s+(?:up|down)\b(?=\s*(?:$|[,;!?)]|\.(?!\d)|"
    # (not "up to", a bound: "Customers wait up to 3 weeks", "Agents can refund up to $500")
    r"\s+(?:by|from|for|on|in|across|among|esp|especially|again)\b))",
    re.I | re.M,
)
QUALITY = re.compile(
    r"\b(?i:mak(?:e|es|ing)|keep(?:s|ing)?)\s+(?:[\w'-]+\s+){1,6}?"
    r"(?i:(?:feel|seem|load|run|respond|start)s?\s+)?(?i:" + BETTER + r")\b|"
    r"^[^\w\n]*(?i:" + BETTER + r")\s+(?:[a-z0-9][\w'-]*\s+){0,2}?[a-z][\w-]*s\b|"
    # work done sooner: "detect anomalies sooner", "resolve tickets faster for enterprise"
    r"(?:\b(?i:detect|notice|catch|flag|spot|resolve|answer|respond|recover|restore|deliver|"
    r"settle|approve|onboard|ship|fix|close|process|review|publish|load|render|start|run|"
    r"finish|complete|surface|identify|find|pay|refund|dispatch|reply|acted\s+on|act\s+on|"
    r"treat)\w*\s+(?:[\w'-]+\s+){0,6}?(?i:faster|quicker|sooner|more\s+quickly)"
    # (found earlier than today, not shipped earlier: "flag them weeks earlier than today", not
    # "ship the redesign two weeks earlier than planned", "surface the field earlier in checkout")
    r"|\b(?i:detect|notice|catch|flag|spot|surface|identify|find)\w*\s+(?:[\w'-]+\s+){0,6}?"
    r"(?i:earlier)(?=\s+(?i:than)\b))"
    r"\b(?=\s*(?:$|[.,;:!?)]|(?i:for|on|in|at|when|after|than|so|and|to|with|by|during|"
    r"across|from|while)\b))",
    re.M,
)
# Something that happens to people or devices less often names a frequency moved: "need
# charging less often", "drop its Wi-Fi connection less often"; a system told to act less often
# ("sync less often", "remind users less often") is a setting.
LESS_OFTEN = re.compile(
    r"\b(?:(?:less|more)\s+(?:often|frequently)|(?:fewer|less)\s+times)\b", re.I)
TOLD_TO_ACT = re.compile(
    # (or what people tell us they would do: metric_words.REPORTED_SPEECH)
    REPORTED_SPEECH + r"|"
    r"\b(?:sync|poll|ping|send|e?mail|ring|show|run|retry|fetch|check|nudge|notify|remind|"
    r"prompt|refresh|rotate|back\s+up|scan|crawl|post)(?:s|es|ed|ing)?\b(?:\s+[\w'-]+){0,2}?\s*$",
    re.I,
)
# A marker that can only be followed by a metric: "Success metric: ...", "measured by ...".
METRIC_MARKER = re.compile(
    r"\b(?:success|north[- ]star|primary|key|guardrail|target)\s+metrics?\s*(?::|is\b|are\b|"
    r"will\s+be\b)|\bnorth[- ]star\s+(?:here\s+|for\s+this\s+)?(?:is|:)|"
    r"\bmeasured\s+(?:by|with|via|as|in)\b|\bwe(?:'ll|\s+will)\s+(?:measure|track)\b|"
    # a share to measure, in the clause after the work it measures: "Nudge more riders into
    # off-peak trips; measure share of trips outside 7-9am" (not a monitoring task of its own:
    # "Add Datadog monitors. Track the rate of 5xx responses")
    r";\s+(?:measure|track)\s+(?:the\s+)?(?:share|rate|percentage|proportion|ratio)\s+of\b",
    re.I,
)
# A key result named by the quantity it measures: "point it at the mobile conversion KR", "push
# the redemption-rate KR well above target" (not the krona: "costs 40 kr").
KR_NAMED = re.compile(
    r"\b" + QUANTITY + r"\s+(?:(?-i:KRs?)|key\s+results?)\b(?!\s+" + THING + r"\b)", re.I
)
# An outcome said in everyday words: "move the needle on seat expansion", "stop losing so many
# carts at the payment step", "get more of the trial folks to actually pay", "make more
# first-year teachers stay for a second year", "(recall up)", "we expect 30-day readmissions to
# decline" (not "stop losing drafts when the app crashes": no population; not "more users can
# log in": no behaviour that is an outcome).
# What work earns: "income", "revenue", "savings"; an amount's hedge and its period or unit.
_EARNED = EARNED
_MONEY = MONEY
_ABOUT = r"(?:over\s+)?" + ABOUT_AMOUNT
_EACH = (
    r"(?:\s+(?:a|an|per|each)\s+|\s*/\s*)(?:year|yr|annum|month|mo|quarter|week|order|visit|"
    r"visitor|booking|ticket|shipment|delivery)\b"
)
SAID_OTHERWISE = re.compile(
    r"(?<!n't\s)(?<!not\s)\bmov(?:e|es|ing)\s+the\s+needle\s+(?:on|for)\b|"
    r"\bstop(?:s|ped|ping)?\s+(?:losing|bleeding)\s+(?:so\s+many\s+|as\s+many\s+)?(?:[\w-]+\s+)?"
    r"(?:" + POPULATION + r"|carts|orders|deals|bookings|sign-?ups|renewals|people)\b|"
    r"\b(?:get|gets|getting|make|makes|making|want|help|helps|see)\s+more\s+(?:of\s+(?:the|our)\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:[\w-]*[^\Wsu\d]s|people|folks)\s+(?:to\s+)?(?:actually\s+|\w+ly\s+)?"
    r"(?:come\s+back|return|stay|renew|pay|convert|book|buy|finish|complete|upgrade|subscribe|"
    r"sign\s+up|activate)\b|"
    # (a shorthand in brackets, one of a list: "(recall up, latency flat)", "(false positives
    # down)", "(precision@10 up)"; not a control's two ways: "(volume up, volume down)", nor a
    # capacity: "(replicas up)")
    r"\((?![^()]{0,60}?\b(?P<control>\w+)\s+(?:up|down)\b[^()]{0,60}?\b(?P=control)\s+(?:up|down)\b)"
    r"(?:[^()]{0,40}?[\s,;])?(?!" + CODE_THING + r"\b)(?:" + QUANTITY
    + r"|[\w-]*[^\Wsu\d]s|\w+@\d+)\s+(?:up|down)\s*(?=[,;)]|esp)|"
    r"\bexpect\w*\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?[\w-]*[^\Wsu\d]s\s+to\s+"
    r"(?:decline|fall|drop|decrease|shrink|go\s+down|rise|grow|climb|go\s+up)\b|"
    # a lever of a metric: "our main NRR lever this half", "the biggest lever on churn"
    r"\b" + QUANTITY + r"\s+levers?\b|"
    r"\blevers?\s+(?:for|on)\s+(?:the\s+|our\s+)?(?:[\w-]+\s+){0,2}?" + QUANTITY + r"\b|"
    # revenue forecast: "They estimate €400k ARR in year one", "Expected revenue: ~£200k a year",
    # "Estimated **£180k/yr** additional admissions income"
    r"\b(?:expected|estimated|projected|forecast)\s+(?:(?:annual|yearly|monthly|incremental|"
    r"additional|new)\s+)?" + _EARNED + r"(?:\s*+[:=])?\s*+(?:of\s+)?"
    r"(?:~\s?|about\s+|around\s+|roughly\s+)?[$€£]?\d|"
    # "Could be $1.5M of ARR in year one", "would mean ~€200k of new revenue"
    r"\b(?:could|would|might|should)\s+(?:be|mean|bring\s+in|add)\s+(?:us\s+)?" + _ABOUT + _MONEY
    + r"\s+(?:of|in)\s+(?:(?:new|extra|additional|incremental|annual)\s+)?" + _EARNED
    + r"\b(?!\s+(?:at\s+risk|lost|we\b|to\s+(?:give|pay)\s+back))|"
    r"\b(?:estimat|expect|project|forecast)\w*\s+(?:~\s?|about\s+|around\s+|roughly\s+)?"
    r"(?:\*\*)?[$€£]?\d[\d,.]*+\s?[kmb]?(?:\s*/\s*(?:yr|year|mo|month))?(?:\*\*)?\s+"
    r"(?:[\w-]+\s+){0,3}?" + _EARNED + r"\b|"
    # money each period or each order: "would bring in ~£25k/yr", "add ~£60k hire income a year",
    # "saves ~€0.09 per order on packaging"
    # (not money handed out: "Generate £50 a month vouchers", "Members earn $5 a month in credit")
    r"\b(?:sav(?:e|es|ing)|bring(?:s|ing)?\s+in)\s+(?:us\s+)?" + _ABOUT + _MONEY
    + r"(?:\s+(?:[\w-]+\s+){0,2}?" + _EARNED + r")?" + _EACH + r"|"
    r"\b(?:add(?:s|ing)?|generat\w*|earn\w*)\s+(?:us\s+)?" + _ABOUT + _MONEY
    + r"\s+(?:[\w-]+\s+){0,2}?" + _EARNED + _EACH + r"|"
    # a share of a process taken out: "take a big chunk out of supplier onboarding time",
    # "take most of those days out of time to first insight"
    # ("would take a decent chunk off the council subsidy", a water-sports centre's)
    r"\btak(?:e|es|ing)\s+(?:a\s+(?:big\s+|huge\s+|real\s+|good\s+|serious\s+|large\s+|decent\s+|"
    r"sizeable\s+|fair\s+)?"
    r"(?:chunk|bite)|most|half|a\s+third|a\s+quarter)\s+(?:of\s+(?:those|the|these)\s+"
    # (of a quantity: not "take a chunk out of the hero banner")
    r"[\w-]+\s+)?(?:out\s+of|off)\s+(?:the\s+|our\s+|their\s+)?(?:[\w-]+\s+){0,3}?" + QUANTITY
    + r"\b|"
    # an estimate that a share of counted things goes away: "Expect roughly half of the nuisance
    # alarms on pumps and fans to disappear"
    r"\bexpect\w*\s+(?:about\s+|roughly\s+|around\s+)?(?:half|a\s+third|a\s+quarter|most|"
    # (counted events, not things: not "half of the staging VMs to disappear")
    r"\d[\d.]*\s?%)\s+of\s+(?:the\s+)?(?:['‘’\"“”\w-]+\s+){0,6}?(?:" + QUANTITY + r"|alarms|"
    r"pages|callbacks)\b(?:\s+[\w-]+){0,4}?\s+to\s+(?:disappear|go\s+away|vanish|drop|stop|"
    r"convert|return|renew)\b|"
    # "Expect opt-in to more than double"
    r"\bexpect\w*\s+(?:the\s+|our\s+)?(?:[\w-]+\s+){1,3}?to\s+(?:more\s+than\s+|roughly\s+|about\s+)?"
    r"(?:double|triple|halve)\b|"
    # a metric's abbreviation said to move: "NROA should fall sharply at those sites" (not a
    # system's: "the API should fall back to the cache", "the partner API should drop to 2
    # replicas at night")
    r"(?-i:\b(?!" + SYSTEM_ABBREVIATIONS + r"\b)[A-Z][A-Z0-9]{1,5}s?\b)(?:\s+[\w-]+){0,3}?\s+"
    r"(?:should|will|would)\s+(?:\w+ly\s+)?(?:fall|drop|rise|decline|decrease|climb|go\s+(?:up|down)|"
    r"come\s+down)\b(?!\s+back\b)(?!\s+to\s+\d+\s+" + CODE_THING + r"\b)|"
    # a share or rate brought past another: "Get direct-booking share above OTA share"
    r"\b(?:get|push|keep|bring|make)\s+(?:the\s+|our\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:share|rate|ratio|percentage|nps|score)(?:\s+of\s+(?:the\s+)?[\w'’-]+)?\s+"
    r"(?:above|over|below|under|exceed|overtake|pass)\b",
    re.I,
)
