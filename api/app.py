"""`create_app(settings)`: the FastAPI application, its routes, limits and job worker."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from api.context import AppContext
from api.db import make_engine
from api.errors import install_error_handlers
from api.limits import BodySizeLimit
from api.routes import checks, corrections, health, integrations, jobs, keys, page, workspaces
from api.trackers.sealing import startup_warnings
from checker.service import Services
from checker.settings import Settings

log = logging.getLogger("stratalign.api")


def create_app(settings: Settings, services: Services | None = None) -> FastAPI:
    """The API over one database and one Chroma store; tests pass their own services."""
    services = services or Services.from_settings(settings)
    context = AppContext.build(settings, services, make_engine(settings.resolved_database_url()))

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        startup_warnings(settings, context.connections.vault, context.connections)
        context.worker.start()
        log.info("job worker %s started", context.worker.owner)
        try:
            yield
        finally:
            context.worker.stop()
            context.runner.close()
            context.tracker_http.close()
            context.engine.dispose()

    app = FastAPI(
        title="stratalign",
        summary="Check proposals against a team's strategy and OKRs.",
        version="1",
        lifespan=lifespan,
        docs_url=None,  # served by api/routes/page.py from local files, not a CDN
        redoc_url=None,
    )
    app.state.context = context
    install_error_handlers(app)
    app.add_middleware(BodySizeLimit, max_bytes=settings.max_body_bytes)
    for module in (health, workspaces, keys, checks, corrections, jobs, page):
        app.include_router(module.router)
    app.include_router(integrations.admin)
    app.include_router(integrations.hooks)
    page.mount_assets(app)
    return app
