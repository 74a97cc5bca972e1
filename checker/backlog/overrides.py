"""`audit --map title=Summary,body=Description,effort="Story Points"`: name the column that
feeds a field when the recognised format guessed wrong or the export is one of a kind."""

from __future__ import annotations

import csv
import io

from checker.backlog.containers import Table
from checker.backlog.mapping import ItemField
from index.errors import InputError

_ALIASES = {"assignee": ItemField.PERSON, "description": ItemField.BODY,
            "points": ItemField.EFFORT, "estimate": ItemField.EFFORT}


def parse_map(text: str | None) -> dict[ItemField, str]:
    """`field=Column,...` (a column with a comma in quotes) -> {field: column}. Raises
    InputError naming the fields that exist when one is unknown."""
    if not text or not text.strip():
        return {}
    pairs: dict[ItemField, str] = {}
    # (pairs on lines of their own read like pairs after commas: a form field may hold several)
    one_line = ",".join(line.strip() for line in text.splitlines() if line.strip())
    for part in next(csv.reader(io.StringIO(one_line), skipinitialspace=True)):
        name, sep, column = part.partition("=")
        if not sep or not column.strip():
            raise InputError(f"--map takes field=COLUMN pairs, got '{part}'", field="--map")
        pairs[_field(name.strip().casefold())] = column.strip().strip('"')
    return pairs


def _field(name: str) -> ItemField:
    if name in _ALIASES:
        return _ALIASES[name]
    try:
        return ItemField(name)
    except ValueError:
        known = ", ".join(f.value for f in ItemField)
        raise InputError(f"--map: unknown field '{name}'; the fields are: {known}",
                         field="--map") from None


def check_overrides(overrides: dict[ItemField, str], table: Table, source: str
                    ) -> dict[ItemField, str]:
    """The overrides with each column as the file spells it. Raises InputError naming the
    columns that exist when one is not in the file."""
    spelled = {c.casefold(): c for c in table.columns}
    checked: dict[ItemField, str] = {}
    for item_field, column in overrides.items():
        found = spelled.get(column.casefold())
        if found is None:
            raise InputError(
                f"--map {item_field.value}={column}: no such column; the columns are: "
                f"{', '.join(table.columns)}", file=source, field="--map")
        checked[item_field] = found
    return checked
