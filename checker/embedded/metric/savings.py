"""How specs name an outcome as something saved: resource use saved or cut ("Should save gas
straight away", "uses less water per wash"), money each period the work brings or saves ("est.
£180k/yr", "save £410k a year in licences"), time saved on a process or taken out of time spent
each period ("Saves about 5 days of the 21-day onboarding", "a decent chunk out of the 3.5 hrs a
week our managers spend on admin"), money saved on each unit ("€1,100 saving per blade"). Split
from effects.py (twenty-ninth session, unchanged); read by the metric rule (rule.py) wherever
they stand, built and measured on tests/data/metrics/sentences.jsonl.
"""

from __future__ import annotations

import re

from checker.embedded.metric.numbers import APPROX
from checker.embedded.metric.patterns import LazyPattern
from checker.embedded.metric.units import EMISSIONS, ENERGY, PHYSICAL_SHORT, VOLUME

# Resource use the work saves: "Should save gas straight away" (a blind pools service's item).
RESOURCE_SAVED = LazyPattern(
    r"(?:\b(?:should|will|would|could|to|it['’]ll|this['’]ll|that['’]ll|we['’]d|it['’]d)\s+"
    r"(?:\w+\s+)?sav(?:e|es|ing)|\bsaves)\s+(?:us\s+)?(?:on\s+)?(?:gas|energy|electricity|fuel|"
    # (not a reading saved: "save water meter readings offline", review)
    r"diesel|water|power|heating)\b(?!\s+(?:meters?|readings?|bills?|settings?|levels?)\b)",
    re.I,
)
# Money each period the work is estimated to bring, said after its period: "Our estimate is
# roughly £38k a year extra net across the three shops" (a blind hospice's item), "If it converts
# it's ~$250k/yr recurring" (a blind drone firm's).
MONEY_EACH_PERIOD = LazyPattern(
    r"\b(?:estimat\w*|expect\w*|reckon\w*|forecast\w*|it['’]s|that['’]s|would\s+be|worth)\b"
    r"[^.;\n]{0,30}?[£$€](?<![\d,.])\d[\d,.]*+\s?(?:[kmb]n?\b)?\s*(?:/\s?(?:yr|year|mo|month|week)\b|"
    r"(?:a|per|each)\s+(?:year|month|week)\b)\s*(?:of\s+)?(?:extra|more|additional|recurring|"
    # (not a price against another or a spend: "£15 a month more than Mailchimp", "$20k/yr new
    # spend on Snowflake", review)
    r"net\s+new|new)\b(?!\s+(?:for|on|per|than|spend|costs?|fees?|licen[cs]es?)\b)",
    re.I,
)
# An amount of a resource less, or its numbers brought down: "Rough estimate ~180 t less salt over
# the two months", "To get our salt numbers down" (the same contractor's sanding pilot).
RESOURCE_LESS = LazyPattern(
    # (per unit too: "we expect ~3.5 m³/m² less gas in those sections", a blind tomato grower's)
    r"(?<![\w.,])\d[\d.,]*+\s?" + PHYSICAL_SHORT
    + r"(?:\s?/\s?(?:m2|m²|ha|kg|t|unit|day|week|month|year))?\s+less\s+"
    r"[a-z][\w-]*|"
    r"\bget\s+(?:our\s+|the\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:numbers|figures)\s+down\b"
    r"(?!\s+(?:to|on|onto|in|into|for)\b)",
    re.I,
)
# Time saved on a process: "Saves about 5 days of the 21-day onboarding" (the same chain's item);
# not days of logs kept.
SAVES_TIME = LazyPattern(
    r"\bsav(?:e|es|ing)\s+(?:us\s+|them\s+)?(?:about\s+|around\s+|roughly\s+|~\s?)?\d[\d.,]*\s?"
    r"(?:days?|hours?|weeks?|minutes?|mins?|h)\b\s+(?:of|off|from)\s+(?:the|our|each|every|a)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:onboarding|process|cycle|lead\s+time|turnaround|journey|wait|close|"
    r"set-?up|handover|approval|build|review|checkout|application)\b",
    re.I,
)
# Energy or money saved each year, estimated: "rough estimate 1.1 GWh/yr", "Energy team estimate
# 0.6 GWh/yr gas saving", "They claim £410k/yr savings on electricity costs" (the same team's
# items).
YEARLY_SAVING = LazyPattern(
    # (a saving said before the estimate: not "estimated 1.3 GWh/yr consumption", review)
    # (or said with its verb: "Saves approx. 18 MWh/year and about €5k/year on electricity", a
    # blind precast maker's item)
    r"\bsav(?:e|es|ing)\s+(?:us\s+)?" + APPROX + r"?(?:(?<![\d.,])\d[\d.,]*+\s?(?:"
    + ENERGY + "|" + EMISSIONS + "|" + VOLUME
    + r")|[$€£]\s?\d[\d.,]*+\s?[km]?)\s?/\s?(?:yr|year|annum|month|mo)\b|"
    # (the currency after the number: "Saves about 3.800 € a year", a blind fishing cooperative's)
    r"\bsav(?:e|es|ing)\s+(?:us\s+)?" + APPROX + r"?(?<![\d.,])\d[\d.,]*+\s?[km]?\s?€\s+"
    r"(?:a|per|each)\s+(?:year|month)\b|"
    r"\bsavings?\b[^.\n]{0,30}?\bestimat\w*\s+(?:of\s+)?(?:~\s?|about\s+|around\s+|roughly\s+)?"
    r"\d[\d.,]*+\s?(?:" + ENERGY + "|" + EMISSIONS + r")\s?/\s?(?:yr|year|annum|month|mo)\b|"
    # (not money paid into savings: "Staff can pay up to £200/month savings into the credit
    # union", review)
    # (a number read from its first digit: a pasted run of digits is read once)
    r"(?<!\bup\sto\s)(?:(?<![\d.,])\d[\d.,]*+\s?(?:" + ENERGY + "|" + EMISSIONS
    + r")|[$€£]\s?\d[\d.,]*+\s?[km]?)"
    r"\s?/\s?"
    r"(?:yr|year|annum|month|mo)\s+(?:[\w-]+\s+)?savings?\b(?!\s+(?:into|account|scheme|pot)\b)",
    re.I,
)
# Time spent each period, with a part taken out of it: "Should take a decent chunk out of the 3.5
# hrs a week our managers tell us they spend on admin" (a blind football club's item).
CHUNK_OF_TIME = LazyPattern(
    r"\b(?:take|takes|taking)\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:chunk|bite|slice|dent)\s+(?:out\s+of|off)\s+"
    r"(?:the\s+|our\s+|their\s+)?(?:~\s?|about\s+)?\d[\d.,]*+\s?(?:hrs?|hours|minutes|mins|days)\s+"
    r"(?:a|per|each|every)\s+(?:day|week|month|shift|quarter)\b",
    re.I,
)
# Money saved on each unit: "About €1,100 saving per blade in material cost" (a blind blade
# maker's item).
SAVING_PER_UNIT = LazyPattern(
    # (a saving, not a price against another: "$5 cheaper per seat than HubSpot", review)
    APPROX + r"?[£$€](?<![\d,.])\d[\d,.]*+\s?k?\s+(?:saving|savings|saved)\s+"
    r"(?:per|a|an|each|on\s+(?:each|every))\s+[\w-]+|"
    # money off what each unit costs us: "so roughly €15 off landed cost per node" (a blind sensor
    # maker's item; not a price or a bill, "£5 off the ticket price", "£5/month off the bill")
    + APPROX + r"?[£$€](?<![\d,.])\d[\d,.]*+\s?k?\s+off\s+(?:the\s+|our\s+)?(?:[\w-]+\s+)?"
    # (not what a customer pays: "Knock £10 off the cost of each annual plan for students")
    r"(?:cost|costs|cogs|spend)\s+(?:per|a|an|each)\s+[\w-]+|"
    # time off each unit of work: "that's ~40 min off every donor workup" (a blind organ-donation
    # registry's item; not leave, "2 days off every month")
    + APPROX + r"?(?<![\d,.])\d[\d,.]*+\s?(?:ms|min|mins|minutes|hrs?|hours?|seconds?|secs?|s)\s+"
    r"off\s+"
    r"(?:every|each|per|the\s+average|an?\s+average)\s+(?!(?:day|week|month|year|shift)\b)[\w-]+|"
    # ... or saved on each: "would save about 90 seconds per call" (a blind ferry cooperative's),
    # "Saves roughly EUR 2,100 per sale in print and postage" (a blind auction house's)
    r"\bsav(?:e|es|ing)\s+" + APPROX + r"?(?:[£$€]\s?(?<![\d,.])\d[\d,.]*+\s?k?|"
    # (milliseconds too: "Saves ~80 ms per unit", a blind chip test house's test flow; a range:
    # "it saves 5–10 min per study", a blind sleep clinic network's)
    # (the range only of minutes or hours: "saves 20–30 s per incident clip" stores, review)
    r"(?<![\d,.])\d[\d,.]*+(?:\s?[–-]\s?\d[\d,.]*+(?=\s?(?:min|mins|minutes|hrs?|hours?)\b))?\s?"
    r"(?:ms|min|mins|minutes|hrs?|hours?|"
    r"seconds?|secs?|s))\s+"
    r"(?:per|a|an|each|on\s+(?:each|every))\s+"
    r"(?!(?:day|week|month|year|seat|user|licen[cs]e)\b)[\w-]+|"
    # a physical amount saved on each unit: "Supplier reckons a 1.5–2 L/kg saving" (a blind
    # hospital laundry's item)
    r"(?<![\d,.])\d[\d.,]*+(?:\s?[–-]\s?\d[\d.,]*+)?\s?(?:l|litres?|liters?|kwh|kg|m3|m³)\s?/\s?"
    r"(?:kg|t|tonne|unit|item|piece|m3|m³)\s+(?:saving|reduction|less)\b",
    re.I,
)
# A span of time taken out of a process each time: "Should take a day or two out of the
# application cycle" (a blind coffee lender's item); not leave ("take a day or two off").
TIME_OUT_OF_A_PROCESS = LazyPattern(
    r"\b(?:take|takes|taking|knock|knocks|shave|shaves)\s+(?:a|an|one|\d+)\s+(?:day|week|hour)s?"
    r"(?:\s+or\s+(?:two|three|\d+))?\s+(?:out\s+of|off)\s+(?:the|our|each|every)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:cycle|process|lead\s+time|turnaround|onboarding|journey|wait|"
    r"pipeline|approval|application)\b|"
    # (a week or more off a span named from one step to another: "Should cut a week or more off
    # contract-to-first-live-route", a blind dispatch-software item)
    # (a range: "Should take 3–4 weeks off enrolment-to-licence", a blind bus-driver academy's)
    r"\b(?:cut|cuts|take|takes|knock|knocks|shave|shaves)\s+(?:a|an|one|\d+(?:\s?[–-]\s?\d+)?)\s+"
    r"(?:day|week)s?\+?"
    # (or off a step named by its end: "Should shave a week or more off go-live for those
    # districts", a blind school-bus app's item)
    # (or out of one from step to step: "Rough guess it takes a week+ out of lead-to-contract", a
    # blind heat-pump installer's item; not "take one week out of onboarding for the course")
    r"(?:\s+or\s+(?:more|two|so))?\s+(?:out\s+of\s+(?:the\s+)?[\w]+(?:-[\w]+)*-to-[\w-]+|"
    r"off\s+(?:the\s+)?(?:[\w]+(?:-[\w]+)*-to-[\w-]+|go-?live|"
    r"onboarding|set-?up|implementation|lead\s+time|turnaround|time\s+to\s+[\w-]+))",
    re.I,
)
# Time off a step, estimated: "Estimate 5-10 min off handover-to-clear on every Bronglais job" (a
# blind ambulance service's item); each release giving time back: "Each release gives back roughly
# 45 min of crew time" (the same service's).
TIME_OFF_ESTIMATED = LazyPattern(
    r"\b(?:estimate[sd]?|expect(?:ed)?|reckon)\s*:?\s*" + APPROX + r"?(?<![\w.,])\d[\d.]*+"
    r"(?:\s?[–-]\s?\d[\d.]*+)?\s?(?:min|mins|minutes|hours|hrs|days|s|secs?|seconds)\s+off\b|"
    r"\b(?:each|every)\s+[\w-]+\s+(?:gives|saves|frees)\s+(?:up\s+|back\s+)?" + APPROX
    + r"?(?<![\w.,])\d[\d.]*+\s?(?:min|mins|minutes|hours|hrs)\b",
    re.I,
)
# A chunk taken off a rate: "Would take a big chunk off our kL/tonne (ballpark 0.6)" (a blind wine
# estate's item).
CHUNK_OFF_A_RATE = LazyPattern(
    r"\b(?:take|takes|taking)\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:chunk|bite|slice|dent)\s+(?:out\s+of|off)"
    r"\s+(?:the\s+|our\s+)?(?:[\w-]+\s+)?[a-z]{1,6}\s?/\s?[a-z]{1,8}\b",
    re.I,
)
# A cost each period turned into income: "A biogas plant ... would pay us 10 zł/t. That turns a
# ~840k zł/yr cost into ~240k zł of income" (a blind mushroom farm's item; other signs are "$" by
# then).
COST_TURNED_INTO_INCOME = LazyPattern(
    r"\bturns?\s+(?:a|an|the|our|this|that)\s+" + APPROX + r"?[£$€](?<![\d,.])\d[\d,.]*+\s?[kmb]?"
    # (each period: not a bug's figure, "the FX rounding turns a €20 cost into €2,000", review)
    r"(?:\s?/\s?(?:yr|year|mo|month)\b|\s+(?:a|per)\s+(?:year|month)\b)\s+(?:[\w-]+\s+)?"
    r"(?:cost|loss|bill|spend|expense)\s+into\s+"
    r"(?:a\s+|an\s+)?" + APPROX + r"?[£$€]\d",
    re.I,
)
# Waiting saved for the people served: "Saves patients a visit and roughly two weeks of waiting
# before they have a diagnosis" (a blind sleep clinic network's item; numbers are digits by then).
WAITING_SAVED = LazyPattern(
    r"\bsav(?:e|es|ing)\s+(?:[\w-]+\s+){0,5}?" + APPROX + r"?(?<![\d,.])\d[\d,.]*+\s+(?:days?|"
    # (not a record of it kept: "saves 90 days of delay history per route", review)
    r"weeks?|months?|hours?)\s+of\s+(?:waiting|wait)\b(?!\s+(?:time\s+)?(?:history|logs?|data|"
    r"records?))",
    re.I,
)
