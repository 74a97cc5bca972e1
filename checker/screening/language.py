"""Is a text English? The embedding model (all-MiniLM-L6-v2) was trained on English only, so
its scores for other languages are unreliable, and the checker should say so rather than
call such work misaligned with confidence.

The test counts the most frequent function words of English and of the other languages teams
commonly write in: a text is "not English" when those of one other language clearly
outnumber the English ones. Function words, not content words, so product vocabulary (often
English in any language) does not decide.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def _words(listing: str) -> frozenset[str]:
    return frozenset(listing.split())


ENGLISH = _words(
    "the a an and or of to in on for with is are be was it this that we our you they by from "
    "as at not no but can will should when so if into than then there their which who"
)
OTHERS: dict[str, frozenset[str]] = {
    "es": _words(
        "el la los las un una y o de del en con por para que es son se su sus al lo como más "
        "pero cuando sin sobre este esta ya también según"
    ),
    "de": _words(
        "der die das den dem des ein eine einen und oder zu im mit für ist sind nicht auf "
        "von bei wenn wir sie es auch nur nach über aus dass wird werden"
    ),
    "fr": _words(
        "le la les un une des et ou de du en avec pour que qui est sont ne pas sur dans au aux "
        "par ce cette nous vous ils mais quand sans plus"
    ),
    "pt": _words(
        "o os as um uma e ou de do da dos das em com por para que é são se não seu sua ao "
        "como mais mas quando sem sobre este esta também"
    ),
    "it": _words(
        "il lo la i gli le un una e o di del della in con per che è sono si non su al come "
        "più ma quando senza questo questa anche"
    ),
    "nl": _words(
        "de het een en of van in met voor is zijn niet op aan bij als wij we ze ook maar "
        "wanneer zonder dat wordt worden"
    ),
}
MIN_FOREIGN_WORDS = 3


def foreign_language(text: str) -> str | None:
    """The language code of a text clearly not in English, or None (English, or unsure)."""
    words = [w.lower() for w in _WORD.findall(text)]
    english = sum(w in ENGLISH for w in words)
    best, hits = None, 0
    for code, vocabulary in OTHERS.items():
        # Words both lists share ("a", "in", "de"...) say nothing either way.
        count = sum(w in vocabulary and w not in ENGLISH for w in words)
        if count > hits:
            best, hits = code, count
    if hits >= MIN_FOREIGN_WORDS and hits > 2 * english:
        return best
    return None
