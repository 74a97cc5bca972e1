"""JSON the API parses itself, within stated budgets checked before a byte is parsed.

Size is bounded for every request by `BodySizeLimit` (STRATALIGN_MAX_BODY_BYTES, 413). Nesting
depth is bounded here: Python's parser recurses once per level, so 100,000 `[` cost a deep
recursion and end in RecursionError (a 500) instead of a clear refusal. The depth is measured
by a linear scan in C (strings removed by a regular expression, brackets counted by numpy), so
a hostile body is refused in milliseconds.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Coroutine
from typing import Any

import numpy as np
from fastapi import Request, Response, params
from fastapi.routing import APIRoute

from index.errors import InputError

# Deepest JSON nesting accepted. Real bodies stay far below: a GitHub delivery nests about 6
# levels, Jira's Atlassian Document Format (lists in tables in panels) about 20.
MAX_JSON_DEPTH = 64

_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"')
_STEP = np.zeros(256, dtype=np.int64)
_STEP[[ord("["), ord("{")]] = 1
_STEP[[ord("]"), ord("}")]] = -1


def json_depth(raw: bytes) -> int:
    """How deeply the arrays and objects of a JSON text nest (0 for a scalar).

    Brackets inside strings do not count. For text that is not JSON the figure is only an
    upper bound, which is all a budget needs: such text fails to parse anyway.
    """
    outside = _STRING.sub(b"", raw)
    steps = _STEP[np.frombuffer(outside, dtype=np.uint8)]
    return int(np.cumsum(steps).max(initial=0))


def check_depth(
    raw: bytes, what: str, field: str | None = "body", file: str | None = None,
    line: int | None = None,
) -> None:
    """InputError (422) naming where (field, or file and line) and the limit when `raw` nests
    deeper than allowed."""
    depth = json_depth(raw)
    if depth > MAX_JSON_DEPTH:
        raise InputError(
            f"{what} nests {depth} levels deep; the limit is {MAX_JSON_DEPTH} levels of "
            f"arrays and objects",
            field=field,
            file=file,
            line=line,
        )


def load_json(raw: bytes, what: str, field: str = "body") -> Any:
    """Parse JSON within the depth budget; InputError (422) naming `field` otherwise."""
    check_depth(raw, what, field)
    try:
        return json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"{what} is not JSON: {exc}", field=field) from None


class BoundedJsonRoute(APIRoute):
    """A route whose JSON body is checked against the depth budget before FastAPI parses it."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()
        # Multipart uploads are not JSON (File is a kind of Form); their files are budgeted by
        # the upload validators.
        if self.body_field is None or isinstance(self.body_field.field_info, params.Form):
            return handler

        async def bounded(request: Request) -> Response:
            check_depth(await request.body(), "the request body")  # cached for FastAPI's parse
            return await handler(request)

        return bounded
