"""Which engine checks: embedded, llm (the LLM judges every item), or auto (the embedded
engine judges every item and the LLM, when one is configured, only the unsure ones).

The LLM parts (openai, langchain-core) are imported only when an LLM engine is built: they
take seconds to import, which an embedded `stratalign check` must not pay.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Literal

from checker.embedded.engine import ENGINE, EmbeddedChecker
from checker.learning.memory import Learned
from checker.learning.store import CorrectionStore
from checker.models import Checker, CheckResult
from checker.service import Services, build_checker
from checker.settings import Engine, Settings
from checker.vocabulary import Flag
from index.errors import StratalignError
from index.workspace import Workspace

if TYPE_CHECKING:
    from checker.llm.breaker import Clock
    from checker.llm.cache import ReplyCache
    from checker.llm.client import ChatClient
    from checker.llm.engine import LLMChecker

JUDGE_PROMPT = "judge"


def resolve_engine(
    requested: Engine, settings: Settings
) -> Literal["embedded", "llm", "auto"]:
    """auto stays auto when an LLM is configured, else it is the embedded engine; asking for
    llm without one is an error."""
    if requested == "llm" and not settings.llm_configured:
        raise StratalignError(
            "--engine llm needs an LLM: set STRATALIGN_LLM_MODEL, and STRATALIGN_LLM_BASE_URL "
            "(local servers) or STRATALIGN_LLM_API_KEY / OPENAI_API_KEY"
        )
    if requested == "auto":
        return "auto" if settings.llm_configured else "embedded"
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
    engine = resolve_engine(requested or settings.engine, settings)
    if engine == "embedded":
        return embedded
    from checker.llm.client import OpenAIChatClient

    return llm_checker(
        embedded,
        settings,
        client or OpenAIChatClient.from_settings(settings),
        cache or _cache(settings),
        escalate=engine == "auto",
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
    escalate: bool = False,
) -> LLMChecker:
    """The LLM engine over an embedded checker: the judge prompt, a breaker, the cache; with
    `escalate`, the LLM is asked only where the embedded answer is unsure."""
    from checker.llm.ask import StructuredAsker
    from checker.llm.breaker import CircuitBreaker
    from checker.llm.engine import LLMChecker, LLMJudge
    from checker.llm.offer import Offer
    from checker.llm.prompting import load_prompt

    prompt = load_prompt(JUDGE_PROMPT)
    judge = LLMJudge(
        StructuredAsker(client, prompt),
        prompt,
        Offer(embedded.model, settings.llm_strategy_budget_tokens),
        cache,
        CircuitBreaker(settings.llm_breaker_failures, settings.llm_breaker_cooldown, clock),
    )
    return LLMChecker(embedded, judge, settings.llm_max_concurrency, escalate)


def _cache(settings: Settings) -> ReplyCache:
    from checker.llm.cache import NoCache, SqliteReplyCache

    return SqliteReplyCache(settings.llm_cache_path) if settings.llm_cache else NoCache()


def needs_a_reader(result: CheckResult) -> bool:
    """True when the embedded engine abstained because it could not read the text (another
    language): the LLM judge reads it, so an engine choice that sends only some items to the
    LLM must send these, and a surface may suggest `--engine llm` for them."""
    return result.engine == ENGINE and Flag.NON_ENGLISH in result.flags


def embedded_of(checker: Checker) -> Checker:
    """The embedded checker inside an engine (itself, when it is one): for fast paths."""
    from checker.llm.engine import LLMChecker

    return checker.embedded if isinstance(checker, LLMChecker) else checker
