"""How specs say what the work adds or takes away each period, and how a level is pulled: "New
revenue line ~EUR 250k/yr", "~£1.2m additional parking revenue per summer", "Could add £3m/month
financed volume", "cuts ~420 MWh/yr of electricity", "~2,300 records toward the published-records
count", "pull the break rate down",
"get evening DPH up meaningfully", "-> weekly actives / seat ratio up", "Fix all 41" (of 41
failures counted before). The phrasings the metric rule (checker/embedded/metrics.py) reads for
amounts gained or cut, as regular expressions; directions on quantities are in
metric_phrasing.py, counts and populations in metric_counts.py. Built on the labelled
organisations' texts the rule missed and measured on tests/data/metrics/sentences.jsonl.
"""

from __future__ import annotations

import re

from checker.embedded.metric_words import CODE_THING, POPULATION, QUANTITY, THING

# What work earns, and an amount of money: a sign ("£1.2m", "A$40k") or an ISO 4217 code ("EUR
# 250k"); a hedge before it and the period after it ("/yr", "a month", "per summer").
_EARNED = r"(?:arr|mrr|revenue|gmv|bookings|sales|savings|income|profit|margin|volume)"
_MONEY = (
    r"(?:(?:[A-Z]{1,2})?[$€£]|(?-i:\b(?:EUR|USD|GBP|CHF|AUD|CAD|NZD|PLN|SEK|NOK|DKK|CZK)\s?))"
    r"(?<![\d,.])\d[\d,.]*+\s?(?:bn|[kmb])?\b"
)
_ABOUT = r"(?:about\s+|around\s+|roughly\s+|over\s+|up\s+to\s+|almost\s+|nearly\s+|~\s?|c\.\s?)?"
_PERIOD = (
    r"(?:\s*/\s*|\s+(?:a|an|per|each|every)\s+)(?:year|yr|annum|month|mo|quarter|qtr|week|wk|"
    r"day|summer|winter|season|term)\b"
)
_GAINED = r"(?:new|additional|extra|incremental|potential)"
# Physical amounts taken off each period: energy, emissions, fuel, hours.
_PHYSICAL = (
    r"(?:[kmg]wh|tco2e?|t|tonnes?|tons?|kg|litres?|liters?|gallons?|m3|hours?|hrs?|h)\b"
)
_FAILURES = r"(?:issues|failures|findings|defects|errors|violations|bugs|problems)"

AMOUNT_GAINED = re.compile(
    # new money each period: "New revenue line ~EUR 250k/yr", "incremental margin of £40k a year"
    r"\b" + _GAINED + r"\s+(?:[\w-]+\s+){0,2}?" + _EARNED + r"\b(?:\s+(?:line|stream|source))?"
    r"\s*[:=(,]?\s*(?:of\s+)?" + _ABOUT + _MONEY + r"(?:" + _PERIOD + r"|\s+(?:arr|mrr)\b)|"
    # money, then that it is new: "~£1.2m additional parking revenue per summer", "Potential
    # £400k ARR new revenue line"
    # (not what a contract or an account is worth: "is worth £2m a year in new revenue")
    r"(?<!\bworth\s)(?:\b" + _GAINED + r"\s+)?" + _ABOUT + _MONEY + r"(?:" + _PERIOD + r")?"
    r"\s+(?:of\s+|in\s+)?" + _GAINED + r"\s+(?:[\w-]+\s+){0,2}?" + _EARNED + r"\b|"
    r"\bpotential\s+" + _ABOUT + _MONEY + r"\s+(?:arr|mrr|gmv)\b|"
    # money added each period to what is earned or moved: "Could add £3m/month financed volume"
    r"\b(?:add|adds|adding|unlock\w*)\s+(?:us\s+)?" + _ABOUT + _MONEY + _PERIOD
    + r"\s+(?:(?:of|in)\s+)?(?:[\w-]+\s+){0,2}?" + _EARNED + r"\b|"
    # a physical amount taken off each period: "cuts ~420 MWh/yr of electricity"
    r"\b(?:cut|cuts|cutting|sav(?:e|es|ing)|avoid(?:s|ing)?|reduc(?:e|es|ing)|remov(?:e|es|ing))"
    r"\s+" + _ABOUT + r"(?<![\d,.])\d[\d,.]*+\s?(?:k\s?)?" + _PHYSICAL + r"(?:\s+of\s+[\w-]+)?"
    + _PERIOD + r"|"
    # counted things toward a count or a target: "Unblocks ~2,300 records toward the
    # published-records-with-image count"
    r"(?<![\w.,])\d[\d,.]*+\+?\s+(?:[\w-]+\s+){0,2}?towards?\s+(?:the\s+|our\s+)(?:[\w-]+\s+)"
    r"{0,4}?(?:count|target|goal|total|kr)\b",
    re.I,
)
# A level pulled or pushed up or down: "pull the 3-month break rate down", "pull weekly active
# promoters up", "get evening DPH up meaningfully", "-> weekly actives / seat ratio up" (not a
# system brought up: "get the VPN up", "pull the logs up").
LEVEL_PULLED = re.compile(
    r"\b(?:pull|pulls|pulling|drive|drives|driving)\s+(?:the\s+|our\s+|its\s+|their\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:" + QUANTITY + r"|(?:daily|weekly|monthly)\s+active\s+[\w-]+|"
    + POPULATION + r")\s+(?:back\s+)?(?:down|up)\b|"
    # an abbreviation for a metric: "get evening DPH up meaningfully" (not a system's: the same
    # list of systems as metric_phrasing's SAID_OTHERWISE)
    r"\b(?:get|gets|getting|push|pushes|pull|pulls|drive|drives|bring|brings)\s+(?:the\s+|our\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?-i:(?!(?:API|SDK|UI|UX|DB|VM|CPU|GPU|RAM|CI|CD|PR|QA|DNS|CDN|SSO|URL|"
    r"ETL|OS|IT|ERP|CRM|SAP|AWS|GCP|TLS|SQL|ML|AI|LLM|VPN|ELK|EKS|GKE|AKS|VPC|LB|MQ|SFTP|FTP|"
    r"SSH|TV|PC)s?\b)[A-Z]{2,5}s?)\s+(?:back\s+)?(?:up|down)\b(?!\s+(?:and|again|to\s+date)\b)"
    r"(?=\s*(?:$|[.,;!?)])|\s+(?:\w+ly|by|from|to\s+~?\d|in|on|at|across|for|this|next)\b)|"
    # a shorthand after an arrow: "-> weekly actives / seat ratio up"
    r"(?:->|→|=>)\s*(?:[\w/-]+\s+){0,5}?(?!" + CODE_THING + r"\b)(?:" + QUANTITY + r")"
    r"(?!\s+" + THING + r"\b)\s+(?:up|down)\b",
    re.I,
)
_FIX_ALL = re.compile(
    r"\b(?:fix|fixes|fixing|close|closes|closing|resolve|resolves|resolving|clear|clears)\s+all\s+"
    r"(?:the\s+|of\s+the\s+)?(?P<count>\d[\d,]*)\b(?!\s*(?:%|[.,]\d))",
    re.I,
)


def fixes_all_counted(text: str) -> bool:
    """Every one of a counted set of failures is to go: "41 serious contrast issues are logged
    ... Fix all 41", "Fix all 31 AA failures" (a count brought to zero), not "Fix all 3 links in
    the footer" (no failures counted)."""
    for match in _FIX_ALL.finditer(text):
        count = re.escape(match.group("count"))
        counted = re.compile(
            r"(?<![\d,.])" + count + r"\s+(?:[\w/&-]+\s+){0,3}?" + _FAILURES + r"\b", re.I)
        if counted.search(text):
            return True
    return False
