"""The web page at `/`: static files served from the package, no CDN."""

from __future__ import annotations

from importlib import resources

from fastapi import APIRouter
from fastapi.responses import HTMLResponse

router = APIRouter(include_in_schema=False)


@router.get("/", response_class=HTMLResponse)
def page() -> HTMLResponse:
    html = resources.files("api").joinpath("static/index.html").read_text(encoding="utf-8")
    return HTMLResponse(html)
