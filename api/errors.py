"""API errors and the one place where errors become HTTP status codes.

StratalignError (index/errors.py)
├── InputError → 422 invalid_input          names file, line and field
│   └── WorkspaceError → 422 invalid_workspace
├── IndexStateError → 409 not_indexed
├── UpstreamError → 502 upstream_error       the LLM or a tracker failed
├── ConfigurationError → 503 configuration_error   the operator's set-up; the message says which
└── ApiError                                 raised by the API's own modules
    ├── AuthenticationError → 401 unauthenticated
    ├── ForbiddenError → 403 forbidden
    ├── NotFoundError → 404 not_found
    ├── ConflictError → 409 conflict
    ├── PayloadTooLargeError → 413 payload_too_large
    ├── RateLimitedError → 429 rate_limited
    ├── CheckTimeoutError → 504 check_timeout
    └── TrackerCallError → 502 tracker_error   (api/outbound.py)
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from sqlalchemy.exc import DataError
from starlette.exceptions import HTTPException as StarletteHTTPException

from index.errors import (
    ConfigurationError,
    IndexStateError,
    InputError,
    StratalignError,
    UpstreamError,
    WorkspaceError,
)

log = logging.getLogger("stratalign.api")


class ApiError(StratalignError):
    """An error the API raises on its own (authentication, lookups, limits)."""

    def __init__(self, message: str, *, retry_after: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.retry_after = retry_after


class AuthenticationError(ApiError):
    """No key, an unknown key or a revoked key."""


class ForbiddenError(ApiError):
    """The key is valid but not for this workspace or scope."""


class NotFoundError(ApiError):
    """No such workspace, job or file."""


class ConflictError(ApiError):
    """The request clashes with what exists (a workspace name taken)."""


class PayloadTooLargeError(ApiError):
    """The body or the backlog is over the configured limit."""


class RateLimitedError(ApiError):
    """Too many requests for this key; retry after the given seconds."""


class CheckTimeoutError(ApiError):
    """A check took longer than the configured timeout."""


class TrackerCallError(ApiError):
    """A tracker's API refused a call (`status`) or could not be reached (status None)."""

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


class TrackerNotFoundError(TrackerCallError):
    """The tracker answered 404: the comment or label is gone, or the token cannot see it."""


# Most specific first: the first class an error is an instance of decides.
STATUS: list[tuple[type[StratalignError], int, str]] = [
    (AuthenticationError, 401, "unauthenticated"),
    (ForbiddenError, 403, "forbidden"),
    (NotFoundError, 404, "not_found"),
    (ConflictError, 409, "conflict"),
    (PayloadTooLargeError, 413, "payload_too_large"),
    (RateLimitedError, 429, "rate_limited"),
    (CheckTimeoutError, 504, "check_timeout"),
    (TrackerCallError, 502, "tracker_error"),
    (WorkspaceError, 422, "invalid_workspace"),
    (InputError, 422, "invalid_input"),
    (IndexStateError, 409, "not_indexed"),
    (UpstreamError, 502, "upstream_error"),
    (ConfigurationError, 503, "configuration_error"),
    (StratalignError, 400, "bad_request"),
]


class ErrorDetail(BaseModel):
    """What went wrong and what to fix; file, line and field when an input is at fault."""

    code: str
    message: str
    file: str | None = None
    line: int | None = None
    field: str | None = None


class ErrorOut(BaseModel):
    """Every error response."""

    error: ErrorDetail


def error_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI entries for error statuses, all with the ErrorOut body."""
    return {
        status: {"model": ErrorOut, "description": _DESCRIPTIONS[status]} for status in statuses
    }


_DESCRIPTIONS = {
    400: "Bad request",
    401: "Missing, unknown or revoked API key",
    403: "The key is not for this workspace or lacks the scope",
    404: "No such workspace, job, key or file",
    409: "Conflicts with what exists, or the workspace is not indexed",
    413: "Body or backlog over the limit",
    422: "Invalid input; names the file, line and field",
    502: "The tracker's API refused a call or could not be reached",
    429: "Rate limit reached; see Retry-After",
    504: "The check took too long",
}
# What any authenticated workspace route can answer besides success.
WORKSPACE_ERRORS = error_responses(400, 401, 403, 404, 409, 413, 422, 429, 504)


def error_body(code: str, message: str, **where: object) -> dict[str, object]:
    """The JSON every error response carries."""
    detail = {k: v for k, v in where.items() if v is not None}
    return {"error": {"code": code, "message": message, **detail}}


def status_for(exc: StratalignError) -> tuple[int, str]:
    """HTTP status and error code of a domain error."""
    return next((s, c) for cls, s, c in STATUS if isinstance(exc, cls))


_LOCATIONS = ("body", "query", "path", "header", "cookie")


def install_error_handlers(app: FastAPI) -> None:
    """Domain errors, request validation and HTTP errors all answer as JSON."""
    app.add_exception_handler(StratalignError, _domain_error)  # type: ignore[arg-type]
    app.add_exception_handler(DataError, _unstorable)  # type: ignore[arg-type]
    app.add_exception_handler(RequestValidationError, _validation_error)  # type: ignore[arg-type]
    app.add_exception_handler(StarletteHTTPException, _http_error)  # type: ignore[arg-type]
    app.add_exception_handler(Exception, _internal_error)


async def _domain_error(_request: Request, exc: StratalignError) -> JSONResponse:
    status, code = status_for(exc)
    if isinstance(exc, InputError):
        body = error_body(code, exc.message, file=exc.file, line=exc.line, field=exc.field)
    else:
        body = error_body(code, getattr(exc, "message", str(exc)))
    retry = getattr(exc, "retry_after", None)
    headers = {"Retry-After": str(retry)} if retry else None
    return JSONResponse(body, status_code=status, headers=headers)


async def _validation_error(_request: Request, exc: RequestValidationError) -> JSONResponse:
    first = exc.errors()[0] if exc.errors() else {"loc": (), "msg": "invalid request"}
    if first.get("type") == "json_invalid":
        # FastAPI puts the character position where a field name goes: say it as a position.
        where = first.get("loc", ())[-1:]
        at = f" at character {where[0]}" if where and isinstance(where[0], int) else ""
        ctx = first.get("ctx")
        reason = ctx.get("error", "") if isinstance(ctx, dict) else ""
        message = f"the body is not valid JSON{at}" + (f": {reason}" if reason else "")
        return JSONResponse(error_body("invalid_request", message), status_code=422)
    loc = [str(p) for p in first.get("loc", ())]
    # Only the first part says where (body, query, ...): a field may itself be named `body`.
    field = ".".join(loc[1:] if loc and loc[0] in _LOCATIONS else loc) or None
    message = f"{first.get('msg', 'invalid request')}" + (f" (field '{field}')" if field else "")
    return JSONResponse(error_body("invalid_request", message, field=field), status_code=422)


async def _internal_error(_request: Request, exc: Exception) -> JSONResponse:
    # A fault of ours, not of the request: the body says so in the JSON every error carries
    # (docs/api.md), naming no more than the error's type; Starlette re-raises the error after
    # this response, so the server's log has its traceback.
    message = f"internal error ({type(exc).__name__}); the server's log has the details"
    return JSONResponse(error_body("internal_error", message), status_code=500)


async def _unstorable(_request: Request, exc: DataError) -> JSONResponse:
    # A safety net behind the request schemas: the database refused a value. The driver's
    # message is not echoed or logged, since it may quote the row (a whole document).
    log.warning("the database refused a value of a request (%s)", type(exc.orig).__name__)
    return JSONResponse(
        error_body(
            "invalid_input",
            "a value in this request is one the database cannot hold or compare (text with a "
            "NUL character, or a number out of range); fix it and send it again",
        ),
        status_code=422,
    )


async def _http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
    if exc.status_code == 400 and exc.detail == _UNPARSED_BODY:
        return JSONResponse(
            error_body("invalid_request", await _unread_body(request)), status_code=400)
    code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "http_error")
    return JSONResponse(
        error_body(code, str(exc.detail)), status_code=exc.status_code, headers=exc.headers
    )


# What FastAPI raises when a JSON body cannot even be decoded (fastapi/routing.py): bytes that
# are not UTF-8, say a Latin-1 "é".
_UNPARSED_BODY = "There was an error parsing the body"


async def _unread_body(request: Request) -> str:
    """What was wrong with a body FastAPI could not parse, and what to do."""
    try:
        (await request.body()).decode("utf-8")
    except UnicodeDecodeError as exc:
        return (f"the body is not UTF-8: byte 0x{exc.object[exc.start]:02x} at position "
                f"{exc.start} cannot be read; send the JSON as UTF-8")
    except Exception:  # (the body is gone: say what is known)
        pass
    return "the body could not be read as JSON; send it as UTF-8 JSON"
