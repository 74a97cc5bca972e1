"""The `stratalign` command line (a surface: it imports the checker core and `api.server`)."""

from checker.cli.app import main

__all__ = ["main"]
