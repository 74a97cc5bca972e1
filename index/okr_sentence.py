"""A key result written as one sentence, read into its metric, baseline, target and unit.

"Cut median time from repair request to bike back on the road from 52 hours to 8 hours" gives
the metric "median time from repair request to bike back on the road" (the noun phrase the verb
moves), baseline 52, target 8 and unit "hours" (the unit written after the numbers; "%" is
"percent", the spelling OKR files and tables use). The shapes read, as OKR guides phrase KRs:

    Grow active subscriptions from 4,200 to 7,000          <verb> X from A to [under] B [unit]
    Churn goes from 5% to 3%                               X <moves> from A to B
    Weekly active teams: 1,200 -> 2,000                    X: A -> B   (also "X: A to B")
    Reduce p95 latency to 300 ms (from 900 ms)             <verb> X to B (from A)
    Get p95 latency below 300 ms                           <verb> X below/above/to B
    Median first response under 8 business hours           X below/above B
    Reach 10,000 weekly active users                       reach B X
    Cut churn by 20%                                       <verb> X by N (the metric alone)

and the same in German, French, Spanish, Dutch, Portuguese and Italian ("Die Ladezeit von 4 s
auf 1 s senken", "Réduire le délai de livraison de 5 à 2 jours"): index/kr_phrasing.py holds
the words. "from 3 days to 4 hours" is read in the target's unit (baseline 72 hours).

A sentence none of these fits gives nothing: a metric is never guessed from a sentence with no
level in it, nor from a paragraph (over _MAX_WORDS words). quantulum3 was tried for the numbers
and units: it reads "from 52 hours to 8 hours" as one range of 30 hours and finds no unit in
"per month", so the shapes above are read here.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from typing import Any

from index import kr_phrasing as kp
from index.okr_tables import cell_number

# A key result is one sentence: past this many words (or characters: a pasted run of numbers is
# one "word") a text is a paragraph, not read for a level; it also bounds every pattern's work.
_MAX_WORDS = 60
_MAX_CHARS = 600
# A metric's name is a noun phrase: past this many words the words before the numbers are a
# clause ("Setup documentation enables ...") or a paragraph, not the name of what is measured.
_MAX_METRIC_WORDS = 15

# A number as written: "4,200", "$2.1M", "99,5 %", "180k"; a unit may follow it closely ("300ms").
_NUM = r"[-+−]?[$€£]?\s?\d(?:[\d,.]*\d)?(?:(?-i:[kK]|M|bn)(?![^\W\d_]))?(?:\s?%)?"
_I = re.IGNORECASE
_FROM_TO = re.compile(
    rf"^(?P<head>.*?)\s+(?:{kp.FROM_WORDS})\s+(?P<base>{_NUM})(?P<u1>[^\d\n]{{0,40}}?)\s*"
    rf"(?:(?<!\w)(?:{kp.TO_WORDS})(?!\w)|{kp.ARROWS})\s*(?:(?:{kp.BELOW_ABOVE})\s*)?"
    rf"(?P<target>{_NUM})(?P<rest>.*)$", _I)
_TO_FROM = re.compile(
    rf"^(?P<head>.+?)\s+(?:{kp.TO_WORDS})\s+(?P<target>{_NUM})(?P<u2>[^\d\n(]{{0,40}}?)"
    rf"[\s,;(]*(?:(?:down|up)\s+)?(?:{kp.FROM_WORDS})\s+(?P<base>{_NUM})(?P<rest>.*)$", _I)
_ARROW = re.compile(
    rf"^(?P<head>.*?)(?:\s*:\s*|\s+)(?P<base>{_NUM})(?P<u1>[^\d\n]{{0,40}}?)\s*(?:{kp.ARROWS})"
    rf"\s*(?P<target>{_NUM})(?P<rest>.*)$", _I)
_COLON_TO = re.compile(
    rf"^(?P<head>[^:\d]+):\s*(?P<base>{_NUM})(?P<u1>[^\d\n]{{0,40}}?)\s+(?:{kp.TO_WORDS})\s+"
    rf"(?P<target>{_NUM})(?P<rest>.*)$", _I)
_LEVEL = re.compile(
    rf"^(?P<head>.+?)\s*(?<![\w<>])(?P<rel>{kp.BELOW_ABOVE}|{kp.LEVEL_AFTER_VERB})(?![\w<>=])"
    rf"\s*(?P<target>{_NUM})(?P<rest>.*)$", _I)
_REACH = re.compile(
    rf"^\W*(?:{kp.REACH_VERBS})\s+(?P<target>{_NUM})\s+(?P<rest>[^\W\d].*)$", _I)
_BY = re.compile(rf"^(?P<head>.+?)\s+by\s+(?P<amount>{_NUM})", _I)
_LEADING_VERB = re.compile(rf"^(?:{kp.MOVING_VERBS})(?![\w'])\s*", _I)
_TRAILING_VERB = re.compile(
    rf"\s+(?:{kp.MOTION_VERBS}|{kp.MOVING_VERBS}|{kp.PARTICLES})$", _I)
_DETERMINER = re.compile(rf"^(?:{kp.DETERMINERS})(?:\s+|(?<=['’]))", _I)
_ENDS_IN_PREPOSITION = re.compile(r"\b(?:in|within|for|by|on|after|at|to|under|over)$", _I)
_WORD = re.compile(r"\s*(?P<w>[^\W\d_][\w'’±/-]*)", _I)
_PERCENT = re.compile(rf"^\s*(?:{kp.PERCENT_WORDS})(?!\w)", _I)
_RATE = re.compile(
    rf"^\s*(?:(?P<rate>{kp.RATE_WORDS})\s+|/\s*|(?P<a>an?)\s+(?=(?:{kp.LEVEL_UNITS})\b))"
    r"(?P<n>\d[\d,.]*\s+)?(?P<w>[^\W\d_][\w'’-]*)", _I)
_UNIT_END = re.compile(rf"^(?:{kp.UNIT_ENDS}|{kp.MOVING_VERBS}|{kp.MOTION_VERBS})$", _I)
_LEVEL_UNIT = re.compile(
    rf"^\s*(?:(?:{kp.TIME_QUALIFIERS})\s+)?(?:{kp.LEVEL_UNITS})(?![\w])", _I)
_MULTIPLIERS = {"k": 1_000, "K": 1_000, "M": 1_000_000, "bn": 1_000_000_000}
_RATE_WORDS = ("daily", "weekly", "monthly", "quarterly", "yearly", "hourly", "annually")
_STOP = re.compile(r"^\s*(?:$|[,;:.()\[\]!?–—-]|(?:" + kp.UNIT_ENDS + r")(?!\w))", _I)

Number = float | int | str


@dataclass(frozen=True)
class SentenceReading:
    """What one key-result sentence says: metric (a noun phrase, or None), baseline and target
    (numbers, or None when not written), unit (as written after the numbers, or None)."""

    metric: str | None = None
    baseline: Number | None = None
    target: Number | None = None
    unit: str | None = None

    def fields(self) -> dict[str, Any]:
        """The parts read, as key-result fields (parts not written are left out)."""
        return {name: value for name, value in asdict(self).items() if value is not None}


def read_sentence(text: str) -> SentenceReading | None:
    """The metric, baseline, target and unit of a key result written as one sentence, or None
    when the sentence has none of the shapes of the module docstring."""
    text = " ".join(text.split()).rstrip(" .!")
    if not text or len(text) > _MAX_CHARS or len(text.split()) > _MAX_WORDS:
        return None
    for reader in (_from_to, _to_from, _arrow, _level, _reach, _by):
        reading = reader(text)
        if reading is not None:
            return reading
    return None


def _from_to(text: str) -> SentenceReading | None:
    match = _FROM_TO.match(text)
    if match is None:
        return None
    return _moved(match, _metric(match.group("head")))


def _to_from(text: str) -> SentenceReading | None:
    match = _TO_FROM.match(text)
    if match is None:
        return None
    return _moved(match, _metric(match.group("head")))


def _arrow(text: str) -> SentenceReading | None:
    match = _ARROW.match(text) or _COLON_TO.match(text)
    if match is None:
        return None
    return _moved(match, _metric(match.group("head")))


def _moved(match: re.Match[str], metric: str | None) -> SentenceReading:
    """A baseline and target with their units; two time units are read in the target's."""
    groups = match.groupdict()
    base, base_unit = _number(groups["base"])
    target, target_unit = _number(groups["target"])
    after_base = base_unit or _unit(groups.get("u1") or "")
    rest = groups.get("rest") or ""
    after_target = target_unit or _unit(groups.get("u2") or rest)
    unit, base = _one_unit(after_base, after_target, base)
    return SentenceReading(metric, base, target, unit)


def _level(text: str) -> SentenceReading | None:
    """ "Get X below B", "X under B", "Grow X to B": a target without a baseline. The unit
    must be one a level ends in and close the sentence, or the number could be part of the
    metric's name ("<10min contributor onboarding")."""
    match = _LEVEL.match(text)
    if match is None:
        return None
    head = match.group("head")
    after_verb = re.fullmatch(kp.LEVEL_AFTER_VERB, match.group("rel"), _I) is not None
    if (after_verb and not _LEADING_VERB.match(head)) or _ENDS_IN_PREPOSITION.search(head):
        return None
    target, unit = _number(match.group("target"))
    rest = match.group("rest")
    written = _LEVEL_UNIT.match(rest) or _PERCENT.match(rest) or _RATE.match(rest)
    if written is not None:
        unit = unit or _unit(rest)
        rest = rest[written.end():]
    if not _STOP.match(rest):
        return None
    metric = _metric(head)
    return SentenceReading(metric, None, target, unit) if metric else None


def _reach(text: str) -> SentenceReading | None:
    """ "Reach 10,000 weekly active users": the metric is what the number counts."""
    match = _REACH.match(text)
    if match is None:
        return None
    target, unit = _number(match.group("target"))
    metric = _until_stop(match.group("rest"), _MAX_METRIC_WORDS)
    return SentenceReading(metric, None, target, unit) if metric else None


def _by(text: str) -> SentenceReading | None:
    """ "Cut churn by 20%": a change, not a level; the metric alone is read."""
    match = _BY.match(text)
    if match is None or not _LEADING_VERB.match(match.group("head")):
        return None
    metric = _metric(match.group("head"))
    return SentenceReading(metric) if metric else None


def _metric(head: str) -> str | None:
    """The noun phrase a verb moves: the words before the numbers, less the verb, the words
    that are no part of a name ("the", "our") and a verb or particle after it."""
    name = head.strip(" \t:;,-–—(")
    name = _LEADING_VERB.sub("", name, count=1)
    name = _DETERMINER.sub("", name, count=1)
    while (trimmed := _TRAILING_VERB.sub("", name)) != name:
        name = trimmed
    name = name.strip(" \t:;,-–—(")
    if not re.search(r"[^\W\d_]", name) or len(name.split()) > _MAX_METRIC_WORDS:
        return None
    return name


def _number(text: str) -> tuple[Number, str | None]:
    """A written number ("4,200", "$2.1M", "99,5 %") and the unit its sign says."""
    text = text.strip()
    suffix = re.search(r"(?<=\d)(k|K|M|bn)(?=\s?%?$)", text)
    core = text[: suffix.start()] + text[suffix.end():] if suffix else text
    currency = re.search(r"[$€£]", core)
    value, unit = cell_number(core.replace("$", "").replace("€", "").replace("£", ""))
    if suffix and isinstance(value, int | float):
        value = value * _MULTIPLIERS[suffix.group(1)]
    return value, unit or (currency.group(0) if currency else None)


def _unit(after: str) -> str | None:
    """The unit written right after a number: "%", up to three words before a word that ends
    them ("business hours"), and the rates after them ("per month", "/month", "a month":
    "reports per 10,000 accounts per month")."""
    if _PERCENT.match(after):
        return "percent"
    words, position = _unit_words(after)
    while len(words) < 6 and (rate := _RATE.match(after[position:])) is not None:
        words.append(_rate(rate))
        position += rate.end()
    return " ".join(words) or None


def _unit_words(after: str) -> tuple[list[str], int]:
    words: list[str] = []
    position = 0
    while len(words) < 3 and not _RATE.match(after[position:]):
        word = _WORD.match(after, position)
        if word is None:
            break
        written = word.group("w")
        if _UNIT_END.match(written) or (written.lower().endswith("ly")
                                        and written.lower() not in _RATE_WORDS):
            break
        words.append(written)
        position = word.end()
    return words, position


def _rate(match: re.Match[str]) -> str:
    per = match.group("rate") or "per"
    count = (match.group("n") or "").strip()
    return " ".join(part for part in (per, count, match.group("w")) if part)


def _until_stop(text: str, limit: int) -> str | None:
    words: list[str] = []
    for word in text.split():
        bare = word.strip(",;:.()")
        if _UNIT_END.match(bare) or len(words) >= limit:
            break
        words.append(bare)
        if bare != word:
            break
    return " ".join(words) or None


def _one_unit(
    first: str | None, second: str | None, base: Number
) -> tuple[str | None, Number]:
    """One unit for both numbers: the one written (on either), the plural of "day" / "days",
    or the target's unit with the baseline converted ("from 3 days to 4 hours": 72 hours).
    Two units that cannot be one ("from 3 teams to 5 squads") give none."""
    if first is None or second is None or first == second:
        return second or first, base
    singular_first, singular_second = first.lower().rstrip("s"), second.lower().rstrip("s")
    if singular_first == singular_second:
        return (first if first.lower().endswith("s") else second), base
    seconds = kp.TIME_UNITS
    a, b = first.lower().split()[-1], second.lower().split()[-1]
    if a in seconds and b in seconds and isinstance(base, int | float):
        converted = base * seconds[a] / seconds[b]
        return second, int(converted) if float(converted).is_integer() else round(converted, 3)
    return None, base
