"""How specs name a target or a level for an outcome: "from 40% to 60%", "under 300 ms",
"within the hour", "reach 40%", "uptime at 99.95%", "down to about 12 per 100". The phrasings
the metric rule (checker/embedded/metric/rule.py) reads as targets and levels, as regular
expressions; the directions and changes are in phrasing.py, the numbers that are no
outcome (settings, capacities, versions, triggers) in exclusions.py; spans of time in
times.py, shares in shares.py, the effect work has on a quantity in effects.py. Built and
measured on tests/data/metrics/sentences.jsonl.
"""

from __future__ import annotations

import re

from checker.embedded.metric.numbers import (
    APPROX,
    FEW_POINTS,
    LEVEL_NUMBER,
    MEASURE,
    NUMBER,
    TO_LEVEL,
    UNIT,
    WORD_NUMBER,
)
from checker.embedded.metric.patterns import LazyPattern
from checker.embedded.metric.units import PHYSICAL
from checker.embedded.metric.words import (
    BOOST,
    DATE,
    DIRECTION,
    LEVEL,
    METRIC_TERMS,
    MONTH,
    NOT_PAST,
    PRICE,
    QUANTITY,
    SHARE_IN_WORDS,
    STATED,
    TARGETED,
    THING,
)

# (nor a day after its month: "Goal: ship the new donor portal by Oct 1")
# A unit of time, one or more of it.
_TIME = r"(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\b"
_NOT_A_DAY = (
    r"(?<!(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\s)(?<!(?:june|july|sept)\s)"
    r"(?<!(?:jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)\.\s)"
)
# A level wanted of the people or things named: "We want new temps at 80% of standard rate by
# their fourth shift" (a blind 3PL's item; not a rollout: "We want the flag at 10% of users")
WANTED_AT = LazyPattern(
    r"\b(?:we|they|i)\s+(?:want|need|expect|would\s+like|['’]d\s+like)\s+(?:[\w'-]+\s+){1,4}?at\s+"
    r"(?<![\d,.])\d[\d.]*\s?%(?!\s+of\s+(?:the\s+|our\s+)?(?:users|stores|sites|traffic|"
    r"customers|accounts|branches|fleet|devices|sessions|requests)\b)",
    re.I)
TARGET = LazyPattern(
    # "accounts with fewer than ten providers" is a scope, not a target.
    r"(?<!with )(?<!for )(?<!having )(?<!have )(?<!has )"
    # ("at least one course", "more than one device": one or more of a thing, not a bound)
    r"(?!(?:at\s+least|at\s+most|more\s+than)\s+(?:one|1)\s+(?!" + UNIT + r"\b)[a-z])"
    r"\b(?:under|below|above|over|at least|at most|fewer than|less than|more than|within|"
    r"no more than|no longer than|not more than|not longer than|no slower than|or better|"
    r"or less|(?<!the\s)past|beyond)\s+" + APPROX + r"?[$€£]?(?:(?<![\d,.])\d[\d,.]*+|"
    + WORD_NUMBER
    + r")\s?" + UNIT + r"?(?!\w|\.\d)|"
    # ("graded inside a working week instead of the 11 days we're at now", a blind phone
    # refurbisher's item)
    r"\b(?:within|inside|under|in\s+under|in\s+less\s+than|below)\s+(?:the|an|a|one)\s+"
    r"(?:working\s+|business\s+|calendar\s+)?(?:second|minute|hour|day|week|month)\b|"
    # ("finished within a couple of weeks of the report, not nearly three")
    r"\b(?:within|in\s+under|in\s+less\s+than)\s+(?:a\s+couple\s+of|a\s+few)\s+"
    r"(?:seconds|minutes|hours|days|weeks|months)\b|"

    # a level moved past today's: "should push online retirement quotes well past the current
    # 22%" (a blind pensions administrator's item)
    r"\b(?:past|beyond|above|over|below|under)\s+(?:the|our|its|their)\s+(?:current|present|"
    r"existing)\s+" + APPROX + r"?(?<![\d,.])\d[\d,.]*+\s?%|"
    # ... or a span of time measured today: "should get an offer well under the current
    # 41-month median" (a blind allotment federation's item)
    r"\b(?:well\s+|comfortably\s+)?(?:below|under)\s+(?:the|our|its|their)\s+(?:current|present|"
    r"existing|today's)\s+" + APPROX + r"?(?<![\d,.])\d[\d,.]*+[\s-]?(?:minutes?|hours?|days?|"
    r"weeks?|months?|years?)\s+(?:median|average|mean|wait|waiting\s+time|turnaround|lead\s+time)\b|"
    # a share or a time someone else bounds: "back below Play's 0.47% bad-behaviour threshold"
    r"\b(?:under|below|above)\s+(?-i:[A-Z][\w.-]*)['’]s\s+" + APPROX
    + r"?(?<![\d,.])\d[\d,.]*+\s?(?:%|percent\b|ms\b|s\b|secs?\b|seconds?\b|min\b|minutes?\b)"
    r"(?=\s+(?:[\w-]+\s+){0,2}?(?:threshold|bar|benchmark|guidance|guideline|recommendation|"
    r"target)s?\b)|"
    r"\bto\s+(?:~\s?)?(?<![\d,.])\d[\d.]*+\s?%|\bon\s+(?<![\d,.])\d[\d.]*+\s?%\s+of\b|"
    r"\bto\s+(?:(?:near|nearly|almost|close\s+to|virtually)\s+)?(?:zero|0)\b(?![.,]\d)|"
    # a time said in its unit: "cut cert enrollment from hours to minutes", "a new plant goes live
    # in days rather than weeks"
    # (after a verb that shortens, to a smaller unit: not "convert durations from hours to
    # minutes", "take the time axis from minutes to hours"; live or done in a smaller unit: not
    # "show durations in hours not minutes")
    r"\b(?:cut|cuts|reduc\w*|bring\w*|shorten\w*|shrink\w*|speed\w*|(?:should|will|would)\s+take)\b"
    r"[^.;\n]{0,60}?\bfrom\s+"
    r"(?:months\s+(?:down\s+)?to\s+(?:weeks|days)|weeks\s+(?:down\s+)?to\s+(?:days|hours)|"
    r"days\s+(?:down\s+)?to\s+(?:hours|minutes)|hours\s+(?:down\s+)?to\s+(?:minutes|seconds)|"
    r"minutes\s+(?:down\s+)?to\s+seconds)\b|"
    # a time to a thing brought under the time it takes now: "Quotes same day instead of ~5
    # working days", "payouts within 1 day rather than 7 days" (not a setting's window said
    # with "for" or "before": "Keep logs for 30 days instead of 90 days")
    r"\b(?:same[\s-]day|next[\s-]day|(?:in|within|under)\s+(?:~\s?|about\s+)?\d+\s*"
    r"(?:working\s+|business\s+)?" + _TIME + r")\s+(?:instead\s+of|rather\s+than|vs\.?|versus)\s+"
    r"(?:the\s+|today's\s+|(?:the\s+)?current\s+)?(?:~\s?|about\s+|around\s+)?\d+\s*"
    r"(?:working\s+|business\s+)?" + _TIME + r"(?!\s+(?:before|after|ahead)\b)|"
    # ... or against today's said before it: "A brake lever ordered on Friday leaves 6 days later.
    # With a GLS contract it would reach Köln in 1–2 days instead" (a blind cargo-bike maker's)
    # (something delivered, not the team's own schedule: "The next release will ship in 2 weeks
    # instead", review)
    r"\b(?:would|will|should|could|['’]d)\s+(?:[\w-]+\s+){0,3}?(?:reach|arrive|land|be\s+with|"
    r"be\s+back|get\s+there|get\s+(?:[\w-]+\s+){1,2}?to)\b(?:\s+[\w-]+){0,4}?\s+(?:in|within)\s+"
    r"(?:~\s?|about\s+)?\d+(?:\s?(?:[–-]|to)\s?\d+)?\s*(?:working\s+|business\s+)?" + _TIME
    + r"\s+instead\b(?!\s+of\b)|"
    # (done in a smaller unit than today, whatever the verb: "could do fistulograms, angioplasty
    # and catheter exchanges in days, not weeks", a blind dialysis network's item)
    r"\bin\s+(?:weeks,?\s+(?:rather\s+than|instead\s+of|not)\s+months|days,?\s+(?:rather\s+than|"
    r"instead\s+of|not)\s+(?:weeks|months)|hours,?\s+(?:rather\s+than|instead\s+of|not)\s+"
    r"(?:days|weeks)|minutes,?\s+(?:rather\s+than|instead\s+of|not)\s+(?:hours|days))\b|"
    # a date brought forward: "passed out by the end of June rather than September" (a blind
    # rail freight operator's item)
    r"\bby\s+(?:the\s+end\s+of\s+)?" + MONTH + r"\w*\s+(?:rather\s+than|instead\s+of)\s+"
    r"(?:the\s+end\s+of\s+)?" + MONTH + r"|"
    # availability in nines, a bound by a sign: "uptime to three nines", "pages to < 5/week"
    r"\b(?:to|at|of)\s+(?:two|three|four|five|[2-5])\s+(?:nines|9s?)\b(?![\d.,])|\b(?:to|in)\s+(?:<|≤|<=)\s*\d|"
    # a band to stay in: "within a 24 to 36 hour range", "between 2 and 4 days"
    r"\b(?:within|between)\s+(?:an?\s+|the\s+)?(?<![\d,.])\d[\d.]*+\s?" + UNIT
    + r"?\s*(?:to|and|-|–)\s*(?<![\d,.])\d[\d.]*+\s?-?" + UNIT + r"(?![\w.])",
    re.I,
)
# What a count to reach counts: a share, or an outcome's units ("2,400 tonnes", "40 forwarders").
_COUNT_TO_REACH = (
    r"(?!\w)(?:(?<=%)|\s*(?:[\w-]+\s+)?(?:" + PHYSICAL + r"|customers|members|users|"
    r"subscribers|households|families|bookings|orders|sales|shipments|donors|volunteers|visitors|"
    r"students|patients|accounts|forwarders|partners|clients|signups|sign-ups|downloads|"
    r"installs|deliveries|meals|pupils|learners|readers|listeners|viewers|fans|tickets)\b)"
)
NUMERIC_TARGET = LazyPattern(
    # "OEE 68% → 75%", "cold start 7s -> <2s" (a bound by a sign)
    # (not a span naming a thing after the arrow: "3 no-shows in 30 days -> 7-day booking block",
    # a blind climbing gym's rule)
    # (a word for today may stand after a share, before the arrow: "9% today -> 40% target", a
    # blind bus maker's item; not after a price or a size, "Monthly plan 29 now -> 35")
    # (not a time of day: "CTT pickup 15:00 → 17:30", a blind skincare brand's schedule)
    # (a rate per period too: "Pick rate 90/hr -> 120/hr", found by review)
    # (not a path, three bare numbers or more in a chain: "3 levels deep (1 → 4 → 2)", a blind
    # council contact centre's menu; a glide path of shares is a target, "14% → 11% → 8%")
    r"(?<![→>]\s)(?<![→>])"
    r"(?<![\d,.:])\d[\d,.]*+(?:\s?%\s+(?:today|now|currently|at\s+baseline)|\s?" + UNIT + r"?)"
    r"(?:/[a-z]{1,5}\b)?\s*(?:→|->|=>)\s*(?:~|<=?|≤|>=?|≥)?\s?\d[\d,.]*+(?!:\d)"
    r"(?!\s*(?:→|->|=>))"
    r"(?!-(?:day|week|hour|month|year|minute|night)s?\b)|"
    # a duration in minutes and seconds, named: "AHT 12:30 -> 8:00", "Average call wait time
    # 3:20 → 1:30" (a time of day is no level, above; found by review)
    r"\b(?:aht|" + QUANTITY + r")\b[^.;\n]{0,30}?(?<![\d:])\d{1,2}:\d{2}\s*(?:→|->|=>)\s*"
    r"(?:~|<=?|≤)?\s?\d{1,2}:\d{2}\b|"
    # a quantity to a level: "MTTR for sev-1 incidents -> < 1h", "DLQ volume → near zero"
    r"\b" + QUANTITY + r"\s*(?:→|->|=>)\s*(?:(?:<|≤|<=|~|under|below|near|nearly)\s*)?"
    r"(?:\d|zero\b)|"
    # (to a bound: "go from 30% to over 60%")
    # ("take us from 12 apprentices on the books to 30", a blind repairs contractor's item)
    r"\bfrom\s+" + NUMBER + r"\s+(?:\w+\s+){0,4}?(?:to|towards?)\s+(?:the\s+|our\s+)?"
    # ("push MyPension registrations from 31% to nearer 45%", a blind pensions administrator's)
    # ("Missed tide windows down from 14 to no more than 6 a quarter", a blind pilotage service's)
    r"(?:(?:over|above|under|below|more\s+than|less\s+than|fewer\s+than|no\s+more\s+than|"
    r"at\s+least|at\s+most|nearer|"
    r"closer\s+to|around|about|roughly|nearly|almost|well\s+(?:over|under|above|below))\s+)?"
    + TO_LEVEL + r"|"
    # a level pulled up or down to another: "the cheapest lever we have for pulling the 3.6 up to
    # 4.4" (a blind credit union's app rating)
    r"\b(?:pull|push|get|bring|lift|nudge|drive|move)\w*\s+(?:the|our|it|that|this)\s+" + NUMBER
    + r"\s+(?:up|down)\s+to\s+" + TO_LEVEL
    # (not a version: "Bring the 3.6 up to 3.12 across all lambdas")
    + r"(?![^.;\n]{0,40}\b(?:lambdas?|images?|builds?|runtimes?|repos?|services|clusters?|"
    r"nodes?|sdks?|versions?|python|node|java)\b)|"
    # a count added toward a target's: "roughly 800 more monthly digital actives toward the 21.5k"
    r"(?<![\d,.])\d[\d,.]*+\s+(?:more|extra|additional|new)\s+(?!(?:story\s+)?points\b)"
    r"(?:[\w-]+\s+){1,3}?towards?\s+(?:the|our)\s+" + NUMBER
    + r"(?!\s+(?:[\w-]+\s+)?(?:capacity|points|sprints?|velocity)\b)|"
    # a part of a target's count expected: "We expect this to be the biggest source of loans this
    # half, roughly 600 of the 2,400"
    r"\b(?:expect\w*|should|would|will|could)\b[^.;\n]{0,100}?\b(?:roughly|about|around|some)\s+"
    r"(?<![\d,.])\d[\d,]*+\s+of\s+the\s+(?<![\d,.])\d[\d,]*+(?:\.\d+)?"
    # (the target's count ends the clause or counts an outcome: not "40 of the 120 API endpoints")
    r"(?:(?=\s*(?:[.;,!?)]|$))|" + _COUNT_TO_REACH + r")|"
    # a share of a population brought somewhere: "get 30% of active drivers onto the dashboard"
    r"\b(?:get|gets|getting|bring|brings|onboard|convert)\s+(?:~\s?|about\s+|over\s+|at\s+least\s+)?"
    r"(?<![\d,.])\d[\d.]*+\s?%\s+of\b|"
    # (not a person taken somewhere: "take him to ~10 school visits a term", a blind wildlife
    # rescue's item)
    r"\b(?:get|gets|getting|bring|brings|take|takes)\s+(?!(?:him|her|me|you)\b)(?:\w+\s+){0,3}?"
    r"to\s+" + NUMBER + r"|"
    # where the work takes us, said as a count to reach: "This is how we get to the 1,200 tonnes
    # we committed to", "whether we're on track for 2,400 tonnes" (blind cargo and food-bank items)
    # (a count of what a target counts, not a journey or a plan of work: "get to the 3 sites",
    # "on track for 12 sprints", "on track for 2026")
    r"\b(?:get|gets|getting)\s+to\s+(?:the|our)\s+" + NUMBER + _COUNT_TO_REACH + r"|"
    # part of the way there: "Should get us a good chunk of the way to 11,000 plan members" (a
    # blind opticians chain's item)
    r"\b(?:get|gets|getting|take|takes|taking|bring|brings|go|goes)\s+(?:us\s+)?"
    r"(?:[\w-]+\s+){0,5}?way\s+(?:to|towards?)\s+(?:the\s+|our\s+)?" + NUMBER
    # (a bare count where the clause ends: "gets us most of the way to 220."; not a year)
    # (the number is read with a stop after it: "220." ends the clause)
    + r"(?:" + _COUNT_TO_REACH + r"|(?<!\b20\d\d)(?<!\b20\d\d\.)(?<!\b19\d\d)(?<!\b19\d\d\.)"
    # (nor a version: "most of the way to 3.0")
    r"(?<!\.\d)(?<!\.\d\.)"
    r"(?:(?<=\.)(?=\s|$)|(?=\s*(?:[.;!?)]|,\s|$))))|"
    r"\bon\s+(?:track|course|pace|target)\s+(?:for|to\s+(?:hit|reach|make|get\s+to))\s+"
    r"(?:the\s+|our\s+)?" + NUMBER + _COUNT_TO_REACH + r"|"
    r"\b(?:make|makes|making)\s+(?:it|this|that)\s+" + NUMBER + r"|"
    # the field's metric to a level: "OTIF to 97 for the grocery accounts" (here, where a setting
    # before it is read: "Set HPA target CPU utilization to 70%")
    r"\b(?:" + METRIC_TERMS + r")\s+(?:to|above|over)\s+" + LEVEL_NUMBER + r"|"
    # "reduce that to 4 weeks", "cut the wait to 10 minutes"
    r"\b(?:reduc\w*|cut|cuts|lower\w*|decreas\w*|rais\w*|increas\w*|shrink\w*|grow\w*|"
    r"" + BOOST + r"|drop\w*|bring\w*|halv\w*)\s+(?:[\w-]+\s+){0,4}?(?:down\s+|up\s+)?to\s+"
    + APPROX + r"?(?<![\d,.])\d[\d,.]*+\s?(?:%|percent\b|ms\b|s\b|secs?\b|"
    r"seconds?\b|mins?\b|minutes?\b|h\b|hrs?\b|hours?\b|days?\b|weeks?\b|months?\b)|"
    # (a date is no target: "Goal: live by 30 June", "Target: by Q3 2027"; nor a non-goal's number)
    # (nor goals counted: "3 goals, topic per week for the next 6 weeks", a blind tutoring
    # marketplace's template)
    # (nor whom a list targets: "Target list: ortho/dental OEMs within 2 hrs of Telford")
    # (goals counted have a number alone before them, not "Q3 target": review)
    r"(?<!non-)(?<!non\s)(?<!\s\d\s)(?<!^\d\s)(?<!\s\d\d\s)(?<!^\d\d\s)"
    # (a word of its own, not an identifier: "targetSdk 35", a blind payments start-up's chore)
    r"\b(?:target|goal|aim)(?:s|t?ed|t?ing)?\b(?!\s+" + TARGETED + r"\b)[^.\n]{0,60}?(?<!\w)"
    r"(?!" + DATE + r")"
    + _NOT_A_DAY + r"\d|"
    # a share in words aimed at, of a quantity named before: "Today about a quarter of imports
    # are released before the vessel berths; aim for half" (a blind container terminal's item;
    # not a part of a period: "aim for the first half of 2027")
    r"\b(?:aim(?:s|ing)?\s+(?:for|at)|target(?:s|ing)?|get\s+(?:it|that|this)\s+(?:up\s+)?to)\s+"
    r"(?:(?:roughly|about|around|at\s+least|over|more\s+than|nearly|close\s+to)\s+)?"
    + SHARE_IN_WORDS + r"\b"
    r"(?!\s+(?:of\s+)?(?:the\s+)?(?:first|second|last|next|this|year|season|quarter|month|week|"
    r"term|h[12]|q[1-4]|20\d\d)\b)|"
    # a level brought down, or brought down or up by an amount: "those chasers down to about 12
    # per 100", "should bring that down by roughly €2.1k/month" (here, where a setting or a
    # capacity before it is read: "scale the cluster down to 3 nodes")
    # (not a part worn down: "Casings run down to 1.6–2 mm come back with damage", a blind tyre
    # retreader's item)
    r"(?<!\brun\s)(?<!\bworn\s)(?<!\bwear\s)(?<!\bwears\s)(?<!\bground\s)"
    # (nor a length left: "Front tyres down to 2 mm", a blind seaweed farm's van)
    r"\bdown\s+to\s+" + APPROX + r"?(?!\d[\d.,]*\s?(?:mm|cm)\b)(?:" + MEASURE + r"|(?<![\d,.])\d)|"
    r"\b(?:up|down)\s+by\s+" + APPROX + r"?(?:[$€£](?<![\d,.])\d[\d,.]*+\s?[kmb]?\b|" + MEASURE
    + r")|"
    # (not two figures that disagree: "not the dashboards (they differ by ~2%)", a blind payments
    # start-up's chore)
    r"(?<!\bdiffer\s)(?<!\bdiffers\s)(?<!\bvary\s)(?<!\bvaries\s)(?<!\bdeviate\s)"
    r"\bby\s+(?:roughly\s+|about\s+|around\s+|some\s+|approximately\s+|~\s?)?"
    r"(?<![\d,.])\d[\d.]*+\s?%|"
    r"\b(?:under|below|above|at least|at most)\s+(?<![\d,.])\d[\d.]*+\s?%",
    re.I,
)

# Where a sentence asks for something ("to", a modal, "make ... reach"), not states it.
ASKED = (
    r"(?:^|[.;:!?]\s+|\b(?:to|should|shall|will|would|must|can|could|make|makes|making|help|"
    r"helps|let|lets|and|want|need)\s+(?:[\w'-]+\s+){0,8}?)"
)
LEVEL_TARGET = LazyPattern(
    # a level to reach: "make the share reach 40%" (but "our emails reach 40% of users" is a fact)
    ASKED + r"(?:reach|hit|attain|achieve|get\s+to|cross|surpass|(?<=to\s)top)\b"
    r"(?:\s+[\w'-]+){0,4}?\s+(?:at\s+)?"
    + MEASURE + r"|"
    # a count of the field's metric to reach: "Hit 1M MAU by year end", "reach 50k DAU"
    + ASKED + r"(?:reach|hit|attain|achieve|get\s+to|cross|surpass)\s+~?(?<![\d,.])\d[\d,.]*+\s?"
    r"[kmb]?\s+(?:" + METRIC_TERMS + r")\b|"
    # a bound after the number: "at 99.95% or better", "in 2 days or less"
    + MEASURE + r"\s+or\s+(?:better|more|higher|greater|above|over|less|lower|fewer|below|"
    r"under|faster|sooner|quicker)\b|"
    # a comparison sign after a quantity: "p95 latency < 300 ms", "error rate <= 0.1%"
    # ("times out on projects with >500 pipelines" is a scope)
    # (nor things picked by their age: "clear claims >30 days", a blind bus maker's title)
    # (bounded: a run of "a-a-a-..." is not rescanned to its end from every word)
    r"\b(?![\w-]{0,40}?s\s*[<>]=?\s*\d+\s*(?:days?|weeks?|months?|years?|d|wks?)\b)"
    + QUANTITY + r"\b(?!\s+(?:out|expire[sd]?)\b)(?:\s+[\w'-]+){0,6}?"
    # (nor things picked by when they were made: "bookings made <24h before arrival", a marina's)
    r"(?<!\bwith)(?<!\bfor)(?<!\bof)(?<!\bmade)(?<!\bplaced)(?<!\bbooked)(?<!\breceived)"
    # (nor things picked by how long they have been held: "shippers held > 14 days", a blind cold
    # chain's list)
    r"(?<!\bcreated)(?<!\bopened)(?<!\bolder)(?<!\baged)(?<!\bheld)(?<!\bidle)(?<!\bparked)"
    r"(?<!\bunpaid)(?<!\boutstanding)\s*(?:[<>≤≥]=?|=<)\s*~?\s?[$€£]?\d"
    # (nor a colour's threshold: "Colour coding: packet loss > 2% red", a blind video relay
    # service's report)
    r"(?![\d.,]*+\s?(?:%|ms|s|min)?\s*(?:[=:→-]>?\s*)?\(?(?:red|amber|green|yellow|orange)\b)"
    # (nor a span naming a thing: "3 no-shows in 30 days -> 7-day booking block", a blind
    # climbing gym's rule)
    r"(?![\d.,]*-(?:day|week|hour|month|year|minute|night)s?\b)|"
    # a signed change: "+10% new funded accounts", "-15% refunds"
    # (a price is no outcome: "at +35% surcharge", "second car on the same account at -30%", a
    # blind car-wash chain's title)
    # (nor a price cut suggested or a voucher's bonus: "email the seller suggesting -20%", "Bon
    # d'achat +15 %", a blind resale marketplace's items)
    r"(?<![\w.+-])(?<!\bat\s)(?<!\bfor\s)(?<!suggesting\s)(?<!\boffering\s)(?<!\bachat\s)"
    r"(?<!\bvoucher\s)(?<!\bbonus\s)(?<!\brush\s)[+-]\d[\d.]*(?:\s?[–-]\s?\d[\d.]*)?\s?(?:%|pp\b|pts?\b|points?\b)(?!\s*(?:surcharge|fee|mark-?up|premium|"
    # (nor a surcharge for a service: "The price list says +50% for delivery within 24h")
    r"discount|off\b|commission|tax|vat|price|for\s+(?:delivery|same[\s-]day|express|rush|"
    # (nor a rent raised: "Il proprietario chiede +12% sul canone", a blind ski rental chain's)
    r"weekend|urgent|next[\s-]day)\b|(?:on\s+(?:the\s+)?|sul\s+|sur\s+le\s+|auf\s+die\s+)(?:rent|"
    r"lease|canone|affitto|loyer|miete)\b))|"
    # a change by an amount said with a verb: "should drop ~10%", "rises by 5 points"
    r"\b(?:drop|drops|fall|falls|rise|rises|grow|grows|shrink|shrinks|climb|climbs|decline|"
    r"declines|improve|improves|jump|jumps)\s+(?:by\s+)?(?:about\s+|roughly\s+|around\s+|"
    r"nearly\s+|~\s?)?(?<![\d,.])\d[\d.]*+\s?(?:%|percent\b|pp\b|pts?\b|points?\b)|"
    # a rating wanted for what is rated: "We want every one of them at 4+ stars by end of Q4"
    # (not a filter's or a default's setting: "keep the hotel filter at 4+ stars")
    r"\b(?:want|wants|get|gets|keep|bring|need|needs)\s+(?:(?!" + THING + r"\b|defaults?\b)"
    r"[\w'-]+\s+){0,5}?(?:at|to)\s+(?:~\s?)?\d[\d.]*\s?(?:\+\s?|or\s+(?:more|better|above)\s+)?"
    r"(?:stars?|★)|"
    # a score or rating to reach: "CSAT to 4.5+", "NPS above 40"
    r"\b(?:csat|nps|ces|score|rating|stars?)\s+(?:of\s+)?(?:to|above|over)\s+\d|"
    # a multiple: "3x faster", "2 times more", "twice as fast", "half as many"
    r"\b(?:(?<![\d,.])\d[\d.]*+\s?x|(?<![\d,.])\d[\d.]*+\s+times|twice|half)\s+"
    r"(?:as\s+\w+|faster|quicker|slower|"
    r"cheaper|more|fewer|less|higher|lower|better|smaller|bigger|larger)\b|"
    # a change by an amount: "down 30%", "up by 5 points", "cut in half", "by a third"; not a
    # duration ("both down ~6 min" is an outage)
    # (or in words: "coverage up a few points", "down by roughly a point"; not a font's size)
    # (nor a share in an aside or a noun: "Invoice came in at £38,410 (up 4%)", "(take-up ~30%)",
    # a blind students' union's and ski rental chain's items)
    r"(?<!font\s)(?<!size\s)(?<!text\s)(?<!heading\s)(?<![(-])\b(?:up|down)\s+(?:by\s+)?" + APPROX
    + r"?"
    + FEW_POINTS + r"|"
    # (what a whole is made of is a fact: "Patients over 65 make up 41% of our visits"; not what
    # it should be made of: "we want self-serve to make up 30% of new signups")
    r"(?<!\bmakes\s)(?<!\bmade\s)(?<!(?<!\bto\s)(?<!should\s)(?<!\bwill\s)(?<!would\s)"
    r"(?<!\bmust\s)\bmake\s)(?<![(-])"
    r"\b(?:up|down)\s+(?:by\s+)?(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+)?~?"
    r"(?<![\d,.])\d[\d,.]*+\s?(?:%|percent\b|pp\b|pts?\b|points?\b)|"
    # a change by percentage points asked of a level, words between them: "Improve student
    # attendance in grades 9-10 by five percentage points" (not a price or a cap moved: "Raise
    # the loyalty discount by 5 percentage points"; nor a change seen: "Churn went up by 2")
    + NOT_PAST + r"\b(?:" + DIRECTION + r"|improv\w*)\b(?:(?!\b(?:" + PRICE + r"|caps?|limits?|"
    r"defaults?|thresholds?)\b)[^.;:!?\n]){0,60}?\bby\s+(?:about\s+|around\s+|roughly\s+|"
    r"at\s+least\s+|~\s?)?(?<![\d,.])\d[\d.]*+\s?(?:pp|percentage[\s-]+points?)\b|"
    # points added to a level: "could add ~3 points to the app's share of revenue"
    r"\badd(?:s|ed|ing)?\s+(?:about\s+|around\s+|roughly\s+|up\s+to\s+|~\s?)?(?<![\d,.])"
    r"\d[\d,.]*+\s?(?:pp\b|pts?\b|points?\b|percentage\s+points?\b)\s+(?:to|on)\s+"
    r"(?:[\w'’-]+\s+){0,4}?" + LEVEL + r"\b|"
    r"\bdown\s+to\s+(?:single\s+digits|zero\b|same[\s-]day\b|"
    r"next[\s-]day\b|real[\s-]time\b|one\s+day\b)|"
    r"\b(?:past|beyond|above|over)\s+(?:half|a\s+third|a\s+quarter)\s+of\b|"
    # an arrow for the direction: "time-to-hire ↓ 20%", "contacts per 1k orders ↓"; an arrow to
    # the effect: "better recommendations → more add-to-carts"
    r"[↑↓⬆⬇]\s*[~+-]?\s?\d|\b" + QUANTITY + r"\b(?:\s+[\w'/-]+){0,4}?\s*[↑↓⬆⬇]|"
    r"(?:→|->|=>|⇒)\s*(?:more|fewer|less|higher|lower|better|faster|shorter|bigger)\s+[\w-]|"
    # a multiple of a quantity: "expect ~3x throughput" (not one part against the rest today:
    # "Monday 8-10 gets roughly 3x the calls of any other 2-hour block", a blind orthodontic
    # group's item)
    r"(?<![\w.])~?\d[\d.]*\s?x\s+(?:more\s+|the\s+)?" + QUANTITY + r"\b"
    r"(?!\s+(?:of|than|that\s+of)\s+(?:any|every|all|each|the\s+rest|other|the\s+other)\b)|"
    # a quantity named, then said to reach a level further on: "Median days to first successful
    # sync for Workspace customers should drop to about one"
    r"\b" + QUANTITY + r"\b(?!\s+" + THING + r"\b)[^.;!?\n]{0,80}?\bshould\s+(?:\w+ly\s+)?"
    r"(?:drop|fall|come\s+down|"
    r"go\s+(?:down|up)|rise|climb)\s+(?:to|below|under|above|over)\s+" + APPROX + r"?[$€£]?"
    # (a level, not a count of things: "should come down to 2 replicas at night")
    r"\d+(?:[.,]\d+)*\s?(?:%|" + UNIT + r"\b|(?=[.,;:!?)]|$|\s+(?:by|in|per|a|an|for|within|on|"
    r"over|across|after|once|or)\b))|"
    # a bound on everyone's wait: "nobody should wait longer than two minutes"
    r"\b(?:nobody|no\s+one|no-one)\s+(?:should|will|must|has\s+to)\s+(?:[\w'-]+\s+){1,3}?"
    r"(?:longer|more)\s+than\s+~?\d|"
    # a share lost: "stop losing a third of trial users"
    r"\bstop\s+losing\s+(?:a\s+third|a\s+quarter|half|~?\d[\d.]*\s?%)|"
    r"\b(?:under|below|above|over|within)\s+(?:the|a|an|our)\s+" + MEASURE + r"|"
    r"" + MEASURE + r"\s+by\s+(?:the\s+)?(?:end\b|q[1-4]\b|h[12]\b|launch\b|next\b|"
    + MONTH + r"\w*|(?:19|20)\d\d\b)|\b" + DIRECTION
    + r"\b(?:\s+[\w'-]+){0,6}?\s+(?:in\s+half|by\s+(?:roughly\s+|about\s+|nearly\s+|almost\s+|"
    r"more\s+than\s+)?(?:half|a\s+third|a\s+quarter))\b",
    re.I,
)
# A level set at a value: "uptime of the public API at 99.95%"; not one stated before or after
# the level ("the report shows day-30 retention at 18%", "uptime is at 99.2%").
LEVEL_AT = LazyPattern(
    r"(?<!-)\b" + LEVEL + r"\b(?!\s+outs?\b)(?:\s+(?!" + STATED + r"\b)[\w'-]+){0,5}?\s+at\s+"
    + MEASURE,
    re.I,
)
STATED_BEFORE = LazyPattern(r"\b" + STATED + r"\b(?:\s+[\w'-]+){0,3}?\s*$", re.I)
