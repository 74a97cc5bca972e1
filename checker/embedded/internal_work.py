"""Is an item internal or cosmetic work the strategy never mentions?

Work on the team's own tools (CI, test suites, wikis moved between tools), on its workplace
(the intranet, offices, HR admin, offsites, hack weeks) or on the product's looks (dark mode,
a rebrand, a rename) serves no key result of a product strategy, however many words it shares
with one: "Dark mode for the permits portal" shares "permits", "Cut CI queue time from 14 to
6 minutes" names a time to cut, "Rename 'claims' to 'disputes'" names the claims a key result
counts. The embedding model matches those words and calls such work aligned (in the 31
labelled organisations of 2026-12-01, 50 of 96 such orphan titles were called aligned, most at
confidence 0.6-0.88).

It is read from the title (the first line), where an item says what it is, and only where the
strategy itself never names the area: a developer-tools company's strategy names CI, and then
CI work may well serve it. An item that cites a key result or names a key result's metric is
left to the scores.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Area:
    """One kind of internal or cosmetic work: `cue` finds it in a title; the strategy naming
    the area (`named`) or the words the cue found turns the cue off; `said` is how the
    rationale names it."""

    said: str
    cue: re.Pattern[str]
    named: re.Pattern[str]
    # a title that says the work is for customers is product work, whatever else it names
    # ("Members can book meeting rooms in the app", "Hack week template for customer admins")
    for_customers: bool = False


# A title's start, past a tracker's area tag ("[web] Rename ...").
_START = r"^[^\w\n\[]*+(?:\[[^\]\n]{0,30}\]:?\s*)?"
# Who a product serves, named in a title.
_CUSTOMERS = re.compile(
    r"\b(?:customers?|clients?|(?<!staff\s)members?|users?|tenants?|patients?|riders?|drivers?|guests?|"
    r"buyers?|sellers?|shoppers?|subscribers?|partners?|merchants?|learners?|students?|"
    r"residents?|passengers?|travell?ers?)\b",
    re.I,
)


def _words(pattern: str) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + pattern + r")\b", re.I)


AREAS = (
    Area(
        "work on the product's looks (a theme, a rebrand, decoration)",
        re.compile(
            r"\b(?:dark|light)\s+(?:mode|theme)\b|\btheme\s+refresh\b|\brebrand\w*|"
            r"\bbrand\s+(?:refresh|palette|colou?rs?|fonts?|guidelines|assets)\b|"
            r"\b(?:new|refresh\w*\s+(?:the\s+)?)logo\b|\blogo\s+refresh\b|"
            # fonts, icons, illustrations and colours changed ("Font swap: Helvetica -> Inter",
            # "Change primary button colour from blue to teal")
            r"\b(?:chang|swap|replac|refresh|updat)\w*\s+(?:the\s+|our\s+)?(?:[\w-]+\s+){0,2}?"
            r"(?:fonts?|typefaces?|icon\s+set|icons|illustrations|favicon|colou?rs?)\b|"
            r"\b(?:font|icon|colou?r)\s+(?:swap|refresh|change)\b|\bnew\s+icon\s+set\b|"
            r"\bfavicon\b|"
            # decoration: "Confetti animation when a payroll run is approved"
            r"\bconfetti\b|\b(?:seasonal|holiday|celebration|festive)\s+(?:animations?|themes?|"
            r"decorations?)\b|\beaster\s+eggs?\b",
            re.I,
        ),
        # (not "themes" alone: "three themes for 2027" is how strategies group work)
        _words(r"dark\s+mode|(?:colou?r|visual|app|ui|custom)\s+themes?|theming|rebrand\w*|"
               r"brand\s+refresh|look\s+and\s+feel|visual\s+design"),
    ),
    Area(
        "a rename (relabelling only)",
        # (a title that starts by renaming relabels: "Rename 'claims' to 'disputes'")
        re.compile(_START + r"(?:rename|relabel)\b", re.I),
        _words(r"naming|terminology|renam\w+|relabel\w*"),
    ),
    Area(
        "work on the team's own tooling (CI, tests, internal tools)",
        re.compile(
            # CI as the subject, not where a product's tests run ("tenant isolation tests in
            # CI" is security work)
            _START + r"CI\b|\bCI\s+(?:pipelines?|queues?|queue\s+times?|builds?|jobs?|"
            r"runners?|agents?|times?|minutes|suites?|config\w*)\b|"
            r"\b(?:move|migrat|speed|cut|fix|upgrad)\w*\s+(?:up\s+)?(?:the\s+|our\s+)?"
            r"(?:[\w-]+\s+){0,2}?CI\b|\bcontinuous\s+integration\b|\bflaky\b|\btest\s+coverage\b|"
            r"\b(?:unit|snapshot|e2e|end-to-end)\s+tests\b|\blint(?:er|ers|ing)?\b|"
            r"\b(?:Jenkins|CircleCI|Travis|GitHub\s+Actions)\b|\bbuild\s+agents?\b|"
            # the team's own code checks and test set-up
            r"\bpre-commit\s+hooks?\b|\btsconfig\b|\beslint\s+config\b|\bSonarQube\b|"
            r"\bquality\s+gates?\b|\btest\s+(?:suites?|data\s+factories|fixtures)\b|"
            r"\b(?:team|staff|internal|engineering)\s+(?:wiki|docs)\b|"
            # the team's own tools moved ("Move the team from Jira to Linear")
            r"\b(?:move|migrat|switch)\w*\b[^\n]{0,40}\bfrom\s+(?:Confluence|Jira|Notion|Trello|"
            r"Asana|Slack|SharePoint)\b",
            re.I,
        ),
        _words(r"CI/CD|CI\s+(?:service|platform|product|pipelines?)|continuous\s+integration|developer\s+(?:experience|productivity)|"
               r"engineering\s+(?:productivity|velocity|excellence)|devops|Jenkins|CircleCI|"
               r"GitHub|Confluence|Jira|Notion|Trello|Asana|Slack|SharePoint|lint\w*|"
               r"static\s+analysis|code\s+quality"),
        for_customers=True,
    ),
    Area(
        "work on the company's own workplace (intranet, offices, HR, events, leaders' reporting)",
        re.compile(
            r"\bintranet\b|\bhead\s+office\b|\bmeeting\s+rooms?\b|\boffice\s+(?:move|tv|wi-?fi|"
            r"printers?|plants|party)\b|\bprinter\s+toner\b|\boffsite\b|\baway\s+day\b|"
            r"\bhack\s*(?:week|day|athon)\b|\blunch\s+orders?\b|\bcanteens?\b|\bcareers\s+page\b|"
            r"\bteam\s+(?:logo|social|outing|building|lunch)\b|" + _START + r"HR\b|"
            # (not a product's staff features: "self-serve staff rota" for franchise partners)
            r"\bstaff\s+(?:wiki|survey|parking|canteen|kitchen|intranet|social|party)\b|"
            r"\bour\s+own\s+(?:staff|employees|people|company|engineers)\b|\bnew\s+hires\b|"
            r"\ball-hands\b|\b(?:christmas|holiday|summer|team)\s+party\b|\bdesk\s+booking\b|"
            r"\blunch\s*(?:&|and)\s*learns?\b|\bboardroom\b|\bslack\s*bot\b|"
            r"\b(?:slack\s+)?emoji\s+packs?\b|\b(?:the|our)\s+new\s+(?:[A-Z][\w-]*\s+)?office\b|"
            # reporting for the company's own leaders: "Exec dashboard: animated map of ...",
            # "Board pack: deliver quarterly pack on time"
            r"\b(?:exec(?:utive)?|leadership|engineering|board)\s+(?:dashboards?|packs?)\b|"
            r"\bboard\s+(?:meeting|papers?)\b",
            re.I,
        ),
        _words(r"intranet|workplace|employee\s+(?:experience|engagement)|eNPS|"
               r"internal\s+communications?|hack\s*(?:weeks?|days?)|hackathons?|coworking|"
               r"office\s+space"),
        for_customers=True,
    ),
)


def internal_area(title: str, strategy_text: str) -> Area | None:
    """The area of internal or cosmetic work `title` (an item's first line) belongs to, when
    the strategy (`strategy_text`: its passages and key results) never names that area;
    None otherwise."""
    for area in AREAS:
        found = area.cue.search(title)
        if found is None or area.named.search(strategy_text):
            continue
        if area.for_customers and _CUSTOMERS.search(title):
            continue
        said = r"\W+".join(map(re.escape, re.findall(r"[^\W_]+", found.group(0))))
        if not re.search(rf"\b{said}(?:s|es)?\b", strategy_text, re.I):
            return area
    return None
