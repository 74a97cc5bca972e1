"""How specs say what the work adds or takes away each period, and how a level is pulled: "New
revenue line ~EUR 250k/yr", "~£1.2m additional parking revenue per summer", "Could add £3m/month
financed volume", "an extra $30k MRR", "cuts ~420 MWh/yr of electricity", "saves ~12
engineer-hours per week", "unblocks ~2,300 records toward the published-records count", "pull
the break rate down", "get evening DPH up meaningfully", "-> weekly actives / seat ratio up", and
"Fix all 41" of 41 failures counted before. The phrasings the metric rule
(checker/embedded/metric/rule.py) reads for amounts gained or cut, as regular expressions with the
checks that set aside what only looks like one: money shown, entered or charged ("show new
revenue (EUR 250k/yr) in the report", "add $5/month in sales tax"), what a contract is worth,
what was earned before ("last year's campaign brought £300k a year"), a system or a file brought
up or down ("Get the LDAP back up", "Pull the customers down from Stripe"), a key mapped ("F12 ->
volume up"), tickets closed ("Close all 40 stale issues"). Directions on quantities are in
phrasing.py, counts and populations in counts.py; the words in words.py.
Measured on tests/data/metrics/sentences.jsonl (and a review's sentences both ways there).
"""

from __future__ import annotations

import re

from checker.embedded.metric.numbers import ABOUT_AMOUNT, EARNED, MONEY
from checker.embedded.metric.patterns import LazyPattern
from checker.embedded.metric.units import PHYSICAL
from checker.embedded.metric.words import CODE_THING, QUANTITY, SYSTEM_ABBREVIATIONS, THING

# What is earned or moved, and not a thing named after it ("sales tax", "sales seats", "the Extra
# Sales Insights add-on", "the revenue report").
_GAINED_EARNED = (
    r"(?:" + EARNED + r"|volume)\b(?!\s+(?:tax|taxes|seats?|insights|add-?ons?|reps?|teams?|"
    r"calls?|decks?|reports?|dashboards?|pages?|templates?|columns?|fields?|boxes|box|forms?)\b)"
)
_PERIOD = (
    r"(?:(?:\s*/\s*|\s+(?:a|an|per|each|every)\s+)(?:year|yr|annum|month|mo|quarter|qtr|week|wk|"
    r"day|season|summer|winter)\b|\s+(?:annually|yearly|monthly|quarterly|weekly))"
)
_NEW = r"(?:new|additional|extra|incremental)"
# Energy, emissions, fuel and weight taken off each period ("cuts ~420 MWh/yr").
_PHYSICAL = PHYSICAL + r"(?!\w)"

_AMOUNT_GAINED = LazyPattern(
    # new money each period: "New revenue line ~EUR 250k/yr", "Incremental margin of £40k a year"
    r"\b" + _NEW + r"\s+(?:[\w-]+\s+){0,2}?" + _GAINED_EARNED + r"(?:\s++(?:line|stream|source)\b)?"
    r"(?:\s*+[:=(,])?\s*+(?:of\s++)?" + ABOUT_AMOUNT + r"(?:" + MONEY + r")"
    r"(?:" + _PERIOD + r"|\s+(?:arr|mrr)\b)|"
    # money, then that it is new: "~£1.2m additional parking revenue per summer"
    + ABOUT_AMOUNT + r"(?:" + MONEY + r")(?:" + _PERIOD + r")?\s+(?:of\s+|in\s+)?" + _NEW
    + r"\s+(?:[\w-]+\s+){0,2}?" + _GAINED_EARNED + r"|"
    # new money, then what it is: "an extra $30k MRR", "Potential £400k ARR"
    r"\b(?:" + _NEW + r"|potential)\s+" + ABOUT_AMOUNT + r"(?:" + MONEY + r")(?:" + _PERIOD
    + r")?\s+(?:arr|mrr|gmv)\b|"
    # money added each period to what is earned or moved: "Could add £3m/month financed volume",
    # "Would add ~£4.2m annual revenue", "should add ~£45k a year to retail net" (a blind air
    # ambulance charity's item)
    r"\b(?:add|adds|adding|unlock\w*)\s+(?:us\s+)?(?:over\s+)?" + ABOUT_AMOUNT + r"(?:" + MONEY
    + r")(?:" + _PERIOD + r"\s+(?:(?:of|in|to)\s+)?(?:[\w-]+\s+){0,2}?|\s+(?:(?:of|in)\s+)?"
    r"(?:annual|annuali[sz]ed|yearly|monthly|quarterly|weekly|recurring)\s+(?:[\w-]+\s+)?)"
    r"(?:" + _GAINED_EARNED + r"|(?:net|surplus|contribution|bottom\s+line)\b)|"
    # a count each period and the money it brings, as an estimate: "Back of the envelope: ~8k
    # renewals/month → ~€80k/month" (not a price: "Pricing: 10 seats/month = $99/month")
    r"\b(?:envelope|estimated?|expected|projected|forecast|upside|potential)\b[^.;\n]{0,30}?"
    r"(?<![\d,.])\d[\d,.]*+\s?k?\s+[\w-]+\s*/\s*(?:month|mo|year|yr|week|wk)\s*(?:→|->|=>|=|≈)\s*"
    + ABOUT_AMOUNT + r"(?:" + MONEY + r")" + _PERIOD + r"|"
    # energy, emissions or fuel taken off each period: "cuts ~420 MWh/yr of electricity"
    r"\b(?:cut|cuts|cutting|sav(?:e|es|ing)|avoid(?:s|ing)?|reduc(?:e|es|ing))\s+" + ABOUT_AMOUNT
    + r"(?<![\d,.])\d[\d,.]*+\s?(?:k\s?)?" + _PHYSICAL + r"(?:\s+of\s+[\w-]+)?" + _PERIOD + r"|"
    # people's hours saved each period: "Saves ~12 engineer-hours per week"
    r"\bsav(?:e|es|ing)\s+" + ABOUT_AMOUNT + r"(?<![\d,.])\d[\d,.]*+\s?(?:[\w]+-)?hours?"
    + _PERIOD + r"|"
    # time saved for people each time something happens: "Saves chief engineers ~30 min per
    # bunkering"
    # (not a capacity: "saves up to 30 minutes per recording")
    # ("Saves every agent 5 minutes per ticket", not an interval: "saves every 5 minutes")
    r"\bsav(?:e|es|ing)\s+(?:(?!every\s+(?:~\s?|about\s+|around\s+|roughly\s+)?\d|up\b|last\b|"
    r"first\b|next\b)[\w-]+\s+){0,3}?"
    r"(?:about\s+|around\s+|roughly\s+|"
    r"~\s?)?"
    # (whose time may be said after it: "save ~45 min of coordinator admin per booking", a blind
    # wedding venue group's e-sign item)
    + r"(?<![\d,.])\d[\d,.]*+\s?(?:(?:[\w]+-)?hours?|hrs?|min(?:ute)?s?)\s+"
    # (not what is kept: "Save 10 minutes of footage per camera", found by review)
    r"(?:of\s+(?!(?:[\w'-]+\s+){0,2}?(?:footage|video|audio|logs?|data|recordings?|history|"
    r"backups?)\b)(?:[\w'-]+\s+){1,3}?)?(?:per|a|an|each|every)\s+[\w-]+|"
    # an amount taken off each period, said after it: "Contractor estimate ~85 MWh/yr off the
    # refrigeration load", "Expect to take c. 400 tanker miles a week out" (a blind dairy
    # cooperative's items, 2026-12-01)
    r"(?<![\d,.])\d[\d,.]*+\s?(?:k\s?)?" + _PHYSICAL + _PERIOD + r"\s+off\b|"
    r"\btak(?:e|es|ing)\s+(?:c\.\s?|about\s+|around\s+|roughly\s+|~\s?)?(?<![\d,.])\d[\d,.]*+\s+"
    r"(?:[\w-]+\s+){0,2}?(?:miles|km|kilometres|hours|minutes|calls|trips|visits|km)" + _PERIOD
    + r"\s+(?:out|off)\b|"
    # a share moved from one channel to another: "could move 10-15 points of order lines from
    # phone/email onto the portal"
    r"\b(?:move|moves|moving|shift|shifts|shifting)\s+" + ABOUT_AMOUNT + r"(?<![\d,.])\d[\d,.]*+"
    r"(?:\s?[–-]\s?\d[\d,.]*+)?\s?(?:percentage\s+)?(?:points?|pts|pp|%)\s+of\s+"
    r"(?:[\w/-]+\s+){1,4}?(?:from|onto|to|into|off)\b|"
    # people's time saved each period, who named first: "Should save Finance about 2 days a
    # month" (a blind housing authority's invoice report)
    r"\bsav(?:e|es|ing)\s+(?:(?!every\b|up\b)[\w'-]+\s+){1,3}?(?:about\s+|around\s+|roughly\s+|"
    r"~\s?)?(?<![\d,.])\d[\d,.]*+\s?(?:days?|hours?|hrs?|min(?:ute)?s?)" + _PERIOD + r"|"
    # points of a rate added: "Should add around 6 points of margin on those lines"
    # ("it should add 6-8 points of load factor on the corridor", a blind rail freight operator's)
    # ("This should claw back 2-3 points of gross retention", "that is worth maybe half a point
    # of availability", a blind security provider's and wind contractor's items)
    r"\b(?:add|adds|adding|gain|gains|lift|lifts|win|wins|claw\s+back|claws\s+back|win\s+back|"
    r"recover|recovers|worth)\s+" + ABOUT_AMOUNT
    + r"(?:maybe\s+|perhaps\s+)?(?:(?<![\d,.])\d[\d,.]*+(?:\s?[–-]\s?\d[\d,.]*+)?|half\s+a|a)"
    r"\s?(?:percentage\s+)?(?:points?|pts|pp)\s+"
    r"(?:of|to|on|in)\s+(?:the\s+|our\s+)?(?:gross\s+|net\s+)?(?:margin|conversion|retention|share|"
    r"nps|csat|load\s+factor|availability|utili[sz]ation|occupancy|yield|[\w-]+\s+rate)\b|"
    # an estimate of time or energy saved, said after the amount: "Estimated 8-10 extra SAIDI
    # minutes saved versus the vendor module" (a blind grid operator's item, 2026-12-01; not a
    # capacity or a setting: "up to 30 minutes saved per recording" has no estimate before it)
    r"\b(?:estimated?|expected|projected|forecast|roughly|about|around|~)\s*"
    r"(?<![\d,.])\d[\d,.]*+(?:\s?[–-]\s?\d[\d,.]*+)?\s+(?:extra\s+|more\s+|additional\s+)?"
    # ("Rough estimate 1-1.5 hrs saved per client per month", a blind accountants' item)
    r"(?:[A-Za-z]{2,12}\s+)?(?:minutes|mins?|hours|hrs?|days|" + PHYSICAL + r")\s+"
    r"(?:saved|avoided|cut|shaved\s+off)\b|"
    # counted things a piece of work brings toward a count or a target: "Unblocks ~2,300 records
    # toward the published-records-with-image count"
    r"\b(?:unblock|unlock|bring|deliver|publish|add|move)(?:s|es|ing)?\s+" + ABOUT_AMOUNT
    + r"(?<![\d,.])\d[\d,.]*+\+?\s+(?:[\w-]+\s+){0,2}?towards?\s+(?:the\s+|our\s+)(?:[\w-]+\s+)"
    r"{0,4}?(?:count|target|goal|kr)\b",
    re.I,
)
# Money shown, entered, paid out, charged or earned before, or a contract's worth, just before
# the amount ("Payslip: show additional income of £200 a month", "last year's campaign brought
# £300k a year in new revenue", "worth roughly £2m a year in new revenue"; not a price named
# earlier in the sentence: "Dynamic pricing on peak sailings: new revenue ~EUR 250k/yr").
_NOT_GAINED_BEFORE = LazyPattern(
    r"\b(?:show|shows|showing|display\w*|list|lists|listing|enter|enters|input|print|render|"
    r"export|pay|pays|paying|charge\w*|tax|payslip|calculator|field|column|worth|"
    r"last\s+(?:year|quarter|month|week)|brought|generated|earned|"
    # (what it costs, labelled: "Cost: 3 servers/month → €900/month")
    r"(?:cost|costs|spend|bill|budget)\s*:)"
    r"(?:\b|(?<=:))[^.;\n]{0,40}$",
    re.I,
)
# ... or where it is shown after it ("... as a separate field", "... in the card footer", "... to
# the forecast sheet"; not "... to the bottom line").
_SHOWN_AFTER = LazyPattern(
    # (not what is sold: "6 points of margin on those lines", product lines)
    r"[^.;\n]{0,40}?\b(?:(?:in|on|into|as)\s+(?!(?:those|these|product|our\s+product)\s+lines?\b)"
    r"(?:the\s+|a\s+|an\s+|its\s+|our\s+|their\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:field|column|box|line\s+item|line|template|footer|card|widget|"
    r"report|page|sheet|spreadsheet)s?|"
    r"to\s+(?:the\s+|a\s+|our\s+)?(?:[\w-]+\s+)?(?:sheet|spreadsheet)s?)\b",
    re.I,
)
_SENTENCE_START = LazyPattern(r"[.;!?\n][^.;!?\n]*$")

# A level pulled or pushed up or down: "pull the 3-month break rate down", "Drive weekly active
# users up across EMEA" (not data pulled from a system: "Pull the orders down from Shopify"; not
# a place on a screen: "Pull the leaderboard score up to the top").
LEVEL_PULLED = LazyPattern(
    r"\b(?:pull|pulls|pulling|drive|drives|driving|bring|brings|bringing)\s+"
    r"(?:the\s+|our\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}?(?:" + QUANTITY
    + r"|(?:daily|weekly|monthly)\s+active\s+[\w-]+)(?:\s+[\w-]+)?"
    r"\s+(?:down|up)\b(?!\s+(?:from\s+(?![~\d])|into\s+(?!the\s+(?:high|low|mid))|onto|"
    r"to\s+the|to\s+a)\b)"
    # (by an amount, not by a key: "pull the orders up by customer ID")
    r"(?!\s+by\s+(?![~\d]|an?\b|half\b|about\b|around\b|roughly\b))|"
    # an abbreviation for a metric, with no article before it: "get evening DPH up meaningfully"
    # (not a system or a file: "Get the LDAP back up", "Push the APKs up to 3 test tracks")
    r"\b(?:get|gets|getting|push|pushes|pull|pulls|drive|drives|bring|brings)\s+"
    r"(?!the\b|our\b|its\b|their\b|a\b|an\b)(?:[\w-]+\s+){0,2}?"
    r"(?-i:(?!" + SYSTEM_ABBREVIATIONS + r"\b)[A-Z]{2,5}s?)\s+(?:up|down)\b"
    r"(?=\s*(?:$|[.,;!?)])|\s+(?:\w+ly|by\s+~?\d|from\s+~?\d|across|for|this|next)\b)|"
    # a shorthand after an arrow, with words before the quantity: "-> weekly actives / seat ratio
    # up" (not a key or a setting mapped: "F12 -> volume up", "worker -> memory up to 4 GB")
    r"(?:->|→|=>)\s*(?:[\w/-]+\s+){1,5}?(?!" + CODE_THING + r"\b)(?:" + QUANTITY + r")"
    r"(?!\s+" + THING + r"\b)\s+(?:up|down)\b(?!\s+to\b)",
    re.I,
)
_FIX_ALL = LazyPattern(
    r"\b(?:fix|fixes|fixing|resolve|resolves|resolving|clear|clears|clearing|close|closes|"
    r"closing)\s+all\s+(?:the\s+|of\s+the\s+)?"
    r"(?P<count>\d[\d,]*)\b(?!\s*(?:%|[.,]\d))",
    re.I,
)
_FAILURES = r"(?:failures|findings|defects|errors|violations|bugs|issues|problems)"
_FIX_ALL_CHECKED = 10  # "Fix all N" phrases looked at, at most (each is one search of the text)


def gains_an_amount(text: str) -> bool:
    """Whether the text says an amount its work gains or cuts each period (_AMOUNT_GAINED), not
    money shown, entered, charged, earned before or a contract's worth."""
    for match in _AMOUNT_GAINED.finditer(text):
        start = match.start()
        sentence = _SENTENCE_START.search(text, max(0, start - 200), start)
        before = text[sentence.start() + 1 if sentence else max(0, start - 200) : start][-60:]
        if _NOT_GAINED_BEFORE.search(before) or _SHOWN_AFTER.match(text, match.end()):
            continue
        return True
    return False


# Failures an audit or a scan found, named after "Fix all N": "Fix all 27 accessibility failures
# the audit logged" (not "Clear all 200 failures from the dead-letter queue").
_AUDITED = LazyPattern(
    r"\s+(?:[\w/&-]+\s+){0,3}?(?:failures|findings|defects|violations|errors)\b[^.;\n]{0,60}?"
    r"\b(?:audit\w*|accessib\w*|wcag|a11y|scan\w*|pen[- ]?test\w*|inspection\w*)\b",
    re.I,
)


def fixes_all_counted(text: str) -> bool:
    """Every one of a set of failures counted before, or found by an audit, is to go: "41
    serious contrast issues are logged ... Fix all 41", "Clear all 40 open accessibility
    findings from the March audit" (a count brought to zero), not "Close all 40 stale issues"
    (tickets closed) nor "Fix all 3 links" (nothing counted)."""
    for match in list(_FIX_ALL.finditer(text))[:_FIX_ALL_CHECKED]:
        if _AUDITED.match(text, match.end()):
            return True
        count = re.escape(match.group("count"))
        counted = re.compile(
            r"(?<![\d,.])" + count + r"\s+(?:[\w/&-]+\s+){0,3}?" + _FAILURES + r"\b", re.I)
        if counted.search(text, 0, match.start()):
            return True
    return False
