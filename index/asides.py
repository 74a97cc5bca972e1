"""Asides: text that speaks of the document or to its reader, not of the strategy.

A memo's "What we are not doing" section ends as memos do: a pointer to the full list ("More
detail in *Priorities* and *Operating principles & non-goals*."), a lead-in to the list ("The
short version:"), a sign-off ("Obrigada / gracias,", "— Maren"). Read by their heading they
were non-goals (in the 40 labelled sets of 2026-12-01, 20 of 689 non-goal passages), shown as
such in the strategy panel, offered to the LLM judge as things the strategy rules out and
matched against work. None of them rules anything out.
"""

from __future__ import annotations

import re

_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z*\"'(`_])|\n+")
# "Thanks, ...", "Thank you all", "Cheers,", "Obrigada / gracias,", "Best,": a closing
_CLOSING = re.compile(
    r"^\W*(?:thanks|thank\s+you|many\s+thanks|cheers|obrigad[oa]|gracias|merci|danke|grazie|"
    r"tack|kiitos)\b|^\W*(?:best|regards|kind\s+regards|best\s+regards|warmly|yours|all\s+the\s+"
    r"best)\W*$",
    re.I,
)
# "— Maren", "– Ines, CPO": a signature after a dash
_SIGNATURE = re.compile(r"^\s*[—–]\s*[^\W\d_][\w.'’ ,()-]{0,40}$")
# A name alone, the last line of a document: "Priya", "Helen Marsh"
_NAME = re.compile(r"^\s*[^\W\d_a-z][^\W\d_]*(?:\s+[^\W\d_a-z][^\W\d_]*){0,2}\s*$")
# Where the rest is: "See principles & non-goals.", "More detail in Priorities ...", "The OKRs
# for the half are in `okrs.yaml`.", "The priorities page has the ranked list of bets."
_POINTER = re.compile(
    r"^\W*(?:see|more\s+(?:detail|details|context)|details|the\s+full\s+list|full\s+list)\b"
    r"[^:]*$|"
    r"\b(?:are|is|lives?|sits?|live)\s+(?:in|on)\s+(?:the\s+|our\s+)?(?:usual\s+place|"
    r"[`*_]*[\w-]+\.(?:md|ya?ml|docx?|pdf)[`*_]*|[`*_]*[\w &/-]{1,40}[`*_]*\s+(?:page|doc|"
    r"document|wiki|folder))\W*$|"
    r"^\W*(?:the\s+)?[\w &/-]{1,40}\s+(?:page|doc|document|memo|wiki)\s+(?:has|holds|lists|"
    r"keeps)\b",
    re.I,
)


def is_aside(text: str, last: bool = False) -> bool:
    """Whether every sentence of `text` (one block) is a pointer elsewhere, a lead-in ending
    with a colon, a closing or a signature; `last`: the block ends its document, where a name
    alone is a signature."""
    sentences = [s.strip() for s in _SENTENCE.split(text.strip()) if s.strip()]
    return bool(sentences) and all(_aside(s, last) for s in sentences)


def _aside(sentence: str, last: bool) -> bool:
    if sentence.endswith(":"):
        return True
    if _CLOSING.search(sentence) or _POINTER.search(sentence):
        return True
    if _SIGNATURE.match(sentence):
        return True
    return last and _NAME.match(sentence) is not None
