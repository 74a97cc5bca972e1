"""Lexical matching: stemmed tokens and BM25 over a small corpus."""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np
import snowballstemmer
from rank_bm25 import BM25Okapi

_WORD = re.compile(r"[a-z0-9][a-z0-9'+-]*[a-z0-9+]|[a-z0-9]", re.IGNORECASE)
# Words that carry no topic: kept short on purpose so domain words always count.
STOPWORDS = frozenset(
    """a an and are as at be been but by can could do does for from has have how i if in
    into is it its it's let like make more most much need needs new no not of on one or our
    out should so some than that the their them then there these they this to up us use
    using via was we were what when where which while who will with would you your all any
    also each get gets just only other over same such very work""".split()
)
_stemmer = snowballstemmer.stemmer("english")


@lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    return str(_stemmer.stemWord(word))


def tokens(text: str) -> list[str]:
    """Lower-cased, stemmed content words; hyphen and underscore parts split out too."""
    out: list[str] = []
    for raw in _WORD.findall(text.replace("_", " ").lower()):
        parts = [raw, *raw.split("-")] if "-" in raw else [raw]
        out.extend(_stem(p) for p in parts if p and p not in STOPWORDS and len(p) > 1)
    return out


class LexicalIndex:
    """BM25 over a list of documents, scores normalised to [0, 1] per query."""

    def __init__(self, documents: list[str]) -> None:
        self._bm25 = BM25Okapi([tokens(d) or ["_"] for d in documents]) if documents else None
        self.size = len(documents)

    def scores(self, query: str) -> np.ndarray:
        """Raw BM25 score of each document for the query."""
        if self._bm25 is None:
            return np.zeros(0)
        words = tokens(query)
        if not words:
            return np.zeros(self.size)
        return np.asarray(self._bm25.get_scores(words), dtype=np.float32)
