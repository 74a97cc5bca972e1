"""How specs name an outcome as a share: of people who are to act ("We need 78% of this winter's
instructors to come back"), done inside a span of time ("9 in 10 answered inside 2 days"), of
the time ("95% of the time"), wanted in words ("three in four volunteers still with us"), taken
off a load ("takes around 40% of calls out of the queue"), moved in words ("from about half to
three quarters"), a baseline stated ("Baseline from the 2026 reader survey was 18%") or a share
that defines done ("Done when >=80% of ... (41% today)"), a share wanted done by a time ("Want 95%
of lots loaded on the agreed date"). Read by the metric rule (rule.py);
built and measured on tests/data/metrics/sentences.jsonl.
"""

from __future__ import annotations

import re

from checker.embedded.metric.numbers import APPROX
from checker.embedded.metric.patterns import LazyPattern
from checker.embedded.metric.units import PHYSICAL_SHORT
from checker.embedded.metric.words import POPULATION

# A share done inside a span of time: "We want 9 in 10 answered inside 2 days" (not a link's
# life: "The reset link must be used inside 24 hours")
SHARE_INSIDE = LazyPattern(
    r"(?:\b\d+\s+(?:in|out\s+of)\s+\d+|(?<![\w.,])\d[\d.,]*+\s?%)\s+(?:of\s+)?(?:[\w-]+\s+){0,3}?"
    r"inside\s+(?:of\s+)?\d[\d,.]*\s?(?:(?:working|business)\s+)?(?:seconds?|secs?|minutes?|"
    r"mins?|hours?|hrs?|days?|weeks?|months?)\b",
    re.I,
)
# A share of people who are to act, wanted: "We need 78% of this winter's instructors to come back
# next season" (a blind ski resort, 2026-12-01); not a share of a thing ("we need 20% of the
# budget to cover it") nor what people may do ("want 50% of users to be able to ...").
SHARE_ACTING = LazyPattern(
    # (not a requirement of every thing, "We need 100% of endpoints to use TLS", nor what is
    # to be done to them, "We want 10% of requests to be sampled")
    r"\b(?:need|needs|want|wants|aim(?:ing)?\s+for|expect|expects)\s+"
    r"(?:at\s+least\s+|over\s+|more\s+than\s+|about\s+|around\s+|roughly\s+)?(?!100\s?%)"
    r"(?:(?<![\w.])\d[\d.]*\s?%\s+of|\b\d+\s+(?:in|out\s+of)\s+\d+)\s+(?:[\w'’-]+\s+){0,4}?"
    r"[\w-]*[^\Wsu\d]s\s+to\s+"
    r"(?!(?:be|have|use|fail|run|cover|fund|pay\s+for)\b)(?-i:[a-z]+)\b",
    re.I,
)
# A share to reach as the definition of done, beside today's: "Done when ≥80% of connected Azure
# spend is analysed by at least one detector (41% today)" (a blind cloud-cost start-up's epic;
# not a test suite's bar, "Done when 100% of the tests pass").
DONE_AT_A_SHARE = LazyPattern(
    r"\bdone\s+when\s+(?:[≥>]=?\s?|at\s+least\s+)?\d[\d.]*\s?%\s+of\b[^.\n]{0,100}?\(\s*"
    r"(?:about\s+|~\s?)?\d[\d.]*\s?%\s+(?:today|now|currently|at\s+the\s+moment|at\s+baseline)\s*\)",
    re.I,
)
# A share's baseline, stated: "Baseline from the 2026 reader survey was 18%" (a blind legal-aid
# charity's guide feedback, to improve against); not a design baseline ("a 16px baseline grid").
BASELINE_SHARE = LazyPattern(
    # (said as the level it was: not "baseline screenshots at 100% zoom", "CPU baseline at 70%")
    r"\bbaseline\b(?:\s+[\w-]+){0,8}?(?:\s+(?:is|was)\b|\s*[:=])\s*(?:about\s+|around\s+|~\s?)?"
    r"\d+(?:\.\d+)?\s?%(?!\s*(?:zoom|cpu|memory|utili[sz]ation|load|scale|opacity)\b)",
    re.I,
)
# A share of the time wanted: "get drops arriving in the promised slot 95% of the time" (a blind
# hardware chain); not what happens today ("the sync works 99% of the time").
SHARE_OF_THE_TIME = LazyPattern(
    r"\b(?:get|gets|getting|keep|keeps|make|makes|aim|aims|want|target|so\s+that|so)\b"
    r"[^.;:!?\n]{0,80}?\b\d+(?:\.\d+)?\s?%\s+of\s+the\s+time\b",
    re.I,
)
# A share wanted, said as "N in M" or as more of the people who do a thing: "We want three in
# four volunteers still with us a year after they start" (a blind hospice's item), "We expect
# more of the people who start designing a box to make it all the way through to payment" (a
# blind packaging supplier's); not a time ("we need 2 in 3 weeks").
SHARE_WANTED = LazyPattern(
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
SHARE_TAKEN_OFF = LazyPattern(
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
    # ... or of those counted before, off a load: "roughly 900 calls a month ... Should take most
    # of those off the phone queue" (a blind assessor's item; not "most of them off the list")
    # (a production line is no load: "Pull half of them off the line on Friday", review)
    r"\b(?:take|takes|taking|took|keep|keeps|keeping)\s+"
    + APPROX + r"?(?:(?<![\d,.])\d[\d.]*+\s?%|half|a\s+third|a\s+quarter|two[\s-]thirds|most|"
    r"the\s+bulk)\s+of\s+(?:them|those|these|that)\s+(?:out\s+of|off)\s+(?:the\s+|our\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:phones?|queues?|desks?|inbox|backlog|switchboard|counter|wards?)\b|"
    # an amount in a unit taken out of a load, or off each unit of it: "could take around 1.5
    # tonnes a week out of the waste skip", "take 40-60 kWh off every tonne we bake" (a blind
    # bakery's items; not leave, "take 2 days off next week", nor a price, "£5 off the bill")
    # (or diverted from the bin: "We expect to divert ~1.5 tonnes a week from compost/general
    # waste", a blind meal-kit company's item; not moved between places, "from the Leeds depot")
    r"\b(?:take|takes|taking|pull|pulls|pulling|knock\w*|shav\w*|cut|cuts|trim\w*|"
    r"(?P<diverted>divert\w*))\s+" + APPROX
    + r"?(?<![\d,.])\d[\d.,]*+(?:\s?[–-]\s?\d[\d.,]*+)?\s?(?:" + PHYSICAL_SHORT + r"|"
    r"miles|km|hours|minutes|calls|contacts|visits|trips|complaints|returns)"
    r"\b(?:\s+(?:a|per|each)\s+(?:day|week|month|year|shift|run))?\s+(?:out\s+of\b|"
    r"off\s+(?:each|every|per)\b|(?(diverted)from\s+(?:the\s+)?(?:[\w/-]+\s+){0,2}?(?:waste|landfill|bins?|skips?|"
    r"compost|incineration|general\s+waste)\b|(?!)))",
    re.I,
)
# A share of a load expected to move to a channel that serves itself: "That would move most of
# that paper online" (a blind assessor's item); not a move done as the work ("Move the docs
# online").
CHANNEL_SHIFT = LazyPattern(
    r"\b(?:would|will|should|could|expect\w*\s+to|hop\w+\s+to)\s+(?:move|shift|push|bring|get)\s+"
    + APPROX + r"?(?:(?<![\d,.])\d[\d.]*+\s?%|half|a\s+third|a\s+quarter|two[\s-]thirds|most|"
    # (a load, not content: "would move half of our help articles onto the website", review)
    r"the\s+bulk)\s+of\s+(?:(?:them|those|these|that)\s+(?:[\w-]+\s+)?|(?:the\s+|our\s+|their\s+)?"
    r"(?:[\w-]+\s+)?(?:calls|filings|claims|applications|requests|bookings|payments|enquiries|"
    r"inquiries|appeals|orders|renewals|forms|paper|traffic|transactions|visits|contacts|"
    r"returns|registrations|referrals)\s+)"
    r"(?:online|onto\s+(?:the\s+)?(?:portal|app|website|web)|to\s+(?:self-?serv\w*|digital|"
    r"online|the\s+(?:portal|app|website)))\b",
    re.I,
)
# A share in words brought from one level to another: "This alone should take completed
# sign-ups from about half to three quarters" (a blind community energy co-op's item).
_SHARE_WORD = (r"(?:(?:about|around|roughly|nearly|almost|just\s+under|just\s+over)\s+)?"
               # (numbers in words are digits by then: "3 quarters")
               r"(?:half|a\s+third|a\s+quarter|(?:two|2)[\s-]thirds|(?:three|3)[\s-]quarters|"
               r"(?:one|1)\s+in\s+\d+)")
SHARE_WORDS_MOVED = LazyPattern(
    r"\bfrom\s+" + _SHARE_WORD + r"\s+(?:(?:of\s+)?(?:them|those|these)\s+)?to\s+" + _SHARE_WORD
    + r"\b",
    re.I,
)
# A share wanted done by a time: "We want 60% of expected lint contracted before 15 Dec", "Want
# 95% of lots loaded on the agreed date" (a blind ginnery's items); not an allocation ("want 30% of
# our time spent on upkeep"), nor a task's portion ("We need 20% of the orders to Berlin shipped
# by Friday").
_DONE = (r"(?:contracted|sold|signed|loaded|shipped|delivered|booked|called|seen|answered|"
         r"closed|resolved|collected|completed|processed|dispatched|picked|returned|renewed|fixed|"
         r"treated|scanned|approved|filled|published|reviewed)")
SHARE_DONE_BY = LazyPattern(
    # (ours, not a supplier's terms: "Supplier wants 30% of the order paid in advance", review)
    r"(?<!\w)(?:(?:we|we['’]d)\s+)?(?<!s\s)(?:want|aim(?:ing)?\s+for)\s+(?:at\s+least\s+|about\s+|"
    r"around\s+|~\s?)?(?!100\s?%)(?<![\w.])\d[\d.]*\s?%\s+of\s+(?!(?:the\s+|our\s+)?(?:budget|spend|time|hours|"
    # (nor a one-off by a weekday: "shipped by Friday so the promo can start", review)
    r"capacity|effort|sprint)\b)(?:[\w'’-]+\s+){0,4}?" + _DONE + r"\s+(?:before|by|within|on|in|"
    r"inside)\b(?!\s+(?:\w+day|tomorrow|tonight|(?:the\s+)?end\s+of\s+(?:the\s+)?(?:day|week))\b)|"
    # ... or all of them, after today's share: "right now only ~40% of new CPAP starts get one; we
    # want every new start called in week 2" (a blind sleep clinic network's minutes)
    r"(?<![\w.])\d[\d.]*\s?%\s+of\s+[^.;\n]{0,80}[;.]\s*(?:we\s+|so\s+we\s+)?(?:want|need)\s+"
    # (by a time, not a rule's: "we want all invoices approved by a second signatory", review)
    r"(?:every|each|all)\s+(?:[\w-]+\s+){0,3}?" + _DONE + r"\s+(?:in|within|inside)\s+(?:week|day|"
    r"\d|the\s+first|a|an|one|two|three)\b",
    re.I,
)
