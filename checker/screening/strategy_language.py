"""Strategy documents the embedded model cannot read.

The embedding model was trained on English: a strategy document in another language gives
passages it cannot tell apart, so it can neither find the work a priority calls for nor see a
conflict with a non-goal written there. `strategy_reading` says so, one warning per such
document, wherever the strategy is shown (`stratalign index` / `show`, the API and the page).
"""

from __future__ import annotations

from collections import defaultdict

from checker.screening.language import read_language
from index.models import ReadWarning
from index.reading import StrategyReading
from index.reading import strategy_reading as read_strategy
from index.workspace import Workspace

# How much of a document is read to tell its language (characters of its passages, in order).
_SAMPLE_CHARS = 2_000


def strategy_reading(workspace: Workspace) -> StrategyReading:
    """The reading of an assembled workspace (index.reading.strategy_reading), with a warning
    for each strategy document written in a language the embedded model cannot read."""
    reading = read_strategy(workspace)
    return reading.model_copy(
        update={"warnings": [*reading.warnings, *unread_documents(workspace)]}
    )


def unread_documents(workspace: Workspace) -> list[ReadWarning]:
    """One warning per strategy document not written in English, naming its language."""
    texts: dict[str, list[str]] = defaultdict(list)
    first_line: dict[str, int] = {}
    for passage in workspace.passages:
        texts[passage.source].append(passage.text)
        first_line.setdefault(passage.source, passage.line)
    warnings = []
    for source, parts in texts.items():
        language = read_language(" ".join(parts)[:_SAMPLE_CHARS])
        if language.readable:
            continue
        name = language_name(language.language) or language.script
        warnings.append(ReadWarning(
            file=source, line=first_line[source],
            message=f"written in {name}: the embedded model reads English, so it can neither "
            "match work to this document nor see a conflict with its non-goals; checks that "
            "rest on it are unsure (an LLM judge reads it once one is configured: "
            "STRATALIGN_LLM_MODEL, with a key or STRATALIGN_LLM_BASE_URL)",
        ))
    return warnings


def language_name(code: str | None) -> str | None:
    """The English name of an ISO 639-1 code as lingua knows it ("de" -> "German"); None when
    it knows none."""
    from lingua import IsoCode639_1, Language

    if not code:
        return None
    try:
        return Language.from_iso_code_639_1(IsoCode639_1.from_str(code)).name.title()
    except ValueError:
        return None
