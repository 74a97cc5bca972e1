"""The words the metric rule reads in other languages, as regular-expression fragments: the word
for "goal", "metric" or "expected result" (`GOAL`), the starts of words that move a quantity
(`STEM`, `CJK`), fewer, more, halving and zero, units of time, the verbs of wanting, reaching
and bringing, what is no amount in a sentence (a date, a version, a size: `NOT_AN_AMOUNT`), the
quantities a direction moves (`MEASURED`, not a thing named after one: `THING_BEFORE`,
`THING_AFTER`) and the sentences about a setting, a capacity, a version, a price or the past
that move no outcome (`NO_OUTCOME`).
goal_lines.py reads goal lines with them, languages.py sentences. The languages are those of
languages.py's docstring.
"""

from __future__ import annotations

import re

from checker.embedded.metric.patterns import LazyPattern

GOAL = (
    r"(?:objetivos?|objectivos?|metas?|cel|cele|ziele?|obiectiv(?:ul|ele|e)?|objectifs?|obiettivi|obiettivo|doel|"
    r"doelen|mål(?:et)?|tavoite|tavoitteena|tavoitteenamme|tavoitteemme|mērķ(?:is|i|a|u|vērtība|rādītājs)|merkis|cíl|cíle|cieľ|hedef|amaç|mục\s+tiêu|目标|目標|목표|цель|цели|ціль|мета|"
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
    r"مقصد|ہدف|هدف|الهدف|اهداف|"
    # Swahili ("Lengo: kupunguza idadi ya wafanyakazi wanaoacha kazi", a blind rose grower's item)
    r"lengo|malengo|"
    # Malay and Indonesian ("Sasaran: naikkan OEE line 3 sekurang-kurangnya 3 mata peratus", a
    # blind chip test house's Malay item)
    # (right before its colon: "Sasaran pengguna:" names an audience, review)
    r"sasaran(?=[ \t]*[:：])|"
    # Hindi and Marathi, Bengali and Assamese, Gujarati, Punjabi, Tamil, Telugu and Kannada
    # ("मक़सद: पीक सीज़न में गैरहाज़िरी कम करना", "লক্ষ্য: ... কয়লা ০.৯৫ কেজি থেকে কমিয়ে ০.৮৫-এর
    # নিচে আনা", a blind tea estate's items; "क़" is written precomposed or with its nukta)
    r"लक्ष्य|उद्देश्य|उद्दिष्ट|मक(?:़)?सद|मक़सद|লক্ষ্য(?:মাত্রা)?|উদ্দেশ্য|લક્ષ્ય|ਟੀਚਾ|இலக்கு|"
    r"లక్ష్యం|ಗುರಿ)"
)
# Words that move a quantity, as the start of a word: reduce, lower, cut, shorten, raise,
# increase, improve, grow, fall; in Spanish, Portuguese, French, German, Italian, Dutch, Polish,
# Czech, Slovak, Slovene, Croatian, Swedish, Danish, Norwegian, Finnish, Estonian, Lithuanian,
# Turkish, Russian, Ukrainian, Bulgarian, Greek, Romanian, Hungarian, Welsh, Vietnamese and
# Indonesian ("зростання", "wzrost", "crecimiento", "lleihau", "μειωθούν", "csökkenteni").
STEM = (
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
    # Danish and Norwegian raise, whole words, and lower and improve ("øge andelen af arbejdstiden
    # der går til borgeren", a blind home-care service's Danish item; not "økonomi")
    r"øg(?:e|er|es|et|ning)(?!\w)|øk(?:e|er|es|t|te|ning)(?!\w)|sænk|mindsk|forbedr|"
    # Polish "go down from ... to" ("Chcemy zejść z mediany czasu naprawy z 4 dni do 1 dnia")
    r"zejś|zejd|zszed|"
    # Urdu, Persian and Arabic raise and lower ("بڑھانا", "اضافہ", "کاهش", "تقليل", "زيادة")
    r"بڑھا|اضافہ|اضافه|افزایش|کاهش|کاہش|تقليل|تخفيض|خفض|زيادة|رفع|"
    # Swahili lower, raise and improve ("kupunguza", "kuongeza", "kuboresha")
    # ("kuongeza" also adds a thing, "kuongeza kitufe": only with a number, a level or a share)
    r"kupungu|punguz|[yizk]a?pungu|(?:ku)?ongeza\s+(?=idadi|kiwango|asilimia|mauzo|wateja)|"
    r"kupandish|kuboresh|boresh|"
    # Hindi lower, reduce and raise ("कम करना", "घटाना", "बढ़ाना"; not "सुधार", which is a bug's
    # fix as often as an improvement, review), Bengali lower, raise and improve ("কমিয়ে",
    # "কমানো", "বাড়ানো", "উন্নত")
    # (whole forms in Bengali: "কমিশন" is a commission, "কমিটি" a committee, review)
    r"कम\s+कर|घटा|बढ\u093c?ा|\u095dा|কমি(?:য\u09bc|\u09df)ে|কমা(?:নো|তে|বে|ব)|বা(?:ড\u09bc|\u09dc)া|উন্নত)"
)
# Whole words for more, fewer, under ("mais" is no "maison", "unter" no "Unternehmen").
WORD = (
    r"(?<!\w)(?:más|mais|plus|mehr|più|meer|więcej|víc|fler|daha|больше|більше|menos|moins|"
    r"weniger|meno|minder|mniej|méně|färre|меньше|менше|abaixo|debajo|sous|unter|sotto|onder|"
    r"poniżej|pod|под|ponad|powyżej|"
    # Welsh more and fewer ("Y nod: cael mwy o geisiadau wedi'u caniatáu ar y cynnig cyntaf", a
    # blind architecture practice's item)
    r"mwy|llai|"
    # Finnish more before a plural partitive, and "lisää" (more, also "add") after "saada", get
    # ("Tavoitteena saada lisää ulkopuolisia lounasasiakkaita", a blind reindeer tourism
    # company's item; not "Tavoite: lisää kenttiä lomakkeeseen", add fields to the form, nor
    # "enemmän tilaa", more space, review)
    r"enemmän(?=[ \t]+(?:[^\W\d_]+[ \t]+){0,2}?[^\W\d_]+[ij]t?[aä](?![^\W\d_]))|"
    r"(?<=saada[ \t])lisää|"
    # Danish, Norwegian and Swedish less, fewer and more ("Mål: mindre tid på dokumentation pr.
    # vagt", a blind home-care service's Danish item)
    # (before what is measured: not "Mål: mindre skærm", a smaller screen)
    r"(?:mindre|færre|færri|flere|fleire)(?=[ \t]+(?:[^\W\d_]+[ \t]+){0,2}?(?:tid|tiden|ventetid|"
    r"fejl|feil|fel|fravær|sygefravær|spild|svind|udgifter|kostnader|klager|aflysninger|besøg|"
    r"kørsel|km|skader|ulykker|returer|reklamationer|genindlæggelser|indlæggelser)(?!\w))|"
    # at most, at least ("Obiectivul: cel mult 2 colectări ratate pe lună", a blind print shop's)
    r"cel\s+mult|cel\s+puțin|co\s+najwyżej|co\s+najmniej|höchstens|mindestens|au\s+plus|"
    r"au\s+moins|como\s+máximo|como\s+mínimo|al\s+massimo|almeno|nejvýše|nejméně|"
    # (abbreviated before a count: "Cel: każda weekendowa zmiana nocna obsadzona (min. 2 osoby)",
    # a blind wildlife rescue's Polish item; not a maximum, often a limit: "Cel: maks. 3 próby
    # logowania, potem blokada konta", review)
    r"min(?=\.|[ \t]*\d|[ \t]*$)|"
    # Urdu and Persian less and more, whole words ("کم" is also the start of "کمپنی")
    r"کم|کمی|زیادہ|کمتر|بیشتر)(?!\w)"
)
# Comparatives of time and of how often, which a goal line names a level with ("Ziel: Die
# Reparaturzeit in NRW soll nicht länger sein als in NL", a blind sensor maker's German item).
COMPARED = (
    r"(?<!\w)(?:länger|kürzer|schneller|langsamer|seltener|häufiger|öfter|langer|sneller|vaker|"
    # (not a setting's validity: "Ziel: Sitzungen sollen länger gültig bleiben", review)
    r"længere|lengre|hurtigere|sjældnere|sjeldnere|snabbare|längre|oftare)(?!\w)"
    r"(?![ \t]+(?:gültig|geldig|gyldig|giltig|aktiv|offen|open|gespeichert))"
)
# The same in scripts without spaces between words.
CJK = (
    # (more and fewer, said as a direction in a goal line: "目标：让更多国际学生来咨询中心", a blind
    # students' union's Chinese item)
    r"(?:降低|减少|提高|增加|缩短|提升|降到|压到|减半|更多|更少|減らす|減ら|下げ|上げ|増や|短縮|向上|引き上げ|半減|"
    r"줄이|낮추|높이|늘리|늘어|단축)"
)
# Spans of time and shares, and "each": a number before them is an amount, not a day of a
# month ("2 segundos", "20 per cento", "8 de cada 10").
TIME_UNIT = (
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
NOT_AN_AMOUNT_ANYWHERE = (
    r"\b(?:19|20)\d\d\b|\bq[1-4]\b|\b\d{1,2}[./-]\d{1,2}(?:[./-]\d{2,4})?\b|"
    # a thing's dimensions: "Mål: 120 x 80 cm, max 25 kg per låda" (review)
    r"\b\d+(?:[.,]\d+)?\s?[x×]\s?\d+(?:[.,]\d+)?(?:\s?[x×]\s?\d+(?:[.,]\d+)?)?\s?(?:mm|cm|m)\b|"
    # (Hindi and Bengali version: "ऐप का संस्करण 3.2", review)
    r"(?:\b(?:versi\w*|v|release|sprint)|संस्करण|সংস্করণ|ভার্সন)\s*+\d++(?:\.\d+)*|"
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
    r"(?!\s?(?:%|[.,]\d|" + TIME_UNIT + r"))"
)
# Outside a goal line, a number before a word is read as a day and a month ("30 de junio", "1.
# prosince"), whatever the word: a count said in a sentence is seldom the outcome ("3 nuevas
# funciones"). Not a span of time, "14 minutos", "5 Minuten", "2 dni" (possessive, or "Minut"
# would pass for a month before the "en"); nor the goal word of the next sentence ("lângă ușa 2.
# Obiectivul: cel mult 2 ...", a blind print shop's item); nor a unit ("Objectif : 30 fps
# stables en portable", a blind game publisher's item).
NOT_AN_AMOUNT = LazyPattern(
    NOT_AN_AMOUNT_ANYWHERE + r"|"
    r"\b\d{1,2}\.?\s+(?:de\s+|of\s+)?(?!" + TIME_UNIT + r")(?!" + GOAL + r"\b)"
    r"(?!(?:fps|kwh|mwh|mph|rpm|dpi|ppm|kcal|bpm)\b)[^\W\d_]{3,}+",
    re.I,
)
# Fewer of something, in a sentence: "Minder no-shows bij de polikliniek", "méně studentů bude
# posílat neúplné žádosti", "llai o gwynion" (not "not fewer than", a floor; nor a size: "moins
# de 5 Mo").
FEWER = (
    r"(?<!\w)(?<!не\s)(?<!ні\s)(?<!nie\s)(?<!ne\s)(?<!pas\s)(?<!nicht\s)(?<!no\s)"
    r"(?:menos|moins|weniger|minder|mniej|méně|menej|manj|manje|färre|færre|færri|menys|"
    r"vähemmän|mažiau|daha\s+az|меньше|менше|по-малко|λιγότερ\w*|mai\s+puțin\w*|kevesebb|llai|"
    r"ít\s+hơn|lebih\s+sedikit)(?!\w)(?!\s+(?:de\s+|als\s+|dan\s+|než\s+|än\s+)?\d[\d.,]*+\s?"
    r"(?:[kmgt]b|mo|go|ko|px|pt|cm|mm)\b)|更少|より少な|더\s?적|น้อยลง"
)
# More, with an amount only ("Mehr Neukunden gewinnen: +500 pro Monat"; "más tiempo para el
# examen" is an allowance).
MORE = (
    r"(?<!\w)(?:más|mais|plus|mehr|più|meer|więcej|víc|fler|flere|daha\s+fazla|больше|більше|"
    r"περισσότερ\w*|mai\s+mult\w*|több|lebih\s+banyak)(?!\w)|更多|もっと|더\s?많"
)
# Extra, additional: "4.000 zusätzliche Sommer-Ersteintritte".
EXTRA = (r"(?<!\w)(?:zusätzliche[nrs]?|weitere[nrs]?|adicional(?:es)?|supplémentaires?|"
         r"aggiuntiv[oiae]|dodatkow\w*|extra|ekstra|extra\w*|további|ylimääräi\w*)(?!\w)")
# Halving and doubling: a direction and an amount at once ("diviser par deux les appels",
# "Halbierung der Abbruchquote", "Znížiť počet reklamácií o polovicu").
HALVED = (
    r"(?<!\w)(?:a\s+la\s+mitad|pela\s+metade|para\s+a?\s*metade|de\s+moitié|diviser\s+par\s+deux|"
    r"halbier|halver|dimezz|o\s+połowę|na\s+pół|o\s+polovinu|o\s+polovicu|вдвое|вдвічі|"
    r"στο\s+μισό|yarıya|felére|la\s+jumătate|separuhnya|verdoppel|doubl|dobla|podwoi|"
    r"zdvojn|удво|подво)|减半|半減|半分に|절반으로|một\s+nửa"
)
# Verbs of bringing (languages.py reads fewer things after them), not of showing or using: "Mobil
# vil vise færre felter", "La app va a usar menos colores" (found by review).
# (the infinitive after "vil": "Dette vil bety færre klager"; "føre til", "leda till", review)
BRINGS = (r"(?:gi|ge|give|bringe|bringen|bety|betyr|betyder|betekenen|geben|bedeuten|dar|traer|"
          r"føre\s+til|leda\s+till|leiden\s+tot|"
           r"significar|gerar|trazer|donner|apporter|signifier|dare|portare|dać|przynieść|oznaczać)")
# Not a single one of a count, as a goal ("Doel: bij de kwartaalmetingen in 2026 geen enkele
# overschrijding", a blind crematorium's Dutch item).
# (of a harm, not a change or a design: "Objetivo: nenhuma queda de paciente" is a goal,
# "Objetivo: nenhuma alteração no layout" a scope, "Ziel: keine einzige neue Abhängigkeit" a
# design's zero, review)
NOT_A_SINGLE = (r"(?:geen\s+enkele?|keine?[ns]?\s+einzige[nrs]?|pas\s+une?\s+seule?|"
                r"ni\s+une?\s+seule?|ni\s+una?\s+sol[oa]|nem\s+uma?\s+só|ani\s+jedn\w*|"
                r"inte\s+(?:en|ett)\s+enda|ikke\s+(?:en|et)\s+eneste?|ningún|ninguna|nenhuma?|"
                r"nessuna?|aucune?)(?!\w)"
                r"(?!\s+(?:[^\W\d_]+\s+)?(?:neue?|nieuwe?|nouvelle?|nuev[oa]|nov[oa]|ny|nytt|"
                r"konfigur|configur|código|codigo|code|kode|abhängig|afhankelijk|dépendan|dependen|"
                r"ligne|regel|zeile|línea|linha|änderung|wijziging|modif|cambio|alteração)[^\W\d_]*)")
# Zero, as a goal's count.
ZERO = r"(?:null|zero|cero|zéro|noll|nul|nolla|nula|ноль|нуль|nul·les|sıfır)"
# We want, and to reach (languages.py reads a share wanted with them).
WANT = (r"(?:queremos|quiero|quero|wir\s+wollen|wollen\s+wir|nous\s+voulons|on\s+veut|vogliamo|"
         r"chcemy|we\s+willen|willen\s+we|vi\s+vil|vi\s+vill|haluamme|chceme|chcemy|"
         # Ukrainian and Russian ("Хочемо підняти ...", a blind mushroom farm's item)
         r"хочемо|хотимо|хотим|хотелось\s+бы)")
# (whole words: not Norwegian "nå", also "now", nor "nåværende", "kommande", found by review)
REACH = (r"(?:llegar|alcanzar|chegar|atingir|atteindre|arriver|erreichen|bereiken|raggiungere|"
          r"osiągnąć|dojść|dosáhnout|oppnå|uppnå|saavuttaa|päästä|nå(?=[ \t]+\d)|komma\s+upp\s+i|"
          r"komme\s+opp\s+i)(?!\w)")
# Quantities a direction moves, as the start of a word (and inside a German, Dutch, Swedish or
# Finnish compound for time: "Wartezeit", "doorlooptijd", "väntetid", "käsittelyaika"), and the
# same in Chinese, Japanese and Korean.
MEASURED = LazyPattern(
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
THING_BEFORE = LazyPattern(
    r"(?:mensaje|mensagem|message|messaggi|komunikat|zpráv|meddelande|mesaj|сообщени|"
    r"повідомлен|μήνυμ|neges|panel|panneau|painel|botón|botão|bouton|pulsante|przycisk|tlačítk|"
    r"widget|formulario|formulaire|formulário|filtro|filtre|gráfico|graphique|informe|rapport|"
    r"relatório|tabla|tableau|export|validaci|validação|previs|campo|champ|pantalla|écran|ecrã|"
    r"ficha|tarjeta|carte|cartão|columna|colonne)\w*\s+(?:\w{1,4}\s+){0,2}\w*$",
    re.I,
)
THING_AFTER = LazyPattern(
    r"\w*?(?:meldung|anzeige|feld|filter|seite|export|verwaltung|nummer|formular)", re.I)
# A sentence about a setting or a capacity ("la expiración de la sesión", "workers",
# "réplicas", "la retención de logs", "okres próbny", "Wartungsfenster", "columnas"), a version
# with its number, a price, or what happened before ("el trimestre pasado", "im letzten
# Quartal") moves no outcome.
_SETTING_OR_PRICE = (
    r"(?<!\w)(?:time-?out|expiraci|ablauf|λήξ|oturum\s+süresi|"
    r"worker|воркер|pods\b|podów|réplica|replica|реплик|partici[oó]n|partition|partycj|"
    r"(?:retenci[oó]n|rétention|retention)\s+(?:de\s+|des\s+|of\s+)?(?:los\s+|les\s+|the\s+)?"
    r"(?:logs?|datos|données|data|registros|copias|backups?)|aufbewahr|przechowyw|cron|"
    r"okres\s+próbny|per[ií]odo\s+de\s+prueba|"
    r"testzeitraum|trial\s+(?:period|length)|wartungsfenster|"
    # (a font and a commission in Hindi and Bengali: "लक्ष्य: लॉगिन पेज का फ़ॉन्ट आकार 14 से बढ़ाकर 16
    # करना", "লক্ষ্য: বিক্রেতাদের কমিশন ৫% নির্ধারণ করা", review)
    r"फ\u093c?ॉन्ट|\u095eॉन्ट|ফন্ট|कमीशन|কমিশন|"
    # (a height, not the amount of "in Höhe von 500.000 €")
    r"límite|limite|limit|grenze|columna|colonne|spalte|kolumn|altura|hauteur|höhe(?!\w|\s+von\b)|"
    # (a size set, not a basket's: "el tamaño máximo", "Dateigröße"; "el tamaño medio del carrito")
    r"(?:tamaño|taille|größe|rozmiar|velikost|storlek|boyut|размер|розмір|μέγεθος)\s+(?:\w+\s+)?"
    r"(?:máxim|maxim|mínim|minim|max|min|de\s+(?:la\s+|los\s+|l[ae]\s+)?(?:letra|fuente|police|"
    r"imagen|image|archivo|fichier|logo|botón|bouton|p[aá]gina))|\w*(?:datei|schrift|bild)größe|"
    # (not a threshold to get back under: "Objectif : qu'ils repassent sous le seuil avant la mise
    # à l'herbe", a blind Comté cooperative's French item)
    r"(?<!sous\sle\s)(?<!debajo\sdel\s)(?<!bajo\sel\s)(?<!unter\sden\s)(?<!unter\sdem\s)"
    r"(?<!onder\sde\s)(?<!poniżej\s)(?:umbral|seuil|schwellenwert|próg)|"
    r"порог|поріг|uchováv|padding|margen|marge|abstand|ancho|largeur|breite|"
    r"gelijktijdig|simultáne|simultané|gleichzeitig|concurrent|jednoczesn|současn|samtidig|"
    r"одновремен|одночасн|"
    # (a version's number, not a time: "la versión móvil a 2 segundos" is the load time)
    r"(?:versi|wersj|верси|версі)\w*\s+(?:\S+\s+){0,3}?\d[\d.]*+(?!\s?(?:%|" + TIME_UNIT + r"))|"
    r"tarif|тариф|precio|preço|prix|\w*preis|prezzo|prijs|cen[aęuy]\b|pris\b|priset|hinta|"
    r"fiyat|цен[аыу]\b|цін[аиу]\b|τιμ[ήέ]|preț|комісі|комисси|comisi[oó]n|comissão|gebühr|opłat|"
    r"poplat|avgift|gebyr|ücret|abonament|abonnement|abono|(?:monats|mitglieds|jahres)beitrag|"
    r"mensalidade|"
    r"versandkost|gastos\s+de\s+envío|frais\s+de\s+port|frete)"
    r"|保留|超时|タイムアウト|타임아웃|上限|下限|限制|制限|大小|サイズ|保存期間|크기|제한|보관|버전|バージョン|版本|phiên\s+bản|价格|価格|料金|가격|요금|"
    r"phí|biaya"
)
_PAST = (
    # (what happened before: "el trimestre pasado", "im letzten Quartal", "l'an dernier")
    r"(?<!\w)(?:(?:trimestre|mes|año|semestre|semana)\s+pasad[oa]|"
    r"(?:mois|trimestre|semestre)\s+dernier|"
    r"l'an(?:née)?\s+derni[eè]re?|letzten\s+(?:quartal|monat|jahr)|(?:trimestre|mese|anno)\s+scorso|"
    r"ubiegł\w*\s+(?:kwarta\w*|miesi\w*|rok\w*)|minul\w*\s+(?:čtvrtlet\w*|měsíc\w*|rok\w*)|"
    r"прошл\w*\s+(?:квартал|месяц|год)\w*|минул\w*\s+(?:квартал|місяц|рік|року)\w*|"
    r"geçen\s+(?:yıl|ay|çeyrek)|aumentaron|augmenté|gestiegen|aumentou|wzrosł|вырос|зріс)"
)
NO_OUTCOME = LazyPattern(_SETTING_OR_PRICE + "|" + _PAST, re.I)
# The same without the past: what a goal line may not be about ("Cel: limit czasu sesji 30 min",
# review), though it may say last year's figure ("el año pasado nos quedamos en 19 kg").
SETTING_OR_PRICE = LazyPattern(_SETTING_OR_PRICE, re.I)
# The same day, a level of time in a goal line ("Tavoite: jokaiseen kyselyyn vastataan saman
# päivän aikana", a blind reindeer tourism company's item; "Obiettivo: rispondere in giornata"),
# unless the line offers it as a feature (`OFFERED`: "Ziel: Kunden können Termine am selben Tag
# buchen", "livraison le jour même disponible", review).
SAME_DAY = (
    r"(?<!\w)(?:samana[ \t]+päivänä|saman[ \t]+päivän[ \t]+aikana|"
    r"am[ \t]+(?:selben|gleichen)[ \t]+tag|"
    r"el[ \t]+mismo[ \t]+día|en[ \t]+el[ \t]+día|no[ \t]+mesmo[ \t]+dia|le[ \t]+jour[ \t]+même|"
    r"(?:lo[ \t]+)?stesso[ \t]+giorno|in[ \t]+giornata|dezelfde[ \t]+dag|"
    r"op[ \t]+de[ \t]+dag[ \t]+zelf|samma[ \t]+dag|samme[ \t]+dag|tego[ \t]+samego[ \t]+dnia)(?!\w)"
)
OFFERED = (
    r"(?<!\w)(?:mahdollist\w*|voi(?:vat)?|varat\w*|varaus\w*|können|kann|buchen|buchbar|permitir|"
    r"poder|puedan?|reservar|disponible|possible|pouvoir|réserver|permettre|possibil\w*|prenotare|"
    r"kunna|kan|boka|bestellen|reserveren|mogelijk|zamówić|rezerw\w*|livrais\w*|lieferung|"
    r"entrega|consegna|levering|leverans|toimitu\w*)(?!\w)"
)
