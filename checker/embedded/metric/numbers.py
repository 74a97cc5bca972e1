"""Numbers, amounts and levels as the metric rule reads them, as regular-expression fragments:
a level's number (`LEVEL_NUMBER`), a number with its hedge and unit (`NUMBER`, `MEASURE`), where
a level ends up (`TO_LEVEL`), the words that make a number approximate (`APPROX`,
`ABOUT_AMOUNT`), amounts of money (`MONEY`, `EARNED`) and of points (`FEW_POINTS`). Split from
words.py (thirty-third session, unchanged), which holds the verbs and the quantities they move.
"""

from __future__ import annotations

# A level's number, not a count of things ("OTIF to 97 for the grocery accounts", not "to 2
# replicas"): a unit or a sign after it, or the clause goes on with a preposition or ends.
LEVEL_NUMBER = (
    r"\d+(?:[.,]\d+)*\s?(?:%|\+|(?:ms|s|sec|seconds?|min|minutes?|h|hours?|days?|weeks?|points?|"
    r"pp|pts?|x)\b|(?=[.,;:!?)]|$|\s+(?:by|in|per|a|an|for|within|on|over|across|after|once|or|"
    r"before|this|next|from)\b))"
)
# Words that make a number approximate: "about 12", "~40%", "near 100%", "close to zero".
APPROX = (
    # ("Saves approx. 18 MWh/year", a blind precast maker's item)
    r"(?:approx\.\s*|(?:about|around|roughly|approximately|nearly|almost|near|close\s+to|some|something\s+like|"
    r"somewhere\s+(?:around|near)|in\s+the\s+region\s+of)\s+|~\s?)"
)
# An amount of points said in words: "up a few points", "down by roughly a point".
FEW_POINTS = (
    r"(?:a|a\s+few|a\s+couple(?:\s+of)?|several|a\s+handful\s+of)\s+(?:percentage\s+)?"
    r"(?:points?|pp|pts?)\b"
)
WORD_NUMBER = r"(?:one|two|three|four|five|six|ten|twenty|half|zero)"
UNIT = (
    r"(?:%|x|ms|s|sec|seconds?|min|minutes?|h|hours?|days?|weeks?|months?|years?|points?|mb|gb|k)"
)
# A clock time ("from 7 to 10am") or a date ("from 1 Dec to 6 Jan") is a schedule, not a target.
NUMBER = (
    r"(?:(?:about|around|roughly|approximately|nearly|almost|near|close\s+to|avg\.?|average|"
    r"an\s+average\s+of|something\s+like|somewhere\s+(?:around|near)|in\s+the\s+region\s+of)\s+)?"
    # (signed: "get eNPS from +5 to +20", a blind machining subcontractor's item)
    r"[~<>≤≥]?\s?(?:[+−]|(?<![\w-])-(?=[$€£]?\d))?[$€£]?(?<![\d,.])\d[\d,.]*+(?!\s?(?:am|pm|:\d)\b)"
    r"(?!\s?(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b)\s?"
    # (a mass or a volume too: "get export volume from ~38 t/month toward 60", a blind tortilla
    # factory's item)
    r"(?:%|x|ms|s|sec|seconds|min|minutes|h|hours|days?|weeks?|k|m|[kmgt]b|t|kg|l)?"
    # (a rate per period: "Suspension hours down from 41/month to 25/month", a blind pilotage
    # service's success measure)
    r"(?:\s?/\s?(?:day|week|month|quarter|year|yr|mo|wk|shift|hour|hr)\b)?"
)
# Where a level ends up that is no number: "cut from 2 days to same day".
# (a level in words: "down from ~4,800 to a few hundred", a blind pensions administrator's)
# (or most of them: "the Orbit-scheduled share at those accounts to go from ~0 to most runs", a
# blind lab robot maker's item; not "all", a rollout's reach)
# (or another's level: "bring first-response on mobile reports down from ~70h to the same level as
# web", a blind bug-bounty platform's item)
TO_LEVEL = (r"(?:" + NUMBER + r"|same[\s-]day|next[\s-]day|real[\s-]time|zero|none|"
            # (not a rollout's reach: "Expand the pilot from 3 sites to most regions", review)
            r"most\b(?!\s+(?:regions|sites|stores|branches|countries|markets|teams|offices|depots|"
            r"schools|hospitals|cities)\b)|"
            r"the\s+same\s+(?:level|rate|speed)\s+as\b|(?:on\s+)?par\s+with\b|"
            r"the\s+(?:vast\s+)?majority|(?:nearly|almost)\s+all|"
            # (numbers in words are digits by then: "a few 100")
            r"a\s+(?:few|couple\s+of)\s+(?:dozen|hundred|thousand|100|1,?000)\b|a\s+handful|"
            r"single\s+(?:figures|digits)|"
            # a decade of a level: "from ~27 down to the low 20s" (a blind hospital pharmacy's)
            r"(?:the\s+)?(?:low|mid|high|upper)[\s-]+\d0s\b|"
            # ("get the median for urgents down from 22 mins to the low teens", a blind hospital
            # estates team's item)
            r"(?:the\s+)?(?:low|mid|high|upper)[\s-]+(?:teens|twenties|thirties|forties|fifties|"
            r"sixties|seventies|eighties|nineties)\b)")
# A number with a unit: a level, where a bare count ("3 stores") is not one.
MEASURE = (
    # A number starts where no digit, comma or dot is before it: without that, a run of digits
    # (a pasted CSV) is rescanned from every position, in quadratic time.
    r"~?\s?[$€£]?(?<![\d,.])\d[\d,.]*+\s?(?:%|percent\b|pp\b|points?\b|x\b|ms\b|s\b|secs?\b|"
    r"seconds?\b|[kmg]i?b\b|"
    r"mins?\b|minutes?\b|h\b|hrs?\b|hours?\b|days?\b|weeks?\b|stars?\b|"
    # a rating on a scale, not a date: "get to the 4.2/5", "8/10" (not "4/5/2026")
    r"/\s?(?:5|10)\b(?!\s?/))"
)
# What work earns, an amount of money (a sign, "£1.2m", "A$40k", or a code or a word after or
# before it: "EUR 250k", "40k USD", "1.2 million euros") and the hedge said before an amount
# ("about", "~"; not "over": "sales over $10k" is a threshold).
EARNED = r"(?:arr|mrr|revenue|gmv|bookings|sales|savings|income|profit|margin)"
MONEY = (
    r"(?:(?:(?:[A-Z]{1,2})?[$€£]|(?-i:\b(?:EUR|USD|GBP|CHF|AUD|CAD|NZD|PLN|SEK|NOK|DKK|CZK)\s?))"
    r"(?<![\d,.])\d[\d,.]*+\s?(?:bn|[kmb]|million|billion)?\b|"
    r"(?<![\d,.])\d[\d,.]*+\s?(?:k|m|bn|million|billion|thousand)?\s?"
    r"(?-i:(?:USD|EUR|GBP|CHF)\b)|(?<![\d,.])\d[\d,.]*+\s?(?:k|m|bn|million|billion|thousand)?"
    r"\s?(?:euros?|dollars?|pounds?)\b)"
)
ABOUT_AMOUNT = (
    r"(?:about\s+|around\s+|roughly\s+|up\s+to\s+|almost\s+|nearly\s+|an?\s+(?:estimated|extra)\s+|"
    r"~\s?|c\.\s?)?"
)
