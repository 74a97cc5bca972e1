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

from index.asides import is_aside, is_labelled_aside, is_pointer
from index.decision_fields import declined, refused_proposals, tagged_title
from index.faq import in_faq_layout, refused_question, without_refusal
from index.labels import (
    NON_GOAL_LABEL,
    is_byline,
    is_metadata_line,
    is_template_prompt,
    label_kind,
)
from index.markdown import Block, ParsedDocument, parse_markdown
from index.models import Passage, PassageKind, ReadWarning, StrategyDocument
from index.proposal_status import (
    Standing,
    StatusMap,
    answers_refusal,
    is_status_heading,
    proposed_part,
    says_instead,
    status_sections,
)
from index.rulings import (
    HANDOFF,
    NEGATED,
    SENTENCE_END,
    negative_sentences,
    rules_out,
    without_ruled_out,
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
    r"^\W*(?:the\s+)?(?:only\s+|one\s+)?(?:exceptions?|allowed|still\s+allowed|carve[- ]outs?|"
    # what the strategy does instead, under a non-goal: "**Instead:** make it fast and
    # predictable to connect other people's chargers (O2)."
    r"instead|what\s+we\s+do\s+instead|do\s+this\s+instead)"
    r"\W{0,3}[:：]", re.I)
# What a title calls the whole document, naming no side of it.
_DOCUMENT_WORDS = re.compile(r"\bstrateg\w*", re.I)
# A decision no longer in force: its heading or its text struck through ("### ~~D-006 · We won't
# build quarterly reporting~~"), marked superseded or withdrawn in its heading, or opening with
# it ("**Superseded by D-012.** Original reasoning: ..."). Read as a non-goal, it called the work
# its successor asks for a conflict (a blind tax-filing service's log, 2026-12-02).
_STRUCK = re.compile(r"^\W*~~.+~~\s*(?:\([^()]*\))?\W*$", re.S)
# (the decision's status, at the heading's start or end or set apart: "D-005 (superseded)",
# "Superseded: ...", not a word of its subject: "No support for retired devices", found by
# review)
_STATUS = (r"(?:superseded|withdrawn|rescinded|revoked|reversed|overturned|retired|no\s+longer\s+"
           r"(?:applies|in\s+force|valid))")
_WITHDRAWN = re.compile(
    r"^\W*" + _STATUS + r"\b|[(\[—–:·|]\s*" + _STATUS + r"\b|\b" + _STATUS + r"\W*$", re.I)
_WITHDRAWN_LEAD = re.compile(
    r"^\W*(?:(?:superseded|withdrawn|rescinded|revoked|overturned)\b|(?:replaced|reversed)\s+by\b)",
    re.I)
_MIN_WORDS = 6
# A sentence that says only what the organisation is: "We are a short-haul airport".
_IDENTITY = (
    r"^\W*we(?:\s+are|['’]re)\s+an?\s+(?:[\w-]+\s+){0,4}?(?:company|business|airport|operator|"
    r"provider|platform|network|shop|retailer|service)\W*$"
)
_IDENTITY_SENTENCE = re.compile(_IDENTITY, re.I)
# A sentence that says what is done instead, or what the organisation is: "that is where the
# effort goes", "We invest in the mobile website", "We integrate with those tools".
_INSTEAD = re.compile(
    r"\b(?:is|are)\s+where\s+(?:the\s+|our\s+)?(?:effort|money|time|focus|energy|work)\b|"
    r"\bwe(?:\s+will|['’]ll)?\s+(?:invest|focus|concentrate|double\s+down)\s+(?:in|on)\b|"
    r"\bwe\s+(?:build|work)\s+on\s+top\s+of\b|\bwe\s+integrate\s+with\b|"
    # ("instead" said of what we do: not "Paper tickets instead of the app.", the non-goal itself)
    r"\b(?:we|our)\b[^.;]*\binstead\b|\binstead\b[^.;]*\b(?:we|our)\b|" + _IDENTITY,
    re.I,
)


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
    sectioned = any(len(block.headings) > 1 for block in parsed.blocks)
    statuses = status_sections(parsed.blocks, parsed.metadata)
    for position, block in enumerate(parsed.blocks):
        passages.extend(_refused_titles(doc.name, block, statuses, first=position == 0))
        text = _strategy_text(block)
        if not text or (position == 0 and len(block.headings) <= 1 and is_byline(text)):
            continue
        place = statuses.standing(block) if statuses else None
        if place is not None:
            passages.extend(_under_status(doc.name, block, text, place, statuses))
            continue
        kind, passed_over = block_kind(block)
        if _withdrawn(block, text):
            # (history, whatever its sentences say: none of them rules anything out now)
            passages.append(Passage(source=doc.name, section=_section_of(doc.name, block),
                                    kind="context", text=text, line=block.line))
            continue
        if kind == "priority" and sectioned and _preamble(block):
            # ("Acme Retail runs 140 stores ..." under "# Acme Retail strategy, 2027": the title
            # names the document, its sections name the priorities; an introduction read as one
            # made work that only shares the domain's words aligned)
            kind = "context"
        labelled_aside = is_labelled_aside(text)
        if kind == "non_goal" and labelled_aside:
            kind = "context"
        if kind == "non_goal" and _aside(text, _ends_document(doc, parsed, position)):
            continue
        ruling = _ruling_heading(block) if kind == "context" else None
        if ruling and labelled_aside:
            text = ""  # (the heading rules; an aside under it is no sentence of that ruling)
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


def _refused_titles(
    source: str, block: Block, statuses: StatusMap, first: bool
) -> list[Passage]:
    """The name of each proposal refused by a status on this block's first line (or, before the
    first block, by the front matter), as a non-goal ("Native tablet app for the host stand.
    Declined.", index/proposal_status.py)."""
    return [Passage(source=source, section=" > ".join([source, *s.headings]), kind="non_goal",
                    text=declined(s.title), line=block.line)
            for s in statuses.carrying(block.line, first) if s.refused and s.title]


def _under_status(
    source: str, block: Block, text: str, place: Standing, statuses: StatusMap
) -> list[Passage]:
    """A block of a proposal under a status: what was refused is a non-goal, whatever its
    sentences say ("Build a native iPad app ..."), less a bare refusal and what is done instead;
    what surrounds it is context, its own refusals still non-goals; a proposal that no longer
    holds is history (context, whole). Under a "Status" heading the value is no passage; what
    follows it is context."""
    section = _section_of(source, block)
    if block.headings and is_status_heading(block.headings[-1]):
        carries = bool(statuses.carrying(block.line, first=False))
        rest = text.strip().partition("\n")[2].strip() if carries else text
        return _passages_for(source, block, rest, "context") if _WORD.search(rest) else []
    if place == Standing.HISTORY:
        return [Passage(source=source, section=section, kind="context", text=text,
                        line=block.line)]
    if place == Standing.PROPOSED:
        proposed, rest = proposed_part(text)
        passages = [Passage(source=source, section=section, kind="non_goal", text=proposed,
                            line=block.line)] if _WORD.search(proposed) else []
        return passages + (_passages_for(source, block, rest, "context")
                           if _WORD.search(rest) else [])
    # (not the answer to it, nor a paragraph that says what is done instead)
    answer = answers_refusal(block, text)
    return [p.model_copy(update={"about_refused": p.kind == "context" and not answer
                                 and not says_instead(p.text)})
            for p in _passages_for(source, block, text, "context")]


def _withdrawn(block: Block, text: str) -> bool:
    """The block states a decision no longer in force: its own text or a heading over it struck
    through, the innermost heading marked superseded or withdrawn ("D-006 (superseded)"), or
    its text opening with that ("Superseded by D-012.")."""
    inner = block.headings[-1] if block.headings else ""
    return bool(_STRUCK.match(text) or any(_STRUCK.match(h) for h in block.headings[1:])
                or _WITHDRAWN.search(inner) or _WITHDRAWN_LEAD.match(text))


def _preamble(block: Block) -> bool:
    """Text under the document's title alone, with no label of its own, where the title names
    only the document ("Acme Retail strategy, 2027"): its introduction. Under a
    title that names priorities ("Priorities for 2027") the text keeps that kind."""
    if not block.titled or len(block.headings) != 1 or block.labels:
        return False
    return label_kind(_DOCUMENT_WORDS.sub(" ", block.headings[0])) is None


def _aside(text: str, last: bool) -> bool:
    """A pointer, lead-in or sign-off (asides.py) in which no sentence rules work out ("We
    will not build these in 2027:" is a non-goal that introduces a list)."""
    split = SENTENCE_END.split(text.strip())
    sentences = [" ".join(s.split()) for s in split]
    lines = [line for s in split for line in s.split("\n")]
    if any(rules_out(s) and not is_pointer(s) for s in [*sentences, *lines]):
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
    return headings[-1] if rules_out(headings[-1]) else None


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


_BARE_DECISION = re.compile(r"^\W*(?:no|yes|y|n)\W*$", re.I)


def _section_of(source: str, block: Block) -> str:
    """Where a block stands: its file, headings and labels ("plan.md > Non-goals"); a decision
    column's bare "No" or "Yes" labels the row's kind but names no place ("... > Not this year",
    not "... > Not this year > No")."""
    labels = [label for label in block.labels if not _BARE_DECISION.match(label)]
    return " > ".join([source, *block.headings, *labels])


def _passages_for(source: str, block: Block, text: str, kind: PassageKind) -> list[Passage]:
    section = _section_of(source, block)
    faq = kind == "context" or (kind == "priority" and in_faq_layout(text))
    refused = _refused(block, text) if faq else None
    if refused is not None:
        # (the answer keeps its own side, sentence by sentence: "No new device surfaces. Now
        # Playing controls that come for free are fine." rules out only the first)
        asked, answer = refused
        kept = _split_passages(source, section, block, answer, kind) if _WORD.search(answer) else []
        return [Passage(source=source, section=section, kind="non_goal", text=asked,
                        line=block.line), *kept]
    if kind != "non_goal" and tagged_title(text.partition("\n")[0]) is not None:
        # (a declined entry's title line has no stop: its reason's "rules we do not hold" would
        # otherwise make the title and the reason one non-goal; a newcomer's log, 2026-12-02)
        # (its reasons are no priority, whatever the heading over the log: "Any spare NHS theatre
        # time goes to NHS patients" under a log's title, a blind eye hospital's)
        return _split_passages(source, section, block, text, "context")
    first = SENTENCE_END.split(text)[0]
    if kind != "non_goal" and rules_out(first) and not is_pointer(first):
        kind = "non_goal"
    if kind == "non_goal" and HANDOFF.search(text):
        kind = "context"
    if kind == "non_goal":
        return [Passage(source=source, section=section, kind=kind, text=_without_instead(text),
                        line=block.line)]
    return _split_passages(source, section, block, text, kind)


def _without_instead(text: str) -> str:
    """A non-goal without its sentences that say what the strategy does instead ("A native
    mobile app. The webshop is built to work well on phones; that is where the effort goes.",
    "We are a fast-charging and depot-charging company. We are not in the home charging
    business"): kept, they matched the very work the strategy wants (a blind ski resort's
    webshop items and an EV network's depot work were called conflicts, 2026-12-01). Cutting
    every sentence that does not negate lost more real conflicts than it saved (-2.5 conflict
    recall summed over 62 sets, docs/quality.md)."""
    sentences = SENTENCE_END.split(text)
    # (the first sentence names the non-goal and stays, unless it only says what we are)
    kept = [s for i, s in enumerate(sentences)
            if NEGATED.search(s) or not (_IDENTITY_SENTENCE.search(s) if i == 0
                                         else _INSTEAD.search(s))]
    return " ".join(kept) if kept and len(kept) < len(sentences) else text


def _refused(block: Block, text: str) -> tuple[str, str] | None:
    """(the question a FAQ answers with a refusal, the answer), or None (index/faq.py)."""
    sentences = SENTENCE_END.split(text.strip())
    heading = block.headings[-1] if block.headings else None
    asked = refused_question(sentences, heading)
    if asked is None:
        return None
    if asked == 0:
        return heading or "", without_refusal(text)
    question = " ".join(sentences[:asked])
    # (the refusal itself, "No." or "No, not this half.", is no work; what follows is the answer)
    answer = without_refusal(" ".join(sentences[asked:]))
    return question, answer


def _split_passages(
    source: str, section: str, block: Block, text: str, kind: PassageKind
) -> list[Passage]:
    """The passage on its side, less the sentences that rule work out, which are non-goals of
    their own."""
    refused, text = refused_proposals(text, block.headings[-1] if block.headings else None)
    ruled_out = refused + negative_sentences(text)
    # What the passage wants stays on its side without what it rules out: "Circle stays free
    # and benefits-based. In 2026 we will not introduce a points currency ..." kept whole would
    # match a points-currency proposal as well as the non-goal does, and cancel it.
    kept = without_ruled_out(text) if ruled_out else text
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
    ruled = [s for s in SENTENCE_END.split(text) if NEGATED.search(s) or _WIDENS.search(s)]
    return [Passage(source=source, section=_section_of(source, block), kind="non_goal",
                    line=block.line, text=" ".join([f"{heading.rstrip('.')}.", *ruled]))]


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
            if (pending.section, pending.kind, pending.about_refused) == (
                    passage.section, passage.kind, passage.about_refused):
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
