"""Which key results an item's author says it moves, by id: the ids the engine lets lead the
listing (engine._favour_cited).

An id counts when the prose cites it: not inside a link, a code span or block, or an unticked
checkbox of a template ("- [ ] O3.KR2"), not after "not", "unlike", "replaces", "supersedes",
"instead of" ("this is not O3.KR1 work", "Replaces the cycle-count work planned for O3.KR1"), and
not when the text lists more than MAX_CITED ids (a template or a checklist of every key result
says nothing of this item). Found by a review of the twelfth session, where each of these made
an id lead the listing and the rationale ("Likely moves O3.KR1").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from checker.embedded.kr_references import kr_reference_spans, resolve_kr_references

MAX_CITED = 3  # distinct ids a text may cite and still say which ones it moves

# Where an id is no citation: a fenced block, a code span, a link's target or a bare URL, an
# unticked checkbox line.
_NOT_PROSE = re.compile(
    r"```.*?```|`[^`\n]*`|\]\([^)\n]*\)|https?://\S+|^[ \t]*[-*+][ \t]*\[ \][^\n]*",
    re.S | re.M,
)
# Words that say an id is not what the work moves, just before it.
_NOT_THIS_ONE = re.compile(
    r"(?:\bnot|n't|\bunlike|\breplac\w*|\bsupersed\w*|\binstead\s+of|\brather\s+than|\bno\s+longer|"
    # ("Unrelated to O3.KR1 (inventory accuracy), which the stock team owns", a review)
    r"\bother\s+than|\bexcept|\bdropp\w*|\bdepriorit\w*|\bwithout|\bunrelated|\bseparate\s+from|"
    r"\bindependent\s+of|\bnothing\s+to\s+do\s+with)\b[^.;:\n]{0,45}$",
    re.I,
)


def cited_kr_ids(text: str, kr_ids: Sequence[str]) -> list[str]:
    """The workspace's key-result ids the text cites as what it moves, first cited first (each
    once); [] when it cites none, or more than MAX_CITED."""
    prose = _NOT_PROSE.sub(" ", text)
    found = kr_reference_spans(prose)
    refs = [ref for ref, _ in found]
    excluded = [bool(_NOT_THIS_ONE.search(prose[max(0, start - 60) : start]))
                for _, start in found]
    resolved = resolve_kr_references(refs, kr_ids, excluded)
    cited: list[str] = []
    for kr_id, not_this_one in zip(resolved, excluded, strict=True):
        if kr_id is None or kr_id in cited or not_this_one:
            continue
        cited.append(kr_id)
    every = set(resolved) - {None}
    return [] if len(every) > MAX_CITED else cited
