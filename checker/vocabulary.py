"""The one vocabulary of results: verdicts, reasons and flags, each defined once.

Everything else reads these enums: the result model, both engines, the CI gate's `--fail-on`,
the tracker comments and the README's flag table (a test checks that every flag is documented).
Values are the strings of the public result contract; a `StrEnum` member compares equal to its
string, so `result.verdict == "aligned"` and JSON output are unchanged.
"""

from __future__ import annotations

from enum import StrEnum


class Verdict(StrEnum):
    """Whether the work serves the strategy."""

    ALIGNED = "aligned"  # moves at least one key result, against no non-goal
    MISALIGNED = "misaligned"  # serves nothing (orphan) or goes against the strategy (conflict)
    UNCLEAR = "unclear"  # too close to call, or the text could not be read well enough


class Reason(StrEnum):
    """Why a verdict is `misaligned`."""

    ORPHAN = "orphan"  # serves no key result or stated priority
    CONFLICT = "conflict"  # matches a non-goal better than anything the strategy asks for


class Flag(StrEnum):
    """Facts about a result that a reader or a gate may act on; a result carries any number."""

    NO_METRIC = "no_metric"  # names no key result, metric or measurable outcome
    UNKNOWN_KR = "unknown_kr"  # cites a key result id the workspace does not have
    THIN_TEXT = "thin_text"  # too few words to judge
    INJECTION_SUSPECTED = "injection_suspected"  # text that tries to instruct the reviewer
    NON_ENGLISH = "non_english"  # a language the embedded model reads poorly
    UPKEEP = "upkeep"  # needed work that serves no key result (patches, upgrades, obligations)
    LLM_UNAVAILABLE = "llm_unavailable"  # the LLM judge failed; the embedded engine answered
    LLM_INVALID_REF = "llm_invalid_ref"  # the LLM named a key result or passage that is not there
    LLM_UNSUPPORTED = "llm_unsupported"  # the LLM's verdict lacked the support it needs


def gate_conditions() -> list[str]:
    """Every condition `--fail-on` accepts: each verdict, reason and flag value, sorted."""
    return sorted({*Verdict, *Reason, *Flag})
