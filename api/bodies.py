"""JSON the API parses itself, within stated budgets checked before a byte is parsed.

Size is bounded for every request by `BodySizeLimit` (STRATALIGN_MAX_BODY_BYTES, 413). Nesting
depth is bounded here: Python's parser recurses once per level, so 100,000 `[` cost a deep
recursion and end in RecursionError (a 500) instead of a clear refusal. The depth is measured
before parsing by index/json_depth.py, so a hostile body is refused in milliseconds.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Coroutine
from typing import Any

from fastapi import Request, Response, params
from fastapi.routing import APIRoute

from index.errors import InputError
from index.json_depth import json_depth

# Deepest JSON nesting accepted. Real bodies stay far below: a GitHub delivery nests about 6
# levels, Jira's Atlassian Document Format (lists in tables in panels) about 20.
MAX_JSON_DEPTH = 64

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
