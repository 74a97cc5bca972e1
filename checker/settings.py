"""Configuration: one settings class, environment prefix STRATALIGN_, optional TOML file.

Sources, strongest first: arguments, environment, then the config file named by
STRATALIGN_CONFIG (default: `stratalign.toml` in the user config dir).
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Literal

from platformdirs import user_config_dir, user_data_dir
from pydantic import AliasChoices, Field, SecretStr, field_validator
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

from index.embedding import DEFAULT_MODEL, MODELS

Engine = Literal["embedded", "llm", "auto"]


def _default_data_dir() -> Path:
    return Path(user_data_dir("stratalign", appauthor=False))


def config_file() -> Path:
    """The TOML file settings are read from, when it exists."""
    named = os.environ.get("STRATALIGN_CONFIG")
    if named:
        return Path(named)
    return Path(user_config_dir("stratalign", appauthor=False)) / "stratalign.toml"


class Settings(BaseSettings):
    """Where the index lives, how the embedded engine runs, and which LLM to ask."""

    model_config = SettingsConfigDict(env_prefix="STRATALIGN_", extra="ignore")

    data_dir: Path = Field(default_factory=_default_data_dir)
    embedding_model: str = DEFAULT_MODEL
    embedding_threads: int | None = Field(default=None, ge=1)
    batch_size: int = Field(default=64, ge=1, le=4096)

    engine: Engine = "auto"
    llm_base_url: str | None = None
    llm_model: str | None = None
    llm_api_key: SecretStr | None = Field(
        default=None,
        validation_alias=AliasChoices("llm_api_key", "STRATALIGN_LLM_API_KEY", "OPENAI_API_KEY"),
    )
    llm_timeout: float = Field(default=60.0, gt=0)
    llm_max_retries: int = Field(default=2, ge=0, le=10)
    llm_max_concurrency: int = Field(default=4, ge=1, le=64)
    llm_temperature: float = Field(default=0.0, ge=0, le=2)
    llm_max_output_tokens: int = Field(default=600, ge=64)
    llm_breaker_failures: int = Field(default=3, ge=1)
    llm_breaker_cooldown: float = Field(default=30.0, ge=0)
    llm_cache: bool = True

    @field_validator("embedding_model")
    @classmethod
    def _known_model(cls, value: str) -> str:
        if value not in MODELS:
            raise ValueError(f"unknown embedding model '{value}'; known: {', '.join(MODELS)}")
        return value

    @field_validator("llm_base_url", "llm_model")
    @classmethod
    def _blank_is_unset(cls, value: str | None) -> str | None:
        return value.strip() or None if value is not None else None

    @property
    def llm_configured(self) -> bool:
        """A model to ask and a way to reach it: a key, or a base URL of a local server."""
        return self.llm_model is not None and (
            self.llm_api_key is not None or self.llm_base_url is not None
        )

    @property
    def llm_cache_path(self) -> Path:
        return self.data_dir / "llm-cache.sqlite3"

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        toml = TomlConfigSettingsSource(settings_cls, toml_file=config_file())
        return init_settings, env_settings, toml


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings, read from the environment once."""
    return Settings()
