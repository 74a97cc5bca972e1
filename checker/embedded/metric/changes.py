"""A change that is a quantity whatever it applies to, as one regular expression the metric rule
(checker/embedded/metric/rule.py) reads wherever it stands: a quantity wanted halved or doubled, a
signed amount of money or a share, a quantity pushed, taken or brought up or down, money each period
added to what is earned, a signed amount or a count of people expected, a quantity pushed past a
level, a share of a process taken out. Split from phrasing.py (twenty-second session,
unchanged); halving, doubling and amounts taken off or added went on to taken_off.py (thirtieth
session, unchanged). Built and measured on tests/data/metrics/sentences.jsonl.
"""

from __future__ import annotations

import re

from checker.embedded.metric.numbers import APPROX, FEW_POINTS, MEASURE, UNIT
from checker.embedded.metric.patterns import LazyPattern
from checker.embedded.metric.words import (
    BAND,
    CODE_THING,
    DIRECTION,
    LEVEL,
    NOT_PAST,
    POPULATION,
    PRICE,
    QUANTITY,
    THING,
)

# A change that is a quantity whatever it applies to (halving, doubling and amounts taken off or
# added are taken_off.py's): a quantity wanted halved, pushed, taken or brought up or down, a
# comparison an expectation names: "we expect fewer abandoned carts".
CHANGE = LazyPattern(
    # a quantity wanted halved or doubled: "We want late cancels roughly halved by end of H1" (a
    # blind tutoring marketplace's item; not a size, "the logo doubled in size")
    r"\b(?:want|wants|need|needs|expect|expects)\s+(?:the\s+|our\s+)?"
    # (nor a setting, a price or a capacity: "We need the timeout doubled", "We want the coupon
    # value doubled", "We need the warehouse capacity doubled", found by review)
    r"(?:(?!(?:team|teams|staff|headcount|crew|timeouts?|ttl|batch|retries|retry|rate\s+limits?|"
    r"limits?|grace|thresholds?|coupons?|vouchers?|values?|font|capacity|replicas?|cache|quotas?|"
    r"space|count|ram|memory|cpu|disk|storage|servers?|resolution|thumbnails?|logo|images?|"
    + PRICE + r"|" + THING + r"|" + CODE_THING + r")\b)[\w-]+\s+){0,3}?"
    r"(?:roughly\s+|about\s+|at\s+least\s+|more\s+or\s+less\s+)?(?:halved|doubled|cut\s+in\s+half)"
    r"\b(?!\s+in\s+(?:size|width|height|length)\b)|"
    # a quantity put back on track: "a headline offer would get occupancy back on track" (a blind
    # self-storage operator's item; not a plan, "get the rota back on track")
    r"\b(?:get|gets|getting|bring|brings|bringing)\s+(?:the\s+|our\s+|its\s+|their\s+)?"
    r"(?:[\w-]+\s+){0,2}?" + QUANTITY + r"\s+back\s+on\s+(?:track|target)\b|"
    # people signed or recruited, hoped for: "Hoping to sign 20 daytime crew across Port Ellery"
    # (a blind lifeboat charity's item; not a thing signed, "hoping to sign the lease")
    # (not hands for a task: "Hoping to recruit 2 volunteers to test the app", review)
    r"\b(?:hop(?:e|es|ing)|aim(?:s|ing)?|want(?:s|ing)?|expect(?:s|ing)?)\s+to\s+(?:sign(?:\s+up)?|"
    r"recruit|enrol|enroll)\s+(?:about\s+|around\s+|at\s+least\s+|~\s?)?"
    r"(?<![\d,.])\d[\d,]*\+?\s+(?:new\s+|more\s+|extra\s+)?(?:[\w-]+\s+){0,2}?(?:" + POPULATION
    + r"|crew|volunteers|recruits|apprentices|trainees|fosterers|carers|mentors|tutors)\b"
    r"(?![^.;\n]{0,40}?\bto\s+(?:run|test|help|staff|cover|support|work|build|man|do)\b)|"
    # points a quantity is pushed up or down: "Expect this alone to push touchless invoices up 4-5
    # pts" (a blind legal-ops start-up's item)
    # (not a thing on a page moved: "Push the banner up 2 points")
    r"\b(?:push|get|bring|drive|move|nudge|take)\w*\s+(?:(?!(?:" + THING + r"|banner|button|logo|"
    r"header|heading|font|text|image|icon|menu|tab|link|card)\b)[\w-]+\s+){1,4}?"
    r"(?:up|down)\s+" + APPROX
    + r"?(?<![\d,.])\d[\d.]*+(?:\s?[–-]\s?\d[\d.]*+)?\s?(?:pp|pts?|points?|percentage\s+points?)\b|"
    # a wait shortened, or people served sooner: "Most applicants would then wait roughly two weeks
    # less", "patients would get matched faster" (a blind kidney charity's items)
    r"\bwait(?:s|ing)?\s+" + APPROX + r"?\d[\d.]*\s*(?:days?|weeks?|months?|hours?)\s+less\b|"
    r"\b(?:" + POPULATION + r"|people|patients|callers|applicants|[a-z]+ers)\s+(?:would|will|"
    r"should|could)\s+get\s+(?:[\w-]+\s+)?[a-z]+ed\s+(?:faster|sooner|quicker|more\s+quickly)\b|"
    # people signed up, expected: "we'd sign up ~300 new members at the doors" (a blind tenants
    # union's item; not a task, "Sign up 3 new users for the beta")
    r"(?:['’]d|\bwould|\bwill|\bshould|\bcould)\s+sign(?:\s+up)?\s+" + APPROX + r"?(?<![\d,.])"
    r"\d[\d,]*\+?\s+(?:new\s+|more\s+|extra\s+)?" + POPULATION + r"\b|"
    # people taken off a list: "take 40 households off the waiting list straight away" (a blind
    # allotment federation's item)
    r"\b(?:take|takes|taking|get|gets|getting)\s+" + APPROX + r"?(?<![\d,.])"
    r"\d[\d,]*\+?\s+(?:[\w-]+\s+){0,2}?" + POPULATION + r"\s+off\s+(?:the|our)\s+"
    # (a waiting list, not a mailing or a beta list: "Take 5 users off the beta list", review)
    r"(?:[\w-]+\s+){0,3}?(?:waiting\s+list|wait\s*list|(?:overdue|treatment|surgery|follow-up)\s+"
    r"(?:[\w-]+\s+)?(?:list|queue))\b|"
    # time saved on each case: "would save ~8 days lead time on every anodised job" (a blind
    # machining subcontractor's item)
    r"\bsav(?:e|es|ing)\s+(?:about\s+|around\s+|roughly\s+|up\s+to\s+|~\s?)?(?<![\d,.])\d[\d.]*\s?"
    r"(?:mins?|minutes|hrs?|hours|days|weeks)\s+(?:of\s+)?(?:[\w-]+\s+){0,2}?(?:on|off|from|per|for)"
    r"\s+(?:every|each)\b|"
    # a quantity pushed, taken or brought up or down, the particle after it: "should take churn
    # down a notch", "Should push term-to-term re-enrolment back up" (a blind climbing gym's
    # items), "push the self-serve share of password resets up"
    # (or wanted so: "Want both shares up to at least their share of the student body", a blind
    # students' union's item)
    + NOT_PAST + r"\b(?:push|take|bring|drive|get|knock|nudge|want)(?:s|es|ing)?\s+"
    r"(?:the\s+|our\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}?" + QUANTITY
    # (not a thing named after it: "Take the revenue dashboard down for maintenance", review)
    + r"\b(?:\s+of\s+(?:[\w-]+\s+){0,2}?[\w-]+|\s+(?!" + THING + r"\b)[\w-]+)?\s+(?:back\s+)?"
    r"(?:up|down)\b"
    # (nor a page put back up: "We want the NPS survey back up on the website", review)
    r"(?!\s+(?:the|into|onto|from|stairs|on|at|and\s+running)\b)"
    r"(?!\s+an?\s+(?!(?:notch|bit|little|peg|touch|lot|few)\b))|"
    # a signed amount or a count of people expected: "We'd expect at least +£300k", "They reckon
    # 1,200 new players in 8 weeks", "Expect ~5% to convert" (a blind charity's items)
    # ("My estimate is +$3k/week in bar revenue", a blind food-truck park's item)
    r"\b(?:expect\w*|reckon\w*|estimat\w*|forecast\w*)\s+(?:is\s+|of\s+)?(?:at\s+least\s+|"
    r"about\s+|around\s+|"
    # (not a spend, "We estimate +£4k for the licence renewal"; nor people attending, "Expect 40
    # users on the training call": found by review)
    r"roughly\s+|~\s?)?(?:[+][$€£]?\d[\d,.]*\s?[km]?\b(?!\s+(?:for|on|to\s+cover|in\s+(?:costs?|"
    r"fees|spend)|of\s+(?:costs?|spend))\b)|\d[\d,.]*\s?k?\+?\s+(?:new|more|extra|"
    r"additional)\s+(?:[\w-]+\s+)?" + POPULATION + r"\b|"
    # (a count of them too, as customers: "We expect ~1,500 of them to convert to a regular
    # gift", a blind lifeboat charity's item; not "5 of them to join the new Slack channel")
    r"\d[\d,.]*\s?k?\+?\s+of\s+(?:them|these|those)\s+to\s+(?:convert|sign\s+up|renew|come\s+back|"
    r"donate|subscribe|buy|book)\b|\d[\d.]*\s?%\s+(?:of\s+(?:them|these|"
    r"those)\s+)?to\s+(?:convert|sign\s+up|join|renew|return|come\s+back|buy|book|upgrade|stay|"
    r"subscribe|donate|give)\b)|"
    # a quantity pushed past a level: "This should push the share of contracts fully signed
    # inside 45 days well past the 38% we had in H1" (a blind CRO's item)
    r"\bpush(?:es|ing)?\s+(?:the\s+|our\s+|its\s+|their\s+)?" + QUANTITY
    + r"\b(?:\s+[\w'-]+){0,8}?\s+(?:well\s+|comfortably\s+|back\s+)?(?:past|above|beyond|below|"
    r"under|over|towards?)\s+(?:the\s+)?~?\d|"
    # "roughly +€18k MRR", "15% fewer tickets", "20% more repeat orders"
    # (not a price per unit: "+€40 per device to the clinic", a blind hearing-aid maker's item)
    r"(?<![\w.+-])[+-][$€£]\d[\d.,]*\s?[km]?\s+(?!(?:per|a|each)\s+(?:device|unit|item|seat|user|"
    r"licen[cs]e|order|box|pack)\b)(?:[\w-]+\s+){0,2}?" + QUANTITY + r"\b"
    # (nor what a thing costs: "+EUR 5k cost for the extra licences")
    r"(?:(?<!\bcost)(?<!\bcosts)|(?=\s+sav))|"
    r"(?<![\w.])\d[\d.]*\s?%\s+(?:fewer|more|less|higher|lower|faster|shorter)\s+\S|"
    # a difference in points in how often people act: "checked in online 9 points more often than
    # control" (not points as a currency: "costs 300 points more than an aisle seat")
    r"(?<![\w.])\d[\d.]*\s?(?:pp|pts?|points?|percentage\s+points?)\s+(?:more|less)\s+"
    r"(?:often|likely|frequently)\b|"
    # a population added: "would add up to 2,000 paying companies"
    # "gets us 5,000+ new subscribers in a week"
    # ("nets 800+ new monthly givers in year one", a blind lifeboat charity's item)
    r"\b(?:add|adds|adding|win|wins|winning|acquir\w*|onboard\w*|gets?\s+us|getting\s+us|nets|"
    r"netting|"
    r"brings?\s+in|bringing\s+in)\s+(?:up\s+to\s+|about\s+|around\s+|"
    r"roughly\s+|over\s+|~\s?)?\d[\d,.]*(?:\s?[–-]\s?\d[\d,.]*)?\s?k?\+?\s+(?:new\s+|more\s+|"
    r"net[\s-]new\s+|extra\s+|"
    r"additional\s+)?"
    r"(?:(?:paying|active|monthly|regular|weekly|annual|yearly|recurring)\s+)?" + POPULATION
    + r"\b|"
    # (nor what the work would need: "Ops would need more pick faces", a blind meal-kit
    # company's item; "many more of the visits" counts the visits, a parking operator's)
    r"\b(?:expect\w*|should|will|would|aims?\s+(?:to|for)|want)\b"
    # (nor what a page shows: "The new layout should show more of the product photos", review)
    r"(?:\s+(?!(?:need|needs|require|requires|cost|costs|show|shows|display|displays|list|lists|"
    r"include|includes)\b)[\w'-]+){0,4}?\s+"
    # (not the team's own hands: "The income would fund two more growth hires", a blind
    # teledermatology startup's item)
    r"(?:(?:fewer|more)\s+(?:of\s+(?:the|our|their|these|those)\s+)?(?!(?:[\w-]+\s+){0,2}?(?:hires|staff|engineers|developers|heads|"
    r"contractors|roles|posts|vacancies|recruits)\b)(?:[\w-]+\s+){0,2}?[\w-]+s\b|less\s+(?:[\w-]+\s+){0,2}?[\w-]{4,}|"
    r"(?:higher|lower|better|bigger|smaller)\s+(?:[\w-]+\s+){0,2}?" + QUANTITY + r"\b)|"
    # a change by points or money: "reduce non-revenue water by 5 points", "cut the hosting bill
    # by about $3k a month" (not a price moved: "raise the price by $5")
    + NOT_PAST + r"\b" + DIRECTION + r"\b(?:\s+(?!(?:" + PRICE + r"|pay|limits?|caps?)\b)"
    r"[\w'’-]+){0,8}?\s+by\s+(?:another\s+|a\s+further\s+)?"
    # (a range too: "Reckon it'd lift density by 3-4 points", a blind union branch's item)
    + APPROX + r"?(?:(?<![\d,.])\d[\d.]*+(?:\s?[–-]\s?\d[\d.]*+)?\s?(?:pp\b|pts?\b|points?\b|"
    r"percentage\s+points?\b)|"
    + FEW_POINTS + r"|"
    r"[$€£](?<![\d,.])\d[\d,.]*+\s?[kmb]?\b)|"
    # a band to bring a quantity into: "get abandonment into single digits", "bring the no-show
    # rate down into the low teens"
    r"\b(?:get|gets|getting|bring|brings|bringing|push|want|wants|need|needs)\s+(?:the\s+|our\s+|"
    r"its\s+|their\s+)?(?:[\w-]+\s+){0,3}?" + QUANTITY + r"\s+(?:down\s+|up\s+|back\s+)?"
    + BAND + r"|"
    # "cycle time down to same day", "conversion up by a third"
    r"\b" + QUANTITY + r"\s+(?:down\s+(?:to|by)|up\s+by|(?:up|down)\s+from\s+" + APPROX + r"?\d)|"
    # a rate of one in so many moved: "Should push returns up from roughly 1 packet in 5" (a blind
    # allotment federation's item)
    # (not a sampling rate or a rollout: "Bring the sampling down from 1 in 10 requests", review)
    r"\b(?:push|get|bring|drive|take)\w*\s+(?:(?!(?:sampl\w*|flags?|canary|rollouts?|traces?|"
    r"tracing|feature|" + THING + r")\b)[\w-]+\s+){1,3}?(?:up|down)\s+from\s+" + APPROX
    + r"?1\s+(?:[\w-]+\s+)?in\s+(?:every\s+)?\d+\b|"
    # a level to return to: "get the app store rating back to 4.5+", "get 30-day readmissions back
    # under the benchmark", "back to last year's level"
    r"\b(?:get|gets|getting|bring|brings|bringing)\s+(?:the\s+|our\s+|its\s+|their\s+)?"
    r"(?:[\w'-]+\s+){0,4}?(?:" + QUANTITY + r"|ratings?|[\w-]+s)\s+(?:[\w'-]+\s+){0,3}?back\s+"
    r"(?:under|below|above|over|within|down|up|to\s+(?:~?\d|pre-|last|previous|prior|its|their|"
    r"our|where|the\s+(?:level|pre|prior|previous|old)))|"
    # a quantity wanted to move: "we want to see the secretary satisfaction score moving during
    # the window" (a blind football federation's item, 2026-12-01)
    r"\b(?:want|wants|expect|expects|hope|hoping)\s+to\s+see\s+(?:the\s+|our\s+|its\s+)?"
    r"(?:[\w-]+\s+){0,3}?" + QUANTITY + r"\s+(?:moving|move|go(?:ing)?\s+(?:up|down)|ris(?:e|ing)|"
    r"climb(?:ing)?|improv(?:e|ing)|fall(?:ing)?|drop(?:ping)?)\b|"
    # a share a change would cover: "That would cover about 22% of our annual electricity use"
    r"\b(?:would|will|should|could)\s+(?:cover|meet|supply|replace|serve)\s+" + APPROX
    + r"?(?<![\d,.])\d[\d.]*\s?%\s+of\s+(?:our|the|all)\b|"
    # a level to move toward: "the new spec should push that toward 1%"
    r"\b(?:push|bring|get|move|drive|nudge)\w*\s+(?:[\w'-]+\s+){0,4}?towards?\s+~?\d|"
    # a population to act more: "get more listeners to finish", "want more of them to make it"
    # ("We expect more people to pick a Tuesday", a blind alpine club's item)
    r"\b(?:get|gets|getting|help|helps|want|wants|expect|expects)\s+more\s+(?:of\s+(?:them|those|"
    r"these)|(?:[\w-]+\s+){0,2}?(?:[\w-]+s|people|folk))\s+to\s+(?:actually\s+)?[a-z]+|"
    # people brought in: "Cheap pints should bring more people in on Tuesdays" (a blind food-truck
    # park's item; not things carried in, "Bring more chairs in the back room")
    r"\b(?:bring|brings|bringing|get|gets|getting|draw|draws|pull|pulls)\s+more\s+(?:[\w-]+\s+)?"
    r"(?:people|folk|customers|guests|visitors|diners|members|players|families|shoppers)\s+in\b"
    r"(?!\s+(?:the|a|an|our|their|this)\b)|"
    # "conversion to double", "we expect tickets to halve" (not a limit allowed to: "Allow the
    # session length to double for remembered devices")
    r"(?<!\ballow\sthe\s)(?<!\ballow\s)\b" + QUANTITY
    + r"\b(?:\s+[\w'-]+){0,3}?\s+to\s+(?:double|triple|halve)\b|"
    # "we want the query rate down", "get the bill down"
    # (plural too: "will push their referral rates up faster", a blind organ-donation registry's)
    r"\b(?:want|get|gets|getting|need|keep|push)\s+(?:the\s+|our\s+|its\s+|their\s+)?"
    # (not numbers written down: "Get the numbers down to the printer")
    r"(?:[\w-]+\s+){0,3}?(?:" + QUANTITY + r"|rates|shares|ratios)\s+(?:back\s+)?(?:down|up)\b|"
    # "want the share of launches delayed by label approval (~25% last year) way down"
    # ("get the cycle time from PO request to approval down"; not "get the count from the API
    # and write it down")
    r"\b(?:want|wants|need|needs|get|gets|bring|brings)\s+(?:the|our|its|their|that|this)\s+"
    r"(?:[\w-]+\s+){0,2}?"
    + QUANTITY + r"\b(?!\s+" + THING + r"\b)[^.;!?]{0,60}?\s(?<!set\s)(?<!sign\s)(?<!\bit\s)"
    r"(?<!them\s)(?<!shut\s)(?<!break\s)(?<!narrow\s)(?<!track\s)(?<!hand\s)(?<!pass\s)"
    r"(?:way\s+|well\s+|much\s+|back\s+|\w+ly\s+)?(?:down|up|lower|higher|shorter|smaller)"
    # (a dash ends the clause: "Should bring our units per kg made tea down — Factory Manager
    # estimates about 0.08 kWh/kg", a blind tea estate's item)
    r"(?=\s*(?:$|[.,;!?)—–])|\s+-\s|\s+(?:for|in|on|at|across|by|this|next)\b)|"
    # "recover more failed renewals", "retain more trial teams"
    r"\b(?:recover|retain|convert|win\s+back|save|activate|resolve|close|help|enrol|enroll|"
    r"sign\s+up|onboard|acquire|recruit)\w*\s+(?:\d[\d,.]*\s+)?more\s+"
    r"(?:[\w-]+\s+){0,2}?[\w-]+s\b|"
    # "fewer of them walk away", "so fewer get reopened"
    r"\bfewer\s+(?:of\s+(?:them|those|these)|get|are|reach|end\s+up|go|walk|drop|need|call|"
    r"churn|fail|miss|leave|come\s+back)\b|"
    # a count added, with a plus sign or a word, where an outcome is said: "Success: +1,200 net
    # new memberships", "estimates 3,000 extra sign-ups" (not a list's dash, "- 2 users
    # reported", nor "+3 members were added by mistake", "create 4 additional accounts")
    # (nor a head count foreseen in an aside: "registration for the family day (expecting ~900
    # guests)", a blind precast maker's item)
    r"(?<!\()\b(?:success|goal|target|forecast\w*|expect\w*|estimat\w*|project(?:s|ed|ing|ions?)?|"
    # (not what the work needs: "Would need 4 drivers on overtime", a blind pathology network's)
    r"predict\w*|anticipat\w*|impact|outcome|aim|would|will|should|could)\b(?:(?!\b(?:need|needs|"
    # (nor people sent somewhere: "We could put 8 members there for the two peak periods", a
    # blind ski school's item)
    # (nor visits someone is taken on or events held: "Could we ... take him to ~10 school visits
    # a term?", a blind wildlife rescue's item)
    r"require|requires|cost|costs|hire|hires|use|uses|put|puts|send|sends|place|places|assign|"
    r"assigns|deploy|deploys|station|him|her|run|runs|hold|holds)\b)[^.;\n]){0,30}?"
    r"(?<![\w.+-])(?:\+\s?)?"
    r"(?<![\d,.])"
    # (not how often a thing is tried: "should retry up to 2 times in the background")
    r"(?![\d,.]*+\s?times\b)\d[\d,.]*+\s?k?\s+"
    # (the number counts the words next to it: not "Could convert it to 2 bedrooms where
    # patients stay", a blind hospice's item)
    r"(?:(?:extra|additional|incremental|net[\s-]new)\s+)?(?:(?!(?:where|which|that|who|whom|"
    r"whose|when|for|with)\b)[\w-]+\s+){0,2}?"
    r"(?:" + QUANTITY + r"|" + POPULATION + r")\b(?=[^.;\n]{0,40}?(?:\b(?:by|in|per|a|an|each|"
    r"within|over|this|next|once|after)\b|$|[.;\n]))(?<=s)|"
    # ... or any counted event with a word that makes it extra, each period: "we expect roughly
    # 3,000 extra joins a month" (not what the work costs: "would need 2 extra engineers a week")
    r"\b(?:expect\w*|estimat\w*|forecast\w*|project(?:s|ed|ing)?|predict\w*|would|will|should|"
    r"could)\b(?:(?!\b(?:need|needs|cost|costs|require|requires|take|takes|use|uses|spend|spends|"
    # (a range, and what they do before the period: "Should give us 4-5 extra trainees completing
    # registration each year", a blind pathology network's item)
    r"charge|charges|run|runs|send|sends|schedule|schedules|hire|hires)\b)[^.;\n]){0,30}?(?<![\w.+-])(?<![\d,.])\d[\d,.]*+(?:\s?[–-]\s?\d[\d,.]*+)?\s?k?\s+(?:extra|additional|"
    r"incremental|net[\s-]new)\s+(?:[\w-]+\s+)?[\w-]*[^\Wsu\d]s\s+(?:[\w-]+\s+){0,2}?(?:a|per|each)\s+"
    # ("we estimate ~2,400 extra bed-nights sold per season", a blind alpine club's item)
    r"(?:day|week|month|quarter|year|season|term|summer|winter)\b|"
    # a signed count each period brought in: "Would bring roughly +300 repairs/month into Poznań"
    # (a blind hearing-aid maker's item)
    r"\b(?:would|will|should|could)\s+(?:bring|add)\s+" + APPROX + r"?\+\s?(?<![\d,.])\d[\d,.]*+"
    r"\s?k?\s+[\w-]+s\s*(?:/\s*|\s(?:a|per|each)\s+)(?:day|week|month|quarter|year)\b|"
    r"(?<![\w.+-])\+\s?(?<![\d,.])\d[\d,.]*+\s?k?\s+(?:extra|additional|incremental|net[\s-]new|"
    r"new|more)\s+(?:[\w-]+\s+){0,2}?(?:" + QUANTITY + r"|" + POPULATION + r")\b|"
    # money or time saved each period: "save £410k a year in licences", "saves 6 hours a week"
    r"\bsav(?:e|es|ing)\s+(?:about\s+|around\s+|roughly\s+|over\s+|~\s?)?(?:[$€£]\d[\d,.]*\s?[kmb]?|"
    + MEASURE + r")\s+(?:(?:a|an|per|each)\s+(?:year|month|week|day|quarter|shift|run)|"
    r"annually|monthly|weekly)\b|"
    # a share won back: "win back a good share of the 19% of deliveries that miss"
    # (or "part" of one: "win back part of the 12% of carts"; not "get back part of their deposit")
    r"\b(?:win|wins|winning|claw|get)\s+back\s+(?:[\w'-]+\s+){0,4}?(?:(?:share|proportion|"
    r"fraction|percentage)\s+of\b|(?:part|half|a\s+third|a\s+quarter)\s+of\s+(?:the\s+)?~?\d[\d.]*\s?%)|"
    # (or a share said: "win back 20% of lapsed buyers"; not "get back 20% of their deposit")
    # (nor "claw back 50% of the signing bonus": pay taken back)
    r"\b(?:win|wins|winning)\s+back\s+(?:about\s+|around\s+|roughly\s+|~\s?)?"
    r"\d[\d.]*\s?%\s+of\b|"
    # what the work would bring in, each period: "Worth roughly £400k a year in new revenue",
    # "would be worth about $250k a year in extra sales" (not what an account or a contract is
    # worth: "Acme's renewal is worth $1.2m a year in revenue")
    # (a blank run before it is read once: "\n" * 20,000 took 4 s with a backtracking "\s*")
    r"(?:^|[.!?;:\n][ \t]*+|\b(?:would|could|should|will|might|may|to)\s+(?:be\s+)?)worth\s+"
    r"(?:about\s+|around\s+|roughly\s+|up\s+to\s+|an?\s+(?:estimated|extra)\s+|~\s?)?"
    r"[$€£]\d[\d,.]*\s?[kmb]?(?:\s+(?:a|an|per|each)\s+|\s*/\s*)(?:year|yr|month|quarter|week)"
    r"\s+in\s+(?:(?:new|extra|additional|incremental)\s+)?(?:revenue|sales|profit|margin|"
    r"savings|bookings)\b|"
    # money the work would bring in, each period: "A paid express lane could bring in ~£40k extra
    # a year" (a blind bridal retailer's item)
    r"\b(?:would|could|should|will|might|may|to)\s+(?:bring|brings|bringing|pull|rake)\s+in\s+"
    r"(?:about\s+|around\s+|roughly\s+|up\s+to\s+|an?\s+(?:estimated|extra)\s+|~\s?)?"
    r"[$€£]\d[\d,.]*\s?[kmb]?\s+(?:(?:extra|more|additional|new)\s+)?(?:(?:a|an|per|each)\s+|/\s*)"
    r"(?:year|yr|month|quarter|week)\b|"
    # a target named with its level, to be reached: "closer to the 2-minute check-in target",
    # "back within the 4-hour A&E target" (not "Document the 99.9% uptime target")
    r"\b(?:closer\s+to|towards?|reach|reaches|reaching|hit|hits|hitting|meet|meets|meeting|"
    r"achieve|achieves|back\s+(?:within|under|to|on)|within)\s+the\s+~?\d[\d.,]*\s?-?"
    r"(?:%|percent|" + UNIT + r")[\s-]+(?:[\w&-]+\s+){0,3}?(?:target|goal)\b|"
    # a version to outdo on a level: "v2 should beat v1 on time-to-first-payment"
    r"\bbeat(?:s|ing)?\s+(?:[\w.-]+\s+){1,3}?on\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?" + LEVEL
    + r"\b|"
    # "we can recover 5-7% of abandoned baskets"
    r"\b(?:recover|recovers|recovering|rescue|rescues)\s+(?:about\s+|around\s+|"
    r"roughly\s+|up\s+to\s+|~\s?)?\d[\d.]*(?:\s?[–-]\s?\d[\d.]*)?\s?%\s+of\b|"
    # a count said to be at nothing by a date: "confirmation that we're at **zero** blocking
    # WCAG 2.2 AA issues ... by end of H1" (not "we're at zero balance")
    r"\b(?:we['’]re|we\s+are|be|get)\s+at\s+\**(?:zero|0)\**\s+(?:[\w.-]+\s+){0,5}?"
    r"(?:issues|defects|errors|failures|findings|violations|incidents|complaints|bugs|breaches)"
    r"\b[^.;\n]{0,80}?\bby\s+(?:the\s+)?(?:end\b|q[1-4]\b|h[12]\b|\d|jan|feb|mar|apr|may\b|jun|"
    r"jul|aug|sep|oct|nov|dec|spring|summer|autumn|winter|launch|go-?live)|"
    # most of an amount taken out: "We want to take most of that 0.6pp out"
    r"\btake\s+(?:most|all|half|much|some|a\s+third|a\s+quarter)\s+of\s+(?:that|this|the|those)\s+"
    r"~?\d[\d.,]*\s?(?:pp|%|percentage\s+points?)\s+(?:out|off)\b|"
    # a rate of doing something said to rise: "Users who see 'likely eligible' should be far more
    # likely to finish the application"
    # (not a prediction made: "Score accounts that would be more likely to churn")
    r"(?<!\bthat\s)(?<!\bwho\s)(?<!\bwhich\s)"
    r"\b(?:should|will|would|could)\s+(?:be\s+)?(?:far\s+|much\s+|a\s+lot\s+|significantly\s+)?"
    r"(?:more|less)\s+likely\s+to\s+(?:finish|complete|convert|buy|book|return|renew|sign|stay|"
    r"churn|cancel|pay|subscribe|upgrade|apply|abandon|come\s+back)\b|"
    # a count to hold at nothing: "we want that number at zero by June" (not "keep the counter
    # at zero when the form resets")
    r"\b(?:want|wants|get|keep|have|hold)\s+(?:that\s+number|(?:the\s+|our\s+|those\s+|these\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:" + QUANTITY + r"|[\w-]*[^\Wsu\d]s))\s+at\s+(?:zero|0)\b(?![.,]\d)|"
    # a quantity asked to move: "attendance should climb once the buses sync" (not a side effect
    # foreseen, "memory usage will increase slightly")
    r"\b" + QUANTITY + r"\b(?:\s+[\w'-]+){0,4}?\s+(?:should|to)\s+"
    r"(?:\w+ly\s+)?(?:climb|rise|go\s+(?:up|down)|increase|decrease|decline|improve|grow|shrink|"
    # (a sudden move: "expect the report rate to jump")
    r"jump|soar)\b|"
    # a level to tackle: "tackle first-90-day churn", "curb the chargeback rate" (not "tackle the
    # refactor", "combat spam sign-ups", "curbside pickup")
    r"\b(?:tackl|curb|combat|fight)(?:e|es|ed|ing|s)?\b\s+(?:the\s+|our\s+)?(?:[\w-]+\s+){0,3}?"
    + LEVEL + r"\b(?!\s+" + THING + r"\b)|"
    # another group's level to reach: "match the branch channel's account-opening completion
    # rate in the app" (not "match the tax rate to the region": no one else's level)
    r"\bmatch(?:es|ing)?\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?[\w-]+['’]s?\s+(?:[\w-]+\s+){0,3}?"
    + LEVEL + r"\b(?!\s+" + THING + r"\b)",
    re.I,
)

# A rate of one in so many moved to another: "sign-up among new starters is roughly 1 in 4; with a
# face-to-face slot it should go to 1 in 2" (a blind union branch's item); not a sampling rate
# set ("Set the alert to go to 1 in 10 sampled requests").
RATE_TO_ONE_IN = LazyPattern(
    r"(?<!\bset\s)\b(?:should|would|will|could|expect\w*)\s+(?:[\w'-]+\s+){0,3}?(?:go|get|move|rise|"
    r"fall|drop|come\s+down|climb)\s+(?:down\s+|up\s+)?to\s+" + APPROX + r"?1\s+in\s+\d+\b"
    r"(?!\s+sampled\b)",
    re.I,
)
# Money added to what comes in: "Would add ~£30k to kiosk takings for the summer" (a blind ice-cream
# maker's item); not to a price ("Add £5 to the delivery fee").
MONEY_ADDED_TO = LazyPattern(
    r"\b(?:add|adds|adding)\s+" + APPROX + r"?[$€£](?<![\d,.])\d[\d,.]*+\s?[kmb]?\s+to\s+"
    r"(?:the\s+|our\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:takings|revenue|sales|profits?|"
    r"margins?|income|turnover|gmv|arr|mrr|gross)\b",
    re.I,
)
# What the work would add, said with a modal: money coming in ("Studio thinks it could add
# ~$40k/month", "it'd add £60k revenue in year one", a blind game publisher's and a blind
# uniform maker's items) or a count of those it serves ("would add about 9 partner schools");
# not a cost ("would add $200 a month to our hosting bill"), nor people or parts it takes ("would
# add 3 engineers", "adds 2 steps").
_WOULD_ADD = (r"\b(?:would|could|should|will|might|may|it['’]d|that['’]d|this['’]d|it['’]ll|"
              r"that['’]ll|this['’]ll)\s+(?:easily\s+|probably\s+|likely\s+|only\s+)?add\s+"
              + APPROX + r"?")
WOULD_ADD = LazyPattern(
    # (money said as revenue: "would add $400 a month" alone is as often a cost, found by review)
    _WOULD_ADD + r"[$€£](?<![\d,.])\d[\d,.]*+\s?(?:[kmb]n?\b|million\b|thousand\b)?"
    r"(?:\s*/\s*(?:month|mo|year|yr|week)\b|\s+(?:a|per|each)\s+(?:month|year|week)\b)?"
    r"\s+(?:(?:of|in)\s+)?(?:new\s+|extra\s+|additional\s+)?(?:revenue|sales|takings|income|"
    r"profit|margin|gmv|arr|mrr|bookings)\b"
    r"(?![^.;\n]{0,40}?\bto\s+(?:the\s+|our\s+|its\s+)?(?:[\w-]+\s+){0,2}?(?:bills?|costs?|"
    r"budget|spend|prices?|fees?|invoices?)\b)|"
    # ("Could easily add 30k monthly paying commuters", a blind minibus-taxi payments start-up's)
    + _WOULD_ADD + r"(?<![\d,.])\d[\d,.]*+\s?k?\s+(?:new\s+|more\s+|extra\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:" + POPULATION + r"|schools|partners|stockists|orders|bookings|sales|sign-?ups|installs)\b"
    # (nor what a trial takes in: "would add 5 clients to the pilot")
    r"(?![^.;\n]{0,30}?\bto\s+(?:the|our|this)\s+(?:pilot|rollout|roll-out|trial|scope|list|"
    r"beta|test)\b)"
    # (nor seats a plan gives: "It'd add 2 admin users to each workspace")
    r"(?![^.;\n]{0,30}?\bto\s+(?:each|every|a|an)\s+(?:workspace|account|team|plan|org|"
    r"organi[sz]ation|tenant|project)\b)",
    re.I,
)
