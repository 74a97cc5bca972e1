"""Figures that say what is, not what the work moves: a sentence about a view of figures or a
write-up ("Claims NPS dashboard for the offsite", "Blog post: how we halved cold-start time"),
background ("For context, last year's rate was 6.1 per 1,000"), a trend reported ("up 11% last
year", "costs keep rising", "Void numbers are up 30% since ..."), a fact about today ("Over 60%
of our traffic is Android", "We're over 250 employees"), an incident's impact, a change shown
on a screen, a price's own change, a date. The metric rule (checker/embedded/metric/rule.py)
reads no outcome in these; numbers that are configuration are in configuration.py, those that
belong to a rule in conditions.py. Built and measured on tests/data/metrics/sentences.jsonl.
"""

from __future__ import annotations

import re

from checker.embedded.metric.patterns import LazyPattern
from checker.embedded.metric.words import DATE as DATE_WORDS
from checker.embedded.metric.words import (
    DIRECTION,
    LEVEL,
    PRICE,
    REPORTED_SPEECH,
)

# A sentence, or the title, about a view of figures: a dashboard, a report, a tile, a pack or an
# export that shows a metric builds a view of it, it moves nothing ("Claims NPS dashboard for the
# leadership offsite", "Restyle the reprint-rate tile on the production wallboard", "Move the
# monthly circulation pack to Metabase", blind writers' items the rule read as naming a metric).
# (not one that also moves it: "post-redelivery defect reports down towards 1 per check")
REPORTING_SENTENCE = LazyPattern(
    r"(?<![^.!?\n])(?![^.!?\n]*\b(?:" + DIRECTION + r"|up|down|towards?|under|below|above|"
    # (a pack or an export of figures, not "Welcome pack for new members", "export sales")
    r"at\s+\d)\b)[^.!?\n]*\b(?:dashboards?|tiles?|wallboards?|(?:board|monthly|weekly|kpi|"
    r"management|reporting|data)\s+packs?|(?:csv|data|excel|bi)\s+exports?|appendix|appendices|"
    r"decks?|power\s+bi|tableau|metabase|looker|"
    # (or a report's column: "Weekly supply report: rename 'Delivery perf.' column to 'OTIF %'", a
    # blind paint maker's item)
    r"(?<=['\"’”]\s)columns?|(?<=['\"’”])columns?|(?:report|sheet|table|spreadsheet)\s+columns?|"
    # (or a post about it: "Eng blog: how our Kafka ingest keeps cloud cost per vehicle low", a
    # blind telematics company's item)
    r"blog(?:\s+posts?)?|write-?ups?|case\s+stud(?:y|ies)|conference\s+talks?|webinars?)\b"
    r"[^.!?\n]*",
    re.I,
)
# A piece written about how a change was made, or how to make one: "Blog post: how we halved
# cold-start time", "Write a case study on how Kettering General cut discharge delays by 30%",
# "Webinar for florists: how to grow repeat orders" (a review); the change is the story's, not
# the work's ("Run a webinar to lift trial-to-paid conversion" still moves one).
WRITE_UP_SENTENCE = LazyPattern(
    r"(?<![^.!?\n])[^.!?\n]*?\b(?:blog(?:\s+posts?)?|case\s+stud(?:y|ies)|webinars?|talks?|"
    r"write-?ups?|articles?|newsletters?|podcast(?:\s+episodes?)?|linkedin\s+posts?|"
    r"press\s+releases?)\b[^.!?\n]{0,60}?\bhow\s+(?:to|we|they|our|it|(?-i:[A-Z])[\w-]*)\b"
    r"[^.!?\n]*",
    re.I,
)
# A share a grant or a fund pays: "apply to the Net Zero grant to cover up to 40%" (a blind
# bakery's item).
FUNDED_SHARE_BEFORE = LazyPattern(
    r"\b(?:cover|covers|covering|fund|funds|funding|match|matches|pay\s+for|pays\s+for)"
    r"\s+up\s*$", re.I)
# A change said with the past period it happened in: "(up 11% last year per Nielsen)" (a blind
# cider maker's item) is a trend reported, not what the work moves.
PAST_PERIOD_AFTER = LazyPattern(
    r"\s+(?:last|in\s+the\s+(?:last|past)|over\s+the\s+(?:last|past)|this\s+past)\s+"
    # (not a span of the future: "down 2 points in the last quarter of the year")
    r"(?:\d+\s+)?(?:years?|quarters?|months?|weeks?|seasons?|summer|winter|spring|autumn|fy)\b"
    r"(?!\s+of\b)",
    re.I,
)
# A level a contract guarantees is its term, not an outcome: "average speed loss < 2% guaranteed
# or we refund part of the coating" (a blind paint maker's sales deck).
# (said later in the clause too: "below 2%, guaranteed for 60 months", "< 2% speed loss guaranteed
# over five years", review; not "guaranteed-hours contracts")
GUARANTEED_AFTER = LazyPattern(
    r"\s?%?[^.;\n]{0,25}?(?:\b(?:is|are)\s+)?(?:\bcontractually\s+)?\b(?:guaranteed|warranted)\b"
    r"(?!-)", re.I)
_IN_SENTENCE = r"(?:[^.!?\n]|\.(?=\d))*"  # (a decimal point ends no sentence: "6.1 per 1,000")
# A sentence given as background, to its end: "For context, last year's rate was 6.1 serious
# incidents per 1,000 bed nights." (a blind homelessness charity's item): a figure, or a key
# result's metric, said for context is no outcome the work moves.
BACKGROUND_SENTENCE = LazyPattern(
    r"(?:^|(?<=[.!?(]\s)|(?<=\n))[ \t]*(?:for\s+(?:context|reference|background|info)|fyi|"
    r"as\s+background)\s*[,:–—-]"
    # (not one that says what the work is for: "For context: we want to cut churn to 3%")
    # (nor one that says what the work will move: "For info: this will halve time to first reply")
    r"(?!" + _IN_SENTENCE + r"\b(?:we\s+(?:want|aim|expect|hope|plan)|will|would|should|target|"
    r"goal|aim|" + DIRECTION + r")\b)" + _IN_SENTENCE + r"(?:[.!?](?=\s|$)|(?=\n)|$)",
    re.I,
)
# A share stated as a fact at the start of a sentence: "Over 60% of our traffic is Android"
# (matched from the bound's start; "get over 60% of users onto SSO" has a verb before it).
STATED_SHARE = LazyPattern(
    r"(?:(?<=^)|(?<=[.;:!?\n]\s)|(?<=[.;:!?\n]))\s*(?:over|under|more\s+than|fewer\s+than|less\s+than|"
    r"about|nearly|almost)\s+~?\d[\d.,]*\s?%\s+of\s+(?:[\w'-]+\s+){0,4}?"
    r"(?:is|are|was|were|comes?|came|uses?|used|has|have)\b|"
    # a count of things that exist today, at a sentence's start: "At least five community Helm
    # charts exist and all of them are slightly broken." (a blind geospatial project)
    r"(?:(?<=^)|(?<=[.;:!?\n]\s)|(?<=[.;:!?\n]))\s*(?:at\s+least|over|more\s+than|nearly|almost)\s+"
    r"\d[\d.,]*\s+(?:[\w'-]+\s+){0,3}?[\w-]+s\s+(?:already\s+|still\s+)?(?:exist|are\s+out\s+there|"
    r"are\s+(?:available|listed|published|live)|float\s+around)\b",
    re.I,
)
# A trend the world shows, not a change the work makes: "CPIs only go up", "costs keep rising"
HABITUAL_TREND = LazyPattern(
    r"\b(?:only|always|keeps?|kept|continues?\s+to|tends?\s+to)\s+(?:go(?:es|ing)?\s+(?:up|down)|"
    r"ris(?:e|es|ing)|grow(?:s|ing)?|f[ae]ll(?:s|ing)?|climb(?:s|ing)?|increas(?:e|es|ing)|"
    r"decreas(?:e|es|ing)|drop(?:s|ping)?)\b",
    re.I,
)
# What an incident did, under its "Impact:" line: "**Impact:** no visits were missed, but 140
# check-ins were done on paper" (a postmortem's facts, not what the follow-up moves)
PAST_IMPACT = LazyPattern(
    # (bounded: a pasted log of "Impact: ..., " lines read in linear time; through a semicolon:
    # "carers lost 20 minutes a shift to re-logins; this gives that time back" names the gain)
    r"[^.;\n]{0,80}?\b(?:was|were|had|did|went|failed|happened|lost|took)\b(?![^.\n]{0,160}?\b(?:will|"
    r"would|should|expect\w*|gives?|saves?|brings?|gets?)\b)",
    re.I,
)
# A change put on a screen or in a report, not moved: "Display the lift in monthly active members
# on the dashboard", "report the drop in repeat visits to the board" (a newcomer's item read as
# naming a metric, 2026-12-01)
SHOWN_BEFORE = LazyPattern(
    # (the verb told, before the change it shows: not what a pilot "showed" or others "report
    # -10-15% counter visits", nor "report exports twice as fast")
    r"(?:^|\n[^\w\n]*|[.!?:;,]\s*|\b(?:to|and|then|also|should|please|will|must)\s+)"
    r"(?:display|show|report|chart|plot|graph|visuali[sz]e|surface|print|export|render)(?:ing)?"
    r"\s+(?:on\s+)?(?:the|a|an|our|their|its|each|every|any)\s+$",
    re.I,
)
# The people a change is told to, just before it: "Show users how much the exchange rate
# changes" explains a figure to them, it moves none (not a figure reported to the team: "show
# ops how far the no-show rate drops")
SHOWN_TO = LazyPattern(
    r"\b(?:display|show|tell|explain|remind|warn|alert|teach)(?:s|ing)?\s+(?:to\s+)?"
    r"(?:(?:the|our|each|every|all|new|returning)\s+)?(?:users?|customers?|members?|patients?|"
    r"guests?|riders?|passengers?|buyers?|shoppers?|visitors?|players?|students?|readers?|"
    r"drivers?|tenants?|residents?|clients?|people|them|him|her|everyone)\s+$",
    re.I,
)
# A price's own change named just before a signed amount: "Price increase: +4% on standard SKUs"
# (not a page or a test named after a price: "Pricing page experiment: +3% trial starts")
PRICE_CHANGE_BEFORE = LazyPattern(
    # (or a price list of a year: "Parts price list 2027 – +4.5% uplift", a blind bus maker's item)
    r"\b" + PRICE + r"(?:\s+(?:increases?|rises?|hikes?|changes?|cuts?|reductions?|adjustments?|"
    r"uplifts?|updates?|(?:lists?|cards?|books?|sheets?)(?:\s+20\d\d)?))?\s*[:=–—-]?\s*$|"
    # a contract's renewal price: "Our Segment contract renews in September at +35%"
    r"\brenew(?:s|ed|al)?\b[^.;\n]{0,25}\bat\s*$|"
    # a quote's amount, then its change: "Quote £11,200 + VAT, up 6% on last year" (a blind
    # council contact centre's licence renewal)
    r"\b(?:" + PRICE + r"|quotes?|quoted|invoices?|renewals?)\b(?:\s+is)?\s*:?\s*"
    r"(?:[£$€]\s?\d[\d,.]*+\s?[km]?|\d[\d,.]*+\s?(?:[km]\s?)?(?:eur|usd|gbp|euros?|dollars?|"
    r"pounds?))(?:\s*\+\s*vat)?\s*[,(]?\s*$",
    re.I,
)
# A share of a population said to do something today: "Half of our sellers list fewer than 10
# products" ("Get half of our sellers to list ..." asks for it, with a verb first).
SHARE_SUBJECT = LazyPattern(
    r"(?:^|[.;:!?\n])\s*(?:about\s+|over\s+|nearly\s+|almost\s+|roughly\s+)?(?:half|most|a\s+third|"
    r"a\s+quarter|two\s+thirds|\d[\d.,]*\s?(?:%|percent\b))\s+of\s+(?:our|the|all|their)\s+[\w-]+\s+"
    r"(?!(?:should|must|will|would|to|need|needs)\b)[\w-]+\s*$",
    re.I,
)
LEVEL_MOVES = LazyPattern(
    r"\b" + LEVEL + r"\s+(?:to|should|will|would|could|can)?\s*mov(?:e|es|ing)$", re.I)
# "set a target of ...", "set out to": a goal, not a setting.
SET_GOAL = LazyPattern(
    r"^\s*(?:out\b|(?:ourselves\s+)?(?:a|an|the|our)?\s*(?:new\s+|stretch\s+)?"
    r"(?:target|goal|aim|bar)s?\b)|"
    # (the target word may open the phrase found: "Set a | target of 30% repeat bookings")
    r"\bset\s+(?:a|an|the|our)?\s*(?:new\s+|stretch\s+)?$",
    re.I,
)
# A bound in a clause that says what something does today: "an email form that an agent
# processes within 7 days".
DOES_TODAY = LazyPattern(
    r"\b(?:that|which)\s+(?:an?\s+|the\s+|our\s+)?(?:[\w-]+\s+){0,2}?[a-z]+[^s\W]e?s\s*$", re.I
)
# Nearness to an event is no target: "we came within a day of an outage".
# A bound said of most of a population today: "Most of the café bookings are under £300".
# A spread seen today: "Sites vary between 1 and 10 days of starvation before harvest" (a blind
# salmon farm's item).
QUANTIFIED_FACT = LazyPattern(
    r"\b(?:most|many|nearly\s+all|almost\s+all|all|half|some)\s+(?:of\s+)?(?:the\s+|our\s+|their\s+)?"
    r"(?:[\w/'’-]+\s+){0,4}?(?:are|were|is|was)\s*$|"
    r"\b(?:vary|varies|varied|fluctuates?|fluctuated|swings?|swung)\s+(?:(?:widely|a\s+lot)\s+)?$",
    re.I,
)
CAME_BEFORE = LazyPattern(
    r"\b(?:came|come|comes|coming)\s*$|"
    # a window granted: "let them restore the streak within 48 hours"
    r"\b(?:let|lets|allow|allows)\s+(?:them|users|customers|people|members|learners|"
    r"patients|riders|guests)\b[^.;:!?\n]{0,40}$|"
    # a task handed to staff with its deadline: "AM gets a HubSpot task for a welcome call
    # within 48 hours"
    r"\b(?:gets?|creates?|opens?|raises?|assigns?|adds?)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:task|reminder)\s+(?:for|to)\s+(?:[\w'-]+\s+){0,4}$|"
    # staff's own deadline for acting on a case: "someone from the sales team calls within 7
    # days", "Sales team follows up within one working day", "offer ... an onboarding call within
    # 24h" (blind leisure trust, cinema chain, driving school: service rules, not outcomes)
    # ("goes to the depot supervisor, who calls the resident back within one working day", a
    # blind repairs contractor's item)
    # ("one of our players phones them within 48 hours", a blind orchestra's thank-you calls)
    r"\b(?:someone|somebody|a\s+colleague|one\s+of\s+(?:our|the)\s+[\w-]+|"
    r"(?:the\s+|our\s+)?(?:[\w-]+\s+)?(?:team|desk|"
    r"manager|rep|adviser|advisor|agent|coach|instructor|caseworker|supervisor|coordinator|"
    r"officer|lead))\b,?(?:\s+[\w-]+){0,4}?\s+"
    r"(?:calls?(?:\s+(?:[\w'-]+\s+){0,3}?back)?|rings?|phones?|follows?\s+up|gets?\s+back(?:\s+to\s+\w+)?|"
    r"emails?|visits?|reaches\s+out)(?:\s+(?:them|him|her|back))?\s*$|\bcall-?backs?\s*$|"
    # ("I want to hear from someone on the team within a couple of days", "Acknowledge community
    # bug reports within 2 days": a reply promised, lumen-devtools' LUM-263)
    r"\bhear\s+(?:back\s+)?from\s+(?:someone|somebody|us|a\s+person|the\s+team)\b"
    r"(?:\s+[\w-]+){0,4}?\s*$|\backnowledg\w*\s+(?:[\w'-]+\s+){0,4}?$|"
    r"\b(?:onboarding|welcome|follow-up|intro|introductory|discovery)\s+(?:call|chat|email|"
    r"visit)\s*$|"
    # a case handed to staff: "Route them to an account executive within one business day"
    r"\b(?:route|routes|routed|hand|hands|handed|pass|passes|passed|assign|assigns|assigned|"
    r"escalate|escalates|escalated)\s+(?:[\w'-]+\s+){0,3}?to\s+(?:an?\s+|the\s+|our\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:executive|rep|manager|team|agent|adviser|advisor|owner|engineer|"
    r"specialist|caseworker|nurse|clinician)s?\s*$",
    re.I,
)
# Dates say when, not how much: "Goal: have the new engine live by end of Q2".
DATE = LazyPattern(r"\b" + DATE_WORDS, re.I)

# A change said of today, after its verb "to be": "Void numbers are up 30% since the decant
# programme started" (a blind repairs contractor's item) reports a trend, it moves nothing.
# ("the per-study licence went up 18% at renewal", a blind CRO's item)
TREND_TODAY = LazyPattern(r"\b(?:is|are|was|were|went|(?:has|have|had)\s+(?:been|gone))\s+$",
                         re.I)
# What people say they would do, reported (words.REPORTED_SPEECH).
REPORTED_BEFORE = LazyPattern(REPORTED_SPEECH, re.I)
# What we are today, before a bound: "We're over 250 employees, so the figures must be
# published" (a blind repairs contractor's statutory report; not "We're aiming to get from 180
# visits to 600").
WE_ARE_BEFORE = LazyPattern(r"\b(?:we|they)(?:['’]re|\s+are|\s+were)\s*$", re.I)
# What a sentence is about when its figures are a price, a pay or a tax, or the team's own
# systems and work, not an outcome: read around the phrasings that are short and generic
# (rule._PLAIN: "worth 2% off the standard rate", "Default session timeout becomes 30 minutes
# instead of 10", "We need 12 servers, up from 8", "Estimate: 3 more sprints", a review of the
# twenty-ninth session's phrasings).
PRICE_IN_SENTENCE = LazyPattern(
    # (not a sale lost on price: "We lost 23% of Q2 quotes on price")
    r"\b(?:commission|fees?|(?<!\bon\s)prices?|pricing|priced|discounts?|vat|tax|surcharges?|rent|salary|"
    r"salaries|wages?|pay\s+(?:rise|rate)|tariffs?|banner|billing|coupon|voucher|"
    r"lending\s+rate|standard\s+rate|base\s+rate|interest)\b",
    re.I,
)
OWN_WORK_IN_SENTENCE = LazyPattern(
    r"\b(?:disks?|cpu|memory|servers?|clusters?|database|db|timeouts?|sessions?|caches?|"
    # (events logged, not harms counted: "3.2 damage events per 10k turns", a blind ground
    # handler's item)
    r"replicas?|pods?|rows|(?<!damage\s)(?<!safety\s)(?<!adverse\s)(?<!injury\s)events|requests|"
    r"api|webhooks?|backups?|retention|tests?|"
    r"builds?|sprints?|seats|licen[cs]es?|engineers|developers|smoke\s+suite|release\s+gate|"
    r"load\s+run|test\s+data|dashboard|slides?|readout|launch\s+date|permit|offsite|"
    r"integration\s+tests?|features?\s+shipped|tokens?)\b",
    re.I,
)


_PRICE_SIGN = LazyPattern(r"[+-]|(?:up|down)\b", re.I)


def price_moved(text: str, match: re.Match[str]) -> bool:
    """A signed amount, or one "up" or "down", that says how a price changes ("Price increase:
    +4% on standard SKUs", "Quote £11,200 + VAT, up 6% on last year"), not how an outcome
    moves."""
    start = match.start()
    return _PRICE_SIGN.match(match.group(0)) is not None and bool(
        PRICE_CHANGE_BEFORE.search(text, max(0, start - 60), start))
