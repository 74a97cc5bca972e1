"""What the metric rule can read of a goal stated in a language the embedded model does not read.

A text in Spanish, Polish or Japanese is judged `unclear` (the `non_english` flag); the rule
still says whether it names an outcome. Besides a level moved between two percentages
(metrics.names_a_level_change), it reads a goal line: the word for "goal", "metric" or
"expected result" in the language ("Objetivo:", "Métrica:", "Ziel:"), then a direction
("reducir", "zwiększyć", "réduire", "降低") or a number before the sentence ends ("Objetivo:
arranque a frio abaixo de 2 s no p50", "Cel: zmniejszyć zerwania do max 1 na tydzień").
Written the way the English "Success metric:" line is read; the words are the common ones of
Spanish, Portuguese, French, German, Italian, Dutch, Polish, Czech, Swedish, Turkish, Russian,
Ukrainian, Vietnamese (the goal word), Chinese, Japanese and Korean, written by the lead for the
goal lines of the labelled organisations and checked on them.
"""

from __future__ import annotations

import re

_GOAL = (
    r"(?:objetivos?|objectivos?|metas?|cel|cele|ziele?|objectifs?|obiettivi|obiettivo|doel|"
    r"doelen|mål|tavoite|cíl|cíle|cieľ|hedef|amaç|mục\s+tiêu|目标|目標|목표|цель|цели|ціль|"
    r"résultats?\s+attendus?|resultados?\s+esperados?|risultat[oi]\s+attes[oi]|"
    r"erwartete[sn]?\s+ergebnis(?:se)?|oczekiwany\s+(?:rezultat|efekt)|verwacht\s+resultaat|"
    r"kpi|métricas?|metricas?|métriques?|metriken|metrik|metryk[ai]|metriche|metrica|kennzahl(?:en)?|"
    r"indicador(?:es)?|indicateurs?|indicatori|wskaźnik|показатель|метрика)"
)
# Words that move a quantity, as the start of a word: reduce, lower, cut, shorten, raise,
# increase, improve, higher, lower.
_STEM = (
    r"(?<!\w)(?:reduc|reduz|rédui|reduzier|ridur|verminder|verlag|zmniejsz|obniż|ogranicz|skróc|"
    r"sníž|zkrát|minsk|azalt|сниз|сокра|уменьш|знизи|скороти|"
    r"aument|augment|erhöh|steiger|verhog|zwiększ|podnieś|podnies|zvýš|öka|artır|увелич|повыс|"
    r"збільш|підвищ|subir|bajar|baisser|senk|abbass|acort|encurt|raccourc|verkürz|accorc|"
    r"terugbreng|mejor|melhor|amélior|verbesser|miglior|verbeter|popraw|zlepš|förbättr|iyileştir|"
    r"улучш|покращ|höher|niedriger|hoger|mayor|menor|maior)"
)
# Whole words for more, fewer, under ("mais" is no "maison", "unter" no "Unternehmen").
_WORD = (
    r"(?<!\w)(?:más|mais|plus|mehr|più|meer|więcej|víc|fler|daha|больше|більше|menos|moins|"
    r"weniger|meno|minder|mniej|méně|färre|меньше|менше|abaixo|debajo|sous|unter|sotto|onder|"
    r"poniżej|pod|под)(?!\w)"
)
# The same in scripts without spaces between words.
_CJK = r"(?:降低|减少|提高|增加|缩短|提升|減らす|下げ|上げ|増や|短縮|向上|줄이|낮추|높이|늘리|단축)"
# A goal line: the goal word after a line or sentence start and at most a few marks ("**Ziel:**",
# "- Objetivo:"), the colon a few marks after it. Bounded gaps: overlapping unbounded ones
# rescanned the text from every position (73 s on 20,000 newlines, found by review).
_GOAL_LINE = re.compile(
    r"(?:^|(?<=[.!?。！？]))[^\w:：\n]{0,12}" + _GOAL + r"[^\w:：\n]{0,6}[:：][ \t]{0,3}(?:\*\*)?"
    r"(?P<goal>[^.!?。！？\n]{1,200})",
    re.I | re.M,
)
_MOVED = re.compile(_STEM + "|" + _WORD + "|" + _CJK + r"|\d", re.I)
# Numbers that say when or which, not how much: a year, a quarter, a date, a version or a named
# thing's number ("antes del 30 de junio", "bis Q3", "auf Java 21", "versión 2").
_NOT_AN_AMOUNT = re.compile(
    r"\b(?:19|20)\d\d\b|\bq[1-4]\b|\b\d{1,2}[./-]\d{1,2}(?:[./-]\d{2,4})?\b|"
    r"\b\d{1,2}\.?\s+(?:de\s+|of\s+)?[^\W\d_]{3,}(?<!minutos)(?<!minutes)(?<!minuten)|"
    r"\b(?:versi\w*|v|release|sprint)\s*\d+(?:\.\d+)*|(?-i:\b[A-Z][\w+#-]*\s+\d+(?:\.\d+)*\b)",
    re.I,
)


def states_a_goal(text: str) -> bool:
    """Whether `text` has a goal line in another language whose sentence moves something or
    gives an amount: the word for "goal", "metric", "KPI", "indicator" or "expected result" and
    a colon, then a direction word or a number that is no date or version before the sentence
    ends."""
    return any(_MOVED.search(_NOT_AN_AMOUNT.sub(" ", match.group("goal")))
               for match in _GOAL_LINE.finditer(text))
