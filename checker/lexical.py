"""Lexical matching: stemmed tokens and BM25 over a small corpus."""

from __future__ import annotations

import math
import re
from collections import Counter
from functools import lru_cache

import numpy as np
import snowballstemmer

_WORD = re.compile(r"[a-z0-9][a-z0-9'+-]*[a-z0-9+]|[a-z0-9]", re.IGNORECASE)
# Words that carry no topic: kept short on purpose so domain words always count.
STOPWORDS = frozenset(
    """a an and are as at be been but by can could do does for from has have how i if in
    into is it its it's let like make more most much need needs new no not of on one or
    our out should so some than that the their them then there these they this to up us
    use using via was we were what when where which while who will with would you your
    all any also each get gets just only other over same such very work""".split()  # noqa: SIM905 - a word list reads better as text
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
    """Okapi BM25 over a list of documents.

    The idf is Lucene's log(1 + (N - n + 0.5) / (n + 0.5)), which never drops to
    zero: with only a handful of key results, a word shared by half of them must
    still count for something.
    """

    def __init__(self, documents: list[str], k1: float = 1.2, b: float = 0.75) -> None:
        self.size = len(documents)
        self._k1, self._b = k1, b
        self._docs = [Counter(tokens(d)) for d in documents]
        self._lengths = np.array([sum(d.values()) for d in self._docs], dtype=np.float32)
        self._avg = float(self._lengths.mean()) if self.size else 0.0
        frequency: Counter[str] = Counter()
        for doc in self._docs:
            frequency.update(doc.keys())
        self._idf = {
            w: math.log(1 + (self.size - n + 0.5) / (n + 0.5)) for w, n in frequency.items()
        }

    def scores(self, query: str) -> np.ndarray:
        """BM25 score of each document for the query."""
        out = np.zeros(self.size, dtype=np.float32)
        if not self.size:
            return out
        norm = self._k1 * (1 - self._b + self._b * self._lengths / max(self._avg, 1e-9))
        for word in set(tokens(query)):
            idf = self._idf.get(word)
            if idf is None:
                continue
            tf = np.array([d.get(word, 0) for d in self._docs], dtype=np.float32)
            out += idf * tf * (self._k1 + 1) / (tf + norm)
        return out
