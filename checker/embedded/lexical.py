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
# Words any plan of work says, ruled out or not: a non-goal's "We will not build or buy our own
# ..." rules out what follows them, not building, buying or owning (scoring.ruled_out_words).
GENERIC_WORK_WORDS = frozenset(
    """add build buy keep stay open make set test look run offer support launch change start stop
    create own new old year years month quarter half first next last current today now once
    anything everything something people team teams thing things way ways time""".split()  # noqa: SIM905 - a word list reads better as text
)
_stemmer = snowballstemmer.stemmer("english")


@lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    return str(_stemmer.stemWord(word))


def tokens(text: str) -> list[str]:
    """Lower-cased, stemmed content words; hyphen and underscore parts split out too."""
    return [token for word in word_tokens(text) for token in word]


def word_tokens(text: str) -> list[list[str]]:
    """`tokens`, grouped by the word they came from: "Self-insure claims" gives
    [["self-insur", "self", "insur"], ["claim"]]; a stopword gives an empty list."""
    out: list[list[str]] = []
    for raw in _WORD.findall(text.replace("_", " ").lower()):
        parts = [raw, *raw.split("-")] if "-" in raw else [raw]
        out.append([_stem(p) for p in parts if p and p not in STOPWORDS and len(p) > 1])
    return out


class LexicalIndex:
    """Okapi BM25 over a list of documents.

    The idf is Lucene's log(1 + (N - n + 0.5) / (n + 0.5)), which never drops to
    zero: with only a handful of key results, a word shared by half of them must
    still count for something.
    """

    def __init__(self, documents: list[str], k1: float = 1.2, b: float = 0.75) -> None:
        self.size = len(documents)
        self._k1 = k1
        counts = [Counter(tokens(d)) for d in documents]
        lengths = np.array([sum(c.values()) for c in counts], dtype=np.float32)
        average = float(lengths.mean()) if self.size else 1.0
        self._norm = k1 * (1 - b + b * lengths / max(average, 1e-9))
        # Postings (documents holding the word, and how often) keep a query's cost to its words.
        postings: dict[str, tuple[list[int], list[int]]] = {}
        for index, doc in enumerate(counts):
            for word, tf in doc.items():
                docs, tfs = postings.setdefault(word, ([], []))
                docs.append(index)
                tfs.append(tf)
        self._postings = {
            w: (np.array(d), np.array(t, dtype=np.float32)) for w, (d, t) in postings.items()
        }
        self._idf = {
            w: math.log(1 + (self.size - len(d) + 0.5) / (len(d) + 0.5))
            for w, (d, _) in postings.items()
        }

    def scores(self, query: str) -> np.ndarray:
        """BM25 score of each document for the query."""
        out = np.zeros(self.size, dtype=np.float32)
        for word in set(tokens(query)):
            posting = self._postings.get(word)
            if posting is None:
                continue
            docs, tf = posting
            out[docs] += self._idf[word] * tf * (self._k1 + 1) / (tf + self._norm[docs])
        return out
