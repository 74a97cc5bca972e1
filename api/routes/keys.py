"""API keys of a workspace: create (shown once), list, revoke."""

from __future__ import annotations

from fastapi import APIRouter
from pydantic import BaseModel, ConfigDict, Field

from api.bodies import BoundedJsonRoute
from api.deps import AdminWorkspace, ContextDep
from api.errors import WORKSPACE_ERRORS, NotFoundError
from api.fields import StoredText
from api.keys import KeyInfo, Scope

router = APIRouter(
    prefix="/v1/workspaces",
    route_class=BoundedJsonRoute,
    tags=["keys"],
    responses=WORKSPACE_ERRORS,
)


class KeyIn(BaseModel):
    """Scopes and a label for a new key."""

    model_config = ConfigDict(extra="forbid")

    scopes: list[Scope] = Field(default=["check"], min_length=1)
    label: StoredText = Field(default="", max_length=200)


class KeyCreated(BaseModel):
    """A new key; `key` is shown this once and never again."""

    key: str
    info: KeyInfo


@router.post("/{ws}/keys", status_code=201, summary="Create a key for this workspace")
def create_key(body: KeyIn, record: AdminWorkspace, context: ContextDep) -> KeyCreated:
    info, plaintext = context.keys.create(record.name, body.scopes, body.label)
    return KeyCreated(key=plaintext, info=info)


@router.get("/{ws}/keys", summary="The workspace's keys (never their secrets)")
def list_keys(record: AdminWorkspace, context: ContextDep) -> list[KeyInfo]:
    return context.keys.listing(record.name)


@router.delete("/{ws}/keys/{key_id}", summary="Revoke a key of this workspace")
def revoke_key(key_id: str, record: AdminWorkspace, context: ContextDep) -> KeyInfo:
    keys = {k.id for k in context.keys.listing(record.name)}
    if key_id not in keys:
        raise NotFoundError(f"workspace '{record.name}' has no key '{key_id}'")
    return context.keys.revoke(key_id)
