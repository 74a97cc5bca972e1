"""Liveness, readiness and what the page needs to know about the server."""

from __future__ import annotations

from collections.abc import Callable
from importlib.metadata import version

from fastapi import APIRouter
from fastapi.responses import JSONResponse
from fastapi.security import HTTPAuthorizationCredentials
from pydantic import BaseModel
from sqlalchemy import Engine, text

from api.deps import BearerDep, ContextDep
from api.seed import SeedReport
from index.errors import StratalignError

router = APIRouter(tags=["health"])


class Health(BaseModel):
    """Liveness or readiness, with what was checked; `seeded` says what each folder named at
    start (`serve -w`) did, e.g. that a stored workspace was kept over a differing folder."""

    status: str
    checks: dict[str, str] = {}
    seeded: list[SeedReport] = []


class Info(BaseModel):
    """What a client needs before its first call."""

    auth_required: bool
    version: str


@router.get("/healthz", summary="The process is up")
def healthz(context: ContextDep, credentials: BearerDep) -> Health:
    """Always answers while the process is up. What the folders named at start did (their
    workspace names and server paths) is shown only to a key for every workspace with the
    `admin` scope, or on a server that runs without keys: an anonymous caller learns nothing
    about which workspaces exist (docs/security.md)."""
    return Health(status="ok", seeded=context.seeded if _may_see_workspaces(context, credentials)
                  else [])


def _may_see_workspaces(
    context: ContextDep, credentials: HTTPAuthorizationCredentials | None
) -> bool:
    if credentials is None:
        return context.settings.allow_unauthenticated
    try:
        principal = context.keys.authenticate(credentials.credentials)
    except StratalignError:
        return False  # a liveness probe never fails on a wrong key
    return principal.workspace is None and "admin" in principal.scopes


@router.get(
    "/readyz",
    summary="The database and the Chroma store answer",
    response_model=Health,
    responses={503: {"model": Health, "description": "a dependency does not answer"}},
)
def readyz(context: ContextDep) -> Health | JSONResponse:
    checks = {"database": _try(lambda: _ping(context.engine))}
    checks["chroma"] = _try(context.services.store.client.heartbeat)
    ready = all(v == "ok" for v in checks.values())
    health = Health(status="ok" if ready else "unavailable", checks=checks)
    return health if ready else JSONResponse(health.model_dump(), status_code=503)


def _ping(engine: Engine) -> None:
    with engine.connect() as conn:
        conn.execute(text("SELECT 1"))


def _try(probe: Callable[[], object]) -> str:
    try:
        probe()
    except Exception as exc:  # readiness reports any failure, it does not raise
        return f"error: {type(exc).__name__}"
    return "ok"


@router.get("/v1/info", summary="Whether keys are needed, and the server version")
def info(context: ContextDep) -> Info:
    return Info(
        auth_required=not context.settings.allow_unauthenticated, version=version("stratalign")
    )
