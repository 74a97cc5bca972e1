"""The words that label strategy text: goal and non-goal labels, metadata lines, template prompts.

A label decides the kind of what it governs only when it names one side: "Goals", "In scope",
"We will" name priorities; "Non-goals", "Out of scope", "We will not", "Not now" name non-goals;
"Goals and non-goals" or a bare "Scope" name both and decide nothing by themselves.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Literal

from index import limits
from index.errors import InputError

LabelKind = Literal["priority", "non_goal", "ambiguous"]

# An apostrophe as typed or as word processors set it: "won’t" is "won't".
APOSTROPHE = "['’‘ʼ`´]"


def wording(pattern: str) -> re.Pattern[str]:
    """A pattern of words, compiled case-blind, each straight apostrophe in it matching any
    apostrophe a writer's tool puts there."""
    return re.compile(pattern.replace("'", APOSTROPHE), re.IGNORECASE)


NON_GOAL_LABEL = wording(
    r"non[- ]?(?:goals?|objectives?|priorit\w*|requirements?)|not goals?|out[- ]of[- ]scope|"
    r"not in scope|not doing|will not|won'?t|we don'?t|do not do|anti[- ]?goals?|said no|"
    r"say no|saying no|stop doing|not pursue|(?:scope\s+)?exclusions?|excluded|"
    r"explicitly not|not (?:a |our )?(?:focus|priority|goal)|not (?:betting|bet)\b|not now|"
    # ("Not this winter (and for most of these, not next winter either)", a blind ski resort's)
    # (at the head of the label, not a contrast after the work: "Launch this winter, not next
    # winter", "What ships this spring (not next spring)")
    r"not (?:yet|this (?:year|quarter|half|cycle|time))|"
    r"^\W*not (?:this|next) (?:season|winter|summer|spring|autumn|fall|sprint|release|term|"
    r"semester|period|year|quarter|half|cycle)\b|deferred|parking lot|"
    # "What we are not going to do", "Where we're not putting our money" (not what is kept:
    # "What we are not going to compromise on", "Where we are not investing enough")
    r"\bnot\s+going\s+to\b(?!\s+(?:compromise|change|break|budge|settle|lower|give\s+up|"
    r"cut\s+corners)\b)|\bwe(?:'re|\s+are)\s+(?:\w+ly\s+)?not\s+(?:putting|investing|spending|"
    r"focusing|building|betting|chasing|pursuing)\b(?!(?:\s+\w+){0,3}\s+enough\b)|"
    # work cut back: "What we are putting on hold", "Where we are investing less", "What we're
    # going to do less of", "What we are going to stop"
    r"\b(?:what|where)\s+we(?:'re|\s+are|'ll|\s+will)(?:\s+be)?\s+(?:putting\s+on\s+hold|"
    r"pausing|stopping|dropping|cutting|(?:investing|spending|putting|focusing)\s+less|"
    r"going\s+to\s+(?:do\s+less|stop|drop|pause))\b|\bon\s+hold\b|"
    r"\b(?:investing|spending|focusing)\s+less\b|\bwe\s+dropped\b|"
    # questions as headings: "What's off the table for 2027?", "Which requests do we decline?"
    r"off the table|\b(?:we|do we|to)\s+(?:decline|turn down|pass on)\b|\bdeclined requests\b|"
    # "What this strategy is not", "What we are not"; a short column or lead: "Out", "Not:"
    r"^\W*what\b.{0,40}\b(?:is|are)\s+not\W*$|"
    r"^\W*(?:out|not|is not|don'?t|do not|no[- ]gos?(?:\s+(?:areas?|zones?|list))?)\W*$|"
    # "No" heads a column as the other side of "Yes"; "No." numbers the rows of a table
    r"^[^\w.]*no[^\w.]*$|"
    # the same labels in the languages strategies are most often written in besides English
    r"nicht[- ]?ziele|keine ziele|nicht im (?:scope|umfang)|"
    r"au(?:ß|ss)erhalb des (?:scope|umfang)s?|ausgeschlossen|non[- ]objectifs|"
    r"hors[- ](?:du\s+)?(?:périmètre|champ|scope)|no[- ]objetivos|"
    r"fuera del? alcance|niet[- ]doelen|buiten (?:de )?scope|não[- ]objetivos|fora do escopo|"
    r"non[- ]obiettivi|fuori (?:ambito|perimetro|scope)"
)
PRIORITY_LABEL = wording(
    r"priorit|objective|goals?\b|focus|bets?\b|betting\b|pillars?|strateg|principles?|in[- ]scope|"
    r"mission|vision|where we play|how we win|said yes|themes?|commitments?|"
    r"\bziele\b|prioritäten|objectifs|priorités|objetivos|prioridades|\bdoelen\b|obiettivi|"
    r"priorità|\bim scope\b|dans le périmètre|dentro del alcance|"
    # "We will:" as a label, not "How we will know".
    r"^\W*(?:what\s+)?we(?: will|'ll)(?: do)?\W*$|"
    # a team's own words for the side it works on: "What we're going to do", "Where we're
    # putting our energy", "How we will get there" (never "How we'll know", "Where we are")
    # (a choice, not a diagnosis of today: "Where we are spending money today", "What we are
    # building on", "Where we're spending too much")
    r"\b(?:what|where)\s+we(?:'re|\s+are|'ll|\s+will)(?:\s+be)?\s+(?:going\s+to\s+do|"
    r"putting|investing|spending|focusing|concentrating|placing|betting|doubling\s+down|"
    r"building|working\s+on)\b(?!\s+on\b|(?:\s+[\w-]+){0,3}\s+(?:today|now|currently|too\s+much|"
    r"less)\b|\s*\()|\bhow\s+we(?:'ll|\s+will|\s+are\s+going\s+to)\s+(?:get\s+there|win|do\s+it)\b|"
    # ("Where the energy goes", a newcomer's priorities; not "Where the money goes", "Where the
    # time goes": a diagnosis as often)
    r"\bwhere\s+(?:our|the)\s+(?:energy|effort|focus)\s+goes\b|\bmust[- ]wins?\b|\bbig\s+rocks\b|"
    # ("What matters most this year", a newcomer's bakery; not "What matters to our customers",
    # a diagnosis)
    r"\bwhat\s+matters\s+(?:most|this\s+(?:year|quarter|half|season)|in\s+20\d\d)\b"
    r"(?!\s+(?:to|for)\b)|"
    r"\bwhat\s+we\s+(?:care|focus)\s+(?:about|on)\s+(?:most|this\s+(?:year|quarter|half))\b"
)
# The other side of a short column or lead, read as the whole label: "In" / "Out", "Doing" /
# "Not doing", "Now" / "Not now", "Must have" / "Won't have".
SHORT_PRIORITY_LABEL = re.compile(
    r"^\W*(?:in|is|do|doing|now|yes|must[- ]haves?|should[- ]haves?|could[- ]haves?|included|"
    r"inclusions?|includes)\W*$",
    re.IGNORECASE,
)
_BARE_SCOPE = re.compile(r"\bscope\b", re.IGNORECASE)


# A bar the work must meet, said to be no goal: "Accessibility is the floor, not a goal" (a blind
# housing authority's service standard) keeps the work, it rules nothing out.
# (said of the work as the bar itself, "X is the floor": not "Employment law - not a focus",
# "SSO requirement - not a priority", which rule work out)
_FLOOR_NOT_GOAL = re.compile(
    r"\b(?:is|are)\s+(?:the|a|our)\s+(?:floor|baseline|minimum|bar|table[\s-]stakes|hygiene|"
    r"given|starting\s+point)\s*(?:[,;:—–-]\s*)?not\s+(?:(?:a|an|our|the)\s+)?"
    r"(?:focus|priority|goal|objective|target)\b",
    re.IGNORECASE,
)


# A heading that names what we do and what we won't: "How we will pay for Cae Mawr — and how we
# won't", "How we make money, and how we won't" (blind co-op and tax-filing memos): both sides,
# so the sentences under it are read for themselves.
_BOTH_SIDES = re.compile(
    # (the first side said without a negation: "What we won't do, and who we won't serve" is one
    # side, found by review)
    r"\b(?:how|what|where|who|when)\s+we\s+(?!won|don|will\s+not|do\s+not|never|aren|are\s+not|"
    r"can'?t|cannot)(?:(?!n't|n'?t\b|\bnot\b|\bnever\b).)*\b(?:and|but|or)\s+(?:how|what|where|who|when)\s+"
    r"we\s+(?:won'?t|don'?t|will\s+not|do\s+not|never|aren'?t)\b",
    re.IGNORECASE,
)


# A label that names non-goals only to deny them: "Often mistaken for out of scope (they're
# in)", "Not out of scope", "Sounds like a non-goal, isn't" (a blind parks department's
# priorities: the allowed work under it was read as ruled out).
_DENIED_NON_GOAL = wording(
    r"\b(?:mistaken\s+for|(?:looks?|sounds?|seems?)\s+like|not\s+(?:actually\s+|really\s+)?)"
    r"(?:an?\s+)?(?:out[- ]of[- ]scope|non[- ]?goals?)\b|"
    r"\(\s*(?:they(?:'re|\s+are)|these\s+are|it(?:'s|\s+is))\s+(?:in|allowed|fine|ok|okay|"
    r"in\s+scope)\s*\)|\b(?:are|is)n'?t\s+(?:a\s+)?(?:non[- ]?goals?|out[- ]of[- ]scope)\b"
)


def label_kind(text: str) -> LabelKind | None:
    """What a heading or label names: one side, both ("ambiguous"), or neither (None)."""
    if _FLOOR_NOT_GOAL.search(text) or _DENIED_NON_GOAL.search(text):
        return None
    if _BOTH_SIDES.search(text.replace("’", "'")):
        return "ambiguous"
    negative = NON_GOAL_LABEL.search(text) is not None
    rest = NON_GOAL_LABEL.sub(" ", text)
    positive = PRIORITY_LABEL.search(rest) is not None or (
        not negative and SHORT_PRIORITY_LABEL.match(text) is not None
    )
    scope = _BARE_SCOPE.search(rest) is not None and not re.search(r"in[- ]scope", rest, re.I)
    if negative:
        return "ambiguous" if positive or scope else "non_goal"
    if scope:
        return "ambiguous"
    return "priority" if positive else None


def is_kind_label(text: str) -> bool:
    """A short text that names goals, non-goals or scope (a table column, a lead)."""
    return len(text.split()) <= 6 and label_kind(text) is not None


def is_label_text(text: str, bold_lead: str | None) -> bool:
    """A paragraph that only labels what follows: "Goals:", "**Out of scope**"."""
    stripped = text.strip()
    if "\n" in stripped or not stripped:
        return False
    words = len(stripped.split())
    if stripped.endswith(":") and words <= 8:
        return True
    whole_bold = bold_lead is not None and bold_lead == stripped
    short = words <= 3 or (words <= 6 and label_kind(stripped) is not None)
    return whole_bold and short and not stripped.endswith((".", "!", "?"))


# Keys whose value is a list of people and teams, longer than other values: "Owner: Miriam
# Achterberg, with Legal (Hannah Okafor) and People & Works Councils (Stefan Vogt)".
_PEOPLE_KEYS = (
    r"owners?|authors?|maintainers?|dri|reviewers?|approvers?|contributors?|editors?|contacts?|"
    r"sponsors?|stakeholders?"
)
_META_KEYS = (
    _PEOPLE_KEYS + r"|by|maintained by|status|state|date|last (?:updated|reviewed|edited|"
    r"modified)|updated|created|published|version|revision|approved by|reviewed by|from|to|cc|"
    # when the page is looked at again: "Review: end of June, alongside the H2 budget"
    r"(?:next\s+)?review(?:\s+date)?|review\s+by|"
    # how it is filed and what it sits beside: "Classification: Internal", "Related: Director's
    # note · What we won't do · okrs.yaml"
    r"classification|confidentiality|related(?:\s+(?:docs|documents|pages|links))?|"
    r"slack(?: channel)?|e-?mail|team|on-?call|(?:document|doc) owner|tags|labels|category|"
    r"audience|"
    # a memo's header: "Subject: Active Hartmoor 2026–2029: where we put our effort, and where we
    # don't" (a blind leisure trust's memo read the subject line as a non-goal)
    r"subject|re|"
    r"tickets?|jira|epic|issues?|links?|discussion|shepherds?|start date|end date|target date|due|"
    r"deadline|rfc(?: pr)?|id|type|implementation|tracking issue|feature name"
)
_PEOPLE_LINE = re.compile(rf"^\W*(?:{_PEOPLE_KEYS})\s*[:：|]", re.I)
# A table column of facts about the row, not words of the strategy: who owns it, when, where it
# is tracked ("| Bet | Owner | Due |"). Not "From" / "To": a from-to table is strategy.
_FACT_COLUMN = re.compile(
    rf"^\W*(?:{_PEOPLE_KEYS}|dri|lead|team|squad|status|state|date|due|deadline|eta|quarter|"
    r"start date|end date|target date|last updated|tickets?|jira|epic|links?|tracking issue)"
    r"(?:\s*\(s\))?\W*$",
    re.I,
)
_META_LINE = re.compile(rf"^\W*(?:{_META_KEYS})(?:\s*\(s\))?\s*[:：|]\s*(?P<value>.*)$", re.I)
# A rule written under a word that is also a document key: "- Review: no in-app review prompts
# beyond the OS default", "Related: no related-products carousel this half".
_RULE_UNDER_A_KEY = re.compile(
    r"^\W*(?:review|related|classification)\s*[:：|]\s*(?:no|not|never|none\s+of)\b", re.I)
_NAME_LINK_WORDS = frozenset({"with", "and", "of", "the", "for", "from", "on", "by", "in", "at"})


def _names_only(value: str) -> bool:
    """Whether a value is a list of people and teams: most of its words capitalised ("Miriam
    Achterberg, with Legal (Hannah Okafor)", "Dr. Maria Lopez (Clinical), J. Chen"), not a
    sentence written under a role label ("every service has exactly one owning team")."""
    words = [w for w in re.findall(r"[^\W\d_][\w.'’-]*", value)
             if w.lower() not in _NAME_LINK_WORDS]
    return bool(words) and sum(w[0].isupper() for w in words) >= 0.6 * len(words)


_BY_LINE = re.compile(
    r"^\W*(?:maintained|owned|written|authored|prepared|edited|approved|reviewed|curated|"
    r"last updated|updated|published)\s+(?:by|on)\b",
    re.I,
)
_DATE_ONLY = re.compile(
    r"^\W*(?:\d{4}-\d{2}(?:-\d{2})?|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|[A-Z][a-z]+ \d{1,2},? \d{4}|"
    r"\d{1,2} [A-Z][a-z]+ \d{4}|[A-Z][a-z]+ \d{4})\W*$"
)
_PROMPT = re.compile(
    r"^\W*(?:tbd|tba|todo|n/?a|none( yet)?|to be (?:defined|determined|written|added)|"
    r"coming soon|\.\.\.|…)\W*$|^\s*[\[<{][^\]>}]*[\]>}]\s*[.:]?\s*$",
    re.I,
)


def is_metadata_line(line: str) -> bool:
    """Owner, author, status, date, From:/To: lines: about the document, not its strategy."""
    match = _META_LINE.match(line)
    if match and len(match.group("value").split()) <= 12 and not _RULE_UNDER_A_KEY.match(line):
        return True
    people = _PEOPLE_LINE.match(line)
    if people and len(line.split()) <= 40 and _names_only(line[people.end():]):
        return True
    if _BY_LINE.match(line) and len(line.split()) <= 10:
        return True
    return _DATE_ONLY.match(line) is not None


_DATED = re.compile(
    r"\b(?:version|rev(?:ision)?|v)\.?\s*\d+(?:\.\d+)+\b|\b\d{4}-\d{2}-\d{2}\b|"
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? (?:\d{1,2}, )?\d{4}\b",
    re.I,
)


def is_byline(text: str) -> bool:
    """A short dated or versioned line under a document's title ("Jane Roe (CEO), Version 1.2,
    January 2027"): who wrote it and when, not what the strategy says."""
    return len(text.split()) <= 20 and "\n" not in text.strip() and _DATED.search(text) is not None


def is_template_prompt(text: str) -> bool:
    """An unfilled template prompt: TBD, "[Describe the goal]", a lone question."""
    stripped = text.strip()
    if _PROMPT.match(stripped):
        return True
    return stripped.endswith("?") and "\n" not in stripped and len(stripped.split()) <= 20


def _has_prose_column(header: list[str], body: list[tuple[int, list[str]]],
                      keys: list[str]) -> bool:
    """Three columns or more, one of them no fact key whose cells run to five words or more on
    average (a key and its value, however long, stay facts)."""
    if len(header) < 3:
        return False
    for n, name in enumerate(header):
        if name in keys:
            continue
        cells = [cells[n] for _, cells in body if n < len(cells) and cells[n]]
        if cells and sum(len(c.split()) for c in cells) >= 5 * len(cells):
            return True
    return False


def is_fact_column(name: str) -> bool:
    """A table column that records facts about a row (owner, team, status, due date, ticket),
    whose cells are no words of the strategy."""
    return bool(_FACT_COLUMN.match(name))


def is_metadata_table(header: list[str], body: list[tuple[int, list[str]]]) -> bool:
    """A table of document facts (| Author | Status | Date |, or | Owner | Jane |): not one of
    three columns or more with a column of sentences beside the facts (| Team | Owner |
    Priority | Due |)."""
    keys = [h for h in header if h and _META_LINE.match(f"{h}: x")]
    if header and len(keys) * 2 >= len([h for h in header if h]) and not _has_prose_column(
            header, body, keys):
        return True
    firsts = [cells[0] for _, cells in body if cells and cells[0]]
    meta_firsts = [c for c in firsts if _META_LINE.match(f"{c}: x")]
    return len(header) == 2 and bool(firsts) and len(meta_firsts) * 2 >= len(firsts)


def metadata_from(content: str, markup: str, file: Path | str) -> dict[str, str]:
    """Front matter (YAML between `---`, TOML between `+++`) as flat text values."""
    from index.yaml_reading import compose, to_python

    if len(content.encode("utf-8")) > limits.MAX_FRONT_MATTER_BYTES:
        raise InputError(
            f"over a reading limit: front matter over {limits.MAX_FRONT_MATTER_BYTES:,} bytes",
            file=file,
        )
    if markup.startswith("+"):
        try:
            data: object = tomllib.loads(content)
        except tomllib.TOMLDecodeError as exc:
            raise InputError(f"invalid TOML front matter: {exc}", file=file) from None
    else:
        node = compose(content, file, what="YAML front matter")
        data = to_python(node, file) if node is not None else {}
    if not isinstance(data, dict):
        return {}
    return {str(k): _flat(v) for k, v in data.items() if v is not None and not isinstance(v, dict)}


def _flat(value: object) -> str:
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)
