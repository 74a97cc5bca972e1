"""Score a proposal against a workspace's key results and strategy passages.

Beyond plain cosine: each key result is represented by its own text plus the
strategy passages nearest to it, lexical BM25 evidence is blended with dense
similarity, and scores are calibrated per workspace against generic work that
serves no strategy (the background set).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from importlib import resources

import numpy as np

from checker.embedded.lexical import GENERIC_WORK_WORDS, LexicalIndex, tokens, word_tokens
from checker.thresholds import Tuning
from index.exceptions import name_parts, ruled_out_words, spared_names
from index.rulings import HANDOFF, ruled_out_part
from index.snapshot import IndexSnapshot

# Where a non-goal's sentence turns to what it spares: "outside Greater Manchester", "beyond
# Xero and QuickBooks", "other than", "except", "apart from", "unless", "until".
_SPARED = re.compile(r"\b(?:outside|beyond|other\s+than|except|apart\s+from|unless|until|"
                     r"but\s+we)\b", re.I)


@dataclass(frozen=True)
class _Spared:
    """What one non-goal spares, as `_spared_words` reads it."""

    parts: list[list[frozenset[str]]]  # per part of a spared name, its word groups' tokens
    ruled: frozenset[str]  # the tokens its negations govern, less the spared ones


@dataclass
class KeyResultRef:
    """The identity of one key result in the snapshot."""

    kr_id: str
    objective_id: str
    title: str
    objective_title: str
    metric: str


@dataclass
class PassageRef:
    """One strategy passage in the snapshot."""

    source: str
    section: str
    kind: str
    text: str
    about_refused: bool = False  # Passage.about_refused: why a proposal was refused


@dataclass
class Scores:
    """Everything the verdict needs about one proposal."""

    kr_scores: np.ndarray  # combined score per key result
    kr_dense: np.ndarray
    kr_lexical: np.ndarray  # normalised to [0, 1]
    passage_dense: np.ndarray
    passage_match: np.ndarray  # dense plus lexical, per passage
    conflict_scores: np.ndarray  # passage_match; -inf where not a non-goal
    z: float  # best KR score against the workspace's background, in std units
    background_mean: float
    background_std: float
    order: list[int] = field(default_factory=list)
    # Per passage, how many of a non-goal's own words (StrategyModel.ruled_out_words) the title
    # says; 0 for other passages.
    title_ruled_out: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int32))


def background_texts() -> list[str]:
    """Generic work that serves no particular strategy, for calibration."""
    raw = resources.files("checker.embedded").joinpath("data/background.txt").read_text("utf-8")
    return [line.strip() for line in raw.splitlines() if line.strip() and not line.startswith("#")]


@dataclass(frozen=True)
class Background:
    """The background set: its texts (for lexical scores) and their embeddings."""

    texts: list[str]
    vectors: np.ndarray


class StrategyModel:
    """A workspace's key results and passages, prepared for fast scoring."""

    def __init__(self, snapshot: IndexSnapshot, tuning: Tuning, background: Background) -> None:
        self.tuning = tuning
        self.version = snapshot.version
        kr_rows = sorted(
            snapshot.where("key_result"), key=lambda i: snapshot.metadata[i]["position"]
        )
        title_rows = {snapshot.metadata[i]["kr_id"]: i for i in snapshot.where("key_result_title")}
        passage_rows = snapshot.where("passage")
        self.krs = [_kr_ref(snapshot.metadata[i]) for i in kr_rows]
        self.passages = [_passage_ref(snapshot, i) for i in passage_rows]
        self.kr_vectors = snapshot.vectors[kr_rows]
        self.title_vectors = snapshot.vectors[[title_rows[kr.kr_id] for kr in self.krs]]
        dim = snapshot.vectors.shape[1]
        self.passage_vectors = (
            snapshot.vectors[passage_rows] if passage_rows else np.zeros((0, dim), np.float32)
        )
        self.non_goal = np.array([p.kind == "non_goal" for p in self.passages], dtype=bool)
        # A line that hands an area to another owner ("... is owned by the Partnerships team,
        # not by the product teams") marks a border: it is no non-goal (index/chunking.py), and
        # no support for work in that area either, nor a reason to let it through.
        self.border = np.array(
            [p.kind == "context" and bool(HANDOFF.search(p.text)) for p in self.passages],
            dtype=bool,
        )
        # Context in a section that states a non-goal ("Context: Marketing proposed our own
        # iOS/Android app ..." under "D-033 — No Northlight-built mobile app"): it describes the
        # work ruled out, so matching it is no sign the strategy wants that work.
        ruling_sections = {p.section for p in self.passages if p.kind == "non_goal"}
        beside_non_goal = np.array(
            [p.kind == "context" and p.section in ruling_sections for p in self.passages],
            dtype=bool,
        )
        # The passages that may speak for work: what the strategy wants when a conflict is
        # weighed (verdict.py) and what aligned work is cited as resting on (rationale.py).
        # (nor what surrounds a refused proposal: "## Context" of a rejected ADR told why work
        # was asked for and turned down, and was cited as what aligned work rests on; a
        # newcomer's trial, 2026-12-03)
        self.about_refused = np.array([p.about_refused for p in self.passages], dtype=bool)
        self.speaks_for_work = (~self.non_goal & ~self.border & ~beside_non_goal
                                & ~self.about_refused)
        self.links = self._link_passages()
        self.objective_links = self._objective_passages()
        # Per passage, its cosine to the nearest key result's text (the verdict's conflict test).
        self.kr_overlap = (
            (self.passage_vectors @ self.kr_vectors.T).max(axis=1)
            if len(self.passages) and len(self.krs)
            else np.zeros(len(self.passages), dtype=np.float32)
        )
        kr_docs = [snapshot.texts[i] for i in kr_rows]
        # Lexical evidence reads each KR's own text (its objective, title and metric) only: the
        # passages linked to it by nearest vector also carry its siblings' words, which made
        # "trade account sign-up" rank a click-and-collect KR first. Measured on kr_top1 over
        # aligned items: acme 0.667 -> 0.833, harbor 0.632 -> 0.684, lumen 0.632 = 0.632,
        # kubernetes 0.437 -> 0.487 (dense support still uses the linked passages).
        self.kr_lexicon = LexicalIndex(kr_docs)
        # What the strategy names at all, to tell whether it names an area of work
        # (internal_work.py): its key results' and passages' own words.
        self.strategy_text = "\n".join([*kr_docs, *(p.text for p in self.passages)])
        self.passage_lexicon = LexicalIndex([p.text for p in self.passages])
        self.ruled_out_words = self._ruled_out_words(kr_docs)
        self.spared_words = self._spared_words()
        self.background_mean, self.background_std = self._calibrate(background)
        self.non_goal_floor = self._non_goal_floor(background)

    def _ruled_out_words(self, kr_docs: list[str]) -> list[frozenset[str]]:
        """Per passage, the words (stemmed, lexical.tokens) the strategy says only where that
        non-goal rules work out (index/rulings.ruled_out_part), nowhere in its key results or in
        what it wants: "self-insure" in "We do not self-insure, set up a captive ...",
        "marketplace" and "bidding" in "No open marketplace, no bidding or reverse auctions on
        jobs". Empty for other passages."""
        wanted: set[str] = set()
        for text in [*kr_docs, *(p.text for p, ng in zip(self.passages, self.non_goal,
                                                          strict=True) if not ng)]:
            wanted.update(tokens(text))
        generic = {token for word in GENERIC_WORK_WORDS for token in tokens(word)}
        out = []
        for passage, ng in zip(self.passages, self.non_goal, strict=True):
            ruled, rest = ruled_out_part(passage.text) if ng else ("", "")
            # (nor in what the passage itself keeps: "We improve the React Native app we have"
            # after "We are not rewriting the patient app ... no separate native apps", nor what
            # a clause spares: "We will not open clinics outside Greater Manchester")
            ruled, spared = _SPARED.split(ruled, 1) if _SPARED.search(ruled) else (ruled, "")
            out.append(frozenset(tokens(ruled)) - wanted - generic
                       - set(tokens(rest)) - set(tokens(spared)))
        return out

    def _spared_words(self) -> list[_Spared]:
        """Per passage, what a non-goal spares (index.exceptions: "Quellón–Melinka" in "We are
        not opening new routes ... The only exception is Quellón–Melinka"): each part of each
        spared name as its word groups (stemmed, lexical.word_tokens; any plan's words left
        out), and the words its negations govern ("opening new routes"), less the spared ones.
        Nothing for other passages."""
        generic = {token for word in GENERIC_WORK_WORDS for token in tokens(word)}
        out: list[_Spared] = []
        for passage, ng in zip(self.passages, self.non_goal, strict=True):
            names = spared_names(passage.text) if ng else []
            parts = [[frozenset(group) for group in word_tokens(part)
                      if group and not set(group) <= generic]
                     for name in names for part in name_parts(name)]
            parts = [groups for groups in parts if groups]
            spared = {token for groups in parts for group in groups for token in group}
            ruled = frozenset(tokens(ruled_out_words(passage.text))) - generic - spared
            out.append(_Spared(parts, ruled))
        return out

    def _spared(self, text: str) -> np.ndarray:
        """Per passage, whether the title (the first line) names what that non-goal spares and
        not what it rules out: work on the stated exception is not against it ("Quellón–Melinka:
        bookable in portal" against "No new routes, except Quellón–Melinka"; not "New route from
        Castro to Chaitén" against "... the summer Castro–Mechuque excursion is the only
        exception"). A part of a name is named when the title says all its word groups, or all
        but one of three or more."""
        said = {token for group in word_tokens(text.split("\n", 1)[0]) for token in group}
        return np.array([
            not (said & s.ruled) and any(
                sum(bool(said & group) for group in groups) >= max(1, len(groups) - (
                    1 if len(groups) >= 3 else 0))
                for groups in s.parts)
            for s in self.spared_words], dtype=bool)

    def _link_passages(self) -> list[np.ndarray]:
        """Each passage (not a non-goal, a border or why a proposal was refused) belongs to the
        key result it is nearest to."""
        if not len(self.passages) or not len(self.krs):
            return [np.zeros(0, dtype=int) for _ in self.krs]
        sims = self.passage_vectors @ self.kr_vectors.T
        nearest = sims.argmax(axis=1)
        linkable = ~self.non_goal & ~self.border & ~self.about_refused
        return [np.flatnonzero((nearest == k) & linkable) for k in range(len(self.krs))]

    def _objective_passages(self) -> list[np.ndarray]:
        """Per key result, the passages linked to it or to a sibling (same objective)."""
        siblings: dict[str, list[int]] = {kr.objective_id: [] for kr in self.krs}
        for k, kr in enumerate(self.krs):
            siblings[kr.objective_id].append(k)
        return [
            np.concatenate([self.links[j] for j in siblings[kr.objective_id]]).astype(int)
            for kr in self.krs
        ]

    def _calibrate(self, background: Background) -> tuple[float, float]:
        """Mean and spread of the best KR score over the background, scored like any proposal.

        The lexical part counts too: calibrating without it put every proposal that shares
        a single word with a key result several standard deviations above the background.
        """
        if not len(self.krs):
            return 0.0, 0.02
        best = [
            self._combined(
                vec,
                self.kr_vectors @ vec,
                self.passage_vectors @ vec,
                _normalise(self.kr_lexicon.scores(text)),
            ).max()
            for vec, text in zip(background.vectors, background.texts, strict=True)
        ]
        return float(np.mean(best)), float(max(np.std(best), 0.02))

    def _non_goal_floor(self, background: Background) -> np.ndarray:
        """Per passage, its best match over the background set.

        A non-goal that generic housekeeping work already matches this well (a short line such
        as "the prototype from hack week") says nothing about a proposal that matches it no
        better: such a match is no conflict.
        """
        if not len(self.passages) or not len(background.texts):
            return np.full(len(self.passages), -np.inf, dtype=np.float32)
        matches = [
            self._conflict_scores(self.passage_vectors @ vec, text)
            for vec, text in zip(background.vectors, background.texts, strict=True)
        ]
        return np.max(np.array(matches), axis=0)

    def _combined(
        self,
        vector: np.ndarray,
        context: np.ndarray,
        passage_dense: np.ndarray,
        lexical: np.ndarray,
    ) -> np.ndarray:
        """The blended score per key result; context and passage_dense are passed in, not redone."""
        title = self.title_vectors @ vector
        support = self._support(passage_dense, context)
        t = self.tuning
        return (
            t.context_weight * context
            + t.title_weight * title
            + t.support_weight * support
            + t.lexical_weight * lexical
        )

    def _support(self, passage_dense: np.ndarray, fallback: np.ndarray) -> np.ndarray:
        """Per key result, the best of its own linked passages and, discounted by
        `tuning.sibling_support`, the passages linked to any key result of its objective.

        A passage nearest to one key result still speaks for its objective: without the shared
        part a key result whose only linked passage was off-topic (a principle that happened to
        sit nearest to it) lost to its sibling on work that named it in its own words (the acme
        trade-account sign-up; docs/quality.md, 2026-11-30). The discount keeps a passage
        written for one key result in favour of that one.
        """
        out = np.empty(len(self.krs), dtype=np.float32)
        for k, (own, shared) in enumerate(zip(self.links, self.objective_links, strict=True)):
            out[k] = passage_dense[own].max() if len(own) else fallback[k]
            if len(shared):
                out[k] = max(out[k], self.tuning.sibling_support * passage_dense[shared].max())
        return out

    def score(self, vector: np.ndarray, text: str) -> Scores:
        """All scores of one proposal (its embedding and its screened text)."""
        passage_dense = self.passage_vectors @ vector
        kr_dense = self.kr_vectors @ vector
        kr_lexical = _normalise(self.kr_lexicon.scores(text))
        kr_scores = self._combined(vector, kr_dense, passage_dense, kr_lexical)
        matched = self._conflict_scores(passage_dense, text)
        best = float(kr_scores.max()) if len(kr_scores) else 0.0
        return Scores(
            kr_scores=kr_scores,
            kr_dense=kr_dense,
            kr_lexical=kr_lexical,
            passage_dense=passage_dense,
            passage_match=matched,
            conflict_scores=np.where(self._conflicting(matched) & ~self._spared(text), matched,
                                     -np.inf),
            z=(best - self.background_mean) / self.background_std,
            background_mean=self.background_mean,
            background_std=self.background_std,
            order=list(np.argsort(-kr_scores)),
            title_ruled_out=self._title_ruled_out(text),
        )

    def _title_ruled_out(self, text: str) -> np.ndarray:
        """Per passage, how many words of the title (the first line) are its ruled-out words;
        a compound counts once ("own-brand"), a word said twice once ("the van ... the van")."""
        said = {frozenset(word) for word in word_tokens(text.split("\n", 1)[0]) if word}
        return np.array([len({word & own for word in said if word & own})
                         for own in self.ruled_out_words], dtype=np.int32)

    def _conflicting(self, matched: np.ndarray) -> np.ndarray:
        """Non-goals the proposal matches better than any generic background work does."""
        return self.non_goal & (matched > self.non_goal_floor)

    def _conflict_scores(self, passage_dense: np.ndarray, text: str) -> np.ndarray:
        """Dense plus lexical match per passage; non-goals and the rest scored alike.

        The lexical part is scaled to the text's length: BM25 is normalised to the text's best
        passage, and a long design document shares words with most one-line out-of-scope items,
        so each of them got near-full lexical credit. That made 53 of 645 kubernetes KEPs
        conflicts (docs/quality.md, 2026-11-30).
        """
        lexical = _normalise(self.passage_lexicon.scores(text), floor=4.0)
        words = max(len(text.split()), 1)
        weight = self.tuning.conflict_lexical_bonus * min(1.0, self.tuning.lexical_words / words)
        return passage_dense + weight * lexical


def _normalise(raw: np.ndarray, floor: float = 2.0) -> np.ndarray:
    """Scale BM25 scores to [0, 1]; weak matches stay small thanks to the floor."""
    if raw.size == 0:
        return raw
    return raw / max(float(raw.max()), floor)


def _kr_ref(meta: dict[str, object]) -> KeyResultRef:
    return KeyResultRef(
        kr_id=str(meta["kr_id"]),
        objective_id=str(meta["objective_id"]),
        title=str(meta["kr_title"]),
        objective_title=str(meta["objective_title"]),
        metric=str(meta.get("metric") or ""),
    )


def _passage_ref(snapshot: IndexSnapshot, row: int) -> PassageRef:
    meta = snapshot.metadata[row]
    return PassageRef(
        source=str(meta["source"]),
        section=str(meta["section"]),
        kind=str(meta["passage_kind"]),
        text=snapshot.texts[row],
        about_refused=bool(meta.get("about_refused", False)),
    )
