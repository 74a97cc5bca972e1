"""FastAPI dependencies as `Annotated` aliases: context, caller, workspace access."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated

from fastapi import Depends, Path, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from api.context import AppContext
from api.keys import LOCAL_PRINCIPAL, Principal, Scope
from api.workspaces import WorkspaceRecord

WORKSPACE_NAME = r"^[a-z0-9][a-z0-9_-]{0,62}$"


def get_context(request: Request) -> AppContext:
    """The context `create_app` stored on the app."""
    context: AppContext = request.app.state.context
    return context


ContextDep = Annotated[AppContext, Depends(get_context)]

_bearer = HTTPBearer(auto_error=False, description="An API key: `Authorization: Bearer sa_...`")


def get_principal(
    context: ContextDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> Principal:
    """The caller, from the bearer key (or the local principal in unauthenticated mode)."""
    if context.settings.allow_unauthenticated and credentials is None:
        principal = LOCAL_PRINCIPAL
    else:
        principal = context.keys.authenticate(credentials.credentials if credentials else None)
    context.limiter.hit(principal.key_id)
    return principal


PrincipalDep = Annotated[Principal, Depends(get_principal)]
# The bearer key as sent, unchecked (None without one): for routes that answer anyone.
BearerDep = Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]
WorkspaceName = Annotated[
    str, Path(pattern=WORKSPACE_NAME, max_length=63, description="The workspace's name.")
]


def _workspace(
    scope: Scope,
) -> Callable[[ContextDep, PrincipalDep, WorkspaceName], WorkspaceRecord]:
    def dependency(
        context: ContextDep, principal: PrincipalDep, ws: WorkspaceName
    ) -> WorkspaceRecord:
        # Scope and workspace are checked before the lookup: a foreign key learns nothing,
        # not even whether the workspace exists.
        principal.require(ws, scope)
        return context.workspaces.get(ws)

    return dependency


CheckWorkspace = Annotated[WorkspaceRecord, Depends(_workspace("check"))]
AdminWorkspace = Annotated[WorkspaceRecord, Depends(_workspace("admin"))]
