"""Turn a parsed Markdown strategy document into passages that keep their heading path and kind.

A passage is a paragraph, a list item's own text, or a table cell / row (see index/markdown.py).
Its kind comes from the nearest label that names one side (index/labels.py): the table column it
sits in, a lead or label line ("Goals:", "**Non-goals:**", "We will not:"), the list item it is
nested in, then the headings, innermost first. A label naming both sides ("Goals and non-goals",
"Scope") decides nothing and the next one out is asked; such a section is reported as a warning.
A passage whose first sentence is a negative commitment ("We will not ...") is a `non_goal`, and
negative sentences inside a longer passage are also emitted as their own `non_goal`, because
strategies bury "we will not" inside a priority. Work handed to another owner ("owned by the
Platform team") is a border between teams, not a non-goal: it stays `context`.
Lines about the document (owner, dates, From:/To:), link-only lists, template prompts, code,
HTML comments, scripts and styles are not passages (the words other HTML wraps are: a Notion
callout is exported as `<aside>`; index/markdown.py).
"""

from __future__ import annotations

import re

from pydantic import BaseModel, Field

from index.asides import is_aside, is_pointer
from index.labels import (
    NON_GOAL_LABEL,
    is_byline,
    is_metadata_line,
    is_template_prompt,
    label_kind,
    wording,
)
from index.markdown import Block, ParsedDocument, parse_markdown
from index.models import Passage, PassageKind, ReadWarning, StrategyDocument

NEGATIVE_SENTENCE = wording(
    r"\bwe\s+(will not|won'?t|do not|don'?t|never|shall not|must not|are not going to)\b|"
    # (not a manner: "Not by tricking them into it.", "Not by how many features we ship.")
    r"^\W*(no|not(?!\s+by\b)|never)\s+\w|"
    # a clause that rules out handing something to others after a principle's name: "Player
    # data is the league's, not ours: no selling or sharing player contact details with
    # sponsors" (not what such a principle spares users, "Offline works: no loading spinners",
    # "Simple sign-up: no typing card numbers, wallets only": as non-goals, work that follows
    # them was called a conflict at 0.93-0.96)
    r"[:;—–]\s*(?:no|never)\s+(?:selling|reselling|sharing|renting|leasing|licensing|"
    r"disclosing|giving\s+away|passing\s+on|handing\s+over|transferring)\b|"
    r"\bwhere we don'?t play\b|\bnothing else\b|\bout of scope\b|\bwe said no\b|"
    # work set aside, said of it: "Native family apps are parked.", "Live location will not be
    # offered to families."
    r"\b(?:is|are|stays?|remains?)\s+(?:parked|shelved|ruled\s+out|off\s+the\s+table|"
    r"out\s+of\s+the\s+question|out\s*,\s*full\s+stop)\b|"
    r"\b(?:will|shall)\s+not\s+be\s+(?:offered|built|sold|supported|added|shipped|pursued|"
    r"revisited|reopened|launched|extended)\b|"
    # in prose: "It is not a goal to offer ...", "we are not building a web clipper"
    r"\bit(?:'s|\s+is)\s+not\s+(?:a|an|our)\s+(?:goal|aim|priority|objective)\b|"
    r"\bwe(?:'re|\s+are)\s+not\s+(?:building|doing|offering|pursuing|shipping|making|"
    r"investing\s+in|going\s+after|targeting|rewriting|re-?platforming|bidding|tendering)\b"
    # (not a problem stated, "We are not building fast enough", nor a condition, "We are not
    # rewriting it until ...")
    r"(?![^.;:!?]*\b(?:enough|fast|quickly|well|yet|as\s+\w+\s+as|until|unless|without)\b)"
)
# A negative that states a requirement or a promise to users, not work ruled out: "We will not
# launch without end-to-end encryption", "We will not rest until every note syncs", "We will not
# make lab managers email us to add a seat".
AFFIRMING = wording(
    # a launch or an effort held to a condition: "will not launch without", "won't rest until"
    r"\b(?:will not|won'?t|never|do not|don'?t|shall not|must not)\s+(?:launch|ship|release|"
    r"go\s+live|rest|stop|settle|sign\s+off|deploy|roll\s+out|open)\b[^.;!?]*?"
    r"\b(?:until|unless|without(?!\s+(?:exception|question|fail)))\b|"
    # a promise about the work named before: "Checkout ships in Q2. We won't delay it again."
    r"\b(?:will not|won'?t|never|do not|don'?t|shall not|must not)\s+(?:delay|slip|postpone|drop|"
    r"abandon|deprioriti[sz]e|give\s+up(?:\s+on)?|walk\s+away\s+from)\s+(?:it|them|this|that)\b|"
    # a burden users are spared: "will not make office managers call us to add a seat"
    r"\b(?:will not|won'?t|never|do not|don'?t|shall not|must not)\s+(?:make|force|require|ask|"
    r"expect)\s+(?:our\s+|the\s+|any\s+)?(?:[\w-]+\s+)?(?:users|customers|people|anyone|"
    r"admins|managers|members|teams|buyers|sellers|patients|clinicians|staff|employees|"
    r"researchers|developers|engineers|partners|clients|shoppers|students|teachers|drivers|"
    r"riders|operators|owners)\s+(?:to\s+\w|(?:e-?mail|call|wait|pay|sign|log|re-?enter|fill|"
    r"type|download|install|switch|contact|phone|visit|print|queue|chase)\b)"
)
# "Out of scope: X (owned by the Platform team)" draws a border between teams of the same
# workspace: the work is someone else's to do, not something the strategy rules out.
HANDOFF = re.compile(
    r"\b(?:owned|handled|covered|maintained|driven|led|run)\s+by\b|\bpurview of\b|"
    r"\bresponsibility of\b|\bbelongs? to\b|\(\s*see\s[^)]+\)|\bhandles (?:that|this|it)\b|"
    r"\bthat[’']?s\s+(?:the\s+)?(?:sig|team|group|squad)\b|"
    r"\(\s*(?:sig|team|group|squad)[\s-][^)]*\)",
    re.IGNORECASE,
)
# A short sentence whose object is a pronoun: "We do not re-implement it.", "We won't do that in
# 2027." (not "We don't support Windows either.", "We don't store PII in it.": they name theirs).
_PRONOUN_OBJECT = re.compile(
    r"^\W*(?:\S+\s+){1,5}?(?<!\bin\s)(?<!\bon\s)(?<!\bat\s)(?<!\bto\s)(?<!\bof\s)(?<!\bby\s)"
    r"(?<!\bfor\s)(?<!\bwith\s)(?<!\bfrom\s)(?<!\binto\s)(?<!\babout\s)"
    r"(?:it|them|this|that|these|those|one|any\s+of\s+(?:it|them))"
    r"(?:\s+(?:again|either|ourselves|here|now|anymore|any\s*more|for\s+now|"
    r"(?:in|before|until)\s+(?:\d{4}|Q[1-4]|H[12])|this\s+(?:year|quarter|half|cycle)|"
    r"next\s+(?:year|quarter|half|cycle)))?\W*$",
    re.I,
)
_COMMITMENT = re.compile(
    r"\b(?:will\s+not|won'?t|never|shall\s+not|must\s+not|are\s+not\s+going\s+to)\b", re.I
)
# (not after an abbreviation: "connectors for e.g. Salesforce", "Dr. Lopez")
_SENTENCE_END = re.compile(
    r"(?<=[.!?])(?<!\be\.g\.)(?<!\bi\.e\.)(?<!\betc\.)(?<!\bvs\.)(?<!\bDr\.)(?<!\bMr\.)"
    r"(?<!\bMs\.)(?<!\bSt\.)(?<!\bNo\.)\s+(?=[A-Z*\"'(])"
)
# Clauses of one sentence, and a clause that negates: what a priority's sentence rules out is
# cut at its clause ("We don't compete on price; we win on service").
_CLAUSE = re.compile(r"\s*(?:[;:—–]|\s-\s|,)\s*|\s+(?=(?:but|instead)\b)")
_NEGATED = re.compile(
    r"\b(?:no|not|never|nor|none|nothing|neither|won['’]?t|don['’]?t|doesn['’]?t|can['’]?t|"
    r"shan['’]?t|mustn['’]?t|aren['’]?t|isn['’]?t)\b|n['’]t\b|\bbecause\b|\bsince\b",
    re.I,
)
_WORD = re.compile(r"[^\W\d_]{2,}")
# (a table row and a quoted line count as items of a list: "| Paid Ads |", "> - Paid Ads")
_LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)]|\||>)")
# A page of rules kept as well as work ruled out: "Guardrails and non-goals", "Principles".
_KEPT_RULES = re.compile(
    r"\b(?:guardrails?|principles?|rules?|standards?|polic(?:y|ies)|commitments?)\b", re.I)
# A sentence that widens what a non-goal rules out: "That includes small pilots for existing
# customers."
_WIDENS = re.compile(r"^\W*(?:that|this|which)\s+(?:also\s+)?(?:includes?|covers?|means)\b", re.I)
# A paragraph that names what a non-goal allows: "Exception: ...", "Allowed: ...".
EXCEPTION_LEAD = re.compile(
    r"^\W*(?:the\s+)?(?:only\s+|one\s+)?(?:exceptions?|allowed|still\s+allowed|carve[- ]outs?)"
    r"\s*[:：]", re.I)
_MIN_WORDS = 6


class DocumentReading(BaseModel):
    """What was read from one document: passages, front-matter metadata and warnings."""

    passages: list[Passage]
    metadata: dict[str, str] = Field(default_factory=dict)
    warnings: list[ReadWarning] = Field(default_factory=list)


def chunk_document(doc: StrategyDocument) -> list[Passage]:
    """Passages of one document, in reading order; InputError past a reading limit."""
    return read_document(doc).passages


def read_document(doc: StrategyDocument) -> DocumentReading:
    """Passages, metadata and warnings of one document; InputError past a reading limit."""
    parsed = parse_markdown(doc.text, doc.name)
    passages: list[Passage] = []
    ambiguous: dict[str, int] = {}
    for position, block in enumerate(parsed.blocks):
        text = _strategy_text(block)
        if not text or (position == 0 and len(block.headings) <= 1 and is_byline(text)):
            continue
        kind, passed_over = block_kind(block)
        if kind == "non_goal" and _aside(text, _ends_document(doc, parsed, position)):
            continue
        ruling = _ruling_heading(block) if kind == "context" else None
        if (kind == "non_goal" or ruling) and EXCEPTION_LEAD.match(text):
            # "*Exception:* the NHS framework ... we keep running and fix" under a non-goal is
            # work the strategy keeps: context, on the side a proposal is matched with, never a
            # non-goal of its own (work on it was called a conflict with it)
            kind = "context"
        elif ruling:
            section = _section_of(doc.name, block)
            read = _under_ruling_heading(doc.name, block, text, ruling)
            # (the heading alone once per section, not again for each paragraph under it)
            if read[0].text != f"{ruling.rstrip('.')}." or not any(
                    p.section == section and p.kind == "non_goal" for p in passages):
                passages.extend(read)
            continue
        if passed_over:
            ambiguous.setdefault(passed_over, block.line)
        passages.extend(_passages_for(doc.name, block, text, kind))
    warnings = [
        ReadWarning(
            file=doc.name,
            line=line,
            message=f"'{label}' names both goals and non-goals; text under it without a "
            "'Goals:' / 'Non-goals:' label was read by the headings around it",
        )
        for label, line in ambiguous.items()
    ]
    return DocumentReading(
        passages=_merge_short(passages), metadata=parsed.metadata, warnings=warnings
    )


def _aside(text: str, last: bool) -> bool:
    """A pointer, lead-in or sign-off (asides.py) in which no sentence rules work out ("We
    will not build these in 2027:" is a non-goal that introduces a list)."""
    sentences = [" ".join(s.split()) for s in _SENTENCE_END.split(text.strip())]
    lines = [line for s in _SENTENCE_END.split(text.strip()) for line in s.split("\n")]
    if any(_rules_out(s) and not is_pointer(s) for s in [*sentences, *lines]):
        return False
    # (by lines for a sign-off's name under "Thanks,"; by sentences for a paragraph wrapped
    # mid-sentence: "The answer for\nthis strategy period is no.", but never a lead-in so
    # joined: "We are not responsible for code that runs on it, with\nthe exception of:")
    by_sentence = not any(s.endswith(":") for s in sentences) and is_aside(sentences, last)
    return is_aside(lines, last) or by_sentence


def _ends_document(doc: StrategyDocument, parsed: ParsedDocument, position: int) -> bool:
    """The block is the document's last and no list item: a name alone there signs it off
    ("Priya"); a list's last item ("- Hardware") is still a list item."""
    if position != len(parsed.blocks) - 1:
        return False
    lines = doc.text.splitlines()
    line = parsed.blocks[position].line
    first = lines[line - 1] if 0 < line <= len(lines) else ""
    return _LIST_ITEM.match(first) is None


def heading_kind(path: list[str]) -> PassageKind:
    """Classify a section by its heading path, innermost heading first.

    The document title counts only when it is the sole heading: a title such as
    "2027 Strategy" says nothing about a "Background" section below it.
    """
    return _governed_kind([], path, titled=True)[0]


def block_kind(block: Block) -> tuple[PassageKind, str | None]:
    """The kind a block's labels and headings give it, and a two-sided label passed over."""
    return _governed_kind(list(block.labels), list(block.headings), block.titled)


def _governed_kind(
    labels: list[str], headings: list[str], titled: bool
) -> tuple[PassageKind, str | None]:
    counted = headings[1:] if titled and len(headings) > 1 else headings
    passed_over: str | None = None
    for label in [*reversed(labels), *reversed(counted)]:
        kind = label_kind(label)
        if kind == "ambiguous":
            # Only a label that names non-goals too is worth a warning; "Context and scope" is not.
            if passed_over is None and NON_GOAL_LABEL.search(label):
                passed_over = label
        elif kind is not None:
            return kind, passed_over
    return "context", passed_over


def _ruling_heading(block: Block) -> str | None:
    """The block's own heading when it rules work out by itself under a page titled only as a
    list of non-goals ("# Not this half (H1 2027)" > "### 1. No new council contracts"); None
    elsewhere: under a page that also keeps rules ("# Guardrails and non-goals" > "### No
    resident left behind" is a goal said with "no"), under a positive sub-heading ("#### What we
    do instead"), under a title that names goals ("Acme strategy 2027")."""
    headings = list(block.headings)
    if not block.titled or len(headings) < 2 or label_kind(headings[0]) != "non_goal":
        return None
    if _KEPT_RULES.search(headings[0]):
        return None
    return headings[-1] if _rules_out(headings[-1]) else None


def _strategy_text(block: Block) -> str:
    """The block's text without lines about the document; empty when nothing strategic is left."""
    if block.links_only:
        return ""
    lines: list[str] = []
    for line in block.text.split("\n"):
        if not is_metadata_line(line) or _continues(lines[-1] if lines else "", line):
            lines.append(line)
    text = "\n".join(lines).strip()
    return "" if is_template_prompt(text) else text


def _continues(previous: str, line: str) -> bool:
    """Whether `line` carries on the sentence of the line before it: "... (private feeds for
    company intranets) is" + "owned by the Partnerships team, not by the product teams." is one
    sentence, not a byline ("Owned by Product") to leave out."""
    before = previous.rstrip()
    return bool(before) and not before.endswith((".", "!", "?", ":")) \
        and line.lstrip()[:1].islower()


def _section_of(source: str, block: Block) -> str:
    """Where a block stands: its file, headings and labels ("plan.md > Non-goals")."""
    return " > ".join([source, *block.headings, *block.labels])


# A question a FAQ answers with a refusal: "Will Wordmoss get Discord account linking like the
# other two? No. It would be a new feature ...", "Why not just put more money into UA? Because
# ..." (a blind organisation's all-hands FAQ was read as context supporting the very work it
# turned down, 2026-12-01). Not a "no" to stopping something ("Is Lanternfall going to be
# cancelled? Not in H1." keeps it), nor a question the team asks itself in a plan.
_REFUSAL = re.compile(r"^\W*(?:no|nope|not\s+(?:this|in|now|yet|before|until|for|any\s+time))\b",
                      re.I)
_WHY_NOT = re.compile(r"^\W*why\s+(?:not|don['’]?t\s+we|do\s+we\s+not|aren['’]?t\s+we|"
                      r"can['’]?t\s+we|won['’]?t\s+we)\b", re.I)
_STOPPING = re.compile(
    r"\b(?:cancel\w*|stop\w*|shut\w*|clos\w*|kill\w*|drop\w*|end(?:s|ed|ing)?|lose|losing|cut\w*|"
    r"lay(?:ing)?\s+off|sunset\w*|retir\w*|replac\w*|remov\w*|scrap\w*|sell\w*\s+off|go\s+away)\b",
    re.I,
)


def _refused_question(text: str) -> tuple[str, str] | None:
    """(the question and its refusal, the rest of the answer) when the passage answers a
    question with a no, else None."""
    sentences = _SENTENCE_END.split(text.strip())
    for i, sentence in enumerate(sentences[:2]):
        if not sentence.rstrip().endswith("?") or i + 1 >= len(sentences):
            continue
        refused = _WHY_NOT.match(sentence) or (i == 0 and _REFUSAL.match(sentences[1]))
        if refused and not _STOPPING.search(sentence):
            return " ".join(sentences[: i + 2]), " ".join(sentences[i + 2 :])
    return None


def _passages_for(source: str, block: Block, text: str, kind: PassageKind) -> list[Passage]:
    section = _section_of(source, block)
    refusal = _refused_question(text) if kind != "non_goal" else None
    if refusal is not None:
        # (the rest of the answer keeps its own sentences apart: "No new device surfaces. Now
        # Playing controls that come for free are fine." rules out only the first)
        asked, rest = refusal
        kept = _split_passages(source, section, block, rest, kind) if _WORD.search(rest) else []
        return [Passage(source=source, section=section, kind="non_goal", text=asked,
                        line=block.line), *kept]
    first = _SENTENCE_END.split(text)[0]
    if kind != "non_goal" and _rules_out(first) and not is_pointer(first):
        kind = "non_goal"
    if kind == "non_goal" and HANDOFF.search(text):
        kind = "context"
    if kind == "non_goal":
        return [Passage(source=source, section=section, kind=kind, text=text, line=block.line)]
    return _split_passages(source, section, block, text, kind)


def _split_passages(
    source: str, section: str, block: Block, text: str, kind: PassageKind
) -> list[Passage]:
    """The passage on its side, less the sentences that rule work out, which are non-goals of
    their own."""
    ruled_out = _negative_sentences(text)
    # What the passage wants stays on its side without what it rules out: "Circle stays free
    # and benefits-based. In 2026 we will not introduce a points currency ..." kept whole would
    # match a points-currency proposal as well as the non-goal does, and cancel it.
    kept = _without_ruled_out(text) if ruled_out else text
    passages = [Passage(source=source, section=section, kind=kind, text=kept, line=block.line)
                ] if _WORD.search(kept) else []
    return passages + [
        Passage(source=source, section=section, kind="non_goal", text=s, line=block.line)
        for s in ruled_out
    ]


def _under_ruling_heading(source: str, block: Block, text: str, heading: str) -> list[Passage]:
    """A paragraph under a heading that rules work out: the heading and the sentences that
    negate or widen it are the non-goal ("No new council contracts. We are not bidding for new
    municipal collection contracts this half.", "... That includes small pilots for existing
    customers."); a paragraph with none of them leaves the heading alone ("No native apps." over
    "The PWA covers 95% of sessions"). The other sentences say why or what came before ("Six
    eRCVs are on order for Brockworth" under "No further fleet electrification"): read as
    context they matched the very work ruled out and cancelled its conflict, so they are left
    out."""
    ruled = [s for s in _SENTENCE_END.split(text) if _NEGATED.search(s) or _WIDENS.search(s)]
    return [Passage(source=source, section=_section_of(source, block), kind="non_goal",
                    line=block.line, text=" ".join([f"{heading.rstrip('.')}.", *ruled]))]


def _without_ruled_out(text: str) -> str:
    """`text` less the clauses that rule work out: "We don't compete on price; we win on
    service" keeps "we win on service"; "Own the mid-market. We won't chase enterprise deals."
    keeps "Own the mid-market."; the sentence a pronoun commitment points back to stays ("Ship
    checkout in Q2. We won't delay it again." is a promise about it)."""
    kept: list[str] = []
    for sentence in _SENTENCE_END.split(text):
        if not _rules_out_in_a_passage(sentence):
            kept.append(sentence)
            continue
        clauses = [c for c in _CLAUSE.split(sentence) if c and not _NEGATED.search(c)]
        if clauses and not _PRONOUN_OBJECT.search(sentence):
            kept.append(", ".join(c.strip() for c in clauses))
    return " ".join(kept).strip()


def _negative_sentences(text: str) -> list[str]:
    """The sentences of a longer passage that rule work out, each a non-goal.

    One that names what it rules out only by a pronoun says nothing a proposal could match
    alone: a commitment ("We will not do that again.") carries the sentence before it; a
    present-tense one ("We have mobile numbers for most applicants who abandon. We don't use
    them.") is as often a fact about today as a rule, and the passage itself stays.
    """
    sentences = _SENTENCE_END.split(text)
    if len(sentences) < 2:
        return []
    found = []
    for i, s in enumerate(sentences):
        if not _rules_out_in_a_passage(s):
            continue
        if not _PRONOUN_OBJECT.search(s):
            found.append(s)
        elif i and _COMMITMENT.search(s) and sentences[i - 1] not in found:
            # (after a non-goal of its own, "We will not do that either." adds nothing)
            found.append(f"{sentences[i - 1]} {s}")
    return found


def ruled_out_part(text: str) -> tuple[str, str]:
    """What a non-goal passage rules out, and the rest of it: its sentences that rule work out,
    after a short lead that names the topic ("New cities. We operate in Lisbon and Porto. No
    pilots or soft launches elsewhere." gives "New cities. No pilots or soft launches
    elsewhere." and "We operate in Lisbon and Porto."; a sentence of fewer than four words rules
    out only as a lead); the whole text and "" when no sentence does by itself (a list item under a
    "Non-goals" heading: "Zone expansion beyond the current polygons")."""
    sentences = _SENTENCE_END.split(text)
    found = [s for s in sentences if _rules_out_in_a_passage(s)]
    if not found:
        return text, ""
    lead = sentences[0] if len(sentences[0].split()) < 5 and sentences[0] not in found else ""
    rest = [s for s in sentences if s not in found and s != lead]
    return " ".join([lead, *found]).strip(), " ".join(rest)


def _rules_out(sentence: str) -> bool:
    """A sentence that rules work out by itself, wherever it stands."""
    return bool(NEGATIVE_SENTENCE.search(sentence)) and not AFFIRMING.search(sentence)


def _rules_out_in_a_passage(sentence: str) -> bool:
    """A sentence inside a longer passage that rules work out: of four words or more, not work
    handed to another owner, not a pointer to the page that lists them ("The full list of
    things we're saying no to is on the what we won't do page.")."""
    return (_rules_out(sentence) and len(sentence.split()) >= 4 and not HANDOFF.search(sentence)
            and not is_pointer(sentence))


def _merge_short(passages: list[Passage]) -> list[Passage]:
    """Fold passages too short to judge on into the next one of the same section and kind.

    Non-goals are never folded: each rules work out by itself, and a conflict cites the one it
    rests on. Folded, a table's last "Not doing" cell and the list item written under the
    table ("Paid ads" + "white-label bikes") became one passage matching neither well.
    """
    merged: list[Passage] = []
    pending: Passage | None = None
    for passage in passages:
        if pending is not None:
            if pending.section == passage.section and pending.kind == passage.kind:
                passage = passage.model_copy(
                    update={"text": f"{pending.text}\n{passage.text}", "line": pending.line}
                )
            else:
                merged.append(pending)
            pending = None
        if len(passage.text.split()) < _MIN_WORDS and passage.kind != "non_goal":
            pending = passage
        else:
            merged.append(passage)
    if pending is not None:
        merged.append(pending)
    return merged
