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

Dates, clock times and versions are no levels: "Run the pilot from 1 March to 30 June",
"Upgrade all services from 3.8 to 3.12" and "Migrate from Java 8 to Java 17" give nothing, and
"Expand from 2 to 5 regions between 1 Jan and 30 Jun" reads 2 -> 5 regions. "by <number>" is a
change, no part of the metric ("Increase conversion by 2 percentage points to 5%": conversion).
Two rates over different periods ("from 2 releases a month to 1 release a week") are no
baseline and target as written: they are left unread rather than converted.

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
# After a currency sign a lower-case "m" is millions too ("$2m"); after a bare number it is a
# unit ("300m").
_DIGITS = r"\d(?:[\d,.]*\d)?"
_NUM = (rf"[-+−]?(?:[$€£]\s?{_DIGITS}(?:(?-i:[kKmM]|bn)(?![^\W\d_]))?"
        rf"|{_DIGITS}(?:(?-i:[kK]|M|bn)(?![^\W\d_]))?)(?:\s?%)?")
_I = re.IGNORECASE
# Numbers that are no level of a metric, set aside before the shapes are read: dates ("1 March",
# "March 1st, 2026", "1/3/2026", "Q3", "H1 2026", "FY26"), a year alone ("by 2027", "from 2024
# to 2026", but not "2026 cohorts" nor "from 2000 to 3000"), clock times ("9:00", "7:30",
# "9am") and versions ("3.12.1", "v2", "version 2", "Java 8 to 17").
_DAY = rf"\d{{1,2}}(?:{kp.DAY_SUFFIXES})?(?!\d)"
_DAYS = rf"{_DAY}(?:\s*(?:-|–|to|until|till|and|bis|au|à|al|a)\s*{_DAY})?"
_YEAR = r"(?:19|20)\d{2}(?!\d)"
_VERSION = r"\d+(?:\.\d+)*(?:\.x)?"
# After a year or a version: a noun ("2026 cohorts", "to 40 services") makes it a count.
_NOUN_AFTER = rf"\s+(?!(?:{kp.UNIT_ENDS})\b)[^\W\d_]"
# "from 2000 to 3000 users": a year after "from" is a count when a count follows "to".
_NO_COUNT = rf"(?![.,]?\d)(?!\s?(?:%|[kKmM]\b|bn\b))(?!{_NOUN_AFTER})"
_NO_LEVEL = re.compile("|".join((
    rf"(?<!\w){_DAYS}\s+(?:(?:{kp.DAY_OF})\s+)?(?:{kp.MONTHS})\b\.?(?:,?\s+{_YEAR})?",
    rf"\b(?:{kp.MONTHS})\b\.?\s+{_DAYS}(?:,?\s+{_YEAR})?",
    rf"\b(?:{kp.MONTHS})\b\.?\s+{_YEAR}",
    r"(?<![\d.,])\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}(?![\d.,]?\d)",
    rf"\b(?:Q[1-4]|H[12]|FY\s?['’]?\d{{2,4}}|CY\d{{2,4}})(?:\s?{_YEAR}|['’/-]\d{{2}}(?:\d{{2}})?)?\b",
    r"(?<![\d.,])\d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]\.?m\b\.?)?(?![\d:])",
    r"(?<![\d.,])\d{1,2}\s?[ap]\.?m\b\.?",
    rf"(?<!from )(?<![\w$€£.,]){_YEAR}{_NO_COUNT}",
    rf"(?<![\w$€£.,]){_YEAR}{_NO_COUNT}(?!\s*(?:to|->|→|–|-)\s*(?!{_YEAR})\d)",
    r"(?<![\d.,])\d+(?:\.\d+){2,}(?![\d.])",
    rf"\b(?:{kp.VERSION_WORDS})\s?{_VERSION}"
    rf"(?:\s*(?:to|->|→|–|-|until)\s*(?:(?:{kp.VERSION_WORDS})\s?)?{_VERSION}(?![\d.])"
    rf"(?!\s?%|{_NOUN_AFTER}))?(?![\d.])",
)), _I)
_VERSION_VERB = re.compile(rf"^\W*(?:{kp.VERSION_VERBS})(?!\w)", _I)
# "Increase conversion by 2 percentage points to 5%": the change is no part of the metric's name.
_BY_AMOUNT = re.compile(rf"\s+(?:by|um)\s+{_NUM}", _I)
_FROM_TO = re.compile(
    rf"^(?P<head>.*?)\s+(?:{kp.FROM_WORDS})\s+(?P<base>{_NUM})(?P<u1>[^\d\n]{{0,40}}?)\s*"
    rf"(?:(?<!\w)(?:{kp.TO_WORDS})(?!\w)|{kp.ARROWS})\s*(?:(?:{kp.BELOW_ABOVE})\s*)?"
    rf"(?P<target>{_NUM})(?P<rest>.*)$", _I)
_TO_FROM = re.compile(
    rf"^(?P<head>.+?)\s+(?:{kp.TO_WORDS})\s+(?:(?:{kp.BELOW_ABOVE})\s*)?"
    rf"(?P<target>{_NUM})(?P<u2>[^\d\n(]{{0,40}}?)"
    rf"[\s,;(]*(?:(?:down|up)\s+)?(?:{kp.FROM_WORDS})\s+(?P<base>{_NUM})(?P<rest>.*)$", _I)
# A level with its baseline set apart after it: "Get X below 1 day (from 6 days)", "Keep X under
# 300 ms, currently 800 ms", "Increase NPS to 45 (currently 32)", "Lift D30 retention to 40% (was
# 31%)" (not "Serve over 500 schools from 12 regions": no bracket or comma; a baseline in a unit
# the target's cannot take is left unread, `_level_from`).
_SET_APART_BASELINE = (
    rf"(?P<target>{_NUM})(?P<u2>[^\d\n(,;]{{0,40}}?)\s*[,;(]\s*"
    rf"(?:(?:down|up)\s+)?(?:{kp.FROM_WORDS}|currently|today|baseline:?|was|now)\s+"
    rf"(?P<base>{_NUM})(?P<u1>[^\d\n(),;]{{0,40}}?)(?P<rest>\s*(?:[),;].*)?)$"
)
_LEVEL_FROM = re.compile(
    rf"^(?P<head>.+?)\s+(?:{kp.BELOW_ABOVE})(?![\w<>=])\s*" + _SET_APART_BASELINE, _I)
_TO_NOW = re.compile(
    rf"^(?P<head>.+?)\s+(?:{kp.TO_WORDS})\s+(?:(?:{kp.BELOW_ABOVE})\s*)?" + _SET_APART_BASELINE,
    _I)
_ARROW = re.compile(
    rf"^(?P<head>.*?)(?:\s*:\s*|\s+)(?P<base>{_NUM})(?P<u1>[^\d\n]{{0,40}}?)\s*(?:{kp.ARROWS})"
    rf"\s*(?P<target>{_NUM})(?P<rest>.*)$", _I)
_COLON_TO = re.compile(
    rf"^(?P<head>[^:\d]+):\s*(?P<base>{_NUM})(?P<u1>[^\d\n]{{0,40}}?)\s+(?:{kp.TO_WORDS})\s+"
    rf"(?P<target>{_NUM})(?P<rest>.*)$", _I)
# A bound and its level, searched from each place in turn: the first "a" or "to" may sit inside
# the metric's name ("Get median import time for a 100-episode show below 10 minutes").
_LEVEL = re.compile(
    rf"(?<=\S)\s*(?<![\w<>])(?P<rel>{kp.BELOW_ABOVE}|{kp.LEVEL_AFTER_VERB})(?![\w<>=])"
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
_RATE_START = re.compile(rf"(?<!\w)(?:{kp.RATE_WORDS})(?!\w)", _I)
_UNIT_END = re.compile(rf"^(?:{kp.UNIT_ENDS}|{kp.MOVING_VERBS}|{kp.MOTION_VERBS})$", _I)
_LEVEL_UNIT = re.compile(
    rf"^\s*(?:(?:{kp.TIME_QUALIFIERS})\s+)?(?:{kp.LEVEL_UNITS})(?![\w])", _I)
# Pence and cents beside a currency sign: "from £1.20 to 90p" is £0.90.
_MINOR_UNITS = {"£": ("p", "pence"), "$": ("c", "cent", "cents"), "€": ("c", "ct", "cent", "cents")}
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
    sentence = _Sentence(text, _masked(text))
    for reader in (_from_to, _to_from, _arrow, _level, _reach, _by):
        reading = reader(sentence)
        if reading is not None:
            return reading
    return None


def _masked(text: str) -> str:
    """The text with its dates, clock times and versions blanked out (same length, no digit),
    so no shape reads them as a level."""
    return _NO_LEVEL.sub(lambda found: "#" * len(found.group(0)), text)


@dataclass(frozen=True)
class _Sentence:
    text: str
    masked: str

    def match(self, pattern: re.Pattern[str]) -> _Found | None:
        """The pattern matched on the masked text, its parts read from the text as written."""
        found = pattern.match(self.masked)
        return None if found is None else _Found(found, self.text)


@dataclass(frozen=True)
class _Found:
    found: re.Match[str]
    text: str

    def group(self, name: str) -> str:
        start, end = self.found.span(name)
        return "" if start < 0 else self.text[start:end]

    def groupdict(self) -> dict[str, str]:
        return {name: self.group(name) for name in self.found.groupdict()}


def _from_to(sentence: _Sentence) -> SentenceReading | None:
    return _moved(sentence.match(_FROM_TO))


def _to_from(sentence: _Sentence) -> SentenceReading | None:
    return (_moved(sentence.match(_TO_FROM)) or _level_from(sentence, _LEVEL_FROM)
            or _level_from(sentence, _TO_NOW))


def _level_from(sentence: _Sentence, pattern: re.Pattern[str]) -> SentenceReading | None:
    """A level and its baseline set apart after it; with units that cannot be one ("under 50
    tickets, now 4 agents", "over 500 schools, from 12 regions") no reading here: the level alone
    is read by `_level`, or nothing."""
    return _moved(sentence.match(pattern), units_must_agree=True)


def _arrow(sentence: _Sentence) -> SentenceReading | None:
    return _moved(sentence.match(_ARROW) or sentence.match(_COLON_TO))


def _moved(match: _Found | None, units_must_agree: bool = False) -> SentenceReading | None:
    """A baseline and target with their units; two time units are read in the target's. Two
    rates over different periods ("2 a month to 1 a week") leave both numbers unread, and a
    version change ("Upgrade all services from 3.8 to 3.12") is no reading at all. With
    `units_must_agree`, a baseline whose unit the target's cannot take (or that alone has one:
    "500, now 12 regions") gives no reading at all."""
    if match is None:
        return None
    groups = match.groupdict()
    base, base_unit = _number(groups["base"])
    target, target_unit = _number(groups["target"])
    after_base = base_unit or _unit(groups.get("u1") or "")
    rest = groups.get("rest") or ""
    after_target = target_unit or _unit(groups.get("u2") or rest)
    head = groups["head"]
    if after_base is None and after_target is None and _VERSION_VERB.match(head):
        return None
    if units_must_agree and after_base and not after_target:
        return None
    metric = _metric(head)
    if _unlike_rates(after_base, after_target):
        return None if units_must_agree else SentenceReading(metric)
    base, after_base = _in_major_unit(base, after_base, after_target)
    target, after_target = _in_major_unit(target, after_target, after_base)
    unit, base = _one_unit(after_base, after_target, base)
    if units_must_agree and after_base and unit is None:
        return None
    return SentenceReading(metric, base, target, unit)


def _in_major_unit(value: Number, unit: str | None, other: str | None) -> tuple[Number, str | None]:
    """ "from £1.20 to 90p": pence or cents beside a currency sign are read in that currency."""
    minor = _MINOR_UNITS.get(other or "", ())
    if unit is None or unit.lower() not in minor or not isinstance(value, int | float):
        return value, unit
    return round(value / 100, 6), other


def _level(sentence: _Sentence) -> SentenceReading | None:
    """ "Get X below B", "X under B", "Grow X to B": a target without a baseline. The unit
    must be one a level ends in and close the sentence, or the number could be part of the
    metric's name ("<10min contributor onboarding")."""
    for found in _candidates(_LEVEL, sentence.masked):
        reading = _level_at(sentence, _Found(found, sentence.text), found.start())
        if reading is not None:
            return reading
    return None


def _candidates(pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """Every match of a pattern ending at the text's end, from each start in turn."""
    found: list[re.Match[str]] = []
    position = 0
    while (match := pattern.search(text, position)) is not None:
        found.append(match)
        position = match.start("rel") + 1
    return found


def _level_at(sentence: _Sentence, match: _Found, start: int) -> SentenceReading | None:
    head = sentence.text[:start].strip()
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


def _reach(sentence: _Sentence) -> SentenceReading | None:
    """ "Reach 10,000 weekly active users": the metric is what the number counts."""
    match = sentence.match(_REACH)
    if match is None:
        return None
    target, unit = _number(match.group("target"))
    metric = _until_stop(match.group("rest"), _MAX_METRIC_WORDS)
    return SentenceReading(metric, None, target, unit) if metric else None


def _by(sentence: _Sentence) -> SentenceReading | None:
    """ "Cut churn by 20%": a change, not a level; the metric alone is read ("by 2027" is a
    date, no change)."""
    match = sentence.match(_BY)
    if match is None or not _LEADING_VERB.match(match.group("head")):
        return None
    metric = _metric(match.group("head"))
    return SentenceReading(metric) if metric else None


def _metric(head: str) -> str | None:
    """The noun phrase a verb moves: the words before the numbers, less the verb, the words
    that are no part of a name ("the", "our") and a verb or particle after it."""
    name = _BY_AMOUNT.split(head, maxsplit=1)[0].strip(" \t:;,-–—(")
    name = _LEADING_VERB.sub("", name, count=1)
    name = _DETERMINER.sub("", name, count=1)
    while (trimmed := _TRAILING_VERB.sub("", name)) != name:
        name = trimmed
    name = name.strip(" \t:;,-–—(")
    if not re.search(r"[^\W\d_]", _masked(name)) or len(name.split()) > _MAX_METRIC_WORDS:
        return None
    return name


def _number(text: str) -> tuple[Number, str | None]:
    """A written number ("4,200", "$2.1M", "$2m", "99,5 %") and the unit its sign says."""
    text = text.strip()
    suffix = re.search(r"(?<=\d)(k|K|M|m|bn)(?=\s?%?$)", text)
    core = text[: suffix.start()] + text[suffix.end():] if suffix else text
    currency = re.search(r"[$€£]", core)
    value, unit = cell_number(core.replace("$", "").replace("€", "").replace("£", ""))
    if suffix and isinstance(value, int | float) and (suffix.group(1) != "m" or currency):
        # Rounded: 2.01 * 1,000,000 is 2009999.9999999998 in binary floating point.
        value = round(value * _MULTIPLIERS[suffix.group(1).replace("m", "M")], 6)
        value = int(value) if float(value).is_integer() else value
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
    or the target's unit with the baseline converted ("from 3 days to 4 hours": 72 hours; "from
    2 hours a week to 30 minutes a week": 120 minutes per week). Two units that cannot be one
    ("from 3 teams to 5 squads", "from 3 days to 4 hours per week") give none."""
    if first is None or second is None or first == second:
        return second or first, base
    singular_first, singular_second = first.lower().rstrip("s"), second.lower().rstrip("s")
    if singular_first == singular_second:
        return (first if first.lower().endswith("s") else second), base
    (head_a, rate_a), (head_b, rate_b) = _split_rate(first), _split_rate(second)
    if not head_a or not head_b or _singular(rate_a) != _singular(rate_b):
        return None, base
    seconds = kp.TIME_UNITS
    a, b = head_a.lower().split()[-1], head_b.lower().split()[-1]
    if a in seconds and b in seconds and isinstance(base, int | float):
        converted = base * seconds[a] / seconds[b]
        return second, int(converted) if float(converted).is_integer() else round(converted, 3)
    return None, base


def _unlike_rates(first: str | None, second: str | None) -> bool:
    """Both units are rates over different periods ("per month", "per week"): a number per
    month and one per week are no baseline and target of one metric as written."""
    if first is None or second is None:
        return False
    rate_a, rate_b = _split_rate(first)[1], _split_rate(second)[1]
    return bool(rate_a and rate_b) and _singular(rate_a) != _singular(rate_b)


def _split_rate(unit: str) -> tuple[str, str]:
    """ "releases per month" -> ("releases", "per month"); a unit with no rate has ""."""
    found = _RATE_START.search(unit)
    if found is None:
        return unit, ""
    return unit[: found.start()].strip(), unit[found.start():]


def _singular(words: str) -> str:
    return " ".join(word.rstrip("s") for word in words.lower().split())
