"""The words a key result written as one sentence is made of, in the languages OKR pages are
written in (English, German, French, Spanish, Dutch, Portuguese, Italian, as index/okr_words.py).

Read by index/okr_sentence.py: the verb that moves the metric ("Cut", "Senken", "Réduire"), the
words before it that are no part of its name ("the", "die", "le"), the words joining a baseline
to a target ("from ... to", "von ... auf", "de ... à") and the units written after a number.
Verbs are listed as OKR guides and templates phrase key results (imperative, infinitive and
German's infinitive at the end: "Die Ladezeit von 4 s auf 1 s senken").
"""

from __future__ import annotations

import re


def _words(*groups: str) -> str:
    """One alternation, longest spelling first (so "speed up" wins over "speed")."""
    words = {w.strip() for group in groups for w in group.split("|") if w.strip()}
    return "|".join(sorted(words, key=lambda w: (-len(w), w)))


# Verbs that move a metric, with the particle some take ("bring down", "drive up").
MOVING_VERBS = _words(
    "cut|reduce|lower|decrease|shrink|halve|drop|slash|trim|shorten|minimi[sz]e|eliminate|"
    "raise|increase|grow|lift|boost|improve|expand|double|triple|maximi[sz]e|accelerate|"
    "move|take|get|keep|hold|bring|push|drive|reach|hit|achieve|attain|maintain|scale|"
    "speed up|bring down|bring up|drive down|drive up|push down|push up|scale up|get down|"
    "move up|move down|take down|take up|ramp up|level up|lift up|cut down",
    # German: infinitive and imperative
    "senken|steigern|erhöhen|erhoehen|reduzieren|verringern|verkürzen|verkuerzen|verbessern|"
    "halbieren|verdoppeln|ausbauen|bringen|erreichen|halten|"
    "senke|steigere|erhöhe|erhoehe|reduziere|verringere|verkürze|verkuerze|verbessere|"
    "halbiere|verdopple|baue aus|bringe|erreiche|halte",
    # French
    "réduire|reduire|augmenter|diminuer|faire passer|porter|améliorer|ameliorer|accroître|"
    "accroitre|baisser|abaisser|doubler|atteindre|maintenir|faire croître|faire croitre",
    # Spanish
    "reducir|aumentar|incrementar|disminuir|mejorar|bajar|subir|crecer|llevar|elevar|"
    "alcanzar|mantener|duplicar|acortar",
    # Dutch
    "verlaag|verhoog|verminder|verkort|verbeter|verdubbel|groei|breng|bereik|houd|"
    "verlagen|verhogen|verminderen|verkorten|verbeteren|verdubbelen|groeien|brengen|bereiken",
    # Portuguese
    "reduzir|aumentar|diminuir|melhorar|elevar|crescer|levar|alcançar|alcancar|manter|"
    "duplicar|encurtar",
    # Italian
    "ridurre|aumentare|diminuire|migliorare|portare|crescere|abbassare|raddoppiare|"
    "raggiungere|mantenere|accorciare",
)
# A metric said to move by itself: "Churn goes from 5% to 3%", "Die Quote steigt von ...".
MOTION_VERBS = _words(
    "goes|go|moves|move|rises|rise|falls|fall|drops|drop|grows|grow|climbs|climb|increases|"
    "decreases|improves|shrinks|changes|declines|comes down|goes down|goes up|moves up|"
    "moves down|is brought|is cut|is reduced|is raised|is increased",
    "steigt|sinkt|fällt|faellt|wächst|waechst|geht|passe|passe de|baisse|augmente|"
    "pasa|sube|baja|crece|gaat|stijgt|daalt|groeit|passa|sobe|desce|cresce|scende|sale",
)
# A verb's particle left behind its object: "Drive churn down from 5% to 3%".
PARTICLES = r"down|up|back|out"
# Words before the metric's name that are no part of it.
DETERMINERS = _words(
    "the|our|your|its|their|a|an|this|that",
    "der|die|das|den|dem|des|unsere|unseren|unserer|unser",
    "le|la|les|l'|l’|notre|nos",
    "el|los|las|nuestro|nuestra|nuestros|nuestras",
    "de|het|onze|ons",
    "o|os|as|nosso|nossa|nossos|nossas",
    "il|lo|gli|i|il nostro|la nostra",
)
# "from" and "to" joining a baseline and a target, in every language above.
FROM_WORDS = _words("from|von|vom|de|del|van|da|dal|dalla|desde|du")
TO_WORDS = _words("to|auf|zu|bis|à|a|al|alla|naar|tot|para|hasta|até|ate")
ARROWS = r"-{1,2}>|→|⟶|⇒|=>|–>|—>"
# A target alone: "Get p95 latency below 300 ms", "Median first response under 8 hours". "to"
# and "at" say a level only after a moving verb ("Grow X to 2,000"; "Close it in ..." is none).
BELOW_ABOVE = _words(
    "below|under|above|over|at least|at most|less than|more than|fewer than|no more than|"
    "at or below|at or above|<=|>=|≤|≥|<|>",
    "unter|über|ueber|mindestens|höchstens|hoechstens|"
    "sous|en dessous de|au-dessus de|moins de|plus de|au moins|"
    "por debajo de|por encima de|menos de|más de|mas de|"
    "onder|boven|minder dan|meer dan|ten minste|"
    "abaixo de|acima de|menos de|mais de|"
    "sotto|sopra|meno di|più di|piu di|almeno",
)
LEVEL_AFTER_VERB = _words(f"{TO_WORDS}|at|bei|à|en|op|em|a")
# "Reach 10,000 weekly active users": the metric follows the number.
REACH_VERBS = _words("reach|hit|achieve|attain|get to|grow to|erreichen|atteindre|alcanzar|"
                     "bereik|alcançar|alcancar|raggiungere")
# Words that end a unit: what follows the number and is no unit ("from 2 to 8 by Q3").
UNIT_ENDS = _words(
    "by|in|within|before|after|during|for|across|while|and|or|with|without|at|on|through|via|"
    "between|until|till|"
    "over|under|among|from|to|than|instead|so|when|as|since|until|each|every|of|the|this|"
    "next|end|while|among|compared|vs|versus|then|thanks|using|among|into|per cent",
    "bis|im|in|zum|zur|für|fuer|mit|und|oder|ohne|bei|vor|nach|pro|zwischen",
    "en|dans|avec|pour|et|ou|d'ici|sans|avant|après|apres|par|entre",
    "con|para|y|o|antes|después|despues|sin|por",
    "met|voor|binnen|en|of|zonder|na|tussen",
    "em|com|e|ou|sem|até|ate",
    "entro|con|e|o|senza|prima|dopo",
)
# "per month", "pro Monat", "par mois": a rate after a number (its words kept as written).
RATE_WORDS = r"per|pro|par|por|je"
PERCENT_WORDS = r"%|percent|per ?cent|prozent|pour ?cent|por ?ciento|procent|por ?cento|per ?cento"
# Units a bare level may end in ("below 300 ms"), where a noun after the number could as well be
# the rest of the metric's name ("<10min contributor onboarding").
TIME_UNITS = {
    "ms": 0.001, "millisecond": 0.001, "milliseconds": 0.001,
    "s": 1, "sec": 1, "secs": 1, "second": 1, "seconds": 1,
    "min": 60, "mins": 60, "minute": 60, "minutes": 60,
    "h": 3600, "hr": 3600, "hrs": 3600, "hour": 3600, "hours": 3600,
    "d": 86400, "day": 86400, "days": 86400,
    "week": 604800, "weeks": 604800,
    "month": 2629800, "months": 2629800,
    "stunde": 3600, "stunden": 3600, "tag": 86400, "tage": 86400, "tagen": 86400,
    "minuten": 60, "sekunden": 1, "heure": 3600, "heures": 3600, "jour": 86400,
    "jours": 86400, "hora": 3600, "horas": 3600, "día": 86400, "días": 86400, "dia": 86400,
    "dias": 86400, "uur": 3600, "dag": 86400, "dagen": 86400, "ore": 3600, "ora": 3600,
    "giorni": 86400, "giorno": 86400, "minuti": 60, "secondi": 1,
}
LEVEL_UNITS = _words(
    "|".join(re.escape(u) for u in TIME_UNITS),
    "points|pts|pp|percentage points|p\\.p\\.|x|k|ms",
)
# A time unit may carry a qualifier: "8 business hours", "4 working days".
TIME_QUALIFIERS = r"business|working|calendar|work|werk|arbeits"

# Numbers that are no level of a metric: a date ("1 March", "Q3 2026", "by 2027"), a clock time
# ("9:00") or a version ("3.12.1", "v2", "Java 17"). index/okr_sentence.py sets them aside.
MONTHS = _words(
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec",
    "januar|februar|märz|maerz|mai|juni|juli|oktober|dezember",
    "janvier|février|fevrier|mars|avril|juin|juillet|août|aout|septembre|octobre|novembre|"
    "décembre|decembre",
    "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre",
    "januari|februari|maart|mei|augustus",
    "janeiro|fevereiro|março|marco|maio|junho|julho|setembro|outubro|novembro|dezembro",
    "gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre",
)
# "1 of March", "1 de marzo", "1er mars".
DAY_OF = r"of|de|di"
DAY_SUFFIXES = r"st|nd|rd|th|er|\."
# A number right after one of these is a version: "version 2", "Java 8 to Java 17".
VERSION_WORDS = _words(
    "version|ver\\.|release|v|versión|versione|versão|versao|versie",
    "java|jdk|jre|openjdk|python|py|node|node\\.js|nodejs|ruby|php|golang|go|kotlin|scala|swift|"
    "rust|perl|\\.net|dotnet|rails|django|react|angular|vue|spring boot|spring|kubernetes|k8s|"
    "postgres|postgresql|mysql|ios|android|ubuntu|debian|rhel|centos|windows|macos|tls|"
    "terraform|elasticsearch|redis|mongodb|typescript|gradle|webpack|laravel|symfony|"
    "drupal|wordpress|magento|angularjs|ie|chrome|firefox|safari|oracle",
)
# A sentence that opens with one of these and reads no unit changes a version, not a metric:
# "Upgrade all services from 3.8 to 3.12".
VERSION_VERBS = _words(
    "upgrade|update|migrate|bump|port|patch|downgrade|pin|switch",
    "aktualisieren|aktualisiere|migrieren|migriere|upgraden",
    "mettre à jour|mettre a jour|migrer",
    "actualizar|migrar|atualizar",
    "bijwerken|migreren|aggiornare|migrare",
)
