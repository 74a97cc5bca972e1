"""Is an item internal or cosmetic work the strategy never mentions?

Work on the team's own tools (CI, test suites, wikis moved between tools), on the company's
own workplace (the intranet, offices, HR admin, offsites, hack weeks, its leaders' dashboards)
or on the product's looks (dark mode, a rebrand, a rename) serves no key result of a product
strategy, however many words it shares with one: "Dark mode for the permits portal" shares
"permits", "Cut CI queue time from 14 to 6 minutes" names a time to cut, "Rename 'claims' to
'disputes'" names the claims a key result counts. The embedding model matches those words and
calls such work aligned (in the 31 labelled organisations of 2026-12-01, 50 of 96 such orphan
titles were called aligned, most at confidence 0.6-0.88).

It is read from the title (the first line), where an item says what it is, and only
- where the strategy never names the area (`Area.named`), nor a name the cue found ("CI",
  "Slack", "Jira": a developer-tools company's strategy names CI, and CI work may serve it);
- where the title does not say the work is a product's: offered to someone ("Let agencies
  change the colours of their booking page"), for people or organisations outside ("Executive
  dashboard for hospital administrators", "Canteen pre-ordering for schools"), a thing built
  for them ("Careers page builder", "Favicon upload", "Intranet connector") or made for an
  outcome of theirs ("Swap fonts to a dyslexia-friendly typeface").
An item that cites a key result or names a key result's metric is left to the scores
(engine.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Area:
    """One kind of internal or cosmetic work: `cue` finds it in a title; the strategy naming
    the area (`named`) turns it off; `said` is how the rationale names it; `for_customers`:
    a title that names who a product serves ("Members can book meeting rooms in the app") is
    product work (the tooling and the workplace: dark mode in "the customer app" is still
    the product's looks)."""

    said: str
    cue: re.Pattern[str]
    named: re.Pattern[str]
    for_customers: bool = False


# A title's start, past tracker tags and a conventional-commit type ("[web][P2] Rename ...",
# "chore: rename ...").
_START = (r"^[^\w\n\[]*+(?:\[[^\]\n]{0,30}\]\s*){0,3}:?\s*"
          r"(?:(?:chore|fix|feat|refactor|style|ci|build|docs)(?:\([\w-]+\))?!?:\s*)?")
# Who a product serves, named in a title.
_CUSTOMERS = re.compile(
    r"\b(?:customers?|clients?|(?<!staff\s)members?|users?|tenants?|patients?|riders?|"
    r"drivers?|guests?|buyers?|sellers?|shoppers?|subscribers?|partners?|merchants?|"
    r"learners?|students?|residents?|passengers?|travell?ers?|admins?|owners?|agencies|"
    r"resellers?|venues?|schools?|organi[sz]ers?|recruiters?|brokers?|account\s+holders?)\b",
    re.I,
)
# The title says the work is a product's (module docstring): offered, for people or
# organisations outside (a plural of people or organisations after "for"; not the company's
# own: "for the team", "for our engineers"), a thing built for them, an outcome of theirs.
_PRODUCT = re.compile(
    _START + r"(?:let|allow|enable|offer|import)\b|\b(?:customers?|users?|members?)\s+can\b|"
    r"\b(?:let|allow|enable)s?\s+(?!us\b|the\s+team\b|our\b)[\w-]+\s+(?:to\s+)?[\w-]+|"
    r"\bfor\s+(?!(?:our|the\s+team|us|staff|employees|colleagues|internal)\b)"
    r"(?:(?:the|all|new|their|each|every)\s+)?(?:[\w'-]+\s+){0,2}?"
    r"(?!(?:orders|engineers|developers|devs|leads|managers\s+at\s+HQ)\b)"
    r"(?:[a-z][\w'-]*(?:ers|ors|ists|ians|ants|ents|ees|ives|ren)|people|folks|schools|venues|"
    r"clinics|hospitals|stores|shops|gyms|hotels|restaurants|businesses|companies|firms|"
    r"communities|leagues|labs|plants|offices|agencies|families|spaces|teams|organi[sz]ations|"
    r"brands|nurses|doctors|vets|parents|kids|staff\s+members)\b"
    r"(?<!\bitems)(?<!\bpages)(?<!\bdays)(?<!\bweeks)(?<!\bhours)(?<!\bmonths)(?<!\bsessions)"
    # (the plural ends the phrase: not "for the trade accounts service")
    r"(?=\s*(?:$|[.,;:!?()\[\]\-–—+&]|\s(?:in|at|on|to|with|and|who|that|from|across|via|"
    r"using)\b))|"
    r"\b(?:builder|templates?|packages|widgets?|marketplace|kit|catalogue|catalog|"
    r"listing|uploads?|picker|editor|connectors?|add-in|"
    r"plugin|ticketing|registration\s+page|planner|importer)\b|"
    r"\b(?:accessib\w*|a11y|WCAG|contrast|dyslexi\w*|readab\w*|legib\w*|tap\s+targets?|"
    r"clearer|easier)\b",
    re.I,
)
# A tool the cue found by name: a strategy that names it may be about it ("a two-way Confluence
# sync", "approvals done in Slack"); other names in the words found ("Cut FNOL app CI ...",
# "the new Porto office") say nothing of the area.
_TOOL = re.compile(
    r"\b(?:CI|Slack|Jira|Confluence|Notion|Trello|Asana|SharePoint|Jenkins|CircleCI|Travis|"
    r"GitHub|SonarQube|Linear)\b"
)


def _words(pattern: str) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + pattern + r")\b", re.I)


AREAS = (
    Area(
        "work on the product's looks",
        re.compile(
            r"\b(?:dark|light)\s+(?:mode|theme)\b|\btheme\s+refresh\b|\brebrand\w*|"
            r"\bbrand\s+(?:refresh|palette|colou?rs?|fonts?|guidelines|assets)\b|"
            r"\bnew\s+logo\b|\brefresh\w*\s+(?:the\s+)?logo\b|\blogo\s+refresh\b|"
            # fonts, icons, illustrations and colours changed ("Font swap: Helvetica -> Inter",
            # "Change primary button colour from blue to teal")
            r"\b(?:chang|swap|replac|refresh|updat)\w*\s+(?:the\s+|our\s+)?(?:[\w-]+\s+){0,2}?"
            r"(?:fonts?|typefaces?|icon\s+set|icons|illustrations|favicon|colou?rs?)\b|"
            r"\b(?:font|icon|colou?r)\s+(?:swap|refresh|change)\b|\bnew\s+icon\s+set\b|"
            # decoration: "Confetti animation when a payroll run is approved", a code's
            # "easter egg" (not the chocolate ones a shop sells)
            r"\bconfetti\s+animations?\b|\b(?:seasonal|holiday|celebration|festive)\s+"
            r"(?:animations?|themes?)\b|(?-i:\beaster\s+eggs?\b)",
            re.I,
        ),
        # (not "themes" alone: "three themes for 2027" is how strategies group work)
        # (nor accessibility: an airport's or a transit operator's strategy names it for
        # step-free routes; a title made for it says so, _PRODUCT)
        _words(r"dark\s+(?:mode|appearance)|night\s+(?:mode|theme)|(?:colou?r|visual|app|ui|"
               r"custom)\s+themes?|theming|rebrand\w*|brand\s+(?:refresh|identity)|"
               r"relaunch\w*\s+(?:the\s+)?brand|look\s+and\s+feel|visual\s+design"),
    ),
    Area(
        "a rename",
        # a relabelling with the new name ("Rename 'claims' to 'disputes'", "Rename payroll run
        # to pay cycle") or of the team's own things ("Rename Jenkins jobs"); not a feature
        # ("Rename playlists", "Rename files in bulk")
        re.compile(
            _START + r"(?:rename|relabel)\b(?=[^\n]*?(?:\s(?:to|as|into)\s|->|→|=>))|"
            + _START + r"rename\s+(?:the\s+|our\s+)?(?:[\w-]+\s+){0,2}?(?:jobs|channels|flags|"
            r"feature\s+flags|packages?|modules?|repos?|repositories|classes|variables|tables|"
            r"models|pipelines|namespaces|buckets|topics|queues|env(?:ironment)?s|"
            # ("Rename internal workshop codes in the admin tool", a newcomer's bike workshops)
            r"codes|ids|identifiers|statuses|columns)\b",
            re.I,
        ),
        _words(r"naming|terminology|renam\w+|relabel\w*"),
    ),
    Area(
        "work on the team's own tooling",
        re.compile(
            # CI as the subject, not where a product's tests run ("tenant isolation tests in
            # CI" is security work), nor a confidence interval ("CI bands on the chart")
            _START + r"(?-i:CI)\s*[:/]|(?-i:\bCI)\s+(?:pipelines?|queues?|queue\s+times?|builds?|"
            r"jobs?|runners?|agents?|times?|minutes|suites?|config\w*)\b|"
            r"\b(?:move|migrat|speed|cut|fix|upgrad)\w*\s+(?:up\s+)?(?:the\s+|our\s+)?"
            r"(?:[\w-]+\s+){0,2}?(?-i:CI)\b|\bcontinuous\s+integration\b|\btest\s+coverage\b|"
            # flaky tests, not a product's flaky behaviour ("flaky Bluetooth pairing")
            r"\bflaky\s+(?:[\w-]+\s+){0,3}?(?:tests?|specs?|builds?|pipelines?|jobs?)\b|"
            r"\b(?:tests?|specs?|builds?)\s+(?:are\s+|is\s+)?flaky\b|"
            r"\blint(?:er|ers|ing)\b|\blint\s+(?:rules?|errors?|warnings?|config\w*)\b|"
            r"\b(?:Jenkins|CircleCI|Travis\s+CI|GitHub\s+Actions)\b|(?<=\s)build\s+agents\b|"
            # the team's own code checks and test set-up
            r"\bpre-commit\s+hooks?\b|\btsconfig\b|\beslint\s+config\b|\bSonarQube\b|"
            r"\btest\s+(?:suites?|data\s+factories)\b|"
            r"\b(?:team|staff|internal|engineering|eng)\s+(?:wiki|docs)\b|"
            # the team's own tools moved ("Move the team from Jira to Linear")
            r"\b(?:move|migrat|switch)\w*\s+(?:the\s+|our\s+)?(?:[\w-]+\s+){0,2}?(?:team|teams|"
            r"eng\w*|dev\w*|internal|staff|company|wiki|docs|tickets|backlog|tracker)\b"
            r"[^\n]{0,30}?\bfrom\s+(?:Confluence|Jira|Notion|Trello|Asana|Slack|SharePoint)\b",
            re.I,
        ),
        _words(r"CI/CD|CI\s+(?:service|platform|product|pipelines?)|continuous\s+integration|"
               r"developer\s+(?:experience|productivity)|engineering\s+(?:productivity|velocity|"
               r"excellence)|devops|DORA|deploy(?:ment)?\s+pipelines?|lead\s+time\s+for\s+"
               r"changes|build\s+times|(?:build|pipeline)\s+(?:duration|speed)|"
               r"static\s+analysis|code\s+quality|lint\w*"),
        for_customers=True,
    ),
    Area(
        "work on the company's own workplace",
        re.compile(
            r"\bintranet\b|\bmeeting\s+rooms?\b|\boffice\s+(?:move|tv|wi-?fi|printers?|plants|"
            r"party)\b|\bprinter\s+toner\b|\b(?:team|company|leadership|annual|eng\w*|sales|"
            r"ops)\s+offsite\b|\boffsite\s+(?:for|at|in|planning|agenda)\b|\baway\s+day\b|"
            r"\bhack\s*(?:week|day|athon)\b|\blunch\s+orders?\b|\bcanteens?\b|\bcareers\s+page\b|"
            r"\bteam\s+(?:logo|social|outing|building|lunch)\b|" + _START + r"HR\s*:|"
            # (not a product's staff features: "self-serve staff rota" for franchise partners)
            r"\bstaff\s+(?:wiki|survey|parking|canteen|kitchen|intranet|social|party)\b|"
            r"\bour\s+own\s+(?:staff|employees|people|company|engineers)\b|"
            r"\b(?:christmas|holiday|summer|team)\s+party\b|"
            r"\blunch\s*(?:&|and)\s*learns?\b|\bboardroom\b|\b(?:slack|stand-?up)\s*bot\b|"
            # the staff's own expenses ("Faster expense payouts for employees: Pleo -> DATEV")
            r"\b(?:expense|travel\s+expense)\s+(?:reports?|claims?|payouts?|reimbursements?)\b|"
            r"\b(?:slack|internal|team)\s+emoji\b|"
            r"\b(?:the|our)\s+new\s+(?-i:(?:[A-Z][\w-]*\s+)?office)\b|"
            # reporting for the company's own leaders: "Exec dashboard: animated map of ...",
            # "Board pack: deliver quarterly pack on time"
            r"\b(?:exec(?:utive)?|leadership|engineering|board)\s+(?:dashboards?|packs?)\b|"
            r"\bboard\s+(?:meeting|papers?)\b",
            re.I,
        ),
        _words(r"intranet|workplace|employee\s+(?:experience|engagement|portal|app|onboarding)|"
               r"eNPS|internal\s+communications?|hack\s*(?:weeks?|days?)|hackathons?|coworking|"
               r"office\s+space|hot-?desk\w*|room\s+reservations?|onboarding\s+new\s+(?:employees|"
               r"hires)|career\s+sites?|board\s+portals?|HR\s+(?:software|platform)|"
               r"expense\s+(?:management|reports?|claims?|software|cards?)|spend\s+management|"
               r"reimburse\w*|travel\s+(?:and|&)\s+expenses?|T&E|stand-?ups?|"
               r"people\s+platform"),
        for_customers=True,
    ),
)


def internal_area(title: str, strategy_text: str) -> tuple[Area, str] | None:
    """The area of internal or cosmetic work `title` (an item's first line) belongs to and
    the words that said so, when the strategy (`strategy_text`: its passages and key results)
    names neither the area nor a name in those words, and the title does not say the work is
    a product's; None otherwise."""
    if _PRODUCT.search(title):
        return None
    for area in AREAS:
        found = area.cue.search(title)
        if found is None or area.named.search(strategy_text):
            continue
        if area.for_customers and _CUSTOMERS.search(title):
            continue
        words = found.group(0).strip(" :[]")
        if not _named_in(words, strategy_text):
            return area, words
    return None


def _named_in(words: str, strategy_text: str) -> bool:
    """Whether the strategy says the words the cue found, or a tool named among them."""
    said = r"\W+".join(map(re.escape, re.findall(r"[^\W_]+", words)))
    if re.search(rf"\b{said}(?:s|es)?\b", strategy_text, re.I):
        return True
    return any(re.search(rf"\b{tool}\b", strategy_text) for tool in _TOOL.findall(words))
