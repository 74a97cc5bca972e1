"""Drift between two audits: what became misaligned, whose key result moved, and what a
strategy change did."""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel, Field, ValidationError

from checker.models import CheckResult
from index.errors import InputError
from index.files import read_text


class Change(BaseModel):
    """One item that changed between the audits."""

    id: str
    before: str
    after: str


class Drift(BaseModel):
    """What changed since the previous audit."""

    previous_items: int
    strategy_changed: bool
    newly_misaligned: list[Change] = Field(default_factory=list)
    newly_aligned: list[Change] = Field(default_factory=list)
    kr_changed: list[Change] = Field(default_factory=list)
    added: list[str] = Field(default_factory=list)
    removed: list[str] = Field(default_factory=list)

    @property
    def made_misaligned_by_strategy(self) -> list[Change]:
        """After a strategy change, the items it turned misaligned."""
        return self.newly_misaligned if self.strategy_changed else []


def read_results(path: Path) -> list[CheckResult]:
    """An earlier audit's JSONL results; a bad line is an error naming file and line."""
    text = read_text(path, "previous audit")
    results = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            results.append(CheckResult.model_validate(json.loads(line)))
        except json.JSONDecodeError as exc:
            raise InputError(f"invalid JSON: {exc.msg}", file=path, line=number) from None
        except ValidationError as exc:
            first = exc.errors()[0]
            field = ".".join(str(p) for p in first["loc"])
            raise InputError(first["msg"], file=path, line=number, field=field) from None
    return results


def compare(previous: list[CheckResult], current: list[CheckResult]) -> Drift:
    """Item by item, matched on id."""
    before = {r.id: r for r in previous}
    now = {r.id: r for r in current}
    drift = Drift(
        previous_items=len(previous),
        strategy_changed=bool(previous and current)
        and {r.strategy_version for r in previous} != {r.strategy_version for r in current},
        added=[i for i in now if i not in before],
        removed=[i for i in before if i not in now],
    )
    for item_id, result in now.items():
        old = before.get(item_id)
        if old is not None:
            _classify(drift, old, result)
    return drift


def _classify(drift: Drift, old: CheckResult, new: CheckResult) -> None:
    change = Change(id=new.id, before=_label(old), after=_label(new))
    if new.verdict == "misaligned" and old.verdict != "misaligned":
        drift.newly_misaligned.append(change)
    elif new.verdict == "aligned" and old.verdict != "aligned":
        drift.newly_aligned.append(change)
    elif new.verdict == old.verdict == "aligned" and _top(old) != _top(new):
        drift.kr_changed.append(Change(id=new.id, before=_top(old) or "-", after=_top(new) or "-"))


def _label(result: CheckResult) -> str:
    if result.verdict == "misaligned":
        return f"misaligned ({result.reason})"
    if result.verdict == "aligned":
        return f"aligned ({_top(result)})"
    return result.verdict


def _top(result: CheckResult) -> str | None:
    return result.impacted[0].kr_id if result.impacted else None
