"""The words the metric rule (checker/embedded/metric/rule.py) is built from: verbs that move a
quantity, the quantities and levels they move, the things that are not quantities, as
regular-expression fragments (strings, not compiled); numbers, amounts and units are in
numbers.py. phrasing.py, levels.py, times.py, shares.py, effects.py and counts.py put them
together into the phrasings that name an outcome; exclusions.py into those that do not.
"""

from __future__ import annotations

from checker.embedded.metric.units import ENERGY, PHYSICAL

# "boost" as a verb, in every list of verbs of the rule (not the noun "booster").
BOOST = r"boost(?:s|ed|ing)?\b"
# What follows "drop" when it puts a thing somewhere: up to five words, then "into" or "onto".
# (not a level it falls into: "drop churn into low single digits")
_PUT_INTO = (r"(?:\s+[\w&-]+){0,5}?\s+(?:into|onto)\b"
             r"(?!\s+(?:the\s+)?(?:low|lower|high|mid|single|double|teens|red|green)\b)")
# Verbs that move a quantity one way or the other.
# Products named by the verb that makes them, after "cut" and "grow": "cut flowers", "cut stems",
# "grow bags", "growing media" (blind garden centre's items and a review); not "cut flower waste".
# (and keys cut for a site: "Hire 14 cleaners, cut keys, walk all 3 floors", found by review)
CUT_PRODUCT = (r"(?:flowers?|stems|trees|lengths|greens|foliage|glass|sheets|fabric|keys)\b"
               r"(?!\s+(?:waste|wastage|shrink|loss|losses|sales|spend)\b)")
GROW_PRODUCT = (r"(?:bags?|lights?|lamps?|tents?|rooms?|media|kits?|houses?)\b"
                r"(?!\s+(?:sales|revenue)\b)")
DIRECTION = (
    # (not a product named by its verb: "cut flowers", "grow bags", "grow lights", a blind garden
    # centre's item)
    r"(?:(?<!-)cut(?!\s+" + CUT_PRODUCT + r")|cuts|cutting|reduc\w*|"
    r"lower\w*|decreas\w*|shrink\w*|shorten\w*|trim\w*|halv(?:e|es|ed|ing)\b|"
    # (not a compound noun: "drop zone", "drop-off point"; not "booster")
    # (nor people leaving: "Half the people who drop out of the ticket shop", a blind esports
    # organiser's item)
    # (nor a compound noun with a hyphen: "Share offer drop-in evenings", a blind co-op's item)
    # (nor a thing put somewhere: "a connector that drops stock and sales into our working
    # papers", "drops into Sage as a sales order", blind accountants' and egg producer's items)
    r"shav(?:e|es|ing)\b|drop(?:ping)?\b(?!-)(?!\s+(?:zones?|points?|boxes|box|sites?|locations?|"
    r"ship\w*|out)\b)(?!" + _PUT_INTO + r")|drops\b(?!-)(?!\s+(?:per|out)\b)(?!" + _PUT_INTO
    + r")|rais\w*|increas\w*|"
    r"grow(?!ers?\b)(?!(?:ing)?[\s-]+" + GROW_PRODUCT + r")\w*|"
    # (not the noun: "weekday lift tickets", "the lift queue")
    # (nor the ski lift: "their lift company wants a third", a blind ski school's item)
    r"lift(?:s|ed|ing)?\b(?!\s+(?:tickets?|pass(?:es)?|queues?|compan(?:y|ies)|operators?|"
    r"stations?|attendants?|access|lines?|systems?|maintenance)\b)|" + BOOST
    + r"|doubl\w*|tripl\w*|"

    r"speed(?:s|ing)?\s+up|(?:driv|push)\w*\s+(?:up|down)|nudg\w*\s+up|bring(?:s|ing)?\s+down|minimi[sz]\w*|maximi[sz]\w*|slash\w*|"
    r"eliminat\w*|quadrupl\w*|deflect\w*|tighten\w*|"
    # a part taken out: "Should take a big chunk out of our unplanned off-air minutes", "take a
    # visible bite out of wrong-dismissals" (blind radio station's and cloud-cost SaaS's items)
    r"tak(?:e|es|ing)\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:chunk|bite|slice|dent)\s+out\s+of)"
)
# What people say they would do, reported: "Reviewers tell us they'd say yes more often if
# reviewing counted for something" (a blind journal publisher's item), "Several of our part-time
# consultants say they would do more sessions if ..." (a blind teledermatology startup's): why
# the work is wanted, not what it will move.
REPORTED_SPEECH = (
    # (up to a clause of our own: "Managers told us onboarding is painful, so this will halve
    # time to first shift" names the halving, found by review)
    r"\b(?:(?:tell|tells|told|telling|say|says|said|saying)\s+(?:us|me|them)\b"
    r"(?:(?!\b(?:so|and|but|which|we)\b)[^.;:!?,\n]){0,60}|"
    r"(?:say|says|said)(?:\s+that)?\s+(?:they|people|he|she)"
    r"(?:(?:['’]d|\s+would)\b(?:(?!\b(?:so|and|but|which|we)\b)[^.;:!?,\n]){0,40}|\s*))$"
)
# A share said in words ("half", "a third", "two-thirds"), the fraction alone.
SHARE_IN_WORDS = r"(?:half|a\s+third|a\s+quarter|two[\s-]thirds|three[\s-]quarters)"
# Verbs that say "better" without saying which way a count goes: they move a level ("improve
# conversion"), while "improve the experience of booking" names no quantity.
WEAK_DIRECTION = (
    # (not the nouns "drivers", "growers": "Drivers currently do their 35 hrs of CPC")
    # (nor "test drives booked")
    # (nor the noun "drive time": "a delivery area based on drive time rather than a circle")
    # (nor driving somewhere: "instead of them driving to our Waschpark (lost driver time)", a
    # blind car-wash chain's item)
    r"(?:improv\w*|(?<!test\s)(?<!test-)driv(?:e|es|en|ing)\b(?![\s-]+times?\b)"
    r"(?!\s+(?:to|into|through|from|out|back|home|around|across|past)\b)|bring\w*|"
    r"accelerat\w*|"
    # (a noun after an article or "per": "a 15% discount on the move rate", "messages per move
    # instead of at vessel completion", a blind container terminal's items)
    r"(?<!\bthe\s)(?<!\ba\s)(?<!\bper\s)(?<!\bper-)(?<!\beach\s)(?:mov(?:e|es|ing)|bump\w*)|"
    # (not the adjective: "Protected mentoring time for T2s", a blind security provider's item)
    r"protect(?:s|ing)?\b|defend\w*)"
)
# The field's standard metric names and abbreviations (spend and margin; per-user and funnel
# figures; service levels; web vitals): each is a quantity whatever the sentence.
METRIC_TERMS = (
    r"spend|margins?|profit|sales|gmv|aov|arpu|ltv|cac|cpa|ctr|dau|wau|mau|sla|slo|mttr|mttd|mape|wape|rmse|"
    r"ttfb|lcp|inp|fcp|tti|cls|csat|ces|utili[sz]ation|occupancy|yield|recall|precision|f1|"
    # a contact centre's share answered in time ("Should raise evening service level", a blind
    # video relay service's item)
    r"service\s+levels?|"
    # net promoter scores ("see whether owner NPS is moving toward 45", a blind forestry
    # contractor's item)
    r"e?nps|"
    r"arppu|arpa|arpdau|oee|first\s+contentful\s+paint|largest\s+contentful\s+paint|"
    r"time\s+to\s+interactive|cold\s+starts?|turnaround|click-?throughs?|load\s+factors?|inventory\s+turns|"
    # operations, finance and contact-centre figures: handle time, days sales outstanding, mean
    # time between failures, on time in full, first-contact resolution (and a fish farm's economic
    # feed conversion ratio, eFCR), return on ad spend
    r"aht|dso|dpo|mtbf|mttf|mtta|otif|e?fcr|roas|cpc|cpm|cogs|shrinkage|ridership|"
    # a data centre's power usage effectiveness
    r"pue|"
    # users who reach first value, who leave a course or trial, who keep to a treatment; a plant's
    # scrapped and reworked output; server errors ("cut scrap on press 4", not "scrap the old job")
    r"activation|drop-?outs?|adherence|session\s+lengths?|[45]xxs?|"
    r"income(?!\s+(?:tax|statements?|verification|brackets?|bands?|proofs?|thresholds?|"
    r"sources?|fields?|details|caps?|multiples?|multipliers?)\b)|"
    r"(?:scrap|rework)(?!\s+(?:the|it|this|that|them|these|those|our|an?|all)\b)"
)
# Qualities measured as a share of cases: "raise first-submission completeness", "improve
# punctuality of the morning buses".
SHARE_QUALITY = r"(?:completeness|punctuality|timeliness)"
# Cases resolved, not pixels or dependencies: "first-contact resolution", "dispute resolution
# time" (not "thumbnail resolution to 1080px", "video export resolution", "dependency resolution")
RESOLVED = (
    r"(?:first[\s-](?:contact|call|time)|dispute|complaint|claim|ticket|case|incident|issue|query|"
    r"enquiry|inquiry|fault|median|average|mean)\s+resolution|resolution(?=\s+(?:rates?|times?))"
)
# Things that can be counted or timed: what a direction or a target applies to.
# A time of day on the clock is a schedule, not a level: "Move the store opening time from 8am
# to 7am" (a newcomer's trial).
# (not a duration named after its start: "cold-start time", "video start time")
_CLOCK_TIME = (r"(?<!opening\s)(?<!closing\s)(?<!departure\s)(?<!kick-off\s)(?<!bed\s)"
               r"(?<!wake-up\s)(?<!lunch\s)")
QUANTITY = (
    # (not a limit's: "raise heartbeat priority or rate-limit the motion frames", a blind lab
    # robot maker's firmware ticket)
    r"(?:" + _CLOCK_TIME + r"(?:time|times)|rate(?![\s-]?limit)|share|percentage|percent|"
    r"proportion|fraction|"
    # a rate written with a slash: "bring aborts/1k runs down" (the same maker's item)
    # (from a word's start, whole: "a-a-a-..." pasted is one word, read once)
    r"(?<![\w-])[a-z][\w-]*+\s?/\s?(?:1k|10k|100k|1m|100|1,?000)\s+[a-z][\w-]*+|"
    r"ratio|number|count|median|average|"
    # (waiting itself: "spreads the arrivals and cuts waiting on peak days", a blind olive oil
    # mill's item; not what is waited for)
    r"waiting(?!\s+(?:for|room|rooms|area|areas|lists?|on\s+the|to|up\s+to)\b)|"
    # a trade's measures by their initials ("should lift SPH", "+3 UPH on line 1", blind
    # trampoline parks' and resale marketplace's items) and waits breached ("getting CT breaches
    # down", a blind radiology department's)
    # ("atv" left out: "Drive the ATV down to the lower gate", review)
    r"sph|uph|aov|arpu|arpa|ltv|cac|csat|oee|otif|mttr|mtbf|aht|fcr|gmv|revpar|breaches|"
    r"mean|p\d\d|latency|duration|conversion|(?<!log\s)(?<!data\s)(?<!hot\s)(?<!cold\s)(?<!warm\s)retention|churn|revenue|mrr|arr|nrr|costs?|[etr]?nps|score|ratings?|"
    r"accuracy|drop-off|abandonment|adoption|success|uptime|availability|errors?|no-shows?|"
    # ("should knock 200+ off the waiting list", a blind council pools service's item)
    r"installs?|sign-?ups?|bookings?|wait|waiting\s+lists?|wait-?lists?|" + RESOLVED
    + r"|throughput|weight|tickets?|"
    r"escalations?|"
    r"handoffs?|alerts?|incidents?|crash(?:es)?|(?<![\w-])[\w-]+-rate|completion|attrition|turnover|"
    r"satisfaction|engagement|memory|footprint|bounces?|refunds?|complaints?|defects?|"
    + SHARE_QUALITY + r"|"
    # (deaths and survival, and carbon: "lower mortality in the sea phase", "would cut CO2 from the
    # car fleet by around 40 %", a blind salmon farm's items)
    r"mortality|survival|morbidity|deaths|co2e?|co₂e?|ghg|"
    r"intensity|emissions|consumption|usage|coverage|(?<!cron\s)(?<!polling\s)(?<!poll\s)(?<!sync\s)(?<!backup\s)(?<!refresh\s)"
    r"(?<!crawl\s)(?<!scan\s)(?<!sampling\s)(?<!heartbeat\s)(?<!snapshot\s)frequency|downtime|outages?|failures?|"
    r"chargebacks?|backlog|lead\s+time|load\s+times?|traffic|visits|visitors|sessions|"
    r"page\s?views|downloads|leads|orders|purchases|subscribers|registrations|enrol+ments|"
    r"boardings|journeys|rides|log-?ins|sign-ins|enquiries|inquiries|"
    r"time\s+spent|dwell\s+time|"
    # a span of time said as a question: "take a big chunk out of how long it takes people to get
    # a session running", "take days off how long a routine job takes" (blind items)
    r"how\s+long\s+(?:[\w-]+\s+){1,4}?(?:takes?|waits?|spends?)|"
    # ("Should lift how full our midweek lessons are", a water-sports centre's)
    r"how\s+(?:full|busy|often)\s+(?:[\w-]+\s+){1,4}?(?:are|is|get|gets|happens?)\b|"
    # money a body pays out, as a level: "take a decent chunk off the council subsidy"
    r"subsid(?:y|ies)|deficit|overspend|"
    # people active each period: "a big lift in monthly active members"
    r"(?:daily|weekly|monthly)\s+active\s+[\w-]+s|(?:daily|weekly|monthly)\s+actives|"
    # time and energy lost: "reduce MWh lost to curtailment", "cut hours wasted on re-keying"
    r"(?:" + ENERGY + r"|hours|days|minutes|shifts)\s+(?:lost|wasted)|"
    # a volume sold or shipped: "kWh sold", "units shipped", "policies written"
    r"(?:" + PHYSICAL + r"|units|seats|pallets|policies|licen[cs]es)"
    r"\s+(?:sold|shipped|delivered|booked|written)|"
    r"renewals|referrals|activations|volume|claims|calls|contacts|(?:packet\s+)?loss|losses|stock-?outs?|out-of-stocks?|"
    # ("cut the crested surplus we write off every September", a blind uniform maker's item)
    r"write-offs?|spoilage|waste|surplus(?:\s+stock)?|overstock|dead\s+stock|(?:water|energy|fuel|power|electricity|gas|data|cpu|disk)\s+use|"
    r"(?<!\bas\s)per\s+(?!the\b|our\b|your\b|their\b|its\b|cent\b)[\w-]+(?!['’]s\b)|"
    r"(?:basket|cart|deal|ticket|order|download|bundle|payload|page)\s+(?:sizes?|values?)|"
    # (not what a thing is named after: "the uptake survey", "the lag between reminder emails")
    r"attendance|uptake(?!\s+(?:surveys?|forms?|columns?|fields?|reports?))|lag(?!\s+between)|"
    r"bill|invoices?\s+paid|"
    r"(?<![\w-])(?!(?:end|peer|day|face|back|point|up|door|side|person|business|word|hand|one|"
    r"cheek|bumper|wall|coast|head|nose|top|year|month|week|step|machine|server|user)-to-)"
    # (a stage to the first of a later one: "time-to-first-sale", "lead-to-first-call"; not a
    # thing named after an action: "the click-to-call-widget")
    r"[a-z]+-to-[a-z]+(?![\w-])|[a-z]+-to-(?:first|next)-[a-z]+(?![\w-])|"
    # (a funnel's stages by an arrow: "Should lift trial->paid", a blind password manager's item)
    # (or "survey→contract", a blind heat-pump installer's)
    r"(?<![\w-])(?:trial|free|visit|visitor|lead|sign-?up|install|download|cart|checkout|quote|"
    r"demo|activation|application|offer|survey|enquiry|inquiry|proposal|mql|sql)s?\s?(?:->|→)\s?"
    r"(?:paid|paying|sign-?up|purchase|order|booking|activation|active|hire|customer|conversion|"
    r"contract|signed|sale|deal|sql|opportunity)s?(?![\w-])|"
    + METRIC_TERMS + r")"
)
# People and what they hold, counted: who a change adds ("3,000 extra sign-ups", "1,200 net new
# memberships").
POPULATION = (
    r"(?:customers|clients|users|subscribers|members|memberships|subscriptions|accounts|actives|"
    r"companies|logos|"
    r"merchants|sellers|buyers|teams|businesses|patients|riders|passengers|students|learners|"
    # ("Estimated 1,500 extra new families", a blind tutoring marketplace's item; not a font's)
    r"donors|givers|supporters|guests|households|(?<!font\s)(?<!product\s)families(?!\s+of\b)|drivers|carriers|tenants|players|listeners|readers|viewers|"
    r"switchers|inquiries|enquiries|applicants|prospects|commuters)"
)
# Whom a list or a campaign targets, after "target": "Target list: ortho/dental OEMs within 2 hrs
# of Telford" (a blind machining subcontractor's item) names no goal; nor does the price a new
# product is to sell at: "Target retail €4.499" (a blind cargo-bike maker's concept brief).
TARGETED = (
    r"(?:list|lists|accounts?|customers?|clients?|markets?|audiences?|segments?|groups?|personas?|"
    r"companies|sectors?|industries|roles?|users?|OEMs?|schools?|hospitals?|retail(?=\s*[£$€])|rrp|msrp|"
    r"(?:retail|selling|launch|list|shelf)\s+prices?|price\s+points?)"
)
# Equipment installed, counted as a capacity: "increase Wi-Fi APs in hall B from 4 to 10".
EQUIPMENT = (
    r"(?:aps|access\s+points|kiosks|printers|chargers|lockers|cameras|sensors|beacons|terminals)"
)
# Parts of code and layout a change makes fewer or more of without moving an outcome:
# "minimize dependencies in the CLI package", "reduce padding on mobile cards".
CODE_THING = (
    r"(?:dependencies|variables|globals|classes|modules|imports|abstractions|layers|paddings?|"
    r"spacings?|borders?|radius|radii|shadows?|animations?|videos?|segments?|"
    # a capacity or a retry setting: "increase webhook retries", "add more replicas"
    r"retries|replicas|workers|threads|shards|nodes|instances|pods|containers|connections|"
    r"partitions|" + EQUIPMENT + r")"
)
# Quantities that are levels, not things: "the share to rise" names an outcome, while "install"
# or "tickets" before "drops" is usually a noun or verb about something else ("the install
# redirect drops the org").
LEVEL = (
    r"(?:" + _CLOCK_TIME + r"time|rate|share|"
    r"percentage|proportion|ratio|median|average|latency|duration|conversion|"
    r"(?<!log\s)(?<!data\s)(?<!hot\s)(?<!cold\s)(?<!warm\s)(?<!backup\s)retention|churn|revenue|cost|[etr]?nps|score|accuracy|"
    r"uptime|availability|activation|(?<![\w-])[\w-]+-rate|turnaround|"
    # (recurring revenue and per-customer value, by their abbreviations: "what actually moves NRR",
    # a blind telematics company's item)
    r"[mn]rr|ndr|arpu|aov|ltv|"
    r"(?:basket|cart|deal|order)\s+(?:sizes?|values?))"
)
# Nouns that make the quantity word before them a modifier of a thing: "the error message",
# "the time picker", "rate limits" are things to build, not quantities to move.
THING = (
    r"(?:messages?|pickers?|zones?|slots?|buttons?|fields?|columns?|dialogs?|labels?|formats?|"
    r"stamps?|handling|handlers?|pages?|screens?|charts?|graphs?|reports?|widgets?|settings?|"
    r"polic(?:y|ies)|inputs?|filters?|tabs?|banners?|modals?|cards?|dashboards?|views?|tables?|"
    r"limits?|logs?|copy|icons?|colou?rs?|fonts?|plans?|cards?|periods?|windows?|intervals?|"
    r"timeouts?|schedules?|thresholds?|cutoffs?|cut-offs?|machines?|"
    # a store named after what it holds: "the orders topic", "the refunds queue"
    r"topics?|queues?|buckets?|indexes|indices)"
)
# What a weak verb can move: levels and measures, not counted things.
WEAK_QUANTITY = (
    r"(?:" + LEVEL + r"|" + RESOLVED + r"|completion|attendance|uptake|coverage|satisfaction|"
    r"engagement|"
    r"attrition|turnover|abandonment|drop-off|adoption|throughput|p\d\d|" + SHARE_QUALITY + r"|"
    # (what goes unpaid: "should push Puente 60+ day delinquency down", a blind credit union's)
    r"delinquency|arrears|defaults|write-offs|"
    # (times of a process, not a count: "bring turn times down"; not "many times")
    # (nor a compound noun: "show drive times to each depot")
    r"(?<=[a-z]\s)(?<!many\s)(?<!several\s)(?<!some\s)(?<!\bat\s)(?<!few\s)(?<!drive\s)times|"
    + METRIC_TERMS + r")"
)
# A verb after these states a past fact, not an outcome to move: "had halved their usage",
# "we've already cut costs".
NOT_PAST = (
    r"(?<!\bhad )(?<!\bhas )(?<!\bhave )(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!'ve )"
    r"(?<!\balready )(?<!\bjust )"
)
# A direction word as the head of a noun compound after what is paid: "the pension increase
# letters", "an April pension increase" (a blind pensions administrator's), "the pay rise"
NOT_A_PAID_CHANGE = (
    r"(?<!\bpension\s)(?<!\bpensions\s)(?<!\bprice\s)(?<!\bpay\s)(?<!\brent\s)(?<!\bsalary\s)"
    r"(?<!\bwage\s)(?<!\bfee\s)(?<!\btax\s)(?<!\btariff\s)(?<!\bpremium\s)(?<!\binterest\s)"
)
# What is charged or paid: a direction on one moves a price or a setting, not an outcome ("raise
# the delivery fee by £1", "increase the per-diem allowance by $10").
PRICE = (
    r"(?:pric(?:e|es|ing)|fees?|surcharges?|discounts?|commissions?|tariffs?|rents?|"
    r"salar(?:y|ies)|wages?|stipends?|allowances?|per-diems?|bonus(?:es)?|budgets?|"
    r"(?:hourly|day|daily|pay|shift)\s+rates?)"
)
# A Markdown heading, or a bold label on a line of its own ("## Success metric", "**Goal**"): where
# a section of a spec starts.
HEADING_LINE = r"^[ \t]*(?:#{1,6}[ \t]|(?:\*\*|__)[^*_\n]+(?:\*\*|__)[ \t]*:?[ \t]*$)"
# A month's name, as its first three letters (a group: "Jun", "June", "Sept" read on with \w*).
MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
# A date: a quarter, a half, a fiscal year, a year, a day and a month ("by 30 June", "Q3 2027").
DATE = (
    r"(?:q[1-4]|h[12]|fy\s?'?\d{2,4}|(?:19|20)\d\d|\d{1,2}(?:st|nd|rd|th)?\s+" + MONTH + r"[a-z]*|"
    + MONTH + r"[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?)\b"
)
# A band of levels a quantity should sit in: "in the teens", "into single digits", "in the low 90s".
BAND = (
    r"(?:in|into|to)\s+(?:the\s+)?(?:(?:low|mid|high|upper|lower)[\s-]+)?(?:single\s+digits|"
    r"(?:teens|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)|"
    r"[1-9]0s)\b"
)
# Parts of a screen or a file whose number is a size, not an outcome ("the number of columns").
BUILT = (
    r"(?:columns?|fields?|rows?|tabs?|buttons?|filters?|widgets?|charts?|icons?|fonts?|colou?rs?|"
    r"labels?|banners?|modals?|dialogs?|dashboards?|tables?|settings?|menus?|sections?)"
)
# A title's lead-in before what it is for: "Paywall tweak: ", "Gym app onboarding plan — ", at
# the start of any line (a "## Goal" line or an outcome bullet in a body names one too; a spec's
# "Risks" section is not read at all: metrics.RISKS).
TITLE_LEAD = r"^[^\w\n]*(?:[\w -]{1,40}(?::|\s[—–])\s*)?"
OUTCOME_VERB = (
    r"(move|moves|lift|lifts|raise|raises|grow|grows|cut|cuts|reduce|reduces|lower|lowers|"
    r"increase|increases|improve|improves|boost|boosts|drive|drives|shrink|shrinks|"
    r"halve|halves|double|doubles|decrease|decreases)"
)
# What an expectation or a help can move: the quantities above, and the few counts and units
# that only follow such a verb ("should grow expansion", "will cut 3 days").
EXPECTED_QUANTITY = (
    r"(?:" + QUANTITY + r"|activation|cycle|contributors?|expansion|logos?|deals?|nrr|grr|"
    r"hit\s+rate|days|minutes|hours|seconds|%)"
)
# What a level is now, not where it should go: "uptime is at 99.2%".
STATED = (
    r"(?:is|are|was|were|stands?|stood|sits?|sat|sitting|currently|today|now|already|shows?|"
    r"showed|shown|reads|hovers?|hovering|averag\w*|remains?|remained|stays?|stayed)"
)
# A performance quality made better names a measurable direction: "make search feel faster",
# "make webhook delivery more reliable", "Faster cold builds", "crash less often". A
# comparative that describes a thing to build does not ("add faster shipping options", "a
# cheaper plan"), nor a proper name ("Faster Payments").
BETTER = (
    # (not "snappier": two authors of three read "feel snappier" as a vague wish)
    r"(?:faster|quicker|speedier|more\s+(?:reliable|stable|responsive|available)|"
    r"less\s+(?:flaky|laggy|error-prone))"
)
# Systems and parts of software written in capitals: "the API should fall back", "get the VPN
# up" name no metric.
SYSTEM_ABBREVIATIONS = (
    r"(?:API|SDK|UI|UX|DB|VM|CPU|GPU|RAM|CI|CD|PR|QA|DNS|CDN|SSO|URL|ETL|OS|IT|ERP|CRM|SAP|AWS|GCP|"
    r"TLS|SQL|ML|AI|LLM|VPN|ELK|EKS|GKE|AKS|VPC|LB|MQ|SFTP|FTP|SSH|TV|PC|LDAP|FAQ|SMS|APK|PDF|"
    r"MVP|POS|KPI|OKR|S3)s?"
)

