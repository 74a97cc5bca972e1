"""How specs name a target or a level for an outcome: "from 40% to 60%", "under 300 ms",
"within the hour", "reach 40%", "uptime at 99.95%", "down to about 12 per 100". The phrasings
the metric rule (checker/embedded/metric/rule.py) reads as targets and levels, as regular
expressions; the directions and changes are in phrasing.py, the numbers that are no
outcome (settings, capacities, versions, triggers) in exclusions.py. Built and measured
on tests/data/metrics/sentences.jsonl.
"""

from __future__ import annotations

import re

from checker.embedded.metric.words import (
    APPROX,
    BOOST,
    DATE,
    DIRECTION,
    FEW_POINTS,
    LEVEL,
    LEVEL_NUMBER,
    MEASURE,
    METRIC_TERMS,
    MONTH,
    NOT_PAST,
    NUMBER,
    POPULATION,
    PRICE,
    QUANTITY,
    SHARE_IN_WORDS,
    STATED,
    TARGETED,
    THING,
    TO_LEVEL,
    UNIT,
    WORD_NUMBER,
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
WANTED_AT = re.compile(
    r"\b(?:we|they|i)\s+(?:want|need|expect|would\s+like|['’]d\s+like)\s+(?:[\w'-]+\s+){1,4}?at\s+"
    r"(?<![\d,.])\d[\d.]*\s?%(?!\s+of\s+(?:the\s+|our\s+)?(?:users|stores|sites|traffic|"
    r"customers|accounts|branches|fleet|devices|sessions|requests)\b)",
    re.I)
TARGET = re.compile(
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
    r"(?!\w)(?:(?<=%)|\s*(?:[\w-]+\s+)?(?:tonnes|tons|kg|litres|customers|members|users|"
    r"subscribers|households|families|bookings|orders|sales|shipments|donors|volunteers|visitors|"
    r"students|patients|accounts|forwarders|partners|clients|signups|sign-ups|downloads|"
    r"installs|deliveries|meals|pupils|learners|readers|listeners|viewers|fans|tickets)\b)"
)
NUMERIC_TARGET = re.compile(
    # "OEE 68% → 75%", "cold start 7s -> <2s" (a bound by a sign)
    # (not a span naming a thing after the arrow: "3 no-shows in 30 days -> 7-day booking block",
    # a blind climbing gym's rule)
    # (a word for today may stand after a share, before the arrow: "9% today -> 40% target", a
    # blind bus maker's item; not after a price or a size, "Monthly plan 29 now -> 35")
    # (not a time of day: "CTT pickup 15:00 → 17:30", a blind skincare brand's schedule)
    r"(?<![\d,.:])\d[\d,.]*+(?:\s?%\s+(?:today|now|currently|at\s+baseline)|\s?" + UNIT + r"?)"
    r"\s*(?:→|->|=>)\s*(?:~|<=?|≤|>=?|≥)?\s?\d[\d,.]*+(?!:\d)"
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
    r"\b(?:get|gets|getting|bring|brings|take|takes)\s+(?:\w+\s+){0,3}?to\s+" + NUMBER + r"|"
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
    r"\b(?:target|goal|aim)\w*\b(?!\s+" + TARGETED + r"\b)[^.\n]{0,60}?(?<!\w)(?!" + DATE + r")"
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
    r"\bdown\s+to\s+" + APPROX + r"?(?:" + MEASURE + r"|(?<![\d,.])\d)|"
    r"\b(?:up|down)\s+by\s+" + APPROX + r"?(?:[$€£](?<![\d,.])\d[\d,.]*+\s?[kmb]?\b|" + MEASURE
    + r")|"
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
LEVEL_TARGET = re.compile(
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
    r"(?<!\bcreated)(?<!\bopened)(?<!\bolder)\s*(?:[<>≤≥]=?|=<)\s*~?\s?[$€£]?\d"
    # (nor a span naming a thing: "3 no-shows in 30 days -> 7-day booking block", a blind
    # climbing gym's rule)
    r"(?![\d.,]*-(?:day|week|hour|month|year|minute|night)s?\b)|"
    # a signed change: "+10% new funded accounts", "-15% refunds"
    # (a price is no outcome: "at +35% surcharge")
    r"(?<![\w.+-])[+-]\d[\d.]*(?:\s?[–-]\s?\d[\d.]*)?\s?(?:%|pp\b|pts?\b|points?\b)(?!\s*(?:surcharge|fee|mark-?up|premium|"
    r"discount|off\b|commission|tax|vat|price))|"
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
    r"(?<!font\s)(?<!size\s)(?<!text\s)(?<!heading\s)\b(?:up|down)\s+(?:by\s+)?" + APPROX + r"?"
    + FEW_POINTS + r"|"
    # (what a whole is made of is a fact: "Patients over 65 make up 41% of our visits"; not what
    # it should be made of: "we want self-serve to make up 30% of new signups")
    r"(?<!\bmakes\s)(?<!\bmade\s)(?<!(?<!\bto\s)(?<!should\s)(?<!\bwill\s)(?<!would\s)"
    r"(?<!\bmust\s)\bmake\s)"
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
LEVEL_AT = re.compile(
    r"(?<!-)\b" + LEVEL + r"\b(?!\s+outs?\b)(?:\s+(?!" + STATED + r"\b)[\w'-]+){0,5}?\s+at\s+"
    + MEASURE,
    re.I,
)
STATED_BEFORE = re.compile(r"\b" + STATED + r"\b(?:\s+[\w'-]+){0,3}?\s*$", re.I)
# A time brought under today's in words: "so a breakdown becomes a same-shift repair rather than
# a two-day wait", "a next-day fix instead of a week-long delay".
TIME_SHORTENED = re.compile(
    r"\b(?:same[\s-](?:day|shift|hour|week)|next[\s-]day|(?:one|an?)[\s-]hour|overnight)\b"
    r"[^.;\n]{0,30}?\s(?:instead\s+of|rather\s+than)\s+(?:a\s+|the\s+|today's\s+)?"
    r"(?:(?:~\s?)?(?:\d+|two|three|four|five|six|several|multi)[\s-]*)?(?:day|week|hour|month)s?"
    r"(?:[\s-]long)?[\s-]+(?:wait|delay|turnaround|lead\s+time|backlog|queue)s?\b|"
    # people brought to a milestone sooner: "would get people to their first episode days
    # sooner" (not the team's schedule: "ship the MVP two weeks sooner")
    r"\b(?:get|gets|getting|bring|brings|bringing)\s+(?:(?:new|more|our|the)\s+)?(?:people|"
    r"users|customers|creators|members|patients|learners|students|buyers|sellers|"
    r"riders|guests|listeners|readers|players)\s+(?:to|through)\s+(?:[\w'-]+\s+){1,4}?"
    r"(?:(?:\d+|two|three|a\s+few|several)\s+)?(?:days?|weeks?|hours?|minutes?|months?)\s+"
    r"(?:sooner|earlier|faster|quicker)\b(?!\s+than\b)",
    re.I,
)
# A share done inside a span of time: "We want 9 in 10 answered inside 2 days" (not a link's
# life: "The reset link must be used inside 24 hours")
SHARE_INSIDE = re.compile(
    r"(?:\b\d+\s+(?:in|out\s+of)\s+\d+|(?<![\w.,])\d[\d.,]*+\s?%)\s+(?:of\s+)?(?:[\w-]+\s+){0,3}?"
    r"inside\s+(?:of\s+)?\d[\d,.]*\s?(?:(?:working|business)\s+)?(?:seconds?|secs?|minutes?|"
    r"mins?|hours?|hrs?|days?|weeks?|months?)\b",
    re.I,
)
# A span of time set beside today's: "could close in 2 days instead of 9", "approved within 4
# hours rather than 3 days", "close their books in 2 days, not 9" (not the team's own schedule,
# metrics._schedule: "Run the pilot in 4 weeks instead of 8")
TIME_INSTEAD = re.compile(
    # (or a wait: "supporters would wait ~12 months instead of 41", a blind allotment federation's)
    # (a wait said of people, not a retry's: "Retry: wait 5 seconds instead of 2", review)
    r"\b(?:in|within|under|inside|(?:would|will|should|could|['’]d)\s+(?:only\s+)?wait)\s+"
    r"(?:~\s?|about\s+|around\s+)?"
    # ("Close the books in 5 working days instead of 8", a blind cinema chain)
    # (a range, against a median: "reaches people in 2-3 days instead of the 27-day median", a
    # blind kidney charity's item)
    r"\d+(?:[.,]\d+)?(?:\s?[–-]\s?\d+)?\s*(?:(?:working|business|calendar|school)\s+)?"
    r"(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)"
    r"(?:\s+(?:instead\s+of|rather\s+than|vs\.?|versus)|,?\s+not)\s+"
    r"(?:the\s+|today's\s+|the\s+current\s+)?(?:(?:~\s?)?\d+(?:[.,]\d+)?(?!\s*(?:%|[.,]\d))|"
    # (a span in words: "quotes out in 2 days instead of a week+", a blind machining
    # subcontractor's item)
    r"(?:a|one)\s+(?:week|fortnight|month)(?:\s?\+|\s+or\s+(?:more|longer)|\s+plus)?"
    r"(?=\s*(?:$|[.,;!?)])))|"
    # the same or the next day, against a wait: "back with the requester the same or next day
    # instead of waiting up to a week for the van" (a blind records office's item)
    # ("Dispatch same-day or next-day instead of 3-5 days", "the next working day instead of a
    # week", review; not a meeting booked: "for the next day instead of a week out")
    r"\b(?:the\s+)?(?:same|next)(?:[\s-](?:working|business))?[\s-]day(?:\s+or\s+(?:the\s+)?"
    r"next(?:[\s-](?:working|business))?(?:[\s-]day)?)?\s+(?:instead\s+of|rather\s+than)\s+"
    r"(?:waiting\s+)?(?:up\s+to\s+|about\s+|over\s+|nearly\s+)?(?:a|one|\d+(?:\s?[–-]\s?\d+)?)\s+"
    r"(?:working\s+|business\s+)?(?:weeks?|fortnight|months?|days?)\b(?!\s+out\b)",
    re.I,
)
# A share of people who are to act, wanted: "We need 78% of this winter's instructors to come back
# next season" (a blind ski resort, 2026-12-01); not a share of a thing ("we need 20% of the
# budget to cover it") nor what people may do ("want 50% of users to be able to ...").
SHARE_ACTING = re.compile(
    # (not a requirement of every thing, "We need 100% of endpoints to use TLS", nor what is
    # to be done to them, "We want 10% of requests to be sampled")
    r"\b(?:need|needs|want|wants|aim(?:ing)?\s+for|expect|expects)\s+"
    r"(?:at\s+least\s+|over\s+|more\s+than\s+|about\s+|around\s+|roughly\s+)?(?!100\s?%)"
    r"(?:(?<![\w.])\d[\d.]*\s?%\s+of|\b\d+\s+(?:in|out\s+of)\s+\d+)\s+(?:[\w'’-]+\s+){0,4}?"
    r"[\w-]*[^\Wsu\d]s\s+to\s+"
    r"(?!(?:be|have|use|fail|run|cover|fund|pay\s+for)\b)(?-i:[a-z]+)\b",
    re.I,
)

# A quantity given a push: "would give our conversion rate a real boost" (a blind plant
# nursery's sitewide sale, 2026-12-01); not a person or a thing given one ("give the team a
# boost", "give the homepage a lift").
GIVEN_A_BOOST = re.compile(
    r"\bgive\s+(?:the\s+|our\s+|its\s+|their\s+|your\s+)?(?:[\w-]+\s+){0,3}?" + QUANTITY
    + r"\s+an?\s+(?:[\w-]+\s+)?(?:boost|lift|bump|kick|push|jolt|shot\s+in\s+the\s+arm)\b"
    # (not a thing moved along: "give each error a bump in severity", "refunds a push through")
    r"(?!\s+(?:in|through|up|to|on|into)\b)",
    re.I,
)
# A share to reach as the definition of done, beside today's: "Done when ≥80% of connected Azure
# spend is analysed by at least one detector (41% today)" (a blind cloud-cost start-up's epic;
# not a test suite's bar, "Done when 100% of the tests pass").
DONE_AT_A_SHARE = re.compile(
    r"\bdone\s+when\s+(?:[≥>]=?\s?|at\s+least\s+)?\d[\d.]*\s?%\s+of\b[^.\n]{0,100}?\(\s*"
    r"(?:about\s+|~\s?)?\d[\d.]*\s?%\s+(?:today|now|currently|at\s+the\s+moment|at\s+baseline)\s*\)",
    re.I,
)
# A share's baseline, stated: "Baseline from the 2026 reader survey was 18%" (a blind legal-aid
# charity's guide feedback, to improve against); not a design baseline ("a 16px baseline grid").
BASELINE_SHARE = re.compile(
    # (said as the level it was: not "baseline screenshots at 100% zoom", "CPU baseline at 70%")
    r"\bbaseline\b(?:\s+[\w-]+){0,8}?(?:\s+(?:is|was)\b|\s*[:=])\s*(?:about\s+|around\s+|~\s?)?"
    r"\d+(?:\.\d+)?\s?%(?!\s*(?:zoom|cpu|memory|utili[sz]ation|load|scale|opacity)\b)",
    re.I,
)

# The key result or its numbered target, named as what the work goes toward: "To hit the 10,500
# members target", "towards the 53-litre target", "takes us a long way towards the café retail
# bag KR" (a blind leisure trust and coffee roaster, 2026-12-01); not a date ("hit the 2027
# deadline") nor a target with no number ("meet the accessibility target").
TARGET_NAMED = re.compile(
    # (not a user's own goal shown: "Show progress toward the 10,000-step goal")
    # ("it should get us to the 40% acceptance target", a blind journal publisher's item)
    # ("it would blow straight past the 80 target", a blind theatre's item)
    # ("get our average speed of answer under the 90-second target", a blind credit union's)
    r"\b(?:under|below|above|over|within|inside|"
    r"(?:blow|blows|blowing|go|goes|going|get|gets|getting|push\w*|sail\w*|jump\w*|"
    r"romp\w*)\s+(?:straight\s+|well\s+|right\s+|comfortably\s+)?(?:past|beyond|through)|exceed\w*|"
    r"beat|beats|beating|smash\w*|surpass\w*|"
    # (or measured against: "Red/amber/green against the 68% group target", a blind union
    # branch's dashboard)
    r"hit|hitting|reach|reaching|meet|meeting|against|get\s+to|(?:get|gets|getting|take|takes|bring|"
    r"brings)\s+us\s+(?:closer\s+)?to|(?<!\bprogress\s)towards?|closer\s+to|"
    r"on\s+track\s+for)\s+(?:the|our|this\s+(?:year|half|quarter)['’]s)\s+(?:"
    r"(?:[\w£$€%.,'’-]+\s+){0,5}?(?:kr|key\s+result)\b|"
    # ("towards the £620k community and events target", a blind hospice's item)
    # ("get us to the 80%-within-7-days target", a blind pathology network's item)
    r"(?:[\w'’-]+\s+){0,3}?[£$€]?(?!20\d\d\b)\d[\d,.]*(?:[kmb]\b|\s?%(?:-[\w-]+)?|-[a-z][\w-]*)?\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:target|goal)\b)",
    re.I,
)

# A share of the time wanted: "get drops arriving in the promised slot 95% of the time" (a blind
# hardware chain); not what happens today ("the sync works 99% of the time").
SHARE_OF_THE_TIME = re.compile(
    r"\b(?:get|gets|getting|keep|keeps|make|makes|aim|aims|want|target|so\s+that|so)\b"
    r"[^.;:!?\n]{0,80}?\b\d+(?:\.\d+)?\s?%\s+of\s+the\s+time\b",
    re.I,
)


# A share wanted, said as "N in M" or as more of the people who do a thing: "We want three in
# four volunteers still with us a year after they start" (a blind hospice's item), "We expect
# more of the people who start designing a box to make it all the way through to payment" (a
# blind packaging supplier's); not a time ("we need 2 in 3 weeks").
SHARE_WANTED = re.compile(
    r"\b(?:we\s+(?:want|need|expect|aim|hope)|we['’]d\s+like|(?:aim|goal|target)\s*(?:is\b|:)|"
    r"so\s+that|should\s+(?:see|get|mean))"
    r"[^.;:!?\n]{0,30}?(?:(?<![\d,.])\d{1,2}\s+(?:in|out\s+of)\s+\d{1,3}\b"
    r"(?!\s*(?:minutes?|hours?|days?|weeks?|months?|years?)\b)|"
    r"\b(?:more|fewer)\s+of\s+(?:the\s+|our\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:people|visitors|shoppers|volunteers|" + POPULATION + r")\s+(?:who|that)\b)",
    re.I,
)

# A share of a load taken away: "This takes around 40% of calls out of the queue" (a blind
# repairs contractor's item); not one moved somewhere as a rollout ("move 40% of traffic to the
# new cluster").
SHARE_TAKEN_OFF = re.compile(
    r"\b(?:take|takes|taking|took|pull|pulls|pulling|keep|keeps|keeping)\s+" + APPROX
    + r"?(?:(?<![\d,.])\d[\d.]*+\s?%|half|a\s+third|a\s+quarter|two[\s-]thirds|most|the\s+bulk)"
    r"\s+of\s+"
    # (of a load, not of days taken out of a calendar or a document: "Take most of those days out
    # of the holiday calendar export")
    r"(?!(?:the\s+|those\s+|these\s+)?(?:[\w-]+\s+)?(?:days|dates|weeks|months|years)\b)"
    # (of a load, not of a number: "take half of the 10 points off for each hint used")
    r"(?!(?:[\w-]+\s+){0,3}?\d)(?!(?:the\s+)?(?:[\w-]+\s+)?(?:nodes|servers|pods|instances|"
    r"hosts|machines|replicas|disks)\b)(?:the\s+|our\s+|all\s+|those\s+|these\s+)?"
    r"(?:[\w-]+\s+){0,2}?[\w-]+s\s+"
    r"(?:out\s+of|off|away\s+from)\b|"
    # an amount in a unit taken out of a load, or off each unit of it: "could take around 1.5
    # tonnes a week out of the waste skip", "take 40-60 kWh off every tonne we bake" (a blind
    # bakery's items; not leave, "take 2 days off next week", nor a price, "£5 off the bill")
    # (or diverted from the bin: "We expect to divert ~1.5 tonnes a week from compost/general
    # waste", a blind meal-kit company's item; not moved between places, "from the Leeds depot")
    r"\b(?:take|takes|taking|pull|pulls|pulling|knock\w*|shav\w*|cut|cuts|trim\w*|"
    r"(?P<diverted>divert\w*))\s+" + APPROX
    + r"?(?<![\d,.])\d[\d.,]*+(?:\s?[–-]\s?\d[\d.,]*+)?\s?(?:tonnes?|t|kg|g|kwh|mwh|litres?|l|"
    r"miles|km|hours|minutes|calls|contacts|visits|trips|complaints|returns)"
    r"\b(?:\s+(?:a|per|each)\s+(?:day|week|month|year|shift|run))?\s+(?:out\s+of\b|"
    r"off\s+(?:each|every|per)\b|(?(diverted)from\s+(?:the\s+)?(?:[\w/-]+\s+){0,2}?(?:waste|landfill|bins?|skips?|"
    r"compost|incineration|general\s+waste)\b|(?!)))",
    re.I,
)
# Working time given back to each person each period: "The aim is to add most of an hour of
# productive time per operative per day" (a blind repairs contractor's item).
TIME_GIVEN_BACK = re.compile(
    # someone's time saved each period: "Would save Finance about 20 minutes of copy-paste every
    # morning" (a blind credit union's item)
    r"\bsav(?:e|es|ing)\s+(?:[\w-]+\s+){0,2}?" + APPROX + r"?(?<![\d,.])\d[\d.,]*\s+"
    r"(?:hours?|minutes?|mins?)\b(?!\s+(?:after|before|past|from)\b)[^.;\n]{0,30}?"
    r"\b(?:a|per|each|every)\s+(?:day|morning|week|"
    r"month|shift|year)\b|"
    # (to someone: "Should give each manager back ~3 hrs a week of admin", a blind self-storage
    # operator's item)
    r"\b(?:add|adds|adding|free\s+up|frees\s+up|freeing\s+up|(?:give|gives|giving)\s+"
    r"(?:[\w'-]+\s+){0,3}?back|"
    r"win\s+back|wins\s+back|gain|gains)\s+(?:(?:most|half|much)\s+of\s+)?" + APPROX
    + r"?(?:an?|half\s+an?|(?<![\d,.])\d[\d.,]*)\s?(?:hours?|hrs?|minutes?|mins?|days?)\s+"
    # (time given back, not time spent: "Add an hour of training time per new starter", found
    # by review)
    r"(?:of\s+(?!training\b|onboarding\b|induction\b)(?:[\w-]+\s+){0,2}?(?:time|work|capacity)\s+)?"
    r"(?:a|per|each|every)\s+[\w-]+|"
    # more working time each period: "would give each Sole Pit crew nearly four more hours on the
    # turbines every day" (a blind offshore wind contractor's item)
    r"\bgive\s+(?:[\w-]+\s+){0,4}?" + APPROX + r"?(?<![\d,.])\d[\d.,]*\s+more\s+(?:hours?|minutes?|"
    r"days?)\b[^.;\n]{0,40}?\b(?:a|per|each|every)\s+(?:day|shift|week|month)\b|"
    # time taken off each case: "Should take at least a week off every onboarding" (a blind 3PL's)
    r"\btake\s+(?:at\s+least\s+|about\s+|around\s+|roughly\s+|nearly\s+)?"
    r"(?:an?|(?<![\d,.])\d[\d.,]*)\s+(?:hours?|days?|weeks?|minutes?)\s+"
    r"off\s+(?:every|each|the\s+average|the\s+typical)\s+[\w-]+",
    re.I,
)

# A share in words brought from one level to another: "This alone should take completed
# sign-ups from about half to three quarters" (a blind community energy co-op's item).
_SHARE_WORD = (r"(?:(?:about|around|roughly|nearly|almost|just\s+under|just\s+over)\s+)?"
               # (numbers in words are digits by then: "3 quarters")
               r"(?:half|a\s+third|a\s+quarter|(?:two|2)[\s-]thirds|(?:three|3)[\s-]quarters|"
               r"(?:one|1)\s+in\s+\d+)")
SHARE_WORDS_MOVED = re.compile(
    r"\bfrom\s+" + _SHARE_WORD + r"\s+(?:(?:of\s+)?(?:them|those|these)\s+)?to\s+" + _SHARE_WORD
    + r"\b",
    re.I,
)
# Money raised, as what the work is for: "so we're sure to raise the full £3.2m" (a blind
# co-op's share offer; not a price raised: "raise the fee by £5", "raise prices to £12").
MONEY_RAISED = re.compile(
    NOT_PAST + r"\b(?:raise|raises|raising|bring\s+in|brings\s+in)\s+"
    r"(?:the\s+full\s+|the\s+|another\s+|an\s+extra\s+|at\s+least\s+)?[£$€](?<![\d,.])\d[\d.,]*+\s?(?:[kmb]n?|million|thousand)?\b"
    r"(?!\s+(?:fee|price|charge|per|a\s+(?:month|year|head)))",
    re.I,
)

# A count added to: "add to our candidate count under O1" (a blind seed breeder's item), "Would add
# 40 bikes to our in-service count" (a blind cargo-bike maker's).
COUNT_ADDED_TO = re.compile(
    # (things counted, not arithmetic or layout: "add 4 to the page count", "Add 2 decimal places
    # to the total", review)
    r"\badd(?:s|ing)?\s+(?:(?:another|an\s+extra|a\s+further)\s+)?(?:" + APPROX
    + r"?(?<![\d,.])\d[\d,.]*+\+?\s+(?:(?!" + THING
    + r"\b|decimal\b|places\b)[\w-]+\s+){0,2}?(?!places\b|" + THING + r"\b)[\w-]*[^\Wsu\d]s\s+)?"
    r"to\s+(?:our|the)\s+(?:[\w-]+\s+){0,2}?(?:count|total|tally|number)\b(?!\s+(?:shown|displayed|on\s+the|column|row|line|field))"
    r"(?![^.;\n]{0,20}?\bof\s+(?:columns|rows|fields|steps|pages|screens)\b)",
    re.I,
)
# An amount of sales or revenue estimated: "They estimate around 1,500 t of certified seed sales in
# the first full season" (a blind seed breeder's item).
AMOUNT_ESTIMATED = re.compile(
    r"\b(?:estimat|expect|forecast|project)\w*\s+" + APPROX + r"?[£$€]?(?<![\d,.])\d[\d,.]*+\s?"
    r"(?:[kmb]n?\b|t\b|tonnes?\b|units\b|million\b)?\s*(?:of\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:sales|revenue|orders|bookings|sign-?ups|subscriptions|savings)\b|"
    # the estimate before its amount: "Projected net income of £140k a year" (a blind parks
    # department's item), "an expected saving of around 300 hours"
    r"\b(?:estimated|expected|forecast|projected)\s+(?:[\w-]+\s+){0,2}?(?:income|revenue|sales|"
    r"savings?|profit|margin|uplift|orders|bookings|sign-?ups)\s+of\s+" + APPROX
    + r"?[£$€]?(?<![\d,.])\d",
    re.I,
)
# A level the work takes a quantity to, said as where it gets us: "this alone should get us into
# single figures", "This takes us to the 100% green zone working we've committed to" (a blind
# rail contractor's items), or a share wanted on its own after today's ("We were on time for
# 78% of school orders last year. Want 95%.", a blind uniform maker's item).
LEVEL_REACHED = re.compile(
    # ("Should get us back to same-day pour", a blind dental lab's item)
    r"\b(?:get|gets|bring|brings|take|takes)\s+us\s+(?:back\s+)?to\s+same[\s-]day\b|"
    # (a figure named by a pronoun, said to move: "want freed slots refilled so that number
    # climbs", a blind coworking chain's item)
    # (not a number on a screen: "On small screens the number falls outside the badge")
    r"\b(?:that|this)\s+(?:number|figure|rate|share|percentage)\s+(?:climbs|rises|goes\s+up|"
    r"falls|drops|comes\s+down|improves)\b|"
    r"\b(?:get|gets|getting|bring|brings|bringing|take|takes|taking|put|puts)\s+"
    r"(?:us|it|them|that|this)\s+(?:down\s+|back\s+|up\s+)?(?:into|to|under|below)\s+"
    r"(?:the\s+)?(?:low\s+)?single\s+(?:figures|digits)\b|"
    r"\b(?:takes|gets|brings|puts|take|get|bring|put)\s+us\s+(?:up\s+|down\s+|all\s+the\s+way\s+)?"
    r"to\s+(?:the\s+)?" + APPROX + r"?(?<![\d,.])\d[\d,.]*+\s?%|"
    r"(?:^|(?<=[.!?]\s))(?:we\s+)?(?:want|need|aim\s+for|target)\s+(?:at\s+least\s+|over\s+|"
    r"above\s+)?(?<![\d,.])\d[\d,.]*+\s?%\+?(?=\s*(?:[.!]|$))",
    re.I | re.M,
)
# An effect said as an equation of comparatives: "Drier pomace = more juice per tonne", "More
# private consult capacity = more private starts" (a blind cider maker's and orthodontic group's
# items).
COMPARED_EFFECT = re.compile(
    # (not a size that buys capacity: "Bigger batch size means more memory per worker")
    r"\b(?:more|fewer|less|higher|lower|better|faster|quicker|shorter|cheaper|drier|earlier)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:=|means|→|->)\s*(?:more|fewer|less|higher|"
    # (a quantity, not a quality: "More dates = more choice for subscribers")
    r"lower|better|faster|shorter|bigger|earlier)\s+(?!(?:choice|options?|variety|flexibility|"
    r"fun|value|convenience|clarity|detail|info|information|freedom|control|storage|memory|"
    # (nor a cost of the work: "More features = more bugs", "means bigger files", review)
    r"disk|space|capacity|cpu|ram|bugs|files|work|load|risk|complexity|maintenance|costs?|"
    r"pages|tickets|meetings)\b)[\w-]",
    re.I,
)
# A before and an after, each with a figure: "Before: 7 batches failed QC last season. After: no
# more than 3." (a blind cider maker's item).
BEFORE_AFTER = re.compile(
    # (or where we are and where we need to be: "Where we are: 9 certified designers. Where we
    # need to be: 22 by 30 June.", a blind dental lab's item)
    # (a figure, not a time of day: "Before: runs at 2am. After: runs at 4am.", review)
    r"\b(?:before|where\s+we\s+are)\s*[:=]\s*[^\n]{0,120}?\d(?!\d*\s?(?:am|pm)\b|\d*:\d)"
    r"[^\n]{0,120}?"
    r"(?:\n[ \t]*[^\w\n]*|[.;]\s+)(?:after|where\s+we\s+(?:need|want)\s+to\s+be)\s*[:=]"
    r"\s*[^\n]{0,60}?\d",
    re.I,
)
# Resource use the work saves: "Should save gas straight away" (a blind pools service's item).
RESOURCE_SAVED = re.compile(
    r"(?:\b(?:should|will|would|could|to|it['’]ll|this['’]ll|that['’]ll|we['’]d|it['’]d)\s+"
    r"(?:\w+\s+)?sav(?:e|es|ing)|\bsaves)\s+(?:us\s+)?(?:on\s+)?(?:gas|energy|electricity|fuel|"
    # (not a reading saved: "save water meter readings offline", review)
    r"diesel|water|power|heating)\b(?!\s+(?:meters?|readings?|bills?|settings?|levels?)\b)",
    re.I,
)
# Money each period the work is estimated to bring, said after its period: "Our estimate is
# roughly £38k a year extra net across the three shops" (a blind hospice's item), "If it converts
# it's ~$250k/yr recurring" (a blind drone firm's).
MONEY_EACH_PERIOD = re.compile(
    r"\b(?:estimat\w*|expect\w*|reckon\w*|forecast\w*|it['’]s|that['’]s|would\s+be|worth)\b"
    r"[^.;\n]{0,30}?[£$€](?<![\d,.])\d[\d,.]*+\s?(?:[kmb]n?\b)?\s*(?:/\s?(?:yr|year|mo|month|week)\b|"
    r"(?:a|per|each)\s+(?:year|month|week)\b)\s*(?:of\s+)?(?:extra|more|additional|recurring|"
    # (not a price against another or a spend: "£15 a month more than Mailchimp", "$20k/yr new
    # spend on Snowflake", review)
    r"net\s+new|new)\b(?!\s+(?:for|on|per|than|spend|costs?|fees?|licen[cs]es?)\b)",
    re.I,
)
# A level wanted against today's: "Want pilots flying closer to 16 billable hrs/wk rather than
# the ~11 we see now" (a blind drone firm's item).
LEVEL_OVER_TODAY = re.compile(
    # (of a level: a share, a time or points; not a count of things, "Use 3 vans instead of the 2
    # we have now")
    # (nor an interval: "every 5 minutes instead of the 15 we use today", review)
    r"(?<!every\s)(?<![\d,.])\d[\d,.]*+\s?(?:%|(?:[\w-]+\s+){0,2}?(?:hrs?|hours|mins?|minutes|days|weeks|pts|"
    r"points|percent)\b)\S*\s+(?:[\w/-]+\s+){0,3}?(?:rather\s+than|instead\s+of)\s+(?:the\s+)?"
    + APPROX + r"?\d[\d,.]*+\s?%?\s*(?:[\w/-]+\s+){0,2}?(?:we\s+(?:see|have|get|do)\s+)?"
    r"(?:now|today|at\s+the\s+moment|currently)\b",
    re.I,
)
# A count to get to, as what the work is for: "To get anywhere near 90 accounts we need a hook"
# (a blind bakery's item).
COUNT_TO_GET_TO = re.compile(
    r"\bto\s+(?:get|reach)\s+(?:to\s+|near\s+|anywhere\s+near\s+|close\s+to\s+|up\s+to\s+)?"
    r"(?<![\d,.])\d[\d,.]*+\+?\s+(?:[\w-]+\s+){0,2}?" + POPULATION + r"\b"
    # (not a capacity: "a bigger plan to reach 20,000 subscribers in one send", review)
    r"(?!\s+(?:in\s+(?:one|1|a\s+single)|per|at\s+once|at\s+a\s+time)\b)",
    re.I,
)
# Where the work takes us from and to: "I reckon it takes us from vans out on time roughly 4 days
# in 5 to pretty much every day" (a blind bakery's item).
TAKES_US_FROM = re.compile(
    r"\b(?:takes?|gets?|brings?|moves?)\s+us\s+from\s+[^.;\n]{3,60}?\d[^.;\n]{0,30}?\bto\s+"
    r"(?:[\w-]+\s+){0,2}?(?:\d|(?:every|all|zero|none|nearly|almost)\b)",
    re.I,
)
# Money saved on each unit: "About €1,100 saving per blade in material cost" (a blind blade
# maker's item).
SAVING_PER_UNIT = re.compile(
    # (a saving, not a price against another: "$5 cheaper per seat than HubSpot", review)
    APPROX + r"?[£$€](?<![\d,.])\d[\d,.]*+\s?k?\s+(?:saving|savings|saved)\s+"
    r"(?:per|a|an|each|on\s+(?:each|every))\s+[\w-]+",
    re.I,
)
