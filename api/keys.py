"""API keys: shown once, stored as a hash, scoped to one workspace (or all), revocable.

A key reads `sa_<id>_<secret>`. The id finds the row; only a SHA-256 of the whole key is
stored. The secret is 32 random bytes, so a fast hash is enough: there is nothing to
brute-force that a slow hash would protect.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time
from collections.abc import Callable
from typing import Any, Literal

from pydantic import BaseModel
from sqlalchemy import Connection, Engine, RowMapping, Select, insert, select, update

from api import db
from api.errors import AuthenticationError, ForbiddenError, NotFoundError

Scope = Literal["check", "admin"]
SCOPES: tuple[Scope, ...] = ("check", "admin")
_PREFIX = "sa_"


class KeyInfo(BaseModel):
    """What may be shown about a key after its creation: never the secret."""

    id: str
    workspace: str | None  # None: every workspace
    scopes: list[Scope]
    label: str
    created_at: float
    revoked_at: float | None


class Principal(BaseModel):
    """Who is calling: the key's id, its workspace (None: all) and scopes."""

    key_id: str
    workspace: str | None
    scopes: list[Scope]

    def require(self, workspace: str | None, scope: Scope) -> None:
        """Refuse (403) a workspace or scope this key was not given."""
        if self.workspace is not None and workspace != self.workspace:
            raise ForbiddenError(f"this key is for workspace '{self.workspace}' only")
        if scope not in self.scopes:
            raise ForbiddenError(f"this key lacks the '{scope}' scope")


LOCAL_PRINCIPAL = Principal(key_id="local", workspace=None, scopes=list(SCOPES))


def _hash(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


class KeyRepo:
    """Creates, lists, revokes and checks keys."""

    def __init__(self, engine: Engine, now: Callable[[], float] = time.time) -> None:
        self.engine = engine
        self.now = now

    def create(
        self, workspace: str | None, scopes: list[Scope], label: str = ""
    ) -> tuple[KeyInfo, str]:
        """A new key and its plaintext, which is not kept anywhere."""
        key_id = secrets.token_hex(6)
        plaintext = f"{_PREFIX}{key_id}_{secrets.token_urlsafe(32)}"
        with self.engine.begin() as conn:
            workspace_id = self._workspace_id(conn, workspace)
            conn.execute(
                insert(db.api_keys).values(
                    id=key_id,
                    workspace_id=workspace_id,
                    scopes=" ".join(sorted(set(scopes))),
                    secret_hash=_hash(plaintext),
                    label=label,
                    created_at=self.now(),
                )
            )
        return self.get(key_id), plaintext

    @staticmethod
    def _workspace_id(conn: Connection, workspace: str | None) -> int | None:
        if workspace is None:
            return None
        row = conn.execute(
            select(db.workspaces.c.id).where(db.workspaces.c.name == workspace)
        ).first()
        if row is None:
            raise NotFoundError(f"no workspace named '{workspace}'")
        return int(row[0])

    @staticmethod
    def _select() -> Select[Any]:
        return select(db.api_keys, db.workspaces.c.name.label("workspace")).outerjoin(
            db.workspaces, db.api_keys.c.workspace_id == db.workspaces.c.id
        )

    def get(self, key_id: str) -> KeyInfo:
        """One key's public details."""
        with self.engine.connect() as conn:
            row = conn.execute(self._select().where(db.api_keys.c.id == key_id)).mappings().first()
        if row is None:
            raise NotFoundError(f"no key with id '{key_id}'")
        return _info(row)

    def listing(self, workspace: str | None = None) -> list[KeyInfo]:
        """Keys of one workspace, or every key."""
        query = self._select().order_by(db.api_keys.c.created_at)
        if workspace is not None:
            query = query.where(db.workspaces.c.name == workspace)
        with self.engine.connect() as conn:
            return [_info(r) for r in conn.execute(query).mappings()]

    def revoke(self, key_id: str) -> KeyInfo:
        """Stop a key working; it stays listed as revoked."""
        self.get(key_id)
        with self.engine.begin() as conn:
            conn.execute(
                update(db.api_keys)
                .where(db.api_keys.c.id == key_id, db.api_keys.c.revoked_at.is_(None))
                .values(revoked_at=self.now())
            )
        return self.get(key_id)

    def authenticate(self, plaintext: str | None) -> Principal:
        """The principal of a presented key; 401 for missing, unknown or revoked keys."""
        if not plaintext:
            raise AuthenticationError("missing API key; send 'Authorization: Bearer <key>'")
        key_id = plaintext.removeprefix(_PREFIX).split("_", 1)[0]
        with self.engine.connect() as conn:
            row = conn.execute(self._select().where(db.api_keys.c.id == key_id)).mappings().first()
        if row is None or not hmac.compare_digest(row["secret_hash"], _hash(plaintext)):
            raise AuthenticationError("unknown API key")
        if row["revoked_at"] is not None:
            raise AuthenticationError("this API key was revoked")
        info = _info(row)
        return Principal(key_id=info.id, workspace=info.workspace, scopes=info.scopes)


def _info(row: RowMapping) -> KeyInfo:
    data = dict(row)
    return KeyInfo(
        id=data["id"],
        workspace=data["workspace"],
        scopes=data["scopes"].split(),
        label=data["label"] or "",
        created_at=data["created_at"],
        revoked_at=data["revoked_at"],
    )
