"""The web page at `/` and the API docs at `/docs`: every file served from installed packages,
none from a CDN (the docs work offline and behind a firewall).

Swagger UI 5's files (it reads the OpenAPI 3.1 that FastAPI writes; version 4 cannot) come from
the PyPI package `swagger-ui-bundle-v2`, mounted at `/docs/assets` by `mount_assets`. FastAPI's
own `/docs` would load them from a CDN, so it is turned off.
"""

from __future__ import annotations

import json
from importlib import resources

import swagger_ui_bundle
from fastapi import APIRouter, FastAPI
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

from checker.vocabulary import FLAG_MEANINGS

router = APIRouter(include_in_schema=False)

DOCS_ASSETS = "/docs/assets"


# Where the page carries the flags' meanings (checker.vocabulary.FLAG_MEANINGS), so app.js
# keeps no second list of them.
_FLAG_MEANINGS_SLOT = '<script id="flag-meanings" type="application/json">{}</script>'


@router.get("/", response_class=HTMLResponse)
def page() -> HTMLResponse:
    html = resources.files("api").joinpath("static/index.html").read_text(encoding="utf-8")
    meanings = json.dumps({str(flag): text for flag, text in FLAG_MEANINGS.items()})
    slot = _FLAG_MEANINGS_SLOT.replace("{}", meanings.replace("</", "<\\/"))
    return HTMLResponse(html.replace(_FLAG_MEANINGS_SLOT, slot))


@router.get("/docs", response_class=HTMLResponse)
def docs() -> HTMLResponse:
    return get_swagger_ui_html(
        openapi_url="/openapi.json",
        title="stratalign API",
        swagger_js_url=f"{DOCS_ASSETS}/swagger-ui-bundle.js",
        swagger_css_url=f"{DOCS_ASSETS}/swagger-ui.css",
        swagger_favicon_url=f"{DOCS_ASSETS}/favicon-32x32.png",
    )


def mount_assets(app: FastAPI) -> None:
    """The page's own files at /static and Swagger UI's at /docs/assets."""
    static = resources.files("api").joinpath("static")
    app.mount("/static", StaticFiles(directory=str(static)), name="static")
    app.mount(DOCS_ASSETS, StaticFiles(directory=swagger_ui_bundle.swagger_ui_path), name="docs")
