"""How specs say which outcome they will move: the phrasings the metric rule
(checker/embedded/metric/rule.py) reads, as regular expressions.

Each pattern is one way of naming an outcome (a direction on a quantity, a change by an amount,
a comparison, a quality made better) or one way a change is *not* one (a system told to act
less often). Markers such as "Success metric:" are in markers.py, a change by an amount in
changes.py, targets and levels in levels.py, counts and populations moved in
counts.py. Built and measured on
tests/data/metrics/sentences.jsonl.
"""

from __future__ import annotations

import re

from checker.embedded.metric.numbers import ABOUT_AMOUNT, EARNED, MONEY
from checker.embedded.metric.patterns import LazyPattern
from checker.embedded.metric.words import (
    BETTER,
    CODE_THING,
    DIRECTION,
    EXPECTED_QUANTITY,
    LEVEL,
    NOT_A_PAID_CHANGE,
    NOT_PAST,
    OUTCOME_VERB,
    POPULATION,
    PRICE,
    QUANTITY,
    REPORTED_SPEECH,
    SYSTEM_ABBREVIATIONS,
    THING,
    TITLE_LEAD,
    WEAK_DIRECTION,
    WEAK_QUANTITY,
)

QUANTITY_WORD = LazyPattern(r"\b" + QUANTITY + r"\b", re.I)

# A level stated: a quantity named, or a percentage ("late deliveries run at 22%").
# (a number starts where no digit, comma or dot is before it, read possessively: a pasted run
# "0,1,2,..." was read again from every digit, in quadratic time)
QUANTITY_OR_SHARE = LazyPattern(r"\b" + QUANTITY + r"\b|(?<![\w.,])\d[\d.,]*+\s?%", re.I)

DIRECTED = LazyPattern(
    # (nor a noun: "Café drop times are still recorded on paper", a blind bakery's item)
    NOT_PAST + NOT_A_PAID_CHANGE
    + r"(?!drop\s+(?:times?|windows?|slots?|points?|sites?)\b)(?!trim\s+margins?\b)\b"
    + DIRECTION
    # (nor a physical margin: "reduce edge trim margin", a cutter's setting)
    + r"\b(?!\s+(?:the\s+)?(?:[\w-]+\s+)?(?:trim|edge|bleed|seam|page|print)\s+margins?\b)"
    # (nor a margin set to a length: "Increase the margin to 5mm in the template", a blind garden
    # centre's shelf labels)
    r"(?!\s+(?:the\s+)?(?:[\w-]+\s+)?margins?\s+(?:[\w-]+\s+){0,4}?to\s+\d[\d.,/]*\s?"
    r"(?:mm|cm|px|pt|inch(?:es)?|millimet(?:re|er)s?|centimet(?:re|er)s?)\b)"
    # (or of a page: "Increase the margin on the A5 leaflet template", review)
    r"(?!\s+(?:the\s+)?(?:[\w-]+\s+)?margins?\s+(?:on|of|around|in)\s+(?:the\s+|our\s+|each\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:templates?|labels?|leaflets?|artwork|pages?|layouts?|pdfs?|prints?|"
    r"documents?|posters?|flyers?|covers?|packets?)\b)"
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
    # (nor a verb said of people: "bring in the pond people, and they spend big on liners", a
    # blind garden centre's item; "what we spend on skips" stays a quantity, found by review)
    r"(?!spends?\s+(?:big|a\s+lot|heavily|loads|lots)\b)"
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
    r"\b" + WEAK_DIRECTION + r"\b(?:\s+[^\s.;:!?]+){0,6}?\s+"
    r"(?!spends?\s+(?:big|a\s+lot|heavily|loads|lots)\b)" + WEAK_QUANTITY
    + r"\b(?!\s+(?:(?:&|and)\s+[\w-]+\s+)?" + THING + r"\b)|"
    # a comparative before a level: "a higher first-attempt authorization success rate"
    # (not a product named in brackets or as an example: "(Better Uptime or similar)", a blind
    # car-wash chain's item; "We'd like higher repeat-visit rates" still names one)
    r"(?<!\()(?<!\be\.g\.\s)\b(?:higher|lower|better|greater|smaller|shorter|bigger|"
    r"larger)\s+"
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

EXPECTATION = LazyPattern(
    r"\b(should|expected to|expect(?:ed)? it to|aims? to|intended to|meant to|will|would)\s+"
    r"(?:help\s+)?(?:\w+\s+){0,1}" + OUTCOME_VERB + r"\b(?:\s+\w+){0,6}?\s*\b" + EXPECTED_QUANTITY
    + r"(?!\w)",
    re.I,
)

# Work aimed at a quantity: "this goes straight at turnover", "goes after repeat visits",
# "tackles churn head-on" (not "go after the new market", "tackle the backlog of refactors")
AIMED_AT = LazyPattern(
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
EXPECTED_AMOUNT = LazyPattern(
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
MOVE_MEASURED = LazyPattern(
    r"(?<!\bexplaining\s)(?<!\bexplain\s)(?<!\bexplains\s)(?<!\bshowing\s)(?<!\bshows\s)"
    r"(?<!\btelling\s)(?<!\btells\s)\bhow\s+(?:much|far)\s+(?:the\s+|our\s+|its\s+)?"
    r"(?:[\w-]+\s+){0,3}?" + QUANTITY
    + r"\s+(?:moves|changes|shifts|improves|drops|falls|rises|climbs|goes\s+(?:up|down))\b",
    re.I,
)

HELP_OUTCOME = LazyPattern(
    # (not help given with a task: "Student volunteers will help with sign-ups")
    r"\b(should|expected to|will|would|meant to|aims? to)\s+(help(?!\s+(?:with|at)\b|"
    r"\s+out\b(?!-))|lift|grow|move|raise|improve|"
    r"cut|reduce|boost)\s+(?:the\s+)?(?!it\b|this\b|us\b|them\b)([\w-]+\s+){0,4}?"
    + EXPECTED_QUANTITY + r"\b",
    re.I,
)

# A comparative before a quantity or a counted thing names the direction by itself: "faster time
# to first byte", "fewer dropped frames", "lower p95 latency"; at the start of a title it needs
# no verb.
COMPARATIVE = LazyPattern(
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

QUALITY = LazyPattern(
    r"\b(?i:mak(?:e|es|ing)|keep(?:s|ing)?)\s+(?:[\w'-]+\s+){1,6}?"
    r"(?i:(?:feel|seem|load|run|respond|start)s?\s+)?(?i:" + BETTER + r")\b|"
    r"^[^\w\n]*(?i:" + BETTER + r")\s+(?:[a-z0-9][\w'-]*\s+){0,2}?[a-z][\w-]*s\b|"
    # work done sooner: "detect anomalies sooner", "resolve tickets faster for enterprise"
    # (not a preference: "for people who find it faster", a blind architecture practice's item)
    r"(?:\b(?<!\bwho\s)(?<!\bthey\s)(?<!\bpeople\s)(?i:detect|notice|catch|flag|spot|resolve|answer|respond|recover|restore|deliver|"
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
LESS_OFTEN = LazyPattern(
    r"\b(?:(?:less|more)\s+(?:often|frequently)|(?:fewer|less)\s+times)\b", re.I)

TOLD_TO_ACT = LazyPattern(
    # (or what people tell us they would do: words.REPORTED_SPEECH)
    REPORTED_SPEECH + r"|"
    r"\b(?:sync|poll|ping|send|e?mail|ring|show|run|retry|fetch|check|nudge|notify|remind|"
    r"prompt|refresh|rotate|back\s+up|scan|crawl|post)(?:s|es|ed|ing)?\b(?:\s+[\w'-]+){0,2}?\s*$",
    re.I,
)

# A key result named by the quantity it measures: "point it at the mobile conversion KR", "push
# the redemption-rate KR well above target" (not the krona: "costs 40 kr").
KR_NAMED = LazyPattern(
    r"\b" + QUANTITY + r"\s+(?:(?-i:KRs?)|key\s+results?)\b(?!\s+" + THING + r"\b)|"
    # a key result named by its words, as what the work serves: "Needed for the varroa-count
    # logging KR" (a blind honey producer's item)
    r"\b(?:for|towards?|supports?|serves?|moves?)\s+(?:the|our)\s+(?:[\w-]+\s+){1,4}?(?-i:KRs?)\b"
    r"(?!\s+" + THING + r"\b)",
    re.I,
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

SAID_OTHERWISE = LazyPattern(
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
    # (where they are counted may stand between: "expect monthly active employees in the app to
    # go way up", a payroll vendor's item)
    r"\bexpect\w*\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?[\w-]*[^\Wsu\d]s\s+"
    r"(?:(?:in|on|at|across)\s+(?:the\s+|our\s+)?[\w-]+\s+)?to\s+"
    r"(?:decline|fall|drop|decrease|shrink|go\s+(?:way\s+)?down|rise|grow|climb|"
    r"go\s+(?:way\s+)?up)\b|"
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
    # ("with a public calendar we could make €15k+ a quarter", a blind salon chain's item)
    # (made by us, not by members: "you can make £5 a month in credit")
    r"(?:\b(?:sav(?:e|es|ing)|bring(?:s|ing)?\s+in)|\b(?:we|it|this|that)\s+(?:could|would|might|"
    r"should|will|can)\s+(?:also\s+)?make|\b(?:we|it|this|that)['’]d\s+make)\s+(?:us\s+)?"
    + _ABOUT + _MONEY + r"\+?"
    + r"(?:\s+(?:[\w-]+\s+){0,2}?" + _EARNED + r")?" + _EACH
    # (not a budget made available: "We can make £500 a month available for training", review)
    + r"(?!\s+(?:available|free)\b)|"
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

# More of a whole said to do something: "more of the dead daytime slots get picked up", "get
# more of them booking again", "a lot more of the €6.8M supplier-caused cost", "more of what's
# donated turns into cash": a share of a population or an amount, moved (in 30 of the 32
# labelled items that say it; six blind organisations' first runs missed it, 2026-12-02). Not
# "more of the same", nor a count of things ("40 more of those"), nor more of a thing shown
# ("show more of the description on the card").
MORE_OF_A_WHOLE = LazyPattern(
    r"(?<!\d\s)(?<!\bshow\s)(?<!\bshows\s)(?<!\bdisplay\s)(?<!\bsee\s)(?<!\bload\s)"
    r"(?<!\bfit\s)(?<!\bread\s)(?<!\breveal\s)\b(?:(?:a\s+lot|far|many|much|lots)\s+)?more\s+of\s+"
    r"(?:the|our|them|what|these|those|their|its)\b(?!\s+same\b)"
    # (nor data or work of a system moved: "Move more of our usage data into the warehouse")
    r"(?!\s+(?:[\w-]+\s+){0,2}?(?:data|logs?|jobs?|files?|records?|workloads?|tables?|"
    r"queries|scripts?|services|servers?|code|tests?|backups?|exports?|documents?)\b)",
    re.I,
)
