"""Every number that turns scores into a verdict, a confidence or a tracker comment, with why.

The embedded engine's weights and lines were measured on the shared evaluation sets (README,
"Quality, measured"); change one only with the figures before and after. Read by the embedded
engine (`Tuning`, the flag and confidence constants), the LLM verdict check and the trackers.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Tuning:
    """Weights and lines of the embedded checker. Scores are cosines in [-1, 1] unless said."""

    # A key result's score blends three views of it; these weights won on the eval sets.
    context_weight: float = 0.7  # the KR in its objective's context
    title_weight: float = 0.7  # the KR on its own
    support_weight: float = 0.4  # strategy passages nearest to the KR
    lexical_weight: float = 0.3  # BM25 overlap, normalised to [0, 1]
    # Orphan line: the best KR score against generic background work, in standard deviations.
    # Real work on a KR sits 2+ std above housekeeping; below that it serves nothing named.
    orphan_z: float = 2.0
    unclear_band: float = 0.1  # z units either side of orphan_z that are too close to call
    conflict_margin: float = 0.05  # a non-goal must beat the best positive match by this
    conflict_min: float = 0.45  # below this a non-goal match is noise, whatever the margin
    conflict_lexical_bonus: float = 0.25  # shared terms with a non-goal weigh extra
    top_k: int = 5  # key results listed per result


# Confidence of the embedded engine: a logistic of the margin to the deciding line,
# 1 / (1 + exp(-CONFIDENCE_SLOPE * margin_in_units)).
CONFIDENCE_SLOPE = 2.0
# A conflict's margin (non-goal over the best positive match) is counted in these cosine units.
CONFLICT_MARGIN_UNIT = 0.1
# Thin text is called aligned only this many unclear bands above the orphan line.
THIN_TEXT_ALIGNED_BANDS = 2.0

# Fewer words than this (after screening) is too little text to judge.
THIN_TEXT_WORDS = 4

# A key result the proposal cites by id gets this much on its score: the author said so.
CITED_KR_BONUS = 0.05

# The LLM's "aligned" needs evidence: below this cosine, with no shared terms, the key result
# it named is no support and the verdict is downgraded to unclear.
MIN_SUPPORT_DENSE = 0.2

# Trackers stay silent below this confidence unless a connection sets its own (0..1).
TRACKER_MIN_CONFIDENCE = 0.5


@dataclass(frozen=True)
class LearningTuning:
    """How confirmed items (checker/learning/) weigh on the embedded verdict.

    Measured with `stratalign eval WORKSPACE --feedback 0.2|0.5` on the shared sets (README,
    "Learning from the team"). With no confirmation stored none of this applies.
    """

    neighbours: int = 10  # confirmed items consulted per proposal
    # Cosine below which a confirmed item is not "near": MiniLM puts unrelated work at 0.1-0.4.
    near: float = 0.35
    # Blend weight = near / (near + half_weight), near = the summed closeness of near items:
    # one close confirmation moves a ranking a little, several agreeing ones decide it.
    half_weight: float = 1.0
    # Score units a unanimous, fully weighted vote adds to a key result; key-result scores of
    # one proposal spread over about 0.3, so a confident vote decides the ranking.
    kr_scale: float = 1.5
    # Unanimous near items stand for a z this far from the orphan line, on their side.
    z_reach: float = 3.0
    # Cosine units a unanimous, fully weighted vote moves every non-goal match.
    conflict_shift: float = 0.2
    # Closeness (cosine above `near`, scaled to [0, 1]) is raised to this power: the nearest
    # confirmed items count for more than a crowd of middling ones.
    sharpness: float = 2.0
    # Score units added per key result for closeness to the centroid of the items confirmed on
    # it, trusted by count / (count + centroid_half).
    centroid_scale: float = 1.0
    centroid_half: float = 3.0
    # The orphan line moves only with this many confirmed aligned items and confirmed orphans
    # each, and towards the best separating line by m / (m + line_prior), m the smaller count.
    line_min: int = 3
    line_prior: float = 10.0
    # Scoring confirmed items for the orphan line costs a model pass each: the newest this many.
    line_sample: int = 400
