"""The one vocabulary of results: verdicts, reasons and flags, each defined once.

Everything else reads these enums: the result model, both engines, the CI gate's `--fail-on`,
the tracker comments and the README's flag table (a test checks that every flag is documented).
Values are the strings of the public result contract; a `StrEnum` member compares equal to its
string, so `result.verdict == "aligned"` and JSON output are unchanged.
"""

from __future__ import annotations

from enum import StrEnum

from checker.thresholds import THIN_TEXT_MAX_CONFIDENCE


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
    NON_ENGLISH = "non_english"  # a language the embedded model cannot read; details.language
    UPKEEP = "upkeep"  # dependency bump, security patch, compliance, upgrade, incident follow-up
    LLM_UNAVAILABLE = "llm_unavailable"  # the LLM judge failed; the embedded engine answered
    LLM_INVALID_REF = "llm_invalid_ref"  # the LLM named a key result or passage that is not there
    LLM_UNSUPPORTED = "llm_unsupported"  # the LLM's verdict lacked the support it needs
    TRUNCATED = "truncated"  # longer than the service reads (API): only the first part judged


# Each flag in words a person reads beside a result (the web page's chips), said once here.
FLAG_MEANINGS: dict[Flag, str] = {
    Flag.NO_METRIC: "names no metric or key result it will move",
    Flag.UNKNOWN_KR: "cites a key result the OKRs do not have",
    Flag.THIN_TEXT: "few words: called only on a clear match, and at most "
                    f"{THIN_TEXT_MAX_CONFIDENCE:.0%} sure",
    Flag.INJECTION_SUSPECTED: "tries to instruct the reviewer (set aside)",
    Flag.NON_ENGLISH: "in a language the offline model does not read: a person or an LLM should",
    Flag.UPKEEP: "upkeep: keeps the product running, needed work rather than drift",
    Flag.LLM_UNAVAILABLE: "the LLM gave no usable answer: this is the offline verdict",
    Flag.LLM_INVALID_REF: "the LLM named something the strategy does not have (dropped)",
    Flag.LLM_UNSUPPORTED: "the LLM's verdict had no evidence behind it (made unclear)",
    Flag.TRUNCATED: "longer than the service reads: only its first part was judged",
}


class ItemState(StrEnum):
    """Where a backlog item stands, read from its tracker's status (`audit --status`)."""

    OPEN = "open"  # not finished: to do, in progress, in review, or no status at all
    DONE = "done"  # finished, closed, resolved, cancelled


class MatchLevel(StrEnum):
    """How well a proposal matches a key result, for people (thresholds.MATCH_*_Z say where)."""

    HIGH = "high"  # far above what generic work scores: this is the work the KR asks for
    MEDIUM = "medium"  # clearly above generic work
    LOW = "low"  # a little above generic work; worth a look, not a claim


class EvidenceRole(StrEnum):
    """What a cited passage is to the verdict."""

    SUPPORTS = "supports"  # an aligned call rests on it
    CONFLICTS = "conflicts"  # the non-goal or principle a conflict goes against
    NEAREST = "nearest"  # the closest text to an unclear call; no claim that it supports it


def gate_conditions() -> list[str]:
    """Every condition `--fail-on` accepts: each verdict, reason and flag value, sorted."""
    return sorted({*Verdict, *Reason, *Flag})
