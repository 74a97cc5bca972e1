"""How specs name an outcome as a gap closed or a loss won back: a measured gap closed after the
figures that make it ("averaging 61% paid vs 74% on Saturdays ... see if Thursday paid attendance
closes the gap"), a part of a named gap closed ("close a big chunk of the hourly completeness
gap"), most of the gap to a target ("~875 new paid subs, i.e. most of the gap to 2,000"), an
amount lost and wanted back ("We've lost about 20kt ... to win it back"), a backlog worked until
it stands under a level ("until we're under 50 open"), a figure beside its key result's level
("about 1,100 outside covers last season, KR is 2,000"). Found in organisations
written blind (twenty-ninth session): each is a kind, not a sentence. Read by the metric rule
(rule.py) wherever they stand; built and measured on tests/data/metrics/sentences.jsonl. Not a
gap in a layout ("close the gap between the buttons") nor a gap in a process or a skill ("close
the gap in our onboarding docs"): a gap is a quantity only after its figures or with its part.
"""

from __future__ import annotations

import re

from checker.embedded.metric.numbers import APPROX
from checker.embedded.metric.patterns import LazyPattern
from checker.embedded.metric.words import POPULATION

# A gap closed, the figures that make it before it in the same paragraph: a share or an amount of
# money ("Thursday houses are averaging 61% paid vs 74% on Saturdays ... and see if Thursday paid
# attendance closes the gap", a blind concert hall's item; "≈ £28k closes the gap", a blind
# football club's).
_CLOSE = r"(?:close|closes|closing|narrow|narrows|narrowing|shrink|shrinks|halve|halves)"
_FIGURE = (r"(?:(?<![\w.,])\d[\d.,]*+\s?%|[£$€]\s?(?<![\d.,])\d[\d.,]*+\s?(?:[kmb]n?\b)?|"
           r"(?<![\w.,])\d[\d.,]*+\s?(?:pts|points|pp)\b)")
GAP_CLOSED = LazyPattern(
    _FIGURE + r"[^\n]{0,300}?\b" + _CLOSE + r"\s+(?:the|that|this|our)\s+gap\b"
    r"(?!\s+(?:between|in|on|under|above|below|around)\s+(?:the\s+)?(?:buttons?|cards?|columns?|"
    r"icons?|tiles?|images?|panels?|rows?|lines?|text|layout|header|footer|sections?|fields?)\b)|"
    # a part of a named gap: "This should close a big chunk of the hourly completeness gap" (a
    # blind air-quality network's item)
    r"\b" + _CLOSE + r"\s+(?:[\w-]+\s+){0,2}?(?:chunk|part|bit|share|half|most|much|third|"
    r"quarter)\s+of\s+(?:the|that|this|our)\s+(?:[\w-]+\s+){1,3}?gap\b|"
    # most of the gap to a target: "that's ~875 new paid subs, i.e. most of the gap to 2,000" (a
    # blind concert hall's item)
    r"\b(?:most|half|all|much|some|part|a\s+third|a\s+quarter|a\s+(?:big\s+|good\s+)?chunk)\s+of\s+"
    r"(?:the|that|our)\s+gap\s+(?:to|between\s+us\s+and)\s+(?:the\s+)?" + APPROX
    + r"?(?<![\w.,])\d",
    re.I,
)
# An amount lost, then wanted back: "We've lost about 20kt of Type 1 and 20mm to the nationals
# ... Proposal: 15% off list for spot cash customers Feb-April to win it back" (a blind quarry's
# item); not a thing lost and found ("lost 3 laptops ... get them back from IT").
LOSS_WON_BACK = LazyPattern(
    # (an amount in a unit, or of customers or sales, not things: "lost 3 laptops in the move")
    r"\blost\s+" + APPROX + r"?(?<![\w.,])\d[\d.,]*+\s?(?:(?:%|k|kt|t|pts?|points|pp)\s+"
    r"(?:of\s+)?(?:[\w-]+\s+){0,4}?|(?:[\w-]+\s+)?(?:" + POPULATION + r"|orders|bookings|sales|"
    # ("We lost 23% of Q2 quotes on price; this would win a good part of those back", a blind
    # translation agency's item)
    r"contracts|volume)\s+)(?:to|since|over|in|this|last|on|for)\b[^\n]{0,300}?"
    r"\b(?:win|wins|winning|claw|clawing|get|getting)\s+(?:it|that|them|(?:some|most|much|"
    r"a\s+(?:good\s+|big\s+|fair\s+)?(?:part|share|chunk))\s+of\s+(?:it|that|them|those))"
    r"\s+back\b",
    re.I,
)
# An amount lost each period, then wanted filled or won back: "At the moment we lose ~30 MRI slots
# a week to late cancellations - we want to fill most of them" (a blind radiology department's
# item); not things lost once ("we lose the settings on restart").
# Or left behind on each trip, then won back: "we leave 8-12 TEU per upstream voyage on the quay
# because of this; the fix should win most of that back" (a blind barge operator's item).
# (not all of them, a return rule: "the supervisor must get all of them back to the store", review)
_SOME = r"(?:most|half|some|many|a\s+lot|a\s+third|a\s+quarter)"
LOSS_EACH_PERIOD_FILLED = LazyPattern(
    r"\b(?:los(?:e|es|ing)|leave|leaves|leaving)\s+" + APPROX
    + r"?(?<![\w.,])\d[\d.,]*+(?:\s?[–-]\s?\d[\d.,]*+)?\s+(?:[\w-]+\s+){1,3}?"
    r"(?:a|per|each|every)\s+(?:[\w-]+\s+)?(?:day|week|month|year|quarter|shift|voyage|trip|"
    r"sailing|flight|run|route|load|call|departure|night|visit)\b[^\n]{0,160}?"
    r"\b(?:(?:fill|recover|save|rescue|win\s+back|get\s+back)\s+" + _SOME
    + r"\s+of\s+(?:them|those|these|it|that)\b|(?:win|get|claw)\s+" + _SOME
    # (not paid back: "get some of them back as pay", review)
    + r"\s+of\s+(?:them|those|these|it|that)\s+back\b(?!\s+as\b)|claw\s+back\s+" + _SOME
    + r"\s+of\s+(?:them|those|these|it|that)\b)",
    re.I,
)
# A backlog said to be cleared, as what the work does: "Would clear the >28-day backlog in about
# 6 weeks" (the same department's item); not a queue of jobs or messages cleared as a task
# ("clear the print backlog on restart").
BACKLOG_CLEARED = LazyPattern(
    # (said of the work, not a purpose: "Take a few days off a month to clear the backlog of
    # filing")
    r"\b(?:would|will|should|could)\s+(?:\w+\s+)?clear\s+(?:the|our|that|this)\s+"
    r"(?:[\w>%<.~-]+\s+){0,3}?backlog\b(?!\s+(?:of\s+)?(?:jobs?|messages?|tasks?|events?|"
    r"builds?|prints?|emails?|migrations?)\b)",
    re.I,
)
# A backlog worked until it stands under a level: "Block Friday afternoons for the two SCs until
# we're under 50 open and nothing older than 14 days" (a blind research site network's item); the
# team's own state, not a procedure's ("run the pump until it is under 2 bar").
WORKED_UNTIL_UNDER = LazyPattern(
    # (what is open or overdue, not stock used up nor a setting's trigger: "until we have less
    # than 500 left", "until we're below 40 pending requests", review)
    r"\b(?:until|till)\s+(?:we['’]re|we\s+are|(?:the|our)\s+backlog\s+is)\s+(?:back\s+)?(?:to\s+)?"
    r"(?:under|below)\s+" + APPROX
    + r"?(?<![\w.,])\d[\d.,]*+\s+(?:open|outstanding|overdue|(?:open\s+|overdue\s+)?(?:queries|"
    r"tickets|cases|claims|complaints|referrals))\b",
    re.I,
)
# A figure given beside its key result's or its target's level: "We did about 1,100 outside
# covers last season, KR is 2,000." (a blind reindeer tourism company's item).
FIGURE_THEN_ITS_KR = LazyPattern(
    # (the figure's noun may be left out: "We are at 41.3% and the KR is 42.3%", a blind
    # ginnery's item)
    r"(?<![\w.,])\d[\d.,]*+\s?%?(?:\s+(?:[\w-]+\s+){0,3}?[\w-]+)?[^.!?\n]{0,80}?(?:[,;]|\s+and)\s*"
    # (a number that is no count of the work's parts: "KR is 1 of the 3 new markets", review)
    r"(?:the\s+|our\s+)?(?:kr|key\s+result)\s+(?:is|says|wants|asks\s+for|target\s+is)\s+"
    + APPROX + r"?(?<![\w.,])\d[\d.,]*+(?!\s+of\b)",
    re.I,
)
# All of a counted loss wanted kept: "Last year we lost 9 contracts at renewal in Bavaria alone;
# this year we want to keep all of them" (a blind bell foundry's item).
ALL_KEPT = LazyPattern(
    r"\blost\s+" + APPROX + r"?(?<![\w.,])\d[\d.,]*+\s+(?:[\w-]+\s+){0,2}?(?:contracts|customers|"
    r"clients|members|accounts|subscribers|tenants|sponsors|donors|staff|volunteers|drivers)\b"
    # (wanted, the clause ending there: not "need to keep all of them backed up", "need to retain
    # all of them on payroll until the tribunal rules", review)
    r"[^\n]{0,120}?\b(?:want|aim)\s+to\s+(?:keep|retain|renew|hold\s+on\s+to)\s+(?:all|every\s+"
    r"one)\s+of\s+(?:them|those)(?=\s*(?:$|[.;!,)]|\s+(?:this|next|at|through|in)\b))",
    re.I,
)
# A part of a counted aim, or of the open ones cleared: "If both sign, that's 2 of the 3 new
# countries we're after this year" (a blind bell foundry's item), "Plan to clear 6 of the 19
# active LOPs in April-June" (a blind tram depot's).
PART_OF_THE_AIM = LazyPattern(
    r"\b\d+\s+of\s+the\s+\d+\s+(?:new\s+)?[\w-]+\s+(?:we['’]re\s+(?:after|targeting|aiming\s+for)|"
    r"we\s+(?:want|need|are\s+after)|in\s+the\s+(?:kr|okr|target|plan))\b|"
    # (not a fix of a part of the bugs: "Fix 5 of the 12 open bugs", review)
    r"\b(?:clear|close|remove|lift)\s+\d+\s+of\s+the\s+\d+\s+(?:active|open|outstanding|"
    r"overdue|remaining)\s+[\w-]+",
    re.I,
)
# A share today, then the level it should be at: "the dye test showed only ~70% of chicks with
# coloured tongues. Should be 95%+." (a blind hatchery's item).
SHOULD_BE_AFTER_A_SHARE = LazyPattern(
    # (a share of things, not a rate, a price or a setting: "VAT shows as 21% ... Should be 9%",
    # "Overlay opacity is set to 50%; should be 80%", review)
    r"(?<![\w.,])\d[\d.,]*+\s?%\s+(?:of\s+(?:the\s+|our\s+|all\s+)?)?(?:[\w-]+\s+)?[a-z]+s\b"
    r"(?!\s+(?:to|per|on)\b)[^.\n]{0,100}[.;,]\s*(?:it\s+|that\s+|this\s+)?(?:should|must|needs?\s+"
    r"to)\s+be\s+(?:at\s+least\s+|over\s+|above\s+|under\s+|below\s+)?(?<![\w.,])\d[\d.,]*+\s?%",
    re.I,
)
# A level per unit of the trade come closer to: "If each LO can fit 2 more groups a week we get
# much closer to 380 clients per LO" (a blind microfinance institution's item).
CLOSER_TO_A_LEVEL = LazyPattern(
    r"\b(?:get|gets|bring|brings|move|moves)\s+(?:us\s+)?(?:much\s+|a\s+lot\s+|a\s+bit\s+|"
    r"far\s+)?"
    # (people or work served per unit, not a discount tier or things built: "closer to the 20%
    # volume discount tier", "closer to 3 lanes per depot", review)
    r"closer\s+to\s+(?:the\s+)?" + APPROX + r"?(?<![\w.,])\d[\d.,]*+\s?(?:%(?!\s+"
    r"(?:[\w-]+\s+){0,2}?(?:tier|discount|threshold|band|off)\b)|(?:[\w-]+\s+)?(?:clients|customers|members|patients|"
    r"users|visits|calls|orders|sales|deliveries|jobs|cases)\s+per\s+[\w-]+)",
    re.I,
)
