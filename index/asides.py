"""Asides: text that speaks of the document or to its reader, not of the strategy.

A memo's "What we are not doing" section ends as memos do: a pointer to the full list ("More
detail in *Priorities* and *Operating principles & non-goals*."), a lead-in to the list ("The
short version:"), words about the list ("These are not "bad ideas". ... If you think one should
change, bring it to the April check-in"), a sign-off ("Obrigada / gracias,", "— Maren"). Read by
their heading they were non-goals (in the 40 labelled sets of 2026-12-01, 20 of 689 non-goal
passages), shown as such in the strategy panel, offered to the LLM judge as things the strategy
rules out and matched against work. None of them rules anything out.
"""

from __future__ import annotations

import re

_THANKS = (r"(?:(?:many\s+)?thanks|thank\s+you|cheers|obrigad[oa]|gracias|merci|danke|grazie|"
           r"tack|kiitos|best|regards|kind\s+regards|best\s+regards|warmly|yours|"
           r"all\s+the\s+best)")
# A closing said as such: "Thanks,", "Thanks all!", "Thank you", "Cheers,", "Obrigada / gracias,"
# (not "Thanks to Stripe Connect, we do not hold client money", "Cheers-style loyalty stamps")
_CLOSING = re.compile(
    r"^\W*" + _THANKS + r"(?:\s*[/&]\s*" + _THANKS + r")*"
    r"(?:\s*[,!.]|\s+(?:all|everyone|team|again|folks)\b|\s*$)(?!\s*\w+\s+\w+\s+\w+\s+\w+)",
    re.I,
)
# A signature, the document's last block: "— Maren", "– Ines, CPO", "Priya" (one to three
# capitalised words, a role after a comma)
_SIGNATURE = re.compile(
    r"^\s*(?:[—–]\s*)?[^\W\d_a-z][\w.'’-]*(?:\s+[^\W\d_a-z][\w.'’-]*){0,2}"
    r"(?:,\s*[\w .&/-]{1,30})?\s*$"
)
# Where the rest is: "See principles & non-goals.", "See also: the team charter → ...", "More
# detail in Priorities ...", "The OKRs for the half are in `okrs.yaml`.", "The priorities page
# has the ranked list of bets." (not "See-through pricing", "Details pages for every SKU")
_POINTER = re.compile(
    r"^\W*see\s+also\b|^\W*(?:see\s|more\s+(?:detail|details|context)\s+(?:in|on|at|lives?)\s|details\s+"
    r"(?:in|on|at)\s|(?:the\s+)?full\s+list\s+(?:is|lives?|sits?|in|on|with)\s)[^:]*$|"
    r"\b(?:are|is|lives?|sits?|live)\s+(?:in|on)\s+(?:the\s+|our\s+)?(?:usual\s+place|"
    r"[`*_]*[\w-]+\.(?:md|ya?ml|docx?|pdf)[`*_]*)\W*$|"
    r"^\W*(?:the\s+)?[\w &/-]{1,40}\s+(?:page|doc|document|memo|wiki)\s+(?:has|holds|lists|"
    r"keeps)\s+the\s+(?:[\w-]+\s+){0,2}(?:list|details|rest|reasoning)\b[^;]*$",
    re.I,
)


# What the list is, said of the list, and a note to its reader on disputing it: "These are not
# "bad ideas".", "They are things we have decided not to spend people on until at least H2.",
# "If you think one should change, bring it to the April check-in with data." (not "These
# dashboards are read by the board": a noun after "these" names something else)
# ("If you're about to write a ticket ... for anything on this page, talk to your head of
# function first. Most of these are good ideas, just not for this half. Exceptions are spelled
# out where they apply. If it isn't listed as an exception, it isn't one.")
_ABOUT_THE_LIST = re.compile(
    r"^\W*(?:(?:(?:most|all|some|many|none)\s+of\s+)?(?:these|they|them)\s+(?:are|were|will\s+be|"
    r"stay|remain)\b|this\s+(?:list|page)\b|the\s+(?:items?|things|list)\s+(?:below|above|here)\b|"
    r"if\s+you(?:['’]re|\s+are)?\s+(?:think|disagree|believe|feel|want\s+to\s+(?:change|"
    r"challenge|revisit)|about\s+to|planning\s+to|thinking\s+(?:of|about))\b|"
    r"exceptions?\s+(?:are|is)\s+(?:spelled|spelt|written|called|set)\s+out\b|"
    r"if\s+it\s+(?:isn['’]t|is\s+not)\s+(?:listed|named|written)\b)",
    re.I,
)


def is_pointer(sentence: str) -> bool:
    """A sentence that says where the rest is ("See also: the charter → "Out of scope this
    half""): the words it quotes are a name, not work ruled out."""
    return _POINTER.search(sentence) is not None


def is_aside(sentences: list[str], last: bool = False) -> bool:
    """Whether every one of a block's sentences and lines (split by chunking) is a pointer
    elsewhere, a lead-in ending with a colon, a closing or, in the document's last block
    (`last`), a signature. The caller keeps a block any sentence of which rules work out by
    itself (chunking)."""
    said = [s.strip() for s in sentences if s.strip()]
    return bool(said) and all(_aside(s, last) for s in said)


def _aside(sentence: str, last: bool) -> bool:
    # (words about the list that go on to name things are a non-goal: "These stay out:
    # hardware.")
    about_the_list = _ABOUT_THE_LIST.search(sentence) and ":" not in sentence.rstrip(":")
    if (sentence.endswith(":") or _CLOSING.search(sentence) or _POINTER.search(sentence)
            or about_the_list):
        return True
    return last and _SIGNATURE.match(sentence) is not None
