"""A CI gate over check results: which results fail it, and GitHub Actions annotations."""

from __future__ import annotations

from checker.models import CheckResult
from checker.vocabulary import Flag, Reason, Verdict, gate_conditions
from index.errors import StratalignError


def parse_fail_on(raw: str | None) -> list[str]:
    """`misaligned,no_metric` -> the conditions; an unknown one is an error naming it."""
    conditions = [c.strip() for c in (raw or "").split(",") if c.strip()]
    known_conditions = gate_conditions()
    unknown = [c for c in conditions if c not in known_conditions]
    if unknown:
        known = ", ".join(known_conditions)
        raise StratalignError(f"--fail-on: unknown condition(s) {', '.join(unknown)}; "
                              f"known: {known}")
    return conditions


def failed(result: CheckResult, conditions: list[str]) -> list[str]:
    """The conditions this result meets: its verdict, its reason or one of its flags.

    Upkeep (flag `upkeep`: a dependency bump, a security patch) is needed work that serves no
    key result, not strategy drift: its orphan verdict does not fail `misaligned` or `orphan`;
    list `upkeep` itself to fail on it.
    """
    facts = {result.verdict, *result.flags, *([result.reason] if result.reason else [])}
    if Flag.UPKEEP in result.flags and result.reason != Reason.CONFLICT:
        facts -= {Verdict.MISALIGNED, Reason.ORPHAN}
    return [c for c in conditions if c in facts]


def github_annotation(path: str, result: CheckResult, hits: list[str]) -> str:
    """One `::warning` line GitHub Actions shows on the file (`::notice` when nothing failed)."""
    level = "warning" if hits else "notice"
    verdict = result.verdict + (f" ({result.reason})" if result.reason else "")
    top = f"; moves {result.impacted[0].kr_id}" if result.verdict == "aligned" and \
        result.impacted else ""
    title = f"stratalign: {verdict}{top}"
    failing = f" [fails on: {', '.join(hits)}]" if hits else ""
    return (f"::{level} file={_property(path)},line=1,title={_property(title)}::"
            f"{_data(result.rationale + failing)}")


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")
