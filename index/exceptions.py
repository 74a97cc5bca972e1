"""What a non-goal spares: the exception a strategy writes beside what it rules out.

"We are not opening new routes this year. ... The only exception is Quellón–Melinka, which we
committed to under the MTT contract" spares Quellón–Melinka; "No new delivery zones, except
Utrecht-Noord" spares Utrecht-Noord; "Trips, uniform, clubs or any other non-food payments
(breakfast/snack excepted)" spares breakfast and snacks; "the summer Castro–Mechuque excursion
is the only exception" spares the excursion; "Exceptions: government and emergency charters
(...)" spares those charters. Work that names what is spared, and not what is ruled out, is not
against that non-goal (checker/embedded/scoring.py). Only words that name the exception are
taken, up to the first comma, colon, bracket or relative clause ("which we committed to under
the MTT contract" is why, not what); a condition or a statement about exceptions is no name
("except where accessibility law requires it", "other than the ones customers already pay for",
"Exceptions are decided by the CEO", "exception handling" in code). What is ruled out is read as
the words a negation governs ("No paid advertising", "We are not opening new routes").
"""

from __future__ import annotations

import re

# Where a named exception stops: a comma, semicolon, colon, bracket, full stop, dash or a
# relative clause ("Quellón–Melinka, which ...", "the allergen matrix: it is a safety surface").
_STOP = r"(?=[,;:(.!?\n—]|\s-\s|\s(?:which|that|because|as|since|who|where|and\s+it|it)\b|$)"
_NAMED_AFTER = re.compile(
    # "except Utrecht-Noord", "other than Xero and QuickBooks", "apart from the kiosk",
    # "the only exception is X", "One exception: X", "Exceptions: X" (not "Exceptions are rare")
    r"\b(?:except(?:\s+for)?|other\s+than|apart\s+from|save\s+for|"
    r"(?:the\s+)?(?:only\s+|one\s+)?exception\s+(?:is|being)|(?:the\s+)?(?:only\s+|one\s+)?"
    # (a paragraph read with the non-goal above it: "Allowed: tactical rebalancing, meaning ...")
    r"(?:exceptions?|allowed|still\s+allowed|carve[- ]outs?)\s*:)\s+"
    r"(?P<named>[^,;:(.!?\n—]{2,80}?)" + _STOP,
    re.I,
)
_NAMED_BEFORE = re.compile(
    # "the summer Castro–Mechuque excursion is the only exception", "(breakfast/snack excepted)"
    r"(?:^|[.;:,(]\s*|\n)(?P<named>[^.;:,()\n]{2,80}?)\s+is\s+(?:the\s+)?(?:only\s+|one\s+)?"
    r"exception\b(?!\s+(?:to|that|when|if)\b)|\((?P<excepted>[^()]{2,60}?)\s+excepted\)",
    re.I,
)
# A name is no condition, pointer or pronoun: "where accessibility law requires it", "as noted
# in the appendix", "when a terminal breaks", "during the January peak", "the ones customers
# already pay for", "none this half", "decided by the CEO".
_NOT_A_NAME = re.compile(
    r"(?:where|when|whenever|if|as|that|which|during|in\s+(?:the\s+)?case|under|while|until|"
    r"the\s+ones?|ones?|those|these|this|that|there|it|none|nothing|here|rare|decided|logged|"
    r"approved|granted|noted|made|handled|listed|possible)\b",
    re.I,
)
# Where an exception clause starts: "except", "other than", "apart from", "the only exception
# is", "One exception:", "... is the only exception." (not "exception handling").
_KEYWORD = re.compile(
    r"\b(?:except(?:\s+for)?|other\s+than|apart\s+from|save\s+for)\b|"
    r"\b(?:(?:the|one|only)\s+)*exceptions?(?=\s*(?::|is\b|being\b|[.!?;]|$))|"
    r"\b(?:still\s+)?allowed(?=\s*:)|\bcarve[- ]outs?(?=\s*:)",
    re.I,
)
_NAMED_FIRST = re.compile(r"\bis\s+(?:the\s+)?(?:only\s+|one\s+)?$", re.I)
_EXCEPTED = re.compile(r"\([^()]{0,80}\bexcepted\)", re.I)
_SENTENCES = re.compile(r"([.!?]+)")
# What a negation governs: "No paid advertising", "We are not opening new routes", "will not
# build a native app", "Nor are we spending ... on a new visual identity" (the first words).
_NEGATED = re.compile(
    r"\b(?:no|not|never|nor|won't|don't|aren't|isn't)\b(?:\s+(?:be|are|we|to|a|an|the|any|more|"
    # (a table's heading before its cell: "We are not…: Building video podcasts — ...")
    r"longer))*(?:\s*(?:…|\.\.\.)\s*:)?\s+(?P<object>[\w'’/-]+(?:(?:\s*,\s*|\s+)[\w'’/-]+)"
    r"{0,11}?)"
    r"(?=\s*,?\s*(?:[.;:(!?\n—–]|\s-\s|$)|\s+(?:on|at|in|for|to|from|with|beyond|outside|this|"
    r"that|until|unless|but|except)\b)",
    re.I,
)


# The rest of an "Exceptions:" list after its first name: "Exceptions: App Store / Play policy
# and tax compliance; fixes for failed payments." (a table's Exceptions column).
_LISTED_AFTER = re.compile(
    # (not after "none": "Exceptions: none; the fleet plan is fixed for 2027")
    r"\bexceptions?\s*:\s*+(?!none\b|n/?a\b|—|-\s)[^;.!?\n]{2,120}"
    r"(?P<rest>(?:;[^;.!?\n]{2,120}){1,5})", re.I)


def spared_names(text: str) -> list[str]:
    """What a non-goal passage spares, as named in it ([] when it spares nothing): "The only
    exception is Quellón–Melinka, which ..." gives ["Quellón–Melinka"]; "Exceptions: X; Y."
    gives both; "The one exception: a subscriber who ... may buy out the bike they ride" gives
    ["buy out the bike they ride"]."""
    named = [_allowed_action(text, m) or m.group("named") for m in _NAMED_AFTER.finditer(text)]
    for m in _LISTED_AFTER.finditer(text):
        for item in m.group("rest").split(";")[1:]:
            # (the table's next column ends the list: "; Why: Subs are flat", "; Owner: Ops")
            if re.match(r"\s*[^\W\d_][\w /&-]{0,24}:", item):
                break
            named.append(re.split(r"[,:(—]", item, maxsplit=1)[0])
    for m in _NAMED_BEFORE.finditer(text):
        named.append(m.group("named") or m.group("excepted"))
    return [n.strip() for n in named if n and n.strip() and not _NOT_A_NAME.match(n.strip())]


# Who may do what, after the exception's word: "The one exception: a subscriber who has been
# with us for 12 months or more may buy out the bike they ride" spares buying out the bike, not
# "a subscriber" (the name read up to the relative clause).
_ALLOWED_ACTION = re.compile(
    r"\s+(?:who|that|which)\b[^.;:!?\n]{0,100}?\b(?:may|can|could)\s+(?:still\s+)?"
    r"(?P<action>[^,;:(.!?\n—]{2,80}?)" + _STOP,
    re.I,
)


def _allowed_action(text: str, named: re.Match[str]) -> str | None:
    """What the one an exception names may do, when a relative clause says it right after the
    name; None otherwise."""
    found = _ALLOWED_ACTION.match(text, named.end("named"))
    return found.group("action") if found else None


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


def ruled_out_words(text: str) -> str:
    """The words each negation of a non-goal governs, exceptions left out, joined: "No paid
    advertising on buses" gives "paid advertising", "No weddings, events, film shoots or
    corporate trips." all of those; a passage with no negation (a list item under a "Not
    doing" heading) all its words but the exceptions."""
    ruled = without_exceptions(text)
    objects = [m.group("object") for m in _NEGATED.finditer(ruled)]
    return " ".join(objects) if objects else ruled


# The parts of a name: "breakfast clubs and after-school snacks" is two.
_PARTS = re.compile(r"\s*(?:,|/|&|\band\b|\bor\b)\s*", re.I)


def name_parts(name: str) -> list[str]:
    """The things a spared name lists ("breakfast/snack" gives ["breakfast", "snack"])."""
    return [part for part in _PARTS.split(name) if part.strip()]
