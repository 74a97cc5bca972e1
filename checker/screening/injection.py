"""Find and set aside text that tries to instruct the checker instead of describing work.

Proposal text is data. Hidden comments, bracketed "bot instructions" and
paragraphs that address an AI reviewer are removed before scoring, and the
result is flagged `injection_suspected`, so the attempt can never move the verdict.
"""

from __future__ import annotations

import re

from pydantic import BaseModel

_HTML_COMMENT = re.compile(r"<!--.*?(?:-->|$)", re.S)
_BRACKET_BLOCK = re.compile(
    r"\[([\w -]{0,30}(?:instructions?|bot|system|prompt|note|ai)[\w -]{0,30})\].*?(?:\[/\1\]|$)",
    re.S | re.I,
)
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n|\n-{3,}\n")
_CUES = re.compile(
    r"\b(ignore|disregard|forget|override)\s+(?:all|any|your|the|my|previous|prior|above|"
    r"preceding|earlier)\b[^.\n]{0,40}?\b(instructions?|rules?|polic(?:y|ies)|non-goals?|"
    r"guidelines?|prompts?)\b|"
    r"\byou are now\b|\b(approval|admin|developer|god) mode\b|"
    r"\b(respond|output|answer|reply|return)\w*\s+(?:with\s+)?(?:the\s+)?verdict\b|"
    r"\bverdict\s*[=:]\s*\W?(aligned|misaligned)|\bmust be (marked|scored|treated)\b|"
    r"\b(mark|marked|classify|classified|label|score|scored)\s+(it|this|this item|this ticket)?"
    r"\s*(as\s+)?(aligned|approved|high priority)\b|"
    r"\bpre-?approved\b|\bsystem (notice|prompt|message|override)\b|"
    r"\breviewer[- ]bot\b|\bdo not (flag|mention|report)\b|\bprevious instructions\b",
    re.I,
)
# Addressing an AI is only suspicious together with talk of verdicts or approval.
_ADDRESSES_AI = re.compile(
    r"\b(ai|llm|gpt|automated|bot)[\s/-]+(reviewers?|assistants?|triage|graders?)\b", re.I
)
_VERDICT_TALK = re.compile(r"\b(aligned|verdict|approved?|conflict|priority|score it)\b", re.I)


def _is_instruction(segment: str) -> bool:
    if _CUES.search(segment):
        return True
    return bool(_ADDRESSES_AI.search(segment) and _VERDICT_TALK.search(segment))


class Screened(BaseModel):
    """Proposal text with instruction-like segments removed."""

    text: str
    suspected: bool
    removed: list[str]


def screen(text: str) -> Screened:
    """Remove segments that address the reviewer rather than describe the work."""
    removed: list[str] = []

    def drop(match: re.Match[str]) -> str:
        if _is_instruction(match.group(0)):
            removed.append(match.group(0).strip())
            return " "
        return match.group(0)

    text = _HTML_COMMENT.sub(drop, text)
    text = _BRACKET_BLOCK.sub(drop, text)
    kept: list[str] = []
    for paragraph in _PARAGRAPH_BREAK.split(text):
        if _is_instruction(paragraph):
            removed.append(paragraph.strip())
        else:
            kept.append(paragraph)
    return Screened(text="\n\n".join(kept).strip(), suspected=bool(removed), removed=removed)
