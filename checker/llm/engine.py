"""The LLM engine: the embedded checker retrieves, an LLM judges, the index validates.

Any failure of the LLM returns the embedded verdict with the flag llm_unavailable.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextvars import copy_context

from pydantic import BaseModel

from checker.embedded.engine import Assessment, EmbeddedChecker
from checker.embedded.retrieval import Candidates
from checker.llm.ask import StructuredAsker
from checker.llm.breaker import CircuitBreaker
from checker.llm.cache import ReplyCache, cache_key
from checker.llm.client import ChatMessage, LLMFailure, Usage
from checker.llm.prompting import PromptSet
from checker.llm.reply import JudgeReply
from checker.llm.verdict import fallback_result, judged_result
from checker.models import CheckResult, Proposal
from checker.rationale import snippet

_PASSAGE_CHARS = 500
_ITEM_CHARS = 6000
# An outage must not look like a working LLM: these failures say nothing about the reply.
_ENDPOINT_DOWN = {"timeout", "connection", "rate_limited", "server_error", "auth", "http_error"}


class LLMStats(BaseModel):
    """What the LLM engine spent and how often it could not answer."""

    usage: Usage = Usage()
    judged: int = 0
    cached: int = 0
    fallbacks: int = 0


class LLMJudge:
    """Judges one assessment: cache, circuit breaker, structured ask, validation."""

    def __init__(
        self,
        asker: StructuredAsker,
        prompt: PromptSet,
        cache: ReplyCache,
        breaker: CircuitBreaker,
    ) -> None:
        self.asker = asker
        self.prompt = prompt
        self.cache = cache
        self.breaker = breaker
        self.engine = f"llm:{asker.client.model}"
        self.stats = LLMStats()
        self._lock = threading.Lock()

    def judge(self, assessment: Assessment) -> CheckResult:
        """The LLM's validated verdict, or the embedded one flagged llm_unavailable."""
        key = cache_key(
            assessment.result.strategy_version,
            self.prompt.version,
            self.asker.client.model,
            assessment.proposal.text,
        )
        hit = self.cache.get(key)
        if hit is not None:
            self._count(cached=1)
            return self._result(assessment, hit[0], Usage(), cached=True)
        if not self.breaker.allow():
            self._count(fallbacks=1)
            return fallback_result(
                assessment,
                LLMFailure(
                    "circuit_open", "the LLM endpoint kept failing; not called until it recovers"
                ),
            )
        return self._ask(assessment, key)

    def _ask(self, assessment: Assessment, key: str) -> CheckResult:
        try:
            reply, usage = self.asker.ask(self.messages(assessment))
        except LLMFailure as failure:
            if failure.kind in _ENDPOINT_DOWN:
                self.breaker.failure()
            else:
                self.breaker.success()
            self._count(fallbacks=1)
            return fallback_result(assessment, failure)
        self.breaker.success()
        self.cache.put(key, reply, usage)
        self._count(judged=1, usage=usage)
        return self._result(assessment, reply, usage, cached=False)

    def _result(
        self, assessment: Assessment, reply: JudgeReply, usage: Usage, cached: bool
    ) -> CheckResult:
        return judged_result(assessment, reply, self.engine, self.prompt.version, usage, cached)

    def messages(self, assessment: Assessment) -> list[ChatMessage]:
        """The rendered prompt: candidates, then the item in its data block."""
        return self.prompt.render(
            passages=_passage_lines(assessment.candidates),
            key_results=_kr_lines(assessment.candidates),
            item_id=_one_line(assessment.proposal.id)[:80],
            item_text=_data_block(assessment.text or assessment.proposal.title),
        )

    def _count(
        self, judged: int = 0, cached: int = 0, fallbacks: int = 0, usage: Usage | None = None
    ) -> None:
        with self._lock:
            s = self.stats
            self.stats = LLMStats(
                usage=s.usage + (usage or Usage()),
                judged=s.judged + judged,
                cached=s.cached + cached,
                fallbacks=s.fallbacks + fallbacks,
            )


def _passage_lines(candidates: Candidates) -> str:
    if not candidates.passages:
        return "(none)"
    return "\n".join(
        f"[{p.ref}] ({p.kind.replace('_', '-')}) {p.section}: {snippet(p.text, _PASSAGE_CHARS)}"
        for p in candidates.passages
    )


def _kr_lines(candidates: Candidates) -> str:
    if not candidates.krs:
        return "(none)"
    return "\n".join(
        f"- {k.kr_id}: {k.title} (objective {k.objective_id}: {k.objective_title}"
        + (f"; metric: {k.metric}" if k.metric else "")
        + ")"
        for k in candidates.krs
    )


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _data_block(text: str) -> str:
    """The item as data: markers inside it are defused so it cannot close its own block."""
    defused = text.replace("<<<", "< < <").replace(">>>", "> > >")
    return defused[:_ITEM_CHARS]


class LLMChecker:
    """Checks proposals with the LLM judge, several calls at once, results in input order."""

    def __init__(self, embedded: EmbeddedChecker, judge: LLMJudge, concurrency: int) -> None:
        self.embedded = embedded
        self.model = embedded.model
        self.judge = judge
        self.concurrency = concurrency

    @property
    def stats(self) -> LLMStats:
        return self.judge.stats

    def check(self, proposal: Proposal) -> CheckResult:
        """The verdict on one proposal."""
        return next(self.check_many([proposal]))

    def check_many(self, proposals: Iterable[Proposal]) -> Iterator[CheckResult]:
        """Verdicts in input order; at most `concurrency` LLM calls in flight."""
        with ThreadPoolExecutor(self.concurrency, thread_name_prefix="llm") as pool:
            pending: deque[Future[CheckResult]] = deque()
            for assessment in self.embedded.assess_many(proposals):
                # The caller's time budget (checker/deadline.py) goes along to the pool.
                pending.append(pool.submit(copy_context().run, self.judge.judge, assessment))
                while len(pending) > 2 * self.concurrency:
                    yield pending.popleft().result()
            while pending:
                yield pending.popleft().result()
