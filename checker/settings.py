"""Configuration: one settings class, environment prefix STRATALIGN_."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from platformdirs import user_data_dir
from pydantic import Field, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from index.embedding import DEFAULT_MODEL, MODELS

LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1")


def _default_data_dir() -> Path:
    return Path(user_data_dir("stratalign", appauthor=False))


class Settings(BaseSettings):
    """Where the index lives and how the embedded engine runs."""

    model_config = SettingsConfigDict(env_prefix="STRATALIGN_", extra="ignore")

    data_dir: Path = Field(default_factory=_default_data_dir)
    embedding_model: str = DEFAULT_MODEL
    embedding_threads: int | None = Field(default=None, ge=1)
    batch_size: int = Field(default=64, ge=1, le=4096)

    # HTTP API (`stratalign serve`). Several workers or hosts share one database and one Chroma.
    chroma_url: str | None = None  # a Chroma server (http://host:port); None: local store
    database_url: str | None = None  # SQLAlchemy URL; None: SQLite under data_dir
    host: str = "127.0.0.1"
    port: int = Field(default=8000, ge=0, le=65535)
    allow_unauthenticated: bool = False  # every request acts as admin; loopback only
    max_body_bytes: int = Field(default=2_000_000, ge=1024)
    max_backlog_items: int = Field(default=5000, ge=1)
    rate_limit_per_minute: int = Field(default=1200, ge=1)  # per key, per server process
    check_timeout_seconds: float = Field(default=10.0, gt=0)
    check_workers: int = Field(default=2, ge=1, le=32)  # checks run at once per process
    job_lease_seconds: float = Field(default=30.0, gt=0)  # a silent job's owner counts as dead
    job_max_attempts: int = Field(default=3, ge=1)
    debug_logging: bool = False  # only then may logs carry proposal text

    @field_validator("embedding_model")
    @classmethod
    def _known_model(cls, value: str) -> str:
        if value not in MODELS:
            raise ValueError(f"unknown embedding model '{value}'; known: {', '.join(MODELS)}")
        return value

    @model_validator(mode="after")
    def _unauthenticated_only_on_loopback(self) -> Settings:
        if self.allow_unauthenticated and self.host not in LOOPBACK_HOSTS:
            raise ValueError(
                f"allow_unauthenticated serves every workspace to anyone who can connect; it is "
                f"refused on host '{self.host}'. Bind to 127.0.0.1 or turn it off and use keys"
            )
        return self

    def resolved_database_url(self) -> str:
        """The database URL, defaulting to SQLite beside the local index."""
        return self.database_url or f"sqlite:///{self.data_dir / 'stratalign.db'}"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings, read from the environment once."""
    return Settings()
