"""Our embedding model as Chroma's EmbeddingFunction, for the store alone.

Kept apart from index/embedding.py because importing chromadb costs about a second: only code
that opens Chroma (index/store.py, on first use) imports this module.
"""

from __future__ import annotations

from typing import Any, Literal

from chromadb.api.types import Documents, EmbeddingFunction, Embeddings

from index.embedding import MODELS, OnnxEmbedder


class ChromaEmbedding(EmbeddingFunction[Documents]):
    """Chroma's view of an OnnxEmbedder. The name and config are stored with each collection
    (Chroma checks them when a collection is opened), so they must not change."""

    def __init__(self, embedder: OnnxEmbedder) -> None:
        self.embedder = embedder

    def __call__(self, input: Documents) -> Embeddings:
        return list(self.embedder.embed_documents(list(input)))

    def embed_query(self, input: Documents) -> Embeddings:
        return list(self.embedder.embed_queries(list(input)))

    @staticmethod
    def name() -> str:
        return "stratalign-onnx"

    def get_config(self) -> dict[str, Any]:
        return {"model": self.embedder.spec.name}

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> ChromaEmbedding:
        return ChromaEmbedding(OnnxEmbedder(MODELS[config["model"]]))

    def is_legacy(self) -> bool:
        # chromadb's default answers by calling build_from_config, which loads a second copy
        # of the model on every get_or_create_collection: half a CPU-second per `check`.
        return False

    def default_space(self) -> Literal["cosine"]:
        return "cosine"
