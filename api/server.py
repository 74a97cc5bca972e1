"""The one module of `api` the CLI imports: run the API with uvicorn, and the key and tracker
commands the CLI delegates to (import-linter holds the CLI to this module)."""

from __future__ import annotations

import errno
import logging
import socket
from pathlib import Path

import uvicorn

from api.app import create_app
from api.db import database_exists, make_engine
from api.errors import NotFoundError
from api.keys import SCOPES, KeyInfo, KeyRepo, Scope
from api.outbound import OutboundPolicy, outbound_client
from api.seed import seed_workspace
from api.trackers import setup
from api.trackers.clients import client_factory
from api.trackers.connections import ConnectionIn, ConnectionInfo, ConnectionRepo
from api.trackers.registry import TRACKERS, tracker
from api.trackers.sealing import reseal_all
from api.trackers.vault import Vault
from api.workspaces import WorkspaceRecord, WorkspaceRepo, remove_workspace
from checker.service import Services
from checker.settings import Settings
from index.errors import ConfigurationError, InputError

log = logging.getLogger("stratalign.api")


def serve(
    settings: Settings, seed: list[Path] | None = None, reload_from_folder: bool = False
) -> None:
    """Serve until interrupted. Folders in `seed` create their workspaces when new (indexed by
    the worker); a stored workspace is kept unless `reload_from_folder` (see api/seed.py)."""
    level = logging.DEBUG if settings.debug_logging else logging.INFO
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    # (before any work: a second `serve` beside `make run` started, indexed, then died on
    # uvicorn's "[Errno 98] ... address already in use" with exit 3; a newcomer's find)
    _check_port_free(settings.host, settings.port)
    app = create_app(settings)
    context = app.state.context
    for folder in seed or []:
        report = seed_workspace(context, folder, reload=reload_from_folder)
        context.seeded.append(report)
        level_of = logging.WARNING if report.action == "kept_stored" else logging.INFO
        indexing = " (indexing)" if report.reindex_job else ""
        log.log(level_of, "workspace %s from %s: %s%s",
                report.workspace, folder, report.message, indexing)
    # Access logs carry paths only: keys travel in a header, proposal text in the body.
    uvicorn.run(
        app, host=settings.host, port=settings.port, log_level=logging.getLevelName(level).lower()
    )


def _check_port_free(host: str, port: int) -> None:
    """ConfigurationError when `host`:`port` cannot be listened on, naming what to do: another
    server holds it, or the address is not this machine's. Every address the host resolves to is
    probed as asyncio binds it (SO_REUSEADDR; IPV6_V6ONLY for IPv6, so "::" beside a server on
    0.0.0.0 is free); port 0 (any free port) and an empty host (every interface) are left to
    uvicorn."""
    if port == 0 or not host:
        return
    try:
        addresses = {(info[0], info[4]) for info in
                     socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)}
        for family, address in addresses:
            with socket.socket(family, socket.SOCK_STREAM) as probe:
                probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
                if family == socket.AF_INET6 and hasattr(socket, "IPV6_V6ONLY"):
                    probe.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)
                probe.bind(address)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        if exc.errno == errno.EADDRINUSE:
            advice = ("another `stratalign serve` or `make run` may hold it; stop that one, or "
                      "pick another port with --port (make run PORT=...)")
        else:
            advice = "check the host setting (STRATALIGN_HOST, --host) and the port (--port)"
        raise ConfigurationError(f"cannot listen on {host}:{port} ({reason}): {advice}") from None


def key_repo(settings: Settings) -> KeyRepo:
    """The key store of the configured database."""
    return KeyRepo(make_engine(settings.resolved_database_url()))


def workspace_listing(settings: Settings) -> list[tuple[WorkspaceRecord, int]]:
    """Every workspace the API stores, by name, with its number of stored files; none, and no
    database file created, in a data dir the API never used."""
    repo = _stored_repo(settings)
    return [(record, len(repo.files(record))) for record in repo.all()] if repo else []


def stored_workspace(settings: Settings, name: str) -> WorkspaceRecord:
    """The stored workspace of that name; NotFoundError when none has it (a data dir the API
    never used included: no database file is created to say so)."""
    repo = _stored_repo(settings)
    if repo is None:
        raise NotFoundError(f"no workspace named '{name.lower()}'")
    return repo.get(name.lower())


def _stored_repo(settings: Settings) -> WorkspaceRepo | None:
    """The workspace store of the configured database; None (and nothing created) when it is
    a SQLite file not made yet."""
    url = settings.resolved_database_url()
    return WorkspaceRepo(make_engine(url)) if database_exists(url) else None


def delete_workspace(settings: Settings, name: str) -> None:
    """Delete a stored workspace with everything it holds (api/workspaces.remove_workspace).
    NotFoundError when none has that name."""
    repo = WorkspaceRepo(make_engine(settings.resolved_database_url()))
    record = repo.get(name.lower())
    remove_workspace(repo, Services.from_settings(settings).store, settings.data_dir, record)


def create_key(
    settings: Settings, workspace: str | None, scopes: list[str], label: str
) -> tuple[KeyInfo, str]:
    """A new key; its plaintext is returned once."""
    unknown = [s for s in scopes if s not in SCOPES]
    if unknown:
        raise InputError(f"unknown scope '{unknown[0]}'; use {' or '.join(SCOPES)}", field="scope")
    chosen: list[Scope] = [s for s in SCOPES if s in scopes]
    return key_repo(settings).create(workspace, chosen, label)


def _connections(settings: Settings, workspace: str) -> tuple[ConnectionRepo, int]:
    engine = make_engine(settings.resolved_database_url())
    record = WorkspaceRepo(engine).get(workspace)
    return ConnectionRepo(engine, Vault.from_settings(settings)), record.id


def connect_tracker(
    settings: Settings, workspace: str, tracker_name: str, body: ConnectionIn
) -> ConnectionInfo:
    """Verify and store (or replace) a workspace's tracker connection, its secrets sealed;
    UnknownTrackerError for a name the registry does not hold."""
    kind = tracker(tracker_name)
    repo, workspace_id = _connections(settings, workspace)
    policy = OutboundPolicy.of(settings.outbound_allow)
    with outbound_client(policy, settings.tracker_timeout_seconds) as http:
        return setup.connect_tracker(repo, client_factory(http), policy, workspace_id, kind, body)


def reseal_credentials(settings: Settings) -> tuple[int, list[str]]:
    """Seal every stored tracker credential again with the newest configured key:
    (connections resealed, 'workspace/tracker' of those no configured key opens)."""
    engine = make_engine(settings.resolved_database_url())
    return reseal_all(ConnectionRepo(engine, Vault.from_settings(settings)))


def tracker_connections(settings: Settings, workspace: str) -> list[ConnectionInfo]:
    """A workspace's tracker connections, without secrets."""
    repo, workspace_id = _connections(settings, workspace)
    return repo.listing(workspace_id)


def disconnect_tracker(settings: Settings, workspace: str, tracker_name: str) -> None:
    """Forget a workspace's tracker connection."""
    kind = tracker(tracker_name)
    repo, workspace_id = _connections(settings, workspace)
    repo.delete(workspace_id, kind.name)



def known_tracker(name: str) -> str:
    """The name itself when the registry holds it; UnknownTrackerError naming the others."""
    return tracker(name).name


def tracker_kinds() -> dict[str, str]:
    """Every registered tracker: name -> title, for the CLI's choices."""
    return {name: TRACKERS[name].title for name in sorted(TRACKERS)}
