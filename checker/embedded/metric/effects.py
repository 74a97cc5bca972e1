"""How specs name the effect work will have on a quantity, said as where it takes it: a boost
given to a rate ("give our conversion rate a real boost"), a key result's numbered target
worked toward ("towards the 53-litre target"), money raised, a count added to, a level
reached or compared ("gets us into single figures"), a before and after, a level over today's.
What is saved is in savings.py, failures that stop in failures.py, sales and profit estimated in
estimates.py (split out in the twenty-ninth session). Read by the metric rule (rule.py); built
and measured on tests/data/metrics/sentences.jsonl.
"""

from __future__ import annotations

import re

from checker.embedded.metric.numbers import APPROX
from checker.embedded.metric.patterns import LazyPattern
from checker.embedded.metric.words import CODE_THING, NOT_PAST, POPULATION, QUANTITY, THING

# A quantity given a push: "would give our conversion rate a real boost" (a blind plant
# nursery's sitewide sale, 2026-12-01); not a person or a thing given one ("give the team a
# boost", "give the homepage a lift").
GIVEN_A_BOOST = LazyPattern(
    r"\bgive\s+(?:the\s+|our\s+|its\s+|their\s+|your\s+)?(?:[\w-]+\s+){0,3}?" + QUANTITY
    + r"\s+an?\s+(?:[\w-]+\s+)?(?:boost|lift|bump|kick|push|jolt|shot\s+in\s+the\s+arm)\b"
    # (not a thing moved along: "give each error a bump in severity", "refunds a push through")
    r"(?!\s+(?:in|through|up|to|on|into)\b)",
    re.I,
)
# The key result or its numbered target, named as what the work goes toward: "To hit the 10,500
# members target", "towards the 53-litre target", "takes us a long way towards the café retail
# bag KR" (a blind leisure trust and coffee roaster, 2026-12-01); not a date ("hit the 2027
# deadline") nor a target with no number ("meet the accessibility target").
TARGET_NAMED = LazyPattern(
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
# Money raised, as what the work is for: "so we're sure to raise the full £3.2m" (a blind
# co-op's share offer; not a price raised: "raise the fee by £5", "raise prices to £12").
MONEY_RAISED = LazyPattern(
    NOT_PAST + r"\b(?:raise|raises|raising|bring\s+in|brings\s+in)\s+"
    r"(?:the\s+full\s+|the\s+|another\s+|an\s+extra\s+|at\s+least\s+)?[£$€](?<![\d,.])\d[\d.,]*+\s?(?:[kmb]n?|million|thousand)?\b"
    r"(?!\s+(?:fee|price|charge|per|a\s+(?:month|year|head)))",
    re.I,
)
# A count added to: "add to our candidate count under O1" (a blind seed breeder's item), "Would add
# 40 bikes to our in-service count" (a blind cargo-bike maker's).
COUNT_ADDED_TO = LazyPattern(
    # (things counted, not arithmetic or layout: "add 4 to the page count", "Add 2 decimal places
    # to the total", review)
    r"\badd(?:s|ing)?\s+(?:(?:another|an\s+extra|a\s+further)\s+)?(?:" + APPROX
    + r"?(?<![\d,.])\d[\d,.]*+\+?\s+(?:(?!" + THING
    + r"\b|decimal\b|places\b)[\w-]+\s+){0,2}?(?!places\b|" + THING + r"\b)[\w-]*[^\Wsu\d]s\s+)?"
    r"to\s+(?:our|the)\s+(?:[\w-]+\s+){0,2}?(?:count|total|tally|number)\b(?!\s+(?:shown|displayed|on\s+the|column|row|line|field))"
    r"(?![^.;\n]{0,20}?\bof\s+(?:columns|rows|fields|steps|pages|screens)\b)",
    re.I,
)
# A level the work takes a quantity to, said as where it gets us: "this alone should get us into
# single figures", "This takes us to the 100% green zone working we've committed to" (a blind
# rail contractor's items), or a share wanted on its own after today's ("We were on time for
# 78% of school orders last year. Want 95%.", a blind uniform maker's item).
LEVEL_REACHED = LazyPattern(
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
COMPARED_EFFECT = LazyPattern(
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
BEFORE_AFTER = LazyPattern(
    # (or where we are and where we need to be: "Where we are: 9 certified designers. Where we
    # need to be: 22 by 30 June.", a blind dental lab's item)
    # (a figure, not a time of day: "Before: runs at 2am. After: runs at 4am.", review)
    r"\b(?:before|where\s+we\s+are)\s*[:=]\s*[^\n]{0,120}?\d(?!\d*\s?(?:am|pm)\b|\d*:\d)"
    r"[^\n]{0,120}?"
    r"(?:\n[ \t]*[^\w\n]*|[.;]\s+)(?:after|where\s+we\s+(?:need|want)\s+to\s+be)\s*[:=]"
    r"\s*[^\n]{0,60}?\d",
    re.I,
)
# A level wanted against today's: "Want pilots flying closer to 16 billable hrs/wk rather than
# the ~11 we see now" (a blind drone firm's item).
LEVEL_OVER_TODAY = LazyPattern(
    # (of a level: a share, a time or points; not a count of things, "Use 3 vans instead of the 2
    # we have now")
    # (nor an interval: "every 5 minutes instead of the 15 we use today", review)
    r"(?<!every\s)(?<![\d,.])\d[\d,.]*+\s?(?:%|(?:[\w-]+\s+){0,2}?(?:hrs?|hours|mins?|minutes|days|weeks|pts|"
    r"points|percent)\b)\S*\s+(?:[\w/-]+\s+){0,3}?(?:rather\s+than|instead\s+of)\s+(?:the\s+)?"
    + APPROX + r"?\d[\d,.]*+\s?%?\s*(?:[\w/-]+\s+){0,2}?(?:we\s+(?:see|have|get|do)\s+)?"
    r"(?:now|today|at\s+the\s+moment|currently)\b|"
    # a level and a direction beside today's: "land at eFCR 1.22 or lower vs 1.32 now" (a blind
    # salmon farm's item)
    r"(?<![\d,.])\d[\d,.]*+\s?%?\s+(?:[\w-]+\s+){0,2}?or\s+(?:lower|less|better|higher|more|below|"
    r"above|under|over)\s+"
    r"(?:vs\.?|versus|against|compared\s+(?:with|to)|from|instead\s+of|rather\s+than)\s+(?:the\s+)?"
    + APPROX + r"?\d[\d,.]*+\s?%?\s*(?:[\w/-]+\s+){0,2}?"
    r"(?:now|today|at\s+the\s+moment|currently)\b",
    re.I,
)
# A count to get to, as what the work is for: "To get anywhere near 90 accounts we need a hook"
# (a blind bakery's item).
COUNT_TO_GET_TO = LazyPattern(
    r"\bto\s+(?:get|reach)\s+(?:to\s+|near\s+|anywhere\s+near\s+|close\s+to\s+|up\s+to\s+)?"
    r"(?<![\d,.])\d[\d,.]*+\+?\s+(?:[\w-]+\s+){0,2}?" + POPULATION + r"\b"
    # (not a capacity: "a bigger plan to reach 20,000 subscribers in one send", review)
    r"(?!\s+(?:in\s+(?:one|1|a\s+single)|per|at\s+once|at\s+a\s+time)\b)",
    re.I,
)
# Where the work takes us from and to: "I reckon it takes us from vans out on time roughly 4 days
# in 5 to pretty much every day" (a blind bakery's item).
TAKES_US_FROM = LazyPattern(
    r"\b(?:takes?|gets?|brings?|moves?)\s+us\s+from\s+[^.;\n]{3,60}?\d[^.;\n]{0,30}?\bto\s+"
    r"(?:[\w-]+\s+){0,2}?(?:\d|(?:every|all|zero|none|nearly|almost)\b)",
    re.I,
)
# More of an outcome each period, as what the work gives: "Should give us 6-8 more tonnes per
# shift" (a blind salmon farm's item); not a delay granted ("give us 3 more days").
GIVES_US_MORE = LazyPattern(
    r"\b(?:give|gives|giving|get|gets|getting|bring|brings|win|wins)\s+us\s+(?:an?\s+)?"
    + APPROX + r"?(?<![\d,.])\d[\d,.]*+(?:\s?[–-]\s?\d[\d,.]*+)?\s?k?\s+"
    # (not an allowance: "5 more GB per user", "2 more seats per team", "3 more days per sprint",
    # found by review)
    r"(?:more|extra|additional)\s+(?!(?:gb|mb|tb|seats?|licen[cs]es?|days?|weeks?|hours?|credits?)\b)"
    r"[\w-]+(?:\s+[\w-]+)?(?:\s+(?:per|a|an|each|every)\s+|/)[\w-]+",
    re.I,
)
# A level brought to a part of today's: "We want to go from ~3 claims per 1000 t to half that"
# (a blind salmon farm's item).
TO_A_PART_OF_IT = LazyPattern(
    r"\bfrom\s+" + APPROX + r"?(?<![\w.,])\d[^.;\n]{0,50}?\bto\s+(?:about\s+|around\s+|roughly\s+)?"
    r"(?:half|a\s+third|a\s+quarter|a\s+tenth|double|twice|triple|three\s+times)\s+(?:of\s+)?"
    r"(?:that|this|it|those|these|today['’]s|the\s+current)\b",
    re.I,
)
# A span of time brought from one unit to a smaller one: "This takes us from days to minutes on
# the worst reports" (a blind crowdfunding platform's item), "from weeks to hours"; not a view's
# range ("switch the chart from days to weeks").
TIME_UNITS_DOWN = LazyPattern(
    r"\b(?:takes?|took|taking|brings?|bringing|gets?|getting|cuts?|cutting|goes|going|go|went|"
    r"drops?|shrinks?)\s+(?:[\w-]+\s+){0,4}?from\s+(?:(?:months|weeks)\s+to\s+(?:weeks|days|hours|"
    r"minutes|seconds)|days\s+to\s+(?:hours|minutes|seconds)|hours\s+to\s+(?:minutes|seconds)|"
    r"minutes\s+to\s+seconds)\b(?!\s+(?:granularity|resolution|buckets?|intervals?|precision)\b)|"
    # (or down to the smaller unit instead of the larger: "Would get confirmations down to minutes
    # instead of a day", a blind crematorium's item)
    # (not a setting's or a chart's unit: "the session timeout down to minutes instead of hours",
    # "the dashboard buckets", review)
    r"\b(?:takes?|took|taking|brings?|bringing|gets?|getting|cuts?|cutting|reduc\w*)\s+"
    r"(?:(?!timeouts?|buckets?|granularity|resolution|intervals?|retention|ttl|expiry|windows?)"
    r"[\w-]+\s+){0,4}?down\s+to\s+(?:a\s+few\s+)?(?:minutes|seconds|hours|a\s+day|days)\s+"
    r"(?:instead\s+of|rather\s+than)\s+(?:a|an|one|two|three|several|\d+)?\s*"
    r"(?:days?|weeks?|hours?|months?|minutes)\b",
    re.I,
)
# A level today, then the one thought reachable: "Today a new stylist takes ~16 weeks to fill
# their column; with a structured ramp we think 10 is realistic" (the same chain's item).
REACHABLE_LEVEL = LazyPattern(
    r"\b(?:today|now|currently|at\s+the\s+moment)\b[^\n]{0,200}?\b(?:we|i)\s+(?:think|reckon|"
    r"believe|expect)\s+(?:~\s?|about\s+|around\s+)?\d[\d,.]*+\s?%?\s+(?:is|are|would\s+be|"
    r"should\s+be)\s+(?:realistic|achievable|doable|possible|within\s+reach)\b",
    re.I,
)
# Points gained on a level: "On ~£600k of sub-consultant spend that's ~£60k, roughly 1.5 points
# on practice fee margin" (a blind architecture practice's item); not points on a card.
POINTS_ON_A_LEVEL = LazyPattern(
    # (not points off a price or earned on each sale: "1.5 points off the standard rate", "earn 3
    # points on every conversion", review)
    r"(?<![\w.,])\d[\d.,]*\s?(?:points?|pts|pp|percentage\s+points?)\s+(?:on|onto|to|of)\s+"
    r"(?!every\b|each\b)(?:the\s+|our\s+)?(?:[\w-]+\s+){0,3}?(?:margins?|rate|share|conversion|retention|nps|"
    r"yield|utili[sz]ation|occupancy|win\s+rate)\b",
    re.I,
)
# A level today, then the one wanted, bare: "Season average was 6.1 t/km, we need 4.8", "88 % of
# the fleet available on storm days last winter; we want 97 %" (a blind winter-roads
# contractor's items); today's figure a share or a rate, not a count of things ("We have 3 vans,
# we need 5").
_RATE_OR_SHARE = r"\s?(?:%|[a-z]{1,5}\s?/\s?[a-z]{1,5}\b)"
LEVEL_THEN_WANTED = LazyPattern(
    # (not a machine's rating: "Pump is rated 40 l/min, we need 60", review)
    r"(?<![\w.,])(?<!\brated\s)(?<!\brated\sat\s)\d[\d.,]*+" + _RATE_OR_SHARE
    + r"[^.;\n]{0,60}?[;,]\s+(?:but\s+|and\s+|so\s+)?"
    # (or to hit it by a time: "Baseline's 0.62 l/t across the three quarries, we need to hit
    # 0.52 by year end", a blind quarry's item)
    # (or said of the level: "labour cost is 38% of sales, needs to be 32% by Easter", a blind
    # students' union's item)
    r"(?:we\s+(?:want|need|aim\s+for|must\s+get\s+to|have\s+to\s+get\s+to|need\s+to\s+(?:hit|"
    r"reach|get\s+(?:down\s+|up\s+)?to))|(?:it\s+)?(?:needs\s+to|has\s+to|must)\s+be)\s+"
    r"(?:~\s?|about\s+|"
    r"around\s+)?\d[\d.,]*+(?:" + _RATE_OR_SHARE + r")?(?=\s*(?:[.;!)]|$)|\s+by\s+(?:the\s+)?"
    r"(?:end\b|year[\s-]end|q[1-4]\b|easter\b|christmas\b|summer\b|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)|\s+or\s+we\b)",
    re.I | re.M,
)
# Nobody past a bound, as the point of the work: "The point is that nobody has to drive past 12 h
# in a 3-day storm" (the same contractor's relief drivers).
NOBODY_PAST = LazyPattern(
    r"\b(?:point|goal|aim|idea|target)\s+(?:here\s+)?is\s+(?:that\s+|to\s+make\s+sure\s+(?:that\s+)?)?"
    r"(?:nobody|no\s+one|no\s+[\w-]+)\s+[^.;\n]{0,40}?\b(?:past|over|more\s+than|beyond|longer\s+than)"
    # (a span, not a time of day: "no one parks past 10 pm", review)
    r"\s+\d[\d.,]*+(?!\s?(?:am|pm|a\.m|p\.m|:\d|o['’]clock))",
    re.I,
)
# A count down or up by a part of it: "Target: disputes on API reports down by half" (a blind
# bug-bounty platform's item).
DOWN_BY_A_PART = LazyPattern(
    # (or a level: "No-show rate down by half"; not a thing resized, "Thumbnails scaled down by
    # half", found by review)
    r"(?<![\w-])(?:[\w-]*[^\Wsu\d]s|rate|time|share|cost)\b(?:\s+[\w/-]+){0,4}?"
    r"(?<!scaled)(?<!scale)(?<!turned)(?<!turn)(?<!sized)(?<!zoomed)\s+(?:down|up)\s+by\s+(?:about\s+|around\s+|"
    r"roughly\s+|nearly\s+|at\s+least\s+)?(?:half|a\s+third|a\s+quarter|two\s+thirds)\b",
    re.I,
)
# People or orders added, signed: "At our base that's roughly +10k subscribers" (a blind car-wash
# chain's item), "+300 orders/week from the new locker sites" (a review's); not a few people
# added or asked ("+3 members were added to the on-call rotation", "Invite +2 users").
# (a "+" spaced between two things adds them: "Standard, 2 cores + 25 named users", a blind
# assessor's licence)
SIGNED_COUNT = LazyPattern(
    r"(?<![\w.,+-])(?<!\binvite\s)(?<!\badd\s)(?:\+(?!\s)|(?<![\w.,]\s)\+\s|(?:(?<=\broughly\s)|(?<=\babout\s)|(?<=\baround\s)|(?<=\badds\s)|(?<=\badd\s)|"
    r"(?<=\banother\s)|(?<=\bmaybe\s))\+\s)(?:\d[\d,.]*+\s?k|\d{2,}[\d,.]*+)\s+(?:new\s+|more\s+|extra\s+|net\s+)?(?:[\w-]+\s+)?(?:"
    + POPULATION + r"|orders|bookings|sales|visits|sign-?ups|renewals|referrals)\b",
    re.I,
)
# A count taken down by an amount: "fixing them should take our open actions down by 38" (a blind
# hospital estates team's item); not a system taken down by a time ("take the servers down by
# 2am").
TAKEN_DOWN_BY = LazyPattern(
    r"\b(?:take|takes|taking|bring|brings|bringing)\s+(?:our\s+|the\s+|their\s+)?(?:[\w-]+\s+){0,3}?"
    r"down\s+by\s+(?:about\s+|around\s+|~\s?)?\d[\d,.]*+(?!\s?(?:am|pm|a\.m|p\.m|:\d|h\b))"
    # (nor a length or a setting: "take the hem down by 2 cm", "Bring the site down by 6 on
    # Sunday", found by review)
    r"(?!\s?(?:cm|mm|px|pt|in\b|inch|degrees|°))(?!\s+(?:o['’]clock|tonight|today|tomorrow|on|at|"
    r"this)\b)",
    re.I,
)
# From one count to another, bare, as what is wanted: "Want to get from 140 people doing at least
# one shift a month to 200" (the same club's item); not a capacity ("go from 2 replicas to 4").
FROM_TO_BARE = LazyPattern(
    r"\b(?:get|go|grow|take\s+us|move\s+us|bring\s+us)\s+from\s+(?:~\s?|about\s+|around\s+)?"
    r"(?<![\d.,])\d[\d,.]*+\s+(?![^.;\n]{0,60}?\b" + CODE_THING + r"\b)[^.;\n]{3,60}?\bto\s+"
    r"(?:~\s?|about\s+|around\s+)?(?<![\d.,])\d[\d,.]*+(?=\s*(?:[.;!]|$))",
    re.I | re.M,
)
# Counted people pushed up: "Want to push the crowds up for the run-in" (the same club's item).
PUSHED_UP = LazyPattern(
    r"\b(?:to|should|will|would|could|can)\s+(?:push|drive|bring)\s+(?:the\s+|our\s+|their\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:crowds|numbers|attendances?|gates|footfall|sign-?ups|bookings|visitors|"
    r"members|entries)\s+up\b(?!\s+(?:the|a|an|to|onto|into)\b)",
    re.I,
)
# A count wanted, up from today's: "Pushing them to commit to 1,200 cases for Jan-Jun, up from ~700
# last half" (a blind wine estate's item); not a count seen ("Traffic was 1,200 visits, up from
# 700", a fact: NOT_PAST).
UP_FROM = LazyPattern(
    r"\b(?:commit|get|reach|hit|sign|sell|book|aim|want|need|target)\w*\s+(?:[\w-]+\s+){0,3}?"
    r"(?<![\w.,])\d[\d,.]*+\s?k?\s+[\w-]+(?:\s+[\w–-]+){0,3}?,?\s+(?:up|down)\s+from\s+(?:~\s?|about\s+|"
    r"around\s+|roughly\s+)?\d",
    re.I,
)
# A share wanted after a dash, then what it is of: "Last vintage 11 of 37 blocks came in outside
# the target window - want at least 90% in window this year" (the same estate's item).
SHARE_WANTED_AFTER = LazyPattern(
    r"(?:^|(?<=[.!?;—–-]\s))(?:we\s+)?(?:want|need|aim\s+for)\s+(?:at\s+least\s+|over\s+|above\s+)?"
    r"(?<![\w.,])\d[\d,.]*+\s?%\s+(?:in|on|within|under|of\s+them)\b",
    re.I | re.M,
)
# A level to pull a quantity toward: "the Red median blows out to 12-14 min; we want to pull those
# areas toward 8" (a blind ambulance service's item).
PULLED_TOWARD = LazyPattern(
    r"\b(?:want|need|aim|trying)\s+to\s+(?:pull|bring|push|get|move)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:toward|towards|down\s+to|closer\s+to)\s+(?:~\s?|about\s+|around\s+)?\d",
    re.I,
)
# A share wanted by someone after today's share in the same sentence: "only 61% of discharges have
# paired scores and insurers want 85%+" (a blind mental-health service's item).
# (a payer or a client, not us: "Trade discount is 10%; we want 15%" is a price)
SHARE_THEY_WANT = LazyPattern(
    r"(?<![\w.,])\d[\d.,]*+\s?%[^.\n]{0,80}?\b(?:and|but)\s+(?:the\s+|our\s+)?(?:[\w-]+\s+)?"
    r"(?:insurers?|clients?|customers?|commissioners?|funders?|payers?|board|regulators?|buyers?|"
    r"partners?)\s+(?:want|wants|need|needs|expect|expects|require|requires)\s+(?:at\s+least\s+|over\s+|above\s+)?(?<![\w.,])\d[\d.,]*+\s?%\+?(?=\s*(?:[.!;]|$))",
    re.I | re.M,
)
# A share expected to move: "Expect the low/no share of drinks sales to move meaningfully once
# it's on the bar" (a blind students' union's item).
SHARE_TO_MOVE = LazyPattern(
    r"\bexpect\w*\s+(?:the\s+|our\s+)?(?:[\w/-]+\s+){0,3}?(?:share|rate|percentage|proportion)\s+"
    r"(?:of\s+(?:[\w-]+\s+){0,3}?)?to\s+(?:move|shift|rise|grow|climb|fall|drop|improve)\b",
    re.I,
)
# A time or a count that becomes another instead of today's: "Basically time to first contact
# becomes zero instead of 11 days" (a blind mental-health service's item).
BECOMES_INSTEAD = LazyPattern(
    # (numbers are digits by then: "zero" is read as "0", alone)
    r"\b(?:becomes?|would\s+be|will\s+be|goes\s+to|drops?\s+to)\s+(?:nil|0(?!\s?[.,]?\d)|"
    r"(?<![\w.,])\d[\d.,]*+\s?(?:%|days?|hours?|weeks?|minutes?|mins?))\s+(?:instead\s+of|rather\s+than|vs\.?|versus)\s+"
    r"(?:the\s+|today's\s+)?(?:~\s?)?\d",
    re.I,
)
