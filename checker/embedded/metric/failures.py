"""How specs name an outcome as failures that stop or go away: a failing thing stopped ("Should
stop the Monday short-shipments"), failures said to disappear ("late departures should basically
disappear"), a queue people stand in said to shrink ("the peak queue drops noticeably"), failures
or a share named and then brought down by a pronoun ("Curing defects ... this should cut those",
"We lose about one in five new members ... Want that clearly down"). Split
from effects.py (twenty-ninth session, unchanged); read by the metric rule (rule.py) wherever
they stand, built and measured on tests/data/metrics/sentences.jsonl.
"""

from __future__ import annotations

import re

from checker.embedded.metric.patterns import LazyPattern
from checker.embedded.metric.words import POPULATION

# Failures or losses that count against an outcome, wanted to stop: "we want to stop failing
# infection-control audits on the first pass" (a blind cleaning contractor's item), "so we stop
# losing members to the gym down the road"; not a fault fixed ("stop losing logs on restart").
STOP_FAILING = LazyPattern(
    r"\b(?:(?:want|need|aim|have|got|trying|plan|going)\s+to|so\s+(?:that\s+)?(?:we|they|sites|"
    r"stores|teams|clients|customers))\s+stop\s+(?:"
    r"failing\s+(?:[\w-]+\s+){0,3}?(?:audits?|inspections?|assessments?)\b|"
    r"losing\s+(?:[\w-]+\s+){0,2}?(?:" + POPULATION + r"|deals|bids|tenders|contracts|sales|"
    r"revenue|money)\b|"
    r"missing\s+(?:[\w-]+\s+){0,2}?(?:slas?|deadlines|targets|slots|deliveries|appointments|"
    r"windows)\b|"
    r"breaching\s+(?:[\w-]+\s+){0,2}?(?:slas?|limits?|targets)\b)"
    # (not data lost or a bug in an export: "stop losing revenue data when the webhook times
    # out", "stop missing delivery windows in the calendar export (tz bug)", found by review)
    r"(?!\s+(?:data|logs?|files?|attachments?|records?|events?|messages?|exports?)\b)"
    r"(?![^.;\n]{0,40}\b(?:export|bug|sync|feed|webhook)s?\b)",
    re.I,
)
# Failures said to go away: "late departures should basically disappear" (a blind tomato
# grower's item), "Should stop the Monday short-shipments" (the same grower's).
FAILURES_GONE = LazyPattern(
    r"\b(?:late|missed|failed|short|lost|cancell?ed|rejected|delayed|overdue|unanswered|duplicate)"
    # (stopping, not stopping something: "Failed payments will stop the subscription", review)
    r"[\s-][\w-]+s\s+(?:should|will|would|could)\s+(?:\w+\s+){0,2}?(?:disappear|go\s+away|vanish|"
    r"stop(?!\s+(?:the|a|an|their|our|its|it|them|this|that)\b))\b|"
    # a part of a kind of failure said to go away: "If the customer can see the signed ticket
    # ..., most of those disputes go away" (a blind quarry's item)
    r"\b(?:most|many|half|all|a\s+lot|much)\s+of\s+(?:those|these|the|our|them|its|their)\s+"
    r"(?:[\w-]+\s+)?(?:disputes|complaints|queries|calls|chargebacks|rejections|escalations|"
    r"no-shows|cancell?ations|returns|claims|errors|failures)\s+(?:should\s+|will\s+|would\s+|"
    r"could\s+)?(?:\w+\s+)?(?:go\s+away|disappear|vanish)\b|"
    r"\b(?:should|will|would|could)\s+stop\s+(?:the\s+|our\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:short[\s-]?shipments|stock-?outs|no-shows|complaints|cancell?ations|breaches|escapes|"
    r"rejections|chargebacks|resignations|drop-?outs|sores|injuries|(?:late|missed|failed)\s+"
    # (not a message stopped: "Should stop resignations being emailed to every manager", review)
    r"[\w-]+s)\b(?!\s+(?:being|getting|from)\b)|"
    # people lost or harm said to go away: "the first-year drop-outs should basically disappear"
    # (review)
    r"\b(?:resignations|drop-?outs|leavers|sores|injuries|no-shows)\s+(?:should|will|would|could)\s+"
    r"(?:\w+\s+){0,2}?(?:disappear|go\s+away|vanish)\b",
    re.I,
)
# A queue people stand in said to shrink: "If we shift even 10% of Saturday volume the peak
# queue drops noticably" (a blind car-wash chain's item); not a message queue dropping things.
QUEUE_SHRINKS = LazyPattern(
    # (or made shorter: "spread arrivals out of the morning peak and get the queues shorter", a
    # blind port community system's item)
    # (people's queues, not a screen's or a system's: "Make the ticket queue shorter on the agent
    # screen", "Keep the retry queue shorter", review)
    r"\b(?:get|make|keep)\s+(?:the\s+)?(?:(?:gate|truck|lorry|peak|morning|phone|call|checkout|"
    r"counter|security|customer|patient|visitor|terminal|ferry|taxi)\s+)?queues?\s+shorter\b"
    r"(?!\s+on\b)|"
    r"(?<!\bmessage\s)(?<!\bjob\s)(?<!\btask\s)(?<!\bprint\s)(?<!dead-letter\s)(?<!\brender\s)"
    r"(?<!\bemail\s)(?<!\bbuild\s)(?<!\bretry\s)(?<!\bsqs\s)"
    r"\bqueues?\s+(?:should\s+|will\s+|would\s+)?(?:drops?|shrinks?|falls?|gets?\s+shorter|"
    r"goes\s+down|disappears?)\b(?!\s+(?:the|a|an|messages?|jobs?|events?|items?|requests?|tasks?|"
    r"packets?|connections?|below|under|to|above)\b)",
    re.I,
)
# Failures, complaints or losses got rid of or brought down: "Fix seals + door sensor so we get
# rid of these slime complaints", "Should catch latent defects at sort and bring our automotive
# escapes down" (blind mushroom farm's and chip test house's items); not a thing carried down
# ("bring the boxes down to the dock").
_FAILURES = (r"(?:complaints?|errors?|defects?|failures?|rejects?|rejections?|returns?|claims?|"
             r"breaches|incidents?|escapes|no-shows?|cancellations?|delays?|mistakes|injuries|"
             r"accidents|outages|call-?backs|re-?tests?|re-?work|write-offs?|chargebacks?|"
             r"losses|spoilage|waste|mortality|deaths|scrap|shrink|send-?backs|bounce-?backs|"
             r"kick-?backs|re-?issues|resubmissions|resignations|leavers|drop-?outs|attrition|"
             r"sores)")
# (not a thing named after them: "the old claims module", "the leavers spreadsheet", review)
_NOT_A_THING = (r"(?!-)(?!\s+(?:module|skip|bin|menu|page|screen|field|tab|report|folder|table|"
                r"button|form|flow|feature|setting|box|bay|area|spreadsheet|sheet|list|file|register|log|"
                r"categor(?:y|ie)|type|code|template|room)s?\b)")
RID_OF_FAILURES = LazyPattern(
    # (not a thing named after one, a setting's span or an object: "Get rid of the old claims
    # module", "the 3-second delay before the redirect", "the scrap skip by dock 4", review)
    r"\b(?:get|gets|getting|got)\s+rid\s+of\s+(?:(?:all\s+)?(?:the|these|those|our|their)\s+)?"
    r"(?:(?![\w-]*\d)[\w-]+\s+){0,2}?" + _FAILURES + r"\b" + _NOT_A_THING + r"|"
    r"\b(?:bring|brings|bringing|get|gets|getting|push|pushes|drive|drives|knock|knocks)\s+"
    r"(?:the|our|their|its|these|those)\s+(?:[\w-]+\s+){0,2}?" + _FAILURES
    # (not carried somewhere: "bring these returns down to goods-in", review)
    + r"\s+(?:right\s+|way\s+|well\s+)?down\b(?!\s+to\s+(?!~?\d|zero\b|nothing\b|none\b))|"
    # most of them stopped: "Should stop most of the bridge send-backs" (a blind rope-access
    # contractor's item)
    r"\b(?:should|will|would|could|to)\s+stop\s+(?:most|all|many|half|a\s+lot)\s+of\s+"
    r"(?:the\s+|our\s+|these\s+|those\s+)?(?:[\w-]+\s+){0,2}?" + _FAILURES + r"\b",
    re.I,
)
# One contact where people make several today: "Give one advisor the access and script to do all
# of it. One call instead of three." (a blind council contact centre's item)
ONE_INSTEAD_OF_MANY = LazyPattern(
    # (contacts people make, not things built: "one form instead of three", "a single email rather
    # than 4 per order", "one login instead of two", review)
    r"\b(?:one|a\s+single|1)\s+(?:phone\s+)?(?:call|visit|trip|contact|appointment|journey|"
    r"conversation|handoff|hand-off)\s*,?\s+(?:instead\s+of|rather\s+than|not)\s+"
    r"(?:two|three|four|five|six|several|many|(?<![\d.,])[2-9]|1\d)\b",
    re.I,
)

# Failures, or a share of people, named and then brought down by a pronoun: "Curing defects from
# wrong mixing are one of our top 3 claim causes - this should cut those", "compare resignations
# with the other 7 sites, and we expect them to go down", "We lose about one in five new members
# before the end of year two. Want that clearly down." (blind paint maker's, research sites' and
# fire brigades' items; counts.PRONOUN_MOVED reads the pronouns after a named quantity).
_PRONOUN_BROUGHT_DOWN = LazyPattern(
    r"\b(?:want|wants|need|needs|expect|expects|like\s+to\s+see)\s+(?:it|them|that|this|those|"
    # (not an outage or a page taken down: "we expect them to go down during the maintenance
    # window", "expect them to come down on Friday", review)
    r"these)\s+(?:\w+ly\s+)?(?:to\s+(?:go|come)\s+down(?!\s+(?:during|for|at|while|when|in|on|"
    r"over|overnight|tonight|from|until)\b)|to\s+(?:fall|drop|shrink|decrease))\b|"
    # (wanted down, the clause ending or a level after it: not "expect them down from 22:00",
    # "like to see them down by the table footer", review)
    r"\b(?:want|wants|need|needs)\s+(?:it|them|that|this|those|these)\s+(?:\w+ly\s+)?"
    r"(?:way\s+|well\s+|much\s+)?down\b(?=\s*(?:$|[.,;!?)])|\s+(?:by|to)\s+~?\d|\s+(?:below|"
    r"under)\b)|"
    # (or stopped: "Two of the last three rejections were partly paperwork - this should stop
    # those", a blind carpet recycler's item)
    r"\b(?:should|will|would|could|to|and)\s+(?:\w+ly\s+)?(?:cut|reduce|lower|halve|stop|"
    r"prevent|eliminate)\s+(?:those|these|them)(?=\s*(?:$|[.,;!?)]))|"
    # (not carried somewhere: "bring them down to the loading bay"; nor walls knocked down)
    r"\b(?:bring|brings|get|gets|push|pushes)\s+(?:it|them|those|these|that)\s+"
    r"down\b(?!\s+to\s+(?!~?\d|zero\b|nothing\b|none\b))",
    re.I,
)
# ... the failures or a share of a population named before it ("1 in 5": numbers are digits by
# then).
_LOSS_NAMED = LazyPattern(
    r"\b" + _FAILURES + r"\b" + _NOT_A_THING + r"|(?<![\d.,])\d+\s+(?:in|out\s+of)\s+"
    r"(?:every\s+)?\d+\s+(?:[\w-]+\s+){0,2}?(?:" + POPULATION + r"|[^\W\d_]{3,}s)\b|"
    # (or a part of them in words: "About a fifth of our new volunteers quit", review)
    r"\b(?:a\s+(?:fifth|third|quarter|tenth)|half|two[\s-]thirds)\s+of\s+(?:our|the|all|their)\s+"
    r"(?:[\w-]+\s+){0,2}?[^\W\d_]{3,}s\b",
    re.I,
)
# Failures named by what went wrong, then "the late ones" brought down: "Half of our late
# Einsatzberichte come from FFs with a new Schriftführer; this should bring the late ones down"
# (a blind fire brigade association's item; "ones" is read as the number 1 by then).
_THE_FAILED_ONES = r"(?:late|missed|failed|overdue|rejected|delayed|unanswered|duplicate|lost)"
_CLAUSE_ENDS = r"(?=\s*(?:$|[.,;!?)])|\s+(?:by|to)\s+~?\d)"
_FAILED_ONES_DOWN = LazyPattern(
    r"\b(?:bring|brings|get|gets|push|pushes|knock|knocks)\s+the\s+(?P<failed>" + _THE_FAILED_ONES
    # (the clause ending there or a level after it: not "get the rejected ones down before the
    # client visit", "cut the duplicate ones from the template", review)
    + r")\s+(?:ones|1)\s+down\b" + _CLAUSE_ENDS + r"|"
    r"\b(?:bring|brings|get|gets)\s+down\s+the\s+(?P<down>" + _THE_FAILED_ONES + r")\s+(?:ones|1)"
    + _CLAUSE_ENDS + r"|"
    r"\b(?:cut|reduce|halve)\s+the\s+(?P<cut>" + _THE_FAILED_ONES + r")\s+(?:ones|1)\b"
    + _CLAUSE_ENDS,
    re.I,
)


def losses_brought_down(text: str) -> bool:
    """Failures or a share of a population named, then brought down by a pronoun or as "the
    late ones" (numbers already digits)."""
    moved = _PRONOUN_BROUGHT_DOWN.search(text)
    if moved is not None and _LOSS_NAMED.search(text, 0, moved.start()):
        return True
    ones = _FAILED_ONES_DOWN.search(text)
    if ones is None:
        return False
    failed = ones.group("failed") or ones.group("down") or ones.group("cut")
    return re.search(r"\b" + failed + r"\s+[^\W\d_]", text[: ones.start()], re.I) is not None
