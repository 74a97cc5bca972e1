"""The effort a user spends, counted and lowered, as the metric rule (rule.py) reads it: "Booking
flow: 7 taps → 3", "checkout from 5 steps to 2". Moved from counts.py (thirtieth session,
unchanged).
"""

from __future__ import annotations

import re

from checker.embedded.metric.patterns import LazyPattern

# The effort a user spends, counted and lowered: "Booking flow: 7 taps → 3", "checkout from 5
# steps to 2" (`effort_lowered` checks that the count falls and that no cap or
# default stands before it, EFFORT_SETTING). The lower count ends the phrase, or its unit or a
# preposition follows: not things sent or split ("Send the 12 forms to 3 regional offices",
# "Split the 10 questions to 2 pages").
_EFFORT = (r"(?:taps|clicks|steps|screens|fields|questions|hops|hand-?offs|touches|"
           r"touchpoints|pages|keystrokes)")
# (after the lower count: the end, a preposition, or the same unit again)
_EFFORT_END = (r"(?![\w%]|[.,]\d)(?=[ \t]*(?:$|\n|[.,;:!?()\-–—]|\s(?:for|per|in|on|with|when|"
               r"without|and|so|by)\b|\s(?P={unit})\b))")
EFFORT_LOWERED = LazyPattern(
    r"(?<![\w.,])(?P<before>\d+)\s+(?P<unit>" + _EFFORT + r")\s*(?:→|->|=>|⇒|to|down\s+to)"
    r"\s*(?P<after>\d+)" + _EFFORT_END.format(unit="unit") + r"|"
    r"\bfrom\s+(?P<before2>\d+)\s+(?P<unit2>" + _EFFORT + r")\s+(?:down\s+)?to\s+"
    r"(?P<after2>\d+)" + _EFFORT_END.format(unit="unit2"),
    re.I,
)
# A cap, a default or a size before the count: a setting ("Survey builder: max 20 questions
# -> 10", "Default page size: 50 pages → 20", "Lower the PDF export cap from 500 pages to 100").
EFFORT_SETTING = LazyPattern(
    r"\b(?:caps?|max|maximum|min|minimum|limits?|default|size|up\s+to|at\s+most|allow\w*)\b"
    r"[^.;!?\n]*$",
    re.I,
)


def effort_lowered(text: str) -> bool:
    """A user's effort counted and lowered ("7 taps → 3", "from 5 steps to 2"): the later count
    below the earlier, with no cap, default or size named in the 40 characters before it."""
    for m in EFFORT_LOWERED.finditer(text):
        before = m.group("before") or m.group("before2")
        if int(m.group("after") or m.group("after2")) < int(before) and not (
                EFFORT_SETTING.search(text[max(0, m.start() - 40) : m.start()])):
            return True
    return False
