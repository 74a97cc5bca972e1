"""The LLM engine: the embedded checker retrieves, an LLM judges, the index validates.

Any failure of the LLM returns the embedded verdict with the flag llm_unavailable.
"""

from __future__ import annotations

import json
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextvars import copy_context

from checker.embedded.engine import Assessment, EmbeddedChecker
from checker.embedded.retrieval import Candidates
from checker.learning.memory import Neighbour
from checker.llm.ask import StructuredAsker
from checker.llm.breaker import CircuitBreaker
from checker.llm.cache import ReplyCache, cache_key
from checker.llm.client import ChatMessage, LLMFailure, Usage
from checker.llm.escalation import escalation_reasons
from checker.llm.examples import PROMPT_EXAMPLES, data_block, examples_text
from checker.llm.offer import Offer, estimate_tokens, item_context
from checker.llm.prompting import PromptSet
from checker.llm.reply import JudgeReply
from checker.llm.stats import LLMStats
from checker.llm.verdict import fallback_result, judged_result
from checker.models import CheckResult, Proposal

_ITEM_CHARS = 6000
# An outage must not look like a working LLM: these failures say nothing about the reply.
_ENDPOINT_DOWN = {"timeout", "connection", "rate_limited", "server_error", "auth", "http_error"}


class LLMJudge:
    """Judges one assessment: cache, circuit breaker, structured ask, validation."""

    def __init__(
        self,
        asker: StructuredAsker,
        prompt: PromptSet,
        offer: Offer,
        cache: ReplyCache,
        breaker: CircuitBreaker,
    ) -> None:
        self.asker = asker
        self.offer = offer
        self.prompt = prompt
        self.cache = cache
        self.breaker = breaker
        self.engine = f"llm:{asker.client.model}"
        self.stats = LLMStats()
        self._lock = threading.Lock()
        self._prefixes: set[str] = set()

    def judge(self, assessment: Assessment) -> CheckResult:
        """The LLM's validated verdict, or the embedded one flagged llm_unavailable."""
        candidates = self.offer.candidates(assessment.scores)
        messages = self.messages(assessment, candidates)
        # The rendered prompt is the key: it holds the strategy part, the candidates and the text.
        key = cache_key(
            assessment.result.strategy_version,
            self.prompt.version,
            self.asker.client.model,
            json.dumps(messages, sort_keys=True),
        )
        hit = self.cache.get(key)
        if hit is not None:
            self._count(cached=1)
            return self._result(assessment, candidates, hit[0], Usage(), cached=True)
        if not self.breaker.allow():
            self._count(fallbacks=1)
            return fallback_result(
                assessment,
                LLMFailure(
                    "circuit_open", "the LLM endpoint kept failing; not called until it recovers"
                ),
            )
        return self._ask(assessment, candidates, messages, key)

    def _ask(
        self,
        assessment: Assessment,
        candidates: Candidates,
        messages: list[ChatMessage],
        key: str,
    ) -> CheckResult:
        self._count_prompt(messages)
        try:
            reply, usage = self.asker.ask(messages)
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
        return self._result(assessment, candidates, reply, usage, cached=False)

    def _result(
        self,
        assessment: Assessment,
        candidates: Candidates,
        reply: JudgeReply,
        usage: Usage,
        cached: bool,
    ) -> CheckResult:
        result = judged_result(
            assessment, candidates, reply, self.engine, self.prompt.version, usage, cached
        )
        shown = self.examples(assessment)
        if shown:  # which of the team's confirmed items the judge was shown, nearest first
            result.details["llm"]["examples"] = [n.correction.item_id for n in shown]
        return result

    def messages(
        self, assessment: Assessment, candidates: Candidates | None = None
    ) -> list[ChatMessage]:
        """The rendered prompt: the shared strategy part first (system message, the same for
        every item), then the nearest confirmed items as examples, the item's own candidates
        and the item in its data block."""
        return judge_messages(
            self.prompt, self.offer, assessment, candidates, self.examples(assessment)
        )

    def examples(self, assessment: Assessment) -> list[Neighbour]:
        """The confirmed items nearest the item (at most PROMPT_EXAMPLES, nearest first), from
        the confirmations the embedded engine judged it with (a k-fold's own, in `eval`)."""
        if assessment.memory is None or assessment.vector is None:
            return []
        return assessment.memory.nearest(assessment.vector, PROMPT_EXAMPLES)

    def _count_prompt(self, messages: list[ChatMessage]) -> None:
        """Estimated prompt tokens, and the part that repeats a prefix sent before."""
        prefix = str(messages[0]["content"])
        total = sum(estimate_tokens(str(m["content"])) for m in messages)
        with self._lock:
            repeated = estimate_tokens(prefix) if prefix in self._prefixes else 0
            self._prefixes.add(prefix)
            self.stats = self.stats.model_copy(update={
                "prompt_estimate": self.stats.prompt_estimate + total,
                "repeated_prefix_estimate": self.stats.repeated_prefix_estimate + repeated,
            })

    def count_escalation(self, escalated: bool) -> None:
        """One item judged first by the embedded engine (`--engine auto`), sent on or not."""
        with self._lock:
            self.stats = self.stats.model_copy(update={
                "assessed": self.stats.assessed + 1,
                "escalated": self.stats.escalated + escalated,
            })

    def _count(
        self, judged: int = 0, cached: int = 0, fallbacks: int = 0, usage: Usage | None = None
    ) -> None:
        with self._lock:
            s = self.stats
            self.stats = s.model_copy(update={
                "usage": s.usage + (usage or Usage()),
                "judged": s.judged + judged,
                "cached": s.cached + cached,
                "fallbacks": s.fallbacks + fallbacks,
            })


def judge_messages(
    prompt: PromptSet,
    offer: Offer,
    assessment: Assessment,
    candidates: Candidates | None = None,
    examples: list[Neighbour] | None = None,
) -> list[ChatMessage]:
    """The judge's messages for one item: system (instructions, then the workspace's shared
    strategy part: the same bytes for every item), then user (the team's confirmed items
    nearest this one, when any, the item's own candidates, and the item in its data block)."""
    candidates = candidates or offer.candidates(assessment.scores)
    return prompt.render(
        strategy=offer.shared.text,
        examples=examples_text(examples or []),
        item_context=item_context(candidates),
        item_id=_one_line(assessment.proposal.id)[:80],
        item_text=data_block(assessment.text or assessment.proposal.title, _ITEM_CHARS),
    )


def _one_line(text: str) -> str:
    return " ".join(text.split())


class LLMChecker:
    """Checks proposals with the LLM judge, several calls at once, results in input order.

    With `escalate` (`--engine auto`) the embedded engine judges every item and only the
    items it is unsure of go to the LLM (checker/llm/escalation.py); `details.escalation`
    says which and why."""

    def __init__(
        self, embedded: EmbeddedChecker, judge: LLMJudge, concurrency: int, escalate: bool = False
    ) -> None:
        self.embedded = embedded
        self.model = embedded.model
        self.judge = judge
        self.concurrency = concurrency
        self.escalate = escalate

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
                pending.append(self._submit(pool, assessment))
                while len(pending) > 2 * self.concurrency:
                    yield pending.popleft().result()
            while pending:
                yield pending.popleft().result()

    def _submit(self, pool: ThreadPoolExecutor, assessment: Assessment) -> Future[CheckResult]:
        if not self.escalate:
            return pool.submit(copy_context().run, self.judge.judge, assessment)
        reasons = escalation_reasons(assessment)
        self.judge.count_escalation(bool(reasons))
        if reasons:
            return pool.submit(copy_context().run, self._escalated, assessment, reasons)
        kept: Future[CheckResult] = Future()
        kept.set_result(_with_escalation(assessment.result, []))
        return kept

    def _escalated(self, assessment: Assessment, reasons: list[str]) -> CheckResult:
        return _with_escalation(self.judge.judge(assessment), reasons)


def _with_escalation(result: CheckResult, reasons: list[str]) -> CheckResult:
    escalation = {"escalated": bool(reasons), "reasons": reasons}
    return result.model_copy(update={"details": {**result.details, "escalation": escalation}})
