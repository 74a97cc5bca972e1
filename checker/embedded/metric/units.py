"""Units a trade measures physical amounts in, written once for every phrasing of the metric rule
that reads an amount ("3.5 m³/m² less gas", "Saves approx. 18 MWh/year", "take 2 tonnes out of
waste"). Each is a regular-expression fragment, case-insensitive, with no word boundary of its own.

`PHYSICAL` holds the units no ordinary word or name is spelled as; `PHYSICAL_SHORT` adds the
one-letter ones (t, l, g), read only where the words around the amount say it is one ("less",
"off", "per"), since "5G" or "Level 3 l" are no amounts.

Money is written with "£", "$" or "€" in every phrasing; `other_currencies_as_dollars` reads any
other currency sign (Unicode category Sc: the rupee, yen, won, naira, ...) as "$" first.
"""

from __future__ import annotations

import re
import unicodedata

ENERGY = r"(?:[kmgt]wh)"
# (tCO2e, t CO2, tCO2)
EMISSIONS = r"(?:t\s?co2e?)"
MASS = r"(?:tonnes?|tons?|kg|lbs?)"
VOLUME = r"(?:litres?|liters?|gallons?|kl|m3|m³)"
PHYSICAL = r"(?:" + "|".join((EMISSIONS, ENERGY, MASS, VOLUME)) + r")"
PHYSICAL_SHORT = r"(?:" + PHYSICAL + r"|t|l|g)"

# (not the cent sign, which follows its amount: "3¢ a unit")
_OTHER_CURRENCY = re.compile("[" + re.escape("".join(
    c for c in map(chr, range(0x10000)) if unicodedata.category(c) == "Sc" and c not in "$£€¢"
)) + "]")


def other_currencies_as_dollars(text: str) -> str:
    """The text with each currency sign other than "£", "$", "€" and "¢" replaced by "$", one
    character for one, so offsets into it are the text's: "+₹20–25/kg" -> "+$20–25/kg" (a blind
    tea estate's item)."""
    return _OTHER_CURRENCY.sub("$", text)
