"""What the LLM engine spent, how often it was asked, and how much of its prompts a provider
can serve from a prompt cache; one summary line for the CLI."""

from __future__ import annotations

from pydantic import BaseModel

from checker.llm.client import Usage


class LLMStats(BaseModel):
    """Counts over one engine's life (an audit, an eval).

    `prompt_estimate` and `repeated_prefix_estimate` are estimated tokens (offer.estimate_tokens)
    of the prompts sent, and of their part that repeats a prefix already sent (the shared
    strategy part): what a provider that caches prefixes can serve from its cache.
    `usage.cached_tokens` is what the provider reported it did serve so, when it says.
    """

    usage: Usage = Usage()
    judged: int = 0
    cached: int = 0
    fallbacks: int = 0
    prompt_estimate: int = 0
    repeated_prefix_estimate: int = 0
    assessed: int = 0  # items the embedded engine judged first (`--engine auto`)
    escalated: int = 0  # of those, items sent on to the LLM judge

    @property
    def prefix_share(self) -> float | None:
        """Share (0..1) of the estimated prompt tokens that repeat a prefix already sent."""
        if not self.prompt_estimate:
            return None
        return self.repeated_prefix_estimate / self.prompt_estimate

    def summary_line(self) -> str:
        """One line for stderr after an audit or eval."""
        u = self.usage
        line = (
            f"LLM: {self.judged} judged, {self.cached} from cache, {self.fallbacks} fell back "
            f"to the embedded engine; {u.calls} call(s), {u.prompt_tokens} prompt + "
            f"{u.completion_tokens} completion tokens"
        )
        if self.judged:
            line += f"; {round(u.prompt_tokens / self.judged)} prompt tokens per item"
        if self.prefix_share is not None:
            line += f", ~{self.prefix_share:.0%} of them a repeated prefix (estimated)"
        if u.cached_tokens:
            line += f"; the provider served {u.cached_tokens} from its prompt cache"
        if self.assessed:
            line += (
                f"; auto: {self.escalated} of {self.assessed} item(s) escalated to the LLM "
                f"({self.escalated / self.assessed:.0%}), the rest judged by the embedded engine"
            )
        return line
