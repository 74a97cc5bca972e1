"""Which key results a result lists, how well each matches (for people), and what to say about
key-result ids the text cites that the OKRs do not define."""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence

from checker.embedded.scoring import Scores, StrategyModel
from checker.embedded.verdict import Decision
from checker.models import Impacted
from checker.thresholds import (
    ABSTAIN_CONFIDENCE,
    KR_LIST_Z,
    MATCH_CLOSE_GAP,
    MATCH_HIGH_ABOVE_LINE,
    MATCH_MEDIUM_ABOVE_LINE,
)
from checker.vocabulary import MatchLevel, Reason, Verdict


def kr_z(scores: Scores, index: int) -> float:
    """One key result's score against the workspace's background, in std units."""
    return (float(scores.kr_scores[index]) - scores.background_mean) / scores.background_std


def match_level(
    z: float, orphan_z: float, behind_first: float = 0.0, aligned: bool = False,
    first: bool | None = None,
) -> MatchLevel:
    """high / medium / low for a KR's z (thresholds.MATCH_*_ABOVE_LINE). Only the `first` KR
    listed (by default: one `behind_first` by nothing) can be high; one more than
    thresholds.MATCH_CLOSE_GAP behind the first (`behind_first`, in score units, >= 0) is low.
    The first KR of work judged `aligned` is at least medium: the verdict rests on it, and on
    the labelled sets such a KR below the medium line was the right one about as often as a
    medium one (docs/quality.md, "Match levels")."""
    if first is None:
        first = behind_first <= 0
    above = z - orphan_z
    level = MatchLevel.LOW
    if above >= MATCH_HIGH_ABOVE_LINE:
        level = MatchLevel.HIGH
    elif above >= MATCH_MEDIUM_ABOVE_LINE or (aligned and first):
        level = MatchLevel.MEDIUM
    if behind_first > MATCH_CLOSE_GAP:
        return MatchLevel.LOW
    if not first and level == MatchLevel.HIGH:
        return MatchLevel.MEDIUM
    return level


def listing_floor(model: StrategyModel, decision: Decision) -> float:
    """The z a KR needs to be listed (thresholds.KR_LIST_Z); for a conflict the line above the
    unclear band: the KR alone would have made the work aligned."""
    t = model.tuning
    if decision.reason == Reason.CONFLICT:
        return t.orphan_z + t.unclear_band
    return KR_LIST_Z


def impacted_for(
    model: StrategyModel, scores: Scores, decision: Decision, named: Sequence[str] = ()
) -> list[Impacted]:
    """Up to `tuning.top_k` key results above the listing floor, best first; none for an orphan.
    The key results the team named in its answer to this text (`named`, ids) are listed
    whatever their score: the answer is the verdict. From a text the model could not read
    (another language) the listing rests only on the ids, numbers and names it shares with the
    strategy, so every match there is `low`."""
    if decision.reason == Reason.ORPHAN:
        return []
    floor = listing_floor(model, decision)
    listed = [i for i in scores.order[: model.tuning.top_k]
              if kr_z(scores, i) >= floor or model.krs[i].kr_id in named]
    aligned = decision.verdict == Verdict.ALIGNED
    # a call held under a ceiling (a word or three, thin_text) rests on too little to call any
    # match high ("Improve the app" was O1.KR1 "high", a newcomer's vet workspace)
    most = MatchLevel.MEDIUM if decision.ceiling is not None else MatchLevel.HIGH
    out = [_impacted(model, scores, int(i), decision.read, aligned, most) for i in listed]
    return [kr.model_copy(update={"moves": aligned and moved}) for kr, moved in
            zip(out, _moved(out, named), strict=True)]


def _moved(listed: Sequence[Impacted], named: Sequence[str]) -> list[bool]:
    """What aligned work moves (Impacted.moves), per key result listed: the ones the author cites
    or the team named, when any is listed; else the first listed (the verdict rests on it) and
    those matched above low. Over the 134 labelled organisations, key results matched above low
    beside the ones an aligned item cites were labelled for 13 of 112 (a newcomer's cancellation
    item citing O2.KR3 was said to move two more); without a citation, 390 of 1,675."""
    if any(kr.kr_id in named for kr in listed):
        return [kr.kr_id in named for kr in listed]
    return [rank == 0 or kr.match in (MatchLevel.HIGH, MatchLevel.MEDIUM)
            for rank, kr in enumerate(listed)]


def _impacted(
    model: StrategyModel, scores: Scores, i: int, read: bool, aligned: bool,
    most: MatchLevel = MatchLevel.HIGH,
) -> Impacted:
    kr = model.krs[i]
    # how well the text fits it, whatever the order: a key result the author cites leads the
    # listing, yet the best-scoring one stays the first match and the cited one is behind it
    behind = max(0.0, float(scores.kr_scores.max() - scores.kr_scores[i]))
    first = behind <= 0.0
    match = (match_level(kr_z(scores, i), model.tuning.orphan_z, behind, aligned, first) if read
             else MatchLevel.LOW)
    if match == MatchLevel.HIGH and most != MatchLevel.HIGH:
        match = most
    return Impacted(
        kr_id=kr.kr_id,
        objective_id=kr.objective_id,
        title=kr.title,
        score=round(float(scores.kr_scores[i]), 4),
        objective_title=kr.objective_title,
        match=match,
    )


# Key results numbered under their objective: "KR1.1" is objective 1's first key result.
_NUMBERED_KR = re.compile(r"KR(\d+)\.(\d+)")


def did_you_mean(
    cited: str, model: StrategyModel, scores: Scores, impacted: list[Impacted]
) -> list[str]:
    """Real KR ids a person may have meant by an id the OKRs do not define: the key result of
    the cited objective the text matches best (O3.KR3 -> O3.KR1, O2.KR2.9 -> O2.KR2.1: a slip
    in the KR's number), else the KR the text matches best, else (no objective cited and no KR
    listed) the id spelled most like it. "KR1.1", a common way to number key results under
    objectives, means O1.KR1 when the OKRs have it, else objective O1's best match."""
    wanted = cited.upper()
    ids = {kr.kr_id.upper(): kr.kr_id for kr in model.krs}
    numbered = _NUMBERED_KR.fullmatch(wanted)
    if numbered:
        if f"O{numbered[1]}.KR{numbered[2]}" in ids:
            return [ids[f"O{numbered[1]}.KR{numbered[2]}"]]
        wanted = f"O{numbered[1]}.{wanted}"  # (then the objective's best match)
    objectives = {kr.objective_id.upper() for kr in model.krs}
    cited_in = [o for o in objectives if wanted.startswith(o + ".")]
    if cited_in:
        objective = max(cited_in, key=len)
        same = [i for i in scores.order if model.krs[i].objective_id.upper() == objective]
        return [model.krs[same[0]].kr_id]
    if impacted:
        return [impacted[0].kr_id]
    return [ids[g] for g in difflib.get_close_matches(cited.upper(), list(ids), n=1, cutoff=0.6)]


def capped_for_unknown_kr(decision: Decision, unknown: list[str]) -> Decision:
    """A proposal that rests on a key result the OKRs do not define is unclear: its author
    meant some outcome we cannot see, so calling it aligned, or an orphan, would be a guess. A
    conflict stays: going against a non-goal does not depend on which outcome was meant."""
    if not unknown or decision.verdict == Verdict.UNCLEAR or decision.reason == Reason.CONFLICT:
        return decision
    return Decision(
        Verdict.UNCLEAR, None, ABSTAIN_CONFIDENCE, None,
        "it rests on a key result the current OKRs do not define",
    )
