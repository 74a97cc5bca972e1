"""Calls to a tracker's API and their errors, which never carry the token: messages name
the tracker, the call and the status only."""

from __future__ import annotations

from typing import Any

import httpx

from api.errors import TrackerCallError, TrackerNotFoundError

__all__ = ["TrackerCallError", "TrackerNotFoundError", "call"]


def call(
    http: httpx.Client, tracker: str, method: str, url: str, **kwargs: Any
) -> httpx.Response:
    """One API call; TrackerCallError (TrackerNotFoundError on 404) unless it succeeds."""
    what = f"{tracker} {method} {httpx.URL(url).path}"
    try:
        response = http.request(method, url, **kwargs)
    except httpx.HTTPError as exc:
        raise TrackerCallError(f"{what} failed: {type(exc).__name__}") from None
    if response.status_code == 404:
        raise TrackerNotFoundError(f"{what} answered 404", 404)
    if not response.is_success:
        raise TrackerCallError(
            f"{what} answered {response.status_code}: {_reason(response)}", response.status_code
        )
    return response


def _reason(response: httpx.Response) -> str:
    # Trackers explain refusals in a JSON `message` (GitHub) or `errorMessages` (Jira).
    try:
        body = response.json()
    except ValueError:
        return response.reason_phrase
    if isinstance(body, dict):
        message = body.get("message") or body.get("errorMessages") or body.get("errors")
        return str(message)[:200] if message else response.reason_phrase
    return response.reason_phrase
