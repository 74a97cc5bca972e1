"""Units a trade measures physical amounts in, written once for every phrasing of the metric rule
that reads an amount ("3.5 m³/m² less gas", "Saves approx. 18 MWh/year", "take 2 tonnes out of
waste"). Each is a regular-expression fragment, case-insensitive, with no word boundary of its own.

`PHYSICAL` holds the units no ordinary word or name is spelled as; `PHYSICAL_SHORT` adds the
one-letter ones (t, l, g), read only where the words around the amount say it is one ("less",
"off", "per"), since "5G" or "Level 3 l" are no amounts.
"""

from __future__ import annotations

ENERGY = r"(?:[kmgt]wh)"
# (tCO2e, t CO2, tCO2)
EMISSIONS = r"(?:t\s?co2e?)"
MASS = r"(?:tonnes?|tons?|kg|lbs?)"
VOLUME = r"(?:litres?|liters?|gallons?|kl|m3|m³)"
PHYSICAL = r"(?:" + "|".join((EMISSIONS, ENERGY, MASS, VOLUME)) + r")"
PHYSICAL_SHORT = r"(?:" + PHYSICAL + r"|t|l|g)"
