"""Webhook signatures: HMAC-SHA256 of the raw body, compared in constant time.

GitHub sends `X-Hub-Signature-256: sha256=<hex>`, Jira Cloud `X-Hub-Signature: sha256=<hex>`
(WebSub style), Linear `Linear-Signature: <hex>` plus a `webhookTimestamp` in the body that
must be recent, so a captured delivery cannot be replayed later.
"""

from __future__ import annotations

import hashlib
import hmac

from api.errors import AuthenticationError


def signature_of(secret: str, body: bytes) -> str:
    """The hex HMAC-SHA256 of body under secret."""
    return hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def verify(secret: str, body: bytes, header: str | None, *, name: str, prefix: str = "") -> None:
    """Refuse (401) a missing, malformed or wrong signature header."""
    if not header:
        raise AuthenticationError(f"missing {name} header; is the webhook secret set?")
    if not header.startswith(prefix):
        raise AuthenticationError(f"{name} must start with '{prefix}'")
    presented = header.removeprefix(prefix).strip().lower()
    if not hmac.compare_digest(presented.encode(), signature_of(secret, body).encode()):
        raise AuthenticationError(
            f"{name} does not match the body; check the webhook secret stored for this workspace"
        )


def verify_fresh(timestamp_ms: object, now: float, max_age: float) -> None:
    """Refuse (401) a signed body whose timestamp is missing or older than max_age seconds."""
    if not isinstance(timestamp_ms, int | float) or isinstance(timestamp_ms, bool):
        raise AuthenticationError("the delivery carries no webhookTimestamp; refused as a replay")
    age = abs(now - timestamp_ms / 1000.0)
    if age > max_age:
        raise AuthenticationError(
            f"webhookTimestamp is {age:.0f} s away from now (limit {max_age:g} s); "
            "refused as a replay (or check this server's clock)"
        )
