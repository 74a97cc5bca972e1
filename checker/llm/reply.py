"""What the LLM judge must answer, and how its raw text becomes a validated reply."""

from __future__ import annotations

import json
import re
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from checker.models import Reason, Verdict

RATIONALE_MAX_CHARS = 600  # two or three sentences; more is a ramble the reader skips
_FENCE = re.compile(r"^\s*```(?:json)?\s*(.*?)\s*```\s*$", re.S)


class JudgeReply(BaseModel):
    """The LLM's structured answer. Ids are checked against the candidates afterwards."""

    model_config = ConfigDict(extra="ignore")

    verdict: Verdict
    reason: Reason | None = None
    # Needed work that serves no key result (a patch, an upgrade, a legal obligation): the
    # verdict stays orphan, as the result contract says, and the result is flagged `upkeep`.
    upkeep: bool = False
    kr_ids: list[str] = Field(default_factory=list)
    # Lengths bound grammar-constrained decoding too: no empty or endless rationale.
    rationale: str = Field(min_length=1, max_length=RATIONALE_MAX_CHARS)
    cited_passages: list[str] = Field(default_factory=list)
    confidence: float = Field(default=0.5, ge=0, le=1)
    flags: list[str] = Field(default_factory=list)

    @field_validator("reason", mode="before")
    @classmethod
    def _no_reason_spelled_out(cls, value: object) -> object:
        # Small models write "", "none" or "null" for "no reason": that is no reason, not garbage.
        if isinstance(value, str) and value.strip().lower() in ("", "none", "null", "n/a"):
            return None
        return value


class ReplyError(ValueError):
    """The model's text is not a valid reply; the message says why, for the repair turn."""


def reply_schema() -> dict[str, Any]:
    """The JSON schema sent to servers that accept one, derived from `JudgeReply` so the two
    cannot drift; `$ref`s and `anyOf: [X, null]` are inlined, because grammar engines
    (llama.cpp) take flat schemas best. Every property is required, as OpenAI's strict mode asks."""
    schema = JudgeReply.model_json_schema()
    defs = schema.pop("$defs", {})
    properties = {name: _flat(prop, defs) for name, prop in schema["properties"].items()}
    return {
        "type": "object",
        "properties": properties,
        "required": list(properties),
        "additionalProperties": False,
    }


def _flat(prop: dict[str, Any], defs: dict[str, Any]) -> dict[str, Any]:
    """One property without `$ref`, titles, defaults or `anyOf` with null."""
    if "$ref" in prop:
        prop = {**defs[prop["$ref"].rsplit("/", 1)[-1]], **{k: v for k, v in prop.items()
                                                           if k != "$ref"}}
    if "anyOf" in prop:
        options = [_flat(o, defs) for o in prop["anyOf"]]
        real = [o for o in options if o.get("type") != "null"]
        if len(real) == 1 and len(options) == 2:
            flat = dict(real[0])
            flat["type"] = [flat["type"], "null"]
            if "enum" in flat:
                flat["enum"] = [*flat["enum"], None]
            return flat
    if "items" in prop:
        prop = {**prop, "items": _flat(prop["items"], defs)}
    return {k: v for k, v in prop.items() if k not in ("title", "default", "description")}


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
