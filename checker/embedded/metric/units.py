"""Units a trade measures physical amounts in, written once for every phrasing of the metric rule
that reads an amount ("3.5 m³/m² less gas", "Saves approx. 18 MWh/year", "take 2 tonnes out of
waste"). Each is a regular-expression fragment, case-insensitive, with no word boundary of its own.

`PHYSICAL` holds the units no ordinary word or name is spelled as; `PHYSICAL_SHORT` adds the
one-letter ones (t, l, g), read only where the words around the amount say it is one ("less",
"off", "per"), since "5G" or "Level 3 l" are no amounts.

Money is written with "£", "$" or "€" in every phrasing; `other_currencies_as_dollars` reads any
other currency sign (Unicode category Sc: the rupee, yen, won, naira, ...) and an ISO 4217 code
or a sign with letters before an amount ("NOK 250k", "R$ 70k", "Rs 400") as "$" first.
`grouped_numbers_joined` reads "60 000 m³" as "60000 m³", "15 %" as "15%" and "1 200 €" as "€1200",
as Finnish, French, German, Norwegian or Swedish teams write them.
"""

from __future__ import annotations

import re
import unicodedata

from checker.embedded.metric.patterns import LazyPattern

ENERGY = r"(?:[kmgt]wh)"
# (tCO2e, t CO2, tCO2)
EMISSIONS = r"(?:t\s?co2e?)"
MASS = r"(?:tonnes?|tons?|kg|lbs?)"
VOLUME = r"(?:litres?|liters?|gallons?|kl|m3|m³)"
PHYSICAL = r"(?:" + "|".join((EMISSIONS, ENERGY, MASS, VOLUME)) + r")"
PHYSICAL_SHORT = r"(?:" + PHYSICAL + r"|t|l|g)"

# (not the cent sign, which follows its amount: "3¢ a unit")
_OTHER_CURRENCY = LazyPattern("[" + re.escape("".join(
    c for c in map(chr, range(0x10000)) if unicodedata.category(c) == "Sc" and c not in "$£€¢"
)) + "]")


# ISO 4217 codes of the currencies teams write most, and signs spelled with letters, before an
# amount ("Rough estimate +NOK 250k revenue", "R$ 70k a year extra", blind Norwegian and Brazilian
# organisations' items); the code of a currency that is not money's sign after it is left.
_CURRENCY_CODE = LazyPattern(
    r"(?<![\w$])(?:(?-i:NOK|SEK|DKK|ISK|CHF|USD|EUR|GBP|INR|BRL|JPY|CNY|AUD|CAD|NZD|ZAR|PLN|CZK|HUF|"
    r"RON|TRY|MXN|KES|NGN|AED|SGD|HKD)|R\$|Rs\.?|kr\.?)\s?(?=[+-]?\d)"
)
# The currency signs spelled with letters that the Unicode CLDR gives for each territory's
# currency in that territory's locales (read through Babel: tests/test_metric_rule.py derives the
# list again and compares), of two or more characters, without "$" (read as a dollar already) or
# the right-to-left mark CLDR ends Arabic signs with (optional here), and not one that reads as a
# unit, a word or initials in a ticket ("KM", "DA", "den", "Le", ...).
LETTERED_SIGNS = (
    "AED", "AFN", "AWG", "Afl.", "Bs.S", "CHF", "CLP", "CN¥", "COP", "CZK", "EGP", "ETB", "FBu",
    "FCFA", "FCFP", "Fdj", "Ft", "F\u202fCFA", "GEL", "GHS", "GNF", "GTQ", "HTG", "HUF", "IDR",
    "IQD", "IRR", "JOD", "KPW", "Ksh", "Kz", "Kč", "LSL", "Lekë", "MAD", "MMK", "MTn", "MWK",
    "MZN", "NGN", "NOK", "Nfk", "OMR", "PGK", "PKR", "PLN", "RM", "RON", "RUB", "Rp", "Rs", "Rs.",
    "SDG", "SEK", "SLE", "SYP", "THB", "TJS", "TMT", "TRY", "TSh", "UAH", "USD", "USh", "ZAR",
    "ZWG", "kr", "kr.", "zł", "ден.", "сом", "أ.م.", "ج.س.", "ج.م.", "د.أ.", "د.إ.", "د.ب.",
    "د.ت.", "د.ج.", "د.ع.", "د.ك.", "د.ل.", "د.م.", "ر.س.", "ر.ع.", "ر.ق.", "ر.ي.", "ریال", "ل.س.",
    "ل.ل.", "ރ.", "नेरू", "රු.", "ብር"
)
# (the signs left out)
SIGNS_READ_AS_OTHER = (
    "Ar", "B/.", "Br", "Bs", "CF", "Cg.", "DA", "DT", "Db", "FC", "FG", "GH₵", "Gs.", "KM", "LS",
    "Le", "MK", "Nu.", "RF", "Rf", "S/", "SR", "UM", "VT", "den"
)
_SIGN = ("(?:" + "|".join(re.escape(sign) for sign in sorted(LETTERED_SIGNS, key=len, reverse=True))
         + ")\u200f?")
# ... before its amount ("RM 65k", "Ksh 1,200") or after it ("saves about 14,000 zł a year", a
# blind Polish mushroom farm's item; "500 Kč").
_LETTERED_BEFORE = LazyPattern(r"(?<![\w$])" + _SIGN + r"\s?(?=[+-]?\d)")
_LETTERED_AFTER = LazyPattern(
    r"(?<![\w.,])(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d[\d.,]*+)(\s?[kKmM]\b)?\s?" + _SIGN
    + r"(?!\w)")
# A sign after its amount, as most of Europe writes it: "about 1 200 € a year", "9 800 €/month".
_SIGN_AFTER = LazyPattern(r"(?<![\w.,])(\d[\d.,]*+)\s?([€£$])(?![\w$€£])")
# Digits grouped by spaces (a no-break or a thin space too): "60 000", "1 200 €"; a percent sign
# after a space.
# (not "Q3 2027", a quarter and a year)
_GROUPED = LazyPattern(r"(?<![\w.,])(\d{1,3})((?:[ \u00a0\u202f]\d{3})+)(?!\d|[.,]\d)")
_SPACED_PERCENT = LazyPattern(r"(\d)[ \u00a0\u202f]%")


def other_currencies_as_dollars(text: str) -> str:
    """The text with each currency sign other than "£", "$", "€" and "¢" replaced by "$" ("+₹20–25
    /kg" -> "+$20–25/kg", a blind tea estate's item), a currency's code or lettered sign
    before an amount by "$" ("NOK 250k" -> "$250k"), and a lettered sign after its amount by "$"
    before it ("14 000 zł" -> "$14000", "240k zł" -> "$240k")."""
    text = _CURRENCY_CODE.sub("$", _OTHER_CURRENCY.sub("$", text))
    if not any(c.isdigit() for c in text):
        return text
    return _LETTERED_AFTER.sub(
        lambda m: "$" + re.sub(r"\s", "", m.group(1)) + (m.group(2) or "").strip(),
        _LETTERED_BEFORE.sub("$", text))


def grouped_numbers_joined(text: str) -> str:
    """The text with digits grouped by spaces joined ("60 000 m³" -> "60000 m³"), a space before
    a percent sign dropped ("15 %" -> "15%") and a money sign after its amount put before it
    ("1 200 € a year" -> "€1200 a year")."""
    if not any(c.isdigit() for c in text):
        return text
    joined = _GROUPED.sub(lambda m: m.group(1) + re.sub(r"\D", "", m.group(2)), text)
    return _SIGN_AFTER.sub(r"\2\1", _SPACED_PERCENT.sub(r"\1%", joined))
