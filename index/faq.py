"""Questions a strategy's FAQ answers with a refusal: the question names work ruled out.

"**Will Wordmoss get Discord account linking like the other two?** No. It would be a new
feature in a game we've agreed not to add features to." and "Why not just put more money into
UA? Because ..." (a blind organisation's all-hands FAQ, 2026-12-01) were read as context that
supported the very work they turn down. Only the question is the non-goal: the answer says why,
or what is done instead ("No. Every store becomes a fulfilment point"), which read as ruled out
turned the strategy's own work into conflicts (a review, 2026-12-01).

Under a heading that names goals only in a FAQ's layout (the question on a line of its own, or
after "Q:"): in a plan's prose, "Can we do all of it this year? No. We pick three bets" is the
plan talking to itself.
"""

from __future__ import annotations

import re

# An answer that refuses: "No.", "No, not this half.", "A: No", "Not in H1" (not "No one yet",
# "No problem", "No big bang: we ship it region by region")
_REFUSAL = re.compile(
    # (a bare "No", not "No more interstitials", a ruling of its own, nor "No one yet")
    r"^\W*(?:a\s*:\s*)?(?:no(?=\s*(?:[.,!;:—–-]|$))|nope\b|"
    r"not\s+(?:this|in|now|yet|before|until|for|any\s+time)\b)",
    re.I,
)
# A question that asks why something is not done ("Why not ...?", "Why aren't we ...?"),
# unless its answer says it is ("We are: it is our second priority")
_WHY_NOT = re.compile(r"^\W*(?:q\s*:\s*)?why\s+(?:not|don['’]?t\s+we|do\s+we\s+not|"
                      r"aren['’]?t\s+we|can['’]?t\s+we|won['’]?t\s+we)\b", re.I)
_DONE_AFTER_ALL = re.compile(r"^\W*(?:a\s*:\s*)?(?:we\s+(?:are|do|will|already)|yes)\b", re.I)
# A "no" that keeps something (to stopping, leaving, charging, a burden) or says nothing of work
# (who, when, whether it is too late, all of it at once)
_NOT_WORK_ASKED = re.compile(
    r"\b(?:cancel\w*|stop\w*|shut\w*|clos\w*|kill\w*|drop\w*|end(?:s|ed|ing)?|lose|losing|cut\w*|"
    r"lay(?:ing)?\s+off|sunset\w*|retir\w*|replac\w*|remov\w*|scrap\w*|sell\w*\s+off|go\s+away|"
    r"pull\w*\s+out|leav\w*|paus\w*|deprecat\w*|withdraw\w*|abandon\w*|exit\w*|giv\w*\s+up|"
    r"pay\w*\s+(?:extra|more)|charg\w*|cost\w*|have\s+to|need\s+to|must|required?|too\s+late|"
    r"going\s+up)\b|^\W*(?:q\s*:\s*)?(?:who|when|where)\b|\b(?:all|everything)\s+(?:of\s+)?"
    r"(?:it|this|that|them)?\b",
    re.I,
)


# The words that refuse, at an answer's start: "No.", "No, not this half.", "A: No,"
_REFUSAL_WORDS = re.compile(r"^\W*(?:a\s*:\s*)?(?:no|nope)(?=\s*(?:[.,!;:—–-]|$))[\s.,;:!—–-]*"
                            r"(?:not\s+(?:this|in|now|yet)\b[^.;!?]*[.;!?]\s*)?", re.I)
# A FAQ's layout: "Q: ..." or a question on a line of its own ("**Will X get Y?**\nNo. ...")
_QA_LAYOUT = re.compile(r"^\W*q\s*:|\?[*_]{0,2}[ \t]*\n", re.I)


def in_faq_layout(text: str) -> bool:
    """The passage is laid out as a FAQ's question and answer."""
    return _QA_LAYOUT.search(text) is not None


def refused_question(sentences: list[str], heading: str | None = None) -> int | None:
    """How many of a passage's leading `sentences` form a question answered with a refusal
    (the question, 1, or with a preceding sentence that names its subject, 2), else None. A
    question standing as the passage's `heading` counts as asked: 0 when its first sentence
    refuses ("### Will X get Y?" then "No. ...")."""
    if heading and heading.rstrip().endswith("?") and sentences and _answers_no(
            heading, sentences[0]):
        return 0
    for i, sentence in enumerate(sentences[:2]):
        if sentence.rstrip().endswith("?") and i + 1 < len(sentences) and _answers_no(
                sentence, sentences[i + 1], bare_no=i == 0):
            return i + 1
    return None


def without_refusal(answer: str) -> str:
    """The answer less its refusing words ("No.", "No, not this half.", "A: No,"): what it says
    of the work, if anything."""
    return _REFUSAL_WORDS.sub("", answer.strip(), count=1)


def _answers_no(question: str, answer: str, bare_no: bool = True) -> bool:
    """`answer` refuses what `question` asks for: a bare "No" (only to the passage's first
    sentence, `bare_no`), or a "Why not ...?" not answered "We are"."""
    refused = (bare_no and _REFUSAL.match(answer)) or (
        _WHY_NOT.match(question) and not _DONE_AFTER_ALL.match(answer))
    return bool(refused) and not _NOT_WORK_ASKED.search(question)
