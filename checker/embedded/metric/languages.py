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

Outside a goal line (`moves_an_amount`), a sentence names an outcome when it moves something
(a direction word, a word for "fewer", or a word for "more" before an amount) and either gives
an amount that is no date, version, size or price, or names a measured quantity: time, waiting,
number, share, rate, errors, calls, complaints, returns, cancellations, delays, queues,
conversion, visits, sales, revenue, cost (`_MEASURED`, in the languages above and in Welsh,
Greek, Romanian, Hungarian, Finnish, the Scandinavian and South Slavic languages and
Indonesian), not a thing named after one ("los mensajes de error", "Fehlermeldungen"); a bound
below a span of time or a share counts too ("w mniej niż 20 minut", "20分以内"). A sentence
about a setting, a capacity, a version, a price or what happened last quarter moves no outcome
("Aumentar el número de workers a 8", "las devoluciones aumentaron un 12% el trimestre
pasado"), as in the English rule's exclusions. Measured on tests/data/metrics/languages.jsonl:
two sets written blind by helpers in 18 and 25 languages and a review's sentences, read to build
the words, and a third set, never read, held out.
"""

from __future__ import annotations

import re
from functools import cache

from babel.dates import get_month_names

# The languages whose month names end a date in a goal line (CLDR locale codes): the detector's
# languages (checker/screening/language.py) and the others teams write goal lines in.
_MONTH_LOCALES = (
    "en", "es", "pt", "fr", "de", "it", "nl", "pl", "cs", "sk", "sv", "da", "nb", "fi", "tr",
    "id", "vi", "ro", "hu", "ru", "uk", "bg", "el", "cy", "ga", "gd", "hr", "sl", "sr", "et",
    "lt", "lv", "ca", "eu", "gl", "ur", "fa", "ar", "he",
    # (the Levant's month names: "قبل 30 حزيران", review)
    "ar_SY", "ar_LB", "ar_JO", "ar_IQ",
)

_GOAL = (
    r"(?:objetivos?|objectivos?|metas?|cel|cele|ziele?|obiectiv(?:ul|ele|e)?|objectifs?|obiettivi|obiettivo|doel|"
    r"doelen|mål(?:et)?|tavoite|cíl|cíle|cieľ|hedef|amaç|mục\s+tiêu|目标|目標|목표|цель|цели|ціль|мета|"
    # (Bulgarian: "Целта е да вдигнем добива на чедър към 10,1 кг на 100 литра")
    r"целта|целите|цел|"
    r"στόχος|στόχοι|στόχο|nod|sprioc|amas|verwachting|"
    r"résultats?\s+attendus?|resultados?\s+esperados?|risultat[oi]\s+attes[oi]|"
    r"erwartete[sn]?\s+ergebnis(?:se)?|erwartung(?:en)?|oczekiwany\s+(?:rezultat|efekt)|verwacht\s+resultaat|"
    # an expected effect ("Erwarteter Effekt: mehr zahlende Cloud-Organisationen", a blind CI
    # company's German item)
    r"erwartete[rn]?\s+(?:effekt|wirkung|nutzen)|efecto\s+esperado|efeito\s+esperado|"
    r"effet\s+attendu|effetto\s+atteso|verwacht\s+effect|efect(?:ul)?\s+a[șs]teptat|"
    r"kpi|métricas?|metricas?|métriques?|metriken|metrik|metryk[ai]|metriche|metrica|kennzahl(?:en)?|"
    r"indicador(?:es)?|indicateurs?|indicatori|wskaźnik|показатель|метрика|"
    # Urdu, Persian and Arabic ("مقصد: غلط سائز کی وجہ سے ہونے والی واپسی کم کرنا", a blind
    # uniform maker's Urdu item)
    r"مقصد|ہدف|هدف|الهدف|اهداف)"
)
# Words that move a quantity, as the start of a word: reduce, lower, cut, shorten, raise,
# increase, improve, grow, fall; in Spanish, Portuguese, French, German, Italian, Dutch, Polish,
# Czech, Slovak, Slovene, Croatian, Swedish, Danish, Norwegian, Finnish, Estonian, Lithuanian,
# Turkish, Russian, Ukrainian, Bulgarian, Greek, Romanian, Hungarian, Welsh, Vietnamese and
# Indonesian ("зростання", "wzrost", "crecimiento", "lleihau", "μειωθούν", "csökkenteni").
_STEM = (
    r"(?<!\w)(?:reduc|reduz|rédui|reduzier|ridur|verminder|verlag|zmniejsz|obniż|ogranicz|skróc|"
    r"sníž|zkrát|minsk|azalt|сниз|сокра|уменьш|знизи|скороти|"
    r"aument|augment|erhöh|steiger|verhog|verhoog|zwiększ|podnieś|podnies|podnio|zvýš|öka|artır|увелич|"
    r"повыс|збільш|підвищ|subir|bajar|baisser|senk|abbass|acort|encurt|raccourc|verkürz|accorc|"
    r"terugbreng|mejor|melhor|amélior|verbesser|miglior|verbeter|popraw|zlepš|förbättr|iyileştir|"
    r"улучш|покращ|höher|niedriger|hoger|mayor\b|menor\b|maior\b|"
    r"зрост|рост(?!ов)|wzrost|wzrośn|groei|wachs|croiss|cresc|crec|lleihau|cynydd|gynydd|gwella|μειω|"
    r"μείω|αυξ|αύξ|βελτι|diminu|verkort|halver|spadn|zrychl|indir|kısalt|выраст|сниж|зменш|"
    r"ostwng|gostwng|πέσ|gyors|csökk|növel|scad|creșt|turun|naik|tăng|giảm|rút\s+ngắn|"
    r"nedbring|forkort|lyhen|vähen|kasvat|baj(?:en|an|e|ará|arán)\b|zurückgeh|rückgang|sinken|"
    r"calan|calare|calo\b|omlaag|omhoog|spaść|spadek|spadł|kortere|kortare|korter\b|reduser|"
    r"dal(?:en|t)\b|daalt|düşür|azal|scăd|kurang|berkurang|zníž|zmanjš|smanjen|vähenda|sumažin|намал|"
    # Irish and Scottish Gaelic ("a mhéadú", "laghdú", "a bharrachd")
    r"mhéad|méadú|laghd|bharrachd|barrachd|àrdach|"
    # Finnish raise ("Tavoite: nostaa verkkokaupan toistuvien ostajien osuus 40 prosenttiin")
    r"nosta|"
    # Bulgarian raise and lower ("вдигнем", "повишим", "понижим")
    r"вдиг|повиш|пониж|"
    # Polish up and down said as a direction ("poszedłby w górę do ponad 97%", a blind print
    # shop's item)
    r"w\s+górę|w\s+dół|"
    # Danish, Norwegian and Swedish fall, sink and rise ("bør falde fra et halvt døgn til under to
    # timer", a blind offshore wind contractor's item)
    r"falde|falle|sjunk|synke|stige|stiga|"
    # Polish "go down from ... to" ("Chcemy zejść z mediany czasu naprawy z 4 dni do 1 dnia")
    r"zejś|zejd|zszed|"
    # Urdu, Persian and Arabic raise and lower ("بڑھانا", "اضافہ", "کاهش", "تقليل", "زيادة")
    r"بڑھا|اضافہ|اضافه|افزایش|کاهش|کاہش|تقليل|تخفيض|خفض|زيادة|رفع)"
)
# Whole words for more, fewer, under ("mais" is no "maison", "unter" no "Unternehmen").
_WORD = (
    r"(?<!\w)(?:más|mais|plus|mehr|più|meer|więcej|víc|fler|daha|больше|більше|menos|moins|"
    r"weniger|meno|minder|mniej|méně|färre|меньше|менше|abaixo|debajo|sous|unter|sotto|onder|"
    r"poniżej|pod|под|ponad|powyżej|"
    # Welsh more and fewer ("Y nod: cael mwy o geisiadau wedi'u caniatáu ar y cynnig cyntaf", a
    # blind architecture practice's item)
    r"mwy|llai|"
    # at most, at least ("Obiectivul: cel mult 2 colectări ratate pe lună", a blind print shop's)
    r"cel\s+mult|cel\s+puțin|co\s+najwyżej|co\s+najmniej|höchstens|mindestens|au\s+plus|"
    r"au\s+moins|como\s+máximo|como\s+mínimo|al\s+massimo|almeno|nejvýše|nejméně|"
    # Urdu and Persian less and more, whole words ("کم" is also the start of "کمپنی")
    r"کم|کمی|زیادہ|کمتر|بیشتر)(?!\w)"
)
# The same in scripts without spaces between words.
_CJK = (
    r"(?:降低|减少|提高|增加|缩短|提升|降到|压到|减半|減らす|減ら|下げ|上げ|増や|短縮|向上|引き上げ|半減|"
    r"줄이|낮추|높이|늘리|늘어|단축)"
)
# A goal line: the goal word after a line or sentence start and at most a few marks ("**Ziel:**",
# "- Objetivo:"), up to three short words ("Objectif de notre côté :"), the colon a few marks
# after it. Bounded gaps: overlapping unbounded ones rescanned the text from every position (73
# s on 20,000 newlines, found by review).
_GOAL_LINE = re.compile(
    # (an article may stand first: Welsh "Y nod: cael mwy o geisiadau ...", a blind architecture
    # practice's item; "El objetivo:", "Das Ziel:")
    r"(?:^|(?<=[.!?。！？]))[^\w:：\n]{0,12}(?:(?:y|yr|el|la|le|il|lo|los|las|les|o|os|as|der|die|"
    r"das|het|de)[ \t]+)?" + _GOAL + r"(?:[ \t]+[^\W\d_]{1,8}){0,3}"
    # (a full stop before a number abbreviates: "Cel: min. 95% sukien gotowych", a blind bridal
    # retailer's Polish item)
    r"[^\w:：\n]{0,6}[:：][ \t]{0,3}(?:\*\*)?(?P<goal>(?:[^.!?。！？\n]|\.(?=[ \t]?\d)){1,200})",
    re.I | re.M,
)
_MOVED = re.compile(_STEM + "|" + _WORD + "|" + _CJK + r"|\d", re.I)
# Spans of time and shares, and "each": a number before them is an amount, not a day of a
# month ("2 segundos", "20 per cento", "8 de cada 10").
_TIME_UNIT = (
    r"(?:minut|min\b|heure|hora|stund|godzin|hodin|час|годин|ore\b|uur|timm|time\b|timer|tunti|"
    r"saat|óra|día|dia\b|dias|jour|tag|dni|dní|dnů|dzie|den\b|dn[iy]|дн|день|dag|giorn|zile|nap|"
    r"päiv|gün|semana|semaine|woche|tydz|týd|недел|тиж|mes\b|meses|mois|monat|miesi|měsíc|месяц|"
    r"місяц|maand|månad|måned|kuukau|ay\b|hónap|lun|procent|prozent|pour|por\s?cent|per\s+cento|"
    r"percent|punt|point|pkt|λεπτ|ώρ|ημέρ|μέρ|segund|second|sekund|секунд|δευτερ|saniye|detik|"
    r"cada|chaque|jede|ogni|każd|každ|varje|кажд|кожн|prosent|"
    # Welsh spans of time ("o fewn 15 diwrnod gwaith", a blind records office's item)
    r"diwrnod|wythnos|munud|awr\b|mis\b)"
)
# Numbers that say when or which, not how much: a year, a quarter, a date, a version or a named
# thing's number ("antes del 30 de junio", "bis Q3", "auf Java 21", "versión 2"). Every number
# starts where no digit is before it and runs are possessive: "1" * 20,000 once took 30 s.
_NOT_AN_AMOUNT_ANYWHERE = (
    r"\b(?:19|20)\d\d\b|\bq[1-4]\b|\b\d{1,2}[./-]\d{1,2}(?:[./-]\d{2,4})?\b|"
    r"\b(?:versi\w*|v|release|sprint)\s*+\d++(?:\.\d+)*|"
    r"(?-i:\b[A-Z][\w+#-]*+\s++\d++(?:\.\d+)*\b)|"
    # a date in Chinese, Japanese or Korean, a week's number, "1er", a size on a page or a disk
    r"(?<!\d)\d{1,4}\s?[年月]\s?(?:\d{1,2}\s?[日号])?|(?<!\d)\d{1,2}\s?월\s?(?:\d{1,2}\s?일)?|"
    r"(?<!\d)\d{1,2}\s?일|"
    # (and in Vietnamese, the month by its number: "ngày 30 tháng 6")
    r"(?<!\d)\d{1,2}\s+tháng\s+\d{1,2}\b|\btháng\s+\d{1,2}\b|"
    r"\b(?:vecka|uge|uke|viik\w*|week|semaine|woche|tydzie\w*|týd\w*|settimana|semana|hét|"
    r"săptămân\w*|hafta|недел\w*|тиж\w*)\s+\d{1,2}\b|\b\d{1,2}(?:er|re|e|º|ª)\b|"
    r"(?<![\d.,])\d++(?:[.,]\d++)?\s?(?:px|pt|cm|mm|em|rem|[kmgt]b|mo|go|ko)\b|"
    # an age bound ("Nutzer unter 18", "menores de 16"), not a level
    r"\b(?:unter|menores\s+de|moins\s+de|sotto\s+i|poniżej|alatt|младше|молодше)\s+\d{1,2}\b"
    r"(?!\s?(?:%|[.,]\d|" + _TIME_UNIT + r"))"
)
# Outside a goal line, a number before a word is read as a day and a month ("30 de junio", "1.
# prosince"), whatever the word: a count said in a sentence is seldom the outcome ("3 nuevas
# funciones"). Not a span of time, "14 minutos", "5 Minuten", "2 dni" (possessive, or "Minut"
# would pass for a month before the "en"); nor the goal word of the next sentence ("lângă ușa 2.
# Obiectivul: cel mult 2 ...", a blind print shop's item); nor a unit ("Objectif : 30 fps
# stables en portable", a blind game publisher's item).
_NOT_AN_AMOUNT = re.compile(
    _NOT_AN_AMOUNT_ANYWHERE + r"|"
    r"\b\d{1,2}\.?\s+(?:de\s+|of\s+)?(?!" + _TIME_UNIT + r")(?!" + _GOAL + r"\b)"
    r"(?!(?:fps|kwh|mwh|mph|rpm|dpi|ppm|kcal|bpm)\b)[^\W\d_]{3,}+",
    re.I,
)


# A goal word followed by its share with no colon: "objetivo 95% das rondas fora até às 6:15" (a
# blind bakery's Portuguese item).
# (not "meta", also a brand: "Meta 60%, Google 40%", review)
_GOAL_SHARE = re.compile(r"(?<!\w)(?!meta\b)" + _GOAL + r"\s+(?:de\s+|di\s+|von\s+)?\d[\d.,]*\s?%",
                         re.I)


def states_a_goal(text: str) -> bool:
    """Whether `text` has a goal line in another language whose sentence moves something or
    gives an amount: the word for "goal", "metric", "KPI", "indicator" or "expected result" and
    a colon, then a direction word or a number that is no date or version before the sentence
    ends."""
    # (dates set aside before the line is cut at a full stop: "Cíl: ... do 1. prosince.")
    return _GOAL_SHARE.search(text) is not None or any(
        _MOVED.search(match.group("goal"))
        for match in _GOAL_LINE.finditer(_NOT_AN_AMOUNT.sub(" ", text))) or any(
        _COUNT_FIRST.match(match.group("goal"))
        for match in _GOAL_LINE.finditer(_not_a_goal_amount().sub(" ", text)))


# A count that opens a goal line, or follows a verb of winning, is its target ("Ziel: 8 neue
# aktive Händler in NRW bis Ende Juni", "Objetivo: 30 pacientes emparelhados com um Buddy até
# dezembro", "Nod: ychwanegu 4 stenograffydd ardystiedig", blind organisations' items;
# "Obiettivo: chiudere 15 nuovi contratti", a review's); one inside it is the work's scope ("Ziel:
# Umstellung aller 40 Filialen", "Objetivo: lanzar 3 nuevas funciones", a review's).
_COUNT_FIRST = re.compile(
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
        _NOT_AN_AMOUNT_ANYWHERE + r"|\b\d{1,2}\.\s+(?!" + _GOAL + r"\b)[^\W\d_]{3,}+|"
        r"\b\d{1,2}\.?\s+(?:de\s+|of\s+|di\s+|d'\s*)?(?:"
        # (with a Turkish case ending: "30 Eylülde", "1 Temmuz'a")
        + "|".join(map(re.escape, months)) + r")(?:['’]\w{1,4}|[dt][ae])?(?!\w)",
        re.I,
    )


# A bound below a span of time or a share: "w mniej niż 20 minut", "en moins de 2 heures",
# "20分以内" (not a size, a count of things or an age: "moins de 5 Mo", "weniger als 3
# Bestellungen", "poniżej 18 lat").
_BOUND = re.compile(
    r"(?<!\w)(?:mniej\s+niż|poniżej|menos\s+de|moins\s+de|en\s+dessous\s+de|weniger\s+als|"
    r"minder\s+dan|meno\s+di|méně\s+než|mindre\s+än|меньше\s+чем|менее|менше\s+ніж|dưới|"
    r"kurang\s+dari)\s+(?:\w+\s+)?\d[\d.,]*+\s?(?:%|" + _TIME_UNIT + r")|"
    # (a share above a level, not an age or a time: "au-dessus de 70 %", not "da oltre 30 giorni")
    r"(?<!\w)(?:au-dessus\s+de|por\s+encima\s+del?|oltre\s+il|boven\s+de|powyżej|выше|вище|"
    r"πάνω\s+από|peste|felett|uwch\s+na|di\s+atas)\s+(?:\w+\s+)?\d[\d.,]*+\s?(?:%|procent|"
    r"per\s?cent|pour\s?cent)|"
    r"(?<![\d.,])\d[\d.,]*+\s?(?:%|％|分钟|分|小时|時間|天|日|秒|분|시간|일|초)\s?"
    r"(?:以内|未満|以下|이내|미만|이하)",
    re.I,
)
# Fewer of something, in a sentence: "Minder no-shows bij de polikliniek", "méně studentů bude
# posílat neúplné žádosti", "llai o gwynion" (not "not fewer than", a floor; nor a size: "moins
# de 5 Mo").
_FEWER = (
    r"(?<!\w)(?<!не\s)(?<!ні\s)(?<!nie\s)(?<!ne\s)(?<!pas\s)(?<!nicht\s)(?<!no\s)"
    r"(?:menos|moins|weniger|minder|mniej|méně|menej|manj|manje|färre|færre|færri|menys|"
    r"vähemmän|mažiau|daha\s+az|меньше|менше|по-малко|λιγότερ\w*|mai\s+puțin\w*|kevesebb|llai|"
    r"ít\s+hơn|lebih\s+sedikit)(?!\w)(?!\s+(?:de\s+|als\s+|dan\s+|než\s+|än\s+)?\d[\d.,]*+\s?"
    r"(?:[kmgt]b|mo|go|ko|px|pt|cm|mm)\b)|更少|より少な|더\s?적|น้อยลง"
)
# More, with an amount only ("Mehr Neukunden gewinnen: +500 pro Monat"; "más tiempo para el
# examen" is an allowance).
_MORE = (
    r"(?<!\w)(?:más|mais|plus|mehr|più|meer|więcej|víc|fler|flere|daha\s+fazla|больше|більше|"
    r"περισσότερ\w*|mai\s+mult\w*|több|lebih\s+banyak)(?!\w)|更多|もっと|더\s?많"
)
# Halving and doubling: a direction and an amount at once ("diviser par deux les appels",
# "Halbierung der Abbruchquote", "Znížiť počet reklamácií o polovicu").
_HALVED = (
    r"(?<!\w)(?:a\s+la\s+mitad|pela\s+metade|para\s+a?\s*metade|de\s+moitié|diviser\s+par\s+deux|"
    r"halbier|halver|dimezz|o\s+połowę|na\s+pół|o\s+polovinu|o\s+polovicu|вдвое|вдвічі|"
    r"στο\s+μισό|yarıya|felére|la\s+jumătate|separuhnya|verdoppel|doubl|dobla|podwoi|"
    r"zdvojn|удво|подво)|减半|半減|半分に|절반으로|một\s+nửa"
)
_DIRECTION = re.compile(_STEM + "|" + _CJK + "|" + _FEWER + "|" + _HALVED, re.I)
# (the amount signed or a few words after the word: "+500 pro Monat", "więcej o 300 wizyt"; not
# "es la causa más común" in a sentence that also says "502 o 429")
_MORE_AMOUNT = re.compile(
    r"(?:" + _MORE + r")(?:\s+\S+){0,3}?\s+(?:[+]\s?)?\d|(?:" + _MORE + r")[^.!?\n]{0,60}?"
    r"(?<![\w.,])\+\s?\d|(?<![\w.,])\+\s?\d[^.!?\n]{0,60}?(?:" + _MORE + r")",
    re.I,
)
_HALVED_WORD = re.compile(_HALVED, re.I)
# Fewer of something, as what the work will bring: "Det vil gi færre avlusinger på lokaliteten"
# (it will give fewer delousings; a blind salmon farm's Norwegian item), "Das wird weniger
# Rückfragen bringen".
# (a verb of bringing, not of showing or using: "Mobil vil vise færre felter", "La app va a usar
# menos colores", found by review)
_BRINGS = (r"(?:gi|ge|give|bringe|bringen|betyr|betyder|betekenen|geben|bedeuten|dar|traer|"
           r"significar|gerar|trazer|donner|apporter|signifier|dare|portare|dać|przynieść|oznaczać)")
_WILL_FEWER = re.compile(
    r"(?<!\w)(?:vil|vill|ville|kommer\s+(?:att|til\s+å)|zal|zullen|zou|va\s+a|van\s+a|vai|vão|"
    r"va|vont|będzie|będą)[ \t]+(?:[^\W\d_]+[ \t]+){0,1}?" + _BRINGS + r"[ \t]+"
    r"(?:" + _FEWER + r")[ \t]+[^\W\d_]{4,}|"
    # German puts the verb last: "Das wird weniger Rückfragen beim Support bringen"
    r"(?<!\w)(?:wird|werden|würde)[ \t]+(?:[^\W\d_]+[ \t]+)?(?:" + _FEWER + r")[ \t]+[^\W\d_]{4,}"
    r"[^.!?\n]{0,40}?"
    r"[ \t](?:bringen|bedeuten|geben)(?!\w)",
    re.I,
)
# "There are more than" a count, a fact, not an amount moved: "Hay más de 100 colegios británicos
# en España" (a blind tutoring marketplace's item); "wollen mehr als 500 zusätzliche Buchungen
# gewinnen" still wants one.
_THERE_ARE_MORE = re.compile(
    r"(?<!\w)(?:hay|il\s+y\s+a|es\s+gibt|ci\s+sono|er\s+zijn|há|existem|det\s+finns|det\s+finnes|"
    r"jest|są|je|есть|є)\s+(?:" + _MORE + r")\s+(?:de|que|als|dan|di|da|niż|než|än|enn|от|ніж)\s+"
    r"\d[\d.,]*",
    re.I,
)
# Quantities a direction moves, as the start of a word (and inside a German, Dutch, Swedish or
# Finnish compound for time: "Wartezeit", "doorlooptijd", "väntetid", "käsittelyaika"), and the
# same in Chinese, Japanese and Korean.
_MEASURED = re.compile(
    r"(?<![\w-])(?:tiempo|tempo|temps|délai|delai|espera|attente|attesa|número|numero|nombre|"
    r"cantidad|quantidade|tasa|taxa|taux|tasso|porcentaje|percentag|pourcentage|percentual|"
    r"proporç|proporci|proportion|cuota|quota|quote|anteil|aandeel|andel|udział|podíl|part\b|"
    r"error|erro|erreur|errori|fehler|fout|fel\b|błęd|chyb|hata|ошиб|помил|λάθ|σφάλμ|"
    r"llamad|chamad|appels|chiamat|anruf|gesprek|telefon|połącze|hovor|samtal|arama|звон|дзвін|"
    r"обращен|звернен|κλήσ|galwad|conversi|conversã|conversie|konversi|konwersj|konverz|конверс|"
    r"dönüşüm|visit|besuch|bezoek|wizyt|návštěv|besök|ziyaret|посещ|відвід|επισκ|ventas|vendas|"
    r"ventes|vendite|umsatz|omzet|sprzeda|tržb|försälj|satış|продаж|πωλήσ|gwerthiant|ingreso|"
    r"receita|revenu|ricav|przychod|intäkt|gelir|выручк|доход|дохід|έσοδ|incwm|cost|coût|kosten|"
    r"koszt|náklad|kostnad|maliyet|затрат|витрат|κόστ|anzahl|aantal|antal|liczb|počet|sayı|"
    r"oran(?:ı|i|lar)?\w*|колич|кільк|числ|частк|долю|доля|відсот|процент|ποσοστ|αριθμ|χρόνο|"
    r"amser|nifer|canran|cyfran|czas|čas|süre|время|врем|час\b|odset|míra|wskaźnik|rate|ratio|"
    r"chilometr|kilomet|km\b|ruptur|durchsatz|doorloop|idő|arány|szám|hiba|timp|număr|rata|"
    r"eror|waktu|jumlah|tingkat|kesalahan|thời\s+gian|số\s+lượng|tỷ\s+lệ|lỗi|cuộc\s+gọi|"
    r"doanh\s+thu|chi\s+phí|aika|määrä|osuus|virhe|tid\b|antall|feil|opkald|ventetid|"
    r"líon|àireamh|uimhir|"
    # complaints, returns, cancellations, absences, delays, queues
    r"ausencia|absentismo|no-shows?|recogida|reclama|queja|devoluci|resi\b|reclami|retour|"
    r"beschwerde|rücksend|skarg|zwrot|klagom|klage|reklamation|valitu|şikayet|жалоб|скарг|"
    r"παράπον|καθυστερ|reclamați|panasz|cwyn|gwyn|keluhan|aflys|cancela|annul|storn|odwoł|"
    r"zrušen|peruu|iptal|отмен|скасув|ακυρ|anulăr|lemond|canslo|batal|retraso|atraso|retard|"
    r"verspät|opóźn|zpožděn|försen|forsink|viiväs|gecik|задерж|затрим|întârzier|késés|oedi|"
    r"keterlambatan|miktar|kolejk|colas?\b|file\s+d['’]attente|warteschlang|wachtrij|kø\b|køen|kö\b|"
    r"köer|jono|kuyruk|очеред|черг|ουρ|coad|sor\b|ciw|antre|antrian)|"
    # daily, weekly or monthly active people ("unsere wöchentlich aktiven Hörer")
    r"(?:täglich|wöchentlich|monatlich|dagelijks|wekelijks|maandelijks|dzienn|tygodniow|"
    r"miesięczn)\w*\s+a[ck]tie?[fvw]\w*|"
    r"(?:activ|ativ|attiv|actif)\w*\s+(?:diari|semanal|mensual|diári|semana|mensa|"
    r"quotidien|hebdomadaire|mensuel|giornalier|settimanal|mensil)\w*|"
    r"(?:zeit|tijd|tid|aika)(?:en|a)?\b|"
    r"时间|数量|比例|比率|错误|电话|转化|客流|销售|收入|成本|人数|投诉|退货|排队|"
    r"時間|件数|エラー|ミス|売上|収益|コスト|者数|苦情|返品|キャンセル|待ち|"
    r"시간|비율|오류|전화|전환|매출|비용|자 수|건수|불만|반품|취소|대기|khiếu\s+nại|hàng\s+chờ|hủy",
    re.I,
)
# A thing named after a quantity, before it ("los mensajes de error", "el panel de ventas", "la
# validación del número de teléfono", "previsão do tempo") or after it in one word
# ("Fehlermeldungen", "Arbeitszeitexport").
_THING_BEFORE = re.compile(
    r"(?:mensaje|mensagem|message|messaggi|komunikat|zpráv|meddelande|mesaj|сообщени|"
    r"повідомлен|μήνυμ|neges|panel|panneau|painel|botón|botão|bouton|pulsante|przycisk|tlačítk|"
    r"widget|formulario|formulaire|formulário|filtro|filtre|gráfico|graphique|informe|rapport|"
    r"relatório|tabla|tableau|export|validaci|validação|previs|campo|champ|pantalla|écran|ecrã|"
    r"ficha|tarjeta|carte|cartão|columna|colonne)\w*\s+(?:\w{1,4}\s+){0,2}\w*$",
    re.I,
)
_THING_AFTER = re.compile(
    r"\w*?(?:meldung|anzeige|feld|filter|seite|export|verwaltung|nummer|formular)", re.I)
# A sentence about a setting or a capacity ("la expiración de la sesión", "workers",
# "réplicas", "la retención de logs", "okres próbny", "Wartungsfenster", "columnas"), a version
# with its number, a price, or what happened before ("el trimestre pasado", "im letzten
# Quartal") moves no outcome.
_NO_OUTCOME = re.compile(
    r"(?<!\w)(?:time-?out|expiraci|ablauf|λήξ|oturum\s+süresi|"
    r"worker|воркер|pods\b|podów|réplica|replica|реплик|partici[oó]n|partition|partycj|"
    r"(?:retenci[oó]n|rétention|retention)\s+(?:de\s+|des\s+|of\s+)?(?:los\s+|les\s+|the\s+)?"
    r"(?:logs?|datos|données|data|registros|copias|backups?)|aufbewahr|przechowyw|cron|"
    r"okres\s+próbny|per[ií]odo\s+de\s+prueba|"
    r"testzeitraum|trial\s+(?:period|length)|wartungsfenster|"
    r"límite|limite|limit|grenze|columna|colonne|spalte|kolumn|altura|hauteur|höhe|"
    # (a size set, not a basket's: "el tamaño máximo", "Dateigröße"; "el tamaño medio del carrito")
    r"(?:tamaño|taille|größe|rozmiar|velikost|storlek|boyut|размер|розмір|μέγεθος)\s+(?:\w+\s+)?"
    r"(?:máxim|maxim|mínim|minim|max|min|de\s+(?:la\s+|los\s+|l[ae]\s+)?(?:letra|fuente|police|"
    r"imagen|image|archivo|fichier|logo|botón|bouton|p[aá]gina))|\w*(?:datei|schrift|bild)größe|"
    r"umbral|seuil|schwellenwert|"
    r"próg|порог|поріг|uchováv|padding|margen|marge|abstand|ancho|largeur|breite|"
    r"gelijktijdig|simultáne|simultané|gleichzeitig|concurrent|jednoczesn|současn|samtidig|"
    r"одновремен|одночасн|"
    # (a version's number, not a time: "la versión móvil a 2 segundos" is the load time)
    r"(?:versi|wersj|верси|версі)\w*\s+(?:\S+\s+){0,3}?\d[\d.]*+(?!\s?(?:%|" + _TIME_UNIT + r"))|"
    r"tarif|тариф|precio|preço|prix|\w*preis|prezzo|prijs|cen[aęuy]\b|pris\b|priset|hinta|"
    r"fiyat|цен[аыу]\b|цін[аиу]\b|τιμ[ήέ]|preț|комісі|комисси|comisi[oó]n|comissão|gebühr|opłat|"
    r"poplat|avgift|gebyr|ücret|abonament|abonnement|abono|(?:monats|mitglieds|jahres)beitrag|"
    r"mensalidade|"
    r"versandkost|gastos\s+de\s+envío|frais\s+de\s+port|frete|"
    # (what happened before: "el trimestre pasado", "im letzten Quartal", "l'an dernier")
    r"(?:trimestre|mes|año|semestre|semana)\s+pasad[oa]|(?:mois|trimestre|semestre)\s+dernier|"
    r"l'an(?:née)?\s+derni[eè]re?|letzten\s+(?:quartal|monat|jahr)|(?:trimestre|mese|anno)\s+scorso|"
    r"ubiegł\w*\s+(?:kwarta\w*|miesi\w*|rok\w*)|minul\w*\s+(?:čtvrtlet\w*|měsíc\w*|rok\w*)|"
    r"прошл\w*\s+(?:квартал|месяц|год)\w*|минул\w*\s+(?:квартал|місяц|рік|року)\w*|"
    r"geçen\s+(?:yıl|ay|çeyrek)|aumentaron|augmenté|gestiegen|aumentou|wzrosł|вырос|зріс)|"
    r"保留|超时|タイムアウト|타임아웃|上限|下限|限制|制限|大小|サイズ|保存期間|크기|제한|보관|버전|バージョン|版本|phiên\s+bản|价格|価格|料金|가격|요금|"
    r"phí|biaya",
    re.I,
)
# (a number after a letter of a Latin word is a name's, "v2", "Q3"; after Chinese or Japanese
# it is an amount: "提高到95%")
_AMOUNT = re.compile(r"(?<![\d.,])(?<![A-Za-z_])[+-]?\d[\d.,]*")
# A condition: a bound in it is a trigger ("배터리 잔량 15% 이하일 때 경고", "cuando queden menos
# de 5 unidades"), not a level to reach.
_TRIGGER = re.compile(
    r"(?<!\w)(?:cuando|quand|lorsque|wenn|sobald|falls|quando|wanneer|zodra|gdy|jeśli|jeżeli|"
    r"když|pokud|när|kun|jos|eğer|когда|если|коли|якщо|όταν|dacă|amikor|khi|ketika|jika)(?!\w)|"
    r"때|とき|場合|如果|当",
    re.I,
)
_SENTENCE = re.compile(r"[^.!?。！？\n]+")


# The goal said in a sentence, then an amount: "y nod yw cyrraedd 1.8kg", "el objetivo es llegar
# a 1,8 kg", "das Ziel ist, 1,8 kg zu erreichen".
# (a level reached, not a count of things to make: "El objetivo es crear 3 o 4 plantillas")
_GOAL_IS = re.compile(
    r"(?<!\w)(?:" + _GOAL + r"|nod)[ \t]+(?:es|é|est|ist|is|yw|jest|je|är|er|on|è|e)\b"
    r"[ \t,]+(?:[^\W\d_]+[ \t]+){0,2}?(?:llegar|alcanzar|chegar|atingir|atteindre|arriver|"
    r"erreichen|bereiken|raggiungere|osiągnąć|dosáhnout|nå|cyrraedd|ulaşmak|reach)\w*"
    r"[ \t]+(?:[^\W\d_]+[ \t]+){0,2}?\d",
    re.I,
)


# A count wanted to reach zero, as the goal: "Målet er null rømminger i 2026" (the goal is zero
# escapes; a blind salmon farm's Norwegian item), "El objetivo es cero accidentes".
_ZERO = r"(?:null|zero|cero|zéro|noll|nul|nolla|nula|ноль|нуль|nul·les|sıfır)"
_GOAL_ZERO = re.compile(
    r"(?<!\w)" + _GOAL + r"[ \t]+(?:[^\W\d_]+[ \t]+){0,2}?(?:es|é|est|ist|is|er|är|on|è|jest|"
    r"je|yw|sind|son|são|sont|zijn|sono)[ \t]+(?:de[ \t]+)?" + _ZERO + r"[ \t]+"
    # (a count of bad things, not a design's "zero": "Målet er null konfigurasjon for nye
    # kunder", "Das Ziel ist null Abhängigkeiten", "El objetivo es cero código", found by review)
    r"(?!konfigur|configur|código|codigo|code|kode|koden|abhängig|avhengig|beroende|dependen|"
    r"oppsett|setup|einrichtung|instala|install|klikk|klick|clic|click|skript|script)"
    r"[^\W\d_]{3,}",
    re.I,
)
# A rate the goal wants lower or higher: "Målet är mindre salt per vägkilometer utan att
# friktionen blir sämre" (the goal is less salt per road-km; a blind winter-roads contractor's
# Swedish item), "Das Ziel ist weniger Ausfälle pro Monat".
_GOAL_RATE = re.compile(
    r"(?<!\w)" + _GOAL + r"[ \t]+(?:[^\W\d_]+[ \t]+){0,2}?(?:es|é|est|ist|is|er|är|on|è|jest|"
    r"je|yw|sind|son|são|sont|zijn|sono)[ \t]+(?:" + _FEWER + r"|" + _MORE
    + r"|mindre|mer|meno|mniej)(?!\w)[^.!?\n]{0,40}?(?<!\w)(?:per|pro|por|par|pr\.?|på|je|za|na|"
    r"al|au|a\s+la|à\s+la)(?!\w)",
    re.I,
)
# A level people want to reach, then the amount: "queremos chegar aos 75%" (we want to reach
# 75%; a blind cleaning contractor's Portuguese item), "wir wollen 90 % erreichen".
_WANT = (r"(?:queremos|quiero|quero|wir\s+wollen|wollen\s+wir|nous\s+voulons|on\s+veut|vogliamo|"
         r"chcemy|we\s+willen|willen\s+we|vi\s+vil|vi\s+vill|haluamme|chceme|chcemy)")
# (whole words: not Norwegian "nå", also "now", nor "nåværende", "kommande", found by review)
_REACH = (r"(?:llegar|alcanzar|chegar|atingir|atteindre|arriver|erreichen|bereiken|raggiungere|"
          r"osiągnąć|dojść|dosáhnout|oppnå|uppnå|saavuttaa|päästä|nå(?=[ \t]+\d))(?!\w)")
# (a share of a rollout or of the work done is no outcome: "llegar al 100% de las tiendas con el
# piloto", "chegar aos 50% do desenvolvimento", found by review)
_NOT_REACHED = (r"(?!\s*(?:de|do|da|dos|das|del|der|des|of|av)\s+(?:las\s+|los\s+|as\s+|os\s+|"
                r"the\s+)?(?:tiendas|lojas|stores|filialen|sites|sedes|desenvolvimento|desarrollo|"
                r"proyecto|projeto|trabajo|trabalho|tareas|tarefas|rollout|despliegue|implantação))")
_WANT_REACH = re.compile(
    r"(?<!\w)" + _WANT + r"[ \t]+(?:[^\W\d_]+[ \t]+){0,2}?" + _REACH + r"[ \t]+"
    r"(?:[^\W\d_]+[ \t]+){0,2}?\d[\d.,]*\s?%" + _NOT_REACHED + r"|(?<!\w)" + _WANT
    + r"[ \t]+(?:[^\W\d_]+[ \t]+){0,2}?\d[\d.,]*\s?%" + _NOT_REACHED
    + r"[ \t]+(?:[^\W\d_]+[ \t]+){0,1}?" + _REACH,
    re.I,
)


# An outcome expected, with a share or a signed amount in the same sentence: "D90'da %120 ROAS
# bekliyorum" (Turkish writes the sign first), "esperamos +8% de reservas", "wir erwarten 15 %
# weniger Anrufe" (a blind organisation's Turkish item, 2026-12-01)
_EXPECTED = re.compile(
    r"(?<!\w)(?:bekliyor\w*|beklenti\w*|esperamos|espero|esperam|erwarten|erwarte|attendons|"
    r"prévoyons|aspettiamo|prevediamo|oczekujemy|spodziewamy|verwachten|verwacht|odotamme|"
    r"odotan|förväntar|forventer|kỳ\s+vọng|dự\s+kiến|ожидаем|очікуємо|"
    r"očekáváme|așteptăm|estimăm|inaasahan)(?!\w)",
    re.I,
)
_SIGNED = re.compile(r"(?<![\w.,])[+−]\s?\d")
_SHARE = re.compile(r"(?<![\w.,])\d[\d.,]*\s?%")
_SIGN_FIRST = re.compile(r"(?<![\w.,])%\s?\d")  # (Turkish writes "%120")
# A measure named by the field's acronym ("ROAS", "NPS", "CSAT", "D30"), beside a share: what
# an expected share is of (not "80 % des Teams im Urlaub", staff on holiday)
_ACRONYM = re.compile(r"(?<![\w'’])(?:[A-Z]{3,6}|D\d{1,3})(?![\w'’])")


# A sentence that opens with the goal, and a share in it: "Mục tiêu của nửa năm này là tin nhắn
# đầu tiên phải đến ... trong vòng 15 phút ..., cho 85% các vụ mất điện" (the goal this half is
# that the first message arrives within 15 minutes for 85% of outages; a blind grid operator's
# Vietnamese item, 2026-12-01)
_GOAL_OPENS = re.compile(r"^\s*(?:[^\W\d_]+\s+){0,2}?" + _GOAL + r"(?!\w)", re.I)


# A span of time something is to happen within, beside a share: "żebyśmy doszli do 95% zgłoszeń
# zbadanych w ciągu 14 dni" (that we reach 95% of reports inspected within 14 days; a blind
# housing authority's Polish item), "95 % innerhalb von 14 Tagen", "el 90 % en menos de 2 días"
_WITHIN_TIME = re.compile(
    r"(?<!\w)(?:w\s+ciągu|innerhalb(?:\s+von)?|binnen|entro|inom|innen|в\s+течение|протягом|"
    r"během|dans\s+les|dans\s+un\s+délai\s+de|en\s+menos\s+de|em\s+até|"
    r"trong\s+vòng|dalam\s+waktu)\s+\d[\d.,]*\s?(?:" + _TIME_UNIT
    # (Vietnamese and Indonesian units, here only: "trong vòng 2 ngày", "dalam waktu 2 hari")
    + r"|phút|giờ|ngày|tuần|tháng|menit|jam\b|hari\b|minggu|bulan)",
    re.I,
)


# A share that is a price, a tax or a policy's, not an outcome: "den Rabatt von 10 % im Checkout
# anzuzeigen", "Rückerstattung von 100 % innerhalb von 14 Tagen", "el descuento del 15 %"
_PRICED = re.compile(
    r"(?<!\w)(?:rabat\w*|discount\w*|descuento\w*|desconto\w*|remise\w*|scont\w*|korting\w*|"
    r"zniżk\w*|mehrwertsteuer|mwst|vat|iva|tva|btw|steuer\w*|tax\w*|rückerstattung\w*|refund\w*|"
    r"reembolso\w*|rembours\w*|rimbors\w*|gebühr\w*|frais|tarifa\w*|commission\w*|provision\w*|"
    r"zins\w*|preis\w*|prix|prezz\w*|precio\w*|preço\w*|cena|ceny|hoàn\s+tiền|giảm\s+giá|"
    r"diskon|pajak)(?!\w)",
    re.I,
)


def _expects_a_share(sentence: str, cleaned: str) -> bool:
    """An outcome expected to move by a signed amount, or to a share of a measure the field
    names by an acronym or with a direction: "esperamos +8% de reservas", "D90'da %120 ROAS
    bekliyorum" (not "esperamos terminar el 50% de la migración", a project's progress)."""
    if not _EXPECTED.search(sentence):
        return False
    if _SIGNED.search(cleaned):
        return True
    share = _SHARE.search(cleaned) or _SIGN_FIRST.search(sentence)
    return bool(share) and bool(_DIRECTION.search(sentence) or _ACRONYM.search(sentence))


# (what is expected from someone, not an outcome: "esperamos más detalles del proveedor")
_DETAILS = re.compile(r"(?<!\w)(?:detal\w*|détails?|details?|informa\w*|info|dettagli|szczegół\w*|"
                      r"gegevens|angaben)(?!\w)", re.I)


def _expects_a_change(sentence: str) -> bool:
    """An outcome expected to move, said with fewer or a direction and no amount: "Wir erwarten
    weniger Enttäuschungen in der ersten Woche und bessere Werte in der Umfrage" (a blind
    language school's item, twenty-second session)."""
    # (fewer or a direction only: more of something expected is as often a forecast to plan
    # for, "Wir erwarten mehr Gäste am Freitag, bitte zwei Aushilfen einplanen", found by review)
    return bool(_EXPECTED.search(sentence) and _DIRECTION.search(sentence)
                and not _DETAILS.search(sentence))


# A trend seen today, "more and more" and "fewer and fewer": "sehen wir immer mehr Fertiger mit
# 200–800 Mitarbeitenden" (we see more and more manufacturers with 200-800 staff; a blind SaaS
# vendor's German item) says what is happening, not what the work moves.
_TREND_SEEN = re.compile(
    r"(?<!\w)(?:immer\s+(?:mehr|weniger)|de\s+plus\s+en\s+plus|de\s+moins\s+en\s+moins|"
    r"cada\s+vez\s+(?:más|mais|menos)|sempre\s+(?:più|meno)|steeds\s+(?:meer|minder)|"
    r"coraz\s+(?:więcej|mniej)|stále\s+(?:víc|více|méně)|allt\s+(?:fler|färre|mer|mindre)|"
    r"giderek\s+daha|всё\s+больше|все\s+більше)(?!\w)",
    re.I,
)


def moves_an_amount(text: str) -> bool:
    """Whether `text`, in another language, has a sentence that moves something and gives an
    amount that is no date, version or size ("bajar la espera de unos 14 minutos a 6", "Mehr
    Neukunden gewinnen: +500 pro Monat") or names a measured quantity ("zwiększyć odsetek
    płatności BLIK", "Wartezeit senken"), or bounds a span of time or a share ("w mniej niż 20
    minut (p90)"); not a sentence about a setting, a price or the past."""
    for found in _SENTENCE.finditer(text):
        sentence = _TREND_SEEN.sub(" ", found.group(0))
        if _NO_OUTCOME.search(sentence):
            continue
        cleaned = _NOT_AN_AMOUNT.sub(" ", sentence)
        amount = _AMOUNT.search(cleaned) is not None or _HALVED_WORD.search(sentence) is not None
        if _BOUND.search(cleaned) and not _TRIGGER.search(sentence):
            return True
        if _DIRECTION.search(sentence) and (amount or _names_a_measure(sentence)):
            return True
        if _MORE_AMOUNT.search(_THERE_ARE_MORE.sub(" ", cleaned)) or _GOAL_IS.search(cleaned):
            return True
        if _expects_a_share(sentence, cleaned) or _expects_a_change(sentence):
            return True
        if (_GOAL_ZERO.search(sentence) or _GOAL_RATE.search(sentence)
                or _WILL_FEWER.search(sentence)
                or (_WANT_REACH.search(cleaned) and not _PRICED.search(sentence))):
            return True
        share = _SHARE.search(cleaned) or _SIGN_FIRST.search(sentence)
        if share and not _PRICED.search(sentence) and (
                _GOAL_OPENS.search(sentence) or _WITHIN_TIME.search(sentence)):
            return True
    return False


def _names_a_measure(sentence: str) -> bool:
    """A measured quantity in the sentence that is no thing named after one."""
    return any(not _THING_BEFORE.search(sentence, max(0, m.start() - 40), m.start())
               and not _THING_AFTER.match(sentence, m.end())
               for m in _MEASURED.finditer(sentence))
