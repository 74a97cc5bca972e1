"""How specs estimate what the work brings, in words the other phrasings do not read: a count of
things added each period ("would add 500-600 plans a year", "≈ 150 extra plans this year",
"should add a few hundred plans a year"), a cut by an amount in a unit ("cut fleet CO2 by ~12
tonnes a year"), an outcome sooner ("funerals go ahead about a day sooner"), a quantity taken to a
level ("takes our 2-hour response rate to effectively 100%"), a share of cases expected to close
("roughly a third of these cases to be closed without anyone sent out"), more of a counted thing
brought in ("would bring a lot of extra bookings into the chapel") and money signed with its
currency's code ("+GBP 180k revenue"), sales or revenue estimated ("estimate around 1,500 t of
certified seed sales") and a profit estimated ("roughly £2.7k profit if we sell out"; these two
moved from effects.py in the twenty-ninth session). Found in organisations written blind
(twenty-second session): each is a kind, not a sentence; the metric rule
(checker/embedded/metric/rule.py) reads them wherever they stand, outside a trigger, as it reads
phrasing.py's. Not the team's own hands or the work's size ("add 3 engineers a year", "add 12
pages"), nor leave ("take a day off").
"""

from __future__ import annotations

import re

from checker.embedded.metric.numbers import APPROX, EARNED
from checker.embedded.metric.patterns import LazyPattern
from checker.embedded.metric.units import PHYSICAL_SHORT
from checker.embedded.metric.words import CODE_THING, NOT_PAST, QUANTITY, THING

# What a team adds to itself, or builds: never an outcome added ("add 2 engineers a year")
_OWN_HANDS = (r"(?:engineers?|developers?|hires?|staff|heads|contractors?|roles?|posts?|people|"
              r"analysts?|agents?|pages?|screens?|fields?|columns?|features?|tickets?|stories|"
              r"sprints?|releases?|meetings?|workshops?|steps?|"
              # (nor the load it adds: "this adds ~300 contacts a month", a credit union's item)
              r"contacts|calls|jobs|cases|tasks|shifts|hours)")
_PERIOD = r"(?:a|per|each|every|this|next)\s+(?:year|month|quarter|week|day|season|term|summer)"
_COUNT = (r"(?:~\s?|about\s+|around\s+|roughly\s+|≈\s?|c\.\s?)?(?:\d[\d,.]*(?:\s?[–-]\s?\d[\d,.]*)?"
          # (numbers in words are digits by then: "a few hundred" reads "a few 100")
          r"\s?k?\+?|(?:a\s+few|several|a\s+couple\s+of)\s+(?:hundred|thousand|dozen|100|1000|12)\b)")
# (no span of time: "Shorten the grace period by 2 days", "Cut the project timeline by 3 weeks"
# are a setting and a schedule; a time cut by an amount is read in phrasing.py)
_UNIT = (r"(?:" + PHYSICAL_SHORT + r"|miles|km|visits|trips|journeys|"
         r"deliveries|calls)")
_SOONER = r"(?:sooner|faster|quicker|earlier|more\s+quickly)"

ESTIMATED = LazyPattern(
    # a count of things added each period: "would add 500-600 plans a year"
    # (not what is sold today: "We sell ~180 tonnes a year of rag", an air ambulance's item)
    # (said as what the work would do: "Add 5 more vans a year to the fleet" is a purchase, "The
    # nightly job adds 300 rows a day" a fact; found by review)
    r"\b(?:would|should|could|will|might|['’]d|['’]ll)\s+(?:\w+ly\s+)?"
    r"(?:add|bring\s+in|win)\s+" + _COUNT
    + r"\s+(?:new\s+|more\s+|extra\s+|additional\s+)?(?:[\w-]+\s+)?(?!" + _OWN_HANDS + r"\b)"
    r"[\w-]*[^\Wsu\d]s\s+" + _PERIOD + r"\b|"
    # a count said to be extra, new or more this period: "≈ 150 extra plans this year", "+400 new
    # plans a year from the website"
    # (not "~20 new laptops a year", a purchase: "new" alone is no gain)
    r"(?:[≈~+]\s?|\babout\s+|\baround\s+|\broughly\s+)\d[\d,.]*\s?k?\+?\s+(?:extra|more|"
    r"additional)\s+(?:[\w-]+\s+)?(?!" + _OWN_HANDS + r"\b)[\w-]*[^\Wsu\d]s\s+" + _PERIOD + r"\b|"
    # a cut or a rise by an amount in a unit: "cut fleet CO2 by ~12 tonnes a year"
    + NOT_PAST + r"\b(?:cut|cuts|reduc\w*|lower\w*|rais\w*|increas\w*|grow\w*|shorten\w*)\s+"
    r"(?:(?!(?:limits?|caps?|quotas?|defaults?|thresholds?|timeouts?|prices?|fees?|periods?|"
    r"intervals?|trials?|timelines?|sprints?|lengths?|windows?)\b)[\w'-]+\s+)"
    r"{0,5}?by\s+" + APPROX + r"?\d[\d,.]*\s?" + _UNIT + r"\b|"
    # an outcome sooner: "We expect funerals to go ahead about a day sooner on average" (an
    # expectation only: "Payroll will run a day earlier in December" is a schedule)
    r"\bexpect\w*\b[^.;\n]{0,80}?\b(?:about\s+|around\s+|roughly\s+|~\s?)?"
    r"(?:a|an|one|half\s+a|\d[\d.]*)\s+(?:day|days|hour|hours|week|weeks|minute|minutes)\s+"
    + _SOONER + r"\b(?!\s+than\s+(?:planned|scheduled|usual))|"
    # a quantity taken to a level: "it takes our 2-hour response rate to effectively 100%"
    r"\btak(?:e|es|ing)\s+(?:our|the|its|their)\s+(?:[\w-]+\s+){0,3}?" + QUANTITY
    + r"\s+(?:up\s+|down\s+)?to\s+(?:effectively\s+|about\s+|around\s+|roughly\s+|~\s?)?"
    r"\d[\d.]*\s?%|"
    # a share of cases expected to close: "We expect roughly a third of these cases to be closed"
    r"\bexpect\w*\s+(?:about\s+|roughly\s+|around\s+)?(?:half|a\s+third|a\s+quarter|most|"
    # (of cases, not places: "half of the stores to be closed over Christmas")
    r"\d[\d.]*\s?%)\s+of\s+(?:the|these|those|our)\s+(?:[\w-]+\s+){0,3}?(?:cases|tickets|claims|"
    r"calls|jobs|faults|complaints|enquiries|inquiries|queries|requests|issues|disputes)\s+to\s+"
    r"(?:be\s+)?"
    r"(?:closed|resolved|fixed|settled|cleared|answered|handled|converted|completed)\b|"
    # more of a counted thing brought in: "would bring a lot of extra bookings into the chapel"
    r"\b(?:bring|brings|bringing)\s+(?:in\s+)?(?:a\s+lot\s+of|lots\s+of|many|far\s+more|plenty\s+of)"
    r"\s+(?:extra|more|new|additional)\s+(?:[\w-]+\s+)?(?:" + QUANTITY + r")\b(?!\s+" + THING
    + r"\b)|"
    # a share written with its sign, moved: "Expect the overall answered % to lift", "push the
    # fixed-on-the-day % up from 86%" (a blind hearing charity's items)
    # (the word bounded: a pasted "a-a-a-..." is not rescanned to its end from every letter)
    r"(?<![\w-])[\w-]{1,40}\s?%\s+(?:to\s+)?(?:lift|rise|climb|improve|grow|fall|drop|"
    r"(?:go|come)\s+(?:up|down))\b|"
    r"\b(?:push|get|bring|drive|nudge)\w*\s+(?:the|our|its)\s+(?:[\w-]+\s+){0,3}?%\s+(?:up|down)\b|"
    # a count added each period toward a total: "the pilot alone adds 12 sessions/month towards
    # the 300"
    r"\badds?\s+\d[\d,.]*\s+[\w-]+s\s*/\s*(?:month|week|year|day)\s+(?:towards?|to)\s+(?:the|our)\b|"
    # where a count is and where it must be: "We're at 3 signed and need 10 by March"
    r"\b(?:we['’]re|we\s+are|currently|today\s+we['’]re)\s+at\s+\d[\d,.]*[^.;\n]{0,40}?\b"
    r"(?:need|want|aim\s+for|must\s+reach|have\s+to\s+reach)\s+\d[\d,.]*\b|"
    # an expected move toward a level: "Expect TB acceptance to come up towards BW's"
    r"\bexpect\w*\s+(?:the\s+|our\s+)?(?:[\w-]+\s+){1,3}?to\s+(?:come|go)\s+(?:up|down)\s+"
    r"(?:towards?|to|by|from)\b|"
    # a figure named by a pronoun pulled down: "so this should pull that figure down"
    r"\b(?:pull|push|bring|get|drive)\w*\s+(?:that|this|the)\s+(?:figure|number|rate|share|"
    r"percentage)\s+(?:down|up)\b|"
    # a capture or share got to a level said loosely: "would get inspection capture to basically
    # 100% digital"
    r"\b(?:get|gets|getting|take|takes|bring|brings)\s+(?:the\s+|our\s+)?(?:[\w-]+\s+){1,4}?"
    r"to\s+(?:basically|effectively|practically|virtually|essentially)\s+\d[\d.]*\s?%|"
    # money signed with its currency's code: "+GBP 180k revenue"
    # (what is earned: "+EUR 5k cost for the extra licences" is a spend)
    r"(?<![\w.+-])[+](?:GBP|EUR|USD|CHF|AUD|CAD)\s?\d[\d,.]*\s?[km]?\s+(?:[\w-]+\s+){0,2}?"
    + EARNED + r"\b",
    re.I,
)
# An amount of sales or revenue estimated: "They estimate around 1,500 t of certified seed sales in
# the first full season" (a blind seed breeder's item).
AMOUNT_ESTIMATED = LazyPattern(
    # ("Est. €60k ARR in year one", a blind sensor maker's item)
    r"(?:\b(?:estimat|expect|forecast|project)\w*|(?<!\w)est\.)\s+" + APPROX
    + r"?[£$€]?(?<![\d,.])\d[\d,.]*+\s?"
    r"(?:[kmb]n?\b|t\b|tonnes?\b|units\b|million\b)?\s*(?:of\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:sales|revenue|orders|bookings|sign-?ups|subscriptions|savings|arr|mrr|gmv|turnover)\b|"
    # units sold, estimated: "Conservative estimate 2,000 units in Q4" (the same maker's item)
    r"\bestimate[sd]?\s+(?:of\s+)?" + APPROX + r"?(?<![\d,.])\d[\d,.]*+\s?k?\s+(?:units|copies|"
    r"kits|devices)\s+(?:in|by|this|next|per|a|each|over|sold)\b|"
    # the estimate before its amount: "Projected net income of £140k a year" (a blind parks
    # department's item), "an expected saving of around 300 hours"
    r"\b(?:estimated|expected|forecast|projected)\s+(?:[\w-]+\s+){0,2}?(?:income|revenue|sales|"
    r"savings?|profit|margin|uplift|orders|bookings|sign-?ups)\s+of\s+" + APPROX
    + r"?[£$€]?(?<![\d,.])\d",
    re.I,
)
# A profit or income estimated from the work: "About £9 margin each, so roughly £2.7k profit if we
# sell out" (the same club's kiosk idea).
PROFIT_ESTIMATED = LazyPattern(
    r"\b(?:about|roughly|around|approximately|maybe)\s+[$€£]\s?\d[\d,.]*+\s?[km]?\s+(?:in\s+)?"
    r"(?:extra\s+|additional\s+|new\s+)?(?:profit|margin|revenue|income)\b",
    re.I,
)
# An estimate or a guess set out as a label, then an amount added, signed, or per unit: "Rough
# estimate: 25-30k extra sacas in the forward book this safra", "Field team's guess: ~300 new
# tomadores in the half", "Estimate: +R$ 8 mi in book" (a blind coffee lender's items), "Rough
# estimate: −0,12 € per item handled" (a blind resale marketplace's); not the work's own size
# ("Estimate: 3 days of dev", "Estimate: 5 points").
GUESS_LABELLED = LazyPattern(
    r"\b(?:estimate|guess|forecast|projection|expectation)s?\s*[:=]\s*" + APPROX
    # (not a temperature: "Forecast: -5 °C overnight", review)
    + r"?(?:[+−-]\s?(?:r\$\s?|[£$€]\s?)?\d(?![\d.,]*+\s?°)|(?:r\$\s?|[£$€]\s?)?"
    r"(?<![\w.,])\d[\d.,]*+"
    r"(?:\s?[–-]\s?\d[\d.,]*+)?\s?(?:k|m|mi|bn)?\s+(?:new|more|extra|additional|net)\s+[\w-]+)",
    re.I,
)
# A count of more of a traded thing that the work unlocks, brings or wins: "Field team thinks this
# unlocks 30-40k more sacas this safra" (the same lender's item); not more of the team's own work
# ("unlocks 3 more endpoints").
UNLOCKS_MORE = LazyPattern(
    r"\b(?:unlocks?|unlocking|brings?\s+in|wins?)\s+" + APPROX
    + r"?(?<![\w.,])\d[\d.,]*+(?:\s?[–-]\s?\d[\d.,]*+)?\s?k?\s+(?:more|extra|additional|new)\s+"
    r"(?!(?:endpoints?|features?|screens?|pages?|fields?|tickets?|stories|points|engineers|"
    r"developers|servers|nodes)\b)[\w-]{3,}",
    re.I,
)
# A rate each hour or a trade's measure pushed up by a signed amount: "roughly +6 items/h per
# operator", "Should give about +3 UPH on line 1" (the same marketplace's items).
SIGNED_RATE = LazyPattern(
    r"(?<![\w.,+-])\+\s?\d[\d.,]*+\s?(?:[a-z]+\s?/\s?(?:h|hr|hour)\b|(?:[a-z]+\s+)?(?:per|an|a)\s+"
    r"hour\b|uph\b)",
    re.I,
)
# A sum in pence or cents moved on a measure per head or per order: "Should add ~35p to café SPH
# across the estate", "Expect café spend per head from party guests up ~60p" (a blind trampoline
# park chain's items); not a price ("Add 50p to the hot-drink price").
PENCE_MOVED = LazyPattern(
    r"\b(?:add|adds|adding)\s+" + APPROX + r"?(?<![\w.,])\d{1,3}\s?(?:p|c)\s+to\s+"
    r"(?:the\s+|our\s+)?(?:[\w'-]+\s+){0,2}?(?:sph|atv|aov|spend|basket|order\s+value|revenue|margin)\b|"
    r"\b(?:spend|basket|order\s+value|revenue|margin|sph|atv|aov)\b[^.;\n]{0,40}?\b(?:up|down)\s+"
    r"(?:by\s+)?" + APPROX + r"?(?<![\w.,])\d{1,3}\s?(?:p|c)\b",
    re.I,
)
# A volume each period the work would bring: "Volume would be ~1,200 cases a year through DM" (a
# blind wine estate's item); not a volume a system handles ("log volume would be 2 GB a day").
VOLUME_EXPECTED = LazyPattern(
    r"\b(?:volume|sales|revenue|turnover|uptake|demand)\s+(?:would|should|could|will|might)\s+be\s+"
    + APPROX + r"?[£$€]?(?<![\w.,])\d[\d,.]*+\s?[km]?\s+(?:[\w-]+\s+)?(?:a|per|each|every)\s+"
    r"(?:year|month|week|season|quarter)\b",
    re.I,
)
# A count an estimate says the work removes or wins: "They estimate removing 2,000+ improper
# homesteads in year one" (a blind assessor's item); not things built ("expect adding 3 new
# endpoints").
COUNT_ESTIMATED = LazyPattern(
    # (taken away or won back, not built or closed: "We expect to add 40 new parking spaces",
    # "We project closing 2 depots", review)
    r"\b(?:estimat\w*|expect\w*|reckon\w*|forecast\w*)\s+(?:(?:the\s+)?[\w-]+\s+(?:[\w-]+\s+)?"
    r"(?:will|would|should|could)\s+|to\s+)?"
    r"(?:remov|cut|win|recover|sav|prevent|avoid|stopp?)(?:e|es|ing|ting|s)?\s+"
    + APPROX + r"?(?<![\w.,])\d[\d,.]*+\+?\s+(?!(?:[\w-]+\s+){0,2}?(?:" + THING + r"|"
    + CODE_THING + r"|endpoints?|features?|stories|tickets?|tests?|apis?|steps?)\b)"
    r"(?:[\w-]+\s+){0,2}?[\w-]+s\b",
    re.I,
)
# Money the work brings in: "would clear most of it and bring in ~$60k cash before EOFY" (the same
# estate's item); not a person or a thing brought in ("bring in a $5k consultant").
MONEY_BROUGHT_IN = LazyPattern(
    r"\bbring(?:s|ing)?\s+in\s+" + APPROX + r"?[£$€]\s?(?<![\w.,])\d[\d,.]*+\s?[km]?\b"
    r"(?!\s+(?:consultant|contractor|agency|firm|freelancer)s?\b)|"
    # (the amount before "into": "Reckon it'd bring £5k+ into the seal appeal", a blind wildlife
    # rescue's item)
    # (expected, not an errand: "Bring £200 into the petty cash tin")
    r"(?:\b(?:would|will|could|should|might|to)|['’]d)\s+bring\s+(?:an\s+extra\s+|another\s+)?"
    + APPROX + r"?[£$€]\s?(?<![\w.,])\d[\d,.]*+\s?[km]?\+?\s+into\b",
    re.I,
)
# Points a change is worth on a rate: "They reckon it's worth 2-3 points on our H&T rate" (a blind
# ambulance service's item).
WORTH_POINTS = LazyPattern(
    r"\bworth\s+" + APPROX + r"?(?<![\w.,])\d[\d.,]*+(?:\s?[–-]\s?\d[\d.,]*+)?\s?(?:%|pp\b|pts?\b|"
    r"points\b|percentage\s+points\b)\s+(?:on|to|off)\s+(?:our|the)\s+(?:[\w&-]+\s+){0,3}?"
    # (on a rate, not a card: "worth 3 points on the loyalty card")
    r"(?:rate|share|score|margin|conversion|nps|csat|yield|percentage|loss)\b|"
    # a point or two off a rate: "it's about a point off our crush-to-bottle loss" (a blind wine
    # estate's item)
    # (our own, not a price: "Staff mortgage offer: 1.5 points off the standard rate")
    r"\b(?:a|one|two|(?<![\w.,])\d[\d.,]*+)\s+(?:point|points|pts?|pp)\s+off\s+our\s+"
    r"(?:[\w&-]+\s+){0,3}?(?:rate|share|score|loss|ratio|yield|percentage|margin)\b|"
    # points of a measure known by its initials, expected from the work: "Expect a couple of OTIF
    # points from this alone" (a blind cold chain's item); not points a player earns ("500 XP")
    # (not points earned as credits or rewards, "7 CPD points", "500 VIP points", nor a gain in
    # the past, "gained 4 NPS points", review)
    r"\b(?:expect\w*|worth|gain|gains|win|wins|buys?|gives?\s+us|adds?)\s+" + APPROX
    + r"?(?:a\s+couple\s+of|a\s+few|a\s+good\s+few|several|(?<![\w.,])\d[\d.]*+"
    r"(?:\s?[–-]\s?\d[\d.]*+)?)\s+(?-i:(?!(?:XP|HP|MP|SP|AP|VIP|CPD|ECTS|CME|CEU|CE|CAT)\b)[A-Z][A-Z0-9]{1,5})\s+"
    r"(?:points?|pts?|pp)\b",
    re.I,
)
# A yield per unit expected to rise: "Expect better overwintering and more kg per hive across the
# board" (a blind honey producer's item).
YIELD_EXPECTED = LazyPattern(
    r"\bexpect\w*\s+(?:[\w-]+\s+){0,4}?(?:more|fewer|less)\s+(?:" + PHYSICAL_SHORT + r"|"
    r"cases|boxes|jars|bottles)\s+(?:per|a|an|each)\s+[\w-]+",
    re.I,
)
# New customers or outlets hoped to be won: "We'd like to get 40 new gourmet stockists out of it"
# (the same producer's item); not things made ("we'd like to get 3 new screens designed").
NEW_ONES_WANTED = LazyPattern(
    r"\b(?:we['’]d\s+like|we\s+would\s+like|hoping|we\s+hope|aiming|we\s+aim)\s+to\s+(?:get|win|"
    r"sign|land|add|recruit)\s+" + APPROX + r"?(?<![\w.,])\d[\d,.]*+\s+new\s+(?:[\w-]+\s+)?"
    r"(?:stockists|customers|clients|accounts|members|retailers|outlets|partners|schools|venues|"
    r"distributors|subscribers|donors|volunteers|sites|practices|firms|tenants)\b",
    re.I,
)
# A share of people expected to act: "Agency reckons 15-20% of abandoners convert on retargeting"
# (a blind students' union's item).
SHARE_WHO_ACT = LazyPattern(
    r"\b(?:reckon\w*|expect\w*|estimat\w*|think\w*|forecast\w*)\s+" + APPROX
    + r"?(?<![\w.,])\d[\d.,]*+(?:\s?[–-]\s?\d[\d.,]*+)?\s?%\s+of\s+(?:[\w-]+\s+){0,2}?[\w-]+s\s+"
    r"(?:will\s+|would\s+)?(?:convert|renew|return|come\s+back|rejoin|re-?book|upgrade|stay|buy|"
    r"donate)\b",
    re.I,
)
# More money per unit, or more of a quantity each day added: "that's well above our 6,10 average,
# so more € per kilo for the socios" (a blind fishing cooperative's item), "Would add ~20,000
# lbs/day more milk shipped" (a blind dairy group's), "worth 5-8 extra fleets signed this half"
# (a blind dispatch-software company's).
MORE_PER_UNIT = LazyPattern(
    r"\bmore\s+(?:€|£|\$|money|revenue|margin)\s+(?:per|a|each)\s+(?:kilo|kg|unit|litre|liter|box|"
    r"head|tonne|case|crate)\b|"
    r"\b(?:would|will|should|could)\s+add\s+" + APPROX + r"?(?<![\w.,])\d[\d,.]*+\s?k?\s?"
    r"(?:" + PHYSICAL_SHORT + r"|units|cases)\s?/\s?(?:day|week|month|year)\s+"
    r"(?:more|extra)\b|"
    r"\bworth\s+" + APPROX + r"?(?<![\w.,])\d[\d.,]*+(?:\s?[–-]\s?\d[\d.,]*+)?\s+(?:extra|more|new|"
    r"additional)\s+[\w-]+\s+(?:signed|won|a\s+year|a\s+month|this|per|each)\b",
    re.I,
)
