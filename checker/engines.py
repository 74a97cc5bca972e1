"""Which engine checks: embedded, llm, or auto (the LLM when one is configured)."""

from __future__ import annotations

import time
from typing import Literal

from checker.embedded.engine import EmbeddedChecker
from checker.learning.memory import Learned
from checker.learning.store import CorrectionStore
from checker.llm.ask import StructuredAsker
from checker.llm.breaker import CircuitBreaker, Clock
from checker.llm.cache import NoCache, ReplyCache, SqliteReplyCache
from checker.llm.client import ChatClient, OpenAIChatClient
from checker.llm.engine import LLMChecker, LLMJudge
from checker.llm.prompting import load_prompt
from checker.models import Checker
from checker.service import Services, build_checker
from checker.settings import Engine, Settings
from index.errors import StratalignError
from index.workspace import Workspace

JUDGE_PROMPT = "judge"


def resolve_engine(requested: Engine, settings: Settings) -> Literal["embedded", "llm"]:
    """auto means the LLM when configured; asking for llm without one is an error."""
    if requested == "llm" and not settings.llm_configured:
        raise StratalignError(
            "--engine llm needs an LLM: set STRATALIGN_LLM_MODEL, and STRATALIGN_LLM_BASE_URL "
            "(local servers) or STRATALIGN_LLM_API_KEY / OPENAI_API_KEY"
        )
    if requested == "auto":
        return "llm" if settings.llm_configured else "embedded"
    return requested


def build_engine(
    workspace: Workspace,
    services: Services,
    settings: Settings,
    requested: Engine | None = None,
    client: ChatClient | None = None,
    cache: ReplyCache | None = None,
) -> EmbeddedChecker | LLMChecker:
    """The checker for this workspace; `client` and `cache` are injectable for tests."""
    learned = learned_of(workspace, services, settings)
    embedded = build_checker(
        workspace, services, batch_size=settings.batch_size, learned=learned
    )
    if resolve_engine(requested or settings.engine, settings) == "embedded":
        return embedded
    return llm_checker(
        embedded,
        settings,
        client or OpenAIChatClient.from_settings(settings),
        cache or _cache(settings),
    )


def learned_of(workspace: Workspace, services: Services, settings: Settings) -> Learned:
    """The workspace's stored corrections (checker/learning/store.py), embedded."""
    store = CorrectionStore.of(settings.data_dir, workspace.collection_name)
    return store.learned(services.embedder, settings.embedding_model)


def llm_checker(
    embedded: EmbeddedChecker,
    settings: Settings,
    client: ChatClient,
    cache: ReplyCache,
    clock: Clock = time.monotonic,
) -> LLMChecker:
    """The LLM engine over an embedded checker: the judge prompt, a breaker, the cache."""
    prompt = load_prompt(JUDGE_PROMPT)
    judge = LLMJudge(
        StructuredAsker(client, prompt),
        prompt,
        cache,
        CircuitBreaker(settings.llm_breaker_failures, settings.llm_breaker_cooldown, clock),
    )
    return LLMChecker(embedded, judge, settings.llm_max_concurrency)


def _cache(settings: Settings) -> ReplyCache:
    return SqliteReplyCache(settings.llm_cache_path) if settings.llm_cache else NoCache()


def embedded_of(checker: Checker) -> Checker:
    """The embedded checker inside an engine (itself, when it is one): for fast paths."""
    return checker.embedded if isinstance(checker, LLMChecker) else checker
