"""A scripted OpenAI-compatible endpoint at the HTTP transport (no SDK patching), and the same
served on loopback for code that builds its own client."""

from __future__ import annotations

import json
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx2

Reply = Callable[[dict[str, Any]], httpx2.Response]


def completion(content: str, prompt_tokens: int = 100, completion_tokens: int = 20) -> Reply:
    """A 200 chat completion whose message is `content`."""

    def reply(_: dict[str, Any]) -> httpx2.Response:
        return httpx2.Response(200, json={
            "id": "chatcmpl-test", "object": "chat.completion", "created": 1, "model": "fake",
            "choices": [{"index": 0, "finish_reason": "stop",
                         "message": {"role": "assistant", "content": content}}],
            "usage": {"prompt_tokens": prompt_tokens, "completion_tokens": completion_tokens,
                      "total_tokens": prompt_tokens + completion_tokens},
        })

    return reply


def judged(verdict: str = "aligned", kr_ids: list[str] | None = None, reason: str | None = None,
           cited: list[str] | None = None, flags: list[str] | None = None) -> Reply:
    """A well-formed judge reply."""
    return completion(json.dumps({
        "verdict": verdict, "reason": reason, "kr_ids": kr_ids or [],
        "rationale": "Moves the key result named first.", "cited_passages": cited or ["P1"],
        "confidence": 0.8, "flags": flags or [],
    }))


def status(code: int, message: str = "error", headers: dict[str, str] | None = None) -> Reply:
    def reply(_: dict[str, Any]) -> httpx2.Response:
        return httpx2.Response(code, json={"error": {"message": message}}, headers=headers)

    return reply


def timeout() -> Reply:
    def reply(_: dict[str, Any]) -> httpx2.Response:
        raise httpx2.ReadTimeout("timed out")

    return reply


class FakeLLM:
    """Serves queued replies in order (the last one repeats) and records every request body."""

    def __init__(self, *replies: Reply, delay: float = 0.0) -> None:
        self.replies = deque(replies)
        self.requests: list[dict[str, Any]] = []
        self.delay = delay
        self.in_flight = 0
        self.max_in_flight = 0
        self._lock = threading.Lock()

    def __call__(self, request: httpx2.Request) -> httpx2.Response:
        body = json.loads(request.content)
        with self._lock:
            self.requests.append(body)
            reply = self.replies.popleft() if len(self.replies) > 1 else self.replies[0]
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)
        try:
            time.sleep(self.delay)
            return reply(body)
        finally:
            with self._lock:
                self.in_flight -= 1

    def transport(self) -> httpx2.MockTransport:
        return httpx2.MockTransport(self)

    def user_message(self, n: int = 0) -> str:
        return str(self.requests[n]["messages"][1]["content"])


class LoopbackLLM(ThreadingHTTPServer):
    """An OpenAI-compatible endpoint on loopback, for code that builds its own client (the
    CLI, the API): every request body is recorded; `reply` answers each with a completion."""

    def __init__(self, reply: Reply) -> None:
        super().__init__(("127.0.0.1", 0), _LoopbackHandler)
        self.reply = reply
        self.requests: list[dict[str, Any]] = []
        self.thread = threading.Thread(target=self.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/v1"


class _LoopbackHandler(BaseHTTPRequestHandler):
    server: LoopbackLLM

    def do_POST(self) -> None:
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        self.server.requests.append(body)
        response = self.server.reply(body)
        self.send_response(response.status_code)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(response.content)))
        self.end_headers()
        self.wfile.write(response.content)

    def log_message(self, *args: object) -> None:
        return None


@contextmanager
def loopback_llm(reply: Reply) -> Iterator[LoopbackLLM]:
    """A running LoopbackLLM, shut down afterwards."""
    server = LoopbackLLM(reply)
    server.thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
