"""What a non-goal spares: the exception a strategy writes beside what it rules out.

"We are not opening new routes this year. ... The only exception is Quellón–Melinka, which we
committed to under the MTT contract" spares Quellón–Melinka; "No new delivery zones, except
Utrecht-Noord" spares Utrecht-Noord; "Trips, uniform, clubs or any other non-food payments
(breakfast/snack excepted)" spares breakfast and snacks; "the summer Castro–Mechuque excursion
is the only exception" spares the excursion; "Exceptions: government and emergency charters
(...)" spares those charters. Work that names what is spared is not against that non-goal
(checker/embedded/scoring.py). Only the words that name the exception are taken, up to the
first comma, colon, bracket or relative clause ("which we committed to under the MTT
contract" is why, not what).
"""

from __future__ import annotations

import re

# Where a named exception stops: a comma, semicolon, colon, bracket, full stop, dash or a
# relative clause ("Quellón–Melinka, which ...", "the allergen matrix: it is a safety surface").
_STOP = r"(?=[,;:(.!?\n—]|\s-\s|\s(?:which|that|because|as|since|who|where|and\s+it|it)\b|$)"
_NAMED_AFTER = re.compile(
    # "except Utrecht-Noord", "other than Xero and QuickBooks", "apart from the kiosk",
    # "the only exception is X", "One exception: X", "Exceptions: X"
    r"\b(?:except(?:\s+for)?|other\s+than|apart\s+from|save\s+for|"
    r"(?:the\s+)?(?:only\s+|one\s+)?exceptions?\s*(?:is|are|:|being))\s+"
    r"(?P<named>[^,;:(.!?\n—]{2,80}?)" + _STOP,
    re.I,
)
_NAMED_BEFORE = re.compile(
    # "the summer Castro–Mechuque excursion is the only exception", "(breakfast/snack excepted)"
    r"(?:^|[.;:,(]\s*|\n)(?P<named>[^.;:,()\n]{2,80}?)\s+(?:is|are)\s+(?:the\s+)?(?:only\s+|one\s+)?"
    r"exceptions?\b|\((?P<excepted>[^()]{2,60}?)\s+excepted\)",
    re.I,
)

_PRONOUN = re.compile(r"(?:there|this|that|it|which|here|one|the\s+one)?", re.I)


def spared_names(text: str) -> list[str]:
    """What a non-goal passage spares, as named in it ([] when it spares nothing): "The only
    exception is Quellón–Melinka, which ..." gives ["Quellón–Melinka"]."""
    named = [m.group("named") for m in _NAMED_AFTER.finditer(text)]
    for m in _NAMED_BEFORE.finditer(text):
        named.append(m.group("named") or m.group("excepted"))
    return [n.strip() for n in named if n and not _PRONOUN.fullmatch(n.strip())]


# Where an exception clause starts ("except", "other than", "exception"), and a thing excepted
# in brackets ("(breakfast/snack excepted)").
_KEYWORD = re.compile(
    r"\b(?:except(?:\s+for)?|other\s+than|apart\s+from|save\s+for|exceptions?)\b", re.I)
_NAMED_FIRST = re.compile(r"\b(?:is|are)\s+(?:the\s+)?(?:only\s+|one\s+)?$", re.I)
_EXCEPTED = re.compile(r"\([^()]{0,80}\bexcepted\)", re.I)
_SENTENCES = re.compile(r"([.!?]+)")


def without_exceptions(text: str) -> str:
    """`text` less its exception clauses, each to the end of its sentence: what the non-goal
    rules out, without the words of what it spares ("For H1 the answer is no, with one
    exception: breakfast clubs ..." gives "For H1 the answer is no, with one"; "...; the summer
    excursion is the only exception." drops from the semicolon). Linear in the text's length:
    each sentence is searched once."""
    kept = []
    for piece in _SENTENCES.split(_EXCEPTED.sub(" ", text)):
        found = _KEYWORD.search(piece)
        if found is None:
            kept.append(piece)
            continue
        cut = found.start()
        if _NAMED_FIRST.search(piece[max(0, cut - 30) : cut]):
            cut = piece.rfind(";", 0, cut) + 1
        kept.append(piece[:cut])
    return "".join(kept)
