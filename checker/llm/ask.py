"""Ask the LLM for a structured reply: response-format fallbacks, then one repair turn."""

from __future__ import annotations

import threading
from typing import Any

from checker.llm.client import ChatClient, ChatMessage, ChatReply, LLMFailure, Usage
from checker.llm.prompting import PromptSet
from checker.llm.reply import JudgeReply, ReplyError, parse_reply, reply_schema

# Strongest first: OpenAI's JSON schema; llama.cpp's json_object with a schema; plain JSON.
FORMATS = ("json_schema", "json_object_schema", "json_object")
# Not every server says why it refuses a request: a plain 400 may be the format too.
_MAYBE_FORMAT = {"format_rejected", "bad_request"}


def response_format(mode: str, schema: dict[str, Any]) -> dict[str, Any]:
    """The `response_format` body for one mode."""
    if mode == "json_schema":
        return {
            "type": "json_schema",
            "json_schema": {"name": "judge_reply", "schema": schema, "strict": True},
        }
    if mode == "json_object_schema":
        return {"type": "json_object", "schema": schema}
    return {"type": "json_object"}


class StructuredAsker:
    """Gets a validated JudgeReply out of any OpenAI-compatible server, or raises LLMFailure."""

    def __init__(self, client: ChatClient, prompt: PromptSet, first_format: str = FORMATS[0]):
        self.client = client
        self.prompt = prompt
        self.schema = reply_schema()
        # The first format the server accepted is remembered, so an audit asks once per item.
        self._format = FORMATS.index(first_format)
        self._lock = threading.Lock()

    @property
    def format(self) -> str:
        return FORMATS[self._format]

    def ask(self, messages: list[ChatMessage]) -> tuple[JudgeReply, Usage]:
        """A validated reply; an invalid one gets one repair turn before giving up."""
        first = self._complete(messages)
        try:
            return parse_reply(first.content), first.usage
        except ReplyError as problem:
            follow_up = [
                *messages,
                {"role": "assistant", "content": first.content or ""},
                *self.prompt.render_repair(error=str(problem)),
            ]
        second = self._complete(follow_up)
        usage = first.usage + second.usage
        try:
            return parse_reply(second.content), usage
        except ReplyError as problem:
            raise LLMFailure("invalid_output", f"after one repair turn, {problem}") from None

    def _complete(self, messages: list[ChatMessage]) -> ChatReply:
        index = self._format
        while True:
            try:
                reply = self.client.complete(messages, response_format(FORMATS[index], self.schema))
            except LLMFailure as failure:
                if failure.kind not in _MAYBE_FORMAT or index == len(FORMATS) - 1:
                    raise
                index += 1  # the server may not know this response_format: try the next form
                continue
            with self._lock:
                self._format = max(self._format, index)
            return reply
