"""The one module that speaks the `openai` client: a chat call in, text and usage out.

Errors::

    StratalignError
    └── LLMFailure            the endpoint could not give an answer (kind says why)

Retries with backoff on 429, 5xx, timeouts and refused connections are the
client's own (`max_retries`); what still fails arrives here as an LLMFailure.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol, cast

import httpx2
import openai
from pydantic import BaseModel

from checker import deadline
from checker.rationale import snippet
from checker.settings import Settings
from index.errors import StratalignError, UpstreamError

ChatMessage = dict[str, Any]


class LLMFailure(UpstreamError):
    """The endpoint gave no usable answer: timeout, rate limit, 5xx, refused, ..."""

    def __init__(self, kind: str, message: str, status: int | None = None) -> None:
        super().__init__(f"{kind}: {message}")
        self.kind = kind
        self.status = status


class Usage(BaseModel):
    """Tokens and calls spent; sums across checks."""

    calls: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    total_tokens: int = 0
    cached_tokens: int = 0  # prompt tokens the provider served from its prefix cache, if it says

    def __add__(self, other: Usage) -> Usage:
        return Usage(
            calls=self.calls + other.calls,
            prompt_tokens=self.prompt_tokens + other.prompt_tokens,
            completion_tokens=self.completion_tokens + other.completion_tokens,
            total_tokens=self.total_tokens + other.total_tokens,
            cached_tokens=self.cached_tokens + other.cached_tokens,
        )


@dataclass
class ChatReply:
    """The text of the first choice and what the call cost."""

    content: str | None
    usage: Usage


class ChatClient(Protocol):
    """What the judge needs from an LLM: one chat completion."""

    model: str

    def complete(self, messages: list[ChatMessage], response_format: dict[str, Any]) -> ChatReply:
        """One chat completion; raises LLMFailure when no answer comes."""
        ...


class OpenAIChatClient:
    """Any OpenAI-compatible server (OpenAI, Azure, Ollama, vLLM, llama.cpp) by base URL."""

    def __init__(
        self, client: openai.OpenAI, model: str, temperature: float, max_tokens: int
    ) -> None:
        self.client = client
        self.model = model
        self.temperature = temperature
        self.max_tokens = max_tokens

    @classmethod
    def from_settings(
        cls, settings: Settings, http_client: httpx2.Client | None = None
    ) -> OpenAIChatClient:
        """A client for the configured endpoint; tests inject `http_client` with a transport."""
        if settings.llm_model is None:
            raise StratalignError("no LLM configured: set STRATALIGN_LLM_MODEL")
        key = settings.llm_api_key.get_secret_value() if settings.llm_api_key else "unused"
        client = openai.OpenAI(
            api_key=key,
            base_url=settings.llm_base_url,
            timeout=settings.llm_timeout,
            max_retries=settings.llm_max_retries,
            http_client=http_client,
        )
        return cls(
            client, settings.llm_model, settings.llm_temperature, settings.llm_max_output_tokens
        )

    def complete(self, messages: list[ChatMessage], response_format: dict[str, Any]) -> ChatReply:
        try:
            response = self._client_within_budget().chat.completions.create(
                model=self.model,
                # llama.cpp's `schema` key is outside the SDK's typed forms, hence Any.
                messages=cast(Any, messages),
                response_format=cast(Any, response_format),
                temperature=self.temperature,
                max_tokens=self.max_tokens,
            )
        except openai.OpenAIError as exc:
            deadline.raise_if_stopped()  # our caller gave up: not the endpoint's failure
            raise _failure(exc) from exc
        if not response.choices:
            raise LLMFailure("bad_response", "the server returned no choices")
        return ChatReply(response.choices[0].message.content, _usage(response.usage))


    def _client_within_budget(self) -> openai.OpenAI:
        """The client, or under a check's time budget one whose request gets only the time
        left and no retry (a retry would outlive the budget)."""
        left = deadline.remaining()
        if left is None:
            return self.client
        deadline.raise_if_stopped()
        configured = self.client.timeout
        if isinstance(configured, int | float):
            left = min(left, float(configured))
        return self.client.with_options(timeout=left, max_retries=0)


def _usage(raw: Any) -> Usage:
    if raw is None:
        return Usage(calls=1)
    return Usage(
        calls=1,
        prompt_tokens=raw.prompt_tokens or 0,
        completion_tokens=raw.completion_tokens or 0,
        total_tokens=raw.total_tokens or 0,
        cached_tokens=_cached_tokens(raw),
    )


def _cached_tokens(raw: Any) -> int:
    """OpenAI's `usage.prompt_tokens_details.cached_tokens`; servers that omit it cached none
    that they report."""
    details = getattr(raw, "prompt_tokens_details", None)
    return int(getattr(details, "cached_tokens", 0) or 0)


def _failure(exc: openai.OpenAIError) -> LLMFailure:
    """Name the failure the way an operator would look for it."""
    if isinstance(exc, openai.APITimeoutError):
        return LLMFailure("timeout", "the LLM endpoint did not answer in time")
    if isinstance(exc, openai.APIConnectionError):
        return LLMFailure("connection", f"cannot reach the LLM endpoint ({exc.__cause__ or exc})")
    if isinstance(exc, openai.APIStatusError):
        return _status_failure(exc)
    return LLMFailure("bad_response", str(exc))


def _status_failure(exc: openai.APIStatusError) -> LLMFailure:
    status = exc.status_code
    if _rejects_format(status, exc.message):
        kind = "format_rejected"
    elif status == 429:
        kind = "rate_limited"
    elif status >= 500:
        kind = "server_error"
    elif status in (401, 403):
        kind = "auth"
    elif status in (400, 422):
        kind = "bad_request"
    else:
        kind = "http_error"
    return LLMFailure(kind, f"HTTP {status}: {snippet(exc.message, 200)}", status)


def _rejects_format(status: int, message: str) -> bool:
    """Servers refuse an unknown response_format in different ways: llama-cpp-python's
    server answers 500 with a validation error that names the field."""
    named = "response_format" in message or "json_schema" in message
    return named and (status in (400, 422) or status >= 500)
