"""A goal line in another language: the word for "goal", "metric", "KPI", "indicator" or
"expected result" and a colon, then a direction word or a number that is no date or version
before the sentence ends ("Objetivo: arranque a frio abaixo de 2 s no p50", "Ziel: 8 neue
aktive Händler in NRW bis Ende Juni"). A count is the target only where it opens the line or
follows a verb of winning or a date; month names come from the Unicode CLDR through Babel.
Measured on tests/data/metrics/languages.jsonl with languages.py.
"""

from __future__ import annotations

import re
from functools import cache

from babel.dates import get_month_names

from checker.embedded.metric.language_words import (
    CJK,
    COMPARED,
    GOAL,
    NOT_A_SINGLE,
    NOT_AN_AMOUNT,
    NOT_AN_AMOUNT_ANYWHERE,
    OFFERED,
    SAME_DAY,
    SETTING_OR_PRICE,
    STEM,
    TIME_UNIT,
    WORD,
    ZERO,
)
from checker.embedded.metric.patterns import LazyPattern

# The languages whose month names end a date in a goal line (CLDR locale codes): the detector's
# languages (checker/screening/language.py) and the others teams write goal lines in.
_MONTH_LOCALES = (
    "en", "es", "pt", "fr", "de", "it", "nl", "pl", "cs", "sk", "sv", "da", "nb", "fi", "tr",
    "id", "vi", "ro", "hu", "ru", "uk", "bg", "el", "cy", "ga", "gd", "hr", "sl", "sr", "et",
    "lt", "lv", "ca", "eu", "gl", "ur", "fa", "ar", "he",
    # (the Levant's month names: "قبل 30 حزيران", review)
    "ar_SY", "ar_LB", "ar_JO", "ar_IQ",
)
# A goal line: the goal word after a line or sentence start and at most a few marks ("**Ziel:**",
# "- Objetivo:"), up to three short words ("Objectif de notre côté :"), the colon a few marks
# after it. Bounded gaps: overlapping unbounded ones rescanned the text from every position (73
# s on 20,000 newlines, found by review).
_GOAL_LINE = LazyPattern(
    # (an article may stand first: Welsh "Y nod: cael mwy o geisiadau ...", a blind architecture
    # practice's item; "El objetivo:", "Das Ziel:")
    r"(?:^|(?<=[.!?。！？]))[^\w:：\n]{0,12}(?:(?:y|yr|el|la|le|il|lo|los|las|les|o|os|as|der|die|"
    # (an elided article among them: "Objectif de l'unité :", a blind registry's French minutes)
    r"das|het|de)[ \t]+)?" + GOAL + r"(?:[ \t]+(?:[^\W\d_]{1,3}['’])?[^\W\d_]{1,8}){0,3}"
    # (a full stop before a number abbreviates: "Cel: min. 95% sukien gotowych", a blind bridal
    # retailer's Polish item)
    # (Finnish says "as a goal" with no colon: "Tavoitteena saada lisää ...")
    r"(?:[^\w:：\n]{0,6}[:：]|(?<=tavoitteena)(?:[ \t]+on)?(?=[ \t])|"
    r"(?<=tavoitteenamme)(?:[ \t]+on)?(?=[ \t])|(?<=tavoitteemme)[ \t]+on)"
    r"[ \t]{0,3}(?:\*\*)?(?P<goal>(?:[^.!?。！？\n]|\.(?=[ \t]?\d)){1,200})",
    re.I | re.M,
)
# (zero as a word too: "Objectif de l'unité : zéro donneur potentiel non référé d'ici l'été", a
# blind organ-donation registry's French minutes)
_MOVED = LazyPattern(STEM + "|" + WORD + "|" + CJK + "|" + COMPARED + "|" + NOT_A_SINGLE
                    + r"|(?<!\w)" + ZERO + r"(?!\w)|\d", re.I)
_SAME_DAY = LazyPattern(SAME_DAY, re.I)
# (not a budget, a limit or a span of work: "Objetivo es 500 € de presupuesto", "Ziel ist 25 kg
# Höchstgewicht pro Paket", "Ziel ist 3 Tage Workshop", "Doel is 2 uur training", review)
_BOUND = (r"(?:(?:unter|über|weniger\s+als|mehr\s+als|onder|boven|minder\s+dan|meer\s+dan|"
          r"menos\s+de|más\s+de|moins\s+de|plus\s+de|sous|under|över|mindre\s+end)\s+)?")
_MEASURED_AFTER = (r"(?:%|m²|m2|m³|m3|kg|t\b|l\b|kwh|mwh|tonn?e?n?\b|" + TIME_UNIT
                   + r")[^\W\d_]*+"
                   r"(?!\s+(?:de\s+|of\s+|d['’])?(?:workshops?|trainings?|schulung\w*|opleiding\w*|"
                   r"formations?|développement|development|entwicklung|ontwikkeling|sprints?|"
                   r"proje[ck]t\w*|budget|presupuesto|höchst\w*|maxim\w*|max)\b)")
_OFFERED = LazyPattern(OFFERED, re.I)
# A goal word followed by its share with no colon: "objetivo 95% das rondas fora até às 6:15" (a
# blind bakery's Portuguese item).
# (not "meta", also a brand: "Meta 60%, Google 40%", review)
_GOAL_SHARE = LazyPattern(
    r"(?<!\w)(?!meta\b)" + GOAL + r"\s+(?:de\s+|di\s+|von\s+)?\d[\d.,]*\s?%|"
    # ... or its level after a date or an "is": "Ziel bis Dezember 4,5 Tage", "Doel H2 is 450.000
    # m² ingezameld" (a blind hospital's and a blind carpet recycler's items)
    # (a share, a span of time or a measured amount, not a count of things to build: "Het doel is 2
    # of 3 nieuwe schermen te ontwerpen", review)
    # (the date a month, a quarter or a day: "Ziel bis Q3 4,5 Tage", "Ziel bis 30.06. unter 5
    # Tage", review)
    r"(?<!\w)(?!meta\b)" + GOAL + r"\s+(?:bis|hasta|até|jusqu['’]à|entro|tot|till|do|by)\s+"
    r"(?:[^\W\d_]+\.?|[qh][1-4]|\d{1,2}\.\d{1,2}\.(?:\d{2,4})?)\s+(?:\d{4}\s+)?" + _BOUND
    + r"(?:~\s?)?\d[\d.,]*\s?" + _MEASURED_AFTER + r"|"
    r"(?<!\w)(?!meta\b)" + GOAL + r"\s+(?:\w{1,4}\s+){0,2}?(?:is|ist|es|est|è|é|on|er|är|jest)\s+"
    + _BOUND + r"(?:~\s?)?\d[\d.,]*\s?" + _MEASURED_AFTER,
    re.I)
def states_a_goal(text: str) -> bool:
    """Whether `text` has a goal line in another language whose sentence moves something or
    gives an amount: the word for "goal", "metric", "KPI", "indicator" or "expected result" and
    a colon, then a direction word or a number that is no date or version before the sentence
    ends."""
    # (dates set aside before the line is cut at a full stop: "Cíl: ... do 1. prosince.")
    # (a goal line about a setting, a limit or a price moves no outcome: "Cel: limit czasu sesji
    # 30 min", review)
    return _GOAL_SHARE.search(text) is not None or any(
        (_MOVED.search(goal := match.group("goal"))
         or (_SAME_DAY.search(goal) and not _OFFERED.search(goal)))
        and not SETTING_OR_PRICE.search(goal)
        for match in _GOAL_LINE.finditer(NOT_AN_AMOUNT.sub(" ", text))) or any(
        _COUNT_FIRST.match(match.group("goal"))
        and not SETTING_OR_PRICE.search(match.group("goal"))
        for match in _GOAL_LINE.finditer(_not_a_goal_amount().sub(" ", text)))
# A count that opens a goal line, or follows a verb of winning, is its target ("Ziel: 8 neue
# aktive Händler in NRW bis Ende Juni", "Objetivo: 30 pacientes emparelhados com um Buddy até
# dezembro", "Nod: ychwanegu 4 stenograffydd ardystiedig", blind organisations' items;
# "Obiettivo: chiudere 15 nuovi contratti", a review's); one inside it is the work's scope ("Ziel:
# Umstellung aller 40 Filialen", "Objetivo: lanzar 3 nuevas funciones", a review's).
_COUNT_FIRST = LazyPattern(
    r"\s*(?:\*\*)?(?:(?:[^\W\d_]+\s+){0,2}?(?:gewinn\w*|werb\w*|ganar|conseguir|captar|"
    r"sumar|ganhar|conquistar|fechar|chiudere|acquisire|firmare|vincere|signer|gagner|recruter|"
    r"attirer|winnen|werven|pozyska\w*|zdoby\w*|pozysk\w*|získat|vinna|värva|ychwanegu|"
    r"recriwtio|kazanmak|привлечь|набрать|залучити|"
    # (or a date set aside before it: "Hedef: 30 Haziran'a kadar 40 yeni bayi", "Cíl: do 30.
    # června 40 nových členů", a review's)
    r"kadar|bis|hasta|até|jusqu['’]?à|entro|do|tot|till|innan|by|before|avant|antes|vor|przed|"
    r"před|до|к)\s+)?"
    r"(?:(?:ca\.?|about|around|approx\.?|mindestens|mind\.|au\s+moins|al\s+menos|"
    r"pelo\s+menos|ponad|co\s+najmniej|minst|min\.?|~)\s*)?\+?\d", re.I)
@cache
def _not_a_goal_amount() -> re.Pattern[str]:
    """What is no amount in a goal line: as outside one, except that a number before a word is a
    date only when the word is a month's name. A goal line's count is its target ("Ziel: 8 neue
    aktive Händler", "Objetivo: 30 pacientes emparelhados", blind organisations' items; read
    only where the count opens the line, `_COUNT_FIRST`). Month names, in the format and
    stand-alone forms, wide and abbreviated (of four letters or more), come from the Unicode CLDR
    through Babel (built on first use: about 0.15 s)."""
    months = sorted({
        name.lower().rstrip(".")
        for locale in _MONTH_LOCALES
        for context in ("format", "stand-alone")
        for width in ("wide", "abbreviated")
        for name in get_month_names(width, context, locale).values()
        # (an abbreviation of three letters is as often a word: Italian "tra", Romanian "mai
        # multe", found by review)
        if not any(ch.isdigit() for ch in name) and (width == "wide" or len(name.strip(".")) > 3)
    }, key=len, reverse=True)
    return re.compile(
        # (an ordinal with its full stop is no count: "bis zum 3. Quartal", review)
        # (nor the goal word of the next sentence: "um 10:00. Ziel: ...")
        NOT_AN_AMOUNT_ANYWHERE + r"|\b\d{1,2}\.\s+(?!" + GOAL + r"\b)[^\W\d_]{3,}+|"
        r"\b\d{1,2}\.?\s+(?:de\s+|of\s+|di\s+|d'\s*)?(?:"
        # (with a Turkish case ending: "30 Eylülde", "1 Temmuz'a")
        + "|".join(map(re.escape, months)) + r")(?:['’]\w{1,4}|[dt][ae])?(?!\w)",
        re.I,
    )
