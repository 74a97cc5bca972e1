"""A level halved or doubled, or an amount taken off or added to it, as one regular expression
the metric rule (checker/embedded/metric/rule.py) reads wherever it stands: "halve the support
backlog", "double the number of ...", "shave 200 ms off the page load", "adds 3 points to
first-pass match", "est. £180k/yr off the agency bill", "adds ~340 kL to FR volume". Split from
changes.py (thirtieth session, unchanged); built and measured on tests/data/metrics/sentences.jsonl.
"""

from __future__ import annotations

import re

from checker.embedded.metric.numbers import APPROX, MEASURE
from checker.embedded.metric.patterns import LazyPattern
from checker.embedded.metric.units import PHYSICAL, PHYSICAL_SHORT
from checker.embedded.metric.words import CODE_THING, QUANTITY, THING

# (not "had halved their usage": a past fact)
TAKEN_OFF_OR_ADDED = LazyPattern(
    # (not the noun: "paid in two halves", "both halves of the season", a blind hospice's
    # golden hello)
    # (numbers are digits by then: "2 halves")
    r"(?<!\b2\s)(?<!\btwo\s)(?<!\bboth\s)(?<!\bin\s)(?<!\bthe\s)\bhalv(?:e|es|ing)\b|"
    r"\b(?:doubl|tripl|quadrupl)(?:e|es|ing)\s+(?:the|our|its|their)\b"
    # (nor a price compared with another: "beef prices on the spot market are often double the
    # program price", a blind tomato grower's item; found by review: not the word before)
    r"(?!\s+(?:[\w-]+\s+){0,2}?(?:prices?|fees?|tariffs?|rate\s+card)\b)"
    # (not a capacity: "Double the replica count for the ingest service")
    r"(?!\s+(?:[\w-]+\s+)?(?:replica|shard|partition|node|pod|worker|thread|instance|retry|"
    r"batch|cache|buffer|disk|storage|cpu|ram)s?\b)"
    r"(?!\s+(?:number\s+of\s+)?(?:[\w-]+\s+){0,2}?(?:" + THING + r"|" + CODE_THING
    + r"|height|width|size|length)\b)|"
    # (not leave: "Take 2 days off next week for the move")
    r"\b(?:shav|knock|tak|cut|trim|slash)\w*\s+(?:roughly\s+|about\s+|around\s+|up\s+to\s+)?"
    + MEASURE + r"\s+(?:[\w-]+\s+)?(?:off(?!\s+(?:(?:next|this|last)\s+(?:week|month|mon|tue|wed|"
    r"thu|fri|sat|sun)\w*|work|sick|over|for|in|at|on|and|to)\b)(?!\s*(?:[.,;!]|$))|from)\b|"
    # a range of points taken off a level: "we expect this to take 4-5 points off"
    r"\b(?:shav|knock|tak|cut|trim|slash)\w*\s+(?:about\s+|around\s+|~\s?)?(?<![\d,.])\d[\d.]*+"
    r"\s?[–-]\s?\d[\d.]*+\s?(?:%|pp\b|pts?\b|points?\b)\s+off\b|"
    # a span of someone's time taken off: "Should knock ~15 consultant hours off each
    # implementation" (a blind SaaS vendor's item; "take 2 days off next week" is leave)
    r"\b(?:shav|knock|trim|slash|cut|tak)\w*\s+(?:about\s+|around\s+|roughly\s+|~\s?)?"
    # ("Would cut 2–3 min off every pick-up", a blind ski rental chain's item)
    r"(?<![\d,.])\d[\d.]*(?:\s?[–-]\s?\d[\d.]*)?\s+(?:[\w-]+\s+){0,2}?(?:seconds|secs|minutes|mins?|"
    # (not leave each period: "Staff may take 2–3 days off each quarter", review)
    r"hours|hrs|days|weeks)\s+off\s+(?!(?:each|every|per|a)\s+(?:week|month|quarter|year)\b)"
    r"(?:each|every|per|the|our|a|an|its|their)\b|"
    # points added to a level: "adds 3 points to first-pass match" (not to a loyalty balance, nor
    # a type size: "Add 2 points to the font size")
    r"\b(?:add|adds|adding|put|puts|putting)\s+(?:about\s+|around\s+|roughly\s+|another\s+|~\s?)?"
    r"(?<![\d,.])\d{1,2}(?:\.\d)?\s?(?:pp|pts?|points?|percentage\s+points?)\s+(?:to|on)\s+"
    r"(?!(?:\S+\s+){0,3}?(?:balance|account|wallet|card|basket|order|total|tally|score\s+card|font|"
    r"text|type|heading|size|padding|spacing|line[\s-]height|estimate|threshold|tier|story|"
    r"sprint|velocity)s?\b)|"
    # points of a rate won back: "should claw back two to three points of GP on the bar" (numbers
    # are digits by then)
    r"\b(?:claw|win|get|gain)\w*\s+back\s+(?:about\s+|around\s+|~\s?)?(?<![\d,.])\d[\d.]*"
    r"(?:\s?[–-]\s?\d[\d.]*|\s+to\s+\d[\d.]*)?\s?(?:pp|pts?|points?|percentage\s+points?)\s+"
    r"(?:of|on)\b|"
    # a few units of time or of a share taken off a level: "Should knock a few percent off
    # Harrogate's gas per kilo", "knock a few days off the gap between a customer off-hiring and
    # us getting the kit back" (a blind laundry's and a blind scaffolder's items; "take a few
    # days off" alone is leave)
    r"\b(?:shav|knock|tak)\w*\s+(?:a\s+few|a\s+couple\s+of|several|a\s+good\s+few)\s+"
    r"(?:percent|%|points?|pp|seconds|minutes|hours|days|weeks)\s+off\s+(?:the|our|its|their|"
    # ("shave a few minutes off a typical Cloud pipeline", a blind CI company's item; not "a few
    # days off a month": leave)
    r"each|every|per|[A-Z][\w-]*['’]s|an?(?!\s+(?:day|week|fortnight|month|year|\w+day|morning|"
    r"afternoon|evening|customer['’]s|client['’]s|member['’]s|invoice|bill|price)\b))\b|"
    # "should take a few days off the median time from signup to first payroll"
    # (an amount of money off a unit's cost too: "take about £0.30 off what every box costs us
    # to send", a blind meal-kit company's item)
    # (or a count with a plus: "knock 200+ off the waiting list", a blind pools service's item)
    # (not the idiom: "Would take some pressure off the cloud bill", a blind app's item)
    r"\b(?:shav|knock|tak)\w*\s+(?!(?:[\w~-]+\s+){0,2}?(?:pressure|heat|strain|weight)\s+off\b)"
    r"(?:[\w~-]+\+?(?:,\d+)*\s+){1,7}?off\s+(?:the\s+|our\s+|its\s+)?"
    r"(?:[\w-]+\s+){0,2}?" + QUANTITY + r"\b(?!\s+" + THING + r"\b)|"
    r"\b(?:shav|knock|tak)\w*\s+(?:about\s+|around\s+|roughly\s+|~\s?)?[$€£]\d[\d.,]*\s+off\s+"
    # (our cost of a unit, not a price: "Knock £10 off the cost of each annual plan", review)
    r"(?:the\s+|our\s+)?(?:(?:[\w-]+\s+){0,2}?costs?\s+per\s+[\w-]+|"
    r"what\s+(?:every|each|a|an|the)\s+(?:[\w-]+\s+){0,2}?costs\b)|"
    # a span of time or points taken off, a range or shorthand: "Should shave 3–4 days off
    # application → approval", "That takes ~2pts off the 30+ day arrears figure" (a blind
    # tutoring marketplace's and a blind self-storage operator's items; not "take 2% off the
    # first box", a price)
    r"\b(?:shav|knock|trim|slash)\w*\s+(?:about\s+|around\s+|roughly\s+|~\s?)?(?<![\d,.])\d[\d.]*+"
    r"(?:\s?[–-]\s?\d[\d.]*+)?\s+(?:[\w-]+\s+){0,2}?(?:seconds|minutes|mins|hours|hrs|days|weeks)"
    r"\s+off\b|"
    r"\b(?:shav|knock|tak|cut|trim|slash)\w*\s+(?:about\s+|around\s+|roughly\s+|~\s?)?"
    r"(?<![\d,.])\d[\d.]*+\s?(?:pp|pts?|points?|percentage\s+points?)\s+off\s+(?:the|our|its|"
    r"their|[A-Z][\w-]*['’]s)\b|"
    # a span of time off a time, expected without a verb: "Expect similar: 30–40 min off restore
    # time per fault" (a blind rail contractor's item; not a break, "30 min off at lunch")
    # ("That's 25 min off every report's turnaround", a blind drone firm's item)
    r"(?:\b(?:expect\w*|estimated?|would|should|could|will)\b|\b(?:that|it)(?:['’]s|\s+is)\s)"
    r"[^.;\n]{0,30}?(?<![\d,.])\d[\d.]*+"
    r"(?:\s?[–-]\s?\d[\d.]*+)?\s?(?:seconds|secs?|minutes|mins?|hours|hrs?|days|weeks)\s+off\s+"
    # (a time a process takes, not leave: "3 days off every time they cover", "30 min off at
    # lunch time", found by review)
    r"(?:the\s+|our\s+|its\s+|each\s+|every\s+)?(?:[\w-]+(?:['’]s)?\s+){0,2}?(?:(?:restore|"
    r"response|repair|resolution|processing|delivery|handling|lead|cycle|reply|build|load|"
    r"travel|changeover|set-?up|fix|wait(?:ing)?)[\s-]times?|duration|wait|turnaround|"
    r"cycle)\b|"
    # an amount off the figure a key result tracks: "that's roughly 0.15 kWh per kg off our
    # number" (a blind bakery's item)
    r"\b(?:that|it)(?:['’]s|\s+is)\s+" + APPROX + r"?(?<![\d,.])\d[\d.,]*+\s?(?:" + PHYSICAL + r"|"
    r"%|pts|points|minutes|mins|hours|hrs|days)\b[^.;\n]{0,20}?\boff\s+(?:our|the|that)\s+"
    r"(?:number|figure|total|score|rate)\b|"
    # money each period off what we pay: "est. £180k/yr off the agency bill" (a blind pathology
    # network's item; not a customer's bill, "£5/month off the bill for annual plans")
    # (said as a saving, not given: "Give students £5 a month off the broadband bill", review)
    r"(?:\b(?:sav\w*|estimated|would|should|could|will|expect\w*|takes?|knocks?|shaves?|"
    r"cuts?)\b|\best\.)[^.;\n]{0,30}?"
    r"[$€£](?<![\d,.])\d[\d,.]*+\s?[kmb]?\s?(?:/\s?(?:yr|year|annum|month|mo)\b|(?:a|per)\s+"
    r"(?:year|month)\b|annually\b)\s*off\s+(?:our\s+(?:[\w-]+\s+){0,2}?|the\s+(?:[\w-]+\s+){1,2}?)"
    r"(?:bill|spend|costs?|budget|invoices?)\b",
    re.I,
)
# A physical amount the work adds each period or each unit of the trade, said with a modal or as
# what a step adds: "Closing half the gap adds ~1 kg/m² per cycle", "Would add 480,000 L a year
# to our intake", "would add roughly 5–6 t/month of export volume" (blind mushroom, cheese and
# tortilla makers' items); not an amount with no period ("adds 2 kg to the crate").
# (said plainly, "adds", only of a yield per area: a dose is added each day too, "Set the dosing
# pump so it adds 2 L/day", review)
ADDED_EACH_PERIOD = LazyPattern(
    r"(?:\b(?:would|could|should|will|might|may|it['’]d|that['’]d|this['’]d|it['’]ll|that['’]ll|"
    r"this['’]ll)\s+(?:easily\s+|probably\s+|likely\s+|only\s+)?add\s+" + APPROX
    + r"?(?<![\d,.])\d[\d,.]*+(?:\s?[–-]\s?\d[\d,.]*+)?\s?k?\s?(?:" + PHYSICAL_SHORT + r")"
    r"(?:\s?/\s?(?:m²|m2|ha|acre|kg|t))?|"
    r"\badds\s+" + APPROX + r"?(?<![\d,.])\d[\d,.]*+\s?(?:" + PHYSICAL_SHORT + r")\s?/\s?"
    r"(?:m²|m2|ha|acre))"
    r"(?:\s?/\s?(?:year|yr|month|mo|week|wk|day|cycle|shift|batch)\b|\s+(?:a|per|each|every)\s+"
    r"(?:year|month|week|day|cycle|shift|batch|flush|harvest|season|crop)\b)",
    re.I,
)
# A gain or a loss signed on a rate per area or per unit of the trade: "Trial in R7/R8 with the new
# casing gave +1.8 kg/m² over 3 flushes vs. the control rooms" (a blind mushroom farm's item).
_SIGNED_RATE = (r"(?:(?<![\w.,])[+−]|(?<=\s)-)\s?\d[\d.,]*+\s?(?:" + PHYSICAL_SHORT + r")\s?/\s?"
                r"(?:m²|m2|ha|acre|kg|t|unit|cow|head|bird|tree|plant|cycle|batch)(?![\w²])")
SIGNED_YIELD = LazyPattern(
    # (against a control or another, or what the work is worth, not a plan's dose: "+30 kg/ha N at
    # the second split", review; "Fixing this alone should be worth +5 kg/m²/yr", a blind vertical
    # farm's item)
    _SIGNED_RATE + r"(?=[^.;\n]{0,60}?(?:\bvs\b|\bversus\b|\bagainst\b|\bthan\b|\bcompared\b|"
    r"\bcontrol\b))|"
    r"\b(?:worth|gave|gives|give|gain|gains|gained|yield|yields|yielded)\s+" + APPROX + r"?"
    + _SIGNED_RATE,
    re.I,
)
# An amount added to a measured total: "Winning it adds ~340 kL to FR volume" (a blind paint
# maker's item), "would add roughly 2,000 guest-nights to off-peak occupancy"; not storage or
# sound ("adds 20 GB to the volume", "add 3 dB to the volume").
ADDED_TO_A_TOTAL = LazyPattern(
    r"\b(?:adds|(?:would|will|could|should)\s+add|(?:is|are)\s+expected\s+to\s+add)\s+" + APPROX
    + r"?(?<![\d,.])\d[\d,.]*+\s?(?:k|m|million|thousand)?\s?(?!\s*(?:[kmgt]i?b|db|px|pt|mm|cm|"
    # (nor parts of a thing built, nor a tank's: "adds 4 filters to the bookings list", "adds 40
    # m3 to the tank volume", review)
    r"decibels?|gigabytes?|filters?|columns?|fields?|rows?|tabs?|buttons?|widgets?|charts?|"
    r"options?|features?)\b)"
    r"(?:[\w-]+\s+){0,3}?(?:to|of)\s+(?:our\s+|the\s+|their\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?<!tank\s)(?<!tanks\s)(?<!disk\s)(?<!storage\s)(?:volume|revenue|sales|turnover|arr|mrr|bookings|occupancy|throughput|output|intake|"
    # (not a thing named after it: "Adds 2 columns to the sales report")
    r"tonnage|market\s+share)\b(?!\s+(?:reports?|pages?|dashboards?|decks?|sheets?|teams?|tabs?|"
    r"screens?|exports?|views?|forms?|pipelines?|channels?|packs?|lists?|tables?|apps?|modules?)\b)",
    re.I,
)
