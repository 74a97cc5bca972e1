"""What the LLM judge's prompts cost, without calling any LLM: tokens per item and the share
of prompt tokens that repeat a prefix (the shared strategy part), per workspace.

Every backlog item's prompt is rendered exactly as the judge sends it (`judge_messages`);
tokens are estimated (`checker.llm.offer.estimate_tokens`, about 4 characters a token). The
repeated share counts the system message of every call after the first: the part a provider
that caches prompt prefixes (OpenAI, Anthropic, vLLM, llama.cpp) can serve from its cache.
"""

from __future__ import annotations

import argparse
import json
import statistics
from pathlib import Path

from pydantic import BaseModel
from rich.console import Console
from rich.table import Table

from checker.backlog.reading import read_backlog
from checker.engines import JUDGE_PROMPT
from checker.llm.engine import judge_messages
from checker.llm.offer import Offer, estimate_tokens
from checker.llm.prompting import load_prompt
from checker.service import Services, build_checker, ensure_indexed
from checker.settings import Settings

REPO = Path(__file__).resolve().parent.parent
SHARED_EVAL = REPO.parent / "shared" / "eval"
FALLBACK = [REPO / "examples" / "acme-retail"]


class PromptCost(BaseModel):
    """Estimated tokens of one workspace's judge prompts."""

    workspace: str
    items: int
    shared_tokens: int  # the system message: instructions and the strategy part
    prompt_tokens_per_item: float  # mean over items
    item_tokens_per_item: float  # mean of the user message alone
    repeated_prefix_share: float  # 0..1 of all prompt tokens sent
    every_kr_shared: bool


def measure(folder: Path, services: Services, budget: int) -> PromptCost:
    """Render every item's prompt for one workspace and count."""
    workspace = ensure_indexed(folder, services, lambda _: None)
    checker = build_checker(workspace, services)
    offer = Offer(checker.model, budget)
    prompt = load_prompt(JUDGE_PROMPT)
    items = read_backlog(folder / "backlog.jsonl").items
    system, users = [], []
    for assessment in checker.assess_many(items):
        messages = judge_messages(prompt, offer, assessment)
        system.append(estimate_tokens(str(messages[0]["content"])))
        users.append(estimate_tokens(str(messages[1]["content"])))
    total = sum(system) + sum(users)
    return PromptCost(
        workspace=folder.name,
        items=len(items),
        shared_tokens=system[0] if system else 0,
        prompt_tokens_per_item=round(total / max(len(items), 1), 1),
        item_tokens_per_item=round(statistics.fmean(users), 1) if users else 0.0,
        repeated_prefix_share=round(sum(system[1:]) / total, 3) if total else 0.0,
        every_kr_shared=len(offer.shared.kr_rows) == len(checker.model.krs),
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("workspaces", nargs="*", type=Path,
                        help="workspaces with backlog.jsonl (default: ../shared/eval/*)")
    parser.add_argument("--json", action="store_true", help="one JSON object per workspace")
    args = parser.parse_args()
    folders = args.workspaces or sorted(
        p for p in SHARED_EVAL.glob("*") if (p / "backlog.jsonl").is_file()) or FALLBACK
    settings = Settings()  # STRATALIGN_DATA_DIR: indexes are reused between runs
    services = Services.from_settings(settings)
    costs = [measure(f, services, settings.llm_strategy_budget_tokens) for f in folders]
    if args.json:
        for cost in costs:
            print(json.dumps(cost.model_dump()))
        return
    table = Table(title="LLM judge prompts (estimated tokens, no LLM called)")
    for column in ("workspace", "items", "shared part", "prompt/item", "item part/item",
                   "repeated prefix", "every KR shared"):
        table.add_column(column, justify="left" if column == "workspace" else "right")
    for c in costs:
        table.add_row(c.workspace, str(c.items), str(c.shared_tokens),
                      f"{c.prompt_tokens_per_item:.0f}", f"{c.item_tokens_per_item:.0f}",
                      f"{c.repeated_prefix_share:.0%}", "yes" if c.every_kr_shared else "no")
    Console().print(table)


if __name__ == "__main__":
    main()
