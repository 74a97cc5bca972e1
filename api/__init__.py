"""The stratalign HTTP API: `create_app(settings)` builds it, `serve(settings)` runs it."""

from api.app import create_app

__all__ = ["create_app"]
