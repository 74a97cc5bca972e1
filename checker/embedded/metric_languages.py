"""What the metric rule can read of a goal stated in a language the embedded model does not read.

A text in Spanish, Polish or Japanese is judged `unclear` (the `non_english` flag); the rule
still says whether it names an outcome. Besides a level moved between two percentages
(metrics.names_a_level_change), it reads a goal line: the word for "goal", "metric" or
"expected result" in the language ("Objetivo:", "Métrica:", "Ziel:"), then a direction
("reducir", "zwiększyć", "réduire", "降低") or a number before the sentence ends ("Objetivo:
arranque a frio abaixo de 2 s no p50", "Cel: zmniejszyć zerwania do max 1 na tydzień").
Written the way the English "Success metric:" line is read; the words are the common ones of
Spanish, Portuguese, French, German, Italian, Dutch, Polish, Czech, Swedish, Turkish, Russian,
Ukrainian, Chinese, Japanese and Korean.
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
# Words that move a quantity, as their stems: reduce, lower, cut, shorten, raise, increase,
# improve, more, fewer, less, under, above.
_DIRECTION = (
    r"(?:reduc|reduz|rédui|reduzier|ridur|verminder|verlag|zmniejsz|obniż|ogranicz|skróc|sníž|"
    r"zkrát|minsk|azalt|сниз|сокра|уменьш|знизи|скороти|"
    r"aument|augment|erhöh|steiger|verhog|zwiększ|podnieś|podnies|zvýš|öka|artır|увелич|повыс|"
    r"збільш|підвищ|"
    r"subir|bajar|baisser|senk|abbass|acort|encurt|raccourc|verkürz|accorc|terugbreng|"
    r"mejor|melhor|amélior|verbesser|miglior|verbeter|popraw|zlepš|förbättr|iyileştir|улучш|"
    r"покращ|"
    r"más|mais|plus|mehr|più|meer|więcej|víc|fler|daha|больше|більше|"
    r"menos|moins|weniger|meno|minder|mniej|méně|färre|меньше|менше|"
    r"abaixo|debajo|sous|unter|sotto|onder|poniżej|pod|под|"
    r"降低|减少|提高|增加|缩短|提升|減らす|下げ|上げ|増や|短縮|向上|줄이|낮추|높이|늘리|단축)"
)
_GOAL_LINE = re.compile(
    r"(?:^|[.!?。！？]\s*)[\W_]*" + _GOAL + r"[\W_]*?\s*[:：]\s*(?:\*\*)?"
    r"(?P<goal>[^.!?。！？\n]{1,200})",
    re.I | re.M,
)
_MOVED = re.compile(_DIRECTION + r"|\d", re.I)


def states_a_goal(text: str) -> bool:
    """Whether `text` has a goal line in another language whose sentence moves something or
    gives a number: the words for "goal" or "expected result" and a colon, then a direction
    word or a digit before the sentence ends."""
    return any(_MOVED.search(match.group("goal")) for match in _GOAL_LINE.finditer(text))
