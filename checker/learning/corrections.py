"""A correction: the item's text plus the team's answer. The one shape every surface stores.

The answer's fields follow the eval answer key (`labels.jsonl`, ../shared/eval/FORMAT.md):
`verdict` aligned | misaligned, `kind` orphan | conflict for misaligned, `krs` the key results
it moves (first is the best answer).
"""

from __future__ import annotations

import hashlib

from pydantic import BaseModel, ConfigDict, Field, model_validator

from checker.vocabulary import Reason, Verdict
from index.errors import InputError
from index.models import OKRSet


class Correction(BaseModel):
    """One person's answer about one item. `accepted` says the answer confirms our verdict."""

    model_config = ConfigDict(extra="forbid")

    item_id: str = Field(min_length=1)
    title: str = ""
    body: str = ""
    verdict: Verdict
    kind: Reason | None = None
    krs: list[str] = Field(default_factory=list)
    comment: str = ""
    author: str = ""
    source: str = "cli"  # cli | api | mcp | web | okrs | tracker | eval
    accepted: bool = False
    created_at: float = 0.0

    @model_validator(mode="after")
    def _consistent(self) -> Correction:
        if self.verdict == Verdict.UNCLEAR:
            raise ValueError("a correction answers aligned or misaligned, not unclear")
        if self.verdict == Verdict.ALIGNED and self.kind is not None:
            raise ValueError("kind (orphan | conflict) goes with misaligned only")
        if not (self.title.strip() or self.body.strip()):
            raise ValueError("the item's text (title or body) is needed to learn from it")
        return self

    @property
    def text(self) -> str:
        """Title and body as one text, as a proposal reads."""
        return f"{self.title.strip()}\n{self.body.strip()}".strip()

    @property
    def answer(self) -> str:
        """The answer in one word: a key result id, `orphan`, `conflict` or `aligned`."""
        if self.verdict == Verdict.MISALIGNED:
            return str(self.kind or Reason.ORPHAN)
        return self.krs[0] if self.krs else "aligned"


def require_complete_answer(verdict: object, kind: object, krs: list[str]) -> None:
    """A person's correction says what the right answer is: a misaligned one names its kind, an
    aligned one the key result it moves (docs/learning.md). Raises InputError naming the
    missing field (`kind`, `kr_id`). Not for an accepted result, which may have listed none."""
    if verdict == Verdict.MISALIGNED and not kind:
        raise InputError("a misaligned answer names its kind: orphan or conflict", field="kind")
    if verdict == Verdict.ALIGNED and not krs:
        raise InputError("an aligned answer names the key result it moves (kr_id or krs)",
                         field="kr_id")


def from_okrs(okrs: OKRSet) -> list[Correction]:
    """The confirmations the team wrote in the OKR file: a key result's `examples` are aligned
    with it; an objective's `counter_examples` serve nothing (orphans)."""
    found: list[Correction] = []
    for objective in okrs.objectives:
        for kr in objective.key_results:
            found += [
                _okr_example(f"{kr.id}:example:{n}", text, Verdict.ALIGNED, [kr.id])
                for n, text in enumerate(kr.examples, start=1)
            ]
        found += [
            _okr_example(f"{objective.id}:counter_example:{n}", text, Verdict.MISALIGNED, [])
            for n, text in enumerate(objective.counter_examples, start=1)
        ]
    return found


def _okr_example(item_id: str, text: str, verdict: Verdict, krs: list[str]) -> Correction:
    kind = Reason.ORPHAN if verdict == Verdict.MISALIGNED else None
    return Correction(
        item_id=item_id, title=text, verdict=verdict, kind=kind, krs=krs, source="okrs"
    )


def learned_version(corrections: list[Correction]) -> str | None:
    """A short hash of what was learned (items, texts and answers); None when nothing was."""
    if not corrections:
        return None
    digest = hashlib.sha256()
    for c in sorted(corrections, key=lambda c: (c.item_id, c.source)):
        digest.update(f"{c.item_id}\x1f{c.text}\x1f{c.verdict}\x1f{c.kind}\x1f{c.krs}\x1e".encode())
    return digest.hexdigest()[:12]


def refuse_unknown_key_results(krs: list[str], okrs: OKRSet, field: str = "krs") -> None:
    """A correction names key results of the workspace's OKRs, or it is refused before anything
    is stored: an unknown id would be learned as nothing, silently.

    Raises InputError naming `field`, the unknown id and the ids the workspace has.
    """
    known = [kr.id for objective in okrs.objectives for kr in objective.key_results]
    unknown = [kr for kr in krs if kr not in known]
    if unknown:
        raise InputError(
            f"unknown key result {unknown[0]!r}; this workspace has {', '.join(known)}",
            field=field,
        )
