"""Does a text name one of the workspace's key-result metrics, as the OKR file spells it or in
its own word order?

A metric field (`median_draft_to_publish_days`, okrs.yaml's `metric`) is named when the text
writes it out ("median draft to publish days", "median-draft-to-publish-days") or when all its
words that carry meaning stand close together in one sentence ("our 11-day median
draft-to-publish", "the median 9.5 minutes from search to booking"): naming the metric the key
result measures is naming the outcome (the rule in rule.py, case 1). Units of time, money and
percent and period suffixes may be left out ("median draft-to-publish time"); a name of one
meaningful word ("costs", "nps") is not read this way, since ordinary work names it too ("show
shipping costs").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from checker.embedded.metric.patterns import LazyPattern
from checker.embedded.metric.words import PRICE, THING

# Words of a metric name that carry no meaning of their own ("share_of_orders", "calls_per_1k").
_GLUE = frozenset({
    "a", "an", "and", "at", "by", "for", "from", "in", "of", "on", "per", "the", "to", "vs",
    "with", "within", "over", "under"
})
# Units a text may leave out or say otherwise ("11-day", "in minutes", "%"); not "rate" or
# "share", which make a metric of a thing ("no_show_rate" is not named by "a no-show").
_UNITS = frozenset({
    "day", "days", "hour", "hours", "minute", "minutes", "min", "mins", "second", "seconds",
    "sec", "secs", "ms", "week", "weeks", "month", "months", "year", "years", "pct", "percent",
    "percentage", "eur", "usd", "gbp"
})
# A period or size suffix ("_14d", "_30d", "_1k", "_200plus"): how the field is measured.
_SUFFIX = LazyPattern(r"^\d+(?:[dwmyhk]|plus|pct)?$")
_PERIOD_SUFFIX = LazyPattern(r"^(\d+)[dwmyh]$")
_SPAN_APART = LazyPattern(r"^(\d+) (?:days?|hours?|weeks?|months?|years?|mins?|minutes?)$")
_NUMBER = LazyPattern(r"(?<![\d.,])(\d+)(?![\d,]|\.\d)")
_TOKEN = LazyPattern(r"[a-z0-9]+")
# (after a word only: "completion %" is the completion rate, "a 10% refund" no refund rate)
_PERCENT = LazyPattern(r"(?<=[^\W\d_])\s?%")
# Sentences end at a full stop, a line break or a semicolon: the words must stand in one.
_SENTENCE = LazyPattern(r"[.!?;]\s|\n")
# How many words beyond the name's own may stand between its first and last ("the median 9.5
# minutes from search to booking": median .. booking spans 7 words for 3 of the name's).
SPREAD = 4
# A name of two meaningful words is read only with the two side by side ("slot delivery", "drops
# per rider"): apart, they are as often two things ("Per-drop pay for evening shift riders").
PAIR_SPREAD = 1
# A thing or a price named after the metric ("the order-to-ready banner", "the delivery fee").
_THING = LazyPattern("(?:" + THING + "|" + PRICE + ")$")


def mentions_a_metric(text: str, names: Iterable[str]) -> bool:
    """Whether `text` names any of `names` (okrs.yaml `metric` fields): written out, or
    all its meaningful words (two or more, units aside) within one sentence and SPREAD extra
    words of each other (two words: PAIR_SPREAD)."""
    names = [name for name in names if name]
    if mentions_any(text, _phrases(names)) or any(
            re.search(r"(?<![\w.-])" + acronym + r"s?(?![\w-])", text)
            for acronym in map(_acronym, names) if acronym) or any(
            re.search(_MOVED_BEFORE + acronym + r"(?![\w-])|(?<![\w.-])" + acronym + _MOVED_AFTER,
                      text)
            for acronym in map(_short_acronym, names) if acronym) or any(
            _written_as_a_term(text, word) for word in map(_single_word, names) if word):
        return True
    wanted = [(words, _periods(name)) for name in names
              if len(words := _meaningful_words(name)) >= 2]
    if not wanted:
        return False
    return any(_near(_sentence_words(sentence), words)
               and (not periods or not periods.isdisjoint(_NUMBER.findall(sentence)))
               for sentence in _SENTENCE.split(text) for words, periods in wanted)


def mentions_any(text: str, needles: Iterable[str]) -> bool:
    """Whether one of `needles` stands in `text` as whole words, case aside."""
    lowered = text.lower()
    for needle in needles:
        n = needle.lower().strip()
        # words of a name may be joined by a space, a hyphen or an underscore in either text
        # ("auto_refreshed_datasets" is written "auto-refreshed datasets"), and part of it may be
        # quoted ('cut the "where is my piece" messages')
        joined = r"[\s_\"'“”‘’-]+".join(re.escape(word) for word in re.split(r"[\s_-]+", n))
        if n and re.search(r"(?<![\w.])" + joined + r"(?![\w])", lowered):
            return True
    return False


def _phrases(names: Iterable[str]) -> list[str]:
    """The names as a text may write them out, of two words or more: a one-word name ("costs",
    read from "Cut costs by 20%") is named by ordinary work too ("show shipping costs on the
    product page")."""
    phrases: list[str] = []
    for name in names:
        spaced = name.replace("_", " ").replace("-", " ")
        if len(spaced.split()) >= 2:
            phrases += [name, spaced]
    return phrases


@lru_cache(maxsize=4096)
def _acronym(name: str) -> str | None:
    """The initials a team writes for a metric of four words or more, in capitals: FTFR for
    `first_time_fix_rate` (a blind lift maintainer's "push our FTFR up"); glue words and period
    suffixes left out. None for a shorter name, whose initials name too many other things (ORM,
    API, SLA)."""
    words = [w for w in _TOKEN.findall(name.lower().replace("_", " "))
             if w not in _GLUE and not _SUFFIX.match(w)]
    return "".join(w[0] for w in words).upper() if len(words) >= 4 else None


# A direction said right beside a metric's short initials, which alone name too many other things:
# "improve ASA the rest of the week" (`average_speed_of_answer`, a blind council contact
# centre's item), "push FCR up" (`first_contact_resolution_rate`).
# (not a thing put up or named after it: "Put ASA up on the wallboard", "Better CSS for the print
# view", review)
_MOVED_BEFORE = (r"\b(?:improv\w*|reduc\w*|rais\w*|lift\w*|lower\w*|boost\w*|increas\w*|"
                 r"decreas\w*|halv\w*)\s+(?:our\s+|the\s+|their\s+)?")
_MOVED_AFTER = (r"(?:\s+(?:(?:should|will|would|could)\s+(?:go\s+|come\s+)?|"
                r"to\s+(?:go\s+|come\s+)?)(?:down|up|improve|drop|fall|rise)\b|"
                r"\s+(?:down|up)\s+(?:to|by|from)\s+~?\d)")
# The measure words a team leaves out of a metric's initials ("FCR" for the rate).
_MEASURE_WORDS = frozenset({"rate", "share", "ratio", "count", "score", "percentage", "number"})


def _short_acronym(name: str) -> str | None:
    """The initials of a metric of three words (ASA for `average_speed_of_answer`), or of four or
    more less a last measure word (FCR for `first_contact_resolution_rate`), in capitals; read
    only beside a direction (_MOVED_BEFORE, _MOVED_AFTER). None otherwise."""
    words = [w for w in _TOKEN.findall(name.lower().replace("_", " "))
             if w not in _GLUE and not _SUFFIX.match(w)]
    if len(words) >= 4 and words[-1] in _MEASURE_WORDS:
        words = words[:-1]
    return "".join(w[0] for w in words).upper() if len(words) == 3 else None


@lru_cache(maxsize=4096)
def _single_word(name: str) -> str | None:
    """The one meaningful word of a name of one (`efcr`, `nps_score`), of two to six letters."""
    words = _meaningful_words(name)
    return next(iter(words)) if len(words) == 1 and 2 <= len(next(iter(words))) <= 6 else None


def _written_as_a_term(text: str, word: str) -> bool:
    """Whether the text writes `word` with two capitals or more, as a field writes its own
    measures ("improve eFCR", "NPS to 40"): a name of one word in ordinary case ("costs") is
    named by ordinary work too ("show shipping costs")."""
    return any(sum(ch.isupper() for ch in found.group(0)) >= 2
               for found in re.finditer(r"(?<![\w.-])" + re.escape(word) + r"s?(?![\w-])", text,
                                        re.I))


# Words a metric name and a text write for the same thing: an abbreviation and its word, and
# "distinct" said as "different" ("# of different carers per citizen (14 days)" names
# `distinct_carers_per_citizen_14d`, a blind home-care service's item).
_SAME = {"distinct": "different", "unique": "different", "avg": "average", "num": "number",
         "qty": "quantity", "cnt": "count"}


def _stem(word: str) -> str:
    word = _SAME.get(word, word)
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


@lru_cache(maxsize=4096)  # the workspace's few names, read again for every item
def _meaningful_words(name: str) -> frozenset[str]:
    words = _TOKEN.findall(name.lower().replace("_", " "))
    return frozenset(_stem(w) for w in words
                     if w not in _GLUE and w not in _UNITS and not _SUFFIX.match(w))


def _sentence_words(sentence: str) -> list[str]:
    """The words of a sentence, numbers left out ("the median 9.5 minutes from search"), a
    percent sign read as the rate it stands for ("NMS completion %" names `nms_completion_rate`)."""
    return [_stem(w) for w in _TOKEN.findall(_PERCENT.sub(" rate ", sentence.lower()))
            if not w.isdigit()]


@lru_cache(maxsize=4096)
def _periods(name: str) -> frozenset[str]:
    """The numbers of a name's deadlines ("24" of `med_rec_within_24h_pct`, "72" of
    `iv_antimicrobial_72h_review_pct`): a span in hours, or any span after "within". Without its
    deadline the rest names the process, not its measure ("med rec worklist sort by admit time",
    a blind hospital pharmacy's item), so a sentence naming the rest must say the span too. A
    window a count is taken over is no deadline: "push to 200k active accounts" names
    `active_accounts_90d`."""
    words = _TOKEN.findall(name.lower())
    # (or a span written apart, "inspection_reports_within_2_days": "site inspection report
    # template" names the process, a blind architecture practice's item)
    return frozenset(m.group(1) for i, w in enumerate(words)
                     if (m := _PERIOD_SUFFIX.match(w) or _SPAN_APART.match(
                         " ".join(words[i : i + 2])))
                     and (w.endswith("h") or (i > 0 and words[i - 1] == "within")))


def _near(words: list[str], wanted: frozenset[str]) -> bool:
    """Whether every word of `wanted` stands in `words` within len(wanted) + SPREAD of each
    other (PAIR_SPREAD for two), the last not naming a thing or a price with the word after
    it."""
    if not wanted <= set(words):
        return False
    width = len(wanted) + (PAIR_SPREAD if len(wanted) == 2 else SPREAD)
    for start, word in enumerate(words):
        if word not in wanted:
            continue
        window = words[start:start + width]
        if wanted <= set(window):
            end = start + max(window.index(w) for w in wanted) + 1
            if end >= len(words) or not _THING.match(words[end]):
                return True
    return False
