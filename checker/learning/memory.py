"""Confirmed items, embedded, and the vote of the nearest ones for a new item."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from checker.learning.corrections import Correction, from_okrs, learned_version
from checker.screening.injection import screen
from checker.thresholds import LearningTuning, Tuning
from checker.vocabulary import Reason, Verdict
from index.embedding import Embedder
from index.models import OKRSet

# A confirmed item's second and later key results count this much of its first.
_LATER_KR = 0.5


@dataclass(frozen=True)
class Neighbour:
    """A confirmed item near the proposal, with its cosine in [-1, 1]."""

    correction: Correction
    similarity: float


@dataclass(frozen=True)
class Vote:
    """What the near confirmed items say about one proposal.

    `weight` in [0, 1) grows with how many are near and how close; `kr_share` per key result of
    the model in [0, 1] (the closeness-weighted share of near items confirmed on it);
    `aligned_lean` in [-1, 1]: +1 all near items were confirmed aligned, -1 all misaligned;
    `conflict_lean` in [-1, 1]: +1 all were confirmed conflicts, -1 all aligned (orphans 0).
    """

    weight: float
    kr_share: np.ndarray
    aligned_lean: float
    conflict_lean: float
    neighbours: list[Neighbour]
    kr_centroid: np.ndarray | None = None


class ConfirmationMemory:
    """Confirmed items with their embeddings (`vectors`: float32 (n, dim), rows L2-normalised,
    embedded as proposals are), scored against the key results of one strategy model."""

    def __init__(
        self,
        corrections: list[Correction],
        vectors: np.ndarray,
        kr_ids: list[str],
        tuning: LearningTuning | None = None,
    ) -> None:
        if len(corrections) != len(vectors):
            raise ValueError(f"{len(corrections)} corrections but {len(vectors)} vectors")
        self.corrections = corrections
        self.version = learned_version(corrections)
        # When the newest stored correction was stored (0 for the OKR file's examples alone;
        # None, as `version`, when there is nothing to learn from).
        self.learned_at = max((c.created_at for c in corrections), default=None)
        # One contiguous float32 block: each vote reads it once, front to back.
        self.vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        self.tuning = tuning or LearningTuning()
        self.answers = _answer_matrix(corrections, kr_ids)
        self.aligned = np.array(
            [1.0 if c.verdict == Verdict.ALIGNED else -1.0 for c in corrections], np.float32
        )
        self.conflict = np.array([_conflict_side(c) for c in corrections], np.float32)
        self.centroids, self.support = _centroids(self.vectors, self.answers)
        # How far this workspace's confirmations are to be trusted, in [0, 1]: set by
        # fitting.fit from how well they predict each other (1 until then).
        self.trust = 1.0
        # The strategy model's own lines, kept by fitting.fit when the confirmations moved the
        # orphan line or the non-goal margin (None: nothing moved), so a result can say when
        # the moved line decided its verdict.
        self.default_tuning: Tuning | None = None

    def __len__(self) -> int:
        return len(self.corrections)

    def with_strategy(self, kr_vectors: np.ndarray) -> None:
        """Makes each key result's prototype its confirmed items plus its own text, counted as
        `prototype_text` confirmed items (`kr_vectors`: float32 (n_krs, dim), the strategy
        model's key-result embeddings). A prototype then exists for every key result, and
        leans on the strategy's wording where few items were confirmed."""
        self.centroids, self.support = _centroids(
            self.vectors, self.answers, kr_vectors, self.tuning.prototype_text
        )

    def _centroid_match(self, vector: np.ndarray) -> np.ndarray:
        """Per key result, cosine to its prototype above `near`, trusted by how many items
        (the key result's text counted as `prototype_text`) stand behind it (0: none)."""
        t = self.tuning
        sims = self.centroids @ np.asarray(vector, dtype=np.float32)
        # A key result nothing stands behind (no text given, none confirmed) adds nothing.
        trust = self.support / np.maximum(self.support + t.centroid_half, 1e-9)
        return np.maximum(sims - t.near, 0.0) / (1.0 - t.near) * trust

    def similarities_to(self, vector: np.ndarray) -> np.ndarray:
        """Cosine of each confirmed item with `vector`: float32 (n,). Computed once per check
        and handed to `nearest` and `vote`, each of which would otherwise read the whole
        (n, dim) block again."""
        # A float64 query would convert the whole (n, dim) matrix on every call.
        return similarities(self.vectors, np.asarray(vector, dtype=np.float32))

    def nearest(
        self, vector: np.ndarray, count: int, sims: np.ndarray | None = None
    ) -> list[Neighbour]:
        """The `count` confirmed items nearest `vector` with cosine at least `near`, nearest
        first, however far the vote is trusted (the LLM judge reads them as examples).
        `sims`: `similarities_to(vector)`, when the caller has it."""
        if not len(self.corrections) or count <= 0:
            return []
        sims = self.similarities_to(vector) if sims is None else sims
        count = min(count, len(sims))
        top = np.argpartition(-sims, count - 1)[:count]
        top = top[np.argsort(-sims[top], kind="stable")]
        return [
            Neighbour(self.corrections[i], round(float(sims[i]), 4))
            for i in top if sims[i] >= self.tuning.near
        ]

    def vote(
        self, vector: np.ndarray, leave_out: int | None = None, sims: np.ndarray | None = None
    ) -> Vote | None:
        """The near confirmed items' vote, or None when none is near (or trust is 0).
        `leave_out`: a confirmed item's own position, when it is the one being judged;
        `sims`: `similarities_to(vector)`, when the caller has it (left unchanged)."""
        if not len(self.corrections) or self.trust <= 0:
            return None
        t = self.tuning
        vector = np.asarray(vector, dtype=np.float32)
        sims = self.similarities_to(vector) if sims is None else sims.copy()
        if leave_out is not None:
            sims[leave_out] = -np.inf
        count = min(t.neighbours, len(sims))
        nearest = np.argpartition(-sims, count - 1)[:count]
        nearest = nearest[sims[nearest] >= t.near]
        if not len(nearest):
            return None
        nearest = nearest[np.argsort(-sims[nearest])]
        closeness = (sims[nearest] - t.near) / (1.0 - t.near)
        total = float(closeness.sum())
        if total <= 0:
            return None
        # How much the vote weighs counts every near item; who wins favours the nearest.
        say = closeness**t.sharpness
        said = float(say.sum())
        return Vote(
            weight=min(self.trust * total / (total + t.half_weight), t.max_weight),
            kr_share=say @ self.answers[nearest] / said,
            aligned_lean=float(say @ self.aligned[nearest] / said),
            conflict_lean=float(say @ self.conflict[nearest] / said),
            kr_centroid=self.trust * self._centroid_match(vector) if leave_out is None else None,
            neighbours=[
                Neighbour(self.corrections[i], round(float(sims[i]), 4)) for i in nearest
            ],
        )


def similarities(matrix: np.ndarray, vector: np.ndarray) -> np.ndarray:
    """Cosine of each row of `matrix` (float32 (n, dim), rows L2-normalised) with `vector`
    (float32 (dim,), normalised): float32 (n,).

    einsum's own loop, not BLAS: a threaded BLAS matrix-vector product took 12 ms for
    (5,000 x 384) on the 2-core host while the embedding model's threads ran, against 0.9 ms
    for this single-threaded loop (bench/bench_learning.py).
    """
    return np.einsum("ij,j->i", matrix, vector)


def _centroids(
    vectors: np.ndarray,
    answers: np.ndarray,
    kr_vectors: np.ndarray | None = None,
    text_weight: float = 0.0,
) -> tuple[np.ndarray, np.ndarray]:
    """Per key result, the mean direction of the items confirmed on it (with its own text
    counted `text_weight` times, when `kr_vectors` are given), and how many stand behind it."""
    first = (answers == 1.0).astype(np.float32)  # (n, k)
    counts = first.sum(axis=0)
    if not len(vectors):
        return np.zeros((answers.shape[1], 0), np.float32), counts
    sums = first.T @ vectors
    if kr_vectors is not None and text_weight > 0:
        own = np.asarray(kr_vectors, dtype=np.float32)
        own = own / np.maximum(np.linalg.norm(own, axis=1, keepdims=True), 1e-9)
        sums = sums + text_weight * own
        counts = counts + text_weight
    norms = np.linalg.norm(sums, axis=1, keepdims=True)
    return (sums / np.maximum(norms, 1e-9)).astype(np.float32), counts


def _conflict_side(correction: Correction) -> float:
    if correction.verdict == Verdict.ALIGNED:
        return -1.0
    return 1.0 if correction.kind == Reason.CONFLICT else 0.0


def _answer_matrix(corrections: list[Correction], kr_ids: list[str]) -> np.ndarray:
    """(n, n_krs): 1 for a confirmed item's first key result, less for later ones; ids the
    strategy no longer has are dropped."""
    position = {kr_id: k for k, kr_id in enumerate(kr_ids)}
    answers = np.zeros((len(corrections), len(kr_ids)), dtype=np.float32)
    for row, correction in enumerate(corrections):
        if correction.verdict != Verdict.ALIGNED:
            continue
        for rank, kr_id in enumerate(correction.krs):
            if kr_id in position:
                answers[row, position[kr_id]] = max(
                    answers[row, position[kr_id]], 1.0 if rank == 0 else _LATER_KR
                )
    return answers


@dataclass(frozen=True)
class Learned:
    """Stored corrections of a workspace, with their vectors when the store keeps them."""

    corrections: list[Correction] = field(default_factory=list)
    vectors: np.ndarray | None = None


def embed_corrections(corrections: list[Correction], embedder: Embedder) -> np.ndarray:
    """Embeddings of confirmed items, screened and embedded exactly as proposals are:
    float32 (n, dim), rows L2-normalised."""
    if not corrections:
        return np.zeros((0, 0), dtype=np.float32)
    return embedder.embed_queries([screen(c.text).text or c.title for c in corrections])


def memory_for(
    okrs: OKRSet,
    kr_ids: list[str],
    embedder: Embedder,
    stored: list[Correction] | None = None,
    stored_vectors: np.ndarray | None = None,
    tuning: LearningTuning | None = None,
) -> ConfirmationMemory | None:
    """The workspace's confirmations: the OKR file's examples plus stored corrections (with
    their vectors when the store keeps them). None when there are none: today's engine."""
    examples = from_okrs(okrs)
    stored = stored or []
    if not examples and not stored:
        return None
    if stored_vectors is None or len(stored_vectors) != len(stored):
        stored_vectors = embed_corrections(stored, embedder)
    parts = [v for v in (embed_corrections(examples, embedder), stored_vectors) if len(v)]
    return ConfirmationMemory(examples + stored, np.concatenate(parts), kr_ids, tuning)
