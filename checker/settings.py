"""Configuration: one settings class, environment prefix STRATALIGN_, optional TOML file.

Sources, strongest first: arguments, environment, then the config file named by
STRATALIGN_CONFIG (default: `stratalign.toml` in the user config dir).
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Annotated, Literal

from platformdirs import user_config_dir, user_data_dir
from pydantic import AliasChoices, Field, SecretStr, field_validator, model_validator
from pydantic_settings import (
    BaseSettings,
    NoDecode,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

from index.embedding import DEFAULT_MODEL, MODELS

Engine = Literal["embedded", "llm", "auto"]

LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1")


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
    # no_metric read by the learned metric reader weighed with the hand-written rule
    # (checker/embedded/metric_reader.py); false: the rule alone, as before 2026-12-04
    metric_reader: bool = True

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
    # The strategy part of the judge's prompt (key results and non-goals, shared by every item
    # and cached by providers as a prefix): up to this many tokens it holds every key result;
    # beyond it, each item is offered the objectives retrieval ranks first. 6,000 tokens hold
    # well over 100 key results of ordinary length.
    llm_strategy_budget_tokens: int = Field(default=6000, ge=500)

    # HTTP API (`stratalign serve`). Several workers or hosts share one database and one Chroma.
    chroma_url: str | None = None  # a Chroma server (http://host:port); None: local store
    database_url: str | None = None  # SQLAlchemy URL; None: SQLite under data_dir
    host: str = "127.0.0.1"
    port: int = Field(default=8000, ge=0, le=65535)
    allow_unauthenticated: bool = False  # every request acts as admin; loopback only
    max_body_bytes: int = Field(default=2_000_000, ge=1024)
    max_backlog_items: int = Field(default=5000, ge=1)
    # An item's body is cut to this many characters before a check (the result says so);
    # 20,000 is about eight pages and costs ~0.15 s, the embedding model reads far less.
    max_item_chars: int = Field(default=20_000, ge=1000)
    rate_limit_per_minute: int = Field(default=1200, ge=1)  # per key, per server process
    check_timeout_seconds: float = Field(default=10.0, gt=0)
    check_workers: int = Field(default=2, ge=1, le=32)  # checks run at once per process
    job_lease_seconds: float = Field(default=30.0, gt=0)  # a silent job's owner counts as dead
    job_max_attempts: int = Field(default=3, ge=1)
    debug_logging: bool = False  # only then may logs carry proposal text
    # Tracker webhooks: credentials are sealed at rest with Fernet keys, newest first (comma-
    # separated; older keys still open what they sealed until `stratalign trackers reseal`).
    # From this setting, else from the file secret_key_file names (one key a line), else a
    # key file under data_dir made on first use (a laptop's default: it sits beside the
    # database, so a copy of the data dir holds both). Hosts sharing a database share the keys.
    secret_key: SecretStr | None = None
    secret_key_file: Path | None = None
    webhook_max_age_seconds: float = Field(default=60.0, gt=0)  # Linear: older is a replay
    # A delivery seen again (same body, or same delivery id) within this is a duplicate.
    webhook_replay_seconds: float = Field(default=86_400.0, gt=0)
    # Outbound calls (tracker APIs) go to public https hosts only. Hosts or networks listed
    # here (comma-separated: `jira.corp.example, 10.20.0.0/16`) may also be private and use
    # plain http: self-hosted trackers, and the tests' loopback stand-ins.
    outbound_allow: Annotated[list[str], NoDecode] = Field(default_factory=list)
    # inline: answer the delivery after checking and commenting; queued: answer 202 at once and
    # do both in the job worker; auto: queued when an LLM judge is configured, whose checks can
    # outlast a tracker's delivery timeout (GitHub's is 10 s).
    webhook_mode: Literal["auto", "inline", "queued"] = "auto"
    tracker_timeout_seconds: float = Field(default=10.0, gt=0)

    @field_validator("embedding_model")
    @classmethod
    def _known_model(cls, value: str) -> str:
        if value not in MODELS:
            raise ValueError(f"unknown embedding model '{value}'; known: {', '.join(MODELS)}")
        return value

    @field_validator("outbound_allow", mode="before")
    @classmethod
    def _comma_separated(cls, value: object) -> object:
        if isinstance(value, str):
            return [part.strip() for part in value.split(",") if part.strip()]
        return value

    @field_validator("outbound_allow")
    @classmethod
    def _hosts_or_networks(cls, value: list[str]) -> list[str]:
        for entry in value:
            if not re.fullmatch(r"[A-Za-z0-9.:\-/\[\]]+", entry):
                raise ValueError(f"'{entry}' is neither a host name nor a network")
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
    def webhooks_queued(self) -> bool:
        """Whether webhook deliveries are answered at once and worked off in the job worker."""
        return self.webhook_mode == "queued" or (
            self.webhook_mode == "auto" and self.llm_configured
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
