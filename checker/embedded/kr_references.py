"""Key-result ids as a text cites them: "O1.KR2", "KR 3", "KR2.1" (objective 2's first), "KR
O3.1", and which of a workspace's ids each names."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

# "O1.KR2", "KR 3", and numbered within an objective: "KR2.1" (O2's first), "O2.KR2.1".
_KR_REF = re.compile(
    r"(?<![\w-])(?:[A-Za-z][\w-]*\.)?KR[\s-]?\d+(?:\.\d+)*\b|"
    r"\bO\d+\s*[./-]\s*KR\s*\d+(?:\.\d+)*\b|"
    # ("KR O3.1": the objective, then the key result's number)
    r"\bKR\s?O\d+\.\d+\b",
    re.I,
)


def kr_references(text: str) -> list[str]:
    """Key-result ids cited in the text, as written."""
    return [ref for ref, _ in kr_reference_spans(text)]


def kr_reference_spans(text: str) -> list[tuple[str, int]]:
    """Key-result ids cited in the text, as `kr_references` gives them, with where each starts
    (a bare "KR3" inside "O1.KR3" is that id, not one of its own)."""
    return [(m.group(0).replace(" ", ""), m.start()) for m in _KR_REF.finditer(text)]


def unknown_kr_references(text: str, kr_ids: Iterable[str]) -> list[str]:
    """KR-like ids in the text that name none of the workspace's key results (a shorthand
    several could answer to, "KR3" where O1 and O2 both have one, is no unknown id)."""
    kr_ids = list(kr_ids)
    return [ref for ref in kr_references(text) if not _answering(ref, kr_ids)]


def resolve_kr_reference(
    ref: str, kr_ids: Iterable[str], context: Iterable[str] = ()
) -> str | None:
    """The workspace's key-result id a citation names: the id itself ("o1.kr2" for O1.KR2), or
    the one id it ends ("KR2.1" for O2.KR2.1), or among several it ends, the one under an
    objective of an id in `context` (the ids the same text cites in full: "[O2.KR3] ... for
    KR3"); None when it names none or cannot tell which ("KR2" alone where O1 and O2 both have
    a KR2)."""
    answering = _answering(ref, list(kr_ids))
    if len(answering) > 1:
        objectives = {_objective_of(k) for k in context}
        answering = [k for k in answering if _objective_of(k) in objectives]
    return answering[0] if len(answering) == 1 else None


def _objective_of(kr_id: str) -> str:
    """The objective part of a key-result id ("o2" of "O2.KR2.1", "O2.KR3")."""
    return re.split(r"\.kr", kr_id.lower(), maxsplit=1)[0]


def resolve_kr_references(
    refs: Sequence[str], kr_ids: Sequence[str], excluded: Sequence[bool] = ()
) -> list[str | None]:
    """`resolve_kr_reference` for each of `refs`, the ids they name outright as context (not
    those `excluded` marks, by position: "This is not O1.KR3 work; it moves KR3")."""
    outright = [resolve_kr_reference(ref, kr_ids) for ref in refs]
    context = [k for i, k in enumerate(outright)
               if k is not None and not (i < len(excluded) and excluded[i])]
    return [k if k is not None else resolve_kr_reference(ref, kr_ids, context)
            for ref, k in zip(refs, outright, strict=True)]


def _answering(ref: str, ids: list[str]) -> list[str]:
    """The ids `ref` names: the one it equals, else every one it ends, else the one its
    objective-dot-number shorthand names ("KR 2.1" or "KR O2.1" for O2.KR1 where no id ends
    "KR2.1")."""
    wanted = ref.replace(" ", "").lower()
    exact = [k for k in ids if k.lower() == wanted]
    if exact:
        return exact[:1]
    ending = [k for k in ids if k.lower().endswith("." + wanted)]
    shorthand = re.fullmatch(r"kr-?o?(\d+)\.(\d+)", wanted)
    if ending or shorthand is None:
        return ending
    objective, number = shorthand.groups()
    return [k for k in ids if k.lower() == f"o{objective}.kr{number}"]
