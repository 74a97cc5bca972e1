"""The words OKR pages use for "objective" and "key results", in the languages teams write in.

One list, read by the Markdown headings (index/okr_markdown.py) and the table columns
(index/okr_tables.py). English, German, French, Spanish, Dutch, Portuguese and Italian, as OKR
templates in those languages title them; ASCII spellings of accented words are accepted too.
"""

from __future__ import annotations

# "Objective 2: ...", "Ziel 2: ...", "Objectif 2 : ...": a word that makes a heading an objective.
OBJECTIVE_WORDS = r"objective|obj|ziel|objectif|objetivo|doel|obiettivo"
# "OKR 4 — ...": one objective with its key results, numbered like an objective.
OKR_WORD = r"okr"
# "Key results" in each language: a heading labelling the list, or a table column.
KEY_RESULT_WORDS = (
    r"key[ -]?results?|krs?|schl(?:ü|ue)sselergebniss?e?|kernergebniss?e?|"
    r"r[ée]sultats?[ -]cl[ée]s?|resultados?[ -]clave|kernresulta(?:at|ten)|"
    r"resultados?[ -]chave|risultat[io][ -]chiave"
)
# Labels of the key-result list under an objective (never an objective's title): the words
# above and the English words that stand for them in headings.
KEY_RESULT_LABELS = rf"{KEY_RESULT_WORDS}|results|metrics|measures?(?: of success)?"
