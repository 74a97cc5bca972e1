"""LLM replies cached in SQLite: a re-audit of an unchanged backlog makes no LLM calls.

The key covers everything that can change a reply: the strategy version, the
prompt version, the model and the proposal text.
"""

from __future__ import annotations

import hashlib
import sqlite3
import threading
from pathlib import Path
from typing import Protocol

from checker.llm.client import Usage
from checker.llm.reply import JudgeReply

_SCHEMA = """
CREATE TABLE IF NOT EXISTS llm_replies (
    key TEXT PRIMARY KEY,
    reply TEXT NOT NULL,
    usage TEXT NOT NULL,
    created TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
)
"""


def cache_key(strategy_version: str, prompt_version: str, model: str, text: str) -> str:
    """One key per (strategy, prompt, model, text)."""
    text_hash = hashlib.sha256(text.encode("utf-8")).hexdigest()
    raw = "\x1f".join([strategy_version, prompt_version, model, text_hash])
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


class ReplyCache(Protocol):
    """Where validated replies are kept between runs, keyed by `cache_key` (a sha256 hex of the
    strategy version, prompt version, model and item text)."""

    def get(self, key: str) -> tuple[JudgeReply, Usage] | None:
        """The reply stored under `key` and what it cost, or None; never raises on a miss."""
        ...

    def put(self, key: str, reply: JudgeReply, usage: Usage) -> None:
        """Store (or replace) the reply under `key`."""
        ...


class SqliteReplyCache:
    """A reply cache in one SQLite file, safe to share between the audit's worker threads."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute(_SCHEMA)
        self._lock = threading.Lock()

    def get(self, key: str) -> tuple[JudgeReply, Usage] | None:
        with self._lock:
            row = self._db.execute(
                "SELECT reply, usage FROM llm_replies WHERE key = ?", (key,)
            ).fetchone()
        if row is None:
            return None
        return JudgeReply.model_validate_json(row[0]), Usage.model_validate_json(row[1])

    def put(self, key: str, reply: JudgeReply, usage: Usage) -> None:
        with self._lock:
            self._db.execute(
                "INSERT OR REPLACE INTO llm_replies (key, reply, usage) VALUES (?, ?, ?)",
                (key, reply.model_dump_json(), usage.model_dump_json()),
            )

    def close(self) -> None:
        self._db.close()


class NoCache:
    """Caching switched off."""

    def get(self, key: str) -> tuple[JudgeReply, Usage] | None:
        return None

    def put(self, key: str, reply: JudgeReply, usage: Usage) -> None:
        return None
