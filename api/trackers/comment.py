"""The one comment stratalign leaves on an item: verdict, key result, passage, metric nudge.

Written once as paragraphs of (text, bold) runs, then shown as Markdown (GitHub, GitLab,
Linear) or Atlassian Document Format (Jira); either way every run is quietened first
(`checker.markdown_text.quiet_text`): text from the strategy, the OKRs or the item mentions no
one and links no issue, so a check notifies nobody the strategy names. Its fingerprint covers
what the comment means, not how confident the model was, so a re-check that changes nothing a
reader sees stays silent.
"""

from __future__ import annotations

import hashlib
import json
import re
from typing import Any

from pydantic import BaseModel

from api.trackers.adf import adf_document
from api.trackers.commands import TeamAnswer, UnknownAnswer, Word
from checker.embedded.flags import NO_METRIC
from checker.markdown_text import escape_markdown, quiet_text
from checker.models import CheckResult, Impacted
from checker.rationale import snippet
from checker.vocabulary import Flag

MARKER = "<!-- stratalign:alignment-check -->"  # finds our comment among a person's
Runs = list[tuple[str, bool]]


class Comment(BaseModel):
    """A comment ready to post, with the fingerprint of what it says."""

    paragraphs: list[Runs]
    fingerprint: str

    def markdown(self) -> str:
        """GitHub-, GitLab- and Linear-flavoured Markdown, with a hidden marker. Every run is
        escaped (user and strategy text is data, never markup); bold keeps its spaces outside
        the `**`, which CommonMark needs to see it as bold."""
        lines = ["".join(_run_markdown(t, bold) for t, bold in runs) for runs in self.quiet()]
        return "\n\n".join([*lines, MARKER])

    def adf(self) -> dict[str, Any]:
        """The same comment as an ADF document for Jira's REST API v3."""
        return adf_document(self.quiet())

    def quiet(self) -> list[Runs]:
        """The paragraphs with every run quietened: no mention, no item reference."""
        return [[(quiet_text(text), bold) for text, bold in runs] for runs in self.paragraphs]


def _run_markdown(text: str, bold: bool) -> str:
    if not bold or not text.strip():
        return escape_markdown(text)
    core = text.strip()
    lead, trail = text[: len(text) - len(text.lstrip())], text[len(text.rstrip()) :]
    return f"{lead}**{escape_markdown(core)}**{trail}"


def build_comment(
    result: CheckResult, objectives: dict[str, str], answer: TeamAnswer | None = None
) -> Comment:
    """The comment for a result; `objectives` maps objective ids to their titles. `answer`,
    the team's answer given in a reply, is shown right under the verdict."""
    top = result.impacted[0] if result.impacted else None
    paragraphs = [_verdict(result, top, objectives)]
    if answer is not None:
        paragraphs.append(_answer(answer))
    cut = truncation_note(result)
    if cut:
        paragraphs.append([("Only part of the text was read.", True), (f" {cut}", False)])
    if result.evidence:
        cited = result.evidence[0]
        # (an engine's section starts with its file: "principles.md > Principles"; said once)
        section = cited.section.removeprefix(f"{cited.source} > ")
        where = f"{cited.source} § {section}" if section and section != cited.source \
            else cited.source
        paragraphs.append([("Rests on: ", True), (f"“{snippet(cited.text)}” ({where})", False)])
    if NO_METRIC in result.flags:
        paragraphs.append(_metric_nudge(top))
    paragraphs.append(
        [
            (
                f"Suggested by stratalign (strategy {result.strategy_version[:8]}, "
                f"{result.engine}). Edit the title or description to re-check; "
                "nothing here changes the item.",
                False,
            )
        ]
    )
    return Comment(paragraphs=paragraphs, fingerprint=_fingerprint(result, top, answer))


_FIELD_NAMES = {"title": "title", "body": "description"}


def truncation_note(result: CheckResult) -> str | None:
    """What was cut before judging ("The first 20,000 of 52,310 characters of the description
    were judged; the rest was not read."), or None when nothing was (flag `truncated`)."""
    if Flag.TRUNCATED not in result.flags:
        return None
    cuts = result.details.get("truncated") or {}
    parts = [
        f"the first {cut['kept_chars']:,} of {cut['original_chars']:,} characters of the "
        f"{_FIELD_NAMES.get(name, name)}"
        for name, cut in sorted(cuts.items(), reverse=True)
        if isinstance(cut, dict) and {"kept_chars", "original_chars"} <= cut.keys()
    ]
    judged = " and ".join(parts) if parts else "part of the text"
    return f"{judged[0].upper()}{judged[1:]} {'were' if parts else 'was'} judged; " \
        "the rest was not read."


_ANSWER_WORDS = {
    Word.ORPHAN: "misaligned (orphan): serves none of the key results",
    Word.CONFLICT: "misaligned (conflict): goes against the stated strategy",
    Word.UPKEEP: "upkeep: maintenance that serves no key result, and need not",
    Word.OK: "the verdict above is right",
}


def _answer(answer: TeamAnswer) -> Runs:
    if answer.word == "kr":
        said = f"aligned, moves {answer.kr_id}"
        if answer.kr_title:
            said += f" ({answer.kr_title})"
    else:
        said = _ANSWER_WORDS[Word(answer.word)]
    who = f"; answered by {answer.author}" if answer.author else ""
    runs: Runs = [("Team's answer: ", True), (f"{said}{who}.", False)]
    if answer.comment:
        runs.append((f" “{snippet(answer.comment)}”", False))
    return runs


_ECHOABLE = re.compile(r"[\w.-]{1,40}")


def unknown_answer_reply(unknown: UnknownAnswer) -> Comment:
    """The short reply to a command naming no key result of the strategy: the closest ones.
    The word is repeated only when it looks like an id (letters, digits, dots, dashes, at most
    40), so a reply cannot make us post a mention or a wall of text."""
    closest = ", ".join(unknown.closest) or "none (the strategy has no key results)"
    words = ", ".join(w.value for w in Word)
    said = f"'{unknown.word}'" if _ECHOABLE.fullmatch(unknown.word) else "that"
    # Never starts with /strategy: our own reply must not read as a command.
    text = (
        f"No key result of this workspace's strategy is called {said}, so nothing "
        f"was stored. Closest key results: {closest}. Besides a key result, the answer may be "
        f"one of: {words}."
    )
    digest = hashlib.sha256(text.encode()).hexdigest()
    return Comment(paragraphs=[[(text, False)]], fingerprint=digest)


def _verdict(result: CheckResult, top: Impacted | None, objectives: dict[str, str]) -> Runs:
    kind = f"{result.verdict} ({result.reason})" if result.reason else result.verdict
    runs: Runs = [(f"Strategy check: {kind}.", True)]
    if result.reason == "conflict":
        runs.append((" This goes against the stated strategy.", False))
    elif result.reason == "orphan":
        runs.append((" This serves none of the objectives.", False))
    # (unclear work names its closest key result only where one truly fits: a `low` match read
    # as "Most likely moves O1.KR1" on a public tracker; CheckResult.shown_kr)
    if result.verdict == "unclear":
        top = result.shown_kr()
    if top is not None and result.reason != "conflict":
        lead = " Most likely moves " if result.verdict == "aligned" else " Closest key result: "
        objective = objectives.get(top.objective_id)
        runs += [
            (lead, False),
            (top.kr_id, True),
            (f" ({top.title}), under objective ", False),
            (top.objective_id, True),
            (f" ({objective})." if objective else ".", False),
        ]
    return runs


def _metric_nudge(top: Impacted | None) -> Runs:
    example = f", for example {top.kr_id}: {top.title}" if top is not None else ""
    return [
        ("Name the metric.", True),
        (
            " The text names no metric this work should move; add the key result and the "
            f"number you expect{example}. No product discussion without the impacted metric.",
            False,
        ),
    ]


def _fingerprint(result: CheckResult, top: Impacted | None, answer: TeamAnswer | None) -> str:
    meaning: dict[str, Any] = {
        "verdict": result.verdict,
        "reason": result.reason,
        "kr": top.kr_id if top else None,
        "passage": [result.evidence[0].source, result.evidence[0].section]
        if result.evidence
        else None,
        "no_metric": NO_METRIC in result.flags,
    }
    # Added only when present, so comments posted before these existed keep their fingerprint.
    if Flag.TRUNCATED in result.flags:
        meaning["truncated"] = result.details.get("truncated")
    if answer is not None:
        meaning["answer"] = answer.model_dump(exclude={"at"})
    return hashlib.sha256(json.dumps(meaning, sort_keys=True).encode()).hexdigest()
