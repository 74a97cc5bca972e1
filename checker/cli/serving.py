"""`stratalign serve` (the HTTP API and web page) and `stratalign mcp` (the Model Context
Protocol server for AI editors): both start a server that runs until stopped."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from checker.cli.support import errors_to_exit, settings_from
from checker.cli.wiring import load_settings, make_services
from index.errors import StratalignError


def serve(
    workspace: Annotated[
        list[Path] | None,
        typer.Option("--workspace", "-w", metavar="FOLDER",
                     help="Load this folder as a workspace (repeatable)."),
    ] = None,
    host: Annotated[
        str | None, typer.Option(metavar="ADDRESS", help="Bind address (default 127.0.0.1).")
    ] = None,
    port: Annotated[int | None, typer.Option(metavar="PORT", help="Port (default 8000).")] = None,
    unauthenticated: Annotated[
        bool, typer.Option("--unauthenticated", help="No keys needed; loopback only.")
    ] = False,
    reload_from_folder: Annotated[
        bool,
        typer.Option(
            "--reload-from-folder",
            help="Replace stored workspaces with their -w folders' files (default: a stored "
            "workspace is kept, and a differing folder is only reported).",
        ),
    ] = False,
) -> None:
    """Serve the HTTP API and the web page (uvicorn)."""
    from api.server import serve as run_server

    with errors_to_exit():
        settings = settings_from(
            host=host, port=port, allow_unauthenticated=unauthenticated or None
        )
        run_server(settings, workspace, reload_from_folder)


def mcp_command(
    workspace: Annotated[
        Path | None,
        typer.Option("--workspace", "-w", metavar="FOLDER", help="A local workspace folder."),
    ] = None,
    url: Annotated[
        str | None,
        typer.Option(metavar="URL", help="Or a stratalign API, e.g. http://127.0.0.1:8000"),
    ] = None,
    api_workspace: Annotated[
        str | None,
        typer.Option("--api-workspace", metavar="NAME", help="The workspace's name in that API."),
    ] = None,
    key: Annotated[
        str | None,
        typer.Option(envvar="STRATALIGN_API_KEY", metavar="KEY", help="API key (check scope)."),
    ] = None,
    transport: Annotated[
        str, typer.Option(metavar="[stdio|streamable-http]",
                          help="stdio (default) or streamable-http.")
    ] = "stdio",
    port: Annotated[
        int, typer.Option(metavar="PORT", help="Port for streamable-http (loopback).")
    ] = 8765,
) -> None:
    """Serve stratalign to AI editors over the Model Context Protocol."""
    from checker.mcp import backends as mcp_backends
    from checker.mcp import server as mcp_server

    with errors_to_exit():
        if transport not in ("stdio", "streamable-http"):
            raise StratalignError("--transport must be stdio or streamable-http")
        if (workspace is None) == (url is None):
            raise StratalignError("give --workspace FOLDER or --url URL --api-workspace NAME")
        backend: mcp_backends.Backend
        if workspace is not None:
            settings = load_settings()
            backend = mcp_backends.LocalBackend(workspace, settings, make_services(settings))
        else:
            backend = _remote_backend(url or "", api_workspace, key)
        server = mcp_server.build_server(backend)
    if transport == "stdio":
        server.run("stdio")
    else:
        server.run("streamable-http", host="127.0.0.1", port=port)


def _remote_backend(url: str, workspace: str | None, key: str | None) -> Any:
    """A RemoteBackend (imported here: the MCP parts load only for `stratalign mcp`)."""
    import httpx

    from checker.mcp import backends as mcp_backends

    if not workspace:
        raise StratalignError("--url needs --api-workspace NAME")
    headers = {"Authorization": f"Bearer {key}"} if key else {}
    client = httpx.Client(base_url=url, headers=headers, timeout=60)
    return mcp_backends.RemoteBackend(client, workspace)
