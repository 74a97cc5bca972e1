"""Split Markdown strategy documents into passages that keep their heading path and kind.

A passage is a paragraph or a top-level list item. Each passage is classified:
`non_goal` when it sits under a heading such as "Non-goals" or states a negative
commitment ("We will not ..."), unless it hands the work to another owner ("owned
by the Platform team": a border between teams, not a no); `priority` under headings
that name priorities, principles or scope, `context` otherwise. Negative sentences
inside a priority paragraph are also emitted as their own `non_goal` passage,
because strategies often bury "we will not" inside a priority.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from index.models import Passage, PassageKind, StrategyDocument

_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_LIST_ITEM = re.compile(r"^(?:[-*+]|\d+[.)])\s+")
_FENCE = re.compile(r"^\s*(```|~~~)")

NON_GOAL_HEADING = re.compile(
    r"non[- ]?goals?|out[- ]of[- ]scope|not in scope|not doing|will not|won'?t do|"
    r"we don'?t|do not do|anti[- ]?goals?|said no|say no|stop doing|not pursue|exclusions?",
    re.IGNORECASE,
)
PRIORITY_HEADING = re.compile(
    r"priorit|objective|goals?\b|focus|bets?\b|pillars?|strateg|principles?|in scope|"
    r"\bscope\b|mission|vision|where we play|how we win|said yes|themes?|commitments?",
    re.IGNORECASE,
)
NEGATIVE_SENTENCE = re.compile(
    r"\bwe\s+(will not|won'?t|do not|don'?t|never|shall not|must not|are not going to)\b|"
    r"^\W*(no|not|never)\s+\w|"
    r"\bwhere we don'?t play\b|\bnothing else\b|\bout of scope\b|\bwe said no\b",
    re.IGNORECASE,
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
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z*\"'(])")
_MIN_WORDS = 6


@dataclass
class _Block:
    lines: list[str] = field(default_factory=list)
    start: int = 0

    @property
    def text(self) -> str:
        return "\n".join(self.lines).strip()


def chunk_document(doc: StrategyDocument) -> list[Passage]:
    """Passages of one document, in reading order."""
    passages: list[Passage] = []
    for path, block in _blocks(doc.text):
        passages.extend(_passages_for(doc.name, path, block))
    return _merge_short(passages)


def heading_kind(path: list[str]) -> PassageKind:
    """Classify a section by its heading path, innermost heading first.

    The document title counts only when it is the sole heading: a title such as
    "2027 Strategy" says nothing about a "Background" section below it.
    """
    headings = path[1:] if len(path) > 1 else path
    for heading in reversed(headings):
        if NON_GOAL_HEADING.search(heading):
            return "non_goal"
        if PRIORITY_HEADING.search(heading):
            return "priority"
    return "context"


def _blocks(text: str) -> list[tuple[list[str], _Block]]:
    """(heading path, block) pairs: paragraphs and top-level list items."""
    path: list[str] = []
    blocks: list[tuple[list[str], _Block]] = []
    current: _Block | None = None
    in_fence = False
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.rstrip()
        if _FENCE.match(line):
            in_fence = not in_fence
        heading = None if in_fence else _HEADING.match(line)
        starts_item = not in_fence and _LIST_ITEM.match(line) is not None
        if heading or not line.strip() or starts_item:
            current = None
        if heading:
            level = len(heading.group(1))
            path = [*path[: level - 1], _plain(heading.group(2))]
            continue
        if not line.strip():
            continue
        if current is None:
            current = _Block(start=number)
            blocks.append(([*path], current))
        current.lines.append(line)
    return blocks


def _passages_for(source: str, path: list[str], block: _Block) -> list[Passage]:
    text = _plain(block.text)
    if not text:
        return []
    section = " > ".join([source, *path])
    kind = heading_kind(path)
    if kind != "non_goal" and NEGATIVE_SENTENCE.search(_SENTENCE_END.split(text)[0]):
        kind = "non_goal"
    if kind == "non_goal" and HANDOFF.search(text):
        kind = "context"
    passages = [Passage(source=source, section=section, kind=kind, text=text, line=block.start)]
    if kind != "non_goal":
        passages += [
            Passage(source=source, section=section, kind="non_goal", text=s, line=block.start)
            for s in _negative_sentences(text)
        ]
    return passages


def _negative_sentences(text: str) -> list[str]:
    sentences = _SENTENCE_END.split(text)
    if len(sentences) < 2:
        return []
    return [
        s
        for s in sentences
        if NEGATIVE_SENTENCE.search(s) and len(s.split()) >= 4 and not HANDOFF.search(s)
    ]


def _merge_short(passages: list[Passage]) -> list[Passage]:
    """Fold passages too short to judge on into the next one of the same section and kind."""
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
        if len(passage.text.split()) < _MIN_WORDS:
            pending = passage
        else:
            merged.append(passage)
    if pending is not None:
        merged.append(pending)
    return merged


def _plain(text: str) -> str:
    """Markdown emphasis and list markers removed; the words kept."""
    text = re.sub(r"^\s*(?:[-*+]|\d+[.)])\s+", "", text, flags=re.MULTILINE)
    text = re.sub(r"(\*\*|__|\*|`)", "", text)
    text = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", text)
    return text.strip()
