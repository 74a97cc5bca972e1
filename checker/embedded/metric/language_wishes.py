"""How a sentence in another language says it wants an amount moved or names one moved: a wish to
lower or raise a quantity, or for fewer of a thing over a period (`WANT_LOWER`), a saving and its
amount (`SAVING_AMOUNT`), a pass from one level to another (`PASSES_FROM_TO`). Split from
languages.py (thirty-second session), which reads them in `moves_an_amount`; the words are those
of language_words.py. Measured on tests/data/metrics/languages.jsonl.
"""

from __future__ import annotations

import re

from checker.embedded.metric.language_words import WANT
from checker.embedded.metric.patterns import LazyPattern

# We want to lower or raise something counted: "Queremos bajar los casos clínicos de mastitis en
# todos los sitios" (a blind dairy group's Spanish item); not a price or a size ("Queremos bajar
# el precio", "aumentar el tamaño de la letra").
WANT_LOWER = LazyPattern(
    r"(?<!\w)" + WANT + r"[ \t]+(?:bajar|reducir|disminuir|subir|aumentar|senken|reduzieren|"
    r"erhöhen|steigern|verlagen|verminderen|verhogen|réduire|baisser|augmenter|ridurre|aumentare|"
    # (Ukrainian and Russian raise and lower: "Хочемо підняти виробіток бригади з 19 до 22 кг/год",
    # a blind mushroom farm's item; the stems alone also raise a server or a version, review)
    r"diminuire|zmniejszyć|zwiększyć|obniżyć|reduzir|diminuir|підняти|підвищити|знизити|поднять|"
    r"повысить|снизить)[ \t]+(?:(?:el|la|los|las|o|a|os|as|"
    r"le|les|die|der|das|den|de|het|il|lo|i|gli)[ \t]+)?(?!(?:precio|preço|prix|preis|prezzo|"
    r"prijs|cena|tamaño|tamanho|taille|größe|dimensione|grootte|rozmiar|tarifa|cuota)\b)"
    r"[^\W\d_]{4,}|"
    # fewer of a thing, wanted: "On veut moins de déclassements pour défauts de croûte cette
    # année" (a blind Comté cooperative's French item), "Queremos menos devoluciones"
    r"(?<!\w)" + WANT + r"[ \t]+(?:moins[ \t]+d(?:e[ \t]+|['’])|menos[ \t]+|weniger[ \t]+|"
    r"minder[ \t]+|mniej[ \t]+|meno[ \t]+|méně[ \t]+|færre[ \t]+|färre[ \t]+|менше[ \t]+|"
    r"меньше[ \t]+)(?!(?:clics?|clicks?|klick\w*|pasos|étapes|schritte|champs|campos|felder)\b)"
    # (over a period: not a design's parts, "On veut moins de couleurs dans le nouveau logo",
    # review)
    r"[^\W\d_]{4,}(?=[^.!?\n]*?(?:cette[ \t]+(?:année|saison)|ce[ \t]+mois|este[ \t]+(?:año|mes)|"
    r"esta[ \t]+temporada|dieses[ \t]+jahr|diesen[ \t]+monat|w[ \t]+tym[ \t]+roku|"
    r"par[ \t]+(?:mois|an|semaine)|por[ \t]+(?:mes|año|semana)|pro[ \t]+(?:monat|jahr|woche)|"
    r"в[ \t]+этом[ \t]+году|цього[ \t]+року))",
    re.I,
)

# A saving said as a noun and its amount: "Szacowana oszczędność ok. 180 MWh rocznie" (a blind
# mushroom farm's Polish item), "Einsparung von rund 120 MWh pro Jahr"; in Polish, German,
# Spanish, Portuguese, French, Italian, Dutch, Czech, Danish, Swedish, Finnish, Turkish, Russian
# and Ukrainian. (The noun, not the stem: "Modo de ahorro de energía", "úsporný režim", review.)
SAVING_AMOUNT = LazyPattern(
    r"(?<!\w)(?:oszczędnoś[cći]\w*|einsparung(?:en)?|ersparnis(?:se)?|ahorro|economia|économie|"
    r"risparmio|besparing(?:en)?|besparelse|úspor[auy]|säästö|tasarruf|экономия|экономии|"
    r"економія|економії):?(?:[ \t]+[^\W\d_]{1,12}){0,2}?[ \t]+(?:ok\.|około|ca\.|rund|circa|cerca"
    r"[ \t]+de|environ|около|близько|asi|noin|yaklaşık|de|von|van|di|z|na)?[ \t]*~?\d",
    re.I,
)

# A count or a share passed from one level to another: "deberíamos pasar de 1 a 2 reparaciones por
# técnico en un día bueno" (a blind rope-access contractor's Spanish item), "passer de 12 % à 8 %".
PASSES_FROM_TO = LazyPattern(
    r"(?<!\w)(?:pasar|pasaría|pasamos|passer|passerait|passar|passaria|passare)[ \t]+de[ \t]+~?"
    r"\d[\d.,]*[ \t]*%?[ \t]+(?:a|à)[ \t]+~?\d",
    re.I,
)
