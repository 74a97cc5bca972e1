"""Field types shared by the request schemas beside the routes.

`StoredText` is text the API writes to the database as it is. PostgreSQL's text type cannot
hold the NUL character (U+0000), so a NUL reaching the driver was a 500 (and the driver's error
carried the whole row); it is refused at the boundary instead, a 422 naming the field, the same
on SQLite so a workspace moves between databases unchanged.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import AfterValidator

NUL = "\x00"


def refuse_nul(value: str) -> str:
    """The value itself; ValueError when it holds a NUL character."""
    if NUL in value:
        raise ValueError(f"must not contain the NUL character (U+0000, at {value.index(NUL)})")
    return value


StoredText = Annotated[str, AfterValidator(refuse_nul)]
