"""What the LLM judge must answer, and how its raw text becomes a validated reply."""

from __future__ import annotations

import json
import re
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from checker.models import Reason, Verdict

MAX_REPLY_IDS = 5  # key results, passages or flags a reply names; the judge needs one to three
RATIONALE_MAX_CHARS = 400  # two or three sentences; also bounds grammar-constrained decoding
_FENCE = re.compile(r"^\s*```(?:json)?\s*(.*?)\s*```\s*$", re.S)


class JudgeReply(BaseModel):
    """The LLM's structured answer. Ids are checked against the candidates afterwards."""

    model_config = ConfigDict(extra="ignore")

    verdict: Verdict
    reason: Reason | None = None
    # Needed work that serves no key result (a patch, an upgrade, a legal obligation): the
    # verdict stays orphan, as the result contract says, and the result is flagged `upkeep`.
    upkeep: bool = False
    # Lengths and counts bound grammar-constrained decoding too: a small model otherwise fills
    # its token budget with one endless list.
    kr_ids: list[str] = Field(default_factory=list, max_length=MAX_REPLY_IDS)
    # Lengths bound grammar-constrained decoding too: no empty or endless rationale.
    rationale: str = Field(min_length=1, max_length=RATIONALE_MAX_CHARS)
    cited_passages: list[str] = Field(default_factory=list, max_length=MAX_REPLY_IDS)
    confidence: float = Field(default=0.5, ge=0, le=1)
    # Whether the item's own text names the outcome it will move (the `no_metric` rule's
    # question, read as a reviewer reads it); None when the model did not say, and the rule's
    # reading stands.
    names_metric: bool | None = None
    flags: list[str] = Field(default_factory=list, max_length=MAX_REPLY_IDS)

    @field_validator("confidence", mode="before")
    @classmethod
    def _unsure_when_out_of_range(cls, value: Any) -> Any:
        # Grammar engines cannot bound numbers, and a small model writes 2.5 or 2038956742:
        # a figure outside 0..1 says nothing, so it counts as the unsure default, not as 1.
        if isinstance(value, int | float) and not 0 <= value <= 1:
            return 0.5
        return value

    @field_validator("reason", mode="before")
    @classmethod
    def _no_reason_spelled_out(cls, value: object) -> object:
        # Small models write "", "none" or "null" for "no reason": that is no reason, not garbage.
        if isinstance(value, str) and value.strip().lower() in ("", "none", "null", "n/a"):
            return None
        return value


    @field_validator("names_metric", mode="before")
    @classmethod
    def _no_reading_spelled_out(cls, value: object) -> object:
        # "n/a", "unclear" or "" from a model that would not say: no reading, the rule's stands.
        if isinstance(value, str) and value.strip().lower() not in ("true", "false"):
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
    """One property without `$ref`, titles or defaults. A nullable enum stays
    `anyOf: [{enum}, {null}]`: grammar engines (llama.cpp) read a `type` list before `enum`
    and would let any string through."""
    if "$ref" in prop:
        prop = {**defs[prop["$ref"].rsplit("/", 1)[-1]], **{k: v for k, v in prop.items()
                                                           if k != "$ref"}}
    if "anyOf" in prop:
        prop = {**prop, "anyOf": [_flat(o, defs) for o in prop["anyOf"]]}
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
