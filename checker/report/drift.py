"""Drift between two audits: what became misaligned, whose key result moved, what a
strategy change did, and what the team's corrections changed."""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel, Field, ValidationError

from checker.learning.corrections import Correction
from checker.models import CheckResult
from checker.report.wording import count
from index.errors import InputError
from index.files import read_text


class Change(BaseModel):
    """One item that changed between the audits."""

    id: str
    before: str
    after: str
    # The confirmed items the new answer rests on (results' `details.learned`), when any.
    because: list[str] = Field(default_factory=list)


class LearnedDrift(BaseModel):
    """What the team's corrections changed: items judged against the same strategy whose
    answer (verdict, reason or first key result) moved while the learned part changed.

    `corrections`: corrections stored since the previous audit learned (None: the previous
    audit does not say when, or no store was read); `before` / `after`: the learned versions.
    """

    before: str | None
    after: str | None
    corrections: int | None = None
    changed: list[Change] = Field(default_factory=list)

    def headline(self) -> str:
        """One sentence, e.g. '3 items changed verdict or key result since the last audit because
        of 5 corrections (learned version a -> b)'."""
        items = count(len(self.changed))
        if self.corrections is None:
            cause = "the team's corrections"
        else:
            cause = count(self.corrections, "correction")
        return (f"{items} changed verdict or key result since the last audit because of {cause} "
                f"(learned version {self.before or 'none'} -> {self.after or 'none'})")


class Drift(BaseModel):
    """What changed since the previous audit."""

    previous_items: int
    strategy_changed: bool
    newly_misaligned: list[Change] = Field(default_factory=list)
    newly_aligned: list[Change] = Field(default_factory=list)
    kr_changed: list[Change] = Field(default_factory=list)
    added: list[str] = Field(default_factory=list)
    removed: list[str] = Field(default_factory=list)
    learned: LearnedDrift | None = None  # None: the learned part did not change

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


def compare(
    previous: list[CheckResult],
    current: list[CheckResult],
    corrections: list[Correction] | None = None,
) -> Drift:
    """Item by item, matched on id. `corrections`: the workspace's stored corrections, to
    count those stored since the previous audit."""
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
    drift.learned = learned_drift(previous, current, corrections)
    return drift


def learned_drift(
    previous: list[CheckResult],
    current: list[CheckResult],
    corrections: list[Correction] | None = None,
) -> LearnedDrift | None:
    """What the corrections changed; None when both audits learned from the same part."""
    before = _learned_versions(previous)
    after = _learned_versions(current)
    if before == after:
        return None
    olds = {r.id: r for r in previous}
    changed = [
        Change(id=new.id, before=_label(old), after=_label(new), because=_resting_on(new))
        for new in current
        if (old := olds.get(new.id)) is not None
        and old.strategy_version == new.strategy_version
        and old.learned_version != new.learned_version
        and _label(old) != _label(new)
    ]
    return LearnedDrift(
        before=_single(before), after=_single(after),
        corrections=_stored_since(previous, corrections), changed=changed,
    )


def _learned_versions(results: list[CheckResult]) -> set[str | None]:
    return {r.learned_version for r in results}


def _single(versions: set[str | None]) -> str | None:
    return next(iter(versions)) if len(versions) == 1 else ", ".join(sorted(map(str, versions)))


def _stored_since(previous: list[CheckResult], corrections: list[Correction] | None) -> int | None:
    """Corrections stored after the newest one the previous audit learned from (all of them
    when it learned from none); None when that cannot be told."""
    if corrections is None:
        return None
    stored = [c for c in corrections if c.source != "okrs"]
    if any(r.learned_version is not None and r.learned_at is None for r in previous):
        return None  # an audit from before `learned_at` existed: the moment is unknown
    since = max((r.learned_at or 0.0 for r in previous), default=0.0)
    return sum(1 for c in stored if c.created_at > since)


def _resting_on(result: CheckResult) -> list[str]:
    learned = result.details.get("learned")
    if not isinstance(learned, dict):
        return []
    return [str(c.get("id")) for c in learned.get("confirmed", []) if isinstance(c, dict)]


def _classify(drift: Drift, old: CheckResult, new: CheckResult) -> None:
    change = Change(id=new.id, before=_label(old), after=_label(new))
    if new.verdict == "misaligned" and old.verdict != "misaligned":
        drift.newly_misaligned.append(change)
    elif new.verdict == "aligned" and old.verdict != "aligned":
        drift.newly_aligned.append(change)
    elif new.verdict == old.verdict == "aligned" and _top(old) != _top(new):
        drift.kr_changed.append(Change(id=new.id, before=_top(old) or "-", after=_top(new) or "-"))


def _label(result: CheckResult) -> str:
    """'misaligned (conflict)', 'aligned (O1.KR2)'; the verdict alone when the result names no
    reason or key result (an LLM's aligned answer may name none), never '(None)'."""
    detail = {"misaligned": result.reason, "aligned": _top(result)}.get(result.verdict)
    return f"{result.verdict} ({detail})" if detail else str(result.verdict)


def _top(result: CheckResult) -> str | None:
    return result.impacted[0].kr_id if result.impacted else None
