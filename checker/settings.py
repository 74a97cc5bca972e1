"""Configuration: one settings class, environment prefix STRATALIGN_."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from platformdirs import user_data_dir
from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from index.embedding import DEFAULT_MODEL, MODELS


def _default_data_dir() -> Path:
    return Path(user_data_dir("stratalign", appauthor=False))


class Settings(BaseSettings):
    """Where the index lives and how the embedded engine runs."""

    model_config = SettingsConfigDict(env_prefix="STRATALIGN_", extra="ignore")

    data_dir: Path = Field(default_factory=_default_data_dir)
    embedding_model: str = DEFAULT_MODEL
    embedding_threads: int | None = Field(default=None, ge=1)
    batch_size: int = Field(default=64, ge=1, le=4096)

    @field_validator("embedding_model")
    @classmethod
    def _known_model(cls, value: str) -> str:
        if value not in MODELS:
            raise ValueError(f"unknown embedding model '{value}'; known: {', '.join(MODELS)}")
        return value


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings, read from the environment once."""
    return Settings()
