"""Which language and script a text is written in, and so whether the embedded model can read it.

The embedding model (all-MiniLM-L6-v2) was trained on English only: its scores for any other
language say more about the language than about the work, so the checker must abstain on
such text rather than call it misaligned.

Two steps, both offline:
- the script, from the Unicode character names (stdlib `unicodedata`): text mostly in a
  script other than Latin (Han, Kana, Hangul, Cyrillic, Arabic, Devanagari, ...) is not English
  whatever the language;
- the language, from `lingua-language-detector` (its n-gram models ship inside the wheel).
  Low-accuracy mode and a fixed set of languages keep it cheap: measured on this machine,
  about 2.7 s to load the models once per process, 0.4 ms per item and ~50 MB resident
  (`python bench/language.py`). The detector is built lazily, on the first text that needs it.

Latin-script text is called foreign only when the detector is sure and there are enough words
to be sure of (`thresholds.LANGUAGE_*`): terse English titles ("CE: publish ARM64 images") look
like anything, and product vocabulary in English inside a sentence in Spanish is common.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from checker.thresholds import (
    CHAT_ALPHABET_MAX_ENGLISH_SHARE,
    CHAT_ALPHABET_MIN_SHARE,
    CHAT_ALPHABET_MIN_WORD_LEN,
    CHAT_ALPHABET_MIN_WORDS,
    CHAT_ALPHABET_SHORT_TEXT_WORDS,
    CHAT_ALPHABET_SHORT_WORD_LEN,
    ENGLISH_FUNCTION_SHARE_SURE,
    LANGUAGE_MIN_CONFIDENCE,
    LANGUAGE_MIN_WORDS,
    LANGUAGE_PAIR_CONFIDENCE,
    LANGUAGE_WIDE_CHECK_MIN_WORDS,
    NON_LATIN_SCRIPT_SHARE,
    SHORT_LANGUAGE_MIN_CONFIDENCE,
    SHORT_LANGUAGE_MIN_WORDS,
)

if TYPE_CHECKING:
    from lingua import LanguageDetector

DETECT_CHARS = 1000
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_WORD_WITH_DIGITS = re.compile(r"\b\w+\b")
_VOWELS = re.compile(r"[aeiou]")
_DIGITS = re.compile(r"\d")
# a word (case folded) with a digit used as a letter: before a vowel and more letters ("3omala",
# "met2a5ara", "7aga"), or after a vowel and before a letter ("a3mel")
_CHAT_WORD = re.compile(
    r"(?:[a-z]*[2356789][aeiou][a-z0-9]*|[a-z]*[aeiou][2356789][a-z][a-z0-9]*)"
)
# Unicode name prefixes of the scripts teams commonly write in, mapped to ISO 15924 names.
_SCRIPTS = {
    "LATIN": "Latin", "CJK": "Han", "HIRAGANA": "Kana", "KATAKANA": "Kana", "HANGUL": "Hangul",
    "CYRILLIC": "Cyrillic", "GREEK": "Greek", "ARABIC": "Arabic", "HEBREW": "Hebrew",
    "DEVANAGARI": "Devanagari", "BENGALI": "Bengali", "TAMIL": "Tamil", "TELUGU": "Telugu",
    "THAI": "Thai", "GEORGIAN": "Georgian", "ARMENIAN": "Armenian", "ETHIOPIC": "Ethiopic",
    "GUJARATI": "Gujarati", "GURMUKHI": "Gurmukhi", "KANNADA": "Kannada",
    "MALAYALAM": "Malayalam", "KHMER": "Khmer", "LAO": "Lao", "MYANMAR": "Myanmar",
}
# The languages the detector chooses between (lingua names): the ones most written in
# issue trackers. A language outside the list still gets its script's abstention.
_LANGUAGES = [
    "ENGLISH", "SPANISH", "PORTUGUESE", "FRENCH", "GERMAN", "ITALIAN", "DUTCH", "POLISH",
    "CZECH", "SWEDISH", "DANISH", "BOKMAL", "FINNISH", "TURKISH", "INDONESIAN", "VIETNAMESE",
    "ROMANIAN", "HUNGARIAN", "RUSSIAN", "UKRAINIAN", "BULGARIAN", "GREEK", "CHINESE",
    "JAPANESE", "KOREAN", "ARABIC", "PERSIAN", "HEBREW", "HINDI", "BENGALI", "TAMIL", "THAI",
]


# English function words: present in nearly any English sentence, and not words of the other
# languages teams write in ("in", "an", "so", "was", "will", "we", "is", "of", "a", "no", "as"
# are Dutch, German, French, Spanish or Portuguese words too, and are left out).
_FUNCTION_WORDS = frozenset(
    """the and or to with from by at are been it its this that these our you your they their she
    would could should must not when if but into than then there which who what how any each
    most some only""".split()  # noqa: SIM905 - a word list reads better as text
)


@dataclass(frozen=True)
class LanguageReading:
    """What a text is written in.

    `language` is an ISO 639-1 code ("en", "zh", ...) or None when there is too little text to
    tell; `script` an ISO 15924 name ("Latin", "Han", ...) or "" when the text has no letters.
    `readable` is False when the English-only embedding model cannot read it.
    """

    language: str | None
    script: str
    readable: bool


def script_counts(text: str) -> Counter[str]:
    """Letters of `text` per script (ISO 15924 names where known, else the Unicode name's
    first word, title-cased)."""
    counts: Counter[str] = Counter()
    for char in text:
        if char.isalpha():
            name = unicodedata.name(char, "").split(" ", 1)[0]
            counts[_SCRIPTS.get(name, name.title())] += 1
    return counts


def read_language(text: str) -> LanguageReading:
    """The language and script of a text; never raises (empty text reads as English, unknown).

    The script reported is the most used one other than Latin when such scripts hold at least
    `NON_LATIN_SCRIPT_SHARE` of the letters, else "Latin" ("" for text without letters)."""
    counts = script_counts(text)
    total = sum(counts.values())
    others = [(n, script) for script, n in counts.items() if script != "Latin"]
    if others and sum(n for n, _ in others) >= NON_LATIN_SCRIPT_SHARE * total:
        script = max(others)[1]
        return LanguageReading(_detect(text, min_confidence=0.0), script, readable=False)
    script = "Latin" if total else ""
    if _in_chat_alphabet(text[:DETECT_CHARS]):
        # lingua reads "el fawateer el met2a5ara: reminder automatic" as English or Dutch
        return LanguageReading(None, script, readable=False)
    words = len(_WORD.findall(text))
    if words < LANGUAGE_MIN_WORDS:
        short = _short_foreign(text)
        return LanguageReading(short, script, readable=short is None)
    surely_english = _function_word_share(text[:DETECT_CHARS]) >= ENGLISH_FUNCTION_SHARE_SURE
    language = _detect(text, LANGUAGE_MIN_CONFIDENCE)
    if language not in (None, "en") and (surely_english or not _confirmed(text, language)):
        language = "en"
    foreign_looking = (language == "en" and words >= LANGUAGE_WIDE_CHECK_MIN_WORDS
                       and not surely_english)
    if language is None or foreign_looking:
        # Unsure among the common languages, or English without its function words: a language
        # outside them (Welsh, Irish, Basque, Esperanto) is named by lingua's models of all the
        # languages it knows.
        # (confirmed as for a common language: the low-accuracy models of all languages call a
        # six-word English title Latin at 0.96)
        wide = _detect_wide(text, LANGUAGE_MIN_CONFIDENCE)
        if wide not in (None, "en") and not surely_english and _confirmed(text, wide):
            return LanguageReading(wide, script, readable=False)
    return LanguageReading(language, script, readable=language in (None, "en"))


def _in_chat_alphabet(text: str) -> bool:
    """Whether the text is written in a chat alphabet: enough of its words carry a digit for a
    sound, between or before vowels, with two vowels or more ("3ayzin", "mo7asbeen", "a3mel"),
    a shape short identifiers ("k8s", "i18n", "ARM64", "oauth2", "e2e", "m5ad", "co2e") do not
    have, in a text without English function words around them ("Bump web3auth to 8.0" is
    English). Each word counts once, whatever its case."""
    words = [w.casefold() for w in _WORD_WITH_DIGITS.findall(text)]
    chat = sorted({w for w in words if len(w) >= CHAT_ALPHABET_MIN_WORD_LEN
                   and _CHAT_WORD.fullmatch(w) and len(_VOWELS.findall(w)) >= 2})
    # (most texts have no such word: the English words around one are counted only then)
    if not chat or _function_word_share(text) > CHAT_ALPHABET_MAX_ENGLISH_SHARE:
        # English around it: "Bump web3auth to 8.0", "Plan the go2market launch"
        return False
    if len(chat) == 1 and len(words) <= CHAT_ALPHABET_SHORT_TEXT_WORDS:
        # a title: one long such word with two digits for letters is enough ("el fawateer el
        # met2a5ara: reminder ..."; not "Upgrade web3auth SDK")
        return len(chat[0]) >= CHAT_ALPHABET_SHORT_WORD_LEN and len(_DIGITS.findall(chat[0])) >= 2
    return (len(chat) >= CHAT_ALPHABET_MIN_WORDS
            and len(chat) >= CHAT_ALPHABET_MIN_SHARE * len(words))


def _function_word_share(text: str) -> float:
    """English function words as a share of the text's words (0..1)."""
    words = [w.lower() for w in _WORD.findall(text)]
    return sum(w in _FUNCTION_WORDS for w in words) / max(len(words), 1)


def _detect_wide(text: str, min_confidence: float) -> str | None:
    """The language among all lingua knows (75), when it is sure; None otherwise."""
    values = _wide_detector().compute_language_confidence_values(text[:DETECT_CHARS])
    if not values or values[0].value < min_confidence:
        return None
    return str(values[0].language.iso_code_639_1.name).lower()


@cache
def _wide_detector() -> LanguageDetector:
    """All of lingua's languages, low-accuracy mode: built on the first unsure text only
    (about 70 ms a text, +25 MB resident, `python bench/bench_language.py`)."""
    from lingua import LanguageDetectorBuilder

    return LanguageDetectorBuilder.from_all_languages().with_low_accuracy_mode().build()


def foreign_language(text: str) -> str | None:
    """The ISO 639-1 code of a text the embedded model cannot read, or None (English, or unsure).

    Text in a non-Latin script whose language the detector cannot name gives "und"."""
    reading = read_language(text)
    if reading.readable:
        return None
    return reading.language or "und"


def _short_foreign(text: str) -> str | None:
    """The language of a title of a few words when every sign agrees it is not English."""
    if len(_WORD.findall(text)) < SHORT_LANGUAGE_MIN_WORDS or _function_word_share(text) > 0:
        return None
    language = _detect(text, SHORT_LANGUAGE_MIN_CONFIDENCE)
    if language in (None, "en") or not _confirmed(text, language):
        return None
    return language


def _detect(text: str, min_confidence: float) -> str | None:
    """The most likely language's ISO 639-1 code when its confidence reaches the minimum."""
    # The opening of a long spec says which language it is in; the rest only costs time.
    values = _detector().compute_language_confidence_values(text[:DETECT_CHARS])
    if not values or values[0].value < min_confidence:
        return None
    return str(values[0].language.iso_code_639_1.name).lower()


def _confirmed(text: str, language: str) -> bool:
    """Whether lingua's high-accuracy models of English and `language` (ISO 639-1) agree that
    the text is in `language`: the fast mode is unsure of short English text with a few words
    German or French also use ("online shop", "Upgrade", "Team")."""
    detector = _pair_detector(language)
    if detector is None:
        return True
    values = detector.compute_language_confidence_values(text[:DETECT_CHARS])
    top = values[0] if values else None
    return bool(top and top.language.iso_code_639_1.name.lower() == language
                and top.value >= LANGUAGE_PAIR_CONFIDENCE)


@cache
def _pair_detector(language: str) -> LanguageDetector | None:
    """High-accuracy detector of English against one language (built once per language; about
    0.2-0.6 s each, `python bench/language.py`); None for a language lingua lacks."""
    from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

    try:
        other = Language.from_iso_code_639_1(getattr(IsoCode639_1, language.upper()))
    except (AttributeError, ValueError):
        return None
    return LanguageDetectorBuilder.from_languages(Language.ENGLISH, other).build()


@cache
def _detector() -> LanguageDetector:
    """Built once per process, on first use: loading the models is the slow part."""
    from lingua import Language, LanguageDetectorBuilder

    languages = [getattr(Language, name) for name in _LANGUAGES]
    return LanguageDetectorBuilder.from_languages(*languages).with_low_accuracy_mode().build()
