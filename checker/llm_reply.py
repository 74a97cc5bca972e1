"""What the LLM judge must answer, and how its raw text becomes a validated reply."""

from __future__ import annotations

import json
import re
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from checker.models import Reason, Verdict

_FENCE = re.compile(r"^\s*```(?:json)?\s*(.*?)\s*```\s*$", re.S)


class JudgeReply(BaseModel):
    """The LLM's structured answer. Ids are checked against the candidates afterwards."""

    model_config = ConfigDict(extra="ignore")

    verdict: Verdict
    reason: Reason | None = None
    kr_ids: list[str] = Field(default_factory=list)
    rationale: str = Field(min_length=1, max_length=2000)
    cited_passages: list[str] = Field(default_factory=list)
    confidence: float = Field(default=0.5, ge=0, le=1)
    flags: list[str] = Field(default_factory=list)


class ReplyError(ValueError):
    """The model's text is not a valid reply; the message says why, for the repair turn."""


def reply_schema() -> dict[str, Any]:
    """The JSON schema sent to servers that accept one (kept flat for grammar engines)."""
    return {
        "type": "object",
        "properties": {
            "verdict": {"type": "string", "enum": ["aligned", "misaligned", "unclear"]},
            "reason": {"type": ["string", "null"], "enum": ["orphan", "conflict", None]},
            "kr_ids": {"type": "array", "items": {"type": "string"}},
            # Lengths bound grammar-constrained decoding too: no empty or endless rationale.
            "rationale": {"type": "string", "minLength": 1, "maxLength": 400},
            "cited_passages": {"type": "array", "items": {"type": "string"}},
            "confidence": {"type": "number", "minimum": 0, "maximum": 1},
            "flags": {"type": "array", "items": {"type": "string"}},
        },
        "required": [
            "verdict",
            "reason",
            "kr_ids",
            "rationale",
            "cited_passages",
            "confidence",
            "flags",
        ],
        "additionalProperties": False,
    }


def parse_reply(content: str | None) -> JudgeReply:
    """Parse and validate the model's text; a fenced code block is unwrapped first."""
    if not content or not content.strip():
        raise ReplyError("the reply was empty")
    fenced = _FENCE.match(content)
    text = fenced.group(1) if fenced else content
    try:
        data = json.loads(text, strict=False)  # raw newlines inside strings are common
    except json.JSONDecodeError as exc:
        raise ReplyError(f"the reply is not valid JSON ({exc.msg} at char {exc.pos})") from None
    if not isinstance(data, dict):
        raise ReplyError("the reply must be one JSON object")
    try:
        return JudgeReply.model_validate(data)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e['loc']) or 'reply'}: {e['msg']}" for e in exc.errors()
        )
        raise ReplyError(f"the reply does not match the schema: {problems}") from None
