"""The near confirmed items' vote blended into the embedded scores, and said in the result."""

from __future__ import annotations

import numpy as np

from checker.embedded.scoring import Scores
from checker.learning.memory import ConfirmationMemory, Vote
from checker.thresholds import Tuning

# A vote lighter than this is not worth a sentence in the rationale.
_MENTION_WEIGHT = 0.15
_NAMED = 3
# The lines fitting.fit may move, as a rationale names them.
_LINES = {
    "orphan_z": "the orphan line (alignment z)",
    "conflict_margin": "the margin a non-goal must win by",
}


def blend(scores: Scores, vote: Vote, memory: ConfirmationMemory, orphan_z: float) -> None:
    """Move the key-result scores towards the near items' answers and the alignment score
    towards their verdicts, each by the vote's weight (in place; the order is redone).

    The verdicts stand for a z `z_reach` std units above the orphan line when all near items
    were confirmed aligned, as far below when all were orphans; z moves that way by the weight.
    Non-goal matches rise by up to `conflict_shift` when near items were confirmed conflicts
    and fall as much when they were confirmed aligned.
    """
    t = memory.tuning
    scores.kr_scores = scores.kr_scores + t.kr_scale * vote.weight * vote.kr_share
    if vote.kr_centroid is not None:
        scores.kr_scores = scores.kr_scores + t.centroid_scale * vote.kr_centroid
    # Near items that all agree stand for a score well clear of the line, on their side.
    voted_z = orphan_z + t.z_reach * vote.aligned_lean
    scores.z = (1 - vote.weight) * scores.z + vote.weight * voted_z
    # Work the team called aligned is no conflict, however much it resembles a non-goal.
    scores.conflict_scores = scores.conflict_scores + (
        t.conflict_shift * vote.weight * vote.conflict_lean
    )
    scores.order = list(np.argsort(-scores.kr_scores))


def rationale_sentence(vote: Vote) -> str | None:
    """Says that the verdict rests on earlier confirmed items, and names the nearest."""
    if vote.weight < _MENTION_WEIGHT:
        return None
    named = ", ".join(
        f"{n.correction.item_id} ({n.correction.answer})" for n in vote.neighbours[:_NAMED]
    )
    more = len(vote.neighbours) - _NAMED
    tail = f" and {more} more" if more > 0 else ""
    return f"It also rests on earlier items the team confirmed: {named}{tail}."


def moved_lines(default: Tuning, learned: Tuning) -> dict[str, dict[str, float]]:
    """The lines the confirmations moved: {name: {"default": x, "learned": y}}, rounded to 4
    places (a move too small to show at 4 places is left out)."""
    moved = {
        name: {"default": round(getattr(default, name), 4),
               "learned": round(getattr(learned, name), 4)}
        for name in _LINES
    }
    return {name: v for name, v in moved.items() if v["default"] != v["learned"]}


def lines_sentence(moved: dict[str, dict[str, float]], verdict: str, default_verdict: str) -> str:
    """Says that the workspace's confirmed answers moved these lines (each of which decided the
    verdict) and what the default lines would have said."""
    named = " and ".join(
        f"{_LINES[name]} from {v['default']} to {v['learned']}" for name, v in moved.items()
    )
    return (f"The team's confirmed answers moved {named}; with the default line this would be "
            f"{default_verdict}, not {verdict}.")


def details(vote: Vote) -> dict[str, object]:
    """The vote's part of `details.learned`: its weight and the items it rests on. (The same
    dict may also hold `lines`, the lines the confirmations moved, and `answered`, the team's
    own earlier answer to this text; see checker/embedded/engine.py.)"""
    return {
        "weight": round(vote.weight, 3),
        "confirmed": [
            {"id": n.correction.item_id, "answer": n.correction.answer, "similarity": n.similarity}
            for n in vote.neighbours
        ],
    }
