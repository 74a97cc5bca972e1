"""How specs name an outcome as a span of time: a wait brought under today's ("a same-shift
repair rather than a two-day wait"), a time set beside today's ("could close in 2 days instead
of 9", "the same or next day instead of up to a week"), working time given back ("most of an
hour of productive time per operative per day"). The metric rule (rule.py) reads each of these
anywhere in a text; a team's own schedule ("run the pilot in 4 weeks instead of 8") is set
aside there. Built and measured on tests/data/metrics/sentences.jsonl.
"""

from __future__ import annotations

import re

from checker.embedded.metric.numbers import APPROX
from checker.embedded.metric.patterns import LazyPattern

# A time brought under today's in words: "so a breakdown becomes a same-shift repair rather than
# a two-day wait", "a next-day fix instead of a week-long delay".
TIME_SHORTENED = LazyPattern(
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
# A span of time set beside today's: "could close in 2 days instead of 9", "approved within 4
# hours rather than 3 days", "close their books in 2 days, not 9" (not the team's own schedule,
# metrics._schedule: "Run the pilot in 4 weeks instead of 8")
TIME_INSTEAD = LazyPattern(
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
    # seconds or minutes against a wait overnight: "Owners would see their money in seconds
    # instead of next morning" (a blind minibus-taxi payments start-up's item)
    # (against a day to come, not a unit shown: "Show the SLA countdown in minutes instead of
    # days", review)
    r"\b(?:in|within)\s+(?:(?:a\s+few\s+)?(?:seconds|minutes)|real[\s-]time)\s+(?:instead\s+of|"
    r"rather\s+than|not)\s+(?:the\s+)?(?:next\s+(?:working\s+|business\s+)?(?:morning|day|week)|"
    r"following\s+(?:day|morning)|overnight)\b|"
    # the same or the next day, against a wait: "back with the requester the same or next day
    # instead of waiting up to a week for the van" (a blind records office's item)
    # ("Dispatch same-day or next-day instead of 3-5 days", "the next working day instead of a
    # week", review; not a meeting booked: "for the next day instead of a week out")
    r"\b(?:the\s+)?(?:same|next)(?:[\s-](?:working|business))?[\s-]day(?:\s+or\s+(?:the\s+)?"
    # (or against: "it settles same day, vs 2-3 weeks for SWIFT", a blind bug-bounty platform's)
    r"next(?:[\s-](?:working|business))?(?:[\s-]day)?)?\s*,?\s+(?:instead\s+of|rather\s+than|vs\.?|"
    r"versus|compared\s+(?:to|with))\s+"
    r"(?:waiting\s+)?(?:up\s+to\s+|about\s+|over\s+|nearly\s+)?(?:a|one|\d+(?:\s?[–-]\s?\d+)?)\s+"
    # (not shipping options priced: "next day vs 3-5 days, £6.99 / £2.99", review)
    r"(?:working\s+|business\s+)?(?:weeks?|fortnight|months?|days?)\b(?!\s+out\b)"
    r"(?![,;]?\s*[£$€]\s?\d)",
    re.I,
)
# Working time given back to each person each period: "The aim is to add most of an hour of
# productive time per operative per day" (a blind repairs contractor's item).
TIME_GIVEN_BACK = LazyPattern(
    # someone's time saved each period: "Would save Finance about 20 minutes of copy-paste every
    # morning" (a blind credit union's item)
    r"\bsav(?:e|es|ing)\s+(?:[\w-]+\s+){0,2}?" + APPROX + r"?(?<![\d,.])\d[\d.,]*\s+"
    r"(?:hours?|minutes?|mins?)\b(?!\s+(?:after|before|past|from)\b)[^.;\n]{0,30}?"
    r"\b(?:a|per|each|every)\s+(?:day|morning|week|"
    r"month|shift|year)\b|"
    # (to someone: "Should give each manager back ~3 hrs a week of admin", a blind self-storage
    # operator's item)
    # (freed, "up" left out: "Estimated to free ~25 min a day per team that goes back into time
    # with citizens", a blind home-care service's item)
    r"\b(?:add|adds|adding|free(?:s|d|ing)?(?:\s+up)?|(?:give|gives|giving)\s+"
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
# Something done a span of time earlier: "Should get Purple allocation about 40s earlier" (a blind
# ambulance service's item); not the team's own schedule ("ship it two weeks earlier").
DONE_EARLIER = LazyPattern(
    r"\b(?:should|will|would|could)\s+(?:get|make|have|see)\s+(?:[\w-]+\s+){0,6}?" + APPROX
    + r"?(?<![\w.,])\d+\s?(?:s|secs?|seconds|mins?|minutes|hours?|days?)\s+"
    r"(?:earlier|sooner|faster|quicker)\b",
    re.I,
)
